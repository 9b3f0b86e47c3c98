"""Named entities present on one side only, and one source name rendered two ways.

Uses the entity linker (:func:`align.entities.link_entities`): a link whose
``src`` or ``tgt`` is ``None`` is an entity left without a counterpart in
its bead, which is how a substituted or dropped name shows up.
"""

from __future__ import annotations

import itertools
import math
import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from functools import lru_cache
from typing import Any

from align.model import Bitext, Document, Entity, Link, Sentence
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
    "washington": ("米国", "アメリカ", "米政府", "ホワイトハウス"),
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
    "white house": ("米国政府", "米政府", "政権", "大統領府", "大統領"),
}
#: The other way round: a Japanese metonym and the English names it may stand for (ホワイトハウス for "Washington").
JA_METONYMS: dict[str, list[str]] = defaultdict(list)
for _en, _forms in CAPITAL_METONYMS.items():
    for _form in _forms:
        JA_METONYMS[_form].append(_en)
#: Demonyms the English NER sometimes tags as ORG/GPE; Japanese says 国民, 英国人 or nothing.
DEMONYMS = frozenset(
    "britons brits americans europeans australians canadians germans russians indians koreans chinese japanese "
    "french italians spaniards mexicans brazilians israelis palestinians iranians iraqis syrians afghans pakistanis "
    "scots welsh irish englishmen europeans africans asians egyptians ukrainians".split()
)
#: Japanese anaphors for a name already introduced (同社 for "KCNA", 同氏, 彼女).
#: Titles a translation uses for a person already named (同長官 for "Mnuchin", 大統領 for "Trump"), with the English
#: words that would make the title a translation of the source rather than a stand-in for the name.
JA_TITLES = {
    "大統領": "president", "首相": "prime minister|premier", "長官": "secretary", "大臣": "minister|secretary", "議長": "speaker|chair",
    "教授": "professor|prof", "博士": "dr|doctor", "知事": "governor", "市長": "mayor", "委員長": "chair", "社長": "chief executive|ceo",
    "会長": "chair", "監督": "manager|coach|director", "選手": "player", "議員": "senator|lawmaker|mp|congressman|congresswoman",
    "報道官": "spokes|press secretary", "特使": "envoy", "被告": "defendant", "容疑者": "suspect", "国王": "king", "女王": "queen",
}
JA_ANAPHORS = {
    "PERSON": re.compile(r"同氏|彼女?|両氏|同(?:" + "|".join(JA_TITLES) + ")"),
    # 同氏 too: the English NER often tags a person as ORG ("Kudlow said" → 同氏は)
    "ORG": re.compile(r"同(?:社|紙|誌|党|局|庁|省|軍|団体|グループ|チーム|機関|委員会|協会|通信|大学|クラブ|政府)|当局|同氏"),
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
        ctx.cache["name_scorer"] = NameScorer(ja, en, gaz)
        ctx.cache["gazetteer"] = gaz
    return ctx.cache["name_scorer"]


def _in_gazetteer(ctx: CheckContext, text: str, lang: str, other_lang: str, other_text: str) -> bool:
    """A gazetteer translation of the name ("U.S." → 米国), or of a related entry (Scottish → スコットランド), occurs in the other
    side's text."""
    gaz = ctx.cache["gazetteer"]
    forms = [v for entry in gaz.entries_and_related(text, lang) for v in gaz.variants(entry, other_lang)]
    if other_lang != "en":
        folded = other_text.lower()
        return any(v.lower() in folded for v in forms)
    # English: whole words, and short forms ("US", "UK") in their own case, or "us" in "thus" would count
    return any(re.search(rf"(?<![A-Za-z]){re.escape(v)}(?![A-Za-z])", other_text, 0 if len(v) <= 3 else re.I) for v in forms)


def _present(ctx: CheckContext, ent: Entity, side: str, bead: int, exclude: Entity | None = None, misread: bool = False) -> bool:
    """Whether ``ent`` (on ``side``) is rendered somewhere in the other side of ``bead`` after all."""
    return presence_reason(ctx, ent, side, bead, exclude, misread) is not None


def presence_reason(
    ctx: CheckContext, ent: Entity, side: str, bead: int, exclude: Entity | None = None, misread: bool = False
) -> str | None:
    """Why ``ent`` counts as rendered in the other side of ``bead`` (the first evidence found), or None.

    Returned as a short reason so a reviewer (or a test) can see which rule explained a name away. ``exclude`` is a
    counterpart the linker chose on evidence that does not hold (see :func:`_doubtful_pair`). An English name the NER cut
    before a possessive ("Squire" of "Squire's") is also tried with it: a shop or a firm may keep the s in Japanese.
    ``misread``: an English span the NER took for a person and :data:`PERSON_MISREAD_HEAD` made an organisation ("Cal Fire").
    """
    reason = _presence_reason(ctx, ent, side, bead, exclude, misread)
    if reason is None:
        doc = getattr(ctx.bitext, side)
        if doc.lang == "en" and re.match(r"['’]s\b", doc.text[ent.end : ent.end + 3]):
            whole = Entity(ent.start, ent.end + 2, ent.label, ent.text + "'s", ent.source)
            return _presence_reason(ctx, whole, side, bead, exclude, misread)
    return reason


def _presence_reason(
    ctx: CheckContext, ent: Entity, side: str, bead: int, exclude: Entity | None = None, misread: bool = False
) -> str | None:
    bt: Bitext = ctx.bitext  # type: ignore[assignment]
    other_side = "tgt" if side == "src" else "src"
    other_doc = getattr(bt, other_side)
    other_text = bead_texts(bt, bead)[1 if other_side == "tgt" else 0]
    if _fold(ent.text) in _fold(other_text) or _fold(ent.text).replace(".", "") in _fold(other_text).replace(".", ""):
        return "same string"  # an acronym written with or without full stops (F.B.I. ↔ FBI)
    lo = min((other_doc.sentences[i].start for i in getattr(bt.beads[bead], other_side)), default=0)
    hi = max((other_doc.sentences[i].end for i in getattr(bt.beads[bead], other_side)), default=0)
    scorer = _name_scorer(ctx)
    if _in_gazetteer(ctx, ent.text, getattr(bt, side).lang, other_doc.lang, other_text):
        return "gazetteer"
    abbreviation = JA_COUNTRY_ABBREVIATIONS.get(re.sub(r"^the ", "", ent.text.lower()))
    if other_doc.lang == "ja" and abbreviation and any(abbreviation in m for m in JA_ABBREVIATION_COMPOUND.findall(other_text)):
        return "country abbreviation"
    own_text = bead_texts(bt, bead)[0 if side == "src" else 1]
    # a known name of something else cannot be this name's rendering, however alike they sound (ポートランド is not Poland)
    masked = _mask_other_names(ctx, other_text, other_doc.lang, ent.text)
    spelling = name_spelling(ent.text, ent.label, masked, own_text) if other_doc.lang == "ja" else ("", "")
    if spelling[0] == "conflict":
        return None  # the name is written with one of its parts replaced by another name
    ja_is_src = bt.src.lang == "ja"
    for cand in other_doc.entities:
        if lo <= cand.start < hi and cand is not exclude:
            j, e = (ent, cand) if (side == "src") == ja_is_src else (cand, ent)
            score, evidence = scorer.score(j, e)
            # the linker's embeddings already said no; when its pairing was doubted, acronyms written after a name are no proof
            if score >= PRESENT_SCORE and evidence not in ("embedding", *(("acronym", "acronym alias") if exclude else ())):
                return "linker score"
    if spelling[0] == "spelled":
        return "spelled"
    if other_doc.lang == "en":
        # a Japanese name against English text: capitalized words only (lower-case words match sound skeletons by chance)
        mine = [k for m in re.finditer(r"[ァ-ヺー]{2,}", ent.text) for k in ja_keys(m.group(0))]
        theirs = [k for w in re.findall(r"\b[A-Z][A-Za-z'’\-]+", masked) if w.lower() not in EN_STOP for k in en_keys(w)]
        if any(len(k) >= 2 and keys_match(k, t) for k in mine for t in theirs):
            return "sound skeleton"
    if other_doc.lang == "ja" and _sounds_alike(ent.text, ent.label, masked):
        return "romanization"
    if other_doc.lang == "ja" and saint_rendered(ent.text, masked):
        return "saint"
    if other_doc.lang == "ja" and _referred_to(ctx, ent, side, bead, other_text):
        return "referred to"
    if other_doc.lang == "en" and any(re.search(rf"\b{re.escape(k)}\b", other_text, re.I) for k in JA_METONYMS.get(ent.text, ())):
        return "referred to"
    if other_doc.lang == "en" and _explicitated(ctx, ent):
        return "named elsewhere in the source"
    if other_doc.lang == "en" and _expands_acronym(ctx, ent.text, other_text, own_text):
        return "acronym expanded"
    if other_doc.lang == "en" and ja_name_glossed(ent.text, own_text, other_text):
        return "glossed"
    # a known place or transliterated name has its renderings listed: a word that only comes close in meaning is another
    # name (タリバン ↔ Afghanistan); only a word that means the very same counts (朝鮮 for "Korea" in "the Korea War")
    strict = _sound_rendered(ctx, ent.text, getattr(bt, side).lang)
    if misread:
        # the head word that makes it an organisation is what any report on the subject translates (cos("Cal Fire", 火災)
        # is 0.56): the words before it must be rendered too, by meaning or as the start of a place the translation names
        rest = PERSON_MISREAD_HEAD.sub("", ent.text).strip()
        if not (_clipped_place(ctx, rest, other_text) or _translated(ctx, rest, other_text, other_doc.lang, "ORG", strict)):
            return None
    if _translated(ctx, ent.text, other_text, other_doc.lang, ent.label, strict):
        return "translated"
    person = ent.label == "PERSON" and not everyday_words(ent.text)  # a person is glossed only if named by everyday words (a misread)
    if other_doc.lang == "ja" and not strict and not person and glossed(ent.text, own_text, other_text):
        return "glossed"
    phrase = _title_phrase(getattr(bt, side).text, ent) if other_doc.lang == "ja" and ent.label in ("GPE", "LOC") else None
    if phrase and _translated(ctx, phrase, other_text, other_doc.lang, "", strict):
        return "translated with its title"
    return None


#: A Title Case phrase: capitalized words, joined by short function words ("Attack on Titan", "Lord of the Rings").
EN_TITLE_PHRASE = re.compile(r"[A-Z][\w'’\-]*(?: (?:(?:of|on|in|at|to|for|from|with|into|over|against|the|and|a|an) )*[A-Z][\w'’\-]*)+")


def _title_phrase(text: str, ent: Entity) -> str | None:
    """The longer Title Case phrase a place span of the English NER belongs to, joined by a function word ("Titan" of
    "Attack on Titan"): a work or an event named by a phrase, which Japanese translates as a whole (進撃の巨人), so the
    place's own word need not be rendered. None when the span stands alone or is only a longer name ("New York City")."""
    lo = max(0, ent.start - 60)
    for m in EN_TITLE_PHRASE.finditer(text, lo, min(len(text), ent.end + 60)):
        if m.start() <= ent.start and ent.end <= m.end() and m.group(0) != ent.text:
            phrase = m.group(0)
            return phrase if re.search(r" (?:of|on|in|at|to|for|from|with|into|over|against) ", phrase) else None
    return None


def _clipped_place(ctx: CheckContext, word: str, ja_text: str) -> bool:
    """``word`` (3 letters or more) begins an English form of a gazetteer name in ``ja_text``: "Cal" of "Cal Fire" is
    カリフォルニア, "Mass" is マサチューセッツ; an agency named after its state is translated with the state's full name."""
    gaz = ctx.cache["gazetteer"]
    if len(word) < 3:
        return False
    return any(
        v.lower().startswith(word.lower())
        for start, end, _label in gaz.find(ja_text, "ja")
        for entry in gaz.entries_of(ja_text[start:end], "ja")
        for v in gaz.variants(entry, "en")
    )


def _mask_other_names(ctx: CheckContext, text: str, lang: str, name: str) -> str:
    """``text`` with the gazetteer names of other things than ``name`` blanked out (the linker's rule,
    :meth:`Gazetteer.names_another`: a homograph such as オークランド for "Oakland" stays)."""
    gaz = ctx.cache["gazetteer"]
    for start, end, _label in gaz.find(text, lang):
        if gaz.names_another(text[start:end], lang, [name]):
            text = text[:start] + ("〇" if lang == "ja" else " ") * (end - start) + text[end:]
    return text


def _sound_rendered(ctx: CheckContext, text: str, lang: str) -> bool:
    """A gazetteer name that Japanese renders by sound, not by meaning: a place, or a name whose Japanese forms are all
    katakana or Latin (PayPal → ペイパル). Something that merely means the same (タリバン near "Afghanistan") is not it;
    an institution (Treasury → 財務省, 財務長官 for "Treasury Secretary") may still be translated."""
    gaz = ctx.cache["gazetteer"]
    entries = gaz.entries_and_related(text, lang)
    if not entries:
        return False
    labels = {label for table in (gaz.ja, gaz.en) for label, e in table.values() if e in entries}
    forms = [v for e in entries for v in gaz.variants(e, "ja")]
    return bool(labels & {"GPE", "LOC"}) or all(re.fullmatch(r"[ァ-ヺー・A-Za-z0-9&\s]+", v) for v in forms)


#: An acronym of the source: two to five capitals.
EN_ACRONYM = re.compile(r"(?<![A-Za-z])[A-Z]{2,5}(?![A-Za-z])")


def _expands_acronym(ctx: CheckContext, ja_name: str, en_text: str, ja_text: str) -> bool:
    """A Japanese name that spells out an acronym of the source the translation does not write (BST → イギリス時間, ASX →
    オーストラリア証券取引所, GMT → グリニッジ標準時): the acronym opens with the name's initial, by one of its English forms
    (gazetteer) or by its romanization. Acronyms the gazetteer knows (US, EU) have their own renderings and explain nothing."""
    gaz = ctx.cache["gazetteer"]
    acronyms = {a for a in EN_ACRONYM.findall(en_text) if a not in ja_text and gaz.entry_of(a, "en") is None}
    if not acronyms:
        return False
    initials = {v[:1].lower() for e in gaz.entries_and_related(ja_name, "ja") for v in gaz.variants(e, "en") if v[:1].isalpha()}
    if KATAKANA_ONLY.fullmatch(ja_name):
        initials |= _romaji_initials(ja_name)
    return any(a[0].lower() in initials for a in acronyms)


def _explicitated(ctx: CheckContext, ent: Entity) -> bool:
    """A known name the translation adds where the source says "he", "the president" or "the university": the source
    document names it elsewhere (トランプ for "he", ハーバード for "the world's number one university")."""
    bt: Bitext = ctx.bitext  # type: ignore[assignment]
    gaz = ctx.cache["gazetteer"]
    source = bt.src.text.lower()
    for entry in gaz.entries_and_related(ent.text, "ja"):
        if any(re.search(rf"(?<![a-z]){re.escape(v.lower())}(?![a-z])", source) for v in gaz.variants(entry, "en") if len(v) >= 3):
            return True
    return False


#: A katakana name written in parts: ジョン・スミス, サン＝サーンス, and the space-separated style (サイフロ ハビブリャエビィック).
KATAKANA_PARTS = re.compile(r"[ァ-ヺー]+(?:[・＝=･ 　][ァ-ヺー]+)*")
PART_SEPARATORS = re.compile(r"[・＝=･ 　]")
#: Katakana honorifics and titles written inside a name (サー・エルトン・ジョン, ドクター・ドレー): not parts of the name.
KATAKANA_TITLES = frozenset(
    {"サー", "ドクター", "ミスター", "ミセス", "ミス", "レディ", "レディー", "ジュニア", "シニア", "セント", "デイム"}
    | {"アンド", "オブ", "ザ", "デ", "ドゥ", "フォー", "ヴァン", "ファン", "フォン"}  # and, of, the, de, van, von: particles of a name
)


def en_name_words(name: str) -> list[str]:
    """The words of an English name that a katakana rendering spells one by one (hyphens split, particles and initials dropped)."""
    words = [re.sub(r"['’]$", "", w) for w in re.split(r"[\s\-‐]+", plain_latin(name))]  # en_keys reads a possessive both ways
    return [w for w in words if len(re.sub(r"[^A-Za-z]", "", w)) >= 2 and w.lower() not in EN_STOP and not re.fullmatch(r"[A-Z]\.?", w)]


@lru_cache(maxsize=4096)
def _pieces(part: str) -> tuple[str, ...]:
    """A katakana part and the names that may hide inside it: its UniDic words and pairs of them (ヘッドコーチホルト → ホルト),
    and the part without a trailing known loanword (グープブランド → グープ, which UniDic does not split)."""
    out = [part, *katakana_words(part)]
    for i in range(2, len(part) - 2):
        tail = japanese_words(part[i:])
        if len(tail) == 1 and tail[0][1] == "名詞" and not _ja_tagger()(part[i:])[0].is_unk:
            out.append(part[:i])
    return tuple(dict.fromkeys(out))


def _loosely_spells(kana: str, word: str) -> bool:
    """A weak likeness (a free rendering of a given name, グスタボ for "Gus"): enough to not call a part foreign."""
    from align.entities.link import _romaji_similarity

    return any(words_match(a, b) for a in ja_keys(kana) for b in en_keys(word)) or _romaji_similarity(kana, word) >= 0.5


def _split_initials(parts: list[str], words: list[str]) -> list[str]:
    """Parts that begin with the spelled-out initials of one of the words are cut after them (ジェーシードゥコー → ジェーシー, ドゥコー)."""
    readings = sorted({r for w in words for r in letter_readings(w)}, key=len, reverse=True)
    out = []
    for p in parts:
        r = next((r for r in readings if p.startswith(r) and len(p) > len(r) + 1), None)
        out += [r, p[len(r):]] if r else [p]
    return out


def _ordered_hits(parts: list[str], words: list[str], src_words: list[str]) -> set[tuple[int, int]]:
    """Parts matched to the words they spell, one to one and in order (サン spells "Saint" of Saint-Saens, not both words)."""
    hits: set[tuple[int, int]] = set()
    last = -1
    for i, p in enumerate(parts):
        j = next((j for j in range(last + 1, len(words)) if any(spells(x, words[j]) and _piece_fits(p, x, src_words) for x in _pieces(p))),
                 None)
        if j is not None:
            hits.add((i, j))
            last = j
    return hits


def _piece_fits(part: str, piece: str, src_words: list[str]) -> bool:
    """A piece cut from a katakana word spells a name only when the rest of the word is accounted for: nothing much, a
    title, or loanwords whose English origins are words of the source (ヘッドコーチ of ヘッドコーチホルト, "head coach Holt").
    Otherwise a chance likeness of a fragment (ボールド of ボールドウィン ↔ "Bridgestone") would pass for the name."""
    if piece == part:
        return True
    rest = part.replace(piece, "", 1).strip("ー・")
    if len(rest) < 2 or rest in KATAKANA_TITLES or any(spells(rest, w) for w in src_words if w[:1].isupper()):
        return True
    glosses = loanword_parts(rest)
    lower = [w.lower() for w in src_words]
    return bool(glosses) and all(any(_same_word(g, w) or g == w for w in lower) for gloss in glosses for g in gloss.split())


def name_spelling(name: str, label: str, ja_text: str, src_text: str = "") -> tuple[str, str]:
    """How ``ja_text`` renders the English ``name`` in katakana: ``("spelled", run)`` when a katakana run spells it (for a
    person, the family name), ``("conflict", part)`` when the only runs that spell it also hold a part that spells none of
    its words while one of its words is missing (エマ・リサーチ for "Emma Stone": a name partly replaced), else ``("", "")``.
    A part that spells another word of the bead's source ``src_text`` is a neighbouring name, not a replacement
    (ブリガム in ブリガム・アンド・ウィメンズ病院 for "Brigham and Women's Hospital", where NER found only the second name)."""
    from align.entities.link import _romaji_similarity

    words = en_name_words(name)
    if not words:
        return "", ""
    if label == "PERSON":
        required = {len(words) - 1}
    else:
        required = {i for i, w in enumerate(words) if max(map(len, en_keys(w)), default=0) >= 3} or {len(words) - 1}
    conflict = ""
    others = [w for w in re.findall(r"[A-Z][A-Za-z'’]+", src_text) if w not in words and w.lower() not in EN_STOP]
    src_words = re.findall(r"[A-Za-z][A-Za-z'’]+", src_text) or words
    src_all = [w for w in src_words if w not in words]
    for m in KATAKANA_PARTS.finditer(ja_text):
        run = m.group(0)
        if src_all and renders_other_word(run, "", src_all):
            continue  # a loanword that translates another word of the source (レコーディング for "recorded")
        parts = _split_initials([p for p in PART_SEPARATORS.split(run) if p], words)
        if (len(words) > 1 and _romaji_similarity(run, name) >= ROMAJI_MATCH) or any(run in letter_readings(w) for w in words):
            return "spelled", run
        if len(words) > 1 and any(_joined_name(p, words) for p in parts):
            return "spelled", run
        hits = _ordered_hits(parts, words, src_words)
        if not hits:
            continue
        free_parts = [i for i in range(len(parts)) if i not in {a for a, _ in hits}]
        free_words = [j for j in range(len(words)) if j not in {b for _, b in hits}]
        # one part may spell two words ("Jong Un" → ジョンウン)
        for i in list(free_parts):
            for a in range(len(free_words)):
                span = free_words[a : a + 2]
                joined = "".join(words[k] for k in span)
                if len(span) == 2 and span[1] == span[0] + 1 and _romaji_similarity(parts[i], joined) >= ROMAJI_MATCH:
                    free_parts.remove(i)
                    free_words = [k for k in free_words if k not in span]
                    break
        # a compound part may hold two words (ヨークシャーデイルズ for "Yorkshire Dales")
        free_words = [j for j in free_words if not any(spells(x, words[j]) for i, _ in hits for x in _pieces(parts[i])[1:])]
        leftover = [parts[i] for i in free_parts if len(parts[i]) >= 2 and parts[i] not in KATAKANA_TITLES
                    and not any(_loosely_spells(parts[i], words[j]) for j in free_words)
                    and not any(spells(parts[i], w) for w in others)]
        if leftover and free_words:
            conflict = conflict or leftover[0]
        elif any(j in required for _i, j in hits):
            return "spelled", run
    return ("conflict", conflict) if conflict else ("", "")


def _joined_name(part: str, words: list[str]) -> bool:
    """A katakana part that writes two words of a name without a middle dot (デクランギャラガー for "Declan Gallagher",
    アランマクレガー for "Allan McGregor"): it splits into a head that spells the one word, at least loosely, and a tail of
    three or more characters that spells the next."""
    for i in range(2, len(part) - 2):
        head, tail = part[:i], part[i:]
        for a, b in itertools.pairwise(words):
            if spells(tail, b) and (spells(head, a) or _loosely_spells(head, a)):
                return True
    return False


#: Romanization similarity (the linker's cutlet-based scorer) at which a katakana word spells an English name.
ROMAJI_MATCH = 0.75


def _sounds_alike(name: str, label: str, ja_text: str) -> bool:
    """A katakana word of ``ja_text``, or a kanji name read in Japanese, whose romanization spells ``name`` or one of its
    words (ムニューシン ↔ Mnuchin, 相馬 ↔ Soma); for a person, the full name or the family name (エマ alone is not "Emma Stone")."""
    from align.entities.link import _romaji_similarity

    words = [re.sub(r"['’]s?$", "", w) for w in re.findall(r"[A-Za-z][A-Za-z'’\-]{2,}", name) if w.lower() not in EN_STOP]
    if label == "PERSON":
        words = words[-1:]
    targets = [name, *words] if len(words) > 1 or (words and words[0] != name) else [name]
    runs = {m.group(0) for m in re.finditer(r"[ァ-ヺー]{2,}|[一-龯々]{2,6}", ja_text)} | set(katakana_words(ja_text))
    # a name written in hiragana and katakana together (さんデジ for "San-Digi"); plain hiragana is mostly grammar
    runs |= {m.group(0) for m in MIXED_KANA.finditer(ja_text) if len(m.group(0)) >= 3}
    runs |= {w for w, pos in japanese_words(ja_text) if pos == "名詞" and re.fullmatch(r"[一-龯々]{2,}", w)}  # 鹿島 in 鹿島商工会議所
    if any(_romaji_similarity(r, t) >= ROMAJI_MATCH for r in runs for t in targets):
        return True
    # a kanji name read as it is, without the linker's reading of name-final 市/島/党 as "city"/"island"/"party" (種市 ↔ Taneichi)
    from rapidfuzz import fuzz

    from align.entities.link import romanize

    kanji = [r for r in runs if KANJI_ONLY.fullmatch(r)]
    if any(fuzz.ratio(romanize(r, False).replace(" ", ""), plain_latin(t).lower().replace(" ", "")) >= 85 for r in kanji for t in targets):
        return True
    # a one-kanji family name (森 ↔ Mori): its reading must be the very word, one character matches too much otherwise
    singles = {w for w, pos in japanese_words(ja_text) if pos == "名詞" and re.fullmatch(r"[一-龯々]", w)}
    if any(romanize(k, False).replace(" ", "") == plain_latin(t).lower() for k in singles for t in words[-1:]):
        return True
    # a romanized Japanese name read from the kanji by their dictionary readings (Takamine ↔ 髙嶺, Tano ↔ 唐津市肥前町田野);
    # any word of a person, since Japanese names come family name first
    every = [re.sub(r"['’]s?$", "", w) for w in re.findall(r"[A-Za-z][A-Za-z'’\-]{2,}", name) if w.lower() not in EN_STOP]
    # with the kana a kanji name may hold (照ノ富士 for "Terunofuji", 霞ヶ関)
    if any(kanji_reads_as(r, w) for w in every for r in re.findall(r"[一-龯々〆髙﨑]+(?:[ノヶケ][一-龯々〆髙﨑]+)*", ja_text)):
        return True
    # a name written in hiragana (まめや for "Mameya", ねね of 桜ねね for "Sakura Nene"): its romanization is the very word
    hiragana = {romanize(run, False).replace(" ", "") for run in _hiragana_name_runs(ja_text)}
    return any(len(w) >= 4 and plain_latin(w).lower() in hiragana for w in [*words, *every[-1:]])


#: Nouns that are grammar (こと, もの, ため …): a hiragana run holding one is no name for it.
JA_FORMAL_NOUNS = frozenset("こと もの ところ とき ため よう はず わけ うち ほう まま".split())


def _hiragana_name_runs(ja_text: str) -> list[str]:
    """Hiragana runs of ``ja_text`` that may write a name: UniDic reads a noun in them (かめ of かめや, ねね), or the run is one
    syllable or two said twice over several tokens (なな of 菊なな, split な|な). Not a run that is only grammar (この, その,
    ただ, なら, には): their romanizations (kono, sono, tada, nara, niwa) are family names and places too, and would excuse a
    dropped Kono or Nara."""
    spans, pos = [], 0
    for w in _ja_tagger()(ja_text):
        pos += len(w.white_space)
        spans.append((pos, pos + len(w.surface), w.surface, w.feature.pos1))
        pos += len(w.surface)
    out = []
    for m in re.finditer(r"[ぁ-ゖー]{2,}", ja_text):
        inside = [(a, b, w, p) for a, b, w, p in spans if a < m.end() and b > m.start()]
        noun = any(p == "名詞" and w not in JA_FORMAL_NOUNS and m.start() <= a and b <= m.end() for a, b, w, p in inside)
        if noun or (len(inside) > 1 and re.fullmatch(r"(.{1,2})\1", m.group(0))):
            out.append(m.group(0))
    return out


MIXED_KANA = re.compile(r"[ぁ-ゖァ-ヺー]*(?:[ぁ-ゖ][ァ-ヺ]|[ァ-ヺ][ぁ-ゖ])[ぁ-ゖァ-ヺー]*")
#: The shape of a romanized Japanese word (Hepburn): syllables of an optional consonant (doubled or palatal) and a vowel, or n.
ROMAJI_WORD = re.compile(r"(?:(?:kk|ss|tt|pp|tch|ssh|sh|ch|ts|[kgnhbpmr]y|[kgsztdnhbpmyrwfj])?[aeiou]|n|m(?=[bp]))+")
#: Old or variant kanji of names that the dictionaries only know in their common form.
KANJI_VARIANTS = str.maketrans({"髙": "高", "﨑": "崎", "德": "徳", "濵": "濱", "邊": "辺", "邉": "辺", "齋": "斎", "齊": "斉"})


@lru_cache(maxsize=1)
def _sudachi() -> Any:
    from sudachipy import dictionary

    return dictionary.Dictionary(dict="core")


@lru_cache(maxsize=8192)
def _kanji_readings(kanji: str) -> frozenset[str]:
    """Romanized dictionary readings (SudachiDict) of a kanji string, long vowels folded as romanized names write them."""
    from align.entities.link import romanize

    out = set()
    for m in _sudachi().lookup(kanji):
        if m.surface() == kanji:
            out.add(_fold_romaji(romanize(m.reading_form(), False)))
    return frozenset(r for r in out if r)


def _fold_romaji(text: str) -> str:
    text = re.sub(r"[^a-z]", "", text.lower())
    for a, b in (("ou", "o"), ("oo", "o"), ("uu", "u"), ("ii", "i"), ("aa", "a"), ("ee", "e"), ("nb", "mb"), ("np", "mp")):
        text = text.replace(a, b)
    return text


@lru_cache(maxsize=8192)
def kanji_reads_as(kanji: str, word: str) -> bool:
    """Some stretch of the kanji ``kanji`` reads as the romanized Japanese ``word``, kanji by kanji or in dictionary words
    (髙嶺 as Takamine: 高 taka + 嶺 mine; 田野 as Tano), two kanji at least. Only for words shaped like romanized Japanese,
    so that an English name never matches a kanji reading by chance."""
    target = _fold_romaji(plain_latin(word))
    if len(target) < 4 or not ROMAJI_WORD.fullmatch(plain_latin(word).lower()):
        return False
    text = kanji.translate(KANJI_VARIANTS)
    for start in range(len(text)):
        todo, seen = [(start, 0)], set()
        while todo:
            i, j = todo.pop()
            if j == len(target) and i - start >= 2:  # one kanji has too many readings to be evidence
                return True
            if (i, j) in seen or i >= len(text):
                continue
            seen.add((i, j))
            for n in (1, 2, 3):
                for r in _kanji_readings(text[i : i + n]) if i + n <= len(text) else ():
                    if target.startswith(r, j):
                        todo.append((i + n, j + len(r)))
    return False


def _referred_to(ctx: CheckContext, ent: Entity, side: str, bead: int, other_text: str) -> bool:
    """The translation names the entity another legitimate way: country references (国内, 米軍), metonyms,
    demonyms, an anaphor (同社, 彼) for a name the source already introduced, or one rendering of a name
    repeated in the same bead (the other occurrence paired with it). Not when the bead also holds an unexplained name,
    which suggests a substitution."""
    bt: Bitext = ctx.bitext  # type: ignore[assignment]
    key = re.sub(r"^the ", "", ent.text.lower()).strip()
    abbreviation = JA_COUNTRY_ABBREVIATIONS.get(key)
    if abbreviation and any(m.group(1) == abbreviation for m in JA_ABBREVIATION_HEAD.finditer(other_text)):
        return True
    if abbreviation is not None and any(w in other_text for w in JA_COUNTRY_REFERENCES):
        return True
    if abbreviation == "米" and any(w in other_text for w in JA_US_REFERENCES):
        return True
    if ent.label in ("GPE", "LOC") and _unit_reference(ctx, ent.text, other_text):
        return True
    if any(w in other_text and not _renders_another_name(ctx, w, ent, side, bead, other_text) for w in CAPITAL_METONYMS.get(key, ())):
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
    if ent.label == "PERSON" and mention in before:  # 大統領は for "Trump said": the title stands for the name
        source_bead = bead_texts(bt, bead)[0 if side == "src" else 1].lower()
        for title, english in JA_TITLES.items():
            if re.search(rf"(?<!同){title}{NOT_VERBAL}", other_text) and not re.search(rf"\b(?:{english})", source_bead):
                return True
    if (side == "src" and mention in before and _rendered_before(ctx, mention, bead) and _is_subject(src_doc, ent)
            and not _unpaired_target_name(ctx, bead)):
        return True  # a name the translation has already given, left implicit when the source repeats it (Japanese drops a known subject)
    # the same name twice in the source bead, rendered once: the other occurrence is paired with the rendering
    paired = {link.src if side == "src" else link.tgt for link in layer_links(ctx, "entity")
              if link.bead == bead and link.src is not None and link.tgt is not None}
    return any(src_doc.entities[i].text == ent.text and src_doc.entities[i] is not ent for i in paired if i is not None)


#: Kanji that end the Japanese name of an administrative unit (東京都, 北海道, 大阪府, 千葉県, カリフォルニア州, 横浜市, 港区).
JA_ADMIN_UNITS = "都道府県州市区郡"
#: How Japanese refers to the unit a sentence is about without naming it again: 都内 ("in Tokyo"), 州内, 県民, 市全域.
#: Not the end of a name written in kanji, katakana or Latin letters (横浜市内, オレゴン州内, NY州内): that names the place.
JA_UNIT_REFERENCE = re.compile(rf"(?<![{JA_ADMIN_UNITS}一-龯ァ-ヺーA-Za-zＡ-Ｚａ-ｚ])([{JA_ADMIN_UNITS}])(?:内|民|全域|全体|全土)")


def _unit_reference(ctx: CheckContext, name: str, ja_text: str) -> bool:
    """A place the translation refers to by its kind of unit, as Japanese does once the place is clear ("snow in Tokyo" →
    都内の雪, "across California" → 州内で): one of the place's Japanese names ends in that unit (東京都, カリフォルニア州).
    都内 does not stand for Osaka (大阪府), nor 州内 for a country."""
    gaz = ctx.cache["gazetteer"]
    units = {v[-1] for e in gaz.entries_of(name, "en") for v in gaz.variants(e, "ja") if len(v) >= 3 and v[-1] in JA_ADMIN_UNITS}
    return any(m.group(1) in units and not _hiragana_name_before(ja_text, m.start()) for m in JA_UNIT_REFERENCE.finditer(ja_text))


def _hiragana_name_before(ja_text: str, at: int) -> bool:
    """A name in hiragana ends at ``at`` (さいたま of さいたま市内, つくば市), by UniDic: a noun, not a particle (昨日は都内で)."""
    if not re.match(r"[ぁ-ゖ]", ja_text[at - 1 : at]):
        return False
    end = 0
    for w in _ja_tagger()(ja_text):
        end += len(w.white_space) + len(w.surface)
        if end >= at:
            return end == at and w.feature.pos1 == "名詞"
    return False


def _unpaired_target_name(ctx: CheckContext, bead: int) -> bool:
    """The bead's translation holds a name the linker paired with nothing: a katakana name or a known one (ウエストヨークシャー氏
    where the source says "Mr Corbyn"). A bead with such a name may have had its subject replaced, not dropped."""
    from align.entities.link import _strip_ja

    bt: Bitext = ctx.bitext  # type: ignore[assignment]
    gaz = ctx.cache["gazetteer"]
    for link in layer_links(ctx, "entity"):
        if link.bead == bead and link.src is None and link.tgt is not None:
            t = bt.tgt.entities[link.tgt]
            core = _strip_ja(t.text)
            if t.label in NAME_LABELS and (re.fullmatch(r"[ァ-ヺー・]{2,}", core) or gaz.entry_of(t.text, "ja") is not None):
                return True
    # nor a katakana word that is no everyday loanword and spells no word of the source, which NER and UniDic may both
    # miss as a name (アイブロックス where the source says "Australia")
    src_text, tgt_text = bead_texts(bt, bead)
    words = [w for w in re.findall(r"[A-Za-z][A-Za-z'’]+", plain_latin(src_text)) if w.lower() not in EN_STOP]
    # a word the linker paired with a source name of the bead is that name's rendering (キャサリン for "Kate")
    paired = {bt.tgt.entities[link.tgt].text for link in layer_links(ctx, "entity")
              if link.bead == bead and link.src is not None and link.tgt is not None}
    for m in KATAKANA_NAME_RUN.finditer(tgt_text):
        run = m.group(0).strip("・")
        parts = [p for p in PART_SEPARATORS.split(run) if len(p) >= 2]
        if len(run) < 4 or loanword_parts(run) or any(run in t for t in paired):
            continue  # everyday loanwords UniDic gives an English origin for (イベント, スコア) are judged elsewhere
        if not any(spells(x, w) for x in [run, *parts] for w in words) and not _in_gazetteer(ctx, run, "ja", "en", bt.src.text):
            return True
    return False


#: How far back a name given by the translation stays known enough to be left implicit.
RECENT_BEADS = 5


#: Dependency labels of a clause's subject; Japanese leaves out a known subject (or its possessor), not an object.
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})


