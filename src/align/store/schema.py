"""Versioned DDL of the corpus database and the migrations between versions.

The schema is documented in ``SCHEMA.md`` beside this file. ``SCHEMA_VERSION``
is stored in SQLite's ``PRAGMA user_version``; :func:`migrate` brings an older
file up to date one step at a time, each step in its own transaction, so a
crash during a migration leaves the file at a consistent version.
To change the schema: add a step to ``MIGRATIONS`` (never edit a released
step), bump ``SCHEMA_VERSION`` and describe the change in SCHEMA.md.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from align.errors import InputError

# Version 1: the first schema.
V1 = """
CREATE TABLE runs (
    id          INTEGER PRIMARY KEY,
    started     TEXT NOT NULL,             -- ISO 8601 UTC
    finished    TEXT,                      -- NULL while running or after a crash
    status      TEXT NOT NULL,             -- running | done | interrupted | failed | killed
    pid         INTEGER,                   -- process id of the run (to tell a killed run from a live one)
    fingerprint TEXT NOT NULL,             -- PairOptions.fingerprint()
    options     TEXT NOT NULL,             -- JSON of PairOptions
    manifest    TEXT,                      -- path of the manifest, if any
    jobs        INTEGER NOT NULL DEFAULT 1,
    versions    TEXT NOT NULL DEFAULT '{}', -- JSON: package -> version
    models      TEXT NOT NULL DEFAULT '{}', -- JSON: role -> model name
    host        TEXT NOT NULL DEFAULT '',
    counts      TEXT NOT NULL DEFAULT '{}'  -- JSON: done, skipped, failed, seconds ...
);

CREATE TABLE pairs (
    id           INTEGER PRIMARY KEY,
    run_id       INTEGER NOT NULL REFERENCES runs(id),
    status       TEXT NOT NULL,            -- ok | error
    src_path     TEXT NOT NULL,
    tgt_path     TEXT NOT NULL,
    src_sha256   TEXT,                     -- NULL when the file could not be read
    tgt_sha256   TEXT,
    fingerprint  TEXT NOT NULL,
    error        TEXT,                     -- 'ExceptionType: message' for status = error
    n_beads      INTEGER NOT NULL DEFAULT 0,
    stages       TEXT NOT NULL DEFAULT '{}', -- JSON: stage -> done | skipped: reason
    timings      TEXT NOT NULL DEFAULT '{}', -- JSON: stage -> seconds
    meta         TEXT NOT NULL DEFAULT '{}', -- JSON: manifest metadata + Bitext.meta
    created      TEXT NOT NULL
);
-- Resume key: one stored result per (file contents, parameters).
CREATE UNIQUE INDEX pairs_done ON pairs(src_sha256, tgt_sha256, fingerprint) WHERE status = 'ok';
CREATE INDEX pairs_paths ON pairs(src_path, tgt_path, fingerprint);

CREATE TABLE documents (
    id          INTEGER PRIMARY KEY,
    pair_id     INTEGER NOT NULL REFERENCES pairs(id) ON DELETE CASCADE,
    side        TEXT NOT NULL CHECK (side IN ('src', 'tgt')),
    path        TEXT NOT NULL,
    sha256      TEXT NOT NULL,
    lang        TEXT NOT NULL,
    n_chars     INTEGER NOT NULL,
    n_sentences INTEGER NOT NULL,
    text        TEXT NOT NULL,
    meta        TEXT NOT NULL DEFAULT '{}',
    UNIQUE (pair_id, side)
);
CREATE INDEX documents_lang ON documents(lang);

CREATE TABLE paragraphs (
    doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    idx    INTEGER NOT NULL,
    start  INTEGER NOT NULL,
    "end"  INTEGER NOT NULL,
    kind   TEXT NOT NULL,
    lang   TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (doc_id, idx)
) WITHOUT ROWID;

CREATE TABLE sentences (
    doc_id    INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    idx       INTEGER NOT NULL,
    start     INTEGER NOT NULL,
    "end"     INTEGER NOT NULL,
    paragraph INTEGER NOT NULL,
    PRIMARY KEY (doc_id, idx)
) WITHOUT ROWID;

-- Tokens packed per sentence (format in store/tokens.py and SCHEMA.md): zlib-compressed JSON
-- [pos_names, [[offset, length, lemma|null, pos_index, reading?], ...]], offsets relative to the
-- sentence start (sentence = -1 holds tokens outside every sentence, relative to 0, so nothing is lost).
CREATE TABLE tokens (
    doc_id   INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    sentence INTEGER NOT NULL,
    data     BLOB NOT NULL,
    PRIMARY KEY (doc_id, sentence)
) WITHOUT ROWID;

CREATE TABLE beads (
    pair_id    INTEGER NOT NULL REFERENCES pairs(id) ON DELETE CASCADE,
    idx        INTEGER NOT NULL,
    src        TEXT NOT NULL,              -- JSON list of source sentence ids
    tgt        TEXT NOT NULL,              -- JSON list of target sentence ids
    kind       TEXT NOT NULL,              -- '1-1', '2-1', '1-0' ...
    score      REAL NOT NULL,
    confidence REAL NOT NULL,
    PRIMARY KEY (pair_id, idx)
) WITHOUT ROWID;
CREATE INDEX beads_kind ON beads(kind);

