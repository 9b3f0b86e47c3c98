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
from functools import lru_cache
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
#: The one-character abbreviation heading a compound: 米軍, 米政府, 英首相, 中当局.
JA_ABBREVIATION_HEAD = re.compile(r"(?<![一-龯々])([米中日韓英露独仏豪印朝欧伊加])(?=[軍国政首大当外議側紙企系]|[一-龯]{2})")
#: How a translation refers to a country the context already makes clear: 国内 ("in the U.S."), 同国, 連邦 (U.S. federal).
JA_COUNTRY_REFERENCES = ("国内", "同国", "自国", "本国", "国民", "全国", "両国")
JA_US_REFERENCES = ("連邦", "全米", "米")
#: Capitals and seats standing for their government (metonymy): "talks with Brussels" is translated "EUとの交渉".
CAPITAL_METONYMS = {
    "washington": ("米国", "アメリカ", "米政府"),
    "brussels": ("EU", "欧州"),
    "beijing": ("中国",),
    "moscow": ("ロシア",),
    "kremlin": ("ロシア", "大統領府"),
    "london": ("英国", "イギリス", "英政府"),
    "whitehall": ("英国", "イギリス", "英政府"),
    "westminster": ("英国", "イギリス", "英議会"),
    "tokyo": ("日本",),
    "seoul": ("韓国",),
    "pyongyang": ("北朝鮮",),
    "canberra": ("オーストラリア", "豪州"),
    "ottawa": ("カナダ",),
    "paris": ("フランス",),
    "berlin": ("ドイツ",),
    "new delhi": ("インド",),
    "tehran": ("イラン",),
    "capitol hill": ("議会", "議事堂"),
}
#: Demonyms the English NER sometimes tags as ORG/GPE; Japanese says 国民, 英国人 or nothing.
DEMONYMS = frozenset(
    "britons brits americans europeans australians canadians germans russians indians koreans chinese japanese "
    "french italians spaniards mexicans brazilians israelis palestinians iranians iraqis syrians afghans pakistanis "
    "scots welsh irish englishmen europeans africans asians egyptians ukrainians".split()
)
#: Japanese anaphors for a name already introduced (同社 for "KCNA", 同氏, 彼女).
JA_ANAPHORS = {
    "PERSON": re.compile(r"同氏|彼女?|両氏|同選手|同監督|同議員"),
    "ORG": re.compile(r"同(?:社|紙|誌|党|局|庁|省|軍|団体|グループ|チーム|機関|委員会|協会|通信|大学|クラブ|政府)|当局"),
    "GPE": re.compile(r"同(?:国|市|州|島|町|村|県|地域|地)|両国"),
}
JA_ANAPHORS["LOC"] = JA_ANAPHORS["FAC"] = JA_ANAPHORS["GPE"]
#: English pronouns a Japanese personal anaphor (彼, 同氏) may simply translate.
EN_PERSONAL = re.compile(r"\b(?:he|she|him|her|his|hers)\b", re.I)
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
    if other_doc.lang == "ja":  # katakana compounds (ヘッドコーチホルト): their dictionary words too
        from align.entities.link import romanize

        # two-consonant keys of dictionary words collide by chance (ホスト and West are both "st"): longer keys only
        theirs += [k for k in (name_skeleton(romanize(w)) for w in katakana_words(other_text)) if len(k) >= 3]
    # the family name (last word) decides: "Roy Keane" is present if something sounds like Keane;
    # for organisations and places any longer word may carry the name ("Imam-Ul-Haq Declared Fit")
    keys = mine[-1:] if ent.label == "PERSON" else [w for w in mine if len(w) >= 3] or mine[-1:]
    words = ent.text.split()
    alternatives = [skeleton_variants(words[-1])] if ent.label == "PERSON" and words and side == "src" else []
    if any(words_match(k, b) for k in keys for b in theirs) or any(words_match(k, b) for alt in alternatives for k in alt for b in theirs):
        return True
    if other_doc.lang == "ja" and _sounds_alike(ent.text, other_text):
        return True
    if other_doc.lang == "ja" and _referred_to(ctx, ent, side, bead, other_text):
        return True
    return _translated(ctx, ent.text, other_text, other_doc.lang)


#: Romanization similarity (the linker's cutlet-based scorer) at which a katakana word spells an English name.
ROMAJI_MATCH = 0.75