def _is_subject(doc: Document, ent: Entity) -> bool:
    """The English name is the subject of its clause, or the possessor of the subject ("Masuda's ashes were placed"), by
    the parse of its sentence: what Japanese drops once it is known. A name deleted with an object or adverbial clause is
    an omission, not a dropped subject."""
    from align.lang.en import parse

    sentence = _sentence_of(doc, ent.start)
    parsed = parse(doc.text[sentence.start : sentence.end])
    lo, hi = ent.start - sentence.start, ent.end - sentence.start
    tokens = [t for t in parsed if lo <= t.idx < hi]
    roots = [t for t in tokens if not (lo <= t.head.idx < hi) or t.head is t]
    return any(t.dep_ in SUBJECT_DEPS or (t.dep_ == "poss" and t.head.dep_ in SUBJECT_DEPS) for t in roots)


def _rendered_before(ctx: CheckContext, mention: str, bead: int) -> bool:
    """One of the :data:`RECENT_BEADS` beads before pairs a source name holding ``mention`` (a person's family name) with
    a name of the translation: the translation has just introduced the name, so leaving it out of the next sentence is a
    choice of style (Japanese drops a known subject), not an omission."""
    bt: Bitext = ctx.bitext  # type: ignore[assignment]
    return any(link.bead is not None and bead - RECENT_BEADS <= link.bead < bead and link.src is not None and link.tgt is not None
               and re.search(rf"(?<![A-Za-z]){re.escape(mention)}(?![A-Za-z])", bt.src.entities[link.src].text)
               and link.note not in ("acronym", "acronym alias")
               for link in layer_links(ctx, "entity"))


