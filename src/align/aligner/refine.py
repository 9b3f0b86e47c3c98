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
from align.aligner import lexical
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
    # dictionary evidence (lexical.py): the share of the bead's English words the Japanese glosses and the reverse,
    # whether there was none to read, a lone sentence's best mean coverage with a sentence near it, and for a merge
    # the worst coverage of one part of its many side by the other side (an omission glued to a neighbour has ~0)
    "lex_en", "lex_ja", "lex_none", "null_lex_best", "lex_part_min",
)
_COPIED = FEATURES.index("copied_match")
_LEX = FEATURES.index("lex_en")
_SIM_H, _NULL_H, _COS_H = (FEATURES.index(f"{name}_over_{knots[0]}") for name, knots in
                            (("sim", SIM_KNOTS), ("null_best", SIM_KNOTS), ("cos", COS_KNOTS)))

Bead = tuple[int, int, int, int]  # (src start, a, tgt start, b)
#: a block's segmentations (relative beads), its first source and target sentence, and the options' summed features
BlockFeatures = tuple[list[list[Bead]], tuple[int, int], np.ndarray]
#: bead pairs whose vectors are gathered at once when computing cosines (bounds the memory of the gather)
_CHUNK = 4096


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
    copied_windows: dict[tuple[bool, int, int], copied_sets.Copied]  # (source side?, start, size): blocks share windows
    lex_pairs: dict[tuple[int, int, int, int], tuple[float, float]]  # (p, a, q, b) -> dictionary coverage; blocks share beads

    @classmethod
    def build(cls, src: Side, tgt: Side, scores: BandScores, cfg: AlignerConfig) -> Context:
        """Vecalign-style normalizers: a sentence's mean cosine with the other document says how 'generic' it is."""
        ys, xs = tgt.windows[0], src.windows[0]
        src_mean = [w @ ys.mean(axis=0) if len(w) else np.zeros(0) for w in src.windows]
        tgt_mean = [w @ xs.mean(axis=0) if len(w) else np.zeros(0) for w in tgt.windows]
        src_csum = np.concatenate([[0.0], np.cumsum(src.lengths, dtype=np.float64)])
        tgt_csum = np.concatenate([[0.0], np.cumsum(tgt.lengths, dtype=np.float64)])
        return cls(src, tgt, scores, cfg, src_mean, tgt_mean, src_csum, tgt_csum, {}, {})

    def cosines(self, p: np.ndarray, a: np.ndarray, q: np.ndarray, b: np.ndarray) -> np.ndarray:
        """Cosine of each source window (p, a) with its target window (q, b).

        Neighbouring beads ask for the same pairs (a merge's parts, rank rivals),
        so each distinct pair is computed once, in chunks: gathering every
        requested pair's vectors at once took 300 MB on a 20k-sentence document.
        """
        sizes = max(len(self.src.windows), len(self.tgt.windows)) + 1  # window sizes are 1 .. len(windows)
        key = ((p * sizes + a) * (self.tgt.n + 1) + q) * sizes + b
        _, first, inverse = np.unique(key, return_index=True, return_inverse=True)
        p, a, q, b = p[first], a[first], q[first], b[first]
        out = np.empty(len(p))
        for size in np.unique(a):
            for tsize in np.unique(b[a == size]):
                rows = np.flatnonzero((a == size) & (b == tsize))
                x, y = self.src.windows[size - 1], self.tgt.windows[tsize - 1]
                for c0 in range(0, len(rows), _CHUNK):
                    chunk = rows[c0 : c0 + _CHUNK]
                    out[chunk] = np.einsum("ij,ij->i", x[p[chunk]], y[q[chunk]])
        return out[inverse.reshape(-1)]

    def sims(self, p: np.ndarray, a: np.ndarray, q: np.ndarray, b: np.ndarray) -> tuple[np.ndarray, ...]:
        """(margin similarity as the DP scores it, mean-normalized cosine, log length ratio, raw cosine) of each bead."""
        c = self.cosines(p, a, q, b)
        ms, mt = _gather(self.scores.mu_src, a, p), _gather(self.scores.mu_tgt, b, q)
        sim = c - self.cfg.margin_weight * (ms + mt) / 2
        ratio, smooth = self.scores.ratio, self.cfg.length_smoothing
        ls = self.src_csum[p + a] - self.src_csum[p]
        lt = self.tgt_csum[q + b] - self.tgt_csum[q]
        if self.cfg.short_chars:
            shortest = np.minimum(ls * math.sqrt(ratio), lt / math.sqrt(ratio))
            w = shortest / (shortest + self.cfg.short_chars)
            sim = w * sim + (1 - w) * self.cfg.short_prior
        ncos = c - (_gather(self.src_mean, a, p) + _gather(self.tgt_mean, b, q)) / 2
        return sim, ncos, np.log((lt + smooth) / (ratio * ls + smooth)), c

    def sim(self, p: int, a: int, q: int, b: int) -> tuple[float, float, float]:
        """:meth:`sims` of one bead, without the cosine."""
        sim, ncos, z, _ = self.sims(*(np.array([v]) for v in (p, a, q, b)))
        return float(sim[0]), float(ncos[0]), float(z[0])

    def cos(self, p: int, a: int, q: int, b: int) -> float:
        """Cosine of source window (p, a) with target window (q, b)."""
        return float(self.cosines(*(np.array([v]) for v in (p, a, q, b)))[0])

    def rank_gaps(self, p: np.ndarray, a: np.ndarray, q: np.ndarray, b: np.ndarray, c: np.ndarray, reach: int = 2) -> np.ndarray:
        """Each bead's cosine ``c`` minus the best cosine of either side with a shifted window of the other (0 if none fits).

        A translation beats its neighbours; two unrelated sentences left in the
        same slot by an omission on each side usually do not.
        """
        n_src = np.array([len(w) for w in self.src.windows])[a - 1]
        n_tgt = np.array([len(w) for w in self.tgt.windows])[b - 1]
        best = np.full(len(p), -np.inf)
        for d in (*range(-reach, 0), *range(1, reach + 1)):
            for pp, qq, ok in ((p, q + d, (q + d >= 0) & (q + d < n_tgt)), (p + d, q, (p + d >= 0) & (p + d < n_src))):
                if ok.any():
                    rival = self.cosines(pp[ok], a[ok], qq[ok], b[ok])
                    best[ok] = np.maximum(best[ok], rival)
        return np.where(np.isfinite(best), c - best, 0.0)

    @property
    def has_lexicon(self) -> bool:
        """Whether both sides carry dictionary evidence (an en-ja pair)."""
        return self.src.lexical is not None and self.tgt.lexical is not None and self.src.lexical.lang != self.tgt.lexical.lang

    def lex_coverage(self, p: int, a: int, q: int, b: int) -> tuple[float, float]:
        """(English, Japanese) dictionary coverage of the bead (p, a, q, b) (cached: neighbouring blocks and the null
        features read the same pairs); only for a pair with :attr:`has_lexicon`."""
        key = (p, a, q, b)
        hit = self.lex_pairs.get(key)
        if hit is None:
            hit = self.lex_pairs[key] = lexical.bead_coverage(self.src.lexical, p, a, self.tgt.lexical, q, b)  # type: ignore[arg-type]
        return hit

    def copied_window(self, source: bool, start: int, size: int) -> copied_sets.Copied:
        """Copied strings of a window of one side (cached: neighbouring beads and blocks read the same windows)."""
        key = (source, start, size)
        hit = self.copied_windows.get(key)
        if hit is None:
            side = self.src.copied if source else self.tgt.copied
            hit = self.copied_windows[key] = copied_sets.window(side, start, size)
        return hit