def _sounds_alike(name: str, ja_text: str) -> bool:
    """A katakana word of ``ja_text``, or a kanji name read in Japanese, whose romanization spells ``name`` or one of its
    words (ムニューシン ↔ Mnuchin, 相馬 ↔ Soma)."""
    from align.entities.link import _romaji_similarity

    words = [w for w in re.findall(r"[A-Za-z][A-Za-z'\-]{2,}", name) if w.lower() not in EN_STOP]
    targets = [name, *words] if len(words) > 1 else [name]
    runs = {m.group(0) for m in re.finditer(r"[ァ-ヺー]{2,}|[一-龯々]{2,6}", ja_text)} | set(katakana_words(ja_text))
    runs |= {w for w, pos in japanese_words(ja_text) if pos == "名詞" and re.fullmatch(r"[一-龯々]{2,}", w)}  # 鹿島 in 鹿島商工会議所
    return any(_romaji_similarity(r, t) >= ROMAJI_MATCH for r in runs for t in targets)


def _referred_to(ctx: CheckContext, ent: Entity, side: str, bead: int, other_text: str) -> bool:
    """The translation names the entity another legitimate way: country references (国内, 米軍), metonyms,
    demonyms, an anaphor (同社, 彼) for a name the source already introduced, or one rendering of a name
    repeated in the same bead. Not when the bead also holds an unexplained name, which suggests a substitution."""
    bt: Bitext = ctx.bitext  # type: ignore[assignment]
    key = re.sub(r"^the ", "", ent.text.lower()).strip()
    abbreviation = JA_COUNTRY_ABBREVIATIONS.get(key)
    if abbreviation and any(m.group(1) == abbreviation for m in JA_ABBREVIATION_HEAD.finditer(other_text)):
        return True
    if abbreviation is not None and any(w in other_text for w in JA_COUNTRY_REFERENCES):
        return True
    if abbreviation == "米" and any(w in other_text for w in JA_US_REFERENCES):
        return True
    if any(w in other_text for w in CAPITAL_METONYMS.get(key, ())):
        return True
    if key in DEMONYMS:
        return True
    if _unexplained_target_name(ctx, bead):
        return False
    src_doc = bt.src if side == "src" else bt.tgt
    before = src_doc.text[: ent.start]
    mention = ent.text.split()[-1] if ent.label == "PERSON" else ent.text
    anaphor = JA_ANAPHORS.get(ent.label)
    if anaphor is not None and mention in before:
        used = len(anaphor.findall(other_text))
        # 彼 may just translate "he": only an anaphor beyond the source's own pronouns stands for the name
        if ent.label == "PERSON":
            used -= len(EN_PERSONAL.findall(bead_texts(bt, bead)[0 if side == "src" else 1]))
        if used > 0:
            return True
    same = [e for e in src_doc.entities if e.text == ent.text and e is not ent and _bead_of_entity(ctx, e, side) == bead]
    return bool(same)


def _bead_of_entity(ctx: CheckContext, ent: Entity, side: str) -> int | None:
    from align.qa.base import bead_of_sentence

    bt: Bitext = ctx.bitext  # type: ignore[assignment]
    cache = ctx.cache.setdefault(f"sentence_bead_{side}", bead_of_sentence(bt, side))
    doc = getattr(bt, side)
    return cache.get(doc.sentences.index(_sentence_of(doc, ent.start)))


def _unexplained_target_name(ctx: CheckContext, bead: int) -> bool:
    """The bead's translation has a katakana name the entity linker left without a source counterpart."""
    bt: Bitext = ctx.bitext  # type: ignore[assignment]
    for link in layer_links(ctx, "entity"):
        if link.bead == bead and link.src is None and link.tgt is not None:
            t = bt.tgt.entities[link.tgt]
            if t.label in NAME_LABELS and re.fullmatch(r"[ァ-ヺー・]{3,}", t.text):
                return True
    return False


def skeleton_variants(word: str) -> list[str]:
    """Skeletons of other plausible katakana readings of an English spelling: "th" read as t (Theresa → テリーザ),
    German "sch" as sh (Scherzer → シャーザー)."""
    w = word.lower()
    out = []
    if "th" in w:
        out.append(name_skeleton(w.replace("th", "t")))
    if "sch" in w:
        out.append(name_skeleton(w.replace("sch", "sh")))
    return out