#: A title followed by a form of する is the verbal noun (監督する "oversees", 議長を務め is not affected), not a title standing
#: for a person: さん after it is still the title (会長さん).
NOT_VERBAL = r"(?!す|し|せ|さ(?!ん))"


def _renders_another_name(ctx: CheckContext, word: str, ent: Entity, side: str, bead: int, other_text: str) -> bool:
    """``word`` of the translation is already the rendering of another name of the bead's source (イギリス for "UK" beside
    "London"), as often as it is written: one Japanese word explains at most one source name."""
    bt: Bitext = ctx.bitext  # type: ignore[assignment]
    own_doc = bt.src if side == "src" else bt.tgt
    others = [e for e in own_doc.entities if e is not ent and e.text != ent.text and _bead_of_entity(ctx, e, side) == bead]
    rendered = sum(1 for e in others if _in_gazetteer(ctx, e.text, own_doc.lang, "ja", word))
    return rendered >= other_text.count(word)


def _bead_of_entity(ctx: CheckContext, ent: Entity, side: str) -> int | None:
    from align.qa.base import bead_of_sentence

    bt: Bitext = ctx.bitext  # type: ignore[assignment]
    cache = ctx.cache.setdefault(f"sentence_bead_{side}", bead_of_sentence(bt, side))
    doc = getattr(bt, side)
    return cache.get(doc.sentences.index(_sentence_of(doc, ent.start)))


