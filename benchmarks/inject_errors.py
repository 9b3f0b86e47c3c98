"""Seeded error injection into the translation side of clean dev bitexts (Japanese; English for ``inject_clause_en``).

Each injector changes one sentence of the translation in one known way and
returns where (bead, character span in the new target text). The benchmark
(benchmarks/qa.py) then asks whether the QA checks find the error there.
Injectors are deterministic given the ``random.Random`` they receive.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from align.model import Bitext
from align.segment import sentences_from_lines

KATAKANA_NAME = re.compile(r"[ァ-ヺ][ァ-ヺー]{2,}(?:・[ァ-ヺ][ァ-ヺー]{1,})*")
ACRONYM_PAIR = re.compile(r"([\u30a0-\u30ff\u4e00-\u9fff々ー・]{2,})\s*([（(])\s*([A-Z][A-Za-z0-9&\-]{0,8}[A-Z0-9])\s*([）)])")
NUMBER = re.compile(r"(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?![\d,])")
SCALE = re.compile(r"(?<![\d.,])(\d[\d,]*(?:\.\d+)?)(兆|億|万)")
YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)年")
APPROX_PREFIX = re.compile(r"(約|およそ|ほぼ|推定)(?=[\d一二三四五六七八九十数])")
APPROX_SUFFIX = re.compile(r"(?<=[\d万億兆円ドル%％人件台年])(超|以上|余り|近く|程度|前後|あまり|以下|未満)")
EN_APPROX = re.compile(
    r"\b(about|around|approximately|roughly|nearly|almost|more than|over|at least|less than|under|some|up to|estimated|"
    r"fewer than|as many as|just over|just under)\b",
    re.I,
)
# (pattern at the end of a sentence, replacement): negate or assert the main predicate
NEGATIONS = (
    (r"している。$", "していない。"),
    (r"しました。$", "しませんでした。"),
    (r"ました。$", "ませんでした。"),
    (r"ます。$", "ません。"),
    (r"ている。$", "ていない。"),
    (r"(?<!で)した。$", "しなかった。"),  # not the copula でした (…でしなかった is not Japanese)
    (r"である。$", "ではない。"),
    (r"できる。$", "できない。"),
    (r"だ。$", "ではない。"),
    (r"いる。$", "いない。"),
    (r"ある。$", "ない。"),
)
HEDGES_ADD = (
    # plain forms only: polite past (しました, でした) and requests (ください) do not take 可能性がある
    (r"(?<!まし)(?<!でし)(?<!ださ)(?<!なさ)(る|た|い)。$", r"\1可能性がある。"),
    (r"である。$", "であるかもしれない。"),
    (r"だ。$", "かもしれない。"),
    (r"(てい|でき)ます。$", r"\1るかもしれません。"),  # only where ます follows a stem whose dictionary form ends in る
)
HEDGES_DROP = (
    (r"可能性がある。$", "。"),
    (r"かもしれない。$", "。"),
    (r"だろう。$", "。"),
    (r"ている可能性があります。$", "ています。"),  # (…ている可能性があります → …ているます was not Japanese)
    (r"ある可能性があります。$", "あります。"),
    (r"と見られる。$", "。"),
    (r"とみられる。$", "。"),
    (r"と思われる。$", "。"),
)
#: Okurigana/kanji notation variants (either direction is a 表記ゆれ).
NOTATION_VARIANTS = (
    ("取り組み", "取組み"),
    ("話し合い", "話合い"),
    ("引き上げ", "引上げ"),
    ("受け入れ", "受入れ"),
    ("子供", "子ども"),
    ("売り上げ", "売上げ"),
    ("申し込み", "申込み"),
    ("打ち合わせ", "打合せ"),
    ("引き下げ", "引下げ"),
    ("取り引き", "取引"),
    ("見積もり", "見積り"),
    ("問い合わせ", "問合せ"),
    ("組み合わせ", "組合せ"),
    ("呼び掛け", "呼びかけ"),
    ("働き掛け", "働きかけ"),
    ("言う", "いう"),
    ("出来る", "できる"),
    ("分かる", "わかる"),
    ("下さい", "ください"),
    ("全て", "すべて"),
    ("既に", "すでに"),
    ("更に", "さらに"),
    ("殆ど", "ほとんど"),
    ("様々", "さまざま"),
)
KANA_FOLDS = (
    ("ベ", "ヴェ"),
    ("バ", "ヴァ"),
    ("ビ", "ヴィ"),
    ("ボ", "ヴォ"),
    ("ヴェ", "ベ"),
    ("ヴァ", "バ"),
    ("ヴィ", "ビ"),
    ("ヴォ", "ボ"),
    ("ティ", "チ"),
    ("ディ", "ジ"),
)


@dataclass(slots=True)
class Injection:
    """One injected error: its kind, the bead, and the changed span in the new target text."""

    kind: str
    bead: int
    tgt_span: tuple[int, int]
    before: str
    after: str
    extra_beads: list[int] = field(default_factory=list)


def _rebuild(bt: Bitext, lines: list[str]) -> Bitext:
    return Bitext(src=bt.src, tgt=sentences_from_lines(lines, bt.tgt.lang), beads=bt.beads, links=[], meta=dict(bt.meta))


def _one_to_one(bt: Bitext) -> list[int]:
    return [i for i, b in enumerate(bt.beads) if len(b.src) == 1 and len(b.tgt) == 1]


def _apply(bt: Bitext, bead: int, line_id: int, start: int, end: int, new: str, kind: str) -> tuple[Bitext, Injection]:
    lines = bt.tgt.sentence_texts()
    old_line = lines[line_id]
    lines[line_id] = old_line[:start] + new + old_line[end:]
    out = _rebuild(bt, lines)
    base = out.tgt.sentences[line_id].start
    span = (base + start, base + start + max(len(new), 1))
    return out, Injection(kind, bead, span, old_line[start:end], new)


def _candidates(
    bt: Bitext, pattern: re.Pattern[str], need_src: Callable[[str], bool] | None = None
) -> list[tuple[int, int, re.Match[str]]]:
    out = []
    for b in _one_to_one(bt):
        bead = bt.beads[b]
        src, line = bt.src.sentence_text(bead.src[0]), bt.tgt.sentence_text(bead.tgt[0])
        if need_src and not need_src(src):
            continue
        out += [(b, bead.tgt[0], m) for m in pattern.finditer(line)]
    return out


def inject_number(bt: Bitext, rng: random.Random, pools: dict) -> tuple[Bitext, Injection] | None:
    """Swap a Japanese scale word (億→万, 万→億, 兆→億) or multiply a number by ten."""
    scaled = _candidates(bt, SCALE, lambda s: bool(re.search(r"\d", s)))
    if scaled:
        b, line, m = rng.choice(scaled)
        new_scale = {"億": "万", "万": "億", "兆": "億"}[m.group(2)]
        return _apply(bt, b, line, m.start(2), m.end(2), new_scale, "number")
    plain = [
        c
        for c in _candidates(bt, NUMBER, lambda s: bool(re.search(r"\d", s)))
        if not bt.tgt.sentence_text(bt.beads[c[0]].tgt[0])[c[2].end() :].lstrip().startswith(("年", "月", "日", "時", "分"))
        and c[2].group(0).replace(",", "") not in ("0", "1")
    ]
    if not plain:
        return None
    b, line, m = rng.choice(plain)
    digits = m.group(0)
    new = digits + "0" if "." not in digits else digits.replace(".", "", 1)
    if "," in digits:
        new = f"{int(digits.replace(',', '')) * 10:,}"
    return _apply(bt, b, line, m.start(), m.end(), new, "number")


def inject_date(bt: Bitext, rng: random.Random, pools: dict) -> tuple[Bitext, Injection] | None:
    """Shift a year that the source also writes by one to three years."""
    cands = [c for c in _candidates(bt, YEAR) if c[2].group(1) in bt.src.sentence_text(bt.beads[c[0]].src[0])]
    if not cands:
        return None
    b, line, m = rng.choice(cands)
    new = str(int(m.group(1)) + rng.choice((-3, -2, -1, 1, 2, 3)))
    return _apply(bt, b, line, m.start(1), m.end(1), new, "date")


def inject_approximator(bt: Bitext, rng: random.Random, pools: dict) -> tuple[Bitext, Injection] | None:
    """Drop 約/超/以上/近く … next to a number whose source also has an approximator."""

    def has_approx(s: str) -> bool:
        return bool(EN_APPROX.search(s)) and bool(
            re.search(r"\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|hundred|thousand|million|billion)\b", s, re.I)
        )

    cands = _candidates(bt, APPROX_PREFIX, has_approx) + _candidates(bt, APPROX_SUFFIX, has_approx)
    if not cands:
        return None
    b, line, m = rng.choice(cands)
    return _apply(bt, b, line, m.start(), m.end(), "", "approximator")


def _rendered_names(bt: Bitext, bead: int) -> list[re.Match[str]]:
    """Katakana runs of the bead's translation that spell a capitalized word of its source (ペンシルバニア ↔ Pennsylvania)."""
    from align.entities.link import romanize
    from align.qa.checks.entities import name_skeleton, words_match

    b = bt.beads[bead]
    src = " ".join(bt.src.sentence_text(i) for i in b.src)
    caps = [name_skeleton(w) for w in re.findall(r"(?<!^)(?<![.!?] )\b[A-Z][a-z]{2,}", src)]
    out = []
    for m in KATAKANA_NAME.finditer(bt.tgt.sentence_text(b.tgt[0])):
        sk = name_skeleton(romanize(m.group(0).split("・")[-1]))
        if len(sk) >= 2 and any(words_match(c, sk) for c in caps):
            out.append(m)
    return out


