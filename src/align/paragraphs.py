"""Build a :class:`Document` from reader blocks and give each block a kind.

Readers only say what the markup says (a ``<h2>`` is a heading, a Word
"Title" style is the title); everything else is inferred here from position
and shape, once for every format: the top-of-article block (title, source
line, dateline, byline), headings, author bios, list items and blocks in the
other language (the English title/date/byline tail of a Japanese
translation is metadata, not Japanese body text).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from align.langid import detect_language, script_counts
from align.model import Document, Paragraph

PARAGRAPH_SEPARATOR = "\n\n"

_TERMINAL = "。．.!?！？…」』”\")）:：■"
_MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DATE_LINE = re.compile(
    r"^\s*(?:(?:Published|Updated|公開|更新|掲載)[:：\s]*)?(?:"
    r"(?:令和|平成|昭和)?\s*\d{1,4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日(?:\s*[（(]\s*[月火水木金土日]\s*[）)])?(?:\s*\d{1,2}[:：時]\d{0,2}分?)?"
    r"|(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,\s*)?" + _MONTHS + r"\s+\d{1,2},?\s+\d{4}"
    r"|\d{1,2}\s+" + _MONTHS + r"\s+\d{4}"
    r"|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}"
    r")\s*$",
    re.IGNORECASE,
)
_BYLINE = re.compile(r"^\s*(?:By[:\s]|BY[:\s]|Written by|Author[s]?:|文[:：・]|執筆[:：]|筆者[:：]|著者[:：])")
_BIO_HEADING = re.compile(r"^\s*(?:著者について|筆者について|著者紹介|筆者紹介|執筆者について|About the authors?\b)", re.IGNORECASE)
_LIST_ITEM = re.compile(r"^\s*(?:[・•●○◆◇▪■□\-*–]\s*|\(?\d{1,2}[.)）]\s+|[①-⑳]\s*)")


@dataclass(slots=True)
class Block:
    """A paragraph as a reader found it, with the kind its markup implies."""

    text: str
    kind: str = ""  # "" = let the classifier decide


def build_document(blocks: list[Block], lang: str, meta: dict) -> Document:
    """Join blocks into one text, classify kinds, return the document.

    ``lang`` is the document language (already checked by the caller).
    """
    kept = [Block(_clean(b.text), b.kind) for b in blocks]
    kept = [b for b in kept if b.text]
    kinds = classify(kept, lang)
    pieces: list[str] = []
    paragraphs: list[Paragraph] = []
    pos = 0
    for block, kind in zip(kept, kinds, strict=True):
        if pieces:
            pieces.append(PARAGRAPH_SEPARATOR)
            pos += len(PARAGRAPH_SEPARATOR)
        block_lang = detect_language(block.text) or lang
        paragraphs.append(Paragraph(pos, pos + len(block.text), kind, block_lang))
        pieces.append(block.text)
        pos += len(block.text)
    return Document(lang=lang, text="".join(pieces), paragraphs=paragraphs, meta=meta)


def _clean(text: str) -> str:
    # Tabs and odd spaces become plain spaces; line-internal runs are kept
    # (a reviewer wants to see "12 月"), only the block edges are trimmed.
    return text.replace("\t", " ").replace("\u00a0", " ").strip()


def classify(blocks: list[Block], lang: str) -> list[str]:
    """One kind per block (see :data:`align.model.PARAGRAPH_KINDS`)."""
    kinds = [b.kind for b in blocks]
    n = len(blocks)
    in_bio = False
    seen_body = False
    for i, block in enumerate(blocks):
        text = block.text
        if _is_foreign(text, lang):
            # A short Latin line under a Japanese title is the publication.
            top = not seen_body and "title" in kinds[:i] and len(text) <= 40
            kinds[i] = "source" if top else "foreign"
            continue
        if kinds[i]:
            seen_body = seen_body or kinds[i] == "body"
            in_bio = in_bio and kinds[i] not in ("heading", "title")
            continue
        if _BIO_HEADING.match(text):
            kinds[i] = "bio"
            in_bio = True
            continue
        if in_bio:
            kinds[i] = "bio"
            continue
        if _DATE_LINE.match(text):
            kinds[i] = "dateline"
            continue
        if _BYLINE.match(text):
            kinds[i] = "byline"
            continue
        if _LIST_ITEM.match(text):
            kinds[i] = "list_item"
            seen_body = True
            continue
        if _is_short_line(text, lang):
            if not seen_body and "title" not in kinds[:i]:
                kinds[i] = "title"
            elif not seen_body:
                kinds[i] = "source" if len(text) <= 40 else "heading"
            elif i + 1 < n:
                kinds[i] = "heading"
            else:
                kinds[i] = "body"
            continue
        kinds[i] = "body"
        seen_body = True
    return kinds


def _is_foreign(text: str, lang: str) -> bool:
    kana, kanji, latin = script_counts(text)
    if lang == "ja":
        # A Japanese block may hold acronyms; a foreign one has no kana at all
        # and is made of Latin words.
        return kana == 0 and kanji == 0 and latin >= 4
    if lang == "en":
        return kana + kanji > 0 and detect_language(text) == "ja"
    return False


def _is_short_line(text: str, lang: str) -> bool:
    limit = 60 if lang == "ja" else 120
    return len(text) <= limit and text.rstrip()[-1] not in _TERMINAL
