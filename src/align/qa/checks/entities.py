"""Named entities present on one side only, and one source name rendered two ways.

Uses the entity linker (:func:`align.entities.link_entities`): a link whose
``src`` or ``tgt`` is ``None`` is an entity left without a counterpart in
its bead, which is how a substituted or dropped name shows up.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterator
from typing import Any

from align.model import Bitext, Document, Entity, Sentence
from align.qa.base import CheckContext, Finding, finding, register_check
from align.qa.beadtext import bead_texts
from align.qa.layers import layer_links

#: Entity labels whose absence on one side is worth a reviewer's time
#: (numeric labels are the ``numbers`` check's job).
NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC"})
#: Short or paraphrasable names ("US", "EU", demonyms) are often dropped on purpose.
MIN_CHARS = {"en": 4, "ja": 3}
#: A counterpart scoring at least this with the linker's name scorer, or a
#: katakana/Latin string this close in romanization, means the name is there
#: and only the pairing failed (label disagreement, greedy choice).
PRESENT_SCORE = 0.35
#: Cosine (USE-m3) above which a word of the other side is taken as the name's translation:
#: House/下院 0.64, Courthouse/裁判所 0.74, U.S./米国 0.75; unrelated names score 0.1-0.35.
TRANSLATED_COSINE = 0.5
#: One-character country abbreviations used in Japanese compounds (米中関係, 日米, 米韓同盟).
JA_COUNTRY_ABBREVIATIONS = {
    "united states": "米",
    "us": "米",
    "u.s.": "米",
    "america": "米",
    "china": "中",
    "japan": "日",
    "south korea": "韓",
    "korea": "韓",
    "britain": "英",
    "uk": "英",
    "u.k.": "英",
    "russia": "露",
    "germany": "独",
    "france": "仏",
    "australia": "豪",
    "india": "印",
    "north korea": "朝",
    "europe": "欧",
    "italy": "伊",
    "canada": "加",
}
JA_ABBREVIATION_COMPOUND = re.compile(r"[米中日韓英露独仏豪印朝欧伊加]{2,}")
KANJI_ONLY = re.compile(r"[一-龯々〆]+")
JA_RUN = re.compile(r"[一-龯々〆ァ-ヺー・]{2,15}")
EN_RUN = re.compile(r"[A-Z][A-Za-z'.\-]+(?: [A-Z][A-Za-z'.\-]+)*|[a-z]{4,}")


def _name_scorer(ctx: CheckContext) -> Any:
    if "name_scorer" not in ctx.cache:
        from align.entities.gazetteer import load_gazetteer
        from align.entities.link import NameScorer

        bt: Bitext = ctx.bitext  # type: ignore[assignment]
        ja, en = (bt.src, bt.tgt) if bt.src.lang == "ja" else (bt.tgt, bt.src)
        gaz = load_gazetteer()
        variants: dict[tuple[str, int], list[str]] = defaultdict(list)
        for lang in ("ja", "en"):
            for variant, (_label, entry) in getattr(gaz, lang).items():
                variants[(lang, entry)].append(variant)
        ctx.cache["name_scorer"] = NameScorer(ja, en, gaz)
        ctx.cache["gazetteer"] = (gaz, variants)
    return ctx.cache["name_scorer"]


def _in_gazetteer(ctx: CheckContext, text: str, lang: str, other_lang: str, other_text: str) -> bool:
    """A gazetteer translation of the name ("U.S." → 米国) occurs in the other side's text."""
    gaz, variants = ctx.cache["gazetteer"]
    entry = gaz.entry_of(text, lang)
    if entry is None:
        return False
    folded = other_text.lower()
    return any(v.lower() in folded for v in variants.get((other_lang, entry), []))


