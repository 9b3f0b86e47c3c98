"""Notation variants (表記ゆれ): one word written with different kanji/kana in one document.

"子供" and "子ども", "取り組み" and "取組み" share a dictionary lemma in
UniDic; a professional translation uses one notation throughout. Katakana
spellings are left to ``name-variants``.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterator

from align.lang import get_language
from align.model import Token
from align.qa.base import CheckContext, Finding, finding, register_check
from align.qa.jatext import body_sentences

#: Verbs whose kana form is the grammatical use (という, ことができる, している) beside the kanji content use.
FUNCTION_VERBS = frozenset(
    {"言う", "為る", "居る", "有る", "成る", "来る", "見る", "行く", "出る", "置く", "仕舞う", "頂く", "遣る", "貰う", "呉れる"}
    | {"欲しい"}  # 〜てほしい (auxiliary) beside 欲しい (want)
)
#: Formal nouns whose kanji/kana choice varies by grammatical role, not by term.
FORMAL_NOUNS = frozenset(
    {
        "事",
        "時",
        "物",
        "所",
        "為",
        "様",
        "訳",
        "中",
        "方",
        "上",
        "下",
        "位",
        "内",
        "外",
        "共",
        "皆",
        "他",
        "後",
        "前",
        "間",
        "頃",
        "毎",
        "筈",
        "儘",
        "通り",
        "辺り",
        "一つ",
        "一人",
        "二つ",
        "何",
        "誰",
        "其れ",
        "此れ",
    }
)


OKURIGANA = re.compile(r"[ぁ-ゖ]+$")
KANJI = re.compile(r"[一-龯々]")


def _quotative_attributive(tokens: list[Token], k: int, text: str) -> bool:
    """Token ``k`` (言う) is the formal "と言う" before a noun ("という名前", "ということ"), not a verb of saying."""
    if k == 0 or k + 1 >= len(tokens) or text[tokens[k - 1].start : tokens[k - 1].end] != "と":
        return False
    return tokens[k + 1].pos.startswith("名詞") and tokens[k].end == tokens[k + 1].start


def _different_kanji(forms: list[str]) -> bool:
    """Two forms written with different kanji (撃つ/打つ, 聴く/聞く, 亡き/無い) are different words sharing a reading
    (同訓異字), chosen for their meaning; a notation variant differs in kana versus kanji (子供/子ども, 出来る/できる)."""
    sets = [set(KANJI.findall(f)) for f in forms]
    return any(a and b and not (a <= b or b <= a) for i, a in enumerate(sets) for b in sets[i + 1 :])


def _compound_particle(tokens: list[Token], k: int, text: str) -> bool:
    """Token ``k`` is the kana verb of a compound particle (に+とっ+て, に+わたっ+て, に+よっ+て): grammar written in kana
    beside the content verb in kanji (取る, 渡る), not a second notation of it."""
    if k == 0 or k + 1 >= len(tokens) or KANJI.search(text[tokens[k].start : tokens[k].end]):
        return False
    return text[tokens[k - 1].start : tokens[k - 1].end] == "に" and text[tokens[k + 1].start : tokens[k + 1].end] in ("て", "で")


def _katakana(text: str) -> str:
    return "".join(chr(ord(c) + 0x60) if "ぁ" <= c <= "ゖ" else c for c in text)


def _kanji_stem_readings(occurrences: list[tuple[str, str]]) -> set[str]:
    """Readings of the kanji stems of a lemma's occurrences: the token's reading without its okurigana (取っ トッ → ト)."""
    stems = set()
    for surface, reading in occurrences:
        if KANJI.search(surface) and reading:
            tail = _katakana(m.group(0)) if (m := OKURIGANA.search(surface)) else ""
            stems.add(reading[: len(reading) - len(tail)] if tail and reading.endswith(tail) else reading)
    return {st for st in stems if st}


def _reads_like(kana: str, stems: set[str]) -> bool:
    """A kana occurrence spells the kanji word when its sound starts with a kanji stem's reading ("とっ" トッ / 取 ト);
    いい (イイ) is not a spelling of 良い (ヨイ), nor うる (ウル) of 得る (エル). With no kanji occurrence, anything goes."""
    folded = _katakana(unicodedata.normalize("NFKC", kana))
    return not stems or any(folded.startswith(stem) for stem in stems)


def _shown(text: str, span: list[int]) -> str:
    return text[span[0] : span[1]]


def japanese_tokens(ctx: CheckContext) -> list[Token]:
    """fugashi tokens of the translated sentences (cached per run)."""
    if "ja_tokens" not in ctx.cache:
        spans = [(s, e) for _i, s, e in body_sentences(ctx.doc)]
        ctx.cache["ja_tokens"] = get_language("ja").tokenize(ctx.doc.text, spans)
    return ctx.cache["ja_tokens"]


@register_check("term-variants", "terminology", "minor", bilingual=False)
def check_term_variants(ctx: CheckContext) -> Iterator[Finding]:
    """A noun written in two notations (same UniDic lemma, different kanji/kana)."""
    if ctx.doc.lang != "ja":
        return
    text = ctx.doc.text
    groups: dict[str, dict[str, list[list[int]]]] = defaultdict(lambda: defaultdict(list))
    readings: dict[str, list[tuple[str, str]]] = defaultdict(list)  # lemma -> (surface, reading) of each occurrence
    tokens = japanese_tokens(ctx)
    for k, tok in enumerate(tokens):
        surface = unicodedata.normalize("NFKC", text[tok.start : tok.end])
        lemma = tok.lemma.split("-")[0]
        if lemma == "言う" and _quotative_attributive(tokens, k, text):
            lemma = "という"  # "という名前" / "と言う名前": the formal use, whose notation should be one
        elif lemma == "過ぎる" and k and text[tokens[k - 1].start : tokens[k - 1].end] == "に":
            lemma = "に過ぎない"  # the set phrase "only" (に過ぎない/にすぎない) is another word than the suffix of 遅すぎる
        elif lemma in FORMAL_NOUNS or lemma in FUNCTION_VERBS or "数詞" in tok.pos or _compound_particle(tokens, k, text):
            continue
        if lemma == "という":
            form = OKURIGANA.sub("", surface)
        elif tok.pos.startswith("名詞"):
            if len(surface) < 2 or all("ァ" <= c <= "ヺ" or c == "ー" for c in surface):
                continue  # one-character nouns are ambiguous; katakana spelling is name-variants' job
            form = surface
        elif tok.pos.startswith(("動詞", "副詞", "形容詞", "接続詞")):
            form = OKURIGANA.sub("", surface)  # 出来る/出来た → 出来, できる → "" (kana): compare the written stem
            if len(lemma) < 2:
                continue
        else:
            continue
        if not set(KANJI.findall(surface)) <= set(KANJI.findall(tok.lemma)):
            continue  # 亡き under the lemma 無い, 撃つ under 打つ: another word with the same reading (同訓異字)
        groups[lemma][form].append([tok.start, tok.end])
        readings[lemma].append((surface, tok.reading))
    for lemma, forms in groups.items():
        if "" in forms:  # いい beside 良い (よい), うる beside 得る (える): another word under the same lemma, not a spelling
            stems = _kanji_stem_readings(readings[lemma])
            forms[""] = [sp for sp in forms[""] if _reads_like(text[sp[0] : sp[1]], stems)]
            if not forms[""]:
                del forms[""]
        if len(forms) > 1 and not _different_kanji(list(forms)):
            forms = {_shown(text, spans[0]): spans for spans in forms.values()}
            names = " / ".join(f"“{f}” ({len(s)}×)" for f, s in sorted(forms.items(), key=lambda kv: -len(kv[1])))
            yield finding(
                "term-variants",
                f"“{lemma}” is written in {len(forms)} ways: {names}",
                tgt_spans=[s for spans in forms.values() for s in spans],
                details={"lemma": lemma, "forms": {f: len(s) for f, s in forms.items()}},
            )
