"""Partial omission with the Japanese→English lexicon: a dropped clause whose words lose their glosses is flagged."""

from __future__ import annotations

from align.model import Bead, Bitext
from align.qa import run_checks
from align.qa.calibration import PARTIAL_LENGTH_WEIGHT, log_length_ratio, pair_stats
from align.qa.clauses import glossed_words, leave_one_out
from align.segment import sentences_from_lines

SINGER = "The singer thanked her fans for their patience and promised to return to the stage once her voice had fully recovered."
SINGER_FULL = "歌手はファンの辛抱強さに感謝し、声が完全に回復したら舞台に戻ると約束した。"
SINGER_CUT = "歌手は声が完全に回復したら舞台に戻ると約束した。"  # 「ファンの辛抱強さに感謝し、」 dropped
#: an idiomatic, complete rendering: few words glossed one to one, nothing left out
FREE = "He was at rock bottom that winter, but his friends kept visiting him and slowly he found his feet again."
FREE_JA = "その冬、彼はどん底にいたが、友人たちが足しげく訪ねてくれたおかげで、少しずつ立ち直っていった。"


def _pair(en: list[str], ja: list[str]) -> Bitext:
    return Bitext(sentences_from_lines(en, "en"), sentences_from_lines(ja, "ja"), [Bead([i], [i], 1.0, 1.0) for i in range(len(en))])


def _similarity_only(src: str, tgt: str) -> float:
    """The score the check used before the lexicon: best leave-one-out gain and the length term."""
    length = pair_stats("en", "ja")["length"]  # type: ignore[index]
    (gain, _unit), = leave_one_out([(src, tgt)])
    return gain - PARTIAL_LENGTH_WEIGHT * (log_length_ratio(src, tgt) - length["center"]) / length["sd"]


def test_dropped_clause_found_by_its_missing_glosses() -> None:
    threshold = pair_stats("en", "ja")["partial"]["threshold"]  # type: ignore[index]
    # the sentence vector barely notices the cut: similarity alone stays under the calibrated threshold
    assert _similarity_only(SINGER, SINGER_CUT) <= threshold
    found = run_checks(bitext=_pair([SINGER, FREE], [SINGER_CUT, FREE_JA]), checks=["partial-omission"])
    assert [f.bead for f in found] == [0], [f.message for f in found]
    assert "thanked her fans" in found[0].message and found[0].details["score"] > threshold


def test_complete_translations_stay_clean() -> None:
    assert run_checks(bitext=_pair([SINGER, FREE], [SINGER_FULL, FREE_JA]), checks=["partial-omission"]) == []


def test_glossed_words_names_and_latin() -> None:
    src = "Officials at Toyota and NATO praised the agreement on Monday."
    marks = {src[a:b]: g for a, b, g in glossed_words(src, "トヨタとNATOの当局者は月曜日、合意を称賛した。")}
    assert marks["NATO"] is True  # written as it is in the Japanese
    assert marks["Toyota"] is None  # a name: left to the entity check
    assert marks["agreement"] is True and marks["praised"] is True  # 合意 and 称賛 gloss them
    assert "the" not in marks and "at" not in marks  # function words carry no evidence
