"""Leave-one-clause-out similarity: which source clause the translation seems to lack.

A bead-level cosine barely moves when one clause of a long sentence is
dropped. Removing each source clause in turn and re-embedding shows it: if
the translation lacks clause *i*, the source *without* clause *i* matches
the translation better than the full source does, while in a complete
translation every removal lowers the similarity.

For an English source a second, sharper kind of evidence comes from the
Japanese→English lexicon (:mod:`align.lexicon`): when the translation lacks a
clause, the content words of that clause lose their glosses while the rest of
the sentence stays glossed. A unit's *gloss shortfall* counts how many fewer of
its words are glossed than a faithful translation would gloss; and the run of
consecutive content words with the largest shortfall is tried as one more unit,
since a dropped clause need not be a comma piece or a parse subtree.
"""

from __future__ import annotations

import re

CLAUSE_SPLIT = re.compile(
    r"(?<=[,;:])\s+|\s+[-–—]\s+|\s+(?=(?:and|but|which|while|because|after|before|when|who|where|although|since|if|with)\s)"
)
#: Pieces shorter than this are glued to the previous one (", he said" is not a clause to lose).
MIN_CLAUSE_CHARS = 12


def english_clauses(sentence: str) -> list[tuple[int, int]]:
    """Character spans of the clauses of an English sentence."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for m in CLAUSE_SPLIT.finditer(sentence):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(sentence)))
    return _glue_short(spans, MIN_CLAUSE_CHARS)


def _glue_short(spans: list[tuple[int, int]], min_chars: int) -> list[tuple[int, int]]:
    """Consecutive spans with each piece shorter than ``min_chars`` glued to its neighbour (empty spans dropped)."""
    merged: list[tuple[int, int]] = []
    for a, b in spans:
        if merged and (b - a < min_chars or merged[-1][1] - merged[-1][0] < min_chars):
            merged[-1] = (merged[-1][0], b)
        elif b > a:
            merged.append((a, b))
    return merged


#: Dependency relations whose subtree is a unit a translator can drop (clauses, complements, phrases).
UNIT_DEPS = {"advcl", "ccomp", "xcomp", "relcl", "acl", "conj", "prep", "npadvmod", "appos", "advmod", "dobj", "nsubj", "pobj", "attr"}


def english_units(sentence: str) -> list[tuple[int, int]]:
    """Comma/conjunction clauses plus the parser's clause and phrase subtrees, each a candidate to leave out.

    Punctuation alone misses most omissions: "Cellphone records indicated they'd
    only known …" has no comma, yet a translation can drop "Cellphone records
    indicated". Subtrees from spaCy's dependency parse give such units.
    """
    from align.lang.en import parse

    units = set(english_clauses(sentence))
    doc = parse(sentence)
    n = len(sentence)
    for tok in doc:
        if tok.dep_ not in UNIT_DEPS:
            continue
        sub = list(tok.subtree)
        a, b = sub[0].idx, sub[-1].idx + len(sub[-1])
        if b - a >= MIN_CLAUSE_CHARS and b - a <= 0.7 * n:
            units.add((a, b))
    return sorted(units)


#: Japanese pieces shorter than this are glued to their neighbour (a bare 「また、」 is not a clause to lose).
MIN_JA_CLAUSE_CHARS = 6
#: GiNZA relations (without the ``_bunsetu`` suffix) whose subtree a translator can drop: the Japanese
#: counterparts of :data:`UNIT_DEPS` (「裁判所の文書によると、」 is an ``obl`` subtree).
JA_UNIT_DEPS = {"advcl", "acl", "ccomp", "csubj", "obl", "nmod", "nsubj", "obj", "conj", "advmod", "appos"}
#: Shortest source sentence (non-space characters) worth splitting, per language: 40 English characters
#: translate to about 24 Japanese ones (the calibrated ja/en length ratio is 0.58).
MIN_SOURCE_CHARS = {"en": 40, "ja": 24}


def japanese_units(sentence: str) -> list[tuple[int, int]]:
    """、-delimited pieces plus GiNZA's clause and phrase subtrees of a Japanese sentence, each a candidate to leave out.

    The mirror of :func:`english_units` for Japanese sources (ja→en review): a translation can drop a
    、-piece (「〜によると、」) or a phrase without a comma (「ウズベキスタン出身の」). A unit directly
    followed by 、 takes the comma with it, so leaving it out does not leave a dangling comma.
    """
    from align.entities.ja import load_ginza

    n = len(sentence)
    pieces: list[tuple[int, int]] = []
    pos = 0
    for m in re.finditer(r"[、，]", sentence):
        pieces.append((pos, m.end()))
        pos = m.end()
    pieces.append((pos, n))
    units: set[tuple[int, int]] = set()
    merged = _glue_short(pieces, MIN_JA_CLAUSE_CHARS)
    if len(merged) >= 2:
        units.update(merged)
    for tok in load_ginza()(sentence):
        if tok.dep_.removesuffix("_bunsetu") not in JA_UNIT_DEPS:
            continue
        sub = list(tok.subtree)
        a, b = sub[0].idx, sub[-1].idx + len(sub[-1])
        if b < n and sentence[b] in "、，":
            b += 1
        if b - a >= MIN_JA_CLAUSE_CHARS and b - a <= 0.7 * n:
            units.add((a, b))
    return sorted(units)


def source_units(sentence: str, lang: str) -> list[tuple[int, int]]:
    """Units of a source sentence to leave out in turn; none for a language without a splitter."""
    if lang == "en":
        return english_units(sentence)
    if lang == "ja":
        return japanese_units(sentence)
    return []


def _without(sentence: str, span: tuple[int, int], lang: str) -> str:
    a, b = span
    if lang == "ja":
        return sentence[:a] + sentence[b:]
    return " ".join((sentence[:a].rstrip() + " " + sentence[b:].lstrip()).split())


#: An English word, kept with its offsets; an acronym or a mixed-case name is one word (read lower-cased, since
#: :func:`align.lexicon.english_keys` would split "NATO" into letters, which no gloss matches but the Japanese can write).
_EN_WORD = re.compile(r"[A-Za-z]+(?:'[a-z]+)?")
#: Prior count of words that shrinks a unit's gloss shortfall: two unglossed words out of two say less than six of six
#: (chosen with :data:`align.qa.calibration.PARTIAL_LEXICAL_WEIGHT` on the even half, see qa_partial_curve.py).
SHORTFALL_PRIOR_WORDS = 8.0
#: Text before a word that makes it the first of a sentence (a bead may join several), capitalised whatever it is.
_SENTENCE_START = re.compile(r"(?:^|[.!?:]\s)[\s\"'“‘(\[]*$")


def glossed_words(src: str, tgt: str) -> list[tuple[int, int, bool | None]]:
    """``(start, end, glossed)`` of each content word of an English source against its Japanese translation.

    glossed is True when a gloss of some Japanese word has the word's stem, or the word is written in the Japanese
    as it is (a Latin name, an acronym); None for a capitalised word inside the sentence that is neither: a name,
    which the lexicon rarely knows and the entity check compares by sound; False otherwise.
    """
    from align import lexicon

    keys = lexicon.japanese_glosses(tgt).keys
    latin = tgt.lower()
    out: list[tuple[int, int, bool | None]] = []
    for m in _EN_WORD.finditer(src):
        stem = lexicon.english_keys(m.group().lower())
        if not stem:
            continue  # a function word
        word = m.group()
        if stem <= keys or word.lower() in latin:
            out.append((m.start(), m.end(), True))
        elif word[0].isupper() and not _SENTENCE_START.search(src[: m.start()]):
            out.append((m.start(), m.end(), None))
        else:
            out.append((m.start(), m.end(), False))
    return out


def gloss_shortfall(words: list[tuple[int, int, bool | None]], span: tuple[int, int], glossed_share: float) -> float:
    """How many fewer words of ``span`` are glossed than ``glossed_share`` of them, over their number plus a prior.

    Near zero for a unit glossed as well as faithful translations usually are; up to about ``glossed_share``
    for a long unit none of whose words has a gloss in the translation.
    """
    a, b = span
    marks = [g for s, _e, g in words if a <= s < b and g is not None]
    return _shortfall(len(marks), sum(marks), glossed_share)


def _shortfall(words: int, glossed: int, glossed_share: float) -> float:
    """Glossed words short of ``glossed_share`` of ``words``, shrunk by the prior count of words."""
    return (glossed_share * words - glossed) / (words + SHORTFALL_PRIOR_WORDS)


def gap_run(words: list[tuple[int, int, bool | None]], glossed_share: float) -> tuple[int, int] | None:
    """The span of consecutive content words (at least two, names skipped) with the largest gloss shortfall."""
    marks = [(s, e, g) for s, e, g in words if g is not None]
    best: tuple[float, int, int] | None = None
    for i in range(len(marks)):
        glossed = 0
        for j in range(i, len(marks)):
            glossed += marks[j][2]
            n = j - i + 1
            score = _shortfall(n, glossed, glossed_share)
            if n >= 2 and (best is None or score > best[0]):
                best = (score, marks[i][0], marks[j][1])
    return None if best is None or best[0] <= 0 else (best[1], best[2])


def unit_gains(pairs: list[tuple[str, str]], src_lang: str = "en", extra: list[tuple[int, int] | None] | None = None,
               ) -> list[list[tuple[tuple[int, int], float]]]:
    """For each (source, target): every candidate unit of the source with its similarity gain when left out.

    ``extra`` adds one more span per pair (the lexical :func:`gap_run`) to the units of the splitter.
    Fewer than two units gives an empty list (leaving out the only unit says nothing).
    """
    from align.qa.embedding import encode

    texts: list[str] = []
    plan: list[tuple[int, list[tuple[int, int]]]] = []
    for k, (src, tgt) in enumerate(pairs):
        spans = source_units(src, src_lang)
        more = extra[k] if extra else None
        if more is not None and more not in spans:
            spans = sorted([*spans, more])
        plan.append((len(texts), spans))
        texts += [tgt, src]
        if len(spans) >= 2:
            texts += [_without(src, span, src_lang) for span in spans]
    vecs = encode(texts)
    out: list[list[tuple[tuple[int, int], float]]] = []
    for start, spans in plan:
        if len(spans) < 2:
            out.append([])
            continue
        t, full = vecs[start], vecs[start + 1]
        gains = vecs[start + 2 : start + 2 + len(spans)] @ t - float(full @ t)
        out.append([(span, float(g)) for span, g in zip(spans, gains, strict=True)])
    return out


def leave_one_out(pairs: list[tuple[str, str]], src_lang: str = "en") -> list[tuple[float, tuple[int, int] | None]]:
    """For each (source, target): the largest similarity gain from dropping one source clause, and that clause's span."""
    return unit_scores(pairs, src_lang, 0.0, 0.0)


def unit_scores(pairs: list[tuple[str, str]], src_lang: str, lexical_weight: float, glossed_share: float,
                ) -> list[tuple[float, tuple[int, int] | None]]:
    """For each (source, target): the best unit by similarity gain plus ``lexical_weight`` × gloss shortfall.

    The lexical term needs the Japanese→English lexicon, so it applies to English sources only (weight 0 or
    another source language gives plain :func:`leave_one_out`). A bead without two units scores -1.
    """
    lexical = src_lang == "en" and lexical_weight != 0
    words = [glossed_words(src, tgt) for src, tgt in pairs] if lexical else []
    runs = [gap_run(w, glossed_share) for w in words] if lexical else None
    out: list[tuple[float, tuple[int, int] | None]] = []
    for k, units in enumerate(unit_gains(pairs, src_lang, extra=runs)):
        if not units:
            out.append((-1.0, None))
            continue
        scored = [(gain + (lexical_weight * gloss_shortfall(words[k], span, glossed_share) if lexical else 0.0), span)
                  for span, gain in units]
        out.append(max(scored, key=lambda u: u[0]))
    return out
