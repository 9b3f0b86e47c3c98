"""Dictionary evidence for the second pass: how much of a bead the JMdict lexicon explains.

The embedding of a short line ("Yes, I see.") is close to many lines, and a
sentence glued to its neighbour barely moves the pair's cosine. The lexicon
(``align.lexicon``) checks words: the share of a bead's English content words
that its Japanese words gloss, and the share of its Japanese words whose
glosses the English uses. An omitted sentence glued into a bead lowers both;
a wrong neighbour shares few words. Only en-ja pairs have a lexicon; other
pairs get no lexical side and the features stay 0.

Japanese sentences are tokenized lazily (only those inside the second pass's
blocks), so a long document that needs few re-decisions pays little.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field

from align import lexicon

#: the languages the lexicon reads
LANGUAGES = frozenset({"en", "ja"})


@dataclass(slots=True)
class Lexical:
    """One side's sentences as lexicon evidence: English content stems or Japanese gloss units, made on first use."""

    lang: str
    texts: Sequence[str]
    _cache: dict[tuple[int, int], object] = field(default_factory=dict)

    def window(self, start: int, size: int) -> frozenset[str] | lexicon.JaGlosses:
        """Evidence of sentences ``start .. start+size-1`` read together."""
        key = (start, size)
        hit = self._cache.get(key)
        if hit is None:
            if size == 1:
                text = self.texts[start]
                hit = lexicon.english_keys(text) if self.lang == "en" else lexicon.japanese_glosses(text)
            elif self.lang == "en":
                hit = frozenset().union(*(self.window(start + k, 1) for k in range(size)))
            else:
                hit = lexicon.window_glosses([self.window(start + k, 1) for k in range(size)])
            self._cache[key] = hit
        return hit  # type: ignore[return-value]


def bead_coverage(src: Lexical, sp: int, sa: int, tgt: Lexical, tq: int, tb: int) -> tuple[float, float]:
    """(English coverage, Japanese coverage) of the bead source[sp:sp+sa] ~ target[tq:tq+tb]; nan = no evidence."""
    en, ja = (src.window(sp, sa), tgt.window(tq, tb)) if src.lang == "en" else (tgt.window(tq, tb), src.window(sp, sa))
    return lexicon.coverage(en, ja)  # type: ignore[arg-type]


def mean_coverage(cov: tuple[float, float]) -> float:
    """The two coverages averaged over the sides that have evidence; nan when neither has."""
    known = [c for c in cov if not math.isnan(c)]
    return sum(known) / len(known) if known else math.nan
