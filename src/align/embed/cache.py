"""On-disk embedding cache keyed by sha256(model id, text).

SQLite (one file, WAL) rather than .npy shards: lookups of a few thousand
keys stay fast, several processes can share the file, and a crash cannot
leave a half-written shard. Vectors are stored as raw float32 so a cached
rerun gives bit-identical results.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from align.embed.base import Embedder

_CHUNK = 500  # keys per SELECT ... IN (...); below SQLite's variable limit


def default_cache_dir() -> Path:
    """``$ALIGN_CACHE_DIR``, else ``~/.cache/align``."""
    env = os.environ.get("ALIGN_CACHE_DIR")
    return Path(env).expanduser() if env else Path.home() / ".cache" / "align"


def cache_key(model_id: str, text: str) -> bytes:
    """The cache key: vectors of different models never collide."""
    return hashlib.sha256(f"{model_id}\x00{text}".encode()).digest()


class EmbeddingCache:
    """A persistent map (model id, text) -> float32 vector."""

    def __init__(self, directory: str | os.PathLike[str] | None = None) -> None:
        self.directory = Path(directory) if directory is not None else default_cache_dir()
        self.directory.mkdir(parents=True, exist_ok=True)
        self.path = self.directory / "embeddings.sqlite"
        self._db = sqlite3.connect(self.path, timeout=60)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("CREATE TABLE IF NOT EXISTS emb (key BLOB PRIMARY KEY, vec BLOB NOT NULL)")

    def get_many(self, model_id: str, texts: Sequence[str]) -> list[np.ndarray | None]:
        """Cached vectors for ``texts`` (``None`` where missing)."""
        keys = [cache_key(model_id, t) for t in texts]
        found: dict[bytes, np.ndarray] = {}
        for start in range(0, len(keys), _CHUNK):
            chunk = keys[start : start + _CHUNK]
            marks = ",".join("?" * len(chunk))
            for key, blob in self._db.execute(f"SELECT key, vec FROM emb WHERE key IN ({marks})", chunk):
                found[key] = np.frombuffer(blob, dtype=np.float32)
        return [found.get(k) for k in keys]

    def put_many(self, model_id: str, texts: Sequence[str], vectors: np.ndarray) -> None:
        """Store one vector per text."""
        rows = [(cache_key(model_id, t), np.asarray(v, dtype=np.float32).tobytes()) for t, v in zip(texts, vectors, strict=True)]
        with self._db:
            self._db.executemany("INSERT OR REPLACE INTO emb (key, vec) VALUES (?, ?)", rows)

    def close(self) -> None:
        """Close the database."""
        self._db.close()


class CachedEmbedder:
    """An embedder that looks texts up in an :class:`EmbeddingCache` and embeds only the misses.

    Misses are deduplicated and sent to the wrapped model in one call, so the
    model's own batching decides throughput (the wrapper adds only hashing
    and SQLite I/O).
    """

    def __init__(self, embedder: Embedder, cache: EmbeddingCache | None = None) -> None:
        self.embedder = embedder
        self.cache = cache if cache is not None else EmbeddingCache()
        self.model_id = embedder.model_id
        self.hits = 0
        self.misses = 0

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """Embed ``texts`` (unit float32 rows), reusing cached vectors."""
        texts = list(texts)
        unique = list(dict.fromkeys(texts))
        cached = self.cache.get_many(self.model_id, unique)
        missing = [t for t, v in zip(unique, cached, strict=True) if v is None]
        vectors = dict(zip(unique, cached, strict=True))
        if missing:
            fresh = self.embedder.encode(missing)
            self.cache.put_many(self.model_id, missing, fresh)
            vectors.update(zip(missing, fresh, strict=True))
        self.hits += len(unique) - len(missing)
        self.misses += len(missing)
        if not texts:
            probe = self.embedder.encode([])
            return np.zeros((0, probe.shape[1]), dtype=np.float32)
        return np.stack([vectors[t] for t in texts]).astype(np.float32, copy=False)