def _unexplained_target_name(ctx: CheckContext, bead: int) -> bool:
    """The bead's translation has a katakana name that spells nothing in its source (see :func:`katakana_intruders`)."""
    return any(b == bead for b, *_rest in katakana_intruders(ctx))


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
    """Noun phrases of up to four tokens, kanji or mixed (軍, 海軍, 緑の党, 最高裁判事), also opened by an adjective (黒い石 for
    "Black Stones"): what a translated name looks like."""
    toks = japanese_words(text)
    content = [pos in ("名詞", "接頭辞", "接尾辞", "形容詞") or w in ("・", "の") for w, pos in toks]
    out = set()
    for i in range(len(toks)):
        for n in (1, 2, 3, 4):
            piece = toks[i : i + n]
            if len(piece) < n or not all(content[i : i + n]) or piece[0][0] in ("の", "・") or piece[-1][0] in ("の", "・"):
                continue
            if any(pos == "形容詞" for _w, pos in piece[1:]) or piece[-1][1] == "形容詞":
                continue  # an adjective only opens a phrase: 黒い石, not 石黒い
            phrase = "".join(w for w, _ in piece)
            if re.search(r"[一-龯]", phrase) and not re.search(r"\d", phrase):
                out.add(phrase)
    return sorted(out)


#: Katakana renders a name by its sound: a katakana word that means a name without sounding like it is either a
#: well-known exonym (ウィーン ↔ Vienna 0.82, ミュンヘン ↔ Munich 0.74) or another name (タリバン ↔ Afghanistan 0.53).
KATAKANA_TRANSLATED_COSINE = 0.7
KATAKANA_ONLY = re.compile(r"[ァ-ヺー・]+")
#: A common word standing for a "person" is only believed when it means the very same thing. Except a word for a thing
#: rendering a span of everyday English words the English NER took for a person: it is held to the usual bar (安息日 for
#: "Sabbath" 0.54, 占領戦 for "Siege Warfare" 0.61). Not a word for a person (大統領 for "Trump" 0.67), and not for a rare
#: word, whose vector is noise near which any noun may fall (症状 came close enough to "Chouhan").
PERSON_WORD_COSINE = 0.75
JA_PERSON_WORD = re.compile("(?:" + "|".join(JA_TITLES) + r"|氏|者|人|員|手|官|長|師|家|士|王|主|相|妃|帝|様|君|族)$")
#: Zipf frequency (wordfreq, English) from which a word is an everyday word: "sabbath" 3.5, "siege" 3.9; "chouhan" 1.6.
EVERYDAY_ZIPF = 3.5


@lru_cache(maxsize=4096)
def everyday_words(text: str) -> bool:
    """Every word of ``text`` is a frequent English word (wordfreq's bundled English list; no download)."""
    from wordfreq import zipf_frequency

    words = re.findall(r"[A-Za-z]+", text)
    return bool(words) and all(zipf_frequency(w.lower(), "en") >= EVERYDAY_ZIPF for w in words)


def _translated(
    ctx: CheckContext, name: str, other_text: str, other_lang: str, label: str = "", strict: bool = False,
    katakana_cosine: float = 0.0,
) -> bool:
    """A word of the other side means the name ("House" ↔ 下院, "Somerset Police" ↔ サマセット警察) by cross-lingual similarity.

    A person's name is not translated: only a kanji name (李容浩 for "Ri Yong Ho") can render it, never a title
    (大統領 ↔ "Trump" scores 0.67). ``katakana_cosine`` lowers the bar for katakana (default
    :data:`KATAKANA_TRANSLATED_COSINE`) where a loanword, not a name, is compared."""
    from align.qa.embedding import encode

    runs = JA_RUN.findall(other_text) if other_lang == "ja" else EN_RUN.findall(other_text)
    person_names: set[str] = set()
    if other_lang == "ja":  # "下院議員" holds "下院" (House): try the 2-4 character pieces of long kanji runs too
        runs += [r[i : i + n] for r in runs if len(r) > 3 and KANJI_ONLY.fullmatch(r) for n in (2, 3, 4) for i in range(len(r) - n + 1)]
        runs += japanese_phrases(other_text)  # 軍 (Army), 緑の党 (Green Party), 海軍 inside カランビル・シン海軍参謀長
        if label == "PERSON":
            proper = _proper_kanji(other_text)
            runs = [r for r in runs if KANJI_ONLY.fullmatch(r)]
            person_names = {r for r in runs if any(p in r or r in p for p in proper)}
    if not runs:
        return False
    gaz = ctx.cache.get("gazetteer")
    # 北朝鮮 is close to "Russia" in embedding space, but it is the name of another country
    if gaz is not None and gaz.entries_of(name, "ja" if other_lang == "en" else "en"):
        runs = [r for r in runs if not gaz.names_another(r, other_lang, [name])]
    if not runs:
        return False
    if len(name.split()) > 1 or strict:  # one character (党, 郡) can render a one-word name (軍 for "Army"), not "Labour Party",
        # nor a known place (国 "country" is close to any country's name: "Indonesia" 0.73)
        runs = [r for r in runs if len(r) > 1]
        if not runs:
            return False
    cache: dict[str, Any] = ctx.cache.setdefault("string_vectors", {})
    todo = [t for t in {name, *runs} if t not in cache]
    if todo:
        cache.update(zip(todo, encode(todo), strict=True))
    for r in runs:
        threshold = TRANSLATED_COSINE
        if KATAKANA_ONLY.fullmatch(r) or KATAKANA_ONLY.fullmatch(name):
            threshold = katakana_cosine or KATAKANA_TRANSLATED_COSINE
        elif label == "PERSON" and r not in person_names and (JA_PERSON_WORD.search(r) or not everyday_words(name)):
            threshold = PERSON_WORD_COSINE  # 国王 for "Kings" (0.8) that NER took for a person, not 大統領 for "Trump" (0.67)
        if strict:
            threshold = max(threshold, KATAKANA_TRANSLATED_COSINE)
        if float(cache[name] @ cache[r]) >= threshold:
            return True
    return False


#: Share of an English name's content words (of three or more) that the translation must gloss for the name to count as
#: translated: "Inspector-General of Intelligence" → 情報保安部の監察長官 glosses inspector and intelligence, not general.
#: Names of one or two content words must be glossed whole ("Bank of England" is not ペンシルバニア銀行).
GLOSSED_SHARE = 2 / 3


def glossed(name: str, en_text: str, ja_text: str) -> bool:
    """The JMdict lexicon (:mod:`align.lexicon`) says the Japanese of the bead translates the English name word by word:
    its content words are glossed by Japanese words that no other word of the English bead needs.

    A general account of names a translation renders by meaning, where gazetteer entries covered them one by one:
    titles and institutions (監察長官 for "Inspector-General"), common nouns the English NER took for names. Each Japanese
    word explains at most one English word (a matching, see :func:`_gloss_gain`), so 銀行 of a substituted
    ペンシルバニア銀行 accounts for "Bank" but nothing accounts for "England", and a word the rest of the sentence uses
    (防衛費 for "defence spending") cannot also stand for the same word in a name. A transliterated person or place
    name is almost never glossed, so a dropped or replaced one stays a finding.
    """
    from align import lexicon

    mine = list(dict.fromkeys(k for w in EN_WORD.findall(name) for k in lexicon.english_keys(w) if len(k) >= 3))
    if not mine:
        return False
    others = [k for w in EN_WORD.findall(en_text) for k in lexicon.english_keys(w)]
    for k in mine:  # the name's own occurrence is not another word of the sentence
        if k in others:
            others.remove(k)
    need = len(mine) if len(mine) <= 2 else math.ceil(GLOSSED_SHARE * len(mine))
    return _gloss_gain(others, mine, _with_near_keys(lexicon.japanese_glosses(ja_text).units, {*others, *mine})) >= need


def _near_key(word: str, gloss: str) -> bool:
    """An English word's stem and a gloss stem that differ only by a short ending the crude stemmer leaves (elder ↔ elderly,
    Brexiteer ↔ Brexit is not one: five letters at least, two more at most)."""
    short, long_ = sorted((word, gloss), key=len)
    return len(short) >= 5 and len(long_) - len(short) <= 2 and long_.startswith(short)


def _with_near_keys(units: tuple[frozenset[str], ...], words: set[str]) -> tuple[frozenset[str], ...]:
    """The units with the words of the sentence that they gloss up to an ending (:func:`_near_key`) added as glosses."""
    return tuple(g | {w for w in words if w not in g and any(_near_key(w, x) for x in g)} for g in units)


EN_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*")


def _gloss_gain(others: list[str], mine: list[str], units: tuple[frozenset[str], ...]) -> int:
    """How many of the words ``mine`` (one name) the Japanese units gloss once the words ``others`` have taken every unit
    they can: the largest number of name words covered by a set of units whose removal leaves a maximum one-to-one
    matching of ``others`` as large as before. One unit may gloss several words of the name (労働党 for "Labour Party",
    イングランド銀行 for "Bank of England"), but not a word of the name and another word of the sentence."""
    candidates = [u for u, glosses in enumerate(units) if glosses.intersection(mine)][:MAX_GLOSS_UNITS]
    full = _matching(others, units, lambda w, g: w in g)
    best = 0
    for n in range(1, len(candidates) + 1):
        for taken in itertools.combinations(candidates, n):
            covered = len(set(mine).intersection(frozenset().union(*(units[u] for u in taken))))
            rest = tuple(g for u, g in enumerate(units) if u not in taken)
            if covered > best and _matching(others, rest, lambda w, g: w in g) == full:
                best = covered
    return best


#: Units tried as a name's rendering (subsets are enumerated: a name has a few words, a bead a few units that gloss them).
MAX_GLOSS_UNITS = 8