def inject_entity(bt: Bitext, rng: random.Random, pools: dict) -> tuple[Bitext, Injection] | None:
    """Replace a katakana rendering of a source name by a name rendered in another document."""
    cands = [(b, bt.beads[b].tgt[0], m) for b in _one_to_one(bt) for m in _rendered_names(bt, b)]
    if not cands:
        return None
    b, line, m = rng.choice(cands)
    others = [n for n in pools["names"] if n != m.group(0) and n not in bt.tgt.text]
    return _apply(bt, b, line, m.start(), m.end(), rng.choice(others), "entity")


def _delete_clause(bt: Bitext, rng: random.Random, separator: str, min_piece: int, min_rest: int) -> tuple[Bitext, Injection] | None:
    """Delete one ``separator``-delimited clause (not the last) of at least a fifth of a translation sentence, separator included."""
    cands = []
    for b in _one_to_one(bt):
        line_id = bt.beads[b].tgt[0]
        line = bt.tgt.sentence_text(line_id)
        pos = 0
        for m in re.finditer(separator, line):
            piece = line[pos : m.start()] + m.group(0).rstrip()
            if len(piece) >= min_piece and len(piece) >= 0.2 * len(line) and len(line) - len(piece) >= min_rest:
                cands.append((b, line_id, pos, m.end()))
            pos = m.end()
    if not cands:
        return None
    b, line_id, a, e = rng.choice(cands)
    return _apply(bt, b, line_id, a, e, "", "clause")


