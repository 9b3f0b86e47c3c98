"""Japanese names: GiNZA's NER on the shared scheme, plus repairs for policy/news text.

GiNZA (trained on web text) misses or mislabels exactly the names this genre
is made of: organizations written as katakana/kanji + a suffix (スティムソン・
センター, 韓国航空宇宙産業), ministries and administrations (国防総省,
トランプ政権 — tagged as dishes), Korean names before a title (文在寅大統領 →
在寅), acronyms explained in parentheses (SIPRI(スウェーデン国際平和研究所)).
The repairs are general patterns over fugashi tokens, plus the gazetteer:

1. suffix patterns: a noun compound headed by a proper noun, katakana or
   Latin word and ending in an organization/event/document suffix;
   ministries (…省, …庁) and administrations (…政権) with any head;
2. person names before titles (大統領, 氏, 長官 …) and GiNZA person spans
   cut inside a kanji name;
3. acronym ↔ parenthesized expansion, in either order, sharing one label;
4. list coordination: unlabeled name-like items of a 、-list whose other
   items are organizations become organizations (LIGネクス1, 現代ロテム);
5. gazetteer matches; a span that is a name somewhere in the document is a
   name everywhere, with one label.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from align import spacy_models
from align.entities.discourse import repeat_names
from align.entities.gazetteer import Gazetteer
from align.entities.labels import GINZA_LABELS, NOT_NAMES, SPACY_LABELS
from align.errors import MissingModelError
from align.model import Entity, Token

DEFAULT_MODEL = "ja_ginza"

#: Compound-final strings → label. Longest suffix wins.
ORG_SUFFIXES = ("センター", "グループ", "産業", "研究所", "研究院", "研究センター", "大学", "大学院", "財団", "協会", "銀行",
                "重工業", "重工", "航空", "自動車", "電子", "電機", "商事", "物産", "建設", "製薬", "新聞", "通信", "放送",
                "委員会", "機構", "連合", "司令部", "米軍", "軍", "党", "ホールディングス", "研究会", "基金", "評議会", "連盟",
                "組合", "公社", "裁判所", "部隊", "艦隊", "学院", "インスティテュート", "カンパニー", "コーポレーション",
                "財閥", "社", "会社", "工業", "システムズ", "ダイナミクス", "エアロスペース", "ディフェンス", "研究機構", "局")
#: Suffixes that end an organization name even inside a longer compound.
STRONG_ORG_SUFFIXES = frozenset({"大学", "研究所", "センター", "グループ", "財団"})
EVENT_SUFFIXES = ("会議", "会合", "サミット", "首脳会談", "大会", "選挙", "戦争", "紛争", "博覧会", "五輪", "オリンピック", "フォーラム",
                  "対話", "危機")
LAW_SUFFIXES = ("戦略", "法", "条約", "協定", "宣言", "指針", "憲章", "白書", "計画", "構想", "ドクトリン", "決議", "報告書", "合意")
FAC_SUFFIXES = ("空港", "基地", "駅", "宮殿", "タワー", "発電所", "原発", "ビル")
#: Government bodies: a ministry is named by common nouns (国防総省, 国務省), so any head will do.
GOV_SUFFIXES = ("総省", "省", "庁", "政権", "政府", "内閣", "大統領府", "議会")
TITLES = ("大統領", "首相", "国務長官", "長官", "大臣", "外相", "国防相", "議員", "知事", "市長", "司令官", "将軍", "博士", "教授",
          "総裁", "委員長", "書記長", "国家主席", "主席", "国王", "女王", "総理", "副大統領", "大使", "報道官", "代表", "氏", "さん",
          "議長", "最高指導者", "総書記", "元帥", "社長", "会長", "CEO")
TITLE_PREFIXES = ("前", "元", "現", "副", "新", "次期", "米", "両")
_KANJI = r"\u4e00-\u9fff々"
_KATA = r"ァ-ヺー・"
_NAME_CHARS = re.compile(rf"[{_KANJI}{_KATA}A-Za-z0-9＆&\-]+$")
_TRAILING_NOISE = ("以来", "以降", "以外", "沿い", "終結", "発表", "全体", "各地", "周辺", "地域")


@dataclass
class Candidate:
    """A proposed entity; ``rank`` orders sources when spans conflict (higher wins)."""

    start: int
    end: int
    label: str
    source: str
    rank: int


@lru_cache(maxsize=2)
def load_ginza(model: str = DEFAULT_MODEL):  # -> spacy.Language
    """GiNZA, loaded once per process (3 s); only the components NER needs."""
    try:
        return spacy_models.load(model, exclude=["compound_splitter", "bunsetu_recognizer"])
    except (ImportError, OSError) as exc:
        raise MissingModelError(f"Japanese NER needs the {model} model: pip install ja-ginza==5.3.0") from exc


def ginza_candidates(text: str, spans: list[tuple[int, int]], model: str = DEFAULT_MODEL) -> list[Candidate]:
    """GiNZA entities mapped onto the scheme (unmapped types dropped), as offsets into ``text``."""
    nlp = load_ginza(model)
    out: list[Candidate] = []
    for (start, _end), doc in zip(spans, nlp.pipe(text[a:b] for a, b in spans), strict=True):
        for ent in doc.ents:
            label = GINZA_LABELS.get(ent.label_)
            if label:
                out.append(Candidate(start + ent.start_char, start + ent.end_char, label, model, 1))
    return out


def recognize(text: str, spans: list[tuple[int, int]], tokens: list[Token], gazetteer: Gazetteer,
              model: str = DEFAULT_MODEL, repairs: bool = True) -> list[Entity]:
    """Names in ``text`` inside ``spans`` (sentences), GiNZA + repairs, non-overlapping.

    ``repairs=False`` gives GiNZA's own entities on the scheme, to measure what the repairs add.
    """
    if not repairs:
        return [Entity(c.start, c.end, c.label, text[c.start:c.end], c.source) for c in _resolve(ginza_candidates(text, spans, model))]
    proper = _proper_positions(text, tokens)
    cands = [_clean(c, text, tokens, proper, gazetteer) for c in ginza_candidates(text, spans, model)]
    cands = [c for c in cands if c is not None]
    for a, b in spans:
        cands += [Candidate(a + s, a + e, label, "gazetteer", 2) for s, e, label in gazetteer.find(text[a:b], "ja")]
    cands = drop_parts_of_names(cands)
    cands += _suffix_candidates(text, tokens, proper)
    cands += _title_candidates(text, spans, gazetteer)
    cands += _extend_person(text, cands)
    for a, b in spans:  # J・ジェームズ・キム: a Latin initial before katakana names is a person
        cands += [Candidate(m.start(), m.end(), "PERSON", "rule:initial", 3)
                  for m in re.compile(r"(?<![A-Za-z])[A-Z]・[ァ-ヺー]+(?:・[ァ-ヺー]+)*").finditer(text, a, b)]
    cands += _latin_candidates(text, spans, gazetteer)
    chosen = _resolve(cands)
    chosen += _acronym_candidates(text, spans, chosen)
    chosen = _resolve(chosen)
    chosen = _resolve(chosen + _coordination_candidates(text, spans, chosen))
    chosen = _propagate(text, spans, chosen)
    chosen = _join_katakana_names(text, chosen)
    chosen = _resolve(chosen + repeat_names(text, spans, chosen, "ja", lambda s, e, label: Candidate(s, e, label, "rule:repeat", 0)))
    # not names: common acronyms, and lower-case Latin words quoted inside Japanese ("muppet")
    chosen = [c for c in chosen if text[c.start:c.end] not in NOT_NAMES and not re.fullmatch(r"[a-z][a-z\-]*", text[c.start:c.end])]
    return [Entity(c.start, c.end, c.label, text[c.start:c.end], c.source) for c in chosen]


_LATIN_NAME = re.compile(r"(?<![A-Za-z0-9])[A-Z][A-Za-z0-9.&'+\-]*(?:[ \-][A-Z][A-Za-z0-9.&'+\-]*)*\+*")


def _latin_candidates(text: str, spans: list[tuple[int, int]], gaz: Gazetteer) -> list[Candidate]:
    """Names left in Latin script inside Japanese text (Kai-Fu Lee, CNBC, Face++), which GiNZA mostly skips.

    The label comes from the gazetteer, else from the English NER run on the name alone,
    else an all-capital acronym is taken as an organization.
    """
    runs = [(m.start(), m.end()) for a, b in spans for m in _LATIN_NAME.finditer(text, a, b)]
    runs = [(s, e) for s, e in runs if e - s >= 2 and text[s:e] not in NOT_NAMES]
    if not runs:
        return []
    from align.entities.en import load_spacy

    out: list[Candidate] = []
    names = [text[s:e].rstrip(".") for s, e in runs]
    for (s, _e), name, doc in zip(runs, names, load_spacy().pipe(names), strict=True):
        entry = gaz.en.get(name)
        label = entry[0] if entry else None
        if label is None:
            whole = [ent for ent in doc.ents if ent.start_char == 0 and ent.end_char == len(name)]
            label = SPACY_LABELS.get(whole[0].label_) if whole else None
        if label is None and re.fullmatch(r"[A-Z]{2,6}", name):
            label = "ORG"
        if label:
            out.append(Candidate(s, s + len(name), label, "rule:latin", 1))
    return out


def _proper_positions(text: str, tokens: list[Token]) -> set[int]:
    """Start offsets of tokens that can head a name: proper nouns, katakana words, Latin words."""
    out = set()
    for t in tokens:
        surface = text[t.start:t.end]
        if "固有名詞" in t.pos or re.match(r"[ァ-ヺ]", surface) or re.fullmatch(r"[A-Za-z][A-Za-z0-9&\-]{2,}", surface):
            out.add(t.start)
    return out


def _clean(c: Candidate, text: str, tokens: list[Token], proper: set[int], gaz: Gazetteer) -> Candidate | None:
    """Trim GiNZA's trailing noise (…終結以来) and drop spans made only of common nouns (海軍艦艇 as a country)."""
    surface = text[c.start:c.end]
    for noise in _TRAILING_NOISE:
        if surface.endswith(noise) and len(surface) > len(noise) + 1 and surface not in gaz.ja:
            c.end -= len(noise)
            surface = text[c.start:c.end]
    title = next((t for t in (*TITLES, "所長", "部長", "責任者") if surface.endswith(t) and len(surface) > len(t) + 1), None)
    if title and c.label in ("ORG", "PERSON"):
        c.end -= len(title)
        surface = text[c.start:c.end]
    while surface.endswith(("・", " ")) and len(surface) > 1:  # 落語家・
        c.end -= 1
        surface = surface[:-1]
    if surface.endswith(")") and "(" not in surface:
        c.end -= 1
        surface = surface[:-1]
    if surface in gaz.ja or c.label in ("EVENT", "LAW") or (c.label in ("ORG", "PERSON") and not re.fullmatch(rf"[{_KANJI}]+", surface)):
        return c
    if c.label == "ORG" and surface.endswith(GOV_SUFFIXES + ORG_SUFFIXES):
        return c
    if any(c.start <= p < c.end for p in proper):
        return c
    return None


