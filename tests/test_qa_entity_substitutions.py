"""entity-mismatch on names replaced by a loanword or another name (made-up sentences, real NER, UniDic and embedder)."""

from __future__ import annotations

from align.model import Bead, Bitext
from align.qa import run_checks
from align.segment import sentences_from_lines


def _pair(en: list[str], ja: list[str]) -> Bitext:
    return Bitext(sentences_from_lines(en, "en"), sentences_from_lines(ja, "ja"), [Bead([i], [i], 1.0, 1.0) for i in range(len(en))])


def _flagged(found: list) -> dict[int, set[str]]:
    out: dict[int, set[str]] = {}
    for f in found:
        out.setdefault(f.bead, set()).add(f.details.get("rendered") or f.details["text"])
    return out


def test_loanword_in_place_of_a_name_is_found() -> None:
    en = [
        "During Paris Fashion Week, the designer showed a new collection.",
        'Click on "My Profile" and select "Privacy".',
        "The quake struck off the coast of Indonesia on Sunday, the country's weather agency said.",
    ]
    bad = [
        "パリ・ギャング・ウィーク期間中、そのデザイナーは新しいコレクションを発表した。",  # ギャング inside a name spelled by パリ
        "「マイアカウント」をクリックし、「プライバシー」を選択する。",  # a common loanword where "My Profile" was
        "日曜日、地震がマジックの沖合で発生したと国の気象機関が発表した。",  # 国 ("the country's") does not render Indonesia
    ]
    good = [
        "パリ・ファッション・ウィーク期間中、そのデザイナーは新しいコレクションを発表した。",
        "「マイプロフィール」をクリックし、「プライバシー」を選択する。",
        "日曜日、地震がインドネシアの沖合で発生したと国の気象機関が発表した。",
    ]
    flagged = _flagged(run_checks(bitext=_pair(en, bad), checks=["entity-mismatch"]))
    assert "ギャング" in flagged.get(0, set()), flagged
    assert "マイアカウント" in flagged.get(1, set()), flagged
    assert "マジック" in flagged.get(2, set()), flagged
    assert run_checks(bitext=_pair(en, good), checks=["entity-mismatch"]) == []


def test_loanwords_that_translate_the_source_are_not_findings() -> None:
    # the bead also has a name the translation leaves out (Kimi), so the loanwords are judged: each means a word of the source
    en = [
        "Shares of Apple fell sharply as the tech-heavy Nasdaq index dropped.",
        "He kept his tyres going to overtake Kimi Raikkonen for third place.",
    ]
    ja = [
        "ハイテク株中心のナスダック指数が下落し、アップル株は急落した。",
        "彼はタイヤを持たせてライコネンを抜き、3位をキープした。",
    ]
    found = run_checks(bitext=_pair(en, ja), checks=["entity-mismatch"])
    assert found == [], [f.message for f in found]
