"""Writing runs and document pairs: every pair in exactly one transaction.

A pair row and all of its children (documents, sentences, tokens, beads,
annotations, links, findings) are inserted between one ``BEGIN IMMEDIATE``
and one ``COMMIT``; a crash or SIGKILL in between leaves the file as it was
before the pair, so a rerun simply does the pair again.
"""

from __future__ import annotations

import json
import os
import socket
import sqlite3
from dataclasses import asdict
from datetime import UTC, datetime
from typing import Any

from align.model import Bitext, Document, Token
from align.store.tokens import encode_tokens


def now() -> str:
    """UTC timestamp used in every row (ISO 8601, seconds)."""
    return datetime.now(UTC).isoformat(timespec="seconds")


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def start_run(conn: sqlite3.Connection, *, fingerprint: str, options: dict, manifest: str | None, jobs: int,
              versions: dict[str, str], models: dict[str, str]) -> int:
    """Insert a run record in state ``running``; return its id.

    Runs of this machine still marked ``running`` whose process is gone were
    killed (SIGKILL, power loss): they are marked ``killed`` first, so the
    records say what happened.
    """
    host = socket.gethostname()
    for run_id, pid in conn.execute("SELECT id, pid FROM runs WHERE status = 'running' AND host = ?", (host,)).fetchall():
        if pid is not None and not _alive(pid):
            conn.execute("UPDATE runs SET status = 'killed' WHERE id = ?", (run_id,))
    cur = conn.execute(
        "INSERT INTO runs (started, status, pid, fingerprint, options, manifest, jobs, versions, models, host) "
        "VALUES (?, 'running', ?, ?, ?, ?, ?, ?, ?, ?)",
        (now(), os.getpid(), fingerprint, _json(options), manifest, jobs, _json(versions), _json(models), host),
    )
    return int(cur.lastrowid)


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def finish_run(conn: sqlite3.Connection, run_id: int, status: str, counts: dict[str, Any]) -> None:
    """Close a run record with its final status and counts."""
    conn.execute("UPDATE runs SET finished = ?, status = ?, counts = ? WHERE id = ?", (now(), status, _json(counts), run_id))


def done_keys(conn: sqlite3.Connection, fingerprint: str) -> set[tuple[str, str]]:
    """``(src_sha256, tgt_sha256)`` of every pair already stored with these parameters."""
    rows = conn.execute("SELECT src_sha256, tgt_sha256 FROM pairs WHERE status = 'ok' AND fingerprint = ?", (fingerprint,))
    return {(a, b) for a, b in rows}


