"""Batch runs as a user runs them: `align corpus run` in a real subprocess on dev pairs.

A run killed with SIGKILL partway and then resumed must lose nothing and
duplicate nothing; readers running beside the writer must only ever see
whole pairs; unreadable or corrupt pairs are recorded and the run goes on.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from align.corpus import Corpus
from align.errors import InputError

DEV = Path("/work/shared/data/dev")
pytestmark = pytest.mark.skipif(not DEV.is_dir(), reason="dev data not available")
ENV = {**os.environ, "OMP_NUM_THREADS": "1", "PYTHONWARNINGS": "ignore"}
LIGHT = ["--stages", "align"]  # the real embedder and aligner; the other stages are covered in test_store


def dev_pairs(name: str, n: int) -> list[tuple[Path, Path]]:
    """The first ``n`` documents of a dev set, smallest first (short docs keep the test fast)."""
    docs = sorted(DEV.joinpath(name).glob("*.en"), key=lambda p: (p.stat().st_size, p.name))
    return [(p, p.with_suffix(".ja")) for p in docs[:n]]


def write_manifest(path: Path, pairs: list[tuple[Path, Path]]) -> Path:
    path.write_text("src\ttgt\tdoc\n" + "".join(f"{a}\t{b}\t{a.stem}\n" for a, b in pairs), encoding="utf-8")
    return path


def align_cmd(*args: str | Path) -> list[str]:
    return [sys.executable, "-m", "align.cli.main", "corpus", "run", *map(str, args), "--presegmented", "--no-progress"]


def check_consistent(db: Path) -> int:
    """Every stored pair is whole: both documents, all sentences, beads covering each sentence once. Returns the pair count."""
    with Corpus(db, readonly=True) as corpus:
        ids = corpus.pair_ids()
        for pair_id in ids:
            bitext = corpus.get(pair_id)
            assert bitext.src.sentences and bitext.tgt.sentences
            covered_src = sorted(i for b in bitext.beads for i in b.src)
            covered_tgt = sorted(i for b in bitext.beads for i in b.tgt)
            assert covered_src == list(range(len(bitext.src.sentences)))
            assert covered_tgt == list(range(len(bitext.tgt.sentences)))
        return len(ids)


def orphans(db: Path) -> int:
    """Rows whose parent is missing (a half-written pair would leave some)."""
    conn = sqlite3.connect(db)
    n = sum(conn.execute(sql).fetchone()[0] for sql in (
        "SELECT count(*) FROM documents WHERE pair_id NOT IN (SELECT id FROM pairs)",
        "SELECT count(*) FROM sentences WHERE doc_id NOT IN (SELECT id FROM documents)",
        "SELECT count(*) FROM tokens WHERE doc_id NOT IN (SELECT id FROM documents)",
        "SELECT count(*) FROM beads WHERE pair_id NOT IN (SELECT id FROM pairs)",
        "SELECT count(*) FROM pairs p WHERE status = 'ok' AND (SELECT count(*) FROM documents d WHERE d.pair_id = p.id) != 2",
        "SELECT count(*) FROM pairs p WHERE status = 'ok' AND n_beads != (SELECT count(*) FROM beads b WHERE b.pair_id = p.id)",
    ))
    conn.close()
    return n


class Readers:
    """Threads that keep reading the corpus while a run writes it, checking every pair they see."""

    def __init__(self, db: Path, n: int = 2) -> None:
        self.db = db
        self.stop = threading.Event()
        self.counts: list[int] = []
        self.errors: list[BaseException] = []
        self.threads = [threading.Thread(target=self._loop, daemon=True) for _ in range(n)]
        for t in self.threads:
            t.start()

    def _loop(self) -> None:
        while not self.stop.is_set():
            try:
                self.counts.append(check_consistent(self.db))
            except InputError:
                pass  # the corpus file is not created yet
            except BaseException as exc:
                self.errors.append(exc)
                return
            time.sleep(0.2)  # leave the CPU to the run

    def close(self) -> None:
        self.stop.set()
        for t in self.threads:
            t.join(timeout=30)


def wait_for_pairs(db: Path, proc: subprocess.Popen, at_least: int, timeout: float = 240) -> int:
    deadline = time.time() + timeout
    while time.time() < deadline and proc.poll() is None:
        if db.exists():
            try:
                conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
                n = conn.execute("SELECT count(*) FROM pairs WHERE status = 'ok'").fetchone()[0]
                conn.close()
                if n >= at_least:
                    return n
            except sqlite3.OperationalError:
                pass  # tables not created yet
        time.sleep(0.01)
    raise AssertionError(f"run ended or timed out before storing {at_least} pairs: {proc.poll()}")


def test_sigkill_then_resume_loses_and_duplicates_nothing_while_readers_read(tmp_path: Path) -> None:
    pairs = dev_pairs("ntrex128-perturbed", 10)
    manifest = write_manifest(tmp_path / "pairs.tsv", pairs)
    db = tmp_path / "corpus.db"
    readers = Readers(db)
    proc = subprocess.Popen(align_cmd(manifest, "--db", db, *LIGHT), env=ENV, start_new_session=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        wait_for_pairs(db, proc, at_least=3)
    finally:
        os.killpg(proc.pid, signal.SIGKILL)  # the run and anything it started
        proc.wait()
    stored_at_kill = check_consistent(db)
    assert 3 <= stored_at_kill < len(pairs), "the kill must land partway through the run"
    assert orphans(db) == 0
    with Corpus(db, readonly=True) as corpus:
        assert [r["status"] for r in corpus.runs()] == ["running"]  # killed: never finished

    # Resume with two workers while the readers keep reading.
    done = subprocess.run(align_cmd(manifest, "--db", db, "--jobs", "2", *LIGHT), env=ENV, capture_output=True, text=True,
                          timeout=600)
    # Readers poll every 0.2 s: give them one look at the finished corpus before stopping them.
    deadline = time.time() + 10
    while time.time() < deadline and not readers.errors and (not readers.counts or readers.counts[-1] != len(pairs)):
        time.sleep(0.05)
    readers.close()
    assert done.returncode == 0, done.stderr
    assert f"{len(pairs) - stored_at_kill} pairs stored, {stored_at_kill} skipped" in done.stdout
    assert not readers.errors, readers.errors
    assert readers.counts and max(readers.counts) == len(pairs)
    assert any(0 < c < len(pairs) for c in readers.counts), "readers should have seen the corpus mid-run"

    assert check_consistent(db) == len(pairs)
    assert orphans(db) == 0
    with Corpus(db, readonly=True) as corpus:
        rows = list(corpus.sql("SELECT src_path, tgt_path, count(*) AS n FROM pairs WHERE status = 'ok' GROUP BY 1, 2"))
        assert sorted((r["src_path"], r["tgt_path"]) for r in rows) == sorted((str(a), str(b)) for a, b in pairs)
        assert all(r["n"] == 1 for r in rows)
        for pair_id, bitext in corpus:  # nothing lost: each document is exactly the file's lines
            for doc in (bitext.src, bitext.tgt):
                lines = [x.strip() for x in Path(doc.meta["source"]).read_text(encoding="utf-8").splitlines() if x.strip()]
                assert doc.sentence_texts() == lines, pair_id
        assert [r["status"] for r in corpus.runs()] == ["killed", "done"]  # the rerun saw the first run's process gone

    again = subprocess.run(align_cmd(manifest, "--db", db, *LIGHT), env=ENV, capture_output=True, text=True, timeout=300)
    assert again.returncode == 0 and f"0 pairs stored, {len(pairs)} skipped" in again.stdout


def test_bad_pairs_are_recorded_and_the_run_goes_on(tmp_path: Path) -> None:
    good = dev_pairs("flores200-devtest", 3)
    binary = tmp_path / "garbage.en"
    binary.write_bytes(bytes(range(256)) * 64)  # not text in any encoding
    empty = tmp_path / "empty.ja"
    empty.write_text("", encoding="utf-8")
    manifest = tmp_path / "pairs.jsonl"
    import json

    lines = [{"src": str(a), "tgt": str(b), "meta": {"set": "flores"}} for a, b in good]
    lines.insert(1, {"src": str(binary), "tgt": str(good[0][1])})
    lines.insert(2, {"src": str(good[1][0]), "tgt": str(tmp_path / "missing.ja")})
    lines.append({"src": str(good[2][0]), "tgt": str(empty)})
    manifest.write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    db = tmp_path / "corpus.db"

    first = subprocess.run(align_cmd(manifest, "--db", db, *LIGHT), env=ENV, capture_output=True, text=True, timeout=600)
    assert first.returncode == 1  # some pairs failed, the others are stored
    assert "3 pairs stored, 0 skipped (already stored), 3 failed, of 6" in first.stdout
    with Corpus(db, readonly=True) as corpus:
        errors = {Path(e["src_path"]).name + "|" + Path(e["tgt_path"]).name: e["error"] for e in corpus.errors()}
        assert len(errors) == 3
        assert "missing.ja" in next(v for k, v in errors.items() if "missing.ja" in k)
        assert next(v for k, v in errors.items() if "garbage" in k).startswith("InputError")
        assert "empty" in next(v for k, v in errors.items() if "empty.ja" in k)
        assert len(corpus) == 3
        assert corpus.get(corpus.pair_ids()[0]).meta["manifest"] == {"set": "flores"}
        assert corpus.stats()["beads"], "the stored pairs are aligned"

    # Rerun: good pairs are skipped, failed ones retried and still recorded once each.
    second = subprocess.run(align_cmd(manifest, "--db", db, *LIGHT), env=ENV, capture_output=True, text=True, timeout=600)
    assert "0 pairs stored, 3 skipped (already stored), 3 failed, of 6" in second.stdout
    with Corpus(db, readonly=True) as corpus:
        assert len(corpus.errors()) == 3 and len(corpus) == 3
    assert orphans(db) == 0


def test_ctrl_c_stops_after_the_current_pair_and_the_rerun_resumes(tmp_path: Path) -> None:
    pairs = dev_pairs("wmt21-news-perturbed", 8)
    manifest = write_manifest(tmp_path / "pairs.tsv", pairs)
    db = tmp_path / "corpus.db"
    # a shell without job control starts background jobs with SIGINT ignored, and Python then installs no Ctrl-C handler:
    # give the run the default disposition a user's terminal gives it, however the test suite itself was started
    proc = subprocess.Popen(align_cmd(manifest, "--db", db, *LIGHT), env=ENV, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    wait_for_pairs(db, proc, at_least=2)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 130 and "interrupted" in err
    stored = check_consistent(db)
    assert 2 <= stored < len(pairs)
    with Corpus(db, readonly=True) as corpus:
        run = corpus.runs()[0]
        assert run["status"] == "interrupted" and run["finished"]
    done = subprocess.run(align_cmd(manifest, "--db", db, *LIGHT), env=ENV, capture_output=True, text=True, timeout=300)
    assert f"{len(pairs) - stored} pairs stored, {stored} skipped" in done.stdout
    assert check_consistent(db) == len(pairs) and orphans(db) == 0


def _pool_workers(pid: int) -> list[int]:
    """Worker processes of a run: its children started by multiprocessing's spawn (not its resource tracker)."""
    children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    workers = []
    for child in children:
        try:
            cmdline = Path(f"/proc/{child}/cmdline").read_bytes().replace(b"\0", b" ")
        except OSError:
            continue
        if b"spawn_main" in cmdline:
            workers.append(int(child))
    return workers


