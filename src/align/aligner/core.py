"""Two-pass alignment over embeddings: anchor path (coarse-to-fine), then full beads in a band.

Pass 1 aligns single sentences with 1-1 / 1-0 / 0-1 beads only. Short
documents get the whole DP matrix; long ones first align block-averaged
sentences (blocks chosen so the coarse matrix stays under ``max_full_cells``)
and refine in a band, recursively, like Vecalign. Pass 2 runs every bead type
in a band of ``band_radius`` sentences around the pass-1 path. Both passes are
O(n * band) in time and memory once the coarse level is bounded. A third,
local pass (``refine.py``) re-decides small blocks around merge, null and weak
1-1 beads with a learned scorer; its cost is linear in the number of blocks.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

from align.aligner.band import Band, band_from_path
from align.aligner.config import AlignerConfig
from align.aligner.dp import bead_types, run_dp
from align.aligner.refine import Context, load_weights, refine
from align.aligner.scoring import BandScores, Side, score_band


@dataclass(slots=True)
class RawBead:
    """A bead with the numbers confidence calibration and reports need."""

    src: list[int]
    tgt: list[int]
    gain: float
    cosine: float
    sim: float
    length_z: float
    gap: float
    mu: float = 0.0


@dataclass(slots=True)
class RawAlignment:
    """Beads plus timing/diagnostics of both passes."""

    beads: list[RawBead]
    ratio: float
    band_width: int
    anchor_levels: int
    info: dict[str, float] = field(default_factory=dict)
    scores: BandScores | None = None  # the pass-2 band scores (what refinement and its fitting read)


def _block_average(side: Side, factor: int) -> Side:
    """Coarse side: unit I = mean of units I*factor .. (I+1)*factor-1, renormalized."""
    x = side.windows[0]
    n = len(x)
    groups = math.ceil(n / factor)
    pad = groups * factor - n
    padded = np.concatenate([x, np.zeros((pad, x.shape[1]), dtype=x.dtype)]) if pad else x
    summed = padded.reshape(groups, factor, -1).sum(axis=1)
    summed /= np.maximum(np.linalg.norm(summed, axis=1, keepdims=True), 1e-12)
    lengths = np.add.reduceat(side.lengths, np.arange(0, n, factor)) if n else np.zeros(0)
    return Side([summed.astype(np.float32)], lengths.astype(np.float64), None)


def _path(beads: list[tuple[int, int, int, int]]) -> list[tuple[int, int]]:
    return [(0, 0)] + [(i, j) for _, _, i, j in beads]


def anchor_path(src: Side, tgt: Side, cfg: AlignerConfig, depth: int = 0) -> tuple[list[tuple[int, int]], int]:
    """Pass 1: a 1-1/1-0/0-1 path over single units; returns (path, coarse levels used)."""
    n, m = src.n, tgt.n
    types = bead_types(1)
    if (n + 1) * (m + 1) <= cfg.max_full_cells or min(n, m) < 4:
        band = Band.full(n, m)
        levels = 0
    else:
        # a small factor per level (recursing when the coarse matrix is still too big) keeps the fine band narrow:
        # the fine band must cover a whole coarse cell plus a coarse cell of error either side
        factor = min(math.ceil(math.sqrt((n + 1) * (m + 1) / cfg.max_full_cells)) + 1, cfg.coarse_factor)
        coarse_path, levels = anchor_path(_block_average(src, factor), _block_average(tgt, factor), cfg, depth + 1)
        band = band_from_path(coarse_path, n, m, radius=factor + cfg.anchor_radius, scale=factor)
        levels += 1
    single = AlignerConfig(**{**cfg.to_dict(), "max_bead": 1})
    scores = score_band(Side(src.windows[:1], src.lengths, None), Side(tgt.windows[:1], tgt.lengths, None), band, types, single)
    result = run_dp(band, types, scores.gains, scores.add_gain, with_gaps=False)
    return _path(result.beads), levels


def align_sides(src: Side, tgt: Side, cfg: AlignerConfig) -> RawAlignment:
    """Align two sides; every unit ends up in exactly one bead, in order."""
    n, m = src.n, tgt.n
    if n == 0 or m == 0:
        beads = [RawBead([i], [], cfg.null_gain, 0.0, 0.0, 0.0, 1e3) for i in range(n)]
        beads += [RawBead([], [j], cfg.null_gain, 0.0, 0.0, 0.0, 1e3) for j in range(m)]
        return RawAlignment(beads, 1.0, 0, 0)
    path, levels = anchor_path(src, tgt, cfg)
    band = band_from_path(path, n, m, radius=cfg.band_radius)
    types = bead_types(cfg.max_bead)
    scores = score_band(src, tgt, band, types, cfg)
    result = run_dp(band, types, scores.gains, scores.add_gain)
    beads = [_raw_bead(a, b, i, j, gap, band, scores) for (a, b, i, j), gap in zip(result.beads, result.runner_up_gap, strict=True)]
    weights = load_weights() if cfg.refine else None
    if weights is not None:
        beads = _refined(beads, Context.build(src, tgt, scores, cfg), weights)
    return RawAlignment(beads, scores.ratio, band.width, levels, scores=scores)


def _refined(beads: list[RawBead], ctx: Context, weights: np.ndarray) -> list[RawBead]:
    """Apply the learned local re-decision; beads it changes get features recomputed, its margin as their gap."""
    kept = {(tuple(b.src), tuple(b.tgt)): b for b in beads}
    out = []
    for s, t, margin in refine(ctx, [(b.src, b.tgt) for b in beads], weights, [b.sim for b in beads]):
        old = kept.get((tuple(s), tuple(t)))
        if old is not None:
            out.append(old if margin is None else RawBead(old.src, old.tgt, old.gain, old.cosine, old.sim, old.length_z,
                                                          min(old.gap, margin), old.mu))
            continue
        out.append(_new_bead(ctx, s, t, margin if margin is not None else 1.0))
    return out


def _new_bead(ctx: Context, s: list[int], t: list[int], gap: float) -> RawBead:
    """A bead the refinement created: the same numbers the DP would have recorded for it."""
    cfg, scores = ctx.cfg, ctx.scores
    if s and t:
        sim, _, z = ctx.sim(s[0], len(s), t[0], len(t))
        extra = len(s) + len(t) - 2
        gain = (1 + cfg.size_weight * extra) * (sim - cfg.threshold) - cfg.length_weight * z * z - cfg.merge_penalty * extra
        mu = float((scores.mu_src[len(s) - 1][s[0]] + scores.mu_tgt[len(t) - 1][t[0]]) / 2)
        return RawBead(s, t, gain, ctx.cos(s[0], len(s), t[0], len(t)), sim, z, gap, mu)
    mu = float(scores.mu_src[0][s[0]]) if s else float(scores.mu_tgt[0][t[0]])
    return RawBead(s, t, cfg.null_gain, 0.0, 0.0, 0.0, gap, mu)


def _raw_bead(a: int, b: int, i: int, j: int, gap: float, band: Band, scores: BandScores) -> RawBead:
    src_ids, tgt_ids = list(range(i - a, i)), list(range(j - b, j))
    if a and b:
        c = j - int(band.lo[i])
        gain = float(scores.gains[(a, b)][i, c])
        mu = float((scores.mu_src[a - 1][i - a] + scores.mu_tgt[b - 1][j - b]) / 2)
        return RawBead(src_ids, tgt_ids, gain, float(scores.cosines[(a, b)][i, c]), float(scores.sims[(a, b)][i, c]),
                       float(scores.length_z[(a, b)][i, c]), gap, mu)
    mu = float(scores.mu_src[0][i - 1]) if a else float(scores.mu_tgt[0][j - 1])
    gain = float(scores.add_gain[j]) if not a else float(scores.gains[(1, 0)][i, j - int(band.lo[i])])
    return RawBead(src_ids, tgt_ids, gain, 0.0, 0.0, 0.0, gap, mu)