def _gather(per_size: list[np.ndarray], size: np.ndarray, start: np.ndarray) -> np.ndarray:
    """``per_size[size - 1][start]`` for every (size, start) pair."""
    out = np.empty(len(start))
    for k in np.unique(size):
        rows = size == k
        out[rows] = per_size[k - 1][start[rows]]
    return out


def bead_matrix(ctx: Context, beads: np.ndarray, near: np.ndarray) -> np.ndarray:
    """Features of beads (rows of (p, a, q, b)); ``near`` rows = (src lo, src hi, tgt lo, tgt hi) where a null sentence may match.

    Vectorized over the beads of every block of a document at once: the
    second pass scores tens of thousands of candidate beads on a long
    document, and a Python loop per bead was 40% of the aligner's time.
    """
    f = np.zeros((len(beads), len(FEATURES)))  # every row is filled whole by one of the two kinds below
    pair = (beads[:, 1] > 0) & (beads[:, 3] > 0)
    if pair.any():
        f[pair] = _pair_features(ctx, beads[pair])
    if (~pair).any():
        f[~pair] = _null_features(ctx, beads[~pair], near[~pair])
    return f


def _pair_features(ctx: Context, beads: np.ndarray) -> np.ndarray:
    """Features of beads with sentences on both sides."""
    p, a, q, b = beads.T
    f = np.zeros((len(beads), len(FEATURES)))
    f[:, FEATURES.index("beads")] = 1.0
    sim, ncos, z, c = ctx.sims(p, a, q, b)
    f[:, 0], f[:, 1], f[:, 2] = sim, ncos, np.minimum(z * z, 9.0)
    f[:, 3] = a + b == 3
    f[:, 4] = a + b >= 4
    cfg = ctx.cfg
    f[:, 13] = ctx.rank_gaps(p, a, q, b, c)
    f[:, 12] = (1 + cfg.size_weight * (a + b - 2)) * (sim - cfg.threshold) - cfg.length_weight * z * z - cfg.merge_penalty * (a + b - 2)
    merge = np.flatnonzero(a + b >= 3)
    if len(merge):  # how well does each part of the many side match the other side on its own?
        part_sim = np.full((len(merge), 3), np.inf)
        part_cos = np.full((len(merge), 3), -np.inf)
        pm, am, qm, bm = p[merge], a[merge], q[merge], b[merge]
        one = np.ones_like(pm)
        for k in range(3):
            # part k of the source side (when it has several sentences), then part k of the target side
            for rows, args in ((am > max(k, 1), (pm + k, one, qm, bm)), (bm > max(k, 1), (pm, am, qm + k, one))):
                if rows.any():
                    s_k, _, _, c_k = ctx.sims(*(v[rows] for v in args))
                    part_sim[rows, k] = np.minimum(part_sim[rows, k], s_k)
                    part_cos[rows, k] = np.maximum(part_cos[rows, k], c_k)
        low = part_sim.min(axis=1)
        f[merge, 5] = low
        f[merge, 6] = sim[merge] - low
        best = part_cos.max(axis=1)
        gain = c[merge] - best
        three = am + bm == 3
        f[merge[three], 14] = gain[three]
        f[merge[three], 16] = np.minimum(gain[three], 0.0)
        f[merge[three], 17] = np.where(np.isfinite(part_cos[three]), part_cos[three], np.inf).min(axis=1)
        f[merge[~three], 15] = gain[~three]
    f[:, 18] = sim * f[:, 2]
    for k, knot in enumerate(SIM_KNOTS):
        f[:, _SIM_H + k] = np.maximum(sim - knot, 0.0)
    for k, knot in enumerate(COS_KNOTS):
        f[:, _COS_H + k] = np.maximum(c - knot, 0.0)
    if ctx.src.copied is not None and ctx.tgt.copied is not None:
        for r, (pp, aa, qq, bb) in enumerate(beads.tolist()):
            xa, ya = ctx.copied_window(True, pp, aa), ctx.copied_window(False, qq, bb)
            f[r, _COPIED] = min(copied_sets.matched(xa, ya), 3)
            f[r, _COPIED + 1] = min(copied_sets.unmatched(xa, ya) + copied_sets.unmatched(ya, xa), 4)
    if ctx.has_lexicon:
        for r, (pp, aa, qq, bb) in enumerate(beads.tolist()):
            en_cov, ja_cov = ctx.lex_coverage(pp, aa, qq, bb)
            f[r, _LEX] = 0.0 if math.isnan(en_cov) else en_cov
            f[r, _LEX + 1] = 0.0 if math.isnan(ja_cov) else ja_cov
            f[r, _LEX + 2] = math.isnan(en_cov) or math.isnan(ja_cov)
            if aa + bb >= 3:
                f[r, _LEX + 4] = _lex_part_min(ctx, pp, aa, qq, bb)
    return f


