"""Enumeration gaps: "第二に" with no "第一に" before it in the same section.

A translator who drops or rewrites the first item of a list leaves the
reader with "second" and "third" points that have no first; the gap is
visible from the translation alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from align.qa.base import CheckContext, Finding, finding, register_check
from align.qa.jatext import sections

JA_NUMERALS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
JA_ORDINAL_RE = re.compile(r"第([一二三四五六七八九十]|[1-9１-９])に[、,]?")
EN_ORDINALS = {
    "first": 1,
    "firstly": 1,
    "second": 2,
    "secondly": 2,
    "third": 3,
    "thirdly": 3,
    "fourth": 4,
    "fourthly": 4,
    "fifth": 5,
    "fifthly": 5,
}
EN_ORDINAL_RE = re.compile(r"\b(First|Firstly|Second|Secondly|Third|Thirdly|Fourth|Fourthly|Fifth|Fifthly),")


def _rank(token: str) -> int:
    if token in JA_NUMERALS:
        return JA_NUMERALS[token]
    if token.isdigit():
        return int(token.translate(str.maketrans("１２３４５６７８９", "123456789")))
    return EN_ORDINALS[token.lower()]


@register_check("enumeration-gap", "linguistic convention", "minor", bilingual=False)
def check_enumeration(ctx: CheckContext) -> Iterator[Finding]:
    """An ordinal list marker whose predecessor is missing in the same section."""
    doc = ctx.doc
    pattern = JA_ORDINAL_RE if doc.lang == "ja" else EN_ORDINAL_RE
    for section in sections(doc):
        seen: set[int] = set()
        for sid in section:
            s = doc.sentences[sid]
            for m in pattern.finditer(doc.text, s.start, s.end):
                rank = _rank(m.group(1))
                if rank > 1 and rank - 1 not in seen:
                    expected = (
                        f"第{next(k for k, v in JA_NUMERALS.items() if v == rank - 1)}に" if doc.lang == "ja" else "the previous item"
                    )
                    yield finding(
                        "enumeration-gap",
                        f"“{m.group(0).rstrip('、,')}” but no “{expected}” before it in this section",
                        tgt_spans=[[m.start(), m.end()]],
                        details={"rank": rank, "seen": sorted(seen)},
                    )
                seen.add(rank)
