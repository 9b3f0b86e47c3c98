"""One name, one reading per document: label every occurrence of a name found once.

NER models tag a name in one sentence and miss it in the next ("Holly
Willoughby" found, "Willoughby" missed four times; タイラー・ヒーロー found,
ヒーロー missed). Within a news article a string that is a name once is a name
throughout, and the family name of a person named in full refers to that
person. Added occurrences rank below every model and rule, so they only fill
gaps.
"""

from __future__ import annotations

import re

_KATAKANA = re.compile(r"[ァ-ヺー]+")


def name_forms(text: str, label: str, lang: str) -> set[str]:
    """The forms of a name worth looking for again: itself, and a person's family name."""
    forms = {text}
    if label == "PERSON":
        parts = [p for p in re.split(r"[・ ]", text) if p] if lang == "ja" else text.split()
        if len(parts) >= 2:
            last = parts[-1]
            if (lang == "ja" and _KATAKANA.fullmatch(last) and len(last) >= 3) or \
                    (lang == "en" and re.fullmatch(r"[A-Z][a-z'\-]{2,}", last)):
                forms.add(last)
    return forms


def _usable(form: str, lang: str) -> bool:
    if lang == "en":
        return len(form) >= 3 and form[0].isupper()
    return len(form) >= 3 and bool(re.fullmatch(r"[ァ-ヺー・ A-Za-z0-9]+", form))  # kanji strings are too ambiguous


def _glued(text: str, start: int, end: int, lang: str) -> bool:
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    if lang == "en":
        return before.isalnum() or after.isalnum()
    return bool(re.match(r"[ァ-ヺーA-Za-z]", before) or re.match(r"[ァ-ヺーA-Za-z]", after))


def repeat_names(text: str, spans: list[tuple[int, int]], found: list, lang: str, make) -> list:
    """Candidates for the other occurrences of ``found`` names (``make(start, end, label)`` builds one)."""
    forms: dict[str, str] = {}
    for c in found:
        for form in name_forms(text[c.start:c.end], c.label, lang):
            if _usable(form, lang):
                forms.setdefault(form, c.label)
    out = []
    for form, label in forms.items():
        pattern = re.escape(form)
        for a, b in spans:
            for m in re.finditer(pattern, text[a:b]):
                s, e = a + m.start(), a + m.end()
                if not _glued(text, s, e, lang):
                    out.append(make(s, e, label))
    return out


def consistent_labels(text: str, found: list) -> list:
    """Give every occurrence of a string the same label: the one most of its mentions have
    (a higher-ranked source breaks ties), so "Air Niugini" is not a PERSON in the headline
    and an ORG in the body."""
    votes: dict[str, dict[str, tuple[int, int]]] = {}
    for c in found:
        surface = text[c.start:c.end]
        count, rank = votes.setdefault(surface, {}).get(c.label, (0, 0))
        votes[surface][c.label] = (count + 1, max(rank, c.rank))
    for c in found:
        options = votes[text[c.start:c.end]]
        c.label = max(options, key=lambda label: options[label])
    return found
