"""Write one named section of benchmarks/RESULTS.md without touching the others.

Each benchmark owns a section delimited by HTML comments, so several
benchmarks can be rerun independently; the file is replaced atomically.
"""

from __future__ import annotations

import fcntl
import os
import platform
import re
import tempfile
from datetime import UTC, datetime
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

RESULTS = Path(__file__).with_name("RESULTS.md")
HEADER = "# Benchmark results\n\nEach section is written by the script it names; rerun that script to refresh it.\n"


def package_versions(*names: str) -> str:
    """``name==version`` for each installed distribution (``missing`` if not installed)."""
    out = []
    for name in names:
        try:
            out.append(f"{name}=={version(name)}")
        except PackageNotFoundError:
            out.append(f"{name}: missing")
    return ", ".join(out)


def stamp() -> str:
    """Date, machine and Python, for the top of a section."""
    now = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    return f"Run {now} on {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}."


def write_section(name: str, markdown: str) -> None:
    """Replace (or append) section ``name`` of RESULTS.md with ``markdown``."""
    begin, end = f"<!-- begin {name} -->", f"<!-- end {name} -->"
    block = f"{begin}\n{markdown.rstrip()}\n{end}\n"
    with open(RESULTS.with_name(".RESULTS.lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # benchmarks may finish at the same time
        _replace(text_block=block, begin=begin, end=end)


def _replace(text_block: str, begin: str, end: str) -> None:
    block = text_block
    text = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else HEADER
    pattern = re.compile(re.escape(begin) + r".*?" + re.escape(end) + r"\n?", re.S)
    text = pattern.sub(lambda _m: block, text) if pattern.search(text) else text.rstrip() + "\n\n" + block
    fd, tmp = tempfile.mkstemp(dir=RESULTS.parent, prefix=".RESULTS.", suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(text)
    os.replace(tmp, RESULTS)
