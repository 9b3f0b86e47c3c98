"""Bead texts with a map from document offsets to offsets inside the joined segment text."""

from __future__ import annotations

from align.model import Document


def joined(doc: Document, ids: list[int]) -> tuple[str, list[tuple[int, int, int]]]:
    """Sentences ``ids`` joined (a space between English sentences, none in Japanese).

    Returns the text and ``(doc_start, doc_end, offset_in_text)`` per sentence,
    so a document span can be located inside the segment.
    """
    sep = "" if doc.lang in ("ja", "zh") else " "
    parts: list[str] = []
    where: list[tuple[int, int, int]] = []
    pos = 0
    for k, i in enumerate(ids):
        s = doc.sentences[i]
        if k:
            parts.append(sep)
            pos += len(sep)
        where.append((s.start, s.end, pos))
        parts.append(doc.text[s.start : s.end])
        pos += s.end - s.start
    return "".join(parts), where


def local_span(where: list[tuple[int, int, int]], start: int, end: int) -> tuple[int, int] | None:
    """The part of document span ``[start, end)`` inside the segment, in segment offsets."""
    for a, b, off in where:
        lo, hi = max(a, start), min(b, end)
        if lo < hi:
            return off + lo - a, off + hi - a
    return None