def _compounds(text: str, tokens: list[Token]) -> list[tuple[int, int, list[Token]]]:
    """Maximal runs of noun-like tokens (nouns, noun suffixes, prefixes, ・ between words, Latin/digits)."""
    runs: list[tuple[int, int, list[Token]]] = []
    cur: list[Token] = []
    for t in tokens:
        surface = text[t.start:t.end]
        nounish = t.pos.startswith(("名詞", "接尾辞-名詞的", "接頭辞")) or surface in ("・",) or re.fullmatch(r"[A-Za-z0-9&\-]+", surface)
        if nounish and "数詞" not in t.pos and (not cur or cur[-1].end == t.start):
            cur.append(t)
            continue
        if cur:
            runs.append((cur[0].start, cur[-1].end, cur))
        cur = [t] if nounish and "数詞" not in t.pos else []
    if cur:
        runs.append((cur[0].start, cur[-1].end, cur))
    return runs


def _suffix_candidates(text: str, tokens: list[Token], proper: set[int]) -> list[Candidate]:
    out: list[Candidate] = []
    tables = [("ORG", GOV_SUFFIXES, False), ("ORG", ORG_SUFFIXES, True), ("EVENT", EVENT_SUFFIXES, True),
              ("LAW", LAW_SUFFIXES, True), ("FAC", FAC_SUFFIXES, True)]
    for start, end, toks in _compounds(text, tokens):
        # コロンビア大学公共政策…修士課程: a strong suffix after a proper head closes the name
        for k, t in enumerate(toks[1:-1], 1):
            if text[t.start:t.end] in STRONG_ORG_SUFFIXES and any(u.start in proper for u in toks[:k]):
                head = next(u.start for u in toks[:k] if u.start in proper)
                out.append(Candidate(head, t.end, "ORG", "rule:suffix", 3))
                break
        surface = text[start:end].strip("・")
        if len(surface) < 3:
            continue
        for label, suffixes, needs_proper in tables:
            suffix = next((s for s in sorted(suffixes, key=len, reverse=True) if surface.endswith(s)), None)
            if suffix is None or len(surface) == len(suffix):
                continue
            # start the name at its first proper head: 米国主導の… is cut by の already; 主要防衛産業 has no head
            heads = [t.start for t in toks if t.start in proper and t.start < end - len(suffix)]
            if needs_proper and not heads:
                continue
            name_start = heads[0] if needs_proper else _government_start(text, toks, end - len(suffix), proper)
            if suffix == "政権" and not heads:
                continue  # 現政権, 新政権: no named head
            if suffix in ("軍", "党", "社", "法", "局", "議会") and end - name_start <= 2:
                continue
            out.append(Candidate(name_start, end, label, "rule:suffix", 3))
            break
    return out


