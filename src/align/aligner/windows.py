"""Multi-sentence windows: the texts and lengths that many-to-one beads are scored on.

A 2-1 bead is scored by embedding the two source sentences *as one text*
(Vecalign/Bertalign do the same): averaging two sentence vectors loses the
cross-sentence context a translator's merged sentence carries. Japanese (and
Chinese) sentences are joined without a space, other languages with one.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

#: Languages written without spaces between sentences.
NO_SPACE_LANGS = frozenset({"ja", "zh", "th"})


def joiner(lang: str) -> str:
    """The string placed between sentences of one window."""
    return "" if lang.split("-")[0].lower() in NO_SPACE_LANGS else " "


def window_texts(sentences: Sequence[str], size: int, lang: str) -> list[str]:
    """Texts of all windows of ``size`` consecutive sentences (window q = sentences q..q+size-1)."""
    glue = joiner(lang)
    return [glue.join(sentences[q : q + size]) for q in range(len(sentences) - size + 1)]


def window_lengths(lengths: np.ndarray, size: int) -> np.ndarray:
    """Character lengths of all windows of ``size`` sentences (separators not counted)."""
    if len(lengths) < size:
        return np.zeros(0, dtype=np.float64)
    csum = np.concatenate([[0.0], np.cumsum(lengths, dtype=np.float64)])
    return csum[size:] - csum[:-size]


def all_window_texts(sentences: Sequence[str], max_size: int, lang: str) -> list[list[str]]:
    """``[window_texts(sentences, k, lang) for k in 1..max_size]``."""
    return [window_texts(sentences, k, lang) for k in range(1, max_size + 1)]


def embed_windows(embedder: object, sentences: Sequence[str], max_size: int, lang: str) -> list[np.ndarray]:
    """Embeddings of windows of size 1..max_size, in one encode call so the model batches them together."""
    texts = all_window_texts(sentences, max_size, lang)
    flat = [t for group in texts for t in group]
    matrix = embedder.encode(flat)  # type: ignore[attr-defined]
    out, start = [], 0
    for group in texts:
        out.append(matrix[start : start + len(group)])
        start += len(group)
    return out