def _present(ctx: CheckContext, ent: Entity, side: str, bead: int) -> bool:
    """Whether ``ent`` (on ``side``) is rendered somewhere in the other side of ``bead`` after all."""

    bt: Bitext = ctx.bitext  # type: ignore[assignment]
    other_side = "tgt" if side == "src" else "src"
    other_doc = getattr(bt, other_side)
    other_text = bead_texts(bt, bead)[1 if other_side == "tgt" else 0]
    if _fold(ent.text) in _fold(other_text):
        return True
    lo = min((other_doc.sentences[i].start for i in getattr(bt.beads[bead], other_side)), default=0)
    hi = max((other_doc.sentences[i].end for i in getattr(bt.beads[bead], other_side)), default=0)
    scorer = _name_scorer(ctx)
    if _in_gazetteer(ctx, ent.text, getattr(bt, side).lang, other_doc.lang, other_text):
        return True
    abbreviation = JA_COUNTRY_ABBREVIATIONS.get(re.sub(r"^the ", "", ent.text.lower()))
    if other_doc.lang == "ja" and abbreviation and any(abbreviation in m for m in JA_ABBREVIATION_COMPOUND.findall(other_text)):
        return True
    ja_is_src = bt.src.lang == "ja"
    for cand in other_doc.entities:
        if lo <= cand.start < hi:
            j, e = (ent, cand) if (side == "src") == ja_is_src else (cand, ent)
            score, evidence = scorer.score(j, e)
            if score >= PRESENT_SCORE and evidence != "embedding":  # the linker's embeddings already said no
                return True
    mine = name_words(ent.text, getattr(bt, side).lang)
    theirs = name_words(other_text, other_doc.lang)
    # the family name (last word) decides: "Roy Keane" is present if something sounds like Keane
    if mine and any(words_match(mine[-1], b) for b in theirs):
        return True
    return _translated(ctx, ent.text, other_text, other_doc.lang)


def _translated(ctx: CheckContext, name: str, other_text: str, other_lang: str) -> bool:
    """A word of the other side means the name ("House" ↔ 下院, "Somerset Police" ↔ サマセット警察) by cross-lingual similarity."""
    from align.qa.embedding import encode

    runs = JA_RUN.findall(other_text) if other_lang == "ja" else EN_RUN.findall(other_text)
    if other_lang == "ja":  # "下院議員" holds "下院" (House): try the 2-4 character pieces of long kanji runs too
        runs += [r[i : i + n] for r in runs if len(r) > 3 and KANJI_ONLY.fullmatch(r) for n in (2, 3, 4) for i in range(len(r) - n + 1)]
    if not runs:
        return False
    cache: dict[str, Any] = ctx.cache.setdefault("string_vectors", {})
    todo = [t for t in {name, *runs} if t not in cache]
    if todo:
        cache.update(zip(todo, encode(todo), strict=True))
    return max(float(cache[name] @ cache[r]) for r in runs) >= TRANSLATED_COSINE


def words_match(a: str, b: str) -> bool:
    """Two consonant skeletons that plausibly spell the same name (either may be a longer katakana compound)."""
    from rapidfuzz import fuzz

    if not a or not b:
        return False
    if min(len(a), len(b)) <= 2:
        return a == b
    return fuzz.ratio(a, b) >= 75 or (abs(len(b) - len(a)) > 2 and fuzz.partial_ratio(a, b) >= 90)


def name_skeleton(latin: str) -> str:
    """Consonant skeleton shared by an English name and its katakana romanization.

    Katakana renders a non-prevocalic "r" as a long vowel, "th" as s, "m"
    before b/p as ン, and has no l/r or v/b contrast, so "Chambers" and
    "chenbaazu" both become "knbs", "Tellis" and "terisu" "trs".
    """
    s = re.sub(r"[^a-z]", "", latin.lower())
    s = re.sub(r"r(?![aeiouy])", "", s)
    for a, b in (
        ("th", "s"),
        ("ph", "f"),
        ("sh", "s"),
        ("ch", "k"),
        ("ck", "k"),
        ("l", "r"),
        ("v", "b"),
        ("c", "k"),
        ("q", "k"),
        ("z", "s"),
        ("x", "ks"),
        ("m", "n"),
        ("j", "g"),
        ("w", ""),
    ):
        s = s.replace(a, b)
    s = re.sub(r"[aeiouyh]", "", s)
    return re.sub(r"(.)\1+", r"\1", s)


def name_words(text: str, lang: str) -> list[str]:
    """Skeletons of the name-like words of ``text`` (katakana runs romanized first)."""
    from align.entities.link import romanize

    if lang == "ja":
        return [name_skeleton(romanize(m.group(0))) for m in re.finditer(r"[ァ-ヺー]{2,}|[A-Za-z]{2,}", text)]
    return [name_skeleton(w) for w in re.findall(r"[A-Za-z]{2,}", text) if w.lower() not in EN_STOP]


