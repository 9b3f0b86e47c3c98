"""Find a name the NER missed on one side by looking for its counterpart in the aligned bead.

Both NER models miss names the other side found (GiNZA skips many katakana
names written with spaces, spaCy misses "Willoughby" in some sentences). A
name without a partner is looked up in the other side's bead text: as a
gazetteer variant, as the same Latin string, or — between katakana and Latin
words — by romanization. A hit becomes an entity on that side with the
partner's label and ``source="projection"``. Only strict evidence is used, so
a projection is as trustworthy as a gazetteer match.
"""

from __future__ import annotations

import re

from align.entities.gazetteer import Gazetteer
from align.entities.link import _romaji_similarity, _sentence_index
from align.model import Bitext, Document, Entity

#: Romanization similarity needed to project (stricter than for linking two found names).
PROJECTION_ROMAJI = 0.8
_KATAKANA_NAME = re.compile(r"[ァ-ヺー]{2,}(?:[・ ][ァ-ヺー]{2,})*")
_LATIN_NAME = re.compile(r"(?<![A-Za-z])[A-Z][a-zA-Z'\-]+(?:\s[A-Z][a-zA-Z'\-]+)*")


def _bead_spans(doc: Document, ids: list[int]) -> list[tuple[int, int]]:
    return [(doc.sentences[i].start, doc.sentences[i].end) for i in ids]


def _free(doc: Document, start: int, end: int) -> bool:
    return all(e.end <= start or end <= e.start for e in doc.entities)


def _find(doc: Document, spans: list[tuple[int, int]], needle: str, latin: bool) -> tuple[int, int] | None:
    for a, b in spans:
        i = doc.text.find(needle, a, b)
        while i >= 0:
            before = doc.text[i - 1] if i > a else " "
            after = doc.text[i + len(needle)] if i + len(needle) < b else " "
            glued = (before.isalnum() or after.isalnum()) if latin else \
                (re.match(r"[ァ-ヺー]", before) or re.match(r"[ァ-ヺー]", after))
            if not glued and _free(doc, i, i + len(needle)):
                return i, i + len(needle)
            i = doc.text.find(needle, i + 1, b)
    return None


def _counterpart(item: Entity, other: Document, spans: list[tuple[int, int]], gaz: Gazetteer) -> tuple[int, int, str] | None:
    """Where ``item``'s counterpart is written in ``other`` (inside ``spans``), and how it was found."""
    lang = other.lang
    # a Japanese homograph names several entries (オークランド: Auckland or Oakland): any of their forms is a counterpart
    entries = gaz.entries_of(item.text, "en" if lang == "ja" else "ja")
    variants = {v for entry in entries for v in gaz.variants(entry, lang)}
    for variant in sorted(variants, key=lambda v: (-len(v), v)):
        if hit := _find(other, spans, variant, latin=lang == "en" or variant.isascii()):
            return hit[0], hit[1], "gazetteer"
    if item.text.isascii() and len(item.text) >= 2 and (hit := _find(other, spans, item.text, latin=True)):
        return hit[0], hit[1], "same string"
    if lang == "ja" and item.text[:1].isupper():
        pattern, ja_side = _KATAKANA_NAME, True
    elif lang == "en" and re.search(r"[ァ-ヺ]", item.text):
        pattern, ja_side = _LATIN_NAME, False
    else:
        return None
    best: tuple[float, int, int] | None = None
    for a, b in spans:
        for m in pattern.finditer(other.text, a, b):
            if not _free(other, m.start(), m.end()):
                continue
            ja_text, en_text = (m.group(0), item.text) if ja_side else (item.text, m.group(0))
            sim = _romaji_similarity(ja_text, en_text)
            if sim >= PROJECTION_ROMAJI and (best is None or sim > best[0]):
                best = (sim, m.start(), m.end())
    if best is None:
        return None
    return best[1], best[2], "romanization"


#: Capitalized words that are not names by themselves.
_NOT_NAME_WORDS = frozenset("I The A An In On At For But And Or If When While As It He She We They You This That These Those "
                            "His Her Their Our My Your Its Mr Mrs Ms Dr January February March April May June July August "
                            "September October November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())


def discover_pairs(bitext: Bitext) -> int:
    """Names both models missed: a capitalized English word group (not opening the sentence) whose
    romanization matches a katakana word group of the aligned Japanese becomes an entity on both
    sides ("the Heat" ↔ ヒート). The label is a guess — PERSON for two-part names (タイラー・ヒーロー),
    ORG otherwise — so ``source`` says ``projection:pair``.
    """
    en_doc, ja_doc = (bitext.src, bitext.tgt) if bitext.src.lang == "en" else (bitext.tgt, bitext.src)
    added = 0
    for bead in bitext.beads:
        en_ids, ja_ids = (bead.src, bead.tgt) if bitext.src.lang == "en" else (bead.tgt, bead.src)
        if not en_ids or not ja_ids:
            continue
        ja_spans = _bead_spans(ja_doc, ja_ids)
        for a, b in _bead_spans(en_doc, en_ids):
            for m in _LATIN_NAME.finditer(en_doc.text, a, b):
                words = m.group(0).split()
                if m.start() == a or words[0] in _NOT_NAME_WORDS or not _free(en_doc, m.start(), m.end()):
                    continue
                if re.search(r"[.!?:;\"“(]\s*$", en_doc.text[a:m.start()]):
                    continue  # opens a sentence or a quote: capitalized anyway
                best = None
                for x, y in ja_spans:
                    for k in _KATAKANA_NAME.finditer(ja_doc.text, x, y):
                        if not _free(ja_doc, k.start(), k.end()):
                            continue
                        sim = _romaji_similarity(k.group(0), m.group(0))
                        if sim >= 0.85 and (best is None or sim > best[0]):
                            best = (sim, k.start(), k.end())
                if best is None:
                    continue
                label = "PERSON" if len(words) == 2 and re.search(r"[・ ]", ja_doc.text[best[1]:best[2]]) else "ORG"
                en_doc.entities.append(Entity(m.start(), m.end(), label, m.group(0), "projection:pair"))
                ja_doc.entities.append(Entity(best[1], best[2], label, ja_doc.text[best[1]:best[2]], "projection:pair"))
                added += 1
    en_doc.entities.sort(key=lambda e: e.start)
    ja_doc.entities.sort(key=lambda e: e.start)
    return added


def project_entities(bitext: Bitext, gazetteer: Gazetteer, has_partner) -> int:
    """Add projected entities to both documents; returns how many were added.

    ``has_partner(src_entity, tgt_entity_list)`` tells whether an entity already has a
    counterpart among the other side's entities (the linker's own scoring).
    """
    added = 0
    for bead in bitext.beads:
        for this, other, this_ids, other_ids in ((bitext.src, bitext.tgt, bead.src, bead.tgt),
                                                   (bitext.tgt, bitext.src, bead.tgt, bead.src)):
            if not this_ids or not other_ids:
                continue
            this_find, other_find = _sentence_index(this), _sentence_index(other)
            mine = [e for e in this.entities if this_find(e.start) in this_ids]
            theirs = [e for e in other.entities if other_find(e.start) in other_ids]
            spans = _bead_spans(other, other_ids)
            for item in mine:
                if has_partner(item, theirs):
                    continue
                hit = _counterpart(item, other, spans, gazetteer)
                if hit is None:
                    continue
                start, end, how = hit
                new = Entity(start, end, item.label, other.text[start:end], f"projection:{how}")
                other.entities.append(new)
                theirs.append(new)
                added += 1
            other.entities.sort(key=lambda e: e.start)
    return added + discover_pairs(bitext)
