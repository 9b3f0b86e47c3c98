"""Whole-sentence omissions and additions: beads with nothing on one side.

The aligner leaves a source sentence without a counterpart (1-0 bead) when
the translation skipped it, and a target sentence alone (0-1) when the
translator added one; both are what a reviewer most needs to see.
"""

from __future__ import annotations

from collections.abc import Iterator

from align.model import Document
from align.qa.base import CheckContext, Finding, bead_span, finding, register_check

#: Paragraph kinds that are metadata, not translated text: a byline or the
#: English tail of a Japanese article left without a counterpart is layout, not an error.
METADATA_KINDS = frozenset({"source", "dateline", "byline", "foreign"})


def _metadata(doc: Document, ids: list[int]) -> bool:
    return bool(doc.paragraphs) and all(doc.paragraphs[doc.sentences[s].paragraph].kind in METADATA_KINDS for s in ids)


@register_check("omission", "accuracy/omission", "major", bilingual=True)
def check_omission(ctx: CheckContext) -> Iterator[Finding]:
    """A source sentence with no counterpart in the translation (1-0 bead)."""
    assert ctx.bitext is not None
    src = ctx.bitext.src
    for i, bead in enumerate(ctx.bitext.beads):
        if bead.src and not bead.tgt:
            if _metadata(src, bead.src):
                continue
            n = sum(src.sentences[s].end - src.sentences[s].start for s in bead.src)
            yield finding(
                "omission",
                f"source sentence not translated ({n} characters)",
                src_spans=bead_span(src, bead.src),
                bead=i,
                details={"confidence": bead.confidence},
            )


@register_check("addition", "accuracy/addition", "minor", bilingual=True)
def check_addition(ctx: CheckContext) -> Iterator[Finding]:
    """A translated sentence with no counterpart in the source (0-1 bead)."""
    assert ctx.bitext is not None
    tgt = ctx.bitext.tgt
    for i, bead in enumerate(ctx.bitext.beads):
        if bead.tgt and not bead.src and not _metadata(tgt, bead.tgt):
            # translators add explanatory sentences (訳注) on purpose: minor, the reviewer decides
            yield finding(
                "addition",
                "sentence in the translation has no counterpart in the source",
                tgt_spans=bead_span(tgt, bead.tgt),
                bead=i,
                details={"confidence": bead.confidence},
            )