def _lex_part_min(ctx: Context, p: int, a: int, q: int, b: int) -> float:
    """Lowest coverage of one sentence of a merge's many side, read against the whole other side (0 if none is known).

    The part is measured on its own words: English coverage when the many side
    is English, Japanese coverage when it is Japanese.
    """
    src_lex = ctx.src.lexical
    assert src_lex is not None
    # (bead of one part with the whole other side, whether the part is a source sentence)
    parts = [((p + k, 1, q, b), True) for k in range(a) if a > 1] + [((p, a, q + k, 1), False) for k in range(b) if b > 1]
    covs = []
    for bead, source_part in parts:
        en_cov, ja_cov = ctx.lex_coverage(*bead)
        own = en_cov if source_part == (src_lex.lang == "en") else ja_cov  # the coverage of the part's own words
        if not math.isnan(own):
            covs.append(own)
    return min(covs) if covs else 0.0


def _null_features(ctx: Context, beads: np.ndarray, near: np.ndarray) -> np.ndarray:
    """Features of omission (1-0) and addition (0-1) beads: how well the lone sentence matches anything near it."""
    f = np.zeros((len(beads), len(FEATURES)))
    f[:, FEATURES.index("beads")] = 1.0
    f[:, 7] = 1.0
    s0, s1, t0, t1 = near.T
    p, a, q, _ = beads.T
    omission = a > 0
    # every (bead, nearby sentence of the other side) pair, scored at once; the best per bead is its feature
    others = np.where(omission, t1 - t0, s1 - s0)
    rows = np.repeat(np.arange(len(beads)), others)
    offset = np.arange(len(rows)) - np.repeat(np.cumsum(others) - others, others)
    om = omission[rows]
    one = np.ones(len(rows), dtype=beads.dtype)
    cp = np.where(om, p[rows], s0[rows] + offset)
    cq = np.where(om, t0[rows] + offset, q[rows])
    best_sim = np.full(len(beads), -np.inf)
    best_ncos = np.full(len(beads), -np.inf)
    if len(rows):
        sim, ncos, _, _ = ctx.sims(cp, one, cq, one)
        np.maximum.at(best_sim, rows, sim)
        np.maximum.at(best_ncos, rows, ncos)
    f[:, 8] = np.where(others > 0, best_sim, 0.0)
    f[:, 9] = np.where(others > 0, best_ncos, 0.0)
    root = math.sqrt(ctx.scores.ratio)
    length = np.where(omission, ctx.src.lengths[np.where(omission, p, 0)] * root, ctx.tgt.lengths[np.where(omission, 0, q)] / root)
    f[:, 10] = 1.0 / (1.0 + length / 12.0)
    f[:, 12] = ctx.cfg.null_gain
    for k, knot in enumerate(SIM_KNOTS):
        f[:, _NULL_H + k] = np.maximum(f[:, 8] - knot, 0.0)
    if ctx.src.copied is not None and ctx.tgt.copied is not None:
        for r, ((pp, aa, qq, _), (ns0, ns1, nt0, nt1)) in enumerate(zip(beads.tolist(), near.tolist(), strict=True)):
            own = ctx.src.copied[pp] if aa else ctx.tgt.copied[qq]
            near_side = ctx.copied_window(False, nt0, nt1 - nt0) if aa else ctx.copied_window(True, ns0, ns1 - ns0)
            f[r, _COPIED + 2] = min(len(own.strong & near_side.all), 3)
            f[r, _COPIED + 3] = min(copied_sets.unmatched(own, near_side), 3)
    if ctx.has_lexicon:
        for r, ((pp, aa, qq, _), (ns0, ns1, nt0, nt1)) in enumerate(zip(beads.tolist(), near.tolist(), strict=True)):
            near_pairs = ((pp, 1, t, 1) for t in range(nt0, nt1)) if aa else ((s_, 1, qq, 1) for s_ in range(ns0, ns1))
            covs = [lexical.mean_coverage(ctx.lex_coverage(*b)) for b in near_pairs]
            known = [c for c in covs if not math.isnan(c)]
            f[r, _LEX + 3] = max(known) if known else 0.0
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
    segs, (so, to), feats = _blocks_features(ctx, [(src_ids, tgt_ids)])[0]
    return [[(so + p, a, to + q, b) for p, a, q, b in seg] for seg in segs], feats


