"""Units of measure the quantity reader used to miss or misread, on made-up sentences.

Each gap is tested three ways: the reading itself, a correct translation that must raise no numbers finding, and a
changed figure that must still be reported, so that reading a unit never hides a real error.
"""

from __future__ import annotations

import pytest

from align.entities.link import quantity_score
from align.model import Bead, Bitext
from align.qa import run_checks
from align.quantities import extract_quantities
from align.segment import sentences_from_lines


def _read(text: str, lang: str) -> list[tuple[str, str, str]]:
    return [(q.text, q.kind, q.norm) for q in extract_quantities(text, lang)]


def _numbers_findings(en: str, ja: str) -> list[str]:
    bt = Bitext(sentences_from_lines([en], "en"), sentences_from_lines([ja], "ja"), [Bead([0], [0], 1.0, 1.0)])
    return [f.message for f in run_checks(bitext=bt, checks=["numbers"])]


@pytest.mark.parametrize(("text", "expected"), [
    ("She ran a 100m sprint.", ("100m", "QUANTITY", "100 m")),
    ("The 100m race was close.", ("100m", "QUANTITY", "100 m")),
    ("She won the 100m in 10.8 seconds.", ("100m", "QUANTITY", "100 m")),
    ("He took the 100m hurdles title.", ("100m", "QUANTITY", "100 m")),
    ("They built a 100m-high tower.", ("100m", "QUANTITY", "100 m")),
])
def test_100m_is_metres_for_a_race_or_a_size(text, expected):
    assert expected in _read(text, "en")


@pytest.mark.parametrize(("text", "expected"), [
    ("The club agreed a £100m deal.", ("£100m", "MONEY", "1e8 GBP")),
    ("The club agreed a $100m loan.", ("$100m", "MONEY", "1e8 USD")),
    ("The club agreed a 100m deal.", ("100m", "CARDINAL", "1e8")),
    ("The show reached 100m people.", ("100m people", "CARDINAL", "1e8 person")),
    ("Funding for the 100m deal fell.", ("100m", "CARDINAL", "1e8")),
    ("It pledged £100m for sprint training.", ("£100m", "MONEY", "1e8 GBP")),
])
def test_100m_stays_millions_with_a_currency_or_a_noun(text, expected):
    assert expected in _read(text, "en")


@pytest.mark.parametrize(("text", "expected"), [
    ("The bomb weighed 1 ton.", ("1 ton", "QUANTITY", "1 t")),
    ("They shipped 3 tonnes of rice.", ("3 tonnes", "QUANTITY", "3 t")),
    ("Winds of 60 mph hit the coast.", ("60 mph", "QUANTITY", "60 mile")),
    ("The storm left 12 inches of snow.", ("12 inches", "QUANTITY", "12 in")),
    ("He kicked the ball 40 yards.", ("40 yards", "QUANTITY", "40 yd")),
    ("The tank has a 120mm gun.", ("120mm", "QUANTITY", "120 mm")),
    ("The quake was at a depth of approximately 50KM.", ("approximately 50KM", "QUANTITY", "about 50 km")),
    ("She finished a 5km run.", ("5km", "QUANTITY", "5 km")),
    ("The cut was 3cm long.", ("3cm", "QUANTITY", "3 cm")),
    ("It hit 40C in Tokyo.", ("40C", "QUANTITY", "40 deg")),
    ("It hit 40°C in Tokyo.", ("40°C", "QUANTITY", "40 deg")),
    ("It hit 40 degrees in Tokyo.", ("40 degrees", "QUANTITY", "40 deg")),
    ("It hit 104F in Phoenix.", ("104F", "QUANTITY", "40 deg")),
    ("It hit 104 degrees Fahrenheit in Phoenix.", ("104 degrees Fahrenheit", "QUANTITY", "40 deg")),
    ("The night fell to minus 5 degrees.", ("minus 5 degrees", "QUANTITY", "-5 deg")),
    ("The talks lasted more than a year.", ("more than a year", "DATE", "more_than 1 year")),
    ("The war went on for nearly a decade.", ("nearly a decade", "DATE", "nearly 10 year")),
    ("A magnitude 5.4 earthquake struck.", ("magnitude 5.4", "QUANTITY", "5.4 magnitude")),
    ("A 5.4-magnitude quake struck.", ("5.4-magnitude", "QUANTITY", "5.4 magnitude")),
])
def test_english_units_that_were_missed(text, expected):
    assert expected in _read(text, "en")


def test_names_with_digits_and_rates_stay_out():
    """Digits glued to letters are still names unless the letters are a unit; "twice a year" is a rate, not a span."""
    assert _read("An F-35 with 3D radar and 5G links.", "en") == []
    assert _read("They meet twice a year.", "en") == []
    assert _read("Payments were spread over a year.", "en") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("マグニチュード5.4の地震が起きた。", ("マグニチュード5.4", "QUANTITY", "5.4 magnitude")),
    ("この戦車は120ミリ砲を備える。", ("120ミリ", "QUANTITY", "120 mm")),
    ("東京の気温は40度に達した。", ("40度", "QUANTITY", "40 deg")),
    ("気温は3度上昇した。", ("3度", "QUANTITY", "3 deg")),
    ("気温は1.5度上がった。", ("1.5度", "QUANTITY", "1.5 deg")),
    ("夜は氷点下5度まで冷えた。", ("氷点下5度", "QUANTITY", "-5 deg")),
    ("フェニックスは華氏104度だった。", ("華氏104度", "QUANTITY", "40 deg")),
    ("画面は12インチだ。", ("12インチ", "QUANTITY", "12 in")),
    ("ボールは30ヤード飛んだ。", ("30ヤード", "QUANTITY", "30 yd")),
])
def test_japanese_units_that_were_missed(text, expected):
    assert expected in _read(text, "ja")