@lru_cache(maxsize=1)
def _ja_tagger() -> Any:
    from align.lang.ja import _tagger

    return _tagger()


def japanese_words(text: str) -> list[tuple[str, str]]:
    """``(surface, pos)`` of the UniDic tokens of ``text``."""
    return [(w.surface, w.feature.pos1) for w in _ja_tagger()(text)]


def katakana_words(text: str) -> list[str]:
    """Katakana tokens of ``text`` and pairs of adjacent ones (ヘッド|コーチ|ホルト → ホルト, コーチホルト)."""
    toks = [w for w, _pos in japanese_words(text)]
    kata = [bool(re.fullmatch(r"[ァ-ヺー]{2,}", w)) for w in toks]
    out = [w for w, k in zip(toks, kata, strict=True) if k]
    out += [toks[i] + toks[i + 1] for i in range(len(toks) - 1) if kata[i] and kata[i + 1]]
    return out


def japanese_phrases(text: str) -> list[str]:
    """Noun phrases of up to four tokens, kanji or mixed (軍, 海軍, 緑の党, 最高裁判事): what a translated name looks like."""
    toks = japanese_words(text)
    content = [pos in ("名詞", "接頭辞", "接尾辞") or w in ("・", "の") for w, pos in toks]
    out = set()
    for i in range(len(toks)):
        for n in (1, 2, 3, 4):
            piece = toks[i : i + n]
            if len(piece) < n or not all(content[i : i + n]) or piece[0][0] in ("の", "・") or piece[-1][0] in ("の", "・"):
                continue
            phrase = "".join(w for w, _ in piece)
            if re.search(r"[一-龯]", phrase) and not re.search(r"\d", phrase):
                out.add(phrase)
    return sorted(out)


def _translated(ctx: CheckContext, name: str, other_text: str, other_lang: str) -> bool:
    """A word of the other side means the name ("House" ↔ 下院, "Somerset Police" ↔ サマセット警察) by cross-lingual similarity."""
    from align.qa.embedding import encode

    runs = JA_RUN.findall(other_text) if other_lang == "ja" else EN_RUN.findall(other_text)
    if other_lang == "ja":  # "下院議員" holds "下院" (House): try the 2-4 character pieces of long kanji runs too
        runs += [r[i : i + n] for r in runs if len(r) > 3 and KANJI_ONLY.fullmatch(r) for n in (2, 3, 4) for i in range(len(r) - n + 1)]
        runs += japanese_phrases(other_text)  # 軍 (Army), 緑の党 (Green Party), 海軍 inside カランビル・シン海軍参謀長
    if not runs:
        return False
    gaz = ctx.cache["gazetteer"][0] if "gazetteer" in ctx.cache else None
    if gaz is not None:  # 北朝鮮 is close to "Russia" in embedding space, but it is the name of another country
        own = gaz.entry_of(name, "ja" if other_lang == "en" else "en")
        if own is not None:
            runs = [r for r in runs if gaz.entry_of(r, other_lang) in (None, own)]
    if not runs:
        return False
    if len(name.split()) > 1:  # one character (党, 郡) can render a one-word name (軍 for "Army"), not "Labour Party"
        runs = [r for r in runs if len(r) > 1]
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
    reported: set[tuple[int, int]] = set()
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
        if side == "tgt":
            reported.add((ent.start, ent.end))
        yield finding(
            "entity-mismatch",
            f"{ent.label} “{ent.text}” has no counterpart in the {where}",
            category="accuracy/omission" if side == "src" else "accuracy/mistranslation",
            bead=link.bead,
            **{f"{side}_spans": [[ent.start, ent.end]]},
            details={"label": ent.label, "text": ent.text, "side": side, "note": link.note},
        )
    if bt.tgt.lang == "ja" and bt.src.lang == "en":
        yield from _unexplained_katakana_names(ctx, reported)