def _matching(left: Sequence[Any], right: Sequence[Any], fits: Callable[[Any, Any], bool]) -> int:
    """Size of a maximum one-to-one matching of ``left`` to ``right`` items that ``fits`` (augmenting paths)."""
    owner: dict[int, int] = {}

    def augment(i: int, seen: set[int]) -> bool:
        for u, item in enumerate(right):
            if u not in seen and fits(left[i], item):
                seen.add(u)
                if u not in owner or augment(owner[u], seen):
                    owner[u] = i
                    return True
        return False

    return sum(augment(i, set()) for i in range(len(left)))


def ja_name_glossed(name: str, ja_text: str, en_text: str) -> bool:
    """The other way round from :func:`glossed`: every lexicon unit of a Japanese name (イギリス: England, Britain …) is glossed
    by a capitalized word of the English bead that the other Japanese words of the bead do not need. Capitalized only: a
    name translates a name, and lower-case words would let 中国 ("country", "region") pass for any sentence about a country."""
    from align import lexicon

    mine = list(lexicon.japanese_glosses(name).units)
    if not mine:
        return False
    caps = [k for w in EN_WORD.findall(en_text) if w[:1].isupper() for k in lexicon.english_keys(w)]
    others = list(lexicon.japanese_glosses(ja_text).units)
    for u in mine:
        if u in others:
            others.remove(u)
    fits = frozenset.__contains__
    return _matching([*others, *mine], caps, fits) - _matching(others, caps, fits) >= len(mine)


def _proper_kanji(text: str) -> list[str]:
    """Kanji words of ``text`` that UniDic knows as proper nouns or does not know at all (李, 習近): pieces of a kanji name."""
    return [w.surface for w in _ja_tagger()(text) if KANJI_ONLY.fullmatch(w.surface) and (w.feature.pos2 == "固有名詞" or w.is_unk)]


def words_match(a: str, b: str) -> bool:
    """Two consonant skeletons that plausibly spell the same name (either may be a longer katakana compound)."""
    from rapidfuzz import fuzz

    if not a or not b:
        return False
    if min(len(a), len(b)) <= 2:
        return a == b
    return fuzz.ratio(a, b) >= 75 or (abs(len(b) - len(a)) > 2 and fuzz.partial_ratio(a, b) >= 90)


def keys_match(a: str, b: str) -> bool:
    """:func:`words_match`, and the skeletons start alike: katakana keeps a name's first consonant, so Birkenhead
    ("bknd") is not カナダ ("knd"), while short chance look-alikes of a longer name are common."""
    return words_match(a, b) and (a == b or a[0] == b[0])


#: English spellings that katakana renders by sound, not letter by letter: "th" as t (Theresa → テリーザ), German "sch"
#: as sh, a silent "gh" (Willoughby → ウィロウビー), Polish/Czech initial "cz" as ts (Czeisler → ツァイスラー), a final
#: Slavic "v" as フ (Saipov → サイポフ), French silent endings (Decaux → ドゥコー), silent initial k/g/p (Knight → ナイト).
SPELLING_VARIANTS: tuple[tuple[str, str], ...] = (
    (r"th", "t"),
    (r"sch", "sh"),
    (r"(?<!s)ch", "sh"),  # French ch (Charlotte → シャーロット, Michelle → ミシェル, Chicago → シカゴ)
    (r"(?<=.)gh", ""),
    (r"^cz", "ts"),
    (r"(?<=[aeo])v$", "f"),
    (r"(?<=au|ea)x$|(?<=au)lt$|(?<=[ao]i)s$", ""),
    (r"(?<=i)ll(?=e?$)", ""),
    (r"(?<=[aeiou])ll(?=[aeiou](?:.*[aeo])?s?$)", "j"),  # Spanish ll read as y/j (Villa → ビジャ, Sevilla → セビージャ)
    (r"(?<=[aeiou])re$", ""),  # a silent final e after r: Gore → ゴア, Moore → ムーア
    (r"kh", "h"),
    (r"c(?=[eiy])", "s"),
    (r"(?<=[aeiou])h(?=[bdfgjklmnpqrstvz])", "f"),
    (r"j", "y"),
    (r"(?<=[aeiou])r(?=[bcdfgklmnpqstvz])", "ru"),
    (r"^(?:k(?=n)|g(?=n)|p(?=[sn])|w(?=r))", ""),
)


def plain_latin(text: str) -> str:
    """``text`` without accents (Récord → Record), so accented names are compared letter by letter."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def en_keys(word: str) -> set[str]:
    """Consonant skeletons of an English name word under its plausible katakana readings; a possessive is read both
    without its s ("Trump's" → トランプ) and with it, for names that own their s (a shop called "Squire's" → スクワイヤーズ)."""
    lower = plain_latin(word).lower()
    bases = {re.sub(r"['’]s?$", "", lower), re.sub(r"['’](?=s$)", "", lower)}
    forms = bases | {re.sub(pat, rep, w) for w in bases for pat, rep in SPELLING_VARIANTS if re.search(pat, w)}
    return {k for k in map(name_skeleton, forms) if k}


def ja_keys(kana: str) -> set[str]:
    """Consonant skeletons of a katakana word, romanized both with and without UniDic's foreign spellings
    (ファーウェイ is "fur way" with them, "faa ei" without), and ジ read as z."""
    from align.entities.link import romanize

    romaji = {romanize(kana, True), romanize(kana, False)}
    romaji |= {r.replace("j", "z") for r in romaji if "j" in r}  # ジ renders an English z or s too (Dalhousie → ダルハウジー)
    return {k for k in map(name_skeleton, romaji) if k}


def _romaji_initials(kana: str) -> set[str]:
    """First letters of the romanizations of ``kana`` (read as a foreign word and as a Japanese one)."""
    from align.entities.link import romanize

    return {romanize(kana, foreign)[:1].lower() for foreign in (True, False)}


def _same_letter(kana: str, word: str) -> bool:
    """The romanization of ``kana`` opens with the first letter of ``word`` (ホープ "hoopu" and Hope, ワイリー "wairii" and Wiley)."""
    return plain_latin(word)[:1].lower() in _romaji_initials(kana)


def _same_start(kana: str, word: str) -> bool:
    """Both start with a consonant, or both with a vowel (w, h, y count as vowels: cutlet reads ウィ as "i")."""
    from align.entities.link import romanize

    def opens(text: str) -> bool:
        return text[:1].lower() in "aeiouwhy"

    return any(opens(romanize(kana, foreign)) == opens(word) for foreign in (True, False))


#: Katakana names of the Latin letters, for initials a translation spells out (JC Decaux → ジェーシードゥコー, BMW → ビーエムダブリュー).
LETTER_KANA = {
    "A": ("エー", "エイ"), "B": ("ビー",), "C": ("シー",), "D": ("ディー", "デー"), "E": ("イー",), "F": ("エフ",), "G": ("ジー",),
    "H": ("エイチ", "エッチ"), "I": ("アイ",), "J": ("ジェー", "ジェイ"), "K": ("ケー", "ケイ"), "L": ("エル",), "M": ("エム",),
    "N": ("エヌ",), "O": ("オー",), "P": ("ピー",), "Q": ("キュー",), "R": ("アール",), "S": ("エス",), "T": ("ティー", "テー"),
    "U": ("ユー",), "V": ("ブイ", "ヴィー"), "W": ("ダブリュー",), "X": ("エックス",), "Y": ("ワイ",), "Z": ("ゼット", "ズィー"),
}


@lru_cache(maxsize=1024)
def letter_readings(word: str) -> frozenset[str]:
    """Katakana spellings of an acronym of up to four capitals, letter by letter ("JC" → ジェーシー, ジェイシー)."""
    if not re.fullmatch(r"[A-Z]{1,4}", word):
        return frozenset()
    out = [""]
    for c in word:
        out = [r + k + sep for r in out for k in LETTER_KANA[c] for sep in ("", "・")][:64]
    return frozenset(r.rstrip("・") for r in out)


def spells(kana: str, word: str) -> bool:
    """The katakana ``kana`` renders the English name word ``word`` (sound skeletons or romanization)."""
    if kana in letter_readings(word):
        return True
    from align.entities.link import _romaji_similarity

    for a in ja_keys(kana):
        for b in en_keys(word):
            if len(b) - len(a) > 2:
                continue  # a katakana fragment of the name (ボールド "brd" is not "Bridgestone"), alike only in part
            # two-consonant keys collide by chance (オハガン and John are both "gn"): the romanization must start alike too;
            # one consonant says next to nothing (ウィン and Oyama are both "n"): the very first letter must agree
            if keys_match(a, b) and (len(b) >= 3 or (len(b) == 2 and _same_start(kana, word)) or (len(b) == 1 and _same_letter(kana, word))
                                     or _romaji_similarity(kana, word) >= 0.5):
                return True
    if len(word) == 2:  # Ur → ウル, Wu → ウー: only a short katakana word, closely alike
        return len(kana) <= 3 and _romaji_similarity(kana, word) >= 0.8
    return len(word) >= 3 and _romaji_similarity(kana, word) >= ROMAJI_MATCH


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
    index = doc.sentence_at(pos)
    return doc.sentences[-1 if index is None else index]


def _fold(text: str) -> str:
    return re.sub(r"[・\s\-‐]", "", unicodedata.normalize("NFKC", text)).lower()


#: Words English NER tags as names on their own though they are not names: compass points ("the South's unification
#: ministry" means South Korea's), capitalized headline words ("136 years ago today, and COUNTING"), initials, time zones,
#: Title Case phrases opened by a possessive.
COMPASS = re.compile(r"North|South|East|West")
NOT_A_NAME = re.compile(
    r"(?:North|South|East|West|Northern|Southern|Eastern|Western)|[A-Z]+(?:ING|ED|LY|TION)|(?:[A-Z]\.)+"
    r"|(?:GMT|BST|UTC|EST|EDT|CST|CDT|PST|PDT|CET|CEST|JST|KST|AEST|AEDT|IST)"  # time zones (イギリス時間 for BST is fine)
    r"|(?:His|Her|Their|Our|My|Your|Its|This|That|These|Those)\s.*"  # "His Holy Mercy": a Title Case phrase, not a name
)
#: Where an English NER span joins several names or a name and a description ("Paypal, Bank Transfer",
#: "All Blacks (New Zealand", "Siege Warfare - Massive", "the Armed Forces and Close Protection Industry", across a sentence
#: end: "Super-G. New Zealand", not after "St."): each piece is checked on its own.
SPAN_SEPARATORS = re.compile(r",\s+|\s+[-–—&]\s+|\s*[()]\s*|\s+and\s+(?=[A-Z])|(?:(?<=[a-z]{3})|(?<=-[A-Z]))\.\s+(?=[A-Z])")


def _family_names(ctx: CheckContext) -> frozenset[str]:
    """Last words of the source's multi-word person names ("West" of "Kanye West")."""
    if "family_names" not in ctx.cache:
        bt: Bitext = ctx.bitext  # type: ignore[assignment]
        ctx.cache["family_names"] = frozenset(e.text.split()[-1] for e in bt.src.entities if e.label == "PERSON" and " " in e.text)
    return ctx.cache["family_names"]


def name_pieces(ent: Entity, family_names: frozenset[str] = frozenset()) -> list[Entity]:
    """The entity, or the pieces of a span that joins several names; without spans that are not names at all: no capital
    letter ("node"), a code with digits (COVID-19, H5N1: diseases and models, compared as numbers or strings), a compass
    point, one capitalized word after a dash ("Siege Warfare - Massive free-for-all": the capital opens a phrase)."""
    out = []
    pos, separator = 0, ""
    for m in [*SPAN_SEPARATORS.finditer(ent.text), None]:
        end = m.start() if m else len(ent.text)
        piece = ent.text[pos:end]
        opens_phrase = separator.strip() in ("-", "–", "—") and " " not in piece
        # a compass word that is the family name of a person of the document is that person (Kanye West), not a direction
        not_name = NOT_A_NAME.fullmatch(piece) and not (piece in family_names and COMPASS.fullmatch(piece))
        if piece and re.search(r"[A-Z]", piece) and not re.search(r"\d", piece) and not not_name and not opens_phrase:
            out.append(ent if piece == ent.text else Entity(ent.start + pos, ent.start + end, ent.label, piece, ent.source))
        if m:
            pos, separator = m.end(), m.group(0)
    return out


#: Last words that make a span the English NER tagged PERSON an organisation; none is a common family name (Banks, Wood
#: and Park are left out). Streets are left as the NER has them: a place's given name ("John" of John Street) matches
#: katakana by chance more easily than a person's family name.
PERSON_MISREAD_HEAD = re.compile(
    r"\b(?:High|Schools?|University|College|Club|Team|Company|Hospital|Council|Fire|Police|Department|Agency|Service|Bureau"
    r"|Ministry|Commission|Authority|Corps)$"
)

