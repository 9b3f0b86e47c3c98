"""Untranslated or copied segments: the translation repeats the source, or is not in the target language.

Checked from the translation alone when there is no source (a Japanese body
sentence written in English is suspicious), and against the source bead
when there is one (identical or near-identical text on both sides).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from difflib import SequenceMatcher

from align.qa.base import CheckContext, Finding, bead_span, finding, register_check
from align.qa.beadtext import bead_texts
from align.qa.jatext import body_sentences, is_japanese_text

#: Segments shorter than this are often legitimately the same (names, numbers, titles).
MIN_CHARS = 20
MIN_WORDS = 4
SAME_RATIO = 0.8
METADATA_KINDS = frozenset({"title", "source", "dateline", "byline", "foreign"})


#: Placeholders that both sides carry over verbatim (#URL#, #Product1#, {name}, %s, <b>): they are not text, and a short
#: segment made mostly of them ("【Official】#Product1# (#Product2#)" ↔ "【公式】#Product1#(#Product2#)") looks copied.
PLACEHOLDER = re.compile(r"#[A-Za-z_]+\d*#|\{[A-Za-z_]\w*\}|%\(?\w*\)?[sd]|</?[a-z][^<>]*>")


def _fold(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", PLACEHOLDER.sub(" ", text))).strip().lower()


@register_check("untranslated", "accuracy/untranslated", "major", bilingual=False)
def check_untranslated(ctx: CheckContext) -> Iterator[Finding]:
    """A segment left in the source language or copied from the source."""
    doc = ctx.doc
    if ctx.bitext is None:
        if doc.lang != "ja":
            return
        for i, start, end in body_sentences(doc):
            text = doc.text[start:end]
            kind = doc.paragraphs[doc.sentences[i].paragraph].kind if doc.paragraphs else "body"
            if kind in METADATA_KINDS or len(text) < MIN_CHARS or len(re.findall(r"[A-Za-z]+", text)) < MIN_WORDS:
                continue
            if not is_japanese_text(text):
                yield finding("untranslated", "sentence is not in Japanese: left untranslated?", tgt_spans=[[start, end]])
        return
    bt = ctx.bitext
    for b, bead in enumerate(bt.beads):
        if not bead.src or not bead.tgt:
            continue
        kinds = {bt.tgt.paragraphs[bt.tgt.sentences[s].paragraph].kind for s in bead.tgt} if bt.tgt.paragraphs else {"body"}
        if kinds <= METADATA_KINDS:
            continue
        src, tgt = bead_texts(bt, b)
        if len(PLACEHOLDER.sub("", tgt)) < MIN_CHARS:
            continue
        ratio = SequenceMatcher(None, _fold(src), _fold(tgt), autojunk=False).ratio()
        if ratio >= SAME_RATIO:
            yield finding(
                "untranslated",
                f"translation is a copy of the source ({ratio:.0%} identical)",
                src_spans=bead_span(bt.src, bead.src),
                tgt_spans=bead_span(bt.tgt, bead.tgt),
                bead=b,
                details={"identical": round(ratio, 3)},
            )
        elif bt.tgt.lang == "ja" and not is_japanese_text(tgt) and len(re.findall(r"[A-Za-z]+", tgt)) >= MIN_WORDS:
            yield finding(
                "untranslated",
                "translation is not in Japanese",
                src_spans=bead_span(bt.src, bead.src),
                tgt_spans=bead_span(bt.tgt, bead.tgt),
                bead=b,
                severity="minor",
            )