def _government_start(text: str, toks: list[Token], suffix_start: int, proper: set[int]) -> int:
    """国防総省, 米国防総省, ドナルド・トランプ政権, but not 今年始め国防省.

    One word before the suffix, plus the proper nouns (and the ・ joining them) before it.
    """
    before = [t for t in toks if t.end <= suffix_start]
    if not before:
        return toks[0].start
    k = len(before) - 1
    while k > 0 and (before[k - 1].start in proper or (text[before[k - 1].start:before[k - 1].end] == "・" and k > 1
                                                       and before[k - 2].start in proper)):
        k -= 1
    return before[k].start


def _title_candidates(text: str, spans: list[tuple[int, int]], gaz: Gazetteer) -> list[Candidate]:
    """文在寅大統領, バイデン氏, J・ジェームズ・キム博士: the name right before a title."""
    out: list[Candidate] = []
    title_re = "|".join(sorted(map(re.escape, TITLES), key=len, reverse=True))
    prefix_re = "|".join(map(re.escape, TITLE_PREFIXES))
    pattern = re.compile(rf"(?P<name>[A-Z]・[{_KATA}]+|[{_KATA}]{{2,}}|(?<![{_KANJI}])[{_KANJI}]{{2,4}})(?:{prefix_re})?(?:{title_re})")
    for a, b in spans:
        for m in pattern.finditer(text, a, b):
            name = m.group("name").strip("・")
            start = m.start("name")
            if name in gaz.ja and gaz.ja[name][0] != "PERSON":
                continue  # 韓国大統領, 米国務長官
            if re.fullmatch(rf"[{_KANJI}]+", name) and re.search(r"(国|省|府|軍|党|州|県|市|部|会|院|官|長)$", name):
                continue  # 米国大統領, 国防長官 are not names
            if name.endswith(("ー", "・")) or name in ("メンバー",):
                continue
            out.append(Candidate(start, start + len(name), "PERSON", "rule:title", 3))
    return out