def inject_clause(bt: Bitext, rng: random.Random, pools: dict) -> tuple[Bitext, Injection] | None:
    """Delete one 、-delimited clause (not the last) of at least a fifth of a Japanese sentence."""
    return _delete_clause(bt, rng, "、", 8, 10)


def inject_clause_en(bt: Bitext, rng: random.Random, pools: dict) -> tuple[Bitext, Injection] | None:
    """Delete one comma-delimited clause (not the last) of at least a fifth of an English translation's sentence.

    The English counterpart of :func:`inject_clause`, for benchmarking a Japanese source reviewed against
    its English translation (benchmarks/qa_reverse.py).
    """
    return _delete_clause(bt, rng, ", ", 12, 20)


def inject_acronym(bt: Bitext, rng: random.Random, pools: dict) -> tuple[Bitext, Injection] | None:
    """Replace the Japanese expansion of an acronym with another acronym's expansion."""
    cands = _candidates(bt, ACRONYM_PAIR)
    if not cands:
        return None
    b, line, m = rng.choice(cands)
    others = [e for a, e in pools["acronyms"] if a != m.group(3) and e != m.group(1)]
    if not others:
        return None  # a small run may see only one acronym: nothing to swap it with
    return _apply(bt, b, line, m.start(1), m.end(1), rng.choice(others), "acronym")


