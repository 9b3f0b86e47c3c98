"""Second pass: re-decide every merge and null bead locally with a learned scorer.

The DP compares a 2-1 bead with "1-1 + 1-0" through a handful of hand-set
constants (threshold, null gain, merge penalty), and no setting of them both
finds omissions and keeps merges: an omitted sentence next to its neighbour
looks like a weak 2-1 bead. Here each merge or null bead, together with its
neighbours, forms a small block; every monotone segmentation of the block
into small beads is scored by a log-linear model over bead features that the
DP cannot use (how well each part of a merge matches on its own, whether a
sentence matches anything near it, cosines normalized by each sentence's mean
cosine with the other document, as in Vecalign), and the best one replaces
the DP's choice. The weights (``refine.json``) are a conditional logit fitted
on half of the dev documents by benchmarks/fit_calibration.py; the bead
features include hinge (piecewise-linear) terms of the similarities and a
merge's raw-cosine gain over its best part, so the linear score can bend.
A small MLP scoring each bead (same conditional choice) was tried instead and
generalized worse on the held-out half (block accuracy 0.943 vs 0.949).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from align.aligner import copied as copied_sets
from align.aligner.config import AlignerConfig
from align.aligner.scoring import BandScores, Side
from align.aligner.weights import load_vector
from align.resources import model_path

REFINE_FILE = model_path("aligner", "refine.json")

#: bead shapes a block may be cut into
BLOCK_TYPES = ((1, 1), (1, 2), (2, 1), (2, 2), (1, 3), (3, 1), (1, 0), (0, 1))
#: blocks with more sentences (both sides) than this are cut into pieces: enumeration would explode
MAX_BLOCK = 8
#: a run of joined blocks longer than this keeps the DP's beads: re-deciding it costs time linear in its length
#: and, on dev, recovered no more omissions than this cap (held-out null P/R 0.899/0.813 at 48 vs 0.886/0.815 uncapped)
MAX_RUN = 48
#: a longer run is cut only if the median similarity of its 1-1 beads is at least this (see _mostly_matched)
RUN_MEDIAN_SIM = 0.12
#: sentences per piece of a cut run: smaller than MAX_BLOCK because a piece's segmentations grow fast with its size
MAX_PIECE = 6

#: knots of the piecewise-linear (hinge) terms: a linear score of the similarity alone cannot say that a
#: 0.05 -> 0.15 step matters more than 0.45 -> 0.55, nor that a null is cheap only next to no match at all
SIM_KNOTS = (0.0, 0.1, 0.2, 0.3)
COS_KNOTS = (0.3, 0.5, 0.7)

FEATURES = (
    "sim", "ncos", "length_z2", "is_merge", "is_multi", "part_min", "part_gap",
    "is_null", "null_best", "null_nbest", "null_short", "beads", "dp_gain", "rank_gap",
    # raw-cosine gain of a merge over its best part, split by merge kind: an omission glued to its neighbour
    # adds (almost) nothing to the neighbour's cosine, a real 2-1 half of a sentence does
    "merge_cos_gain", "multi_cos_gain", "merge_cos_loss", "merge_part_cos", "sim_x_length_z2",
    *(f"sim_over_{k}" for k in SIM_KNOTS), *(f"null_best_over_{k}" for k in SIM_KNOTS), *(f"cos_over_{k}" for k in COS_KNOTS),
    # copied figures and Latin names (copied.py): shared by the bead's sides, or left without a counterpart
    "copied_match", "copied_miss", "null_copied_hit", "null_copied_miss",
)
_COPIED = FEATURES.index("copied_match")
_SIM_H, _NULL_H, _COS_H = (FEATURES.index(f"{name}_over_{knots[0]}") for name, knots in
                            (("sim", SIM_KNOTS), ("null_best", SIM_KNOTS), ("cos", COS_KNOTS)))

Bead = tuple[int, int, int, int]  # (src start, a, tgt start, b)


@dataclass(slots=True)
class Context:
    """Per-document numbers the bead features read (computed once per document)."""

    src: Side
    tgt: Side
    scores: BandScores
    cfg: AlignerConfig
    src_mean: list[np.ndarray]  # src_mean[a-1][p] = mean cosine of source window p (size a) with every target sentence
    tgt_mean: list[np.ndarray]
    src_csum: np.ndarray  # cumulative characters, so a window's length is one subtraction
    tgt_csum: np.ndarray
    memo: dict[tuple[int, int, int, int], tuple[float, float, float]]  # blocks share most beads: score each once
    cosines: dict[tuple[int, int, int, int], float]  # raw cosines of the same beads (merge parts read them again)

    @classmethod
    def build(cls, src: Side, tgt: Side, scores: BandScores, cfg: AlignerConfig) -> Context:
        """Vecalign-style normalizers: a sentence's mean cosine with the other document says how 'generic' it is."""
        ys, xs = tgt.windows[0], src.windows[0]
        src_mean = [w @ ys.mean(axis=0) if len(w) else np.zeros(0) for w in src.windows]
        tgt_mean = [w @ xs.mean(axis=0) if len(w) else np.zeros(0) for w in tgt.windows]
        src_csum = np.concatenate([[0.0], np.cumsum(src.lengths, dtype=np.float64)])
        tgt_csum = np.concatenate([[0.0], np.cumsum(tgt.lengths, dtype=np.float64)])
        return cls(src, tgt, scores, cfg, src_mean, tgt_mean, src_csum, tgt_csum, {}, {})

    def cos(self, p: int, a: int, q: int, b: int) -> float:
        """Cosine of source window (p, a) with target window (q, b)."""
        key = (p, a, q, b)
        c = self.cosines.get(key)
        if c is None:
            c = self.cosines[key] = float(self.src.windows[a - 1][p] @ self.tgt.windows[b - 1][q])
        return c

    def rank_gap(self, p: int, a: int, q: int, b: int, reach: int = 2) -> float:
        """Cosine of the bead minus the best cosine of either side with a shifted window of the other (0 if none fits).

        A translation beats its neighbours; two unrelated sentences left in the
        same slot by an omission on each side usually do not.
        """
        x, y = self.src.windows[a - 1], self.tgt.windows[b - 1]
        q0, q1 = max(q - reach, 0), min(q + reach + 1, len(y))
        p0, p1 = max(p - reach, 0), min(p + reach + 1, len(x))
        row = y[q0:q1] @ x[p]  # this source window against nearby target windows (q itself included)
        col = x[p0:p1] @ y[q]
        c = float(row[q - q0])
        if len(row) + len(col) <= 2:
            return 0.0
        row[q - q0] = col[p - p0] = -2.0  # below any cosine: the bead itself is not its own rival
        return c - max(float(row.max()), float(col.max()))

    def sim(self, p: int, a: int, q: int, b: int) -> tuple[float, float, float]:
        """(margin similarity as the DP scores it, mean-normalized cosine, log length ratio) of a bead."""
        key = (p, a, q, b)
        hit = self.memo.get(key)
        if hit is not None:
            return hit
        c = self.cos(p, a, q, b)
        ms, mt = float(self.scores.mu_src[a - 1][p]), float(self.scores.mu_tgt[b - 1][q])
        sim = c - self.cfg.margin_weight * (ms + mt) / 2
        ratio, smooth = self.scores.ratio, self.cfg.length_smoothing
        ls = float(self.src_csum[p + a] - self.src_csum[p])
        lt = float(self.tgt_csum[q + b] - self.tgt_csum[q])
        if self.cfg.short_chars:
            shortest = min(ls * math.sqrt(ratio), lt / math.sqrt(ratio))
            w = shortest / (shortest + self.cfg.short_chars)
            sim = w * sim + (1 - w) * self.cfg.short_prior
        ncos = c - float(self.src_mean[a - 1][p] + self.tgt_mean[b - 1][q]) / 2
        out = (sim, ncos, math.log((lt + smooth) / (ratio * ls + smooth)))
        self.memo[key] = out
        return out


