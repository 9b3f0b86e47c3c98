"""Character classes and sectioning shared by the Japanese-text checks."""

from __future__ import annotations

import re
from collections.abc import Iterator

from align.model import Document

KANA = "\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f"
KANJI = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff々〆"
CJK = KANA + KANJI
CJK_RE = re.compile(f"[{CJK}]")
#: Paragraph kinds that are not translated body text (a Japanese article's
#: English title/byline tail): checks of the translation skip them.
SKIP_KINDS = frozenset({"foreign"})


def is_japanese_text(text: str) -> bool:
    """True when at least a fifth of the letters are kana or kanji."""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(1 for c in letters if CJK_RE.match(c)) * 5 >= len(letters)


def body_sentences(doc: Document) -> Iterator[tuple[int, int, int]]:
    """``(sentence id, start, end)`` of sentences that are translated text."""
    for i, s in enumerate(doc.sentences):
        para = doc.paragraphs[s.paragraph] if doc.paragraphs else None
        if para is not None and (para.kind in SKIP_KINDS or (para.lang and para.lang != doc.lang)):
            continue
        yield i, s.start, s.end


def sections(doc: Document) -> list[list[int]]:
    """Sentence ids grouped by section: a heading or title starts a new one.

    Enumerations ("第一に … 第二に") restart after a heading, so gaps are
    looked for inside a section only.
    """
    out: list[list[int]] = [[]]
    last_para = -1
    for i, _start, _end in body_sentences(doc):
        s = doc.sentences[i]
        kind = doc.paragraphs[s.paragraph].kind if doc.paragraphs else "body"
        if kind in ("heading", "title") and s.paragraph != last_para and out[-1]:
            out.append([])
        last_para = s.paragraph
        out[-1].append(i)
    return [sec for sec in out if sec]
