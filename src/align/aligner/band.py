"""The search band: for each source prefix length i, the target prefix lengths j the DP may visit.

Row i of the DP covers j in ``[lo[i], hi[i])``. Bands are monotone (lo and hi
never decrease) and consecutive rows overlap, so every band cell can be
reached; storing only ``hi - lo`` cells per row is what keeps time and memory
linear in document length.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

import numpy as np


@dataclass(slots=True)
class Band:
    """Per-row column ranges ``[lo[i], hi[i])`` for rows ``0..n``, over columns ``0..m``."""

    lo: np.ndarray
    hi: np.ndarray
    m: int

    @property
    def width(self) -> int:
        """Stored cells per row (the widest row)."""
        return int((self.hi - self.lo).max()) if len(self.lo) else 0

    @property
    def n(self) -> int:
        """Number of source units (rows are 0..n)."""
        return len(self.lo) - 1

    @classmethod
    def full(cls, n: int, m: int) -> Band:
        """Every cell: quadratic, used only when n*m is small."""
        return cls(np.zeros(n + 1, dtype=np.int64), np.full(n + 1, m + 1, dtype=np.int64), m)


def band_from_path(path: list[tuple[int, int]], n: int, m: int, radius: int, scale: int = 1) -> Band:
    """A band of ``radius`` cells around a monotone path of (i, j) cells.

    ``scale`` > 1 projects a path found on block-averaged (coarse) units onto
    the fine grid: coarse cell (I, J) covers fine rows I*scale..(I+1)*scale.
    Rows a bead jumps over get the bead's whole column range, so a 3-1 bead
    leaves no gap.
    """
    pmin = np.full(n + 1, m, dtype=np.int64)
    pmax = np.zeros(n + 1, dtype=np.int64)
    for (i0, j0), (i1, j1) in itertools.pairwise(path):
        r0, r1 = min(i0 * scale, n), min(i1 * scale, n)
        c0, c1 = min(j0 * scale, m), min(j1 * scale, m)
        rows = slice(r0, r1 + 1)
        pmin[rows] = np.minimum(pmin[rows], c0)
        pmax[rows] = np.maximum(pmax[rows], c1)
    if len(path) == 1:
        pmin[:] = 0
        pmax[:] = m
    # monotone envelope, then widen
    pmin = np.minimum.accumulate(pmin[::-1])[::-1]
    pmax = np.maximum.accumulate(pmax)
    lo = np.clip(pmin - radius, 0, m)
    hi = np.clip(pmax + radius + 1, 1, m + 1)
    lo[0] = 0
    hi[-1] = m + 1
    hi = np.maximum.accumulate(hi)
    lo = np.minimum.accumulate(lo[::-1])[::-1]
    return Band(lo, hi, m)