#: Kanji words that end a rendered name (カーネギーメロン大学, サマセット警察): the name is the katakana before them.
JA_NAME_SUFFIXES = (
    "大学", "研究所", "財団", "協会", "銀行", "委員会", "空港", "警察", "病院", "政府", "政権", "会議",
    "党", "社", "州", "市", "県", "島", "氏", "軍", "省", "局", "庁", "紙", "誌",
)


def _title_case(sentence: str) -> bool:
    """A headline: no closing full stop and most of its longer words capitalized ("Karamon Gates Illuminated with Brilliant
    Fireworks …"); a sentence listing names ends with a full stop."""
    if re.search(r"[.!?][\"'”’)]*\s*$", sentence):
        return False
    return _mostly_capitalized(sentence, 0.7)


def _mostly_capitalized(sentence: str, share: float) -> bool:
    """At least four words of four letters or more, and at least ``share`` of them capitalized."""
    words = [w for w in re.findall(r"[A-Za-z][A-Za-z'’\-]*", sentence) if len(w) >= 4]
    return len(words) >= 4 and sum(w[0].isupper() for w in words) >= share * len(words)


def _doubtful_pair(ctx: CheckContext, src: Entity, tgt: Entity, evidence: str) -> bool:
    """A Japanese katakana name the linker paired with an English name on meaning or on an acronym written after it
    (タリバン ↔ Afghanistan by embedding, ノバスコシア(KMSS) ↔ Krishak Mukti Sangram Samiti), although it does not spell it:
    katakana renders names by sound, so the pairing is a guess and the English name is checked as if unpaired."""
    from align.entities.link import _strip_ja

    bt: Bitext = ctx.bitext  # type: ignore[assignment]
    if bt.src.lang != "en" or evidence not in ("embedding", "acronym", "acronym alias", "romanization"):
        return False
    # the linker pairs no known name of something else on sound (Gazetteer.names_another); its fuzzy romanization,
    # confirmed by a closer test, stands
    confirmed = evidence == "romanization" and _sounds_alike(src.text, src.label, tgt.text)
    if confirmed or (evidence == "romanization" and any(spells(tgt.text, w) for w in en_name_words(src.text))):
        return False
    core = _strip_ja(tgt.text)
    core = re.sub(f"(?:{'|'.join(JA_NAME_SUFFIXES)})$", "", core) or core  # アルゼンチン大学 → アルゼンチン
    if not KATAKANA_ONLY.fullmatch(core) or len(core) < 2:
        return False
    gaz = ctx.cache["gazetteer"]
    if gaz.entries_and_related(src.text, "en") & (gaz.entries_and_related(tgt.text, "ja") | gaz.entries_and_related(core, "ja")):
        return False
    return name_spelling(src.text, src.label, tgt.text, src.text)[0] != "spelled"


@register_check("entity-mismatch", "accuracy/mistranslation", "major", bilingual=True, requires=("align.entities:link_entities",))
def check_entity_mismatch(ctx: CheckContext) -> Iterator[Finding]:
    """A name on one side of a bead with no counterpart on the other; a source name and a translation name left over in
    the same bead are one finding (a name rendered as another: "England" as イギリス, "Emma Stone" as エマ・リサーチ)."""
    yield from _merge_substitutions(list(_mismatches(ctx)))


def _merge_substitutions(found: list[Finding]) -> Iterator[Finding]:
    """One finding for a bead with exactly one source name and one translation name without counterparts: a reviewer
    reads a substitution, not an omission plus an addition (and the error is counted once)."""
    by_bead: dict[Any, list[Finding]] = defaultdict(list)
    for f in found:
        by_bead[f.bead].append(f)
    for bead, group in by_bead.items():
        src = [f for f in group if f.details["side"] == "src"]
        tgt = [f for f in group if f.details["side"] == "tgt"]
        if bead is None or len(src) != 1 or len(tgt) != 1:
            yield from group
            continue
        s, t = src[0], tgt[0]
        yield finding(
            "entity-mismatch",
            f"{s.details['label']} “{s.details['text']}” is rendered as “{t.details['text']}”, which names something else",
            category="accuracy/mistranslation",
            bead=bead,
            src_spans=s.src_spans,
            tgt_spans=t.tgt_spans,
            details={**s.details, "side": "both", "rendered": t.details["text"]},
        )


def _mismatches(ctx: CheckContext) -> Iterator[Finding]:
    bt: Bitext = ctx.bitext  # type: ignore[assignment]
    links = layer_links(ctx, "entity")
    _name_scorer(ctx)
    reported: set[tuple[int, int]] = set()
    todo: list[tuple[Link, str, Entity, Entity | None]] = []  # link, side, entity, a counterpart not to count
    for link in links:
        if link.src is not None and link.tgt is not None:
            s_ent, t_ent = bt.src.entities[link.src], bt.tgt.entities[link.tgt]
            if _doubtful_pair(ctx, s_ent, t_ent, link.note):  # both are checked as if unpaired
                todo += [(link, "src", s_ent, t_ent), (link, "tgt", t_ent, s_ent)]
        elif link.src is not None:
            todo.append((link, "src", bt.src.entities[link.src], None))
        elif link.tgt is not None:
            todo.append((link, "tgt", bt.tgt.entities[link.tgt], None))
    for link, side, whole, exclude in todo:
        doc = bt.src if side == "src" else bt.tgt
        if whole.label not in NAME_LABELS and not (doc.lang == "en" and SPAN_SEPARATORS.search(whole.text)):
            continue
        sentence = _sentence_of(doc, whole.start)
        kind = doc.paragraphs[sentence.paragraph].kind if doc.paragraphs else "body"
        if doc.lang == "en" and _title_case(doc.text[sentence.start : sentence.end]):
            kind = "heading"  # a headline given as a plain line
        if kind in METADATA_KINDS:
            continue  # bylines and the English tail are not translated
        known = bool(ctx.cache["gazetteer"].entries_and_related(whole.text, doc.lang))
        # Title Case headings fool the English NER ("Karamon Gates Illuminated"): only a name from nowhere in the translation
        # (see katakana_intruders) makes a missing heading name worth a finding
        heading_guess = kind in ("heading", "title") and whole.label in ("ORG", "PERSON", "FAC") and not known
        if heading_guess and not _unexplained_target_name(ctx, link.bead):
            continue
        if doc.lang == "ja" and ctx.cache["gazetteer"].entry_of(whole.text, "ja") is None:
            continue  # Japanese NER tags many katakana common nouns as names: only known names count on this side
        if doc.lang == "ja" and _inside_longer_place(doc.text, whole):
            continue
        if (doc.lang == "en" and not known and _common_noun_opening(doc, whole)
                and _common_reading_rendered(ctx, bt, link.bead, side, whole)):
            continue
        for ent in name_pieces(whole, _family_names(ctx)) if doc.lang == "en" else [whole]:
            misread = ent.label == "PERSON" and bool(PERSON_MISREAD_HEAD.search(ent.text))
            if misread:
                ent = Entity(ent.start, ent.end, "ORG", ent.text, ent.source)  # "Yaeyama High" is a school, "Cal Fire" an agency
            if ent is not whole:  # a piece of a span the NER misread ("All Blacks (New Zealand" as a PRODUCT): the gazetteer's label
                gaz_label = ctx.cache["gazetteer"].en.get(ent.text, (ent.label,))[0]
                ent = Entity(ent.start, ent.end, gaz_label, ent.text, ent.source)
            if ent.label not in NAME_LABELS or len(ent.text) < MIN_CHARS.get(doc.lang, 3):
                continue
            if _present(ctx, ent, side, link.bead, exclude, misread):
                continue
            where = "translation" if side == "src" else "source"
            if side == "tgt":
                reported.add((ent.start, ent.end))
            verdict, part = ("", "")
            if side == "src" and bt.tgt.lang == "ja":
                verdict, part = name_spelling(ent.text, ent.label, *reversed(bead_texts(bt, link.bead)))
            message = f"{ent.label} “{ent.text}” has no counterpart in the {where}"
            if verdict == "conflict":
                message = f"{ent.label} “{ent.text}” is written with another name in the translation: “{part}” spells none of its words"
            yield finding(
                "entity-mismatch",
                message,
                category="accuracy/omission" if side == "src" and verdict != "conflict" else "accuracy/mistranslation",
                bead=link.bead,
                **{f"{side}_spans": [[ent.start, ent.end]]},
                details={"label": ent.label, "text": ent.text, "side": side, "note": link.note, **({"part": part} if part else {})},
            )
    if bt.tgt.lang == "ja" and bt.src.lang == "en":
        yield from _unexplained_katakana_names(ctx, reported)


#: What turns a known place into another, larger or smaller one when written around it: 西インド諸島 (the West Indies),
#: インド洋 (the Indian Ocean) and 東ティモール are not India or Timor; 中国海軍 is still China.
JA_PLACE_BEFORE = re.compile(r"[東西南北]$")
JA_PLACE_AFTER = re.compile(r"(?:諸島|列島|半島|大陸|亜大陸|海峡|山脈|(?:洋|海|湾)(?![一-龯]))")


def _inside_longer_place(text: str, ent: Entity) -> bool:
    """A Japanese NER span that is only part of a longer geographic name (インド of 西インド諸島): it names something else,
    and the source need not name the piece; the check does not judge it as the known place."""
    return bool(JA_PLACE_BEFORE.search(text[max(0, ent.start - 1) : ent.start]) or JA_PLACE_AFTER.match(text, ent.end))


def _common_noun_opening(doc: Document, ent: Entity) -> bool:
    """A one-word span that opens its sentence and that the tagger reads as a common noun (NN, NNS): the English NER took
    the capital of a sentence opener for a name ("Stirrups are supports for the rider's feet", ORG). A name opening a
    sentence ("Brightwater said …") is tagged NNP and still checked; so is any span the gazetteer knows (the caller's test)."""
    from align.lang.en import parse

    if not re.fullmatch(r"[A-Z][a-z]+", ent.text):
        return False
    sentence = _sentence_of(doc, ent.start)
    if doc.text[sentence.start : ent.start].strip(" \"'“‘(["):
        return False
    parsed = parse(doc.text[sentence.start : sentence.end])
    offset = ent.start - sentence.start
    return any(t.idx == offset and t.text == ent.text and t.tag_ in ("NN", "NNS") for t in parsed)


def _common_reading_rendered(ctx: CheckContext, bt: Bitext, bead: int, side: str, ent: Entity) -> bool:
    """The other side of the bead renders the common-noun reading of an English sentence opener (鐙 for "Stirrups"). A company
    named by a common word ("Target", "Shell") dropped or replaced by another name is still a finding: the tag NN alone
    excuses nothing. Not ``strict``: that drops one-character words, and 鐙 is one."""
    other = bt.tgt if side == "src" else bt.src
    other_text = bead_texts(bt, bead)[1 if side == "src" else 0]
    return other.lang == "ja" and _translated(ctx, ent.text.lower(), other_text, "ja")


def _unexplained_katakana_names(ctx: CheckContext, reported: set[tuple[int, int]]) -> Iterator[Finding]:
    """Findings for the katakana names of :func:`katakana_intruders` not already reported as untranslated source names."""
    for b, start, end, run in katakana_intruders(ctx):
        if any(ra < end and start < rb for ra, rb in reported):
            continue
        yield finding(
            "entity-mismatch",
            f"name “{run}” in the translation has no counterpart in the source",
            category="accuracy/mistranslation",
            bead=b,
            tgt_spans=[[start, end]],
            details={"label": "PROPN", "text": run, "side": "tgt", "note": "katakana proper noun"},
        )


