"""Reading pairs back as :class:`~align.model.Bitext` and the ready-made queries.

Each pair is read inside one read transaction, so a reader running while a
batch run writes sees either the whole pair or nothing of it. Iterators
fetch one pair at a time: a large corpus never has to fit in memory.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from typing import Any

from align.model import Bead, Bitext, Claim, Document, Entity, Link, Paragraph, Quantity, Sentence, Token
from align.store.tokens import decode_tokens


def pair_ids(conn: sqlite3.Connection, status: str | None = "ok") -> list[int]:
    """Ids of stored pairs in insertion order (``status=None``: all of them)."""
    if status is None:
        return [r[0] for r in conn.execute("SELECT id FROM pairs ORDER BY id")]
    return [r[0] for r in conn.execute("SELECT id FROM pairs WHERE status = ? ORDER BY id", (status,))]


def read_pair(conn: sqlite3.Connection, pair_id: int) -> Bitext:
    """The stored pair ``pair_id`` as a bitext, exactly as it was written."""
    own = not conn.in_transaction  # one snapshot for the whole pair
    if own:
        conn.execute("BEGIN")
    try:
        row = conn.execute("SELECT meta FROM pairs WHERE id = ? AND status = 'ok'", (pair_id,)).fetchone()
        if row is None:
            raise KeyError(f"no stored pair {pair_id}")
        docs = {r["side"]: r for r in conn.execute("SELECT * FROM documents WHERE pair_id = ?", (pair_id,))}
        bitext = Bitext(
            src=_document(conn, docs["src"]),
            tgt=_document(conn, docs["tgt"]),
            beads=[Bead(json.loads(r["src"]), json.loads(r["tgt"]), r["score"], r["confidence"])
                   for r in conn.execute("SELECT * FROM beads WHERE pair_id = ? ORDER BY idx", (pair_id,))],
            links=[Link(r["layer"], r["bead"], r["src"], r["tgt"], r["score"], r["note"])
                   for r in conn.execute("SELECT * FROM links WHERE pair_id = ? ORDER BY idx", (pair_id,))],
            meta=json.loads(row["meta"]),
        )
        findings = [finding_dict(r) for r in conn.execute("SELECT * FROM findings WHERE pair_id = ? ORDER BY idx", (pair_id,))]
        if findings or "findings" in bitext.meta:
            bitext.meta["findings"] = findings
    finally:
        if own:
            conn.execute("COMMIT")
    return bitext


def finding_dict(row: sqlite3.Row) -> dict[str, Any]:
    """A findings row in the shape of ``align.qa.Finding.to_dict()``."""
    return {"check": row["check_id"], "category": row["category"], "severity": row["severity"], "message": row["message"],
            "src_spans": json.loads(row["src_spans"]), "tgt_spans": json.loads(row["tgt_spans"]), "bead": row["bead"],
            "details": json.loads(row["details"])}


def iter_pairs(conn: sqlite3.Connection, ids: list[int] | None = None) -> Iterator[tuple[int, Bitext]]:
    """``(pair_id, bitext)`` for every stored pair (or for ``ids``), one at a time."""
    for pair_id in pair_ids(conn) if ids is None else ids:
        yield pair_id, read_pair(conn, pair_id)


def _document(conn: sqlite3.Connection, row: sqlite3.Row) -> Document:
    doc_id = row["id"]

    def rows(table: str) -> list[sqlite3.Row]:
        return conn.execute(f"SELECT * FROM {table} WHERE doc_id = ? ORDER BY idx", (doc_id,)).fetchall()

    text = row["text"]
    sentences = [Sentence(r["start"], r["end"], r["paragraph"]) for r in rows("sentences")]
    tokens: list[Token] = []
    for sentence, data in conn.execute("SELECT sentence, data FROM tokens WHERE doc_id = ? ORDER BY sentence", (doc_id,)):
        tokens.extend(decode_tokens(data, text, sentences[sentence].start if sentence >= 0 else 0))
    tokens.sort(key=lambda t: (t.start, t.end))
    return Document(
        lang=row["lang"],
        text=row["text"],
        paragraphs=[Paragraph(r["start"], r["end"], r["kind"], r["lang"]) for r in rows("paragraphs")],
        sentences=sentences,
        tokens=tokens,
        entities=[Entity(r["start"], r["end"], r["label"], r["text"], r["source"]) for r in rows("entities")],
        quantities=[Quantity(r["start"], r["end"], r["kind"], r["value"], r["unit"], r["low"], r["high"], r["qualifier"],
                             r["text"], r["norm"]) for r in rows("quantities")],
        claims=[Claim(r["start"], r["end"], r["sentence"], r["type"], r["holder"], r["actor"], r["certainty"], r["deontic"],
                      bool(r["negated"]), r["cue"], r["attributed_to"]) for r in rows("claims")],
        meta=json.loads(row["meta"]),
    )


def stats(conn: sqlite3.Connection) -> dict[str, Any]:
    """Counts that describe the corpus: pairs, documents per language, sentences, beads by kind, annotations."""
    one = lambda sql: conn.execute(sql).fetchone()[0]  # noqa: E731
    return {
        "schema_version": one("PRAGMA user_version"),
        "pairs": one("SELECT count(*) FROM pairs WHERE status = 'ok'"),
        "errors": one("SELECT count(*) FROM pairs WHERE status = 'error'"),
        "runs": one("SELECT count(*) FROM runs"),
        "documents": dict(conn.execute("SELECT lang, count(*) FROM documents GROUP BY lang ORDER BY lang").fetchall()),
        "sentences": dict(conn.execute("SELECT lang, sum(n_sentences) FROM documents GROUP BY lang ORDER BY lang").fetchall()),
        "beads": dict(conn.execute("SELECT kind, count(*) FROM beads GROUP BY kind ORDER BY count(*) DESC").fetchall()),
        "entities": dict(conn.execute("SELECT label, count(*) FROM entities GROUP BY label ORDER BY count(*) DESC").fetchall()),
        "quantities": one("SELECT count(*) FROM quantities"),
        "claims": dict(conn.execute("SELECT type, count(*) FROM claims GROUP BY type ORDER BY count(*) DESC").fetchall()),
        "links": dict(conn.execute("SELECT layer, count(*) FROM links GROUP BY layer ORDER BY layer").fetchall()),
        "findings": dict(conn.execute("SELECT severity, count(*) FROM findings GROUP BY severity ORDER BY severity").fetchall()),
        "stages_skipped": _skipped_stages(conn),
    }


def _skipped_stages(conn: sqlite3.Connection) -> dict[str, int]:
    out: dict[str, int] = {}
    for (stages,) in conn.execute("SELECT stages FROM pairs WHERE status = 'ok'"):
        for name, state in json.loads(stages).items():
            if state != "done":
                out[name] = out.get(name, 0) + 1
    return out


def find_entities(conn: sqlite3.Connection, text: str, label: str | None = None, exact: bool = False) -> Iterator[dict[str, Any]]:
    """Pairs in which an entity matching ``text`` appears, with where and its linked counterpart.

    ``exact=False`` matches a substring (``韓国`` finds ``韓国軍``); the
    counterpart is the entity on the other side linked to it, if any.
    """
    sql = (
        "SELECT d.pair_id, d.side, d.lang, e.idx, e.start, e.\"end\", e.sentence, e.label, e.text, p.src_path, p.tgt_path "
        "FROM entities e JOIN documents d ON d.id = e.doc_id JOIN pairs p ON p.id = d.pair_id "
        + ("WHERE e.text = ?" if exact else "WHERE instr(e.text, ?) > 0")
    )
    params: list[Any] = [text]
    if label:
        sql += " AND e.label = ?"
        params.append(label)
    for r in conn.execute(sql + " ORDER BY d.pair_id, d.side, e.idx", params):
        item = dict(r)
        item["linked"] = _linked_entity(conn, r["pair_id"], r["side"], r["idx"])
        yield item


def _linked_entity(conn: sqlite3.Connection, pair_id: int, side: str, idx: int) -> str | None:
    other = "tgt" if side == "src" else "src"
    row = conn.execute(
        f"SELECT e.text FROM links k JOIN documents d ON d.pair_id = k.pair_id AND d.side = ? "
        f"JOIN entities e ON e.doc_id = d.id AND e.idx = k.{other} "
        f"WHERE k.pair_id = ? AND k.layer = 'entity' AND k.{side} = ?",
        (other, pair_id, idx),
    ).fetchone()
    return row[0] if row else None


def find_claims(conn: sqlite3.Connection, type: str | None = None, holder: str | None = None) -> Iterator[dict[str, Any]]:
    """Claims of a type (and/or by a holder), with the sentence they stand in."""
    sql = ("SELECT d.pair_id, d.side, d.lang, c.*, substr(d.text, c.start + 1, c.\"end\" - c.start) AS span "
           "FROM claims c JOIN documents d ON d.id = c.doc_id WHERE 1")
    params: list[Any] = []
    if type:
        sql += " AND c.type = ?"
        params.append(type)
    if holder:
        sql += " AND c.holder = ?"
        params.append(holder)
    for r in conn.execute(sql + " ORDER BY d.pair_id, d.side, c.idx", params):
        item = dict(r)
        item["negated"] = bool(item["negated"])
        yield item


def find_findings(conn: sqlite3.Connection, check: str | None = None, severity: str | None = None) -> Iterator[dict[str, Any]]:
    """QA findings of a check (and/or a severity), with the pair's file names."""
    sql = "SELECT f.*, p.src_path, p.tgt_path FROM findings f JOIN pairs p ON p.id = f.pair_id WHERE 1"
    params: list[Any] = []
    if check:
        sql += " AND f.check_id = ?"
        params.append(check)
    if severity:
        sql += " AND f.severity = ?"
        params.append(severity)
    for r in conn.execute(sql + " ORDER BY f.pair_id, f.idx", params):
        yield {"pair_id": r["pair_id"], "idx": r["idx"], **finding_dict(r), "src_path": r["src_path"], "tgt_path": r["tgt_path"]}


def find_errors(conn: sqlite3.Connection) -> Iterator[dict[str, Any]]:
    """Pairs that failed, with their error."""
    for r in conn.execute("SELECT id, run_id, src_path, tgt_path, error, created FROM pairs WHERE status = 'error' ORDER BY id"):
        yield dict(r)


def run_sql(conn: sqlite3.Connection, sql: str, params: tuple = ()) -> Iterator[dict[str, Any]]:
    """Rows of any read-only SQL (use a read-only connection: writes are refused there)."""
    for r in conn.execute(sql, params):
        yield dict(r)