def test_japanese_do_still_counts_times():
    """度 without a word of temperature is a count of times (2度訪れた, 3度目), and ミリ before another unit is not mm."""
    assert ("2度", "CARDINAL", "2 times") in _read("彼はその町を2度訪れた。", "ja")
    assert ("3度", "CARDINAL", "3 times") in _read("3度目の挑戦だった。", "ja")
    assert not any(norm.endswith(" mm") for _, _, norm in _read("5ミリシーベルトを浴びた。", "ja"))


@pytest.mark.parametrize(("en", "ja"), [
    ("She won the 100m sprint in 10.8 seconds.", "彼女は100メートル走を10.8秒で制した。"),
    ("Temperatures reached 40C in Tokyo on Monday.", "月曜日、東京の気温は40度に達した。"),
    ("Temperatures reached 104F in Phoenix.", "フェニックスの気温は40度に達した。"),
    ("Winds of 60 mph hit the coast.", "時速96キロの風が沿岸を襲った。"),
    ("The tank has a 120mm gun.", "この戦車は120ミリ砲を備えている。"),
    ("The storm left 12 inches of snow.", "嵐で30センチの雪が積もった。"),
    ("He kicked the ball 40 yards.", "彼はボールを37メートル蹴った。"),
    ("The talks lasted more than a year.", "協議は1年以上続いた。"),
    ("The club signed a £100m deal with the sponsor.", "クラブはスポンサーと1億ポンドの契約を結んだ。"),
])
def test_correct_translations_raise_no_number_finding(en, ja):
    assert _numbers_findings(en, ja) == []


@pytest.mark.parametrize(("en", "ja", "shown"), [
    ("She won the 100m sprint in 10.8 seconds.", "彼女は200メートル走を10.8秒で制した。", "200メートル"),
    ("Temperatures reached 40C in Tokyo on Monday.", "月曜日、東京の気温は45度に達した。", "45度"),
    ("Winds of 60 mph hit the coast.", "時速80キロの風が沿岸を襲った。", "80キロ"),
    ("The tank has a 120mm gun.", "この戦車は150ミリ砲を備えている。", "150ミリ"),
    ("The storm left 12 inches of snow.", "嵐で50センチの雪が積もった。", "50センチ"),
])
def test_a_changed_figure_is_still_a_mismatch(en, ja, shown):
    findings = _numbers_findings(en, ja)
    assert len(findings) == 1 and "number differs" in findings[0] and shown in findings[0]


def test_a_dropped_bound_on_a_span_counted_with_an_article():
    """"more than a year" rendered as a plain 1年 loses its bound, which the check can only see now that the span is read."""
    findings = _numbers_findings("The talks lasted more than a year.", "協議は1年続いた。")
    assert len(findings) == 1 and "approximate in the source" in findings[0]


def test_linker_pairs_the_new_units_across_languages():
    """The entity linker compares units as strings: both parsers must name a unit alike (m, deg, mm, magnitude)."""
    pairs = [("She ran a 100m sprint.", "100メートル走"), ("It hit 40C in Tokyo.", "気温40度"), ("A 120mm gun.", "120ミリ砲"),
             ("A magnitude 5.4 earthquake struck.", "マグニチュード5.4の地震")]
    for en, ja in pairs:
        (q_en,) = extract_quantities(en, "en")
        (q_ja,) = extract_quantities(ja, "ja")
        score, note = quantity_score(q_en, q_ja)
        assert score == 1.0 and note == "", (en, ja, score, note)


# the same figure in another unit, and weights said in pounds or キロ
@pytest.mark.parametrize(("en", "ja"), [
    ("The road is 30 miles long.", "道路の長さは30キロだ。"),
    ("The wall is 10 feet high.", "壁の高さは10メートルだ。"),
    ("The storm brought winds of 60 mph.", "嵐は時速60キロの風をもたらした。"),
])
def test_same_figure_in_another_unit_is_reported(en: str, ja: str) -> None:
    messages = _numbers_findings(en, ja)
    assert len(messages) == 1 and messages[0].startswith("number differs")


@pytest.mark.parametrize(("en", "ja"), [
    ("The road is 30 miles long.", "道路の長さは約48キロだ。"),  # converted
    ("The road is 30 miles long.", "道路の長さは30マイルだ。"),  # kept
    ("The wall is 10 feet high.", "壁の高さは約3メートルだ。"),
    # the English units copied inside the Japanese, where the extractor reads "190 miles" as 190 m
    ("The coast 300 km (190 miles) north of Palu was hit.", "パルの北300 km (190 miles) の沿岸が被害を受けた。"),
])
def test_converted_or_kept_units_are_fine(en: str, ja: str) -> None:
    assert _numbers_findings(en, ja) == []


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
    assert _numbers_findings("The parcel weighs 44 pounds.", "小包の重さは約20キロだ。") == []  # 44 lb = 20 kg
    assert _numbers_findings("The parcel weighs 44 pounds.", "小包の重さは44キロだ。")[0].startswith("number differs")