def katakana_intruders(ctx: CheckContext) -> list[tuple[int, int, int, str]]:
    """Katakana proper nouns of the translation that spell nothing in their bead's source: ``(bead, start, end, run)``.

    A name substituted in the translation ("ロングラーティン" → "ビシュケク") leaves the source name
    unmatched, but the Japanese NER often does not tag the intruder; UniDic does know it as a proper
    noun. It counts as explained when one of its parts spells a word of the bead's source, its romanization
    sounds like a word of the source document (a name the document gives elsewhere is explicitation, ペロシ氏
    for "she"), the gazetteer finds its translation in the source document (also as a demonym: American →
    アメリカ, or inside a longer known name: インド人民党 for "BJP"), or it means a word of the bead's source.
    Computed once per check run (the entity-mismatch check also uses it to judge anaphors).
    """
    if "katakana_intruders" in ctx.cache:
        return ctx.cache["katakana_intruders"]
    bt: Bitext = ctx.bitext  # type: ignore[assignment]
    out: list[tuple[int, int, int, str]] = []
    ctx.cache["katakana_intruders"] = out
    if bt.tgt.lang != "ja" or bt.src.lang != "en":
        return out
    gaz = ctx.cache["gazetteer"]
    # a name the source document gives elsewhere is explicitation (ペロシ氏 for "she"), not a substitution; across a whole
    # document only an identical consonant skeleton counts (fuzzy matching of short skeletons finds chance look-alikes)
    names = set(re.findall(r"[A-Z][A-Za-z'\-]{2,}", bt.src.text))
    doc_words = {(w, k) for w in names for k in en_keys(w)}
    explained: set[str] = {_fold(x) for link in layer_links(ctx, "entity")  # spelled pairs only, with the parts of the name
                           if link.src is not None and link.tgt is not None and link.note in ("romanization", "gazetteer", "same string")
                           and not _doubtful_pair(ctx, bt.src.entities[link.src], bt.tgt.entities[link.tgt], link.note)
                           for x in [bt.tgt.entities[link.tgt].text, *PART_SEPARATORS.split(bt.tgt.entities[link.tgt].text)] if len(x) >= 2}
    for b, bead in enumerate(bt.beads):
        if not bead.src or not bead.tgt:
            continue
        src_text, tgt_text = bead_texts(bt, b)
        base = bt.tgt.sentences[bead.tgt[0]].start
        if len(bead.tgt) > 1 or bt.tgt.text[base : base + len(tgt_text)] != tgt_text:
            continue  # offsets are only exact for one-sentence targets
        proper = _proper_noun_spans(tgt_text)
        src_words = [w for w in re.findall(r"[A-Za-z][A-Za-z'’]+", plain_latin(src_text)) if w.lower() not in EN_STOP]
        known = [(x, y) for x, y, _label in gaz.find(tgt_text, "ja") if _in_gazetteer(ctx, tgt_text[x:y], "ja", "en", bt.src.text)]
        src_names = [bt.src.entities[i] for i in range(len(bt.src.entities)) if _bead_of_entity(ctx, bt.src.entities[i], "src") == b]
        unrendered: list[str] | None = None  # computed for the first katakana run that is not a proper noun
        for m in KATAKANA_NAME_RUN.finditer(tgt_text):
            a, e = m.span()
            proper_run = any(pa < e and a < pe for pa, pe in proper)
            if any(x <= a and e <= y for x, y in known) or _in_retitled_work(tgt_text, a, src_text) or _onomatopoeia(tgt_text, a, e):
                continue
            if not proper_run:
                # a loanword (マジック, タップ) put where a name of the source should be: only suspect when the source
                # has a name nothing in the translation renders, or every unexplained loanword would be a finding
                if not _plain_loanword(tgt_text[a:e]) or gaz.entry_of(tgt_text[a:e], "ja") is not None:
                    continue  # a known name is judged as a name, not as a loanword
                if re.match(r"[\d０-９万億兆千百十]", tgt_text[a - 1 : a]):
                    continue  # a unit after a number (100万ポンド for "£1m") is the numbers check's business
                if bt.tgt.text.count(tgt_text[a:e]) >= RECURRENT_TERM:
                    continue  # the document's own word for something (コロナ for "COVID-19" throughout), not a one-off slip
                if unrendered is None:
                    unrendered = unrendered_source_words(ctx, b)
                if not unrendered:
                    continue
            run = tgt_text[a:e]
            parts = [p for p in PART_SEPARATORS.split(run) if len(p) >= 2]
            # a full name (ポール・ケーシー) is explained by its last part, the family name: a given name alike a word of the
            # source ("pole") is chance, while a translator may add a given name the source leaves out (ドナルド・トランプ)
            named = [p for p in parts if p not in KATAKANA_TITLES]
            full_name = proper_run and len(named) > 1
            spelt = [named[-1]] if full_name else parts
            pieces = list(dict.fromkeys([run, *spelt, *(x for p in spelt for x in _pieces(p))]))
            whole_parts = {run, *parts}
            # a source word the translation renders elsewhere in the bead cannot explain this run too (イラン is not
            # "Arriani" beside アリアニ, グラナダ not "German" beside ドイツ)
            free = _words_not_rendered_elsewhere(ctx, run, a, e, src_words, tgt_text)

            if (
                # a piece cut from a word (ボールド of ボールドウィン) explains it only with the rest of the word
                any(spells(p, w) and (p in whole_parts or _rest_explained(ctx, p, parts, src_words, src_text))
                    and (w[:1].isupper() or _close_loanword(p, w)) and not renders_other_word(p, w, src_words)
                    for p in pieces for w in free)
                or any(_in_gazetteer(ctx, p, "ja", "en", bt.src.text) for p in pieces)
                or any(_sounds_alike(w, "", spelt[-1] if full_name else run)
                       for w in re.findall(r"[A-Z][A-Za-z'\-]{2,}", src_text) if w in free)
                or _spells_unlabelled_phrase(run, src_text)
                or any(_loanword_of(run, w) for w in free if w.islower())
                or any(name_spelling(n.text, n.label, run, src_text)[0] == "spelled" for n in src_names
                       if any(w in free for w in en_name_words(n.text)) and (not full_name or len(en_name_words(n.text)) > 1))
                or _fold(run) in _fold(src_text)
                or _translated(ctx, run, src_text, "en", katakana_cosine=0.0 if proper_run else LOANWORD_COSINE)
                or loanword_compound_of(run, src_words)
                or any(re.search(rf"\b{re.escape(k)}\b", src_text, re.I) for k in JA_METONYMS.get(run, ()))  # イギリス for "London"
                or any(saint_rendered(n.text, run) for n in src_names)
                or _expands_acronym(ctx, run, src_text, tgt_text)
                or ja_name_glossed(run, tgt_text, src_text)
            ):
                explained.update(_fold(x) for x in [run, *parts])
                continue
            # the whole of a full name may match a word of the document by chance (ポールケーシー and "Prix" are both "prks")
            whole_pieces = [p for p in pieces if not (full_name and p == run)]
            if any(_spells(p, k, w, v) for p in whole_pieces for k in ja_keys(p) for w, v in doc_words):
                continue
            out.append((b, base + a, base + e, run))
    # the same katakana name explained in another bead is this document's rendering of a source name, used here for
    # "she" or "the presenter" (ウィロウビー for "This Morning presenter")
    out[:] = [item for item in out if _fold(item[3]) not in explained]
    return out


def _onomatopoeia(text: str, start: int, end: int) -> bool:
    """Katakana sound words, not names: the run repeated right after itself (ズチャ♪ズチャ♪), or a run that is wholly a unit of
    two or three kana said again, three times or with a drawn-out end (フンフンフーン, ランランラーン), or twice where UniDic
    reads it as a mimetic adverb (ドキドキ). Not a name that opens with a doubled unit (ヨーヨー・マ) or is one that UniDic
    does not read as a sound (ボラボラ, ワラワラ: Bora Bora, Walla Walla)."""
    run = text[start:end]
    after = text[end : end + len(run) + 2]
    before = text[max(0, start - len(run) - 2) : start]
    repeated = (re.match(rf"[^ぁ-ゖァ-ヺ一-龯]{{0,2}}{re.escape(run)}", after) is not None
                or re.search(rf"{re.escape(run)}[^ぁ-ゖァ-ヺ一-龯]{{0,2}}$", before) is not None)
    if repeated:
        return True
    m = re.fullmatch(r"(.{2,3})((?:\1)+)(.*)", run)
    if not m or re.search(r"[・＝]", run):
        return False
    unit, again, tail = m.groups()
    if tail:
        return tail in (unit[0] + "ー" + unit[1:], "ン", "ッ", "ー")
    return len(again) > len(unit) or _mimetic(run)


def _mimetic(word: str) -> bool:
    """UniDic reads ``word`` as one mimetic adverb or adjectival noun (ドキドキ, ガタガタ), not as a proper noun (ボラボラ)."""
    toks = list(_ja_tagger()(word))
    return len(toks) == 1 and toks[0].feature.pos1 in ("副詞", "形状詞")


def _loanword_of(run: str, word: str) -> bool:
    """A katakana run renders the lower-case English word as a loanword: clipped (ディストロ for "distribution", the
    run's sound key opening the word's) or with a two-consonant key equal to the word's and the same first letter
    (シェーダー for "shader"); for words of five letters or more, where such likeness is no chance."""
    if len(word) < 5:
        return False
    if _close_loanword(run, word):
        return True
    keys, theirs = ja_keys(run), en_keys(word)
    return any(len(k) == 2 and k in theirs for k in keys) and _same_letter(run, word)


#: A work's title in Japanese title brackets, and a quoted English title (two capitalized words or more).
JA_WORK_TITLE = re.compile(r"『[^『』]{1,60}』")
EN_QUOTED_TITLE = re.compile(r"[\"“]([^\"“”]*\b[A-Z][a-z]+\b[^\"“”]*\b[A-Z][a-z]+\b[^\"“”]*)[\"”]")


#: Words from which a quoted title is a phrase a Japanese release may retitle freely ("The Best of Both Worlds, Part II").
TITLE_PHRASE_WORDS = 4


def _in_retitled_work(ja_text: str, pos: int, en_text: str) -> bool:
    """The katakana at ``pos`` is inside a work's title in 『』 while the source quotes a title: a film, episode or book
    keeps its own Japanese title, which need not translate the original (『浮遊機械都市ボーグ』 for "The Best of Both
    Worlds"). Without a quoted title in the source, a name in 『』 is judged like any other."""
    if not any(m.start() < pos < m.end() for m in JA_WORK_TITLE.finditer(ja_text)):
        return False
    # a title of a phrase, not a title that is a name ("Weekly Diamond" is 週刊ダイヤモンド: its Japanese title spells it)
    return any(len(re.findall(r"[A-Za-z]+", m.group(1))) >= TITLE_PHRASE_WORDS for m in EN_QUOTED_TITLE.finditer(en_text))


#: A name of several words the English NER may miss: capitalized first and last words, at most two short lower-case words
#: between them ("Pa amb Oli", "Costa del Sol", "Bab el Mandeb").
EN_NAME_PHRASE = re.compile(r"(?=\b([A-Z][a-z]+(?: [a-z]{1,4}){0,2} [A-Z][a-z]+)\b)")


def _spells_unlabelled_phrase(run: str, src_text: str) -> bool:
    """A katakana run that writes a several-word name of the source as one word, by its romanization (パンボリ for the
    Catalan dish "Pa amb Oli"): the whole phrase must sound like the whole run, so a chance likeness of one short word
    does not count."""
    from align.entities.link import _romaji_similarity

    core = run.replace("・", "")
    return len(core) >= 3 and any(_romaji_similarity(core, m.group(1)) >= ROMAJI_MATCH for m in EN_NAME_PHRASE.finditer(src_text))


#: Capitalized words that open a clause or are capitalized for other reasons than being names.
EN_CAPITALIZED_COMMON = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august "
    "september october november december mr mrs ms dr".split()
)


def _headline(sentence: str) -> bool:
    """Most longer words capitalized, with or without a closing full stop ("Kanye West Embarked on a Pro-Trump Diatribe.")."""
    # with a full stop, nearly all: a sentence full of names has its verbs and nouns in lower case ("transformed", "when")
    return _title_case(sentence) or _mostly_capitalized(sentence, 0.85)


