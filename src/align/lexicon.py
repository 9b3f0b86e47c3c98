"""A Japanese → English word lexicon, and how much of a sentence pair it explains.

Sentence embeddings blur the words: a short dialogue line matches its
neighbour's translation almost as well as its own, and an omitted clause
barely moves a long sentence's vector. Dictionary evidence does not blur:
if the English words of a pair are the glosses of the Japanese words, the two
say the same thing. The lexicon (``models/lexicon/ja-en.tsv.gz``) is derived
from JMdict by ``benchmarks/build_lexicon.py``: each Japanese form maps to the
content words of its English glosses, reduced to crude stems (:func:`en_key`)
so that "moved", "moves" and "move" meet.

A sentence pair is read as two coverages: the share of the English content
words that some Japanese word glosses, and the share of the Japanese content
words (those the lexicon knows) whose glosses appear in the English.
"""

from __future__ import annotations

import gzip
import hashlib
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from align.errors import MissingModelError
from align.resources import model_path

LEXICON_FILE = model_path("lexicon", "ja-en.tsv.gz")

#: function words, and the glossing conventions of JMdict ("to", "one's", "something", "e.g.")
EN_STOP = frozenset(
    """a an the of to in on at by for from with without into onto over under about as than then and or but nor so
    if because while when whether that this these those there here it its it's is are was were be been being am do
    does did doing done have has had having will would shall should can could may might must not no yes very
    i me my mine we us our you your he him his she her they them their who whom whose which what where why how
    all any some each every other another such same own more most less least much many few also just only even
    still again too up down out off etc eg e.g ie one one's oneself someone something somebody somewhere
    thing things way ones sth sb s t re ve ll d m mr mrs ms""".split()
)
#: a word starts with one capital or lower-case letter and goes on in lower case, so acronyms (EU, NATO) fall apart into
#: single letters and are ignored: the aligner's copied-strings features and the entity checks compare them instead
_EN_WORD = re.compile(r"[A-Za-z][a-z]*(?:'[a-z]+)?")
#: parts of speech whose words carry no meaning a dictionary can check (particles, auxiliaries, symbols)
_JA_SKIP_POS = frozenset({"助詞", "助動詞", "補助記号", "記号", "空白"})
#: light verbs and copulas (UniDic lemmas): している, にある, になる carry no meaning of their own
_JA_LIGHT = frozenset({"為る", "居る", "有る", "成る", "です", "御座る", "下さる", "仕舞う", "無い"})
#: a run ending in one of these is not looked up whole: JMdict's entries of that shape are greetings and set phrases
_TOPIC_PARTICLES = frozenset({"は", "の", "が", "も", "を"})
#: longest run of tokens looked up as one compound (安全+保障 -> 安全保障)
MAX_COMPOUND = 3


def en_key(word: str) -> str:
    """Crude stem of an English word: the same key for a gloss and for a sentence's inflected form.

    Not a linguist's stem: "moved", "moves", "moving" and "move" all give
    "mov", "buildings" and "building" give "build"; irregular forms (went/go)
    stay apart. Both sides go through the same function, so only agreement
    matters.
    """
    w = word.lower().replace("’", "'").removesuffix("'s")
    if w in _KEEP:
        return w
    if len(w) > 4 and w.endswith(("ies", "ied")):
        return w[:-3] + "y"
    if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]  # plural first, so "buildings" and "building" meet below
    if len(w) > 5 and w.endswith("ing"):
        w = w[:-3]
    elif len(w) > 4 and w.endswith("ed"):
        w = w[:-2]
        if w.endswith("e"):  # "agreed" -> "agre", like "agree" below
            return w
    if len(w) > 6 and w.endswith("ional"):
        w = w[:-2]  # "national" -> "nation"
    if len(w) > 3 and w.endswith("e"):
        w = w[:-1]
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "aeiouls":
        w = w[:-1]  # "stopped" -> "stopp" -> "stop"
    return w


#: words the suffix rules would wrongly merge with another ("news" is not "new")
_KEEP = frozenset({"news", "series", "species", "always", "perhaps", "was", "has", "its"})


def english_keys(text: str) -> frozenset[str]:
    """Stems of the content words of an English sentence (or gloss)."""
    out = set()
    for m in _EN_WORD.finditer(text.replace("’", "'")):
        w = m.group().lower().removesuffix("'s")
        if len(w) >= 2 and w not in EN_STOP and "'" not in w:  # isn't, we'll: function words
            out.add(en_key(w))
    return frozenset(out)


@lru_cache(maxsize=1)
def lexicon_digest() -> str | None:
    """sha256 of the shipped lexicon file (``None`` without one): fitted weights record the lexicon their features read."""
    return hashlib.sha256(LEXICON_FILE.read_bytes()).hexdigest() if LEXICON_FILE.exists() else None


