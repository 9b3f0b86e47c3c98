"""Pair Japanese and English entities and quantities inside each aligned bead.

Names are scored by the strongest of several kinds of evidence — a shared
gazetteer entry, the same Latin string (NDS ↔ NDS), acronym letters (SIPRI ↔
Stockholm International Peace Research Institute) or an acronym explained in
the other document, the romanization of the Japanese (cutlet: スティムソン →
Stimson), and multilingual embedding similarity (USE-m3: 韓国 ↔ South Korea).
Quantities are scored by their normalized values, units and dates. Inside a
bead the best-scoring pairs are taken greedily; every item left over is kept
as an unpaired link (``src`` or ``tgt`` is ``None``) because an entity or a
number without a counterpart is what translation QA looks for.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from functools import lru_cache

import numpy as np

from align.entities.gazetteer import Gazetteer, load_gazetteer
from align.model import Bitext, Document, Entity, Link, Quantity

#: Minimum score for a name pair / a quantity pair.
NAME_THRESHOLD = 0.5
QUANTITY_THRESHOLD = 0.5
#: Label groups that translations move between (韓国 GPE ↔ South Korean NORP; 国防総省 ORG ↔ Pentagon FAC).
_LABEL_GROUPS = [{"GPE", "LOC", "NORP"}, {"ORG", "FAC", "NORP", "GPE"}, {"LAW", "PRODUCT", "EVENT", "ORG"}]
#: Japanese name-final words whose English counterpart usually drops or moves them (トランプ政権 ↔ Trump).
_JA_STRIP = ("政権", "政府", "大統領", "氏", "首相", "長官", "グループ", "社", "人")
_EN_STRIP = re.compile(r"\b(administration|government|group|inc|corp|co|ltd)\.?$", re.I)


@lru_cache(maxsize=2)
def _romanizer(foreign: bool):
    """cutlet, with or without UniDic's foreign spellings (ドナルド → Donald, but マイク → microphone)."""
    import cutlet

    return cutlet.Cutlet(use_foreign_spelling=foreign)


@lru_cache(maxsize=4096)
def romanize(text: str, foreign: bool = True) -> str:
    """Lower-case Latin letters and spaces for a Japanese name (Latin parts kept)."""
    out = _romanizer(foreign).romaji(text)
    return re.sub(r"[^a-z ]+", " ", out.lower()).strip()


def _letters(text: str) -> str:
    return re.sub(r"[^a-z]", "", text.lower())


def _initials(text: str) -> str:
    return "".join(w[0] for w in re.findall(r"[A-Za-z]+", text) if w[0].isupper())


def _use_model():
    from align.embed import default_model

    return default_model()


def embed_strings(texts: list[str]) -> np.ndarray:
    """L2-normalized USE-m3 vectors (the default embedder); empty input gives a 0×512 array."""
    if not texts:
        return np.zeros((0, 512), dtype=np.float32)
    return np.asarray(_use_model().encode(texts), dtype=np.float32)


def acronym_aliases(doc: Document) -> dict[str, set[str]]:
    """Expansion ↔ acronym pairs written in ``doc`` ("国家安全保障戦略(NSS)", "SIPRI (Stockholm …)"), both directions."""
    aliases: dict[str, set[str]] = {}
    pattern_after = re.compile(r"([^\s(（)）、。,]{2,60}?)\s?[(（]([A-Z][A-Za-z0-9&\-]*[A-Z0-9])[)）]")
    pattern_before = re.compile(r"([A-Z][A-Za-z0-9&\-]*[A-Z0-9])\s?[(（]([^()（）]{2,60})[)）]")
    names = {e.text for e in doc.entities}
    for m in pattern_after.finditer(doc.text):
        exp = next((n for n in names if m.group(1).endswith(n) and len(n) >= 2), m.group(1))
        aliases.setdefault(exp, set()).add(m.group(2))
        aliases.setdefault(m.group(2), set()).add(exp)
    for m in pattern_before.finditer(doc.text):
        aliases.setdefault(m.group(1), set()).add(m.group(2))
        aliases.setdefault(m.group(2), set()).add(m.group(1))
    return aliases