def write_error(conn: sqlite3.Connection, run_id: int, *, src_path: str, tgt_path: str, src_sha256: str | None,
                tgt_sha256: str | None, fingerprint: str, error: str, meta: dict | None = None) -> int:
    """Record a pair that failed, replacing an older error row for the same paths."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        _drop_errors(conn, src_path, tgt_path, fingerprint)
        cur = conn.execute(
            "INSERT INTO pairs (run_id, status, src_path, tgt_path, src_sha256, tgt_sha256, fingerprint, error, meta, created) "
            "VALUES (?, 'error', ?, ?, ?, ?, ?, ?, ?, ?)",
            (run_id, src_path, tgt_path, src_sha256, tgt_sha256, fingerprint, error, _json(meta or {}), now()),
        )
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return int(cur.lastrowid)


def write_pair(conn: sqlite3.Connection, run_id: int, bitext: Bitext, *, src_path: str, tgt_path: str,
               src_sha256: str, tgt_sha256: str, fingerprint: str) -> int | None:
    """Store one processed pair atomically; return its id.

    Returns ``None`` (and writes nothing) when the same contents were already
    stored with the same parameters, e.g. by a concurrent run or because the
    manifest lists the pair twice.
    """
    info = bitext.meta.get("pipeline", {})
    conn.execute("BEGIN IMMEDIATE")
    try:
        exists = conn.execute(
            "SELECT 1 FROM pairs WHERE status = 'ok' AND src_sha256 = ? AND tgt_sha256 = ? AND fingerprint = ?",
            (src_sha256, tgt_sha256, fingerprint),
        ).fetchone()
        if exists:
            conn.execute("ROLLBACK")
            return None
        _drop_errors(conn, src_path, tgt_path, fingerprint)
        cur = conn.execute(
            "INSERT INTO pairs (run_id, status, src_path, tgt_path, src_sha256, tgt_sha256, fingerprint, n_beads, "
            "stages, timings, meta, created) VALUES (?, 'ok', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (run_id, src_path, tgt_path, src_sha256, tgt_sha256, fingerprint, len(bitext.beads),
             _json(info.get("stages", {})), _json(info.get("timings", {})), _json(meta_without_findings(bitext.meta)), now()),
        )
        pair_id = int(cur.lastrowid)
        _insert_document(conn, pair_id, "src", bitext.src, src_path, src_sha256)
        _insert_document(conn, pair_id, "tgt", bitext.tgt, tgt_path, tgt_sha256)
        conn.executemany(
            "INSERT INTO beads (pair_id, idx, src, tgt, kind, score, confidence) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(pair_id, i, _json(b.src), _json(b.tgt), b.kind, float(b.score), float(b.confidence)) for i, b in enumerate(bitext.beads)],
        )
        conn.executemany(
            "INSERT INTO links (pair_id, idx, layer, bead, src, tgt, score, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [(pair_id, i, k.layer, k.bead, k.src, k.tgt, float(k.score), k.note) for i, k in enumerate(bitext.links)],
        )
        conn.executemany(
            "INSERT INTO findings (pair_id, idx, check_id, category, severity, bead, src_spans, tgt_spans, message, details) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(pair_id, i, *finding_row(f)) for i, f in enumerate(findings_of(bitext))],
        )
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return pair_id


def findings_of(bitext: Bitext) -> list[Any]:
    """QA findings carried by a bitext (``bitext.findings`` if QA adds the field, else ``meta['findings']``)."""
    found = getattr(bitext, "findings", None)
    return list(found if found is not None else bitext.meta.get("findings", []))


def meta_without_findings(meta: dict[str, Any]) -> dict[str, Any]:
    """Bitext meta as stored in ``pairs.meta``: findings live in their own table, not twice.

    An empty list stays as the marker that the QA stage ran, so the reader knows to put the key back.
    """
    return {k: ([] if k == "findings" else v) for k, v in meta.items()}


def finding_row(finding: Any) -> tuple:
    """Column values of one finding (a QA ``Finding`` or a dict); unknown fields are kept in ``details``."""
    data = dict(finding) if isinstance(finding, dict) else asdict(finding)
    check = data.pop("check", None) or data.pop("check_id", "")
    details = dict(data.pop("details", None) or {})
    row = (str(check), str(data.pop("category", "") or ""), str(data.pop("severity", "") or ""), data.pop("bead", None),
           _json(data.pop("src_spans", [])), _json(data.pop("tgt_spans", [])), str(data.pop("message", "") or ""))
    details.update(data)  # fields a later Finding may add are not dropped
    return (*row, _json(details))


def _drop_errors(conn: sqlite3.Connection, src_path: str, tgt_path: str, fingerprint: str) -> None:
    conn.execute("DELETE FROM pairs WHERE status = 'error' AND src_path = ? AND tgt_path = ? AND fingerprint = ?",
                 (src_path, tgt_path, fingerprint))


def sentence_of(doc: Document) -> Any:
    """A function: character offset → index of the sentence that holds it (or ``None``)."""
    import bisect

    starts = [s.start for s in doc.sentences]

    def find(offset: int) -> int | None:
        i = bisect.bisect_right(starts, offset) - 1
        if i >= 0 and offset < max(doc.sentences[i].end, doc.sentences[i].start + 1):
            return i
        return None

    return find


def _insert_document(conn: sqlite3.Connection, pair_id: int, side: str, doc: Document, path: str, sha256: str) -> None:
    cur = conn.execute(
        "INSERT INTO documents (pair_id, side, path, sha256, lang, n_chars, n_sentences, text, meta) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (pair_id, side, path, sha256, doc.lang, len(doc.text), len(doc.sentences), doc.text, _json(doc.meta)),
    )
    doc_id = int(cur.lastrowid)
    where = sentence_of(doc)
    conn.executemany("INSERT INTO paragraphs (doc_id, idx, start, \"end\", kind, lang) VALUES (?, ?, ?, ?, ?, ?)",
                     [(doc_id, i, p.start, p.end, p.kind, p.lang) for i, p in enumerate(doc.paragraphs)])
    conn.executemany("INSERT INTO sentences (doc_id, idx, start, \"end\", paragraph) VALUES (?, ?, ?, ?, ?)",
                     [(doc_id, i, s.start, s.end, s.paragraph) for i, s in enumerate(doc.sentences)])
    by_sentence: dict[int, list[Token]] = {}
    for t in doc.tokens:
        s = where(t.start)
        by_sentence.setdefault(-1 if s is None else s, []).append(t)
    conn.executemany("INSERT INTO tokens (doc_id, sentence, data) VALUES (?, ?, ?)",
                     [(doc_id, s, encode_tokens(toks, doc.text, doc.sentences[s].start if s >= 0 else 0))
                      for s, toks in by_sentence.items()])
    conn.executemany(
        "INSERT INTO entities (doc_id, idx, start, \"end\", sentence, label, text, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [(doc_id, i, e.start, e.end, where(e.start), e.label, e.text, e.source) for i, e in enumerate(doc.entities)],
    )
    conn.executemany(
        "INSERT INTO quantities (doc_id, idx, start, \"end\", sentence, kind, value, unit, low, high, qualifier, text, norm) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(doc_id, i, q.start, q.end, where(q.start), q.kind, q.value, q.unit, q.low, q.high, q.qualifier, q.text, q.norm)
         for i, q in enumerate(doc.quantities)],
    )
    conn.executemany(
        "INSERT INTO claims (doc_id, idx, start, \"end\", sentence, type, holder, actor, certainty, deontic, negated, cue, "
        "attributed_to) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(doc_id, i, c.start, c.end, c.sentence, c.type, c.holder, c.actor, c.certainty, c.deontic, int(c.negated), c.cue,
          c.attributed_to) for i, c in enumerate(doc.claims)],
    )