@lru_cache(maxsize=1)
def _forms() -> dict[str, str]:
    """The shipped lexicon as read: form -> space-separated stems (sets are made on first use, see :func:`lookup`)."""
    if not LEXICON_FILE.exists():
        raise MissingModelError(f"the Japanese-English lexicon {LEXICON_FILE} is missing: reinstall align, or rebuild it with "
                                "benchmarks/build_lexicon.py (see models/lexicon/README.md)")
    with gzip.open(LEXICON_FILE, "rt", encoding="utf-8") as f:
        return dict(line.rstrip("\n").split("\t", 1) for line in f)


@lru_cache(maxsize=65536)
def lookup(form: str) -> frozenset[str] | None:
    """Stems of the English glosses of a Japanese form, or None when the lexicon does not have it."""
    keys = _forms().get(form)
    return frozenset(keys.split()) if keys is not None else None


@dataclass(frozen=True, slots=True)
class JaGlosses:
    """A Japanese sentence as the gloss stems of each content word the lexicon knows."""

    units: tuple[frozenset[str], ...]
    keys: frozenset[str]  # the union of the units

    def __or__(self, other: JaGlosses) -> JaGlosses:
        return JaGlosses(self.units + other.units, self.keys | other.keys)


EMPTY_JA = JaGlosses((), frozenset())


@lru_cache(maxsize=8192)
def japanese_glosses(text: str) -> JaGlosses:
    """Gloss stems of the content words of a Japanese sentence (cached: the aligner, the partial-omission and the entity
    checks all read the same sentences).

    Each run of up to :data:`MAX_COMPOUND` tokens is looked up whole first
    (so 安全保障 is "security", not "safe" + "guarantee"); a token no longer
    run covers is looked up by its lemma, then its surface. A loanword's
    UniDic lemma names its source word ("テスト-test"), which counts as a gloss.
    """
    from align.lang.ja import _tagger

    tokens = [_token(w.surface, w.feature_raw) for w in _tagger()(text)]
    surfaces = [t[0] for t in tokens]
    units: list[frozenset[str]] = []
    i, n_tokens = 0, len(tokens)
    while i < n_tokens:
        surface, pos1, lemma, orth_base = tokens[i]
        if pos1 in _JA_SKIP_POS or lemma in _JA_LIGHT:
            i += 1
            continue
        found: frozenset[str] | None = None
        step = 1
        for n in range(min(MAX_COMPOUND, n_tokens - i), 1, -1):
            if surfaces[i + n - 1] in _TOPIC_PARTICLES:
                continue  # 今日は is "hello" and これは "hey" in JMdict, not "today" and "this"
            hit = lookup("".join(surfaces[i : i + n]))
            if hit:
                found, step = hit, n
                break
        if found is None:
            base, _, origin = lemma.partition("-")
            keys = set(english_keys(origin)) if origin and origin.isascii() else set()
            for form in (base, orth_base, surface):
                hit = lookup(form) if form and not (len(form) == 1 and _is_kana(form)) else None
                if hit is not None:
                    keys |= hit
                    break
            found = frozenset(keys) if keys else None
        if found:
            units.append(found)
        i += step
    return JaGlosses(tuple(units), frozenset().union(*units) if units else frozenset())


def _token(surface: str, raw: str) -> tuple[str, str, str, str]:
    """(surface, pos1, lemma, orthBase) from UniDic's raw CSV features: 2.4 times faster than fugashi's feature
    namedtuple, which builds all 26 fields. Fields hold no commas except in punctuation tokens, which are skipped by
    their part of speech (field 0) before the others are read; unknown words have only a few fields."""
    fields = raw.split(",")
    if len(fields) <= 10:
        return surface, fields[0], "", surface
    lemma = fields[7]
    return surface, fields[0], "" if lemma == "*" else lemma, fields[10]


def _is_kana(text: str) -> bool:
    return all("\u3040" <= c <= "\u30ff" for c in text)


def coverage(en: frozenset[str], ja: JaGlosses) -> tuple[float, float]:
    """(share of English content words glossed by the Japanese, share of Japanese units found in the English).

    ``nan`` means no evidence: no English content word, or no Japanese word the
    lexicon knows (a Japanese side that is all Latin script, figures or
    particles), for both shares alike.
    """
    if not en or not ja.units:
        return math.nan, math.nan
    return len(en & ja.keys) / len(en), sum(1 for u in ja.units if u & en) / len(ja.units)


def window_glosses(per_sentence: Sequence[JaGlosses]) -> JaGlosses:
    """The glosses of several Japanese sentences read as one."""
    out = EMPTY_JA
    for g in per_sentence:
        out = out | g
    return out
