"""Glossary terms: a source term from the user's glossary whose required rendering is missing."""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterator

from align.qa.base import CheckContext, Finding, bead_span, finding, register_check
from align.qa.beadtext import bead_texts


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).lower()


@register_check("glossary", "terminology", "major", bilingual=True)
def check_glossary(ctx: CheckContext) -> Iterator[Finding]:
    """A glossary source term in a bead whose translation uses none of the glossary's target terms."""
    if not ctx.glossary:
        return
    assert ctx.bitext is not None
    bt = ctx.bitext
    targets: dict[str, list[str]] = defaultdict(list)
    for s, t in ctx.glossary:
        targets[s].append(t)
    patterns = {s: re.compile(r"(?<!\w)" + re.escape(_fold(s)) + r"(?!\w)") for s in targets}
    for b, bead in enumerate(bt.beads):
        if not bead.src or not bead.tgt:
            continue
        src, tgt = (_fold(x) for x in bead_texts(bt, b))
        for term, pattern in patterns.items():
            if pattern.search(src) and not any(_fold(t) in tgt for t in targets[term]):
                spans = [
                    [bt.src.sentences[i].start + m.start(), bt.src.sentences[i].start + m.end()]
                    for i in bead.src
                    for m in pattern.finditer(_fold(bt.src.sentence_text(i)))
                ]
                wanted = " / ".join(f"“{t}”" for t in targets[term])
                yield finding(
                    "glossary",
                    f"glossary: “{term}” should be rendered as {wanted}",
                    src_spans=spans,
                    tgt_spans=bead_span(bt.tgt, bead.tgt),
                    bead=b,
                    details={"term": term, "expected": targets[term]},
                )
