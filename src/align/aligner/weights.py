"""Read a fitted weight vector (calibration, second pass) from its JSON file, checked against the code's features."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from align.aligner.adapter import adapter_digest
from align.lexicon import lexicon_digest

#: shipped files a fit depends on: the record's field -> (the file's current digest, what a mismatch means)
_INPUTS = {
    "adapter_sha256": (adapter_digest, "another embedding map than models/aligner/adapter.npz"),
    "lexicon_sha256": (lexicon_digest, "another lexicon than models/lexicon/ja-en.tsv.gz"),
}


def fitted_inputs(adapter: bool) -> dict[str, str | None]:
    """The digests a fit records, checked by :func:`load_vector` (``adapter``: whether the fit used the map)."""
    return {"adapter_sha256": adapter_digest() if adapter else None, "lexicon_sha256": lexicon_digest()}


def load_vector(path: str | Path, features: tuple[str, ...], key: str) -> np.ndarray | None:
    """``data[key]`` as float64 in ``features`` order, or ``None`` when the file does not exist.

    The file names its features and the embedding map it was fitted with
    (``adapter_sha256``) and the dictionary (``lexicon_sha256``); weights fitted
    for another feature list, map or dictionary would silently give nonsense
    scores, so a mismatch is an error.
    """
    p = Path(path)
    if not p.exists():
        return None
    data = json.loads(p.read_text(encoding="utf-8"))
    if tuple(data["features"]) != features:
        raise ValueError(f"{p}: features {data['features']} do not match {features}")
    for field, (digest, what) in _INPUTS.items():
        if field in data and data[field] != digest():
            raise ValueError(f"{p} was fitted with {what}: refit it (benchmarks/fit_calibration.py)")
    return np.asarray(data[key], dtype=np.float64)