def _blocks_features(ctx: Context, blocks_ids: list[tuple[list[int], list[int]]]) -> list[BlockFeatures]:
    """Per block: its segmentations (relative beads), its first source and target sentence, the options' summed features.

    The beads of all blocks are featurized in one vectorized call; segmentations
    stay relative because only the winning one is ever made absolute.
    """
    starts, beads, near = [], [], []
    for src_ids, tgt_ids in blocks_ids:
        distinct = _block_layout(len(src_ids), len(tgt_ids))[0]
        so, to = (src_ids[0] if src_ids else 0), (tgt_ids[0] if tgt_ids else 0)
        starts.append((so, to))
        beads.append(np.array(distinct, dtype=np.int64).reshape(-1, 4) + np.array([so, 0, to, 0]))
        near.append(np.tile(_near(ctx, src_ids, tgt_ids), (len(distinct), 1)))
    if not beads:
        return []
    vectors = bead_matrix(ctx, np.concatenate(beads), np.concatenate(near))
    out, row = [], 0
    for (src_ids, tgt_ids), start, rows in zip(blocks_ids, starts, beads, strict=True):
        _, incidence, segs = _block_layout(len(src_ids), len(tgt_ids))
        out.append((segs, start, incidence @ vectors[row : row + len(rows)]))
        row += len(rows)
    return out


