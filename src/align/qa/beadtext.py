"""Per-bead texts and similarity shared by the bilingual checks (computed once per run)."""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np

from align.model import Bitext
from align.qa.base import CheckContext


def bead_texts(bitext: Bitext, index: int) -> tuple[str, str]:
    """Source and target text of bead ``index`` (sentences joined by a space)."""
    bead = bitext.beads[index]
    return (" ".join(bitext.src.sentence_text(i) for i in bead.src), " ".join(bitext.tgt.sentence_text(i) for i in bead.tgt))


def small_en_ja_beads(bitext: Bitext, max_sentences: int) -> Iterator[tuple[int, str, str]]:
    """``(bead index, English text, Japanese text)`` of each en↔ja bead with at most ``max_sentences`` per side.

    For the checks that compare markers sentence by sentence (negation,
    hedges): larger beads are restructured too freely, and the language
    pair decides which side is which, not the source/target direction.
    """
    if {bitext.src.lang, bitext.tgt.lang} != {"en", "ja"}:
        return
    for i, bead in enumerate(bitext.beads):
        if bead.src and bead.tgt and len(bead.src) <= max_sentences and len(bead.tgt) <= max_sentences:
            src, tgt = bead_texts(bitext, i)
            yield (i, src, tgt) if bitext.src.lang == "en" else (i, tgt, src)


def bead_cosines(ctx: CheckContext) -> np.ndarray:
    """Cross-lingual cosine of every bead (NaN for null beads), cached in ``ctx``."""
    if "bead_cos" not in ctx.cache:
        from align.qa.embedding import cosine_pairs

        assert ctx.bitext is not None
        full = [i for i, b in enumerate(ctx.bitext.beads) if b.src and b.tgt]
        pairs = [bead_texts(ctx.bitext, i) for i in full]
        cos = np.full(len(ctx.bitext.beads), np.nan, dtype=np.float32)
        if full:
            cos[full] = cosine_pairs([p[0] for p in pairs], [p[1] for p in pairs])
        ctx.cache["bead_cos"] = cos
    return ctx.cache["bead_cos"]
