"""The CLI as a user runs it: a real subprocess, output and exit codes."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest


def _run(*args, **kw):
    return subprocess.run([sys.executable, "-m", "align.cli.main", *args], capture_output=True, text=True, **kw)


def test_version_and_help():
    out = _run("--version")
    assert out.returncode == 0 and out.stdout.startswith("align ")
    helped = _run("segment", "--help")
    assert helped.returncode == 0 and "--tokens" in helped.stdout


def test_segment_text_and_json(seed_path):
    out = _run("segment", str(seed_path))
    assert out.returncode == 0
    lines = out.stdout.splitlines()
    assert lines[0] == "0\ttitle\t米国の新国防戦略で米韓同盟にどんな影響を生まれるのか"
    assert lines[-1] == "55\tforeign\tBy: J. James Kim"
    data = json.loads(_run("segment", "--format", "json", str(seed_path)).stdout)
    assert data["lang"] == "ja" and len(data["sentences"]) == 56


def test_segment_with_tokens(seed_path):
    out = _run("segment", "--tokens", str(seed_path))
    assert out.returncode == 0
    assert "期待/名詞-普通名詞" in out.stdout


@pytest.mark.parametrize(
    ("content", "needle"),
    [(b"", "empty"), (b"\x00\xff\x10\x00" * 300, "binary")],
)
def test_bad_file_gives_one_line_and_exit_2(tmp_path, content, needle):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    out = _run("segment", str(path))
    assert out.returncode == 2
    assert out.stderr.count("\n") == 1 and needle in out.stderr and "Traceback" not in out.stderr


def test_missing_file_and_swapped_language(tmp_path, seed_path):
    out = _run("segment", str(tmp_path / "missing.txt"))
    assert out.returncode == 2 and "no such file" in out.stderr
    swapped = _run("segment", "--lang", "en", str(seed_path))
    assert swapped.returncode == 2 and "--lang ja" in swapped.stderr