CREATE TABLE entities (
    doc_id   INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    idx      INTEGER NOT NULL,
    start    INTEGER NOT NULL,
    "end"    INTEGER NOT NULL,
    sentence INTEGER,                      -- sentence holding `start` (NULL if none)
    label    TEXT NOT NULL,
    text     TEXT NOT NULL,
    source   TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (doc_id, idx)
) WITHOUT ROWID;
CREATE INDEX entities_text ON entities(text);
CREATE INDEX entities_label ON entities(label);

CREATE TABLE quantities (
    doc_id    INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    idx       INTEGER NOT NULL,
    start     INTEGER NOT NULL,
    "end"     INTEGER NOT NULL,
    sentence  INTEGER,
    kind      TEXT NOT NULL,
    value     REAL,
    unit      TEXT NOT NULL DEFAULT '',
    low       REAL,
    high      REAL,
    qualifier TEXT NOT NULL DEFAULT '',
    text      TEXT NOT NULL DEFAULT '',
    norm      TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (doc_id, idx)
) WITHOUT ROWID;

CREATE TABLE claims (
    doc_id        INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    idx           INTEGER NOT NULL,
    start         INTEGER NOT NULL,
    "end"         INTEGER NOT NULL,
    sentence      INTEGER NOT NULL,
    type          TEXT NOT NULL,
    holder        TEXT NOT NULL DEFAULT '',
    actor         TEXT NOT NULL DEFAULT '',
    certainty     TEXT NOT NULL DEFAULT '',
    deontic       TEXT NOT NULL DEFAULT '',
    negated       INTEGER NOT NULL DEFAULT 0,
    cue           TEXT NOT NULL DEFAULT '',
    attributed_to TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (doc_id, idx)
) WITHOUT ROWID;
CREATE INDEX claims_type ON claims(type, holder);

CREATE TABLE links (
    pair_id INTEGER NOT NULL REFERENCES pairs(id) ON DELETE CASCADE,
    idx     INTEGER NOT NULL,
    layer   TEXT NOT NULL,                 -- entity | quantity | claim
    bead    INTEGER NOT NULL,
    src     INTEGER,                       -- index into the source document's layer (NULL = unpaired)
    tgt     INTEGER,
    score   REAL NOT NULL,
    note    TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (pair_id, idx)
) WITHOUT ROWID;

-- QA findings: generic so that each check can add fields to `details`.
CREATE TABLE findings (
    pair_id   INTEGER NOT NULL REFERENCES pairs(id) ON DELETE CASCADE,
    idx       INTEGER NOT NULL,
    check_id  TEXT NOT NULL,
    category  TEXT NOT NULL DEFAULT '',
    severity  TEXT NOT NULL DEFAULT '',
    bead      INTEGER,                     -- bead index, NULL for a whole-document finding
    src_spans TEXT NOT NULL DEFAULT '[]',  -- JSON [[start, end], ...] into the source text
    tgt_spans TEXT NOT NULL DEFAULT '[]',  -- JSON [[start, end], ...] into the target text
    message   TEXT NOT NULL DEFAULT '',
    details   TEXT NOT NULL DEFAULT '{}',
    PRIMARY KEY (pair_id, idx)
) WITHOUT ROWID;
CREATE INDEX findings_check ON findings(check_id, severity);

-- Convenience: sentence text without storing it twice (substr counts characters).
CREATE VIEW sentence_texts AS
SELECT s.doc_id, s.idx, d.pair_id, d.side, d.lang, substr(d.text, s.start + 1, s."end" - s.start) AS text
FROM sentences s JOIN documents d ON d.id = s.doc_id;
"""

#: ``MIGRATIONS[v]`` brings a database at version ``v`` to ``v + 1``.
MIGRATIONS: dict[int, str | Callable[[sqlite3.Connection], None]] = {
    0: V1,
}
SCHEMA_VERSION = max(MIGRATIONS) + 1


def user_version(conn: sqlite3.Connection) -> int:
    """The schema version written in the file (0 for a new, empty file)."""
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection) -> int:
    """Apply every missing migration step; return the final version.

    A file written by a newer ``align`` is refused rather than half-read.
    """
    current = user_version(conn)
    if current > SCHEMA_VERSION:
        raise InputError(f"corpus schema version {current} is newer than this align ({SCHEMA_VERSION}); upgrade align")
    while current < SCHEMA_VERSION:
        step = MIGRATIONS[current]
        conn.execute("BEGIN IMMEDIATE")
        try:
            # Another writer may have migrated while we waited for the lock.
            if user_version(conn) != current:
                conn.execute("ROLLBACK")
                current = user_version(conn)
                continue
            if callable(step):
                step(conn)
            else:
                for statement in _statements(step):
                    conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {current + 1}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        current += 1
    return current


def _statements(script: str) -> list[str]:
    """Split a DDL script into statements (executescript would commit on its own)."""
    out, buf = [], []
    for line in script.splitlines():
        code = line.split("--", 1)[0]
        buf.append(code)
        if code.rstrip().endswith(";"):
            out.append("\n".join(buf).strip())
            buf = []
    rest = "\n".join(buf).strip()
    if rest:
        out.append(rest)
    return [s for s in out if s]
