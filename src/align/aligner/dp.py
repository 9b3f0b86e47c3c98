"""The banded bead DP: best monotone segmentation of both documents into beads.

``D[i, j]`` = best total gain of aligning the first i source and first j
target units. A bead (a, b) ending at (i, j) adds ``gain[(a, b)][i, j]``.
Rows are processed one at a time with a handful of whole-row numpy
operations: every bead with a >= 1 reads row i-a shifted by a scalar, so one
precomputed gather fetches all predecessors at once, and the in-row 0-1
(addition) chain is a running maximum. No Python loop runs over cells, and
memory is O(n * band width).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from align.aligner.band import Band

NEG = -1e30


@dataclass(slots=True)
class DPResult:
    """The best path as beads (a, b, i_end, j_end), its total, and per-bead decision margins."""

    beads: list[tuple[int, int, int, int]]
    total: float
    runner_up_gap: list[float]


def bead_types(max_bead: int, nulls: bool = True) -> list[tuple[int, int]]:
    """1-1 first, then 1-k / k-1 up to ``max_bead``, 2-2 (and 2-3 / 3-2 from max_bead 3: Text+Berg has them), then 1-0 / 0-1."""
    types = [(1, 1)]
    for k in range(2, max_bead + 1):
        types += [(1, k), (k, 1)]
    if max_bead >= 2:
        types.append((2, 2))
    if max_bead >= 3:
        types += [(2, 3), (3, 2)]
    if nulls:
        types += [(1, 0), (0, 1)]
    return types


def run_dp(band: Band, types: list[tuple[int, int]], gains: dict[tuple[int, int], np.ndarray],
           add_gain: np.ndarray | None, with_gaps: bool = True) -> DPResult:
    """Best path through ``band`` (``with_gaps=False`` skips the per-bead rival margins an anchor pass does not need).

    ``gains[(a, b)]`` has shape (n+1, width): the gain of the bead ending at
    (i, lo[i] + c), ``NEG`` where no such bead fits. ``add_gain[j]`` (length
    m+1) is the gain of a 0-1 bead ending at column j (skipping target unit
    j-1); ``None`` disables 0-1.
    """
    n, width = band.n, band.width
    lo, hi = band.lo, band.hi
    row_types = [(a, b) for a, b in types if a >= 1]
    amax = max(a for a, _ in row_types)
    bmax = max(b for _, b in types)
    # largest row-to-row shift of the band start a bead can span; beyond the width it reads nothing anyway
    jump = max((int((lo[a:] - lo[:-a]).max()) for a in range(1, amax + 1) if len(lo) > a), default=0)
    pad = min(jump, width) + bmax + 1
    rowlen = width + 2 * pad
    score = np.full((n + 2, rowlen), NEG, dtype=np.float64)  # row n+1 stays NEG: the predecessor of "no bead"
    flat = score.reshape(-1)
    stacked = np.stack([gains[t] for t in row_types], axis=1).astype(np.float64)  # (n+1, T, width)
    # offsets[i, t] = flat index of D[i - a_t, lo[i] - b_t] (column 0 of the gathered slice)
    rows = np.arange(n + 1)[:, None]
    a_arr = np.array([a for a, _ in row_types])[None, :]
    b_arr = np.array([b for _, b in row_types])[None, :]
    prev_rows = rows - a_arr
    ok = prev_rows >= 0
    safe_prev = np.where(ok, prev_rows, n + 1)
    shift = lo[:, None] - lo[np.clip(prev_rows, 0, None)] - b_arr
    # a shift beyond the padding reads only cells right of the stored band: use the NEG row instead
    ok &= shift <= pad
    offsets = np.where(ok, safe_prev * rowlen + pad + shift, (n + 1) * rowlen + pad)
    back = np.full((n + 1, width), -1, dtype=np.int8)
    cols = np.arange(width)
    type_index = np.array([types.index(t) for t in row_types], dtype=np.int8)
    t01 = types.index((0, 1)) if add_gain is not None else -1
    if add_gain is not None:
        padded = np.concatenate([add_gain, np.full(width + 1, NEG / 4)])
        cum = np.cumsum(padded)
    alt = np.empty(width)
    for i in range(n + 1):
        cands = flat.take(offsets[i][:, None] + cols[None, :])
        cands += stacked[i]
        arg = cands.argmax(axis=0)
        best = cands[arg, cols]
        arg = type_index[arg]
        if i == 0:
            best[0] = 0.0  # the empty prefix
        span = hi[i] - lo[i]
        best[span:] = NEG
        if add_gain is not None:
            csum = cum[lo[i] : lo[i] + width]  # constant offsets cancel between the two uses below
            run = np.maximum.accumulate(best - csum)
            alt[0] = NEG
            np.add(run[:-1], csum[1:], out=alt[1:])
            use_add = alt > best
            best = np.where(use_add, alt, best)
            arg = np.where(use_add, np.int8(t01), arg)
            best[span:] = NEG
        score[i, pad : pad + width] = best
        back[i] = arg
    return _backtrace(band, types, score, back, pad, gains, add_gain if with_gaps else None, with_gaps)


def _backtrace(band: Band, types: list[tuple[int, int]], score: np.ndarray, back: np.ndarray, pad: int,
               gains: dict[tuple[int, int], np.ndarray], add_gain: np.ndarray | None, with_gaps: bool) -> DPResult:
    i, j = band.n, band.m
    total = float(score[i, pad + j - band.lo[i]])
    beads: list[tuple[int, int, int, int]] = []
    lo = band.lo.tolist()
    while i > 0 or j > 0:
        t = int(back[i, j - lo[i]])
        if t < 0:
            raise RuntimeError(f"DP backtrace left the band at ({i}, {j})")  # a band construction bug
        a, b = types[t]
        beads.append((a, b, i, j))
        i, j = i - a, j - b
    beads.reverse()
    gaps = _gaps(band, types, score, pad, gains, add_gain, beads) if with_gaps else []
    return DPResult(beads, total, gaps)


def _cells(band: Band, score: np.ndarray, pad: int, i: np.ndarray, j: np.ndarray) -> np.ndarray:
    """D[i, j] for arrays of cells (NEG outside the band)."""
    ok = (i >= 0) & (j >= 0)
    ii = np.where(ok, i, 0)
    ok &= (band.lo[ii] <= j) & (j < band.hi[ii])
    vals = score[ii, np.clip(pad + j - band.lo[ii], 0, score.shape[1] - 1)]
    return np.where(ok, vals, NEG)


def _gaps(band: Band, types: list[tuple[int, int]], score: np.ndarray, pad: int, gains: dict[tuple[int, int], np.ndarray],
          add_gain: np.ndarray | None, beads: list[tuple[int, int, int, int]]) -> list[float]:
    """Per bead: how much it beat the best other bead ending at the same cell (1e3 if it had no rival), all beads at once."""
    if not beads:
        return []
    arr = np.asarray(beads, dtype=np.int64)
    i, j = arr[:, 2], arr[:, 3]
    chosen = np.array([types.index((a, b)) for a, b, _, _ in beads])
    c = j - band.lo[i]
    rival = np.full(len(beads), NEG)
    for t, (a, b) in enumerate(types):
        if a == 0:
            if add_gain is None:
                continue
            vals = np.where(j > 0, _cells(band, score, pad, i, j - 1) + add_gain[np.maximum(j, 0)], NEG)
        else:
            vals = _cells(band, score, pad, i - a, j - b) + gains[(a, b)][i, c]
        rival = np.where(chosen == t, rival, np.maximum(rival, vals))
    own = _cells(band, score, pad, i, j)
    return np.where(rival <= NEG / 2, 1e3, own - rival).tolist()