def bead_vector(ctx: Context, bead: Bead, near: tuple[int, int, int, int]) -> np.ndarray:
    """Features of one bead; ``near`` = (src lo, src hi, tgt lo, tgt hi) of the region a null sentence may match in."""
    p, a, q, b = bead
    f = np.zeros(len(FEATURES))
    f[FEATURES.index("beads")] = 1.0
    if a and b:
        sim, ncos, z = ctx.sim(p, a, q, b)
        f[0], f[1], f[2] = sim, ncos, min(z * z, 9.0)
        f[3] = float(a + b == 3)
        f[4] = float(a + b >= 4)
        cfg = ctx.cfg
        f[13] = ctx.rank_gap(p, a, q, b)
        f[12] = (1 + cfg.size_weight * (a + b - 2)) * (sim - cfg.threshold) - cfg.length_weight * z * z - cfg.merge_penalty * (a + b - 2)
        c = ctx.cos(p, a, q, b)
        if a + b >= 3:  # how well does each part of the many side match the other side on its own?
            parts = [ctx.sim(p + k, 1, q, b)[0] for k in range(a)] if a > 1 else []
            parts += [ctx.sim(p, a, q + k, 1)[0] for k in range(b)] if b > 1 else []
            f[5] = min(parts)
            f[6] = sim - min(parts)
            raw = [ctx.cos(p + k, 1, q, b) for k in range(a)] if a > 1 else []
            raw += [ctx.cos(p, a, q + k, 1) for k in range(b)] if b > 1 else []
            gain = c - max(raw)
            if a + b == 3:
                f[14], f[16], f[17] = gain, min(gain, 0.0), min(raw)
            else:
                f[15] = gain
        f[18] = sim * f[2]
        for k, knot in enumerate(SIM_KNOTS):
            f[_SIM_H + k] = max(sim - knot, 0.0)
        for k, knot in enumerate(COS_KNOTS):
            f[_COS_H + k] = max(c - knot, 0.0)
        if ctx.src.copied is not None and ctx.tgt.copied is not None:
            xa, ya = copied_sets.window(ctx.src.copied, p, a), copied_sets.window(ctx.tgt.copied, q, b)
            f[_COPIED] = min(copied_sets.matched(xa, ya), 3)
            f[_COPIED + 1] = min(copied_sets.unmatched(xa, ya) + copied_sets.unmatched(ya, xa), 4)
        return f
    f[7] = 1.0
    s0, s1, t0, t1 = near
    if a:  # omission: its best single-sentence similarity with the nearby target sentences
        cands = [ctx.sim(p, 1, j, 1) for j in range(t0, t1)]
        length = ctx.src.lengths[p] * math.sqrt(ctx.scores.ratio)
    else:
        cands = [ctx.sim(i, 1, q, 1) for i in range(s0, s1)]
        length = ctx.tgt.lengths[q] / math.sqrt(ctx.scores.ratio)
    f[8] = max((c[0] for c in cands), default=0.0)
    f[9] = max((c[1] for c in cands), default=0.0)
    f[10] = 1.0 / (1.0 + length / 12.0)
    f[12] = ctx.cfg.null_gain
    for k, knot in enumerate(SIM_KNOTS):
        f[_NULL_H + k] = max(f[8] - knot, 0.0)
    if ctx.src.copied is not None and ctx.tgt.copied is not None:
        own = ctx.src.copied[p] if a else ctx.tgt.copied[q]
        near_side = copied_sets.window(ctx.tgt.copied, t0, t1 - t0) if a else copied_sets.window(ctx.src.copied, s0, s1 - s0)
        f[_COPIED + 2] = min(len(own.strong & near_side.all), 3)
        f[_COPIED + 3] = min(copied_sets.unmatched(own, near_side), 3)
    return f


