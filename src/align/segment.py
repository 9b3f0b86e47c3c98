"""Segment and tokenize a document through its language plug-in.

Headings, titles and metadata lines are one segment each; body, bio, list
and foreign blocks are split by the plug-in of the block's own language (the
English tail of a Japanese article is segmented as English).
"""

from __future__ import annotations

from pathlib import Path

from align.lang import get_language
from align.model import Document, Sentence

#: Paragraph kinds that are one segment whatever their punctuation.
SINGLE_SEGMENT_KINDS = frozenset({"title", "source", "dateline", "byline", "heading"})


def segment_document(doc: Document) -> Document:
    """Fill ``doc.sentences`` (replacing any) and return the document."""
    sentences: list[Sentence] = []
    for index, para in enumerate(doc.paragraphs):
        chunk = doc.text[para.start : para.end]
        spans = [(0, len(chunk))] if para.kind in SINGLE_SEGMENT_KINDS else get_language(para.lang or doc.lang).segment(chunk)
        sentences.extend(Sentence(para.start + a, para.start + b, index) for a, b in spans)
    doc.sentences = sentences
    return doc


def load_document(path: str | Path, lang: str = "auto", presegmented: bool = False) -> Document:
    """Read and segment a file; with ``presegmented`` every non-empty line is one sentence (never re-split)."""
    from align.readers import read_document, read_presegmented

    if presegmented:
        return read_presegmented(path, lang)
    return segment_document(read_document(path, lang=lang))


def tokenize_document(doc: Document) -> Document:
    """Fill ``doc.tokens`` for every sentence, by each paragraph's language."""
    tokens = []
    by_lang: dict[str, list[tuple[int, int]]] = {}
    for sent in doc.sentences:
        lang = doc.paragraphs[sent.paragraph].lang or doc.lang
        by_lang.setdefault(lang, []).append((sent.start, sent.end))
    for lang, spans in by_lang.items():
        tokens.extend(get_language(lang).tokenize(doc.text, spans))
    tokens.sort(key=lambda t: t.start)
    doc.tokens = tokens
    return doc


def sentences_from_lines(lines: list[str], lang: str) -> Document:
    """A document whose sentences are given, one per line (``--presegmented``).

    Each line is its own paragraph and its own sentence; nothing is re-split,
    so gold alignments that index lines stay valid.
    """
    from align.model import Paragraph
    from align.paragraphs import PARAGRAPH_SEPARATOR

    text_parts: list[str] = []
    paragraphs: list[Paragraph] = []
    sentences: list[Sentence] = []
    pos = 0
    for i, line in enumerate(lines):
        line = line.strip()
        if i:
            text_parts.append(PARAGRAPH_SEPARATOR)
            pos += len(PARAGRAPH_SEPARATOR)
        paragraphs.append(Paragraph(pos, pos + len(line), "body", lang))
        sentences.append(Sentence(pos, pos + len(line), i))
        text_parts.append(line)
        pos += len(line)
    return Document(lang=lang, text="".join(text_parts), paragraphs=paragraphs, sentences=sentences,
                    meta={"presegmented": True})
