"""Numbers, money, percentages and dates that disagree between source and translation.

Quantities are compared as intervals (:mod:`align.quantities`): "140億ドル超"
is ``(1.4e10, ∞) USD`` and contains "$14.1 billion", so it is correct;
"1,400億ドル" is 1.4e11 and is not "14 billion". A source approximator
("more than", "about") rendered as an exact number is reported separately,
as is a quantity present on one side only.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import replace

from align.model import Document, Quantity
from align.qa.base import CheckContext, Finding, bead_of_sentence, finding, register_check
from align.qa.beadtext import bead_texts
from align.quantities.en import MONTH_NAME, MONTHS

#: Relative slack for rounding ("$14.1 billion" written as "140億ドル").
ROUNDING = 0.015
#: Small bare counts ("one of", "two sides") are often rephrased, not translated as digits.
SMALL = 10
YEARLESS = re.compile(r"^-+\d")
DATE_CORE = re.compile(r"\d{4}(?:-\d\d){0,2}")
#: Paragraph kinds that are metadata (byline, dateline, the English tail of a Japanese article), not translated text.
METADATA_KINDS = frozenset({"source", "dateline", "byline", "foreign"})
#: Source qualifiers whose loss changes the claim ("as many as"/"up to" are emphatic, not hedges).
APPROXIMATE = frozenset({"about", "more_than", "at_least", "less_than", "nearly"})
#: Approximators written next to a number with a stray space ("約 2 週間"), which the parser reads as exact.
JA_APPROX_BEFORE = re.compile(r"(約|およそ|ほぼ|推定|概ね|おおよそ)\s*$")
JA_APPROX_AFTER = re.compile(r"^\s*(?:[(（][^()（）]{0,20}[)）])?[^\s、。\d]{0,3}?"  # "2,000フィート(610メートル)以上"
                             r"(超|以上|以下|未満|近く|程度|前後|余り|あまり|ほど|強|弱|ばかり|台|突破|くらい|ぐらい|"
                             # a bound said with a verb: ３億ドルを切る ("below"), 100人に迫る, 1万円に満たない
                             r"を(?:切|割|下回|上回|超|越)|に(?:迫|満た|届か|近い|近づ))")
#: Approximators a translator may put earlier in the clause than the number ("少なくとも従業員38名" for "at least 38 employees");
#: words of several characters only (約 alone is part of 契約, 予約).
JA_APPROX_IN_CLAUSE = re.compile(r"(少なくとも|およそ|おおよそ|概ね|推定|ざっと|優に|最低でも)[^、。，！？!?\d０-９]*$")
#: Units whose small values are routinely rephrased ("a week" → 1週間, "twice" → 2回).
SMALL_OK_KINDS = frozenset({"MONEY", "PERCENT"})


def quantities(ctx: CheckContext, side: str) -> list[Quantity]:
    """Quantities of one side (the document's own layer when the pipeline filled it), cached."""
    key = f"quantities_{side}"
    if key not in ctx.cache:
        doc: Document = getattr(ctx.bitext, side)
        if doc.quantities:
            ctx.cache[key] = list(doc.quantities)
        else:
            from align.quantities import extract_quantities

            spans = [(s.start, s.end) for s in doc.sentences]
            ctx.cache[key] = extract_quantities(doc.text, doc.lang, spans)
    return ctx.cache[key]


def _dimension(q: Quantity) -> str:
    if q.kind in ("DATE", "TIME", "PERCENT", "ORDINAL"):
        return q.kind
    return "MONEY" if q.kind == "MONEY" else "COUNT"


#: counters that translate each other in news: "41.78 lakh cases" is 417万8,000人 (the infected), "3 cases" 3件
UNIT_EQUIVALENTS = ({"case", "person"},)


#: Measurement units in SI base units per dimension: Japanese translations convert imperial measures
#: ("a 6-foot-6 junior" → 198センチ, "100 feet" → 30メートル), so a converted figure is the same quantity.
CONVERSIONS = {
    "length": {"m": 1.0, "cm": 0.01, "mm": 0.001, "km": 1000.0, "ft": 0.3048, "in": 0.0254, "yd": 0.9144, "mile": 1609.344},
    "mass": {"kg": 1.0, "g": 0.001, "t": 1000.0, "lb": 0.45359237, "oz": 0.028349523},
    "area": {"ha": 1.0, "acre": 0.40468564, "km2": 100.0},
    "volume": {"l": 1.0, "gallon": 3.78541},
}
#: Rounding a conversion allows more than rounding a figure (30.48 m is written 30メートル).
CONVERSION_ROUNDING = 0.03


def _conversion_factor(src_unit: str, dst_unit: str) -> float | None:
    """How many ``dst_unit`` one ``src_unit`` is, when both measure the same dimension (None otherwise)."""
    for table in CONVERSIONS.values():
        if src_unit in table and dst_unit in table:
            return table[src_unit] / table[dst_unit]
    return None


def _in_unit(q: Quantity, unit: str) -> Quantity:
    """``q`` converted to ``unit`` (itself when no conversion applies)."""
    factor = _conversion_factor(q.unit, unit) if q.unit and unit and q.unit != unit else None
    if factor is None:
        return q
    value, low, high = (None if x is None else x * factor for x in (q.value, q.low, q.high))
    return replace(q, value=value, low=low, high=high, unit=unit)


def _units_agree(a: Quantity, b: Quantity) -> bool:
    if not a.unit or not b.unit or a.unit == b.unit or a.unit.split()[0] == b.unit.split()[0]:
        return True
    return any(a.unit in group and b.unit in group for group in UNIT_EQUIVALENTS) or _conversion_factor(a.unit, b.unit) is not None


def _unit_swap(a: Quantity, b: Quantity) -> bool:
    """The same figure in two units of one dimension that differ in size ("60 miles" ↔ 60キロ, "10 feet" ↔ 10メートル): the
    translator kept the number and changed what it measures, so the pair is a mismatch, not the same number read twice."""
    if not a.unit or not b.unit or a.unit == b.unit:
        return False
    factor = _conversion_factor(a.unit, b.unit)
    return factor is not None and abs(factor - 1.0) > CONVERSION_ROUNDING


def _bounds(q: Quantity, slack: float) -> tuple[float, float]:
    lo = q.low - abs(q.low) * slack if q.low is not None else float("-inf")
    hi = q.high + abs(q.high) * slack if q.high is not None else float("inf")
    return lo, hi


def agrees(a: Quantity, b: Quantity) -> bool:
    """Same dimension and overlapping intervals (dates by calendar prefix)."""
    if _dimension(a) != _dimension(b) or not _units_agree(a, b):
        return False
    if a.kind == b.kind == "DATE" and a.qualifier == b.qualifier == "range":
        return (a.low, a.high) == (b.low, b.high)  # （1900～85年） and "(1900-1985)": both ends
    if a.unit == b.unit == "oclock" and a.value is not None and b.value is not None and (_no_meridiem(a) or _no_meridiem(b)):
        return abs(a.value % 12 - b.value % 12) < 0.01  # 12時 for "midnight", 7時 for "7pm": Japanese often leaves 午後 out
    core_a, core_b = DATE_CORE.search(a.norm), DATE_CORE.search(b.norm)
    if a.kind == "DATE" and core_a and core_b:
        # calendar prefix: "2025" agrees with "2025-11"; "since 2019-12" with "December 2019" (the qualifier is a nuance)
        return core_a.group(0).startswith(core_b.group(0)) or core_b.group(0).startswith(core_a.group(0))
    slack = 0.0 if a.kind in ("DATE", "ORDINAL") else ROUNDING
    converted = _in_unit(b, a.unit)
    if converted is not b:
        b, slack = converted, CONVERSION_ROUNDING
    alo, ahi = _bounds(a, slack)
    blo, bhi = _bounds(b, slack)
    if _scale_slip(_anchor(a), _anchor(b)):
        return False  # "up to £500" and "最大5000ポンド" overlap as intervals, but one says ten times the other
    if a.qualifier == b.qualifier == "range":  # "150~300 yen" is not "150～3000円": both ends must agree
        return _close(a.low, b.low, slack) and _close(a.high, b.high, slack)
    return alo <= bhi and blo <= ahi


def _close(x: float | None, y: float | None, slack: float) -> bool:
    if x is None or y is None:
        return x is y
    return abs(x - y) <= max(abs(x), abs(y)) * slack


MERIDIEM = re.compile(r"午前|午後|[AaPp]\.?[Mm]\b|GMT|UTC|[:：]|noon|mid-?day|midnight|正午", re.I)


def _no_meridiem(q: Quantity) -> bool:
    """A clock time written without 午前/午後, am/pm or a 24-hour form ("7時", "12時"): it can mean either half of the day."""
    return q.value is not None and q.value <= 12 and not MERIDIEM.search(q.text)


def _pairing_distance(s: Quantity, t: Quantity) -> tuple[bool, float]:
    """Order of preference among agreeing quantities: same qualifier first, then the nearest stated figure."""
    a, b = _anchor(s), _anchor(_in_unit(t, s.unit))
    gap = abs(a - b) / max(abs(a), abs(b), 1e-9) if a is not None and b is not None else 1.0
    return s.qualifier != t.qualifier, gap


def _anchor(q: Quantity) -> float | None:
    """The figure a quantity states: its value, else its one finite bound ("more than 14 billion" → 14e9)."""
    if q.value is not None:
        return q.value
    finite = [x for x in (q.low, q.high) if x is not None]
    return finite[0] if len(finite) == 1 else None


def _scale_slip(a: float | None, b: float | None) -> bool:
    """``a`` and ``b`` differ by a factor of 10, 100, 1000 … (a scale word or a zero slipped: 1,400億 vs 14 billion)."""
    if not a or not b:
        return False
    ratio = max(abs(a), abs(b)) / min(abs(a), abs(b))
    if ratio < 9.5:
        return False
    power = round(math.log10(ratio))
    return abs(ratio / 10**power - 1) <= ROUNDING * 2


def dropped_approximator(src: Quantity, tgt: Quantity, tgt_text: str) -> bool:
    """The source hedges the number ("more than 14 billion") and the translation states it exactly."""
    if src.qualifier not in APPROXIMATE or tgt.qualifier or tgt.low is None or tgt.low != tgt.high:
        return False
    if _is_date(src) or src.kind == "ORDINAL" or src.unit == "oclock":
        return False  # "around 9 o'clock"; a duration ("about 16 hours") is a measurement like any other
    small = (src.value if src.value is not None else _anchor(src) or 0) <= SMALL
    if small and src.qualifier in ("about", "nearly") and src.kind not in SMALL_OK_KINDS | {"QUANTITY"}:
        return False  # "about two weeks" is rephrased freely; "about 10 miles" is a measurement, "three or more" a bound
    before, after = tgt_text[max(0, tgt.start - 6) : tgt.start], tgt_text[tgt.end : tgt.end + 30]
    clause = tgt_text[max(0, tgt.start - 30) : tgt.start]
    return not (JA_APPROX_BEFORE.search(before) or JA_APPROX_AFTER.match(after) or JA_APPROX_IN_CLAUSE.search(clause))


def _short_year(year: Quantity, short: Quantity) -> bool:
    """``year`` is a four-digit year (2022) and ``short`` a fiscal year written with its last two digits (22年度, FY22)."""
    m = re.fullmatch(r"FY(\d\d)", short.norm)
    return bool(m) and _is_date(year) and len(year.norm) == 4 and year.norm[2:] == m.group(1)


def _comparable(q: Quantity) -> bool:
    return q.value is not None or q.low is not None or q.high is not None


def _minor_count(q: Quantity) -> bool:
    """Small counts and durations ("a week", "four days"), ordinals ("the 20th") and days of a month without a year:
    their absence on one side is usually rephrasing, and "4日" reads as both a date and a duration."""
    if q.kind == "ORDINAL" or YEARLESS.match(q.norm):
        return True
    if q.unit == "oclock" and not re.search(r"\d", unicodedata.normalize("NFKC", q.text)):
        return True  # "noon", "midnight", 正午: rendered as 昼, 夜中 or left out as often as written as a time
    return q.kind not in SMALL_OK_KINDS and q.value is not None and abs(q.value) <= SMALL and not DATE_CORE.search(q.norm)


def _vague(q: Quantity, text: str) -> bool:
    """ "数百人", "何千もの", "幾千": an order of magnitude, not a number to match."""
    return q.start > 0 and text[q.start - 1] in "数何幾"


def _conversion(q: Quantity, paired: list[Quantity], text: str) -> bool:
    """``q`` restates a translated quantity in other units in parentheses ("30 meters (100 feet)"); dropping it is an editing choice."""
    before = text[max(0, q.start - 3) : q.start]
    return "(" in before and any(0 <= q.start - p.end <= 3 and p.unit != q.unit for p in paired)


def _is_date(q: Quantity) -> bool:
    """A calendar date ("2019", "2019-12"), not a count that happens to have four digits ("10000 INR", "2500 year")."""
    return q.kind == "DATE" and bool(DATE_CORE.fullmatch(q.norm))


def _digits(text: str) -> list[str]:
    """The numbers written in digits in ``text``, without thousands separators ("2,500" → "2500")."""
    text = unicodedata.normalize("NFKC", text)
    return [m.group(0).replace(",", "") for m in re.finditer(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?", text)]


def _written_in(q: Quantity, other_text: str) -> bool:
    """Every multi-digit number of ``q`` is written, digit for digit, in the other side of the bead
    ("Rs 2,500" ↔ "2,500ルピー", "99p" ↔ "99ペンス", "13-21-3" ↔ "13‐21‐3"): the two sides state the same
    figure and only the extractors read it differently (currency, unit or score notation)."""
    own = [d for d in _digits(q.text) if len(d.replace(".", "")) >= 2]
    other = set(_digits(other_text))
    if bool(own) and all(d in other for d in own):
        return True
    # a code or a name with a figure ("3M", "5G", "M5.0") written alike on both sides is no amount (３Ｍ is 3M, not 3 million)
    code = unicodedata.normalize("NFKC", q.text).strip()
    return bool(re.fullmatch(r"[A-Za-z]*\d[\d.]*[A-Za-z]+|[A-Za-z]+[\d.]*\d", code)) and bool(
        re.search(rf"(?<![A-Za-z0-9]){re.escape(code)}(?![A-Za-z0-9])", unicodedata.normalize("NFKC", other_text)))


def _numbers_in(q: Quantity) -> set[float]:
    """The numbers a quantity states (value and bounds), for the last-resort same-value pairing."""
    return {x for x in (q.value, q.low, q.high) if x is not None}


def _restated(q: Quantity, paired_same_side: list[Quantity], neighbours_other_side: list[Quantity]) -> bool:
    """``q`` repeats a figure of its own side that is already matched, or renders a figure the other side states in the
    neighbouring bead (an anaphor resolved, or a figure moved to the next sentence). Not for small counts, which recur by chance."""
    if _minor_count(q):
        return False
    return any(p.norm == q.norm for p in paired_same_side) or any(n.norm == q.norm or agrees(n, q) for n in neighbours_other_side)


#: Words a translator renders as 100％ ("totally natural" → 100％自然), and the Japanese ones a "100%" may become.
EN_WHOLLY = re.compile(r"\b(?:totally|completely|fully|entirely|absolutely|wholly|utterly|one hundred per ?cent)\b", re.I)
JA_WHOLLY = re.compile(r"完全|全く|まったく|全面|すべて|全て|全然|絶対")
#: Months and weekdays are capitalized without being names that a number belongs to.
CALENDAR_WORDS = frozenset({m.capitalize() for m in MONTHS} | set("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()))


#: Even odds said as a figure or a word: "a 50/50 chance" ↔ 半々, 五分五分, フィフティー・フィフティー.
EVEN_ODDS = {"en": re.compile(r"\b50\s?[/-]\s?50\b|fifty[- ]fifty|even (?:odds|chance)", re.I),
             "ja": re.compile(r"半々|五分五分|フィフティ|50\s?[/対]\s?50|５０\s?[／対]\s?５０")}


def _even_odds(q: Quantity, doc_text: str) -> bool:
    """``q`` is a 50 of "50/50" (or ５０対５０): even odds, which the other side may say in words."""
    around = unicodedata.normalize("NFKC", doc_text[max(0, q.start - 4) : q.end + 4])
    return q.value == 50 and bool(re.search(r"50\s?[/対-]\s?50", around))


EN_MONTH_DAY = re.compile(rf"({MONTH_NAME}) (\d{{1,2}})(?:st|nd|rd|th)?\b")  # "December 19th"
JA_MONTH_DAY = re.compile(r"(\d{1,2})\s?月\s?(\d{1,2})\s?日")
FIGURE_DATE = re.compile(r"(?<![\d.,/・])(\d{1,2})[./・]?(\d{1,2})(?![\d.,/・])")


def _calendar_days(text: str, lang: str) -> set[tuple[int, int]]:
    """(month, day) of the dates written with a month ("September 11", 9月11日) in ``text``."""
    if lang == "en":
        return {(MONTHS[m.group(1).rstrip(".").lower()], int(m.group(2))) for m in EN_MONTH_DAY.finditer(text)}
    return {(int(m.group(1)), int(m.group(2))) for m in JA_MONTH_DAY.finditer(unicodedata.normalize("NFKC", text))}


def _names_a_date(q: Quantity, doc_text: str, days: set[tuple[int, int]]) -> bool:
    """``q`` is written inside a figure like 911, 9.11, 9/11 or 9・11 whose month and day the other side writes as a date:
    an event named by its date ("September 11" ↔ 911のテロ)."""
    if not days:
        return False
    around = unicodedata.normalize("NFKC", doc_text[max(0, q.start - 3) : q.end + 3])
    for m in FIGURE_DATE.finditer(around):
        digits = m.group(1) + m.group(2)
        splits = [(int(digits[:k]), int(digits[k:])) for k in range(1, len(digits))] if m.group(0).isdigit() else []
        if (int(m.group(1)), int(m.group(2))) in days or any(d in days for d in splits):
            return True
    return False


def _labelled_by_a_name(q: Quantity, text: str) -> bool:
    """A bare number after a capitalized word inside the sentence: "Catch 22", "Apollo 11", "Chapter 11", "Area 51" are
    names or labels, which a translation may render without the figure (矛盾 for "a Catch 22 situation")."""
    if q.kind != "CARDINAL" or q.unit or q.qualifier:
        return False
    m = re.search(r"\b([A-Z][A-Za-z]+) $", text[max(0, q.start - 40) : q.start])
    if not m or m.group(1) in CALENDAR_WORDS:
        return False
    before = text[: q.start - len(m.group(0))].rstrip(" ")
    return bool(before) and before[-1] not in ".!?:;\"“(\n"


#: Spans of time English says in words without a figure, the figure a translation writes for them and its unit (the
#: quantity's unit, or the counter written after a bare figure): "half an hour" → 30分, "around the clock" → 24時間,
#: "a fortnight" → 14日.
EN_WORDED_FIGURES: tuple[tuple[re.Pattern[str], float, str, str], ...] = (
    (re.compile(r"\bhalf(?: an|-an)? ?-?hour\b", re.I), 30, "minute", "分"),
    (re.compile(r"\b(?:a )?quarter(?: of an |-| )hour\b", re.I), 15, "minute", "分"),
    (re.compile(r"\bthree(?:-| )quarters of an hour\b", re.I), 45, "minute", "分"),
    (re.compile(r"\b(?:a)?round[- ]the[- ]clock\b|\ball day and (?:all )?night\b|\bday and night\b", re.I), 24, "hour", "時間"),
    (re.compile(r"\bfortnight", re.I), 14, "day", "日"),
)


def _worded_figures(other_text: str) -> list[tuple[float, str, str]]:
    """``(figure, unit, counter)`` once per span of time the English bead says in words: each excuses one Japanese figure."""
    return [(figure, unit, counter) for pattern, figure, unit, counter in EN_WORDED_FIGURES for _m in pattern.finditer(other_text)]


def _worded_figure(q: Quantity, text: str, worded: list[tuple[float, str, str]]) -> bool:
    """``q`` (a Japanese figure of ``text``) is a span of time the English bead says in words ("half an hour" ↔ 30分ほど),
    in that span's unit: one "half an hour" excuses 30分, not 30人. The phrase used up is taken out of ``worded``, so that
    it excuses one figure only."""
    for k, (figure, unit, counter) in enumerate(worded):
        if q.value == figure and (q.unit == unit or (not q.unit and text.startswith(counter, q.end))):
            del worded[k]
            return True
    return False


def _drop_figures_of_speech(left: list[Quantity], right: list[Quantity], src: Document, tgt: Document, src_text: str,
                            tgt_text: str) -> tuple[list[Quantity], list[Quantity]]:
    """Unpaired figures the other side says another way: an event named by its date (September 11 ↔ 911, 9月11日 ↔ 9/11),
    a name with a number (Catch 22 ↔ 矛盾), 100％ for "totally" (or "100%" for 完全に), and a span of time said in words
    (30分 for "half an hour", 24時間 for "around the clock"). Either side may be the English."""
    wholly = {"en": EN_WHOLLY, "ja": JA_WHOLLY}
    if {src.lang, tgt.lang} != {"en", "ja"}:
        return left, right
    src_days, tgt_days = _calendar_days(src_text, src.lang), _calendar_days(tgt_text, tgt.lang)
    worded = _worded_figures(src_text if src.lang == "en" else tgt_text)

    def said_otherwise(q: Quantity, doc: Document, other_days: set[tuple[int, int]], other_text: str, other_lang: str) -> bool:
        return (_names_a_date(q, doc.text, other_days) or (doc.lang == "en" and _labelled_by_a_name(q, doc.text))
                or (q.kind == "PERCENT" and q.value == 100 and bool(wholly[other_lang].search(other_text)))
                or (_even_odds(q, doc.text) and bool(EVEN_ODDS[other_lang].search(other_text)))
                or (doc.lang == "ja" and _worded_figure(q, doc.text, worded)))

    return ([s for s in left if not said_otherwise(s, src, tgt_days, tgt_text, tgt.lang)],
            [t for t in right if not said_otherwise(t, tgt, src_days, src_text, src.lang)])


def _by_bead(ctx: CheckContext, side: str) -> dict[int, list[Quantity]]:
    assert ctx.bitext is not None
    doc: Document = getattr(ctx.bitext, side)
    sent_bead = bead_of_sentence(ctx.bitext, side)
    out: dict[int, list[Quantity]] = {}
    k = 0
    sents = doc.sentences
    for q in sorted(quantities(ctx, side), key=lambda q: q.start):
        while k < len(sents) and sents[k].end <= q.start:
            k += 1
        meta = bool(doc.paragraphs) and doc.paragraphs[sents[k].paragraph].kind in METADATA_KINDS if k < len(sents) else True
        if k < len(sents) and sents[k].start <= q.start and k in sent_bead and _comparable(q) and not meta:
            out.setdefault(sent_bead[k], []).append(q)
    return out


def _differs(s: Quantity, t: Quantity, bead: int, kind: str) -> Finding:
    """A source quantity and the translation's figure that should state it but does not ("unit": the same figure in
    another unit of its dimension)."""
    what = "date" if s.kind == "DATE" else "number"
    note = ": same figure, another unit" if kind == "unit" else ""
    return finding("numbers", f"{what} differs: “{s.text}” ({s.norm}) vs “{t.text}” ({t.norm}){note}", src_spans=[[s.start, s.end]],
                   tgt_spans=[[t.start, t.end]], bead=bead, details={"kind": kind, "src": s.norm, "tgt": t.norm})


@register_check("numbers", "accuracy/mistranslation", "major", bilingual=True, requires=("align.quantities:extract_quantities",))
def check_numbers(ctx: CheckContext) -> Iterator[Finding]:
    """A number, amount, percentage or date whose value differs, lost its approximator, or has no counterpart."""
    src_q, tgt_q = _by_bead(ctx, "src"), _by_bead(ctx, "tgt")
    for b in sorted(set(src_q) | set(tgt_q)):
        left, right = list(src_q.get(b, [])), list(tgt_q.get(b, []))
        pairs: list[tuple[Quantity, Quantity]] = []
        # before pairing, which would take one end for the whole range: a range on one side whose two ends the other side
        # writes as two numbers ("one to forty" ↔ 1～40人)
        for side_a, side_b in ((right, left), (left, right)):
            for r in [q for q in side_a if q.qualifier == "range" and not _is_date(q)]:
                ends = [q for q in side_b if q.value is not None and q.value in (r.low, r.high) and not _is_date(q)]
                if r.low != r.high and {q.value for q in ends} == {r.low, r.high}:
                    side_a.remove(r)
                    for q in ends:
                        side_b.remove(q)
        for exact in (True, False):  # identical norms first, so "2024" pairs with "2024年" before "24"
            for s in list(left):
                # of the quantities that agree, the one stating the same figure with the same qualifier ("More than 100 … in
                # 115 days" ↔ "115日ぶり100人超": the open bound of "more than 100" also contains 115)
                candidates = [t for t in right if (s.norm == t.norm if exact else agrees(s, t))]
                match = min(candidates, key=lambda t: _pairing_distance(s, t), default=None)
                if match is not None:
                    pairs.append((s, match))
                    left.remove(s)
                    right.remove(match)
        # an order of magnitude (数百人, 何千もの) on either side: a Japanese source's "hundreds" has no figure to match either
        left = [s for s in left if not _vague(s, ctx.bitext.src.text)]
        right = [t for t in right if not _vague(t, ctx.bitext.tgt.text)]
        for s in list(left):  # a year and the same year written with two digits (2022 ↔ 22年度, a fiscal year)
            t = next((t for t in right if _short_year(s, t) or _short_year(t, s)), None)
            if t is not None:
                left.remove(s)
                right.remove(t)
        swaps = []
        src_text, tgt_text = bead_texts(ctx.bitext, b)  # type: ignore[arg-type]
        for s in list(left):  # the same figure in another unit of its dimension ("30 miles" ↔ 30キロ): not a second reading
            # unless the source's own words are copied ("300 km (190 miles)" inside the Japanese, read there as 190 m)
            copied = unicodedata.normalize("NFKC", s.text) in unicodedata.normalize("NFKC", tgt_text)
            t = next((t for t in right if not copied and _unit_swap(s, t) and _numbers_in(s) == _numbers_in(t)), None)
            if t is not None:
                swaps.append((s, t))
                left.remove(s)
                right.remove(t)
        for s, t in swaps:
            yield _differs(s, t, b, "unit")
        for s in list(left):  # same number under another reading ("18-year" / "18歳", "around 11" / "午後11時")
            if _is_date(s):
                continue  # a different year is a finding, whatever else the two dates share
            # one side's figures all among the other's ("11 to 18-year" ↔ "18歳"), not just one shared ("31-27" ↔ "310-27")
            matches = [t for t in right if not _is_date(t) and (_numbers_in(t) <= _numbers_in(s) or _numbers_in(s) <= _numbers_in(t))]
            if matches:  # a range ("11 to 18-year") may pair with both ends ("11歳", "18歳")
                left.remove(s)
                for t in matches if s.qualifier == "range" else matches[:1]:
                    right.remove(t)
        for s, t in pairs:
            if dropped_approximator(s, t, ctx.bitext.tgt.text):  # type: ignore[union-attr]
                yield finding(
                    "numbers",
                    f"“{s.text}” is approximate in the source but exact in the translation (“{t.text}”)",
                    severity="minor",
                    src_spans=[[s.start, s.end]],
                    tgt_spans=[[t.start, t.end]],
                    bead=b,
                    details={"kind": "dropped_approximator", "src": s.norm, "tgt": t.norm},
                )
        left = [s for s in left if not _written_in(s, tgt_text) and not _conversion(s, [p for p, _ in pairs], ctx.bitext.src.text)]  # type: ignore[union-attr]
        right = [t for t in right if not _written_in(t, src_text)]
        for s in list(left):
            rival = next(
                (
                    t
                    for t in right
                    if _dimension(t) == _dimension(s)
                    and _units_agree(s, t)
                    and ((not _minor_count(s) and not _minor_count(t)) or _scale_slip(_anchor(s), _anchor(t)))
                ),
                None,
            )
            if rival is not None:
                right.remove(rival)
                left.remove(s)
                yield _differs(s, rival, b, "mismatch")
        # a figure stated again ("4分41秒30 … 遅れの4分41秒30"), or moved across a sentence boundary of the neighbouring bead
        # ("… up to 24 hours." / "If you haven't received a response after this time" → 24時間が経過しても); only for figures no
        # rival took, so a changed figure is still reported as a mismatch
        left = [s for s in left if not _restated(s, [p for p, _ in pairs], tgt_q.get(b - 1, []) + tgt_q.get(b + 1, []))]
        right = [t for t in right if not _restated(t, [q for _, q in pairs], src_q.get(b - 1, []) + src_q.get(b + 1, []))]
        left, right = _drop_figures_of_speech(left, right, ctx.bitext.src, ctx.bitext.tgt, src_text, tgt_text)  # type: ignore[union-attr]
        for s in left:
            if not _minor_count(s):
                yield finding(
                    "numbers",
                    f"“{s.text}” ({s.norm}) has no counterpart in the translation",
                    severity="minor",
                    category="accuracy/omission",
                    src_spans=[[s.start, s.end]],
                    bead=b,
                    details={"kind": "missing", "src": s.norm},
                )
        for t in right:
            if not _minor_count(t):
                yield finding(
                    "numbers",
                    f"“{t.text}” ({t.norm}) in the translation has no counterpart in the source",
                    severity="minor",
                    category="accuracy/addition",
                    tgt_spans=[[t.start, t.end]],
                    bead=b,
                    details={"kind": "added", "tgt": t.norm},
                )