class NameScorer:
    """Scores a Japanese name against an English one; embeddings are computed once per document pair."""

    def __init__(self, ja: Document, en: Document, gazetteer: Gazetteer, use_embeddings: bool = True):
        self.gaz = gazetteer
        self.ja_alias = acronym_aliases(ja)
        self.en_alias = acronym_aliases(en)
        self.ja_vec: dict[str, np.ndarray] = {}
        self.en_vec: dict[str, np.ndarray] = {}
        if use_embeddings:
            ja_names = sorted({e.text for e in ja.entities})
            en_names = sorted({e.text for e in en.entities})
            self.ja_vec = dict(zip(ja_names, embed_strings(ja_names), strict=True))
            self.en_vec = dict(zip(en_names, embed_strings(en_names), strict=True))

    def score(self, j: Entity, e: Entity) -> tuple[float, str]:
        """``(score, evidence)``; 0 when nothing connects the two names."""
        best = (0.0, "")
        ja_forms = {j.text} | self.ja_alias.get(j.text, set()) | {_strip_ja(j.text)}
        en_forms = {e.text} | self.en_alias.get(e.text, set()) | {_EN_STRIP.sub("", e.text).strip()}
        ja_entries = {x for f in ja_forms for x in self.gaz.entries_of(f, "ja")}
        en_entries = {x for f in en_forms for x in self.gaz.entries_of(f, "en")}
        if ja_entries & en_entries:
            best = max(best, (1.0, "gazetteer"))
        if j.text.isascii() and j.text.lower() == e.text.lower():
            best = max(best, (1.0, "same string"))
        elif {f.lower() for f in ja_forms if f.isascii()} & {f.lower() for f in en_forms}:
            best = max(best, (0.95, "acronym alias"))  # below a direct match: BJP↔BJP beats BJP↔インド人民党
        for f in ja_forms:
            acronym = re.fullmatch(r"[A-Z][A-Za-z0-9&\-]*", f) and len(f) >= 2
            if acronym and any(_initials(g) == f for g in en_forms if " " in g):
                best = max(best, (0.9, "acronym"))
        own_ja = {j.text, _strip_ja(j.text)}
        own_en = {e.text, _EN_STRIP.sub("", e.text).strip()}
        rom = max((_romaji_similarity(f, g) for f in own_ja for g in own_en if not f.isascii()), default=0.0)
        # a known name of something else is no rendering by sound (ブラジル is not "Virus Protection Promise"); a homograph
        # (オークランド: Auckland, Oakland) is one of its entries', and those pair by the gazetteer above
        if rom >= 0.75 and not any(self.gaz.names_another(f, "ja", en_forms) for f in own_ja):
            best = max(best, (0.55 + 0.45 * rom, "romanization"))
        if j.text in self.ja_vec and e.text in self.en_vec:
            cos = float(self.ja_vec[j.text] @ self.en_vec[e.text])
            if cos >= 0.45:
                best = max(best, (cos, "embedding"))
        score, why = best
        if score and not _labels_compatible(j.label, e.label):
            score -= 0.15
        elif score and j.label == e.label:
            score += 0.05  # same label: a weak embedding match (李容浩 ↔ Ri Yong Ho) is believable
        return min(score, 1.0), why


def _strip_ja(text: str) -> str:
    for suffix in _JA_STRIP:
        if text.endswith(suffix) and len(text) > len(suffix) + 1:
            return text[: -len(suffix)]
    return text


#: Name-final Japanese words and their English forms, so カーネギーメロン大学 compares as "… university".
_SUFFIX_WORDS = {"大学": " university", "研究所": " institute", "財団": " foundation", "協会": " association", "銀行": " bank",
                 "党": " party", "委員会": " committee", "空港": " airport", "島": " island", "大統領": "", "氏": "", "社": "",
                 "州": "", "市": "", "県": ""}


def phonetic_key(text: str) -> str:
    """A coarse sound skeleton shared by English spellings and Japanese romaji.

    Katakana cannot tell l/r or b/v, adds vowels after consonants and drops
    the non-rhotic r (ハーコート ← Harcourt), so keys keep consonants only,
    with those contrasts merged.
    """
    t = text.lower()
    for a, b in (("ph", "f"), ("gh", ""), ("th", "s"), ("ck", "k"), ("qu", "k"), ("x", "ks"), ("c", "k"), ("q", "k"),
                 ("l", "r"), ("v", "b"), ("w", ""), ("y", ""), ("sh", "s"), ("ch", "s"), ("ts", "s"), ("j", "s"), ("z", "s")):
        t = t.replace(a, b)
    t = re.sub(r"r(?=[^aeiou]|$)", "", t)  # non-rhotic r: harcourt → hakout
    t = re.sub(r"[aeiouh]", "", t)
    t = re.sub(r"[^a-z ]", "", t)
    return re.sub(r"(.)\1+", r"\1", t).strip()


