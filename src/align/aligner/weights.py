"""Read a fitted weight vector (calibration, second pass) from its JSON file, checked against the code's features."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np


def load_vector(path: str | Path, features: tuple[str, ...], key: str) -> np.ndarray | None:
    """``data[key]`` as float64 in ``features`` order, or ``None`` when the file does not exist.

    The file names its features; a file fitted for another feature list would
    silently give nonsense scores, so a mismatch is an error.
    """
    p = Path(path)
    if not p.exists():
        return None
    data = json.loads(p.read_text(encoding="utf-8"))
    if tuple(data["features"]) != features:
        raise ValueError(f"{p}: features {data['features']} do not match {features}")
    return np.asarray(data[key], dtype=np.float64)