def segmentations(n_src: int, n_tgt: int) -> list[list[tuple[int, int, int, int]]]:
    """Every monotone cut of an n_src x n_tgt block into :data:`BLOCK_TYPES` beads, relative offsets (p, a, q, b).

    Adjacent 1-0 / 0-1 beads in either order are the same alignment: one is kept.
    """
    return _segmentations(n_src, n_tgt)


@lru_cache(maxsize=256)
def _segmentations(n_src: int, n_tgt: int) -> list[list[tuple[int, int, int, int]]]:
    out: list[list[tuple[int, int, int, int]]] = []
    seen: set[frozenset[tuple[tuple[int, ...], tuple[int, ...]]]] = set()

    def walk(i: int, j: int, acc: list[tuple[int, int, int, int]]) -> None:
        if i == n_src and j == n_tgt:
            key = frozenset((tuple(range(p, p + a)), tuple(range(q, q + b))) for p, a, q, b in acc)
            if key not in seen:
                seen.add(key)
                out.append(list(acc))
            return
        for a, b in BLOCK_TYPES:
            if i + a <= n_src and j + b <= n_tgt:
                acc.append((i, a, j, b))
                walk(i + a, j + b, acc)
                acc.pop()

    walk(0, 0, [])
    return out


def blocks(beads: list[tuple[list[int], list[int]]], sims: list[float] | None = None, weak: float = -1e9) -> list[tuple[int, int]]:
    """Bead index ranges [k0, k1) to re-decide, overlapping ones joined, long runs cut into pieces.

    Each merge (2-1 up to 3-1) or null bead with its neighbours, and each 1-1
    bead whose similarity (``sims``) is below ``weak``: an omission on both
    sides at the same place leaves two unrelated sentences that the DP pairs.
    A run of joined blocks with more than :data:`MAX_BLOCK` sentences (up to
    :data:`MAX_RUN`, and mostly well matched) is cut at bead boundaries into
    consecutive pieces of at most that many: the omissions of a perturbed
    document cluster, and dropping such a run whole left half of them to the
    DP alone.
    """
    spans: list[tuple[int, int]] = []
    for k, (s, t) in enumerate(beads):
        a, b = len(s), len(t)
        if (a == 0 or b == 0) or a + b >= 3 or (sims is not None and a == b == 1 and sims[k] < weak):
            k0, k1 = max(k - 1, 0), min(k + 2, len(beads))
            if spans and k0 < spans[-1][1]:
                spans[-1] = (spans[-1][0], k1)
            else:
                spans.append((k0, k1))
    out = []
    for k0, k1 in spans:
        size = sum(len(s) + len(t) for s, t in beads[k0:k1])
        if size > MAX_BLOCK and (size > MAX_RUN or not _mostly_matched(beads, sims, RUN_MEDIAN_SIM, k0, k1)):
            continue
        for c0, c1 in _pieces(beads, k0, k1):
            if not any(len(s) > 3 or len(t) > 3 for s, t in beads[c0:c1]):
                out.append((c0, c1))
    return out


