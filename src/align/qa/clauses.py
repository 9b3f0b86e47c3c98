"""Leave-one-clause-out similarity: which source clause the translation seems to lack.

A bead-level cosine barely moves when one clause of a long sentence is
dropped. Removing each source clause in turn and re-embedding shows it: if
the translation lacks clause *i*, the source *without* clause *i* matches
the translation better than the full source does, while in a complete
translation every removal lowers the similarity.
"""

from __future__ import annotations

import re

import numpy as np

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


def leave_one_out(pairs: list[tuple[str, str]], src_lang: str = "en") -> list[tuple[float, tuple[int, int] | None]]:
    """For each (source, target): the largest similarity gain from dropping one source clause, and that clause's span."""
    from align.qa.embedding import encode

    texts: list[str] = []
    plan: list[tuple[int, list[tuple[int, int]]]] = []
    for src, tgt in pairs:
        spans = source_units(src, src_lang)
        plan.append((len(texts), spans))
        texts += [tgt, src]
        if len(spans) >= 2:
            texts += [_without(src, span, src_lang) for span in spans]
    vecs = encode(texts)
    out: list[tuple[float, tuple[int, int] | None]] = []
    for start, spans in plan:
        if len(spans) < 2:
            out.append((-1.0, None))
            continue
        t, full = vecs[start], vecs[start + 1]
        gains = vecs[start + 2 : start + 2 + len(spans)] @ t - float(full @ t)
        best = int(np.argmax(gains))
        out.append((float(gains[best]), spans[best]))
    return out
