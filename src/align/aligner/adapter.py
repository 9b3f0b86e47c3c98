"""A linear map of the default embedder's vectors, fitted on en-ja translation pairs, applied before alignment.

USE-m3 was trained for general multilingual similarity. For aligning a
document with its translation what matters is narrower: a sentence must be
closer to its own translation than to the sentences next to it. A 512 x 512
map fitted here on gold 1-1 pairs of the dev sets (in-batch contrastive loss,
benchmarks/fit_adapter.py) sharpens exactly that; it is stored with the model
id and the language pair it was fitted for and applied only to those, because
another embedder's vectors or another pair's would be mapped into nonsense.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

import numpy as np

from align.resources import model_path

ADAPTER_FILE = model_path("aligner", "adapter.npz")


@lru_cache(maxsize=2)
def load_adapter(path: str = str(ADAPTER_FILE)) -> tuple[np.ndarray, str, frozenset[str]] | None:
    """(matrix, model id, languages) of the fitted map, or ``None`` when no adapter is shipped."""
    try:
        data = np.load(path, allow_pickle=False)
    except FileNotFoundError:
        return None
    with data:
        return data["matrix"].astype(np.float32), str(data["model_id"]), frozenset(str(x) for x in data["languages"])


@lru_cache(maxsize=2)
def adapter_digest(path: str = str(ADAPTER_FILE)) -> str | None:
    """sha256 of the shipped map file (``None`` without one): the second pass and the calibration record the map they
    were fitted on, because weights fitted on mapped vectors score unmapped (or differently mapped) ones wrongly."""
    p = Path(path)
    return hashlib.sha256(p.read_bytes()).hexdigest() if p.exists() else None


def adapter_for(model_id: str, src_lang: str, tgt_lang: str) -> np.ndarray | None:
    """The map to apply for this embedder and language pair, or ``None`` (vectors used as they are)."""
    loaded = load_adapter()
    if loaded is None:
        return None
    matrix, fitted_model, languages = loaded
    return matrix if model_id == fitted_model and {src_lang, tgt_lang} == languages else None


def adapt(vectors: np.ndarray, matrix: np.ndarray | None) -> np.ndarray:
    """Map rows with ``matrix`` and L2-normalize them again (unchanged when there is no matrix)."""
    if matrix is None or not len(vectors):
        return vectors
    mapped = vectors @ matrix
    norms = np.linalg.norm(mapped, axis=1, keepdims=True)
    return (mapped / np.maximum(norms, 1e-12)).astype(np.float32)
