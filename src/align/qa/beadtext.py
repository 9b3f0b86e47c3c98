"""Per-bead texts and similarity shared by the bilingual checks (computed once per run)."""

from __future__ import annotations

import numpy as np

from align.model import Bitext
from align.qa.base import CheckContext


def bead_texts(bitext: Bitext, index: int) -> tuple[str, str]:
    """Source and target text of bead ``index`` (sentences joined by a space)."""
    bead = bitext.beads[index]
    return (" ".join(bitext.src.sentence_text(i) for i in bead.src), " ".join(bitext.tgt.sentence_text(i) for i in bead.tgt))


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
