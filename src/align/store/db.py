"""Opening the corpus file: WAL mode, foreign keys, migrations.

WAL lets readers query while a run writes (readers see the last committed
pair, never half of one); ``synchronous=NORMAL`` keeps every commit atomic
and durable across a process crash, which is what resume needs.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from align.errors import InputError
from align.store.schema import SCHEMA_VERSION, migrate, user_version

#: Seconds a connection waits for another writer's lock before failing.
BUSY_TIMEOUT = 60.0


def connect(path: str | Path, readonly: bool = False) -> sqlite3.Connection:
    """Open (and, for writers, create or migrate) the corpus at ``path``.

    Connections are in autocommit mode: the writer opens its own explicit
    transactions, one per document pair.
    """
    path = Path(path)
    if readonly:
        if not path.exists():
            raise InputError(f"{path}: no such corpus")
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=BUSY_TIMEOUT, isolation_level=None,
                               check_same_thread=False)
        version = user_version(conn)
        if version != SCHEMA_VERSION:
            conn.close()
            raise InputError(f"{path}: corpus schema version {version}, this align reads {SCHEMA_VERSION}; "
                             "migrate it with `align corpus migrate --db FILE` (or open it with align.Corpus(path))")
    else:
        if path.parent and not path.parent.exists():
            raise InputError(f"{path.parent}: no such directory")
        conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT, isolation_level=None, check_same_thread=False)
        try:
            conn.execute("PRAGMA journal_mode=WAL")
        except sqlite3.DatabaseError as exc:
            conn.close()
            raise InputError(f"{path}: not a corpus database ({exc})") from exc
        conn.execute("PRAGMA synchronous=NORMAL")
        migrate(conn)
    conn.execute("PRAGMA foreign_keys=ON")
    conn.row_factory = sqlite3.Row
    return conn
