"""The numbers check and units: the same figure in another unit of the same dimension is a mismatch."""

from __future__ import annotations

import pytest

from align.model import Bead, Bitext
from align.qa import run_checks
from align.quantities import extract_quantities
from align.segment import sentences_from_lines


def _numbers(en: str, ja: str) -> list[str]:
    bitext = Bitext(sentences_from_lines([en], "en"), sentences_from_lines([ja], "ja"), [Bead([0], [0], 1.0, 1.0)])
    return [f.message for f in run_checks(bitext=bitext, checks=["numbers"])]


@pytest.mark.parametrize(("en", "ja"), [
    ("The road is 30 miles long.", "道路の長さは30キロだ。"),
    ("The wall is 10 feet high.", "壁の高さは10メートルだ。"),
    ("The storm brought winds of 60 mph.", "嵐は時速60キロの風をもたらした。"),
])
def test_same_figure_in_another_unit_is_reported(en: str, ja: str) -> None:
    messages = _numbers(en, ja)
    assert len(messages) == 1 and messages[0].startswith("number differs")


@pytest.mark.parametrize(("en", "ja"), [
    ("The road is 30 miles long.", "道路の長さは約48キロだ。"),  # converted
    ("The road is 30 miles long.", "道路の長さは30マイルだ。"),  # kept
    ("The wall is 10 feet high.", "壁の高さは約3メートルだ。"),
    # the English units copied inside the Japanese, where the extractor reads "190 miles" as 190 m
    ("The coast 300 km (190 miles) north of Palu was hit.", "パルの北300 km (190 miles) の沿岸が被害を受けた。"),
])
def test_converted_or_kept_units_are_fine(en: str, ja: str) -> None:
    assert _numbers(en, ja) == []


@pytest.mark.parametrize(("text", "lang", "unit"), [
    ("It weighs 5 pounds.", "en", "lb"),
    ("They bought 10 pounds of sugar.", "en", "lb"),
    ("The fine was 500 pounds.", "en", "GBP"),
    ("He paid 5 pounds of his own money.", "en", "GBP"),
    ("体重は60キロある。", "ja", "kg"),
    ("彼は10キロ減量した。", "ja", "kg"),
    ("東京から50キロ離れている。", "ja", "km"),
])
def test_pounds_of_weight_and_kilos_of_weight(text: str, lang: str, unit: str) -> None:
    """"pounds" is money unless it weighs something; キロ is kilometres unless it weighs something."""
    assert [q.unit for q in extract_quantities(text, lang)] == [unit]


def test_a_weight_converted_or_not() -> None:
    assert _numbers("The parcel weighs 44 pounds.", "小包の重さは約20キロだ。") == []  # 44 lb = 20 kg
    assert _numbers("The parcel weighs 44 pounds.", "小包の重さは44キロだ。")[0].startswith("number differs")