def _near(ctx: Context, src_ids: list[int], tgt_ids: list[int]) -> tuple[int, int, int, int]:
    """(src lo, src hi, tgt lo, tgt hi): where a null sentence of the block may find its match, one sentence beyond the block.

    A side with no sentences in the block gets an empty range.
    """
    s0, s1 = (max(src_ids[0] - 1, 0), min(src_ids[-1] + 2, ctx.src.n)) if src_ids else (0, 0)
    t0, t1 = (max(tgt_ids[0] - 1, 0), min(tgt_ids[-1] + 2, ctx.tgt.n)) if tgt_ids else (0, 0)
    return s0, s1, t0, t1


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
    spans = blocks(beads, sims, ctx.cfg.refine_weak)
    ids = [([i for s, _ in beads[k0:k1] for i in s], [j for _, t in beads[k0:k1] for j in t]) for k0, k1 in spans]
    for (k0, k1), (segs, (so, to), feats) in zip(spans, _blocks_features(ctx, ids), strict=True):
        out.extend((s, t, None) for s, t in beads[k:k0])
        logits = feats @ weights
        order = np.argsort(-logits)
        margin = float(logits[order[0]] - logits[order[1]]) if len(order) > 1 else 10.0
        for p, a, q, b in segs[int(order[0])]:
            out.append((list(range(so + p, so + p + a)), list(range(to + q, to + q + b)), margin))
        k = k1
    out.extend((s, t, None) for s, t in beads[k:])
    return out
