"""Lexical anchors of a sentence: the strings a translation copies instead of translating.

A translator rewrites words but copies figures and Latin-script names
("1903", "NATO", "iPhone"). Whether a bead's two sides share such strings is
evidence the sentence embedding blurs: an omitted sentence glued to its
neighbour brings its own years and names that the other side lacks. The
second pass (``refine.py``) reads these sets as bead features.

Each sentence gets two sets:

* ``all`` — every string the other side may match: figures (digits only,
  NFKC-normalized, separators dropped) and lowercased Latin words;
* ``strong`` — the strings whose absence on the other side means something:
  figures always, Latin words only in a sentence not written mainly in Latin
  script (an English sentence is all Latin words; a Japanese one has few, and
  those are names).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

_FIGURE = re.compile(r"\d+(?:[.,]\d+)*")
_LATIN_WORD = re.compile(r"[a-zß-öø-ÿā-ɏ]+")  # lowercased Latin letters, accented ones included
#: Latin words shorter than this are too often particles or stray letters ("a", "of") to count as names
MIN_LATIN = 2
#: a sentence whose letters are less than this share non-Latin (kana, kanji, Cyrillic …) is in Latin script
FOREIGN_SHARE = 0.2


@dataclass(frozen=True, slots=True)
class Anchors:
    """The copyable strings of one sentence (or window): everything matchable, and what must be matched."""

    all: frozenset[str]
    strong: frozenset[str]

    def __or__(self, other: Anchors) -> Anchors:
        return Anchors(self.all | other.all, self.strong | other.strong)


EMPTY = Anchors(frozenset(), frozenset())


def sentence_anchors(text: str) -> Anchors:
    """Figures and Latin words of ``text``; see the module docstring for the two sets."""
    norm = unicodedata.normalize("NFKC", text).lower()
    figures = {re.sub(r"[.,]", "", m.group()).lstrip("0") or "0" for m in _FIGURE.finditer(norm)}
    words = {w for w in _LATIN_WORD.findall(norm) if len(w) >= MIN_LATIN}
    letters = [c for c in norm if c.isalpha()]
    foreign = sum(not _is_latin(c) for c in letters)
    latin_script = bool(letters) and foreign / len(letters) < FOREIGN_SHARE
    prefixed = {"#" + f for f in figures}
    return Anchors(frozenset(prefixed | words), frozenset(prefixed if latin_script else prefixed | words))


def _is_latin(char: str) -> bool:
    """Whether a letter belongs to the Latin script (accented letters included)."""
    return unicodedata.name(char, "").startswith("LATIN")


def document_anchors(texts: Sequence[str]) -> list[Anchors]:
    """Anchors of every sentence of a document, in order."""
    return [sentence_anchors(t) for t in texts]


def window(anchors: Sequence[Anchors], start: int, size: int) -> Anchors:
    """Anchors of sentences ``start .. start+size-1`` together."""
    out = EMPTY
    for a in anchors[start : start + size]:
        out = out | a
    return out


def unmatched(one: Anchors, other: Anchors) -> int:
    """Strong anchors of ``one`` that ``other`` does not contain (what a translation of ``one`` would have copied)."""
    return len(one.strong - other.all)


def matched(one: Anchors, other: Anchors) -> int:
    """Strings both sides contain, at least one side counting them as strong (so shared English words do not count)."""
    return len((one.strong & other.all) | (other.strong & one.all))