def _end_rewrite(bt: Bitext, rng: random.Random, rules: tuple[tuple[str, str], ...], kind: str) -> tuple[Bitext, Injection] | None:
    cands = []
    for b in _one_to_one(bt):
        line_id = bt.beads[b].tgt[0]
        line = bt.tgt.sentence_text(line_id)
        for pat, rep in rules:
            m = re.search(pat, line)
            if m:
                cands.append((b, line_id, m, pat, rep))
                break
    if not cands:
        return None
    b, line_id, m, pat, rep = rng.choice(cands)
    return _apply(bt, b, line_id, m.start(), m.end(), m.expand(rep) if "\\" in rep else rep, kind)


def inject_hedge(bt: Bitext, rng: random.Random, pools: dict) -> tuple[Bitext, Injection] | None:
    """Add a hedge (可能性がある, かもしれない) to a plain assertion, or drop one."""
    dropped = _end_rewrite(bt, rng, HEDGES_DROP, "hedge")
    if dropped and rng.random() < 0.5:
        return dropped
    return _end_rewrite(bt, rng, HEDGES_ADD, "hedge") or dropped


def inject_negation(bt: Bitext, rng: random.Random, pools: dict) -> tuple[Bitext, Injection] | None:
    """Negate the main predicate of a sentence (する→しない, である→ではない)."""
    return _end_rewrite(bt, rng, NEGATIONS, "negation")


def inject_term_variant(bt: Bitext, rng: random.Random, pools: dict) -> tuple[Bitext, Injection] | None:
    """Write one occurrence of a repeated term in another notation (取り組み→取組み, ベ→ヴェ)."""
    text = bt.tgt.text
    cands = []
    for a, b in NOTATION_VARIANTS:
        for old, new in ((a, b), (b, a)):
            if text.count(old) >= 2 and new not in text:
                cands += [(m, old, new) for m in re.finditer(re.escape(old), text)]
    if not cands:
        counts: dict[str, int] = {}
        for m in KATAKANA_NAME.finditer(text):
            counts[m.group(0)] = counts.get(m.group(0), 0) + 1
        for word, n in counts.items():
            if n < 2:
                continue
            for old, new in KANA_FOLDS:
                if old in word:
                    variant = word.replace(old, new, 1)
                    cands += [(m, word, variant) for m in re.finditer(re.escape(word), text)]
                    break
            else:
                # long-vowel variants people really write: a final ー (セキュリティー/セキュリティ) or an inner one
                # of a longer word (サマーセット/サマセット); "チーム"→"チム" would be a typo, not a notation variant
                i = len(word) - 1 if word.endswith("ー") else word.rfind("ー", 1)
                if i > 0 and (i == len(word) - 1 or len(word) >= 5) and len(word) - 1 >= 3:
                    variant = word[:i] + word[i + 1 :]
                    cands += [(m, word, variant) for m in re.finditer(re.escape(word), text)]
    if not cands:
        return None
    m, old, new = rng.choice(cands)
    line_id = next(i for i, s in enumerate(bt.tgt.sentences) if s.start <= m.start() < s.end)
    bead = next((i for i, b in enumerate(bt.beads) if line_id in b.tgt), None)
    if bead is None:
        return None
    start = m.start() - bt.tgt.sentences[line_id].start
    return _apply(bt, bead, line_id, start, start + len(old), new, "term_variant")


INJECTORS: dict[str, Callable[[Bitext, random.Random, dict], tuple[Bitext, Injection] | None]] = {
    "number": inject_number,
    "date": inject_date,
    "approximator": inject_approximator,
    "entity": inject_entity,
    "clause": inject_clause,
    "acronym": inject_acronym,
    "hedge": inject_hedge,
    "negation": inject_negation,
    "term_variant": inject_term_variant,
}


def build_pools(bitexts: list[Bitext]) -> dict:
    """Replacement material taken from the corpus itself (names, acronym expansions)."""
    names: set[str] = set()
    acronyms: set[tuple[str, str]] = set()
    for bt in bitexts:
        names.update(m.group(0) for b in _one_to_one(bt) for m in _rendered_names(bt, b) if 3 <= len(m.group(0)) <= 10)
        acronyms.update((m.group(3), m.group(1)) for m in ACRONYM_PAIR.finditer(bt.tgt.text))
    return {"names": sorted(names), "acronyms": sorted(acronyms)}