def unrendered_source_words(ctx: CheckContext, bead: int) -> list[str]:
    """Name words of the bead's source that nothing in its translation renders: the capitalized words of its English
    entities (any name label, PRODUCT and EVENT too; a person's family name only), not spelled by a katakana word, not
    written as they are, not a gazetteer name of the translation (alone or as the whole entity), not read from a kanji or
    hiragana name and not translated by a word or phrase. A translation that renders every name of its source has no room
    for a substituted one. (Capitalized words outside entities were tried too: on even dev documents they found one more
    substitution and raised two more false findings, among them "Club" of a club translated freely.)"""
    from align.entities.labels import NUMERIC_LABELS
    from align.entities.link import romanize

    bt: Bitext = ctx.bitext  # type: ignore[assignment]
    src_text, tgt_text = bead_texts(bt, bead)
    if _headline(src_text):
        return []  # a headline capitalizes every word, and English NER makes names of its phrases ("Line of Duty")
    units: list[tuple[str, str]] = []  # (word, the entity text it belongs to)
    bead_entities = [e for e in bt.src.entities if e.label not in NUMERIC_LABELS and _bead_of_entity(ctx, e, "src") == bead]
    for whole in bead_entities:
        for ent in name_pieces(whole, _family_names(ctx)):  # not codes (COVID-19) nor compass points
            words = [w for w in en_name_words(ent.text) if w[:1].isupper() and len(re.sub(r"[^A-Za-z]", "", w)) >= 3]
            units += [(w, ent.text) for w in (words[-1:] if ent.label == "PERSON" else words)]  # a given name may be dropped
    if not units:
        return []
    pieces = {x for m in KATAKANA_PARTS.finditer(tgt_text) for p in PART_SEPARATORS.split(m.group(0)) if len(p) >= 2 for x in _pieces(p)}
    folded = _fold(tgt_text)
    # names written in hiragana (ひらまつ病院 for "Hiramatsu Hospital", 「花咲くいろは」), compared by their romanization
    kana_reading = " ".join(romanize(m.group(0), False).replace(" ", "") for m in re.finditer(r"[ぁ-ゖー]{2,}", tgt_text))
    out: list[str] = []
    for word, whole in dict.fromkeys(units):
        lower = word.lower()
        if lower in EN_STOP or lower in EN_CAPITALIZED_COMMON or lower in DEMONYMS or f"{lower}s" in DEMONYMS or word in out:
            continue
        if _fold(word) in folded or any(spells(p, word) for p in pieces) or plain_latin(word).lower() in kana_reading:
            continue
        if any(_in_gazetteer(ctx, x, "en", "ja", tgt_text) for x in {word, whole}) or _sounds_alike(word, "", tgt_text):
            continue
        # the word, not the whole entity: "World Wide Web Consortium" is close to インターネット (a rendering of "Internet")
        if _translated(ctx, word, tgt_text, "ja", strict=_sound_rendered(ctx, word, "en")):
            continue
        out.append(word)
    return out


def _words_not_rendered_elsewhere(ctx: CheckContext, run: str, start: int, end: int, words: list[str], tgt_text: str) -> list[str]:
    """The ``words`` of a bead's source that the rest of its translation (without ``run`` at ``start:end``) does not
    already render: by their known Japanese name (German → ドイツ), or by another katakana run that spells them more
    closely than ``run`` and is not a longer or shorter form of it (ポルト for "Porto" beside ペリエボトル). A word written
    twice keeps its renderings (the same name twice); function words and days or months ("There", "Sunday") are never
    rendered in katakana and are left out."""
    from align.entities.link import _romaji_similarity

    rest = tgt_text[:start] + "〇" * (end - start) + tgt_text[end:]
    others = [m.group(0) for m in KATAKANA_PARTS.finditer(rest)]
    others = [o for o in others if o not in run and run not in o]
    out = []
    for i, w in enumerate(words):
        if w.lower() in EN_FUNCTION_WORDS or w.lower() in EN_CAPITALIZED_COMMON:
            continue  # "There", "Sunday" (日曜): never a katakana name
        if words.count(w) > 1 or not w[:1].isupper():
            out.append(w)
            continue
        bare = POSSESSIVE.sub("", w)
        phrases = [bare, *(f"{words[i - 1]} {bare}" for _ in range(i > 0)), *(f"{w} {POSSESSIVE.sub('', x)}" for x in words[i + 1 : i + 2])]
        if any(_in_gazetteer(ctx, x, "en", "ja", rest) for x in phrases):
            continue  # "Korea's" of "North Korea's" is rendered by 北朝鮮
        closer = [o for o in others if any(spells(p, w) for p in [o, *PART_SEPARATORS.split(o)] if len(p) >= 2)]
        if closer and max(_romaji_similarity(o, w) for o in closer) > _romaji_similarity(run, w):
            continue
        out.append(w)
    return out


POSSESSIVE = re.compile(r"['’]s$")


def _close_loanword(kana: str, word: str) -> bool:
    """A katakana word spells a lower-case English word closely: alike romanized (デザイナー ↔ designer), or with a sound key
    of three consonants or more that the English key equals or begins with (シアヌル酸 ↔ cyanuric acid: the ending dropped).
    A key alike only in the fuzzy sense is chance here (ボトル "btr" ↔ victory "bktr")."""
    from align.entities.link import _romaji_similarity

    if _romaji_similarity(kana, word) >= LOANWORD_SPELLING:
        return True
    # the key drops a leading vowel, so the words must both open with a consonant or both with a vowel (ジョーンズ is not "against")
    return _same_start(kana, word) and any(len(k) >= 3 and e.startswith(k) for k in ja_keys(kana) for e in en_keys(word))


def _plain_loanword(run: str) -> bool:
    """Every UniDic word of ``run`` is a plain common noun (普通名詞・一般: マジック, アカウント), the kind of word that can
    stand where a name stood; not a unit (ポンド for "£", インチ), a verbal noun (デビュー, リセット), an adverb (ギリギリ)
    nor a metonym (ホワイトハウス for the US government)."""
    if run in JA_METONYMS:
        return False
    words = _ja_tagger()(run.replace("・", ""))
    return bool(words) and all(w.feature.pos1 == "名詞" and w.feature.pos2 == "普通名詞" and w.feature.pos3 == "一般" for w in words)


def renders_other_word(kana: str, word: str, src_words: list[str]) -> bool:
    """``kana`` is a UniDic loanword whose English origin is another word of the source (レコーディング is "recording", for
    "recorded"): it translates that word and cannot also be the rendering of the name ``word`` it happens to sound like.
    A loanword whose origin is nowhere in the source may still be a name (パース is "purse" to UniDic, and Perth)."""
    gloss = _loanword_gloss(kana)
    if gloss is None or _same_word(gloss, word.lower()):
        return False
    return any(_same_word(gloss, w.lower()) for w in src_words if w.lower() != word.lower())


def _same_word(a: str, b: str) -> bool:
    """Two English words that differ at most by inflection (targeting ↔ targeted, recording ↔ recorded: a common stem of
    five letters or more, at most three letters short of the shorter word)."""
    a, b = a.replace(" ", ""), re.sub(r"['’]s?$", "", plain_latin(b))
    stem = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
    return a == b or (stem >= 5 and stem >= min(len(a), len(b)) - 3)


@lru_cache(maxsize=4096)
def _loanword_gloss(part: str) -> str | None:
    """The English word UniDic gives as the origin of a katakana loanword (ターゲティング → "targeting", クオリティ → "quality"),
    also for the spelling without its final long vowel (カスタマ for カスタマー, as in コンピュータ); None for anything else
    (a name, a native word, a piece UniDic splits)."""
    for form in (part, part + "ー"):
        words = _ja_tagger()(form)
        if len(words) == 1 and not words[0].is_unk and words[0].feature.pos2 == "普通名詞":
            m = re.fullmatch(r"[^-]+-([a-z][a-z ]+)", words[0].feature.lemma or "")
            if m:
                return m.group(1)
    return None


@lru_cache(maxsize=4096)
def loanword_parts(run: str) -> tuple[str, ...] | None:
    """``run`` cut into UniDic loanwords, each given by its English origin (カスタマサービスクオリティ → customer, service,
    quality), or None when some piece is no ordinary loanword. UniDic reads such a compound as one unknown word, which the
    check would otherwise take for a transliterated name."""
    run = run.replace("・", "")
    best: list[tuple[str, ...] | None] = [()] + [None] * len(run)  # best[i]: glosses of run[:i], fewest parts
    for end in range(2, len(run) + 1):
        for start in range(end - 2, -1, -1):
            prev = best[start]
            if prev is None or (best[end] is not None and len(best[end]) <= len(prev) + 1):  # type: ignore[arg-type]
                continue
            gloss = _loanword_gloss(run[start:end])
            if gloss is not None:
                best[end] = (*prev, gloss)
    return best[len(run)] or None


def loanword_compound_of(run: str, src_words: list[str]) -> bool:
    """``run`` is ordinary loanwords put together, each the origin of a word of the source ("customer service quality" →
    カスタマサービスクオリティ, "Non-Targeted" → ノンターゲティング): a compound of common words, not a name. A gloss matches a
    word when they share all but the inflection (targeting ↔ targeted: a common stem of five letters or more)."""
    glosses = loanword_parts(run)
    if not glosses:
        return False
    words = [w.lower() for w in src_words] + [x.lower() for w in src_words for x in w.split("-")]

    def matches(gloss: str) -> bool:
        for w in words:
            stem = next((i for i, (a, b) in enumerate(zip(gloss, w, strict=False)) if a != b), min(len(gloss), len(w)))
            if gloss == w or (stem >= 5 and stem >= min(len(gloss), len(w)) - 3):
                return True
        return False

    return all(any(matches(g) for g in gloss.split()) for gloss in glosses)


#: How a saint's name opens in English and in katakana: "St. Peter's Square" is サンピエトロ広場 (Italian San Pietro),
#: "St Kilda" セントキルダ, "Santa Monica" サンタモニカ.
EN_SAINT = re.compile(r"^(?:St\.?|Saint|Sainte|San|Santa|Santo|São|Sao)\s+(\S.*)$")
JA_SAINT = re.compile(r"(?:セイント|セント|サント|サンタ|サン)[・＝ ]?([ァ-ヺー]{2,})")


def saint_rendered(name: str, ja_text: str) -> bool:
    """A name beginning with a saint ("St. Peter") rendered with a saint prefix and the saint's name in the local language
    (サンピエトロ: San Pietro): the name after the prefix spells the English one loosely (ピエトロ ↔ Peter, same consonants)."""
    m = EN_SAINT.match(name.strip())
    if not m:
        return False
    words = en_name_words(m.group(1))
    return bool(words) and any(_loosely_spells(j.group(1), words[0]) for j in JA_SAINT.finditer(ja_text))


def _rest_explained(ctx: CheckContext, piece: str, parts: list[str], src_words: list[str], src_text: str) -> bool:
    """A piece cut from a katakana compound explains it only when the rest of the compound is accounted for too: it spells
    a source word or translates one (ヘッドコーチ of ヘッドコーチホルト for "head coach Holt"), or is too short to matter.
    Otherwise a chance likeness of a fragment (メッ of メッセージ ↔ "menu", マイ of マイアカウント ↔ "many") would explain
    away any long loanword. (Used for loanwords only: a proper noun's parts are checked by :func:`name_spelling`.)"""
    part = next((p for p in parts if piece in p), piece)
    rest = part.replace(piece, "", 1).strip("ー・")
    if len(rest) < 2 or rest in KATAKANA_TITLES:
        return True
    return any(spells(rest, w) for w in src_words) or _translated(ctx, rest, src_text, "en", katakana_cosine=LOANWORD_COSINE)


def _spells(ja: str, ja_skeleton: str, en: str, en_skeleton: str) -> bool:
    """The katakana word ``ja`` spells the English word ``en`` written elsewhere in the document: the skeletons agree exactly,
    and for short skeletons, where vowel-less keys collide (Alameda and アイルランド are both "rnd"), the romanizations must be
    alike too."""
    from align.entities.link import _romaji_similarity

    if len(ja_skeleton) < 3 or ja_skeleton != en_skeleton:
        return False
    return len(ja_skeleton) >= 4 or _romaji_similarity(ja, en) >= 0.5


KATAKANA_NAME_RUN = re.compile(r"[ァ-ヺ][ァ-ヺー・＝]{2,}")
#: A loanword (not a proper noun) translates a word of its source when they are this close: ハイテク ↔ tech 0.62,
#: ドライバー ↔ screwdrivers 0.56, クーデター ↔ coup 0.55; a loanword put in place of a name scores under 0.45 with every
#: word of the sentence (マジック, タップ, コレラ in even dev documents 21-40).
LOANWORD_COSINE = 0.5
#: A loanword the translation uses this often is its term for something the source names in a way the sound and meaning
#: tests miss (コロナ for "COVID-19", whose code the embedder does not relate to it); a name put in by mistake is local.
RECURRENT_TERM = 3
#: A loanword spells its English word closely (デザイナー ↔ designer 1.0, ライブコンサート ↔ concert 0.8); a sound-key likeness
#: with a lower-case word under this romanization similarity is chance (ユニバーシティ ↔ invited 0.47, ボトル ↔ victory 0.46).
LOANWORD_SPELLING = 0.6
#: Capitalized words that open a sentence or a clause without naming anything ("There were also …"): they explain no name.
EN_FUNCTION_WORDS = frozenset(
    "there this that these those they their them then when where what which while with after before since although though "
    "however but and even also some many most other such here its his her our your".split()
)


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