def test_a_worker_killed_mid_run_fails_only_its_pairs_and_the_rerun_retries_them(tmp_path: Path) -> None:
    """The out-of-memory killer's case: one worker dies; its pairs are recorded as failed, the run goes on."""
    pairs = dev_pairs("wmt22-general-perturbed", 14)
    manifest = write_manifest(tmp_path / "pairs.tsv", pairs)
    db = tmp_path / "corpus.db"
    proc = subprocess.Popen(align_cmd(manifest, "--db", db, "--jobs", "2", *LIGHT), env=ENV, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    wait_for_pairs(db, proc, at_least=2)
    workers = _pool_workers(proc.pid)
    assert len(workers) == 2, workers
    os.kill(workers[0], signal.SIGKILL)
    out, err = proc.communicate(timeout=600)
    assert proc.returncode == 1, err  # some pairs failed, the run itself finished
    with Corpus(db, readonly=True) as corpus:
        crashed = [e for e in corpus.errors() if e["error"].startswith("WorkerCrash")]
        stored = len(corpus)
        assert crashed, corpus.errors()
        assert stored + len(corpus.errors()) == len(pairs)
        assert corpus.runs()[0]["status"] == "done"
    assert f"{stored} pairs stored, 0 skipped (already stored), {len(pairs) - stored} failed, of {len(pairs)}" in out
    assert check_consistent(db) == stored and orphans(db) == 0

    again = subprocess.run(align_cmd(manifest, "--db", db, *LIGHT), env=ENV, capture_output=True, text=True, timeout=600)
    assert again.returncode == 0, again.stderr
    assert f"{len(pairs) - stored} pairs stored, {stored} skipped" in again.stdout
    assert check_consistent(db) == len(pairs) and orphans(db) == 0
    with Corpus(db, readonly=True) as corpus:
        assert not corpus.errors()  # a retried pair that succeeds clears its failure