def _extend_person(text: str, cands: list[Candidate]) -> list[Candidate]:
    """A GiNZA person span cut inside a kanji name (在寅 for 文在寅): extend it to the whole kanji run (≤4 chars)."""
    out = []
    for c in cands:
        if c.label != "PERSON" or not re.fullmatch(rf"[{_KANJI}]+", text[c.start:c.end]):
            continue
        s = c.start
        while s > 0 and re.match(rf"[{_KANJI}]", text[s - 1]):
            s -= 1
        if s < c.start and c.end - s <= 4:
            out.append(Candidate(s, c.end, "PERSON", "rule:person-extend", 3))
    return out


#: Labels of names that can contain a place or person name (ウェールズ議会, Welsh Parliament).
CONTAINER_LABELS = frozenset({"ORG", "FAC", "EVENT", "LAW", "PRODUCT"})


def drop_parts_of_names(cands: list[Candidate]) -> list[Candidate]:
    """A gazetteer hit strictly inside a model's organization/facility/event/document name is part of
    that name (ウェールズ in ウェールズ議会), not a name of its own; inside a place it wins (朝鮮半島 in
    GiNZA's 朝鮮半島西部海域)."""
    models = [c for c in cands if c.rank == 1 and c.label in CONTAINER_LABELS]
    return [c for c in cands if not (c.source == "gazetteer" and any(
        m.start <= c.start and c.end <= m.end and (m.end - m.start) > (c.end - c.start) for m in models))]