def _mostly_matched(beads: list[tuple[list[int], list[int]]], sims: list[float] | None, floor: float, k0: int, k1: int) -> bool:
    """Whether the median similarity of the run's 1-1 beads is at least ``floor`` (no similarities given: any 1-1 bead).

    Omissions clustered in a translated stretch leave good 1-1 beads between
    them, and cutting the run into pieces finds them (dev: 157 of the 197 gold
    nulls in runs of 9-48 sentences sit in runs with median >= 0.12). A run
    whose pairs mostly match badly is no local problem the block scorer can
    settle, and re-deciding it costs time linear in its length: on the
    synthetic 20k x 19k timing input (noisy vectors) a floor of 0.1 doubled
    the pass's time, 0.12 adds 4% of its blocks.
    """
    ones = [sims[k] if sims is not None else 0.0 for k in range(k0, k1) if len(beads[k][0]) == len(beads[k][1]) == 1]
    return bool(ones) and (sims is None or float(np.median(ones)) >= floor)


def _pieces(beads: list[tuple[list[int], list[int]]], k0: int, k1: int) -> list[tuple[int, int]]:
    """Consecutive bead ranges covering [k0, k1): the run itself if it has at most :data:`MAX_BLOCK` sentences, else
    pieces of at most :data:`MAX_PIECE` sentences (or one bead)."""
    if sum(len(s) + len(t) for s, t in beads[k0:k1]) <= MAX_BLOCK:
        return [(k0, k1)]
    out, start, size = [], k0, 0
    for k in range(k0, k1):
        n = len(beads[k][0]) + len(beads[k][1])
        if size + n > MAX_PIECE and k > start:
            out.append((start, k))
            start, size = k, 0
        size += n
    out.append((start, k1))
    return out