def _romaji_similarity(ja_text: str, en_text: str) -> float:
    """Similarity of the romanized Japanese to the English, ignoring case, spaces and punctuation.

    Kanji names are romanized by their Japanese reading: right for Japanese names
    (雷門喜助 → Kaminarimon Kisuke, 岡山 → Okayama), harmlessly wrong for Korean or
    Chinese ones (文在寅 → bunzaitora), which the gazetteer and embeddings cover.
    """
    if not re.search(r"[ァ-ヺ\u4e00-\u9fff]", ja_text):
        return 0.0
    tail = ""
    for _ in range(2):  # チューク島空港 → チューク + " island airport"
        for suffix, word in _SUFFIX_WORDS.items():
            if ja_text.endswith(suffix) and len(ja_text) > len(suffix):
                ja_text, tail = ja_text[: -len(suffix)], word + tail
                break
    whole_name = _romaji_name_similarity(ja_text, tail, en_text)
    # one side may give only part of the name (Julius ↔ ジュアリアス ローゼンバーグ, Davis ↔ デイビス)
    ja_parts = [p for p in re.split(r"[・ ]", ja_text) if p]
    en_parts = en_text.split()
    part = 0.0
    if len(en_parts) == 1 and len(ja_parts) > 1 and len(en_text) >= 4:
        part = max((_romaji_name_similarity(p, "", en_text) for p in ja_parts), default=0.0)
    elif len(ja_parts) == 1 and len(en_parts) > 1 and not tail and len(ja_text) >= 3:
        # every English part may be shorter than 4 letters ("Li Ka Wu"): then no part matches
        part = max((_romaji_name_similarity(ja_text, "", p) for p in en_parts if len(p) >= 4), default=0.0)
    return max(whole_name, 0.9 * part)


def _romaji_name_similarity(ja_text: str, tail: str, en_text: str) -> float:
    from rapidfuzz import fuzz

    b = en_text.lower()
    if not _letters(b):
        return 0.0
    best = 0.0
    for a in {romanize(ja_text, True) + tail, romanize(ja_text, False) + tail}:
        whole = fuzz.ratio(_letters(a), _letters(b)) / 100
        tokens = fuzz.token_sort_ratio(a, re.sub(r"[^a-z ]+", " ", b)) / 100
        ka, kb = phonetic_key(a).replace(" ", ""), phonetic_key(b).replace(" ", "")
        sound = fuzz.ratio(ka, kb) / 100 if ka and kb else 0.0
        # a consonant skeleton is weak evidence: only an exact one, or a close one backed by the spelling
        if sound == 1.0 and (len(ka) >= 3 or whole >= 0.6):
            best = max(best, 0.85)
        elif sound >= 0.75 and whole >= 0.65:
            best = max(best, 0.8)
        best = max(best, whole, tokens)
    return best


def _labels_compatible(a: str, b: str) -> bool:
    return a == b or any(a in g and b in g for g in _LABEL_GROUPS)


def quantity_score(a: Quantity, b: Quantity) -> tuple[float, str]:
    """How well two quantities correspond: equal normalized values score ~1, overlapping intervals less."""
    notes = []
    if a.qualifier != b.qualifier:
        notes.append(f"qualifier {a.qualifier or '-'} vs {b.qualifier or '-'}")
    if a.unit in ("date", "fiscal_year", "decade") or b.unit in ("date", "fiscal_year", "decade"):
        core_a, core_b = _date_core(a.norm), _date_core(b.norm)
        if core_a == core_b:
            return (1.0 if not notes else 0.9), "; ".join(notes)
        if _date_compatible(core_a, core_b):
            return 0.75, "; ".join([*notes, "partial date"])
        return 0.0, ""
    if a.value is None or b.value is None:
        return 0.0, ""
    units_ok = a.unit == b.unit or not a.unit or not b.unit or {a.unit, b.unit} <= {"%", "% of GDP"}
    kinds_ok = a.kind == b.kind or {a.kind, b.kind} <= {"CARDINAL", "QUANTITY", "DATE", "TIME"}
    if not units_ok:
        return 0.0, ""
    if a.unit != b.unit:
        notes.append(f"unit {a.unit or '-'} vs {b.unit or '-'}")
    if _close(a.value, b.value):
        score = 1.0 if kinds_ok else 0.6
        score -= 0.05 * len(notes)
        return score, "; ".join(notes)
    if _overlap(a, b) and kinds_ok:
        return 0.55, "; ".join([*notes, f"value {a.value:g} vs {b.value:g}"])
    return 0.0, ""


def _date_core(norm: str) -> str:
    return norm.split(" ")[-1]


def _date_compatible(x: str, y: str) -> bool:
    """2025-12 vs --12 (year unknown on one side), or 2025 vs 2025-12 (month unknown on one side)."""
    def parts(norm: str) -> tuple[str | None, str | None]:
        if norm.startswith("--"):
            return None, norm[2:]
        year, _, rest = norm.partition("-")
        return year, rest or None

    (yx, rx), (yy, ry) = parts(x), parts(y)
    if yx is None or yy is None:
        return rx is not None and ry is not None and (rx.startswith(ry) or ry.startswith(rx))
    return yx == yy and (rx is None or ry is None or rx.startswith(ry) or ry.startswith(rx))


def _close(x: float, y: float) -> bool:
    return abs(x - y) <= 1e-6 * max(1.0, abs(x), abs(y))