def _resolve(cands: list[Candidate]) -> list[Candidate]:
    """Non-overlapping choice: higher rank, then longer span, then earlier."""
    chosen: list[Candidate] = []
    for c in sorted(cands, key=lambda c: (-c.rank, -(c.end - c.start), c.start)):
        if c.end > c.start and all(c.end <= d.start or d.end <= c.start for d in chosen):
            chosen.append(c)
    return sorted(chosen, key=lambda c: c.start)


_ACRONYM = r"[A-Z][A-Za-z0-9&\-]*[A-Z0-9]"


def _acronym_candidates(text: str, spans: list[tuple[int, int]], chosen: list[Candidate]) -> list[Candidate]:
    """ACRONYM(expansion) and expansion(ACRONYM): both sides get the expansion's label, every occurrence of the acronym too."""
    out: list[Candidate] = []
    by_span = {(c.start, c.end): c for c in chosen}
    for a, b in spans:
        chunk = text[a:b]
        pairs: list[tuple[int, int, int, int]] = []  # acronym (s, e), expansion (s, e), offsets in chunk
        for m in re.finditer(rf"({_ACRONYM})\s?[(（]([^()（）]{{2,40}})[)）]", chunk):
            if not re.fullmatch(_ACRONYM, m.group(2)):
                pairs.append((m.start(1), m.end(1), m.start(2), m.end(2)))
        for m in re.finditer(rf"[(（]({_ACRONYM})[)）]", chunk):
            j = m.start()
            i = j
            while i > 0 and re.match(rf"[{_KANJI}{_KATA}A-Za-z0-9]", chunk[i - 1]):
                i -= 1
            if j - i >= 2:
                pairs.append((m.start(1), m.end(1), i, j))
        for acr_s, acr_e, exp_s, exp_e in pairs:
            exp_s, exp_e = a + exp_s, a + exp_e
            label = _label_of_expansion(text, exp_s, exp_e, chosen)
            if label is None:
                continue
            inside = [c for c in chosen if exp_s <= c.start and c.end <= exp_e]
            if not (len(inside) == 1 and inside[0].end - inside[0].start == exp_e - exp_s):
                out.append(Candidate(exp_s, exp_e, label, "rule:acronym", 4))
            if (a + acr_s, a + acr_e) not in by_span or by_span[(a + acr_s, a + acr_e)].label != label:
                out.append(Candidate(a + acr_s, a + acr_e, label, "rule:acronym", 4))
            acronym = chunk[acr_s:acr_e]
            for x, y in spans:
                for m in re.finditer(rf"(?<![A-Za-z]){re.escape(acronym)}(?![A-Za-z])", text[x:y]):
                    out.append(Candidate(x + m.start(), x + m.end(), label, "rule:acronym", 4))
    return out


def _label_of_expansion(text: str, s: int, e: int, chosen: list[Candidate]) -> str | None:
    """Label of an acronym's expansion: from the entity covering it, else from its suffix."""
    surface = text[s:e]
    covering = [c for c in chosen if c.start <= s and e <= c.end] or [c for c in chosen if s <= c.start and c.end == e]
    if covering:
        return covering[0].label
    for label, suffixes in (("ORG", GOV_SUFFIXES + ORG_SUFFIXES), ("EVENT", EVENT_SUFFIXES), ("LAW", LAW_SUFFIXES),
                            ("FAC", FAC_SUFFIXES)):
        if surface.endswith(suffixes):
            return label
    return None