def block_options(ctx: Context, src_ids: list[int], tgt_ids: list[int]) -> tuple[list[list[Bead]], np.ndarray]:
    """All segmentations of a block as absolute beads, and their summed feature vectors (options x features)."""
    s0 = src_ids[0] if src_ids else None
    t0 = tgt_ids[0] if tgt_ids else None
    near = (max((s0 if s0 is not None else 0) - 1, 0), min((src_ids[-1] + 2) if src_ids else 0, ctx.src.n),
            max((t0 if t0 is not None else 0) - 1, 0), min((tgt_ids[-1] + 2) if tgt_ids else 0, ctx.tgt.n))
    if not src_ids:
        near = (near[0], near[0], near[2], near[3])
    if not tgt_ids:
        near = (near[0], near[1], near[2], near[2])
    distinct, incidence, segs = _block_layout(len(src_ids), len(tgt_ids))
    so, to = s0 or 0, t0 or 0
    vectors = np.array([bead_vector(ctx, (so + p, a, to + q, b), near) for p, a, q, b in distinct]).reshape(len(distinct), len(FEATURES))
    opts = [[(so + p, a, to + q, b) for p, a, q, b in seg] for seg in segs]
    return opts, incidence @ vectors


@lru_cache(maxsize=256)
def _block_layout(n_src: int, n_tgt: int) -> tuple[list[Bead], np.ndarray, list[list[Bead]]]:
    """Distinct relative beads of all segmentations, the option x bead incidence matrix, and the segmentations."""
    segs = segmentations(n_src, n_tgt)
    index: dict[Bead, int] = {}
    rows = [[index.setdefault(bd, len(index)) for bd in seg] for seg in segs]
    incidence = np.zeros((len(segs), len(index)))
    for o, row in enumerate(rows):
        incidence[o, row] = 1.0
    return list(index), incidence, segs


@lru_cache(maxsize=4)
def load_weights(path: str = str(REFINE_FILE)) -> np.ndarray | None:
    """Fitted weights in :data:`FEATURES` order, or ``None`` (refinement off) if the file is missing."""
    return load_vector(path, FEATURES, "weights")


def refine(ctx: Context, beads: list[tuple[list[int], list[int]]], weights: np.ndarray,
           sims: list[float] | None = None) -> list[tuple[list[int], list[int], float | None]]:
    """The beads with every block replaced by its best-scoring segmentation.

    Returns (src, tgt, margin) triples: margin = how much the chosen segmentation
    beat the runner-up (``None`` for beads outside any block, which keep the DP's own margin).
    """
    out: list[tuple[list[int], list[int], float | None]] = []
    k = 0
    for k0, k1 in blocks(beads, sims, ctx.cfg.refine_weak):
        out.extend((s, t, None) for s, t in beads[k:k0])
        src_ids = [i for s, _ in beads[k0:k1] for i in s]
        tgt_ids = [j for _, t in beads[k0:k1] for j in t]
        opts, feats = block_options(ctx, src_ids, tgt_ids)
        logits = feats @ weights
        order = np.argsort(-logits)
        margin = float(logits[order[0]] - logits[order[1]]) if len(order) > 1 else 10.0
        for p, a, q, b in opts[int(order[0])]:
            out.append((list(range(p, p + a)), list(range(q, q + b)), margin))
        k = k1
    out.extend((s, t, None) for s, t in beads[k:])
    return out