def _unexplained_katakana_names(ctx: CheckContext, reported: set[tuple[int, int]]) -> Iterator[Finding]:
    """Katakana proper nouns of the translation that spell nothing in their bead's source.

    A name substituted in the translation ("ロングラーティン" → "ビシュケク") leaves the source name
    unmatched, but the Japanese NER often does not tag the intruder; UniDic does know it as a proper
    noun. It counts as explained when its romanization sounds like a word of the source document
    (a name the document gives elsewhere is explicitation, ペロシ氏 for "she"), the gazetteer finds its
    translation in the source document (also as a demonym: American → アメリカ), or cross-lingual
    similarity finds it in the bead's source.
    """
    from align.entities.link import romanize

    bt: Bitext = ctx.bitext  # type: ignore[assignment]
    # a name the source document gives elsewhere is explicitation (ペロシ氏 for "she"), not a substitution; across a whole
    # document only an identical consonant skeleton counts (fuzzy matching of short skeletons finds chance look-alikes)
    names = set(re.findall(r"[A-Z][A-Za-z'\-]{2,}", bt.src.text))
    doc_words = {(w, name_skeleton(w)) for w in names} | {(w, v) for w in names for v in skeleton_variants(w)}
    for b, bead in enumerate(bt.beads):
        if not bead.src or not bead.tgt:
            continue
        src_text, tgt_text = bead_texts(bt, b)
        base = bt.tgt.sentences[bead.tgt[0]].start
        if len(bead.tgt) > 1 or bt.tgt.text[base : base + len(tgt_text)] != tgt_text:
            continue  # offsets are only exact for one-sentence targets
        proper = _proper_noun_spans(tgt_text)
        en_words = [(w, name_skeleton(w)) for w in re.findall(r"[A-Za-z]{2,}", src_text) if w.lower() not in EN_STOP]
        en_words += [(w, v) for w in re.findall(r"[A-Za-z]{3,}", src_text) for v in skeleton_variants(w)]
        for m in KATAKANA_NAME_RUN.finditer(tgt_text):
            a, e = m.span()
            if not any(pa < e and a < pe for pa, pe in proper) or any(ra < base + e and base + a < rb for ra, rb in reported):
                continue
            run = m.group(0)
            parts = [run, *[p for p in run.split("・") if len(p) >= 2], *katakana_words(run)]
            skeletons = [(p, name_skeleton(romanize(p))) for p in parts]
            if any(_spells(p, k, w, v, fuzzy=True) for p, k in skeletons for w, v in en_words) or any(
                _spells(p, k, w, v, fuzzy=False) for p, k in skeletons for w, v in doc_words
            ):
                continue
            if any(_in_gazetteer(ctx, p, "ja", "en", bt.src.text) for p in parts) or any(
                _sounds_alike(w, run) for w in re.findall(r"[A-Z][A-Za-z'\-]{2,}", src_text)
            ):
                continue
            if _fold(run) in _fold(src_text) or _translated(ctx, run, src_text, "en"):
                continue
            yield finding(
                "entity-mismatch",
                f"name “{run}” in the translation has no counterpart in the source",
                category="accuracy/mistranslation",
                bead=b,
                tgt_spans=[[base + a, base + e]],
                details={"label": "PROPN", "text": run, "side": "tgt", "note": "katakana proper noun"},
            )


def _spells(ja: str, ja_skeleton: str, en: str, en_skeleton: str, fuzzy: bool) -> bool:
    """The katakana word ``ja`` spells the English word ``en``: consonant skeletons agree fuzzily inside a bead; across the
    document exactly, and for short skeletons, where vowel-less keys collide (Alameda and アイルランド are both "rnd"),
    the romanizations must be alike too."""
    from align.entities.link import _romaji_similarity

    if fuzzy:
        return words_match(ja_skeleton, en_skeleton)
    if len(ja_skeleton) < 3 or ja_skeleton != en_skeleton:
        return False
    return len(ja_skeleton) >= 4 or _romaji_similarity(ja, en) >= 0.5


KATAKANA_NAME_RUN = re.compile(r"[ァ-ヺ][ァ-ヺー・]{2,}")


def _proper_noun_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the UniDic proper nouns (固有名詞) of ``text``."""
    out = []
    pos = 0
    for w in _ja_tagger()(text):
        start = text.find(w.surface, pos)
        if start < 0:
            continue
        pos = start + len(w.surface)
        if w.feature.pos2 == "固有名詞" or (w.is_unk and re.fullmatch(r"[ァ-ヺー]{3,}", w.surface)):
            out.append((start, pos))  # unknown katakana words are mostly transliterated names (ファラージ)
    return out


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
