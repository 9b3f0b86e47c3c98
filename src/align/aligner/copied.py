"""Copied strings of a sentence: the figures and names a translation copies instead of translating.

A translator rewrites words but copies figures and Latin-script names
("1903", "NATO", "iPhone"). Whether a bead's two sides share such strings is
evidence the sentence embedding blurs: an omitted sentence glued to its
neighbour brings its own years and names that the other side lacks. The
second pass (``refine.py``) reads these sets as bead features.

Each sentence gets two sets:

* ``all`` — every string the other side may match: figures (NFKC-normalized,
  thousands separators dropped, the decimal point kept) and lowercased Latin
  words;
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
_THOUSANDS = re.compile(r",(?=\d{3}(?:\D|$))")
_LATIN_WORD = re.compile(r"[a-zß-öø-ÿā-ɏ]+")  # lowercased Latin letters, accented ones included
#: superscript and subscript digits are units or footnotes (km², CO₂, a footnote¹), not figures: NFKC would make them digits
_SCRIPT_DIGITS = str.maketrans("", "", "⁰¹²³⁴⁵⁶⁷⁸⁹₀₁₂₃₄₅₆₇₈₉")
#: Latin words shorter than this are too often particles or stray letters ("a", "of") to count as names
MIN_LATIN = 2
#: a sentence whose letters are less than this share non-Latin (kana, kanji, Cyrillic …) is in Latin script
FOREIGN_SHARE = 0.2


@dataclass(frozen=True, slots=True)
class Copied:
    """The copyable strings of one sentence (or window): everything matchable, and what must be matched."""

    all: frozenset[str]
    strong: frozenset[str]

    def __or__(self, other: Copied) -> Copied:
        return Copied(self.all | other.all, self.strong | other.strong)


EMPTY = Copied(frozenset(), frozenset())


def _figure(text: str) -> str:
    """'1,200' and '１，２００' -> '1200'; '1.5' stays '1.5' (so it is not '15')."""
    return "#" + (_THOUSANDS.sub("", text).lstrip("0") or "0")


def sentence_copied(text: str) -> Copied:
    """Figures and Latin words of ``text``; see the module docstring for the two sets."""
    norm = unicodedata.normalize("NFKC", text.translate(_SCRIPT_DIGITS)).lower()
    figures = {_figure(m.group()) for m in _FIGURE.finditer(norm)}
    words = {w for w in _LATIN_WORD.findall(norm) if len(w) >= MIN_LATIN}
    letters = [c for c in norm if c.isalpha()]
    foreign = sum(not _is_latin(c) for c in letters)
    latin_script = bool(letters) and foreign / len(letters) < FOREIGN_SHARE
    return Copied(frozenset(figures | words), frozenset(figures if latin_script else figures | words))


def _is_latin(char: str) -> bool:
    """Whether a letter belongs to the Latin script (accented letters included)."""
    return unicodedata.name(char, "").startswith("LATIN")


def document_copied(texts: Sequence[str]) -> list[Copied]:
    """Copied strings of every sentence of a document, in order."""
    return [sentence_copied(t) for t in texts]


def window(copied: Sequence[Copied], start: int, size: int) -> Copied:
    """Copied strings of sentences ``start .. start+size-1`` together."""
    out = EMPTY
    for c in copied[start : start + size]:
        out = out | c
    return out


def unmatched(one: Copied, other: Copied) -> int:
    """Strong strings of ``one`` that ``other`` does not contain (what a translation of ``one`` would have copied)."""
    return len(one.strong - other.all)


def matched(one: Copied, other: Copied) -> int:
    """Strings both sides contain, at least one side counting them as strong (so shared English words do not count)."""
    return len((one.strong & other.all) | (other.strong & one.all))