EN_STOP = frozenset(
    {"the", "of", "and", "for", "in", "on", "at", "de", "mr", "mrs", "ms", "dr", "st", "jr", "sr", "lt", "col", "gen", "sir"}
)


#: Paragraph kinds that are metadata, not translated text.
METADATA_KINDS = frozenset({"source", "dateline", "byline", "foreign"})


def _sentence_of(doc: Document, pos: int) -> Sentence:
    return next((s for s in doc.sentences if s.start <= pos < s.end), doc.sentences[-1])


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).replace("・", "").replace(" ", "").lower()


@register_check("entity-mismatch", "accuracy/mistranslation", "major", bilingual=True, requires=("align.entities:link_entities",))
def check_entity_mismatch(ctx: CheckContext) -> Iterator[Finding]:
    """A name on one side of a bead with no counterpart on the other."""
    bt: Bitext = ctx.bitext  # type: ignore[assignment]
    links = layer_links(ctx, "entity")
    _name_scorer(ctx)
    for link in links:
        if link.src is not None and link.tgt is not None:
            continue
        side, doc = ("src", bt.src) if link.src is not None else ("tgt", bt.tgt)
        ent = doc.entities[link.src if link.src is not None else link.tgt]  # type: ignore[index]
        if ent.label not in NAME_LABELS or len(ent.text) < MIN_CHARS.get(doc.lang, 3):
            continue
        kind = doc.paragraphs[_sentence_of(doc, ent.start).paragraph].kind if doc.paragraphs else "body"
        if kind in METADATA_KINDS or (kind in ("heading", "title") and ent.label == "ORG"):
            continue  # bylines and the English tail are not translated; Title Case headings fool the English NER
        if doc.lang == "ja" and ctx.cache["gazetteer"][0].entry_of(ent.text, "ja") is None:
            continue  # Japanese NER tags many katakana common nouns as names: only known names count on this side
        if _present(ctx, ent, side, link.bead):
            continue
        where = "translation" if side == "src" else "source"
        yield finding(
            "entity-mismatch",
            f"{ent.label} “{ent.text}” has no counterpart in the {where}",
            category="accuracy/omission" if side == "src" else "accuracy/mistranslation",
            bead=link.bead,
            **{f"{side}_spans": [[ent.start, ent.end]]},
            details={"label": ent.label, "text": ent.text, "side": side, "note": link.note},
        )


@register_check("entity-renderings", "terminology", "minor", bilingual=True, requires=("align.entities:link_entities",))
def check_entity_renderings(ctx: CheckContext) -> Iterator[Finding]:
    """One source name spelled in two different katakana forms in the translation (リビングストン / リヴィングストン)."""
    bt: Bitext = ctx.bitext  # type: ignore[assignment]
    if bt.tgt.lang != "ja":
        return
    renderings: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    source_text: dict[str, str] = {}
    for link in layer_links(ctx, "entity"):
        if link.src is None or link.tgt is None:
            continue
        s, t = bt.src.entities[link.src], bt.tgt.entities[link.tgt]
        if s.label not in NAME_LABELS or not re.fullmatch(r"[ァ-ヺー・･]{2,}", t.text):
            continue  # kanji renderings and copied Latin cannot be compared by spelling
        skeleton = name_words(s.text, "en")
        if not skeleton or not words_match(skeleton[-1], name_words(t.text, "ja")[-1] if name_words(t.text, "ja") else ""):
            continue  # the pairing is not a spelling of this name: the linker's guess, not a rendering
        renderings[_fold(s.text)][t.text.replace("・", "").replace("･", "")].append(link.tgt)
        source_text.setdefault(_fold(s.text), s.text)
    for key, forms in renderings.items():
        keys = sorted(forms, key=len)
        if len(forms) < 2 or all(any(k in longer for longer in keys if longer != k) for k in keys[:-1]):
            continue  # a short form after the full one ("トランプ" after "ドナルドトランプ") is normal usage
        names = " / ".join(f"“{f}”" for f in forms)
        yield finding(
            "entity-renderings",
            f"“{source_text[key]}” is spelled in {len(forms)} ways: {names}",
            tgt_spans=[[bt.tgt.entities[t].start, bt.tgt.entities[t].end] for ts in forms.values() for t in ts],
            details={"source": source_text[key], "forms": list(forms)},
        )
