"""Names and loanwords written in katakana two different ways in one document.

"ベネズエラ" and "ヴェネズエラ", "サーバー" and "サーバ": the translation reads
as if two different things were meant. Katakana runs are compared after
folding the usual spelling alternatives (ヴ/バ行, long-vowel mark, middle dot,
small vowels), which also covers names no dictionary knows.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterator

from align.qa.base import CheckContext, Finding, finding, register_check
from align.qa.jatext import body_sentences

KATAKANA_RUN = re.compile(r"[ァ-ヺ][ァ-ヺー・･]{2,}")
FOLDS = (
    ("ヴァ", "バ"),
    ("ヴィ", "ビ"),
    ("ヴェ", "ベ"),
    ("ヴォ", "ボ"),
    ("ヴュ", "ビュ"),
    ("ヴ", "ブ"),
    ("ウィ", "ウイ"),
    ("ウェ", "ウエ"),
    ("ウォ", "ウオ"),
    ("ティ", "チ"),
    ("ディ", "ジ"),
    ("ァ", "ア"),
    ("ィ", "イ"),
    ("ゥ", "ウ"),
    ("ェ", "エ"),
    ("ォ", "オ"),
    ("ヂ", "ジ"),
    ("ヅ", "ズ"),
)


def fold_katakana(word: str, letters: bool = True, marks: bool = True) -> str:
    """A key under which spelling variants of one katakana word coincide (``letters``: ヴ/small vowels; ``marks``: ー and ・)."""
    key = unicodedata.normalize("NFKC", word)
    if letters:
        for a, b in FOLDS:
            key = key.replace(a, b)
    return re.sub(r"[ー・･]", "", key) if marks else key


#: Keys this short collide by chance when two kinds of fold add up: ティム (Tim) and チーム (team) both give チム.
SHORT_KEY = 3


def _one_kind_of_variation(forms: list[str]) -> bool:
    """Every form of a short word equals the first under the letter folds alone or under the mark folds alone."""
    letters, marks = fold_katakana(forms[0], marks=False), fold_katakana(forms[0], letters=False)
    return all(fold_katakana(f, marks=False) == letters or fold_katakana(f, letters=False) == marks for f in forms[1:])


@register_check("name-variants", "terminology", "minor", bilingual=False)
def check_name_variants(ctx: CheckContext) -> Iterator[Finding]:
    """One katakana name or loanword written in two spellings."""
    if ctx.doc.lang != "ja":
        return
    text = ctx.doc.text
    by_key: dict[str, dict[str, list[list[int]]]] = defaultdict(lambda: defaultdict(list))
    for _i, start, end in body_sentences(ctx.doc):
        for m in KATAKANA_RUN.finditer(text, start, end):
            for part in _parts(m.group(0), m.start()):
                by_key[fold_katakana(part[0])][part[0]].append([part[1], part[1] + len(part[0])])
    covered: list[list[int]] = []
    for key, forms in sorted(by_key.items(), key=lambda kv: -len(kv[0])):  # whole names first
        if len(forms) > 1 and len(key) >= 2 and (len(key) > SHORT_KEY or _one_kind_of_variation(list(forms))):
            spans = [s for spans in forms.values() for s in spans]
            if all(any(a <= s[0] and s[1] <= b for a, b in covered) for s in spans):
                continue  # "ライカ/ライカー" inside "パラス・ライカ/パラス・ライカー", already reported
            covered += spans
            names = " / ".join(f"“{f}” ({len(s)}×)" for f, s in sorted(forms.items(), key=lambda kv: -len(kv[1])))
            yield finding(
                "name-variants",
                f"written in {len(forms)} ways: {names}",
                tgt_spans=[s for spans in forms.values() for s in spans],
                details={"forms": {f: len(s) for f, s in forms.items()}},
            )


def _parts(run: str, offset: int) -> list[tuple[str, int]]:
    """The run itself and, for "ドナルド・トランプ", each dotted part as its own name."""
    out = [(run.strip("・･"), offset + (len(run) - len(run.lstrip("・･"))))]
    if "・" in run:
        pos = offset
        for piece in re.split(r"([・･])", run):
            if piece not in ("・", "･") and len(piece) >= 3:
                out.append((piece, pos))
            pos += len(piece)
    return out
