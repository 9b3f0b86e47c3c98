"""``align.Corpus``: the parallel annotated corpus as a Python object.

The same operations as ``align corpus run|stats|query|export``::

    from align import Corpus
    from align.pipeline import PairOptions

    with Corpus("corpus.db") as corpus:
        corpus.run("pairs.tsv", PairOptions(presegmented=True), jobs=2)
        print(corpus.stats())
        for hit in corpus.find_entities("韓国"):
            ...
        corpus.export("tmx", "corpus.tmx")

An engine such as Ray or Dask can map :func:`align.pipeline.process_pair`
itself and land each result with :meth:`Corpus.add`.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from align.model import Bitext
from align.pipeline import PairOptions
from align.store import reader
from align.store.batch import RunSummary, package_versions, run_manifest
from align.store.db import connect
from align.store.exports import export
from align.store.manifest import ManifestRow, read_manifest
from align.store.writer import finish_run, start_run, write_pair


class Corpus:
    """A corpus file: one SQLite database (WAL mode), created and migrated on first open.

    ``readonly=True`` never writes (safe beside a running batch, and for
    :meth:`sql`, which then refuses INSERT/UPDATE/DELETE).
    """

    def __init__(self, path: str | Path, readonly: bool = False) -> None:
        self.path = Path(path)
        self.readonly = readonly
        self.conn: sqlite3.Connection = connect(self.path, readonly=readonly)
        self._add_run: int | None = None  # run record shared by the add() calls of this session
        self._added = {"done": 0, "skipped": 0}

    def close(self) -> None:
        """Close the database connection (and the run record of :meth:`add` calls)."""
        if self._add_run is not None:
            finish_run(self.conn, self._add_run, "done", self._added)
            self._add_run = None
        self.conn.close()

    def __enter__(self) -> Corpus:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- building -------------------------------------------------------------------------------

    def run(self, manifest: str | Path | list[ManifestRow], options: PairOptions | None = None, *, jobs: int = 1,
            progress: bool = False) -> RunSummary:
        """Process the manifest's pairs not stored yet (see :func:`align.store.batch.run_manifest`)."""
        rows = manifest if isinstance(manifest, list) else read_manifest(manifest)
        name = None if isinstance(manifest, list) else str(manifest)
        return run_manifest(self.path, rows, options or PairOptions(), jobs=jobs, progress=progress, manifest=name)

    def add(self, bitext: Bitext, options: PairOptions | None = None, *, src_path: str = "", tgt_path: str = "") -> int | None:
        """Store one pair produced elsewhere (e.g. by ``process_pair`` on a cluster); ``None`` if already stored.

        File hashes come from ``Document.meta["sha256"]`` (set by the readers), so resume works as for runs.
        All ``add`` calls of one ``Corpus`` session share one run record, closed by :meth:`close`.
        """
        options = options or PairOptions()
        src_path = src_path or bitext.src.meta.get("source", "")
        tgt_path = tgt_path or bitext.tgt.meta.get("source", "")
        fingerprint = bitext.meta.get("pipeline", {}).get("fingerprint", options.fingerprint())
        if self._add_run is None:
            self._add_run = start_run(self.conn, fingerprint=fingerprint, options=options.to_dict(), manifest=None, jobs=1,
                                      versions=package_versions(), models={"embedder": options.model})
        pair_id = write_pair(self.conn, self._add_run, bitext, src_path=src_path, tgt_path=tgt_path,
                             src_sha256=bitext.src.meta.get("sha256", ""), tgt_sha256=bitext.tgt.meta.get("sha256", ""),
                             fingerprint=fingerprint)
        self._added["done" if pair_id is not None else "skipped"] += 1
        return pair_id

    # --- reading --------------------------------------------------------------------------------

    def stats(self) -> dict[str, Any]:
        """Counts of pairs, documents, sentences, beads by kind, annotations and findings."""
        return reader.stats(self.conn)

    def pair_ids(self, status: str | None = "ok") -> list[int]:
        """Ids of stored pairs (``status="error"`` for failed ones, ``None`` for all)."""
        return reader.pair_ids(self.conn, status)

    def get(self, pair_id: int) -> Bitext:
        """One stored pair, exactly as it was written."""
        return reader.read_pair(self.conn, pair_id)

    def __iter__(self) -> Iterator[tuple[int, Bitext]]:
        """``(pair_id, bitext)`` for every stored pair, one at a time."""
        return reader.iter_pairs(self.conn)

    def __len__(self) -> int:
        return len(self.pair_ids())

    def runs(self) -> list[dict[str, Any]]:
        """Run records: parameters, model names and versions, timings and counts."""
        return [dict(r) for r in self.conn.execute("SELECT * FROM runs ORDER BY id")]

    def errors(self) -> list[dict[str, Any]]:
        """Pairs that failed, with their error message."""
        return list(reader.find_errors(self.conn))

    def find_entities(self, text: str, label: str | None = None, exact: bool = False) -> Iterator[dict[str, Any]]:
        """Where an entity appears (substring match unless ``exact``), with its linked counterpart."""
        return reader.find_entities(self.conn, text, label, exact)

    def find_claims(self, type: str | None = None, holder: str | None = None) -> Iterator[dict[str, Any]]:
        """Claims of a type and/or by a holder."""
        return reader.find_claims(self.conn, type, holder)

    def find_findings(self, check: str | None = None, severity: str | None = None) -> Iterator[dict[str, Any]]:
        """QA findings of a check and/or severity."""
        return reader.find_findings(self.conn, check, severity)

    def sql(self, query: str, params: tuple = ()) -> Iterator[dict[str, Any]]:
        """Rows of any SQL (schema in ``align/store/SCHEMA.md``); open with ``readonly=True`` to forbid writes."""
        return reader.run_sql(self.conn, query, params)

    def export(self, fmt: str, out: str | Path, ids: list[int] | None = None, **kwargs: Any) -> dict[str, int]:
        """Write ``jsonl``, ``tmx``, ``parquet`` or ``spacy`` to ``out``, streaming; return counts."""
        return export(self.conn, fmt, out, ids, **kwargs)
