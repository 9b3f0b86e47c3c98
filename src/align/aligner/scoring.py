"""Bead gains inside a band: cosine, margin normalization, length model, paragraph boundaries.

gain(a-b bead) = (1 + size_weight * (a + b - 2)) * (cos - margin_weight * (mu_src + mu_tgt) / 2 - threshold)
                 - length_weight * log(len_tgt / (ratio * len_src))^2
                 - merge_penalty * (a + b - 2) - paragraph_penalty * boundaries spanned

For short lines the (margin) similarity is shrunk towards ``short_prior``
with weight ``chars / (chars + short_chars)``: a one-word heading or term
gets an embedding that says little, and without the shrinkage such lines
were merged into their neighbours or dropped as omissions.

``mu`` is the mean cosine of a window's k nearest neighbours on the other side
within the band (Artetxe & Schwenk's margin, made local): a generic sentence
that is close to everything no longer wins beads by default. Lengths are in
characters, and ``ratio`` (target chars per source char) is estimated per
document, so ja/en (~0.5) and de/fr (~1.1) need no per-pair constant.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from align.aligner.band import Band
from align.aligner.config import AlignerConfig
from align.aligner.copied import Copied
from align.aligner.lexical import Lexical

_BLOCK = 64  # rows per matmul block: keeps the gathered band small and the BLAS call efficient


@dataclass(slots=True)
class Side:
    """One document as the aligner sees it: window embeddings, lengths, paragraph ids."""

    windows: list[np.ndarray]  # windows[k-1][q] = embedding of units q..q+k-1
    lengths: np.ndarray  # characters per unit
    paragraphs: np.ndarray | None = None  # paragraph id per unit; None = no structure (presegmented)
    copied: list[Copied] | None = None  # copied figures and Latin names per unit (read by the second pass); None = unknown
    lexical: Lexical | None = None  # dictionary evidence per unit (en/ja only, read by the second pass); None = none

    @property
    def n(self) -> int:
        """Number of units."""
        return len(self.lengths)

    def window_lengths(self, k: int) -> np.ndarray:
        """Characters of every window of k units."""
        csum = np.concatenate([[0.0], np.cumsum(self.lengths, dtype=np.float64)])
        return csum[k:] - csum[:-k] if self.n >= k else np.zeros(0)

    def window_boundaries(self, k: int) -> np.ndarray:
        """Paragraph boundaries inside every window of k units (0 without structure)."""
        if self.paragraphs is None or self.n < k:
            return np.zeros(max(self.n - k + 1, 0))
        p = self.paragraphs
        return (p[k - 1 :] - p[: len(p) - k + 1]).astype(np.float64)


def band_cosines(x: np.ndarray, y: np.ndarray, band: Band, a: int, b: int) -> np.ndarray:
    """Cosine of the a-b bead ending at each band cell (NaN where no such bead fits)."""
    n, width = band.n, band.width
    out = np.full((n + 1, width), np.nan, dtype=np.float32)
    cols = np.arange(width)
    for r0 in range(a, n + 1, _BLOCK):
        r1 = min(n + 1, r0 + _BLOCK)
        q0 = max(int(band.lo[r0]) - b, 0)
        q1 = min(int(band.hi[r1 - 1]) - b, len(y))
        if q1 <= q0:
            continue
        block = x[r0 - a : r1 - a] @ y[q0:q1].T
        idx = band.lo[r0:r1, None] + (cols - b - q0)[None, :]
        np.clip(idx, 0, q1 - q0 - 1, out=idx)
        out[r0:r1] = block[np.arange(r1 - r0)[:, None], idx]
    # cells whose bead does not fit (before row a, left of column b, past the row's span or the target's end): one pass
    j = band.lo[:, None] + cols[None, :] - b
    bad = (j < 0) | (j >= len(y)) | (cols[None, :] >= (band.hi - band.lo)[:, None])
    bad[:a] = True
    out[bad] = np.nan
    return out


def _topk_mean(matrix: np.ndarray, k: int) -> np.ndarray:
    """Mean of the k largest finite values per row (0 for rows without any)."""
    if matrix.shape[1] == 0:
        return np.zeros(matrix.shape[0])
    k = min(k, matrix.shape[1])
    filled = np.where(np.isfinite(matrix), matrix, -np.inf)
    top = -np.partition(-filled, k - 1, axis=1)[:, :k]
    finite = np.isfinite(top)
    count = finite.sum(axis=1)
    total = np.where(finite, top, 0.0).sum(axis=1)
    return np.where(count > 0, total / np.maximum(count, 1), 0.0)


def source_margins(cos: np.ndarray, a: int, n_windows: int, k: int) -> np.ndarray:
    """mu for source windows of size a, from the a-1 cosines (row i holds window i-a)."""
    mu = np.zeros(n_windows)
    rows = _topk_mean(cos[a:], k)
    mu[: len(rows)] = rows[:n_windows]
    return mu


def target_margins(cos: np.ndarray, band: Band, b: int, n_windows: int, k: int) -> np.ndarray:
    """mu for target windows of size b, from the column view of the 1-b cosines."""
    if n_windows <= 0:
        return np.zeros(0)
    ii, cc = np.nonzero(np.isfinite(cos))
    q = band.lo[ii] + cc - b
    keep = (q >= 0) & (q < n_windows)
    ii, cc, q = ii[keep], cc[keep], q[keep]
    if len(q) == 0:
        return np.zeros(n_windows)
    first = np.full(n_windows, np.iinfo(np.int64).max)
    np.minimum.at(first, q, ii)
    offset = ii - first[q]
    table = np.full((n_windows, int(offset.max()) + 1), -np.inf, dtype=np.float32)
    table[q, offset] = cos[ii, cc]
    return _topk_mean(table, k)


@dataclass(slots=True)
class BandScores:
    """Gains per bead type plus the pieces the confidence model reads."""

    gains: dict[tuple[int, int], np.ndarray]
    cosines: dict[tuple[int, int], np.ndarray]
    sims: dict[tuple[int, int], np.ndarray]
    length_z: dict[tuple[int, int], np.ndarray]
    mu_src: list[np.ndarray]
    mu_tgt: list[np.ndarray]
    add_gain: np.ndarray
    ratio: float


def length_ratio(src: Side, tgt: Side) -> float:
    """Target characters per source character for this document pair (1.0 if either side is empty)."""
    s, t = float(src.lengths.sum()), float(tgt.lengths.sum())
    return t / s if s > 0 and t > 0 else 1.0


def score_band(src: Side, tgt: Side, band: Band, types: list[tuple[int, int]], cfg: AlignerConfig) -> BandScores:
    """Gains of every bead type at every band cell."""
    n, width = band.n, band.width
    kmax = max(max(a for a, _ in types), max(b for _, b in types))
    cosines: dict[tuple[int, int], np.ndarray] = {}
    pairs = {t for t in types if t[0] and t[1]} | {(k, 1) for k in range(1, kmax + 1)} | {(1, k) for k in range(1, kmax + 1)}
    for a, b in sorted(pairs):
        if a <= len(src.windows) and b <= len(tgt.windows) and a <= src.n and b <= tgt.n:
            cosines[(a, b)] = band_cosines(src.windows[a - 1], tgt.windows[b - 1], band, a, b)
    mu_src = [source_margins(cosines[(a, 1)], a, max(src.n - a + 1, 0), cfg.margin_k) if (a, 1) in cosines
              else np.zeros(max(src.n - a + 1, 0)) for a in range(1, kmax + 1)]
    mu_tgt = [target_margins(cosines[(1, b)], band, b, max(tgt.n - b + 1, 0), cfg.margin_k) if (1, b) in cosines
              else np.zeros(max(tgt.n - b + 1, 0)) for b in range(1, kmax + 1)]
    ratio = length_ratio(src, tgt)
    cols = np.arange(width)
    ii = np.arange(n + 1)[:, None]
    jj = band.lo[:, None] + cols[None, :]
    gains: dict[tuple[int, int], np.ndarray] = {}
    sims: dict[tuple[int, int], np.ndarray] = {}
    length_z: dict[tuple[int, int], np.ndarray] = {}
    smooth = cfg.length_smoothing
    for a, b in types:
        if a == 0:
            continue
        if b == 0:
            gains[(a, b)] = np.full((n + 1, width), cfg.null_gain * a)
            continue
        if a > src.n or b > tgt.n:  # a window that does not fit in a short document
            gains[(a, b)] = np.full((n + 1, width), -1e30)
            sims[(a, b)] = length_z[(a, b)] = np.zeros((n + 1, width))
            continue
        p = np.clip(ii - a, 0, None)
        q = np.clip(jj - b, 0, max(tgt.n - b, 0))
        cos = cosines[(a, b)]
        ms = mu_src[a - 1][np.minimum(p, len(mu_src[a - 1]) - 1)] if len(mu_src[a - 1]) else 0.0
        mt = mu_tgt[b - 1][q] if len(mu_tgt[b - 1]) else 0.0
        ls = src.window_lengths(a)[np.minimum(p, max(len(src.window_lengths(a)) - 1, 0))]
        lt = tgt.window_lengths(b)[q]
        sim = cos - cfg.margin_weight * (ms + mt) / 2
        if cfg.short_chars:
            # a one-word line ("Nukazuke" / 糠漬け) gets an unreliable embedding: pull its similarity towards a prior
            shortest = np.minimum(ls * np.sqrt(ratio), lt / np.sqrt(ratio))  # symmetric in the two languages
            weight = shortest / (shortest + cfg.short_chars)
            sim = weight * sim + (1 - weight) * cfg.short_prior
        z = np.log((lt + smooth) / (ratio * ls + smooth))
        bs = src.window_boundaries(a)[np.minimum(p, max(src.n - a, 0))]
        bt = tgt.window_boundaries(b)[q]
        g = (1 + cfg.size_weight * (a + b - 2)) * (sim - cfg.threshold) - cfg.length_weight * z**2 - cfg.merge_penalty * (a + b - 2) \
            - cfg.paragraph_penalty * (bs + bt)
        gains[(a, b)] = np.where(np.isfinite(g), g, -1e30)
        sims[(a, b)] = sim
        length_z[(a, b)] = z
    add_gain = np.full(band.m + 1, cfg.null_gain)
    return BandScores(gains, cosines, sims, length_z, mu_src, mu_tgt, add_gain, ratio)
