"""Calibrated bead confidence: P(bead is exactly right) from a logistic model over bead features.

A raw similarity is not a probability: a 0.5 cosine is a sure match in one
document and noise in another, and a 1-0 bead has no similarity at all. The
logistic coefficients in ``calibration.json`` were fitted on half of the dev
documents and checked for reliability on the other half
(models/aligner/fit_calibration.py; numbers in benchmarks/RESULTS.md).
"""

from __future__ import annotations

import math
from functools import lru_cache

import numpy as np

from align.aligner.core import RawBead
from align.aligner.weights import load_vector
from align.resources import model_path

CALIBRATION_FILE = model_path("aligner", "calibration.json")

FEATURES = (
    "sim", "cosine", "log_gap", "length_z2", "mu", "is_merge", "is_multi", "is_null",
    "null_mu", "null_log_gap", "prev_sim", "next_sim", "bias",
)


def bead_features(beads: list[RawBead]) -> np.ndarray:
    """One row of :data:`FEATURES` per bead (neighbour similarities give context: errors cluster)."""
    rows = []
    for k, bead in enumerate(beads):
        a, b = len(bead.src), len(bead.tgt)
        null = float(a == 0 or b == 0)
        log_gap = math.log1p(min(max(bead.gap, 0.0), 10.0))
        prev_sim = beads[k - 1].sim if k > 0 else 0.5
        next_sim = beads[k + 1].sim if k + 1 < len(beads) else 0.5
        rows.append([
            bead.sim, bead.cosine, log_gap, min(bead.length_z**2, 9.0), bead.mu,
            float(a + b == 3), float(a + b >= 4), null, null * bead.mu, null * log_gap, prev_sim, next_sim, 1.0,
        ])
    return np.asarray(rows, dtype=np.float64).reshape(len(beads), len(FEATURES))


@lru_cache(maxsize=4)
def load_coefficients(path: str = str(CALIBRATION_FILE)) -> np.ndarray | None:
    """Fitted coefficients in :data:`FEATURES` order, or ``None`` if no calibration file exists."""
    return load_vector(path, FEATURES, "coefficients")


def confidences(beads: list[RawBead], coefficients: np.ndarray | None = None) -> np.ndarray:
    """Calibrated probability per bead; a plain logistic of the DP margin when no calibration is available."""
    if not beads:
        return np.zeros(0)
    x = bead_features(beads)
    coef = coefficients if coefficients is not None else load_coefficients()
    if coef is None:  # uncalibrated fallback: still monotone in how clearly the DP preferred the bead
        coef = np.zeros(len(FEATURES))
        coef[FEATURES.index("log_gap")] = 3.0
        coef[FEATURES.index("bias")] = -0.5
    return 1.0 / (1.0 + np.exp(-(x @ coef)))