def _coordination_candidates(text: str, spans: list[tuple[int, int]], chosen: list[Candidate]) -> list[Candidate]:
    """(A、B、C、D) with most items organizations: the other name-like items are organizations too."""
    out: list[Candidate] = []
    for a, b in spans:
        for m in re.finditer(r"[(（]([^()（）]{3,120})[)）]", text[a:b]):
            base = a + m.start(1)
            items, pos = [], base
            for part in re.split(r"([、,，])", m.group(1)):
                if part not in "、,，":
                    items.append((pos, pos + len(part)))
                pos += len(part)
            if len(items) < 3:
                continue
            labels = {}
            for s, e in items:
                exact = [c for c in chosen if c.start == s and c.end == e]
                if exact:
                    labels[(s, e)] = exact[0].label
            counts = {label: list(labels.values()).count(label) for label in set(labels.values())}
            if not counts:
                continue
            label, n = max(counts.items(), key=lambda kv: kv[1])
            if n * 2 < len(items):
                continue
            for s, e in items:
                surface = text[s:e]
                if (s, e) not in labels and _NAME_CHARS.match(surface) and 2 <= len(surface) <= 20:
                    out.append(Candidate(s, e, label, "rule:coordination", 3))
    return out


_KATAKANA_WORD = re.compile(r"[ァ-ヺー]{2,}")


def _join_katakana_names(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """サイフロ サイポフ: a katakana person name written with spaces is one name.

    GiNZA splits such names at the space (news translations write foreign
    names this way), so a person span grows over the katakana words that
    touch it across a single space.
    """
    out: list[Candidate] = []
    taken = sorted(chosen, key=lambda c: c.start)
    for c in taken:
        if c.label == "PERSON" and re.fullmatch(r"[ァ-ヺー・ ]+", text[c.start:c.end]):
            start, end = c.start, c.end
            while (m := re.search(r"([ァ-ヺー]{2,}) $", text[:start])) and not any(d.end > m.start(1) and d.start < start for d in out):
                start = m.start(1)
            while m := _KATAKANA_WORD.match(text, end + 1) if text[end:end + 1] == " " else None:
                end = m.end()
            if out and out[-1].label == "PERSON" and out[-1].end >= start - 1 and text[out[-1].end:start] in ("", " "):
                out[-1] = Candidate(out[-1].start, max(end, out[-1].end), "PERSON", out[-1].source, out[-1].rank)
                continue
            c = Candidate(start, end, "PERSON", c.source, c.rank)
        if out and c.start < out[-1].end:
            continue
        out.append(c)
    return out


def _propagate(text: str, spans: list[tuple[int, int]], chosen: list[Candidate]) -> list[Candidate]:
    """One label per surface string (the best-ranked source decides), and every occurrence labeled."""
    best: dict[str, Candidate] = {}
    for c in chosen:
        surface = text[c.start:c.end]
        if surface not in best or c.rank > best[surface].rank:
            best[surface] = c
    relabeled = [Candidate(c.start, c.end, best[text[c.start:c.end]].label, c.source, c.rank) for c in chosen]
    extra: list[Candidate] = []
    for surface, c in best.items():
        if len(surface) < 2 or c.rank < 2:
            continue
        for a, b in spans:
            i = text.find(surface, a, b)
            while i >= 0:
                before = text[i - 1] if i > 0 else ""
                after = text[i + len(surface)] if i + len(surface) < len(text) else ""
                glued = (re.match(r"[ァ-ヺーA-Za-z]", surface[0]) and re.match(r"[ァ-ヺーA-Za-z]", before or " ")) or \
                    (re.match(r"[ァ-ヺーA-Za-z]", surface[-1]) and re.match(r"[ァ-ヺーA-Za-z]", after or " "))
                if not glued:
                    extra.append(Candidate(i, i + len(surface), c.label, c.source, 0))
                i = text.find(surface, i + 1, b)
    return _resolve(relabeled + extra)