def _overlap(a: Quantity, b: Quantity) -> bool:
    lo = max(a.low if a.low is not None else -np.inf, b.low if b.low is not None else -np.inf)
    hi = min(a.high if a.high is not None else np.inf, b.high if b.high is not None else np.inf)
    return lo <= hi


def _sentence_index(doc: Document) -> Callable[[int], int]:
    starts = [s.start for s in doc.sentences]

    def find(offset: int) -> int:
        i = bisect_right(starts, offset) - 1
        return i if i >= 0 and offset < doc.sentences[i].end else -1

    return find


def _group(doc: Document, items: list) -> dict[int, list[int]]:
    find = _sentence_index(doc)
    out: dict[int, list[int]] = {}
    for idx, item in enumerate(items):
        out.setdefault(find(item.start), []).append(idx)
    return out


def _relative_position(doc: Document, offset: int) -> float:
    """Where ``offset`` falls inside its sentence, 0..1."""
    i = _sentence_index(doc)(offset)
    if i < 0:
        return 0.5
    s = doc.sentences[i]
    return (offset - s.start) / max(1, s.end - s.start)


def _greedy(pairs: list[tuple[float, int, int, str]], threshold: float) -> list[tuple[float, int, int, str]]:
    used_a: set[int] = set()
    used_b: set[int] = set()
    out = []
    for score, a, b, note in sorted(pairs, key=lambda p: (-p[0], p[1], p[2])):
        if score >= threshold and a not in used_a and b not in used_b:
            used_a.add(a)
            used_b.add(b)
            out.append((score, a, b, note))
    return out


def link_entities(bitext: Bitext, gazetteer: Gazetteer | None = None, use_embeddings: bool = True,
                  name_threshold: float = NAME_THRESHOLD, quantity_threshold: float = QUANTITY_THRESHOLD,
                  project: bool = True) -> Bitext:
    """Append entity and quantity links (paired and unpaired) for every bead; returns ``bitext``.

    With ``project`` (default), a name that has no partner is first looked for in the
    other side's bead text (:mod:`align.entities.project`); a counterpart found there is
    added to that document's entities (``source="projection:…"``), so entity indices can
    change. Existing ``entity``/``quantity`` links are replaced: linking twice is harmless.
    """
    gaz = gazetteer if gazetteer is not None else load_gazetteer()
    src, tgt = bitext.src, bitext.tgt
    src_is_ja = src.lang == "ja"
    ja, en = (src, tgt) if src_is_ja else (tgt, src)
    scorer = NameScorer(ja, en, gaz, use_embeddings)
    if project:
        from align.entities.project import project_entities

        def has_partner(item: Entity, others: list[Entity]) -> bool:
            pairs = ((item, o) if item in ja.entities else (o, item) for o in others)
            return any(scorer.score(j, e)[0] >= name_threshold for j, e in pairs)

        project_entities(bitext, gaz, has_partner)
    bitext.links = [link for link in bitext.links if link.layer not in ("entity", "quantity")]
    layers = (("entity", src.entities, tgt.entities), ("quantity", src.quantities, tgt.quantities))
    for layer, s_items, t_items in layers:
        s_by_sent, t_by_sent = _group(src, s_items), _group(tgt, t_items)
        for bead_id, bead in enumerate(bitext.beads):
            s_ids = [i for s in bead.src for i in s_by_sent.get(s, [])]
            t_ids = [i for t in bead.tgt for i in t_by_sent.get(t, [])]
            pairs = []
            for i in s_ids:
                for k in t_ids:
                    if layer == "entity":
                        j_ent, e_ent = (s_items[i], t_items[k]) if src_is_ja else (t_items[k], s_items[i])
                        score, note = scorer.score(j_ent, e_ent)
                    else:
                        score, note = quantity_score(s_items[i], t_items[k])
                    if score > 0:
                        # ties (the same name twice) go to the pair at similar places in the two sentences
                        score -= 0.01 * abs(_relative_position(src, s_items[i].start) - _relative_position(tgt, t_items[k].start))
                        pairs.append((score, i, k, note))
            chosen = _greedy(pairs, name_threshold if layer == "entity" else quantity_threshold)
            paired_s = {a for _, a, _, _ in chosen}
            paired_t = {b for _, _, b, _ in chosen}
            links = [Link(layer, bead_id, a, b, round(score, 4), note) for score, a, b, note in chosen]
            links += [Link(layer, bead_id, i, None, 0.0, "unpaired") for i in s_ids if i not in paired_s]
            links += [Link(layer, bead_id, None, k, 0.0, "unpaired") for k in t_ids if k not in paired_t]
            links.sort(key=lambda link: (link.src if link.src is not None else 1e9, link.tgt if link.tgt is not None else 1e9))
            bitext.links.extend(links)
    return bitext
