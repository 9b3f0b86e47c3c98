"""Sentence embeddings for the checks that compare meaning across languages.

Uses the project's embedder registry (default USE-multilingual-v3, offline),
loaded once per process. Rows are unit length, so a dot product is a cosine.
"""

from __future__ import annotations

from typing import Any

import numpy as np

DIMENSION = 512


def _embedder() -> Any:
    from align.embed import default_model

    return default_model()


def model_id() -> str:
    """Identifier of the embedder the checks use (recorded in benchmarks)."""
    return str(_embedder().model_id)


def encode(texts: list[str]) -> np.ndarray:
    """``(N, d)`` unit rows; blank strings give zero rows."""
    if not texts:
        return np.zeros((0, DIMENSION), dtype=np.float32)
    vecs = np.array(_embedder().encode([t if t.strip() else "." for t in texts]), dtype=np.float32)
    vecs[[not t.strip() for t in texts]] = 0.0
    return vecs


def cosine_pairs(left: list[str], right: list[str]) -> np.ndarray:
    """Cosine of ``left[i]`` with ``right[i]`` for each i."""
    if not left:
        return np.zeros(0, dtype=np.float32)
    vecs = encode(list(left) + list(right))
    a, b = vecs[: len(left)], vecs[len(left) :]
    return (a * b).sum(axis=1)
