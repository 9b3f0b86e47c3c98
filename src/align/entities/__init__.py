"""Named entities on both sides and their links across the alignment.

``extract_entities(doc)`` fills ``doc.entities`` (names: PERSON, ORG, GPE,
LOC, NORP, FAC, EVENT, LAW, PRODUCT) and ``doc.quantities`` (DATE, TIME, MONEY,
PERCENT, QUANTITY, CARDINAL, ORDINAL, normalized by :mod:`align.quantities`).
Each paragraph is read in its own language, so the English title/byline tail
of a Japanese article gets English NER. ``link_entities(bitext)`` pairs them
bead by bead (:mod:`align.entities.link`).
"""

from __future__ import annotations

import re

from align.entities.gazetteer import Gazetteer, load_gazetteer
from align.entities.link import link_entities
from align.model import Bitext, Document
from align.quantities import extract_quantities

__all__ = ["annotate_bitext", "extract_entities", "link_entities", "reference_date"]


def reference_date(doc: Document) -> tuple[int | None, int | None]:
    """Year and month of the article's dateline (first ``dateline`` paragraph, else ``meta['date']``)."""
    candidates = [doc.text[p.start:p.end] for p in doc.paragraphs if p.kind == "dateline"]
    candidates.append(str(doc.meta.get("date", "")))
    for text in candidates:
        if m := re.search(r"(\d{4})\s*[年/\-.]\s*(\d{1,2})", text):
            return int(m.group(1)), int(m.group(2))
        if m := re.search(r"(January|February|March|April|May|June|July|August|September|October|November|December)"
                          r"\s+\d{1,2},?\s+(\d{4})", text):
            months = "January February March April May June July August September October November December".split()
            return int(m.group(2)), months.index(m.group(1)) + 1
    return None, None


def _spans_by_language(doc: Document) -> dict[str, list[tuple[int, int]]]:
    by_lang: dict[str, list[tuple[int, int]]] = {}
    for sent in doc.sentences:
        para = doc.paragraphs[sent.paragraph] if doc.paragraphs else None
        lang = (para.lang if para and para.lang else doc.lang) or doc.lang
        if sent.end > sent.start:
            by_lang.setdefault(lang, []).append((sent.start, sent.end))
    return by_lang


def extract_entities(doc: Document, gazetteer: Gazetteer | None = None, ja_model: str | None = None,
                     en_model: str | None = None, quantities: bool = True, repairs: bool = True) -> Document:
    """Fill ``doc.entities`` (and ``doc.quantities``) and return ``doc``; the document must be segmented.

    ``repairs=False`` keeps only the NER models' own entities (for measuring the repairs).
    """
    from align.entities import en as en_ner
    from align.entities import ja as ja_ner

    gaz = gazetteer if gazetteer is not None else load_gazetteer()
    year, month = reference_date(doc)
    entities = []
    found_quantities = []
    for lang, spans in _spans_by_language(doc).items():
        if lang == "ja":
            from align.lang.ja import tokenize

            tokens = tokenize(doc.text, spans)
            entities += ja_ner.recognize(doc.text, spans, tokens, gaz, ja_model or ja_ner.DEFAULT_MODEL, repairs)
        elif lang == "en":
            entities += en_ner.recognize(doc.text, spans, gaz, en_model or en_ner.DEFAULT_MODEL, repairs)
        if quantities and lang in ("ja", "en"):
            found_quantities += extract_quantities(doc.text, lang, spans, year, month)
    doc.entities = sorted(entities, key=lambda e: e.start)
    if quantities:
        doc.quantities = sorted(found_quantities, key=lambda q: q.start)
    return doc


def annotate_bitext(bitext: Bitext, gazetteer: Gazetteer | None = None, use_embeddings: bool = True) -> Bitext:
    """Entities and quantities on both sides, then their links: the pipeline's "annotate + link" step."""
    gaz = gazetteer if gazetteer is not None else load_gazetteer()
    extract_entities(bitext.src, gazetteer=gaz)
    extract_entities(bitext.tgt, gazetteer=gaz)
    return link_entities(bitext, gazetteer=gaz, use_embeddings=use_embeddings)
