"""English quantities and dates: digits and number words, money, percentages,
calendar dates, durations, ordinals, with the qualifiers that bound them.

Rules, not a model: "more than $14 billion" must come out as the same
interval as "140億ドル超", which needs the qualifier, the scale word and the
currency read together. Digits glued to letters (F-35, COVID-19, G7) are names;
capitalized ordinals inside a sentence (First Island Chain, Second World War)
are parts of names.
"""

from __future__ import annotations

import re

from align.model import Quantity
from align.quantities.model import VULGAR_FRACTIONS, date_norm, full_end_year, make_quantity, make_range, resolve_month_year

UNITS_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
               "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENS_WORDS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
WORD_VALUES = {w: i for i, w in enumerate(UNITS_WORDS)} | {w: 20 + 10 * i for i, w in enumerate(TENS_WORDS)}
SCALES = {"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "bn": 1e9, "mn": 1e6,
          "tn": 1e12, "m": 1e6, "k": 1e3, "dozen": 12,
          # South Asian English (Indian, Pakistani news): 14 lakh = 1.4 million = 140万, 3 crore = 30 million
          "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7}
ORDINAL_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
                 "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
                 "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
                 "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70,
                 "eightieth": 80, "ninetieth": 90, "hundredth": 100}
MONTHS = {m: i + 1 for i, m in enumerate(["january", "february", "march", "april", "may", "june", "july", "august",
                                          "september", "october", "november", "december"])}
MONTHS |= {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10,
           "nov": 11, "dec": 12}
CURRENCY_SYMBOLS = {"US$": "USD", "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₩": "KRW", "USD": "USD", "EUR": "EUR",
                    "JPY": "JPY", "KRW": "KRW", "CNY": "CNY", "GBP": "GBP",
                    "₹": "INR", "Rs": "INR", "Rs.": "INR", "INR": "INR"}
#: words before "N pounds" that make it a weight ("weighs 5 pounds", "a 200-pound man" is read elsewhere)
_WEIGHT_POUNDS = re.compile(r"\b(?:weigh\w*|weight|heav\w+|lost|gained|lose|gain|losing|gaining)\b[^.,;]{0,30}$", re.I)
#: "10 pounds of sugar": pounds of a thing (not of someone's money)
_POUNDS_OF_GOODS = re.compile(r"\s+of\s+(?!(?:the|his|her|their|its|my|our|your|taxpayers?|public|state|government)\b)[a-z]")
CURRENCY_WORDS = {"dollars": "USD", "dollar": "USD", "yen": "JPY", "euros": "EUR", "euro": "EUR", "pounds": "GBP",
                  "won": "KRW", "yuan": "CNY", "renminbi": "CNY", "rupees": "INR", "rubles": "RUB", "roubles": "RUB"}
#: Noun after a number → (kind, unit shared with the Japanese counters).
UNIT_WORDS: dict[str, tuple[str, str]] = {
    "people": ("CARDINAL", "person"), "persons": ("CARDINAL", "person"), "person": ("CARDINAL", "person"),
    "companies": ("CARDINAL", "company"), "company": ("CARDINAL", "company"), "firms": ("CARDINAL", "company"),
    "countries": ("CARDINAL", "country"), "nations": ("CARDINAL", "country"), "times": ("CARDINAL", "times"),
    "star": ("CARDINAL", "star"), "stars": ("CARDINAL", "star"), "seats": ("CARDINAL", "seat"), "votes": ("CARDINAL", "vote"),
    "cases": ("CARDINAL", "case"), "aircraft": ("CARDINAL", "aircraft"), "ships": ("CARDINAL", "ship"),
    "vehicles": ("CARDINAL", "vehicle"), "points": ("CARDINAL", "point"), "schools": ("CARDINAL", "school"),
    "states": ("CARDINAL", "state"), "households": ("CARDINAL", "household"),
    # people counted by role: Japanese counts them all with 人/名 ("3.5 million viewers" = 350万人)
    **{w: ("CARDINAL", "person") for w in ("viewers", "voters", "residents", "workers", "employees", "students", "soldiers",
                                            "troops", "visitors", "fans", "users", "patients", "members", "passengers",
                                            "victims", "refugees", "migrants", "spectators", "tourists", "adults", "men",
                                            "women", "deaths", "dead", "civilians", "protesters", "participants")},
    "km": ("QUANTITY", "km"), "kilometers": ("QUANTITY", "km"), "kilometres": ("QUANTITY", "km"), "miles": ("QUANTITY", "mile"),
    "meters": ("QUANTITY", "m"), "metres": ("QUANTITY", "m"), "cm": ("QUANTITY", "cm"), "tons": ("QUANTITY", "t"),
    "tonnes": ("QUANTITY", "t"), "kg": ("QUANTITY", "kg"), "kilograms": ("QUANTITY", "kg"), "grams": ("QUANTITY", "g"),
    "feet": ("QUANTITY", "ft"), "foot": ("QUANTITY", "ft"), "ft": ("QUANTITY", "ft"), "acres": ("QUANTITY", "acre"),
    "acre": ("QUANTITY", "acre"), "children": ("CARDINAL", "child"), "liters": ("QUANTITY", "l"), "litres": ("QUANTITY", "l"),
    "hectares": ("QUANTITY", "ha"), "games": ("CARDINAL", "game"),
    "years": ("DATE", "year"), "year": ("DATE", "year"), "decades": ("DATE", "decade"), "decade": ("DATE", "decade"),
    "months": ("DATE", "month"), "month": ("DATE", "month"), "weeks": ("DATE", "week"), "week": ("DATE", "week"),
    "days": ("DATE", "day"), "day": ("DATE", "day"), "hours": ("TIME", "hour"), "hour": ("TIME", "hour"),
    "minutes": ("TIME", "minute"), "minute": ("TIME", "minute"), "seconds": ("TIME", "second"),
}
QUAL_BEFORE = [("more than", "more_than"), ("over", "more_than"), ("above", "more_than"), ("exceeding", "more_than"),
               ("in excess of", "more_than"), ("upwards of", "more_than"), ("at least", "at_least"),
               ("no fewer than", "at_least"), ("no less than", "at_least"), ("as many as", "at_most"),
               ("about", "about"), ("around", "about"), ("approximately", "about"), ("roughly", "about"),
               ("some", "about"), ("an estimated", "about"), ("estimated", "about"), ("nearly", "nearly"),
               ("almost", "nearly"), ("close to", "nearly"), ("up to", "at_most"), ("at most", "at_most"),
               ("no more than", "at_most"), ("less than", "less_than"), ("fewer than", "less_than"),
               ("under", "less_than"), ("below", "less_than")]
QUAL_AFTER = [("or more", "at_least"), ("-plus", "more_than"), ("plus", "more_than"), ("or so", "about"),
              ("or less", "at_most"), ("or fewer", "at_most")]
DATE_QUAL_BEFORE = [("by", "by"), ("until", "by"), ("through", "by"), ("since", "since"), ("after", "since")]

#: Indian grouping first (2,06,737 = 206737; the Western pattern would read "06,737"), then Western, then plain
_DIGITS = r"\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?[½¼¾]?"
_NUMWORD = rf"(?:{'|'.join(TENS_WORDS)})(?:-(?:{'|'.join(UNITS_WORDS[1:10])}))?|{'|'.join(sorted(UNITS_WORDS, key=len, reverse=True))}"
_SCALE = r"hundred|thousand|million|billion|trillion|dozen|lakhs?|crores?"
_NUMBER = (rf"(?:(?:{_DIGITS})(?:\s?(?:bn|mn|tn|m|k)\b|\s?(?:{_SCALE})\b)?|(?:\b(?:{_NUMWORD})\b)|\ban?(?=\s+(?:{_SCALE})))"
           rf"(?:(?:\s+|-)(?:and\s+)?(?:\b(?:{_SCALE}|{_NUMWORD})\b))*")
_ORDINAL = rf"\b\d+(?:st|nd|rd|th)\b|\b(?:(?:{'|'.join(TENS_WORDS)})-)?(?:{'|'.join(ORDINAL_WORDS)})\b"
#: An English month name or its abbreviation, as dates and the QA numbers check read them.
MONTH_NAME = (r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December"
          r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?")
_DATE_PATTERNS = [
    re.compile(r"(?<![\d$£€¥.,])\b(?P<yr1>1[5-9]\d\d|20\d\d)\s?[-–]\s?(?P<yr2>1[5-9]\d\d|20\d\d|\d\d)\b(?![.,]?\d|\s?%)"),
    re.compile(rf"(?P<m>{MONTH_NAME})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})\b"),
    re.compile(rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>{MONTH_NAME}),?\s+(?P<y>\d{{4}})\b"),
    re.compile(rf"(?P<m>{MONTH_NAME}),?\s+(?:of\s+)?(?P<y>\d{{4}})\b"),
    re.compile(rf"(?P<m>{MONTH_NAME})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?!,?\s*\d)"),
    re.compile(rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>{MONTH_NAME})"),
    re.compile(r"\b(?:fiscal(?:\s+year)?\s+|FY\s?)(?P<fy>\d{4})\b"),
    re.compile(r"\b(?P<decade>1[5-9]\d0|20\d0)s\b"),
    re.compile(r"(?<![\d$£€¥.,])\b(?P<y>1[5-9]\d\d|20\d\d)\b(?![.,]?\d|\s?%|-\w)"),
    re.compile(rf"(?P<m>{MONTH_NAME})(?!\s*\d)"),
    re.compile(r"\b(?P<century>\d{1,2})(?:st|nd|rd|th)[\s-]century\b", re.I),
    re.compile(r"\b(?:(?:a|one)\s+(?P<span>decade|century)|(?P<long>century|decade)-long)\b", re.I),
]
_NUMBER_RE = re.compile(_NUMBER, re.I)
#: "2m" is two metres, not two million, before a word of size or position ("about 2m in diameter", "a 2m-high wall").
#: Races and their results too ("a 100m sprint", "the 100m final", "the 100m hurdles"): a money amount would carry a currency.
_METRES_AFTER = re.compile(r"(?:\s+|-)(?:tall|high|long|deep|wide|away|across|above|below|in\s+(?:diameter|height|length|width|depth)"
                           r"|sprint|sprints|dash|race|races|run|hurdles|freestyle|backstroke|breaststroke|butterfly|medley|relay"
                           r"|finals?|semi-?finals?|heats?|title|champion|gold|silver|bronze|world\s+record|of\s+water"
                           r"|(?:above|below)\s+sea\s+level)\b", re.I)
#: A race named by its distance alone, "won the 100m in 9.8 seconds", "the women's 400m.": only the distances run on a track.
_RACE_DISTANCES = frozenset({60, 100, 110, 200, 400, 800, 1500, 3000, 5000, 10000})
_RACE_BEFORE = re.compile(r"\b(?:the|men's|women's|boys'|girls')\s+$|(?<![$£€¥\d,.])\d+\s?m(?:,|\s+(?:and|or))\s+$", re.I)
_RACE_END = re.compile(r"\s*(?:[.,;:!?)]|$)|\s+(?:in|at|on|and|with)\b", re.I)
#: A measure after the number, spelt out, abbreviated, glued ("120mm") or hyphenated ("a 12-inch screen"), with the unit
#: the numbers check converts (align.qa.checks.numbers.CONVERSIONS). A speed keeps its distance unit, as "100 km/h" does:
#: "60 mph" and 時速96キロ are both distances per hour.
MEASURE_UNITS: tuple[tuple[str, str], ...] = (
    (r"mph|miles?\s+(?:per|an)\s+hour", "mile"), (r"kph|km/h|kmh|kilomet(?:re|er)s?\s+(?:per|an)\s+hour", "km"),
    (r"tons?|tonnes?", "t"), (r"inch(?:es)?", "in"), (r"yards?|yds?", "yd"), (r"mm|millimet(?:re|er)s?", "mm"),
    (r"cm|centimet(?:re|er)s?", "cm"), (r"km|kilomet(?:re|er)s?", "km"), (r"met(?:re|er)", "m"), (r"mile", "mile"),
    (r"lbs?", "lb"), (r"ounces?|oz", "oz"), (r"gallons?", "gallon"), (r"kilograms?|kg", "kg"), (r"lit(?:re|er)s?", "l"),
    (r"knots?", "kn"),
)
_MEASURE_AFTER = re.compile(r"(?:\s?|-)(?:" + "|".join(f"(?P<u{i}>{rx})" for i, (rx, _) in enumerate(MEASURE_UNITS))
                            + r")(?![A-Za-z])", re.I)
#: Digits glued to a unit symbol are a measure, not a name like F-35 or 3D: "120mm", "40C", "104F", "5km", "60mph".
_GLUED_UNIT = re.compile(r"(?:(?i:mm|cm|km|kg|mph|kph|km/h)|[CF])(?![A-Za-z])")
#: Temperatures and angles: "40C", "40°C", "40 degrees Celsius", "104F", "a 20-degree difference". Japanese writes a
#: degree as 度 / ℃, in Celsius, so Fahrenheit is converted; a bare "degrees" (Celsius or an angle) is compared as written.
_DEGREES = re.compile(r"(?:\s?°\s?|\s?-?degrees?\b(?:\s+(?=(?:C|F|Celsius|centigrade|Fahrenheit)\b))?|(?=[CF]\b))"
                      r"(?:(?P<c>C\b|Celsius\b|centigrade\b)|(?P<f>F\b|Fahrenheit\b))?")
#: A Fahrenheit figure that is a difference, not a reading ("warmer by 5F", "a 2.7F rise"): scaled, not shifted by 32.
_DEGREE_DIFFERENCE = re.compile(r"\s+(?:warmer|hotter|cooler|colder|higher|lower|rise|increase|drop|fall|warming|cooling)\b", re.I)
#: Earthquake magnitude: "a magnitude 5.4 earthquake", "magnitude-5.4", "a 5.4-magnitude quake" (マグニチュード5.4).
_MAGNITUDE_BEFORE = re.compile(r"\bmagnitude[\s-]+(?:of\s+)?$", re.I)
_MAGNITUDE_AFTER = re.compile(r"[\s-]magnitude\b", re.I)
#: A span of time counted with an article after an approximator: "more than a year", "nearly a decade", "under an hour"
#: (a bare "a year" is a rate or a phrase, "twice a year", and is left alone; "over a year" may be a period, "spread over a year";
#: "around a day/night cycle" is no span).
_ARTICLE_SPAN = re.compile(r"\ban?\s+(?P<u>year|month|week|day|decade|century|hour|minute)\b(?![/-])", re.I)
_ARTICLE_SPAN_UNITS = {"year": ("DATE", "year", 1.0), "month": ("DATE", "month", 1.0), "week": ("DATE", "week", 1.0),
                       "day": ("DATE", "day", 1.0), "decade": ("DATE", "year", 10.0), "century": ("DATE", "year", 100.0),
                       "hour": ("TIME", "hour", 1.0), "minute": ("TIME", "minute", 1.0)}
#: A money amount that modifies the next noun ("Rs. 100 Bribe", "$5m loan"): a preposition "over" before it means
#: "concerning". Function words, adverbs and time words after the amount do not count.
_NOUN_AFTER = re.compile(r"\s+(?!(?:in|of|for|to|and|or|a|an|the|from|by|per|each|last|this|that|over|since|on|at|with|was|is|were|are"
                         r"|has|had|have|will|would|could|into|as|than|after|before|when|while|but|so|if|which|who|worth|more|less"
                         r"|plus|annually|yearly|monthly|daily|every|a\s+year|year|years|month|months|week|weeks)\b)(?![A-Za-z]+ly\b)[A-Za-z]+\b",
                         re.I)
#: An approximator before an article that introduces the number: "nearly a 20-degree difference", "about a 10% rise"
#: ("over a 12-month period" is a duration, so "over" is left out).
_QUAL_ARTICLE = re.compile(r"\b(about|around|approximately|roughly|nearly|almost|more than|less than|at least)\s+an?\s+$", re.I)
_ORDINAL_RE = re.compile(_ORDINAL, re.I)
_NAME_BEFORE = re.compile(r"[A-Za-z]-?$|[A-Za-z]\s?#$")
_SENTENCE_START = re.compile(r"(^|[.!?:;\"“(]\s*|\n)$")


def parse_number(words: str) -> float:
    """Value of an English number phrase: ``14.1 billion``, ``twenty-five``, ``1,200``, ``14 bn``, ``a million``."""
    total = section = 0.0
    cur: float | None = None
    for part in re.findall(r"\d[\d,]*(?:\.\d+)?[½¼¾]?|[a-z]+", words.lower().replace("-", " ")):
        if part[0].isdigit():
            cur = float(part.rstrip("½¼¾").replace(",", "")) + VULGAR_FRACTIONS.get(part[-1], 0.0)
        elif part in WORD_VALUES:
            cur = (cur or 0) + WORD_VALUES[part]
        elif part in ("a", "an"):
            cur = 1
        elif part == "hundred":
            section += (cur if cur is not None else 1) * 100
            cur = None
        elif part in SCALES:
            total += ((section + (cur or 0)) or 1) * SCALES[part]
            section, cur = 0.0, None
    return total + section + (cur or 0)


def extract(text: str, spans: list[tuple[int, int]] | None = None, reference_year: int | None = None,
            reference_month: int | None = None) -> list[Quantity]:
    """All quantities, dates and ordinals in ``text`` (inside ``spans`` if given)."""
    spans = spans if spans is not None else [(0, len(text))]
    out: list[Quantity] = []
    for lo, hi in spans:
        chunk = text[lo:hi]
        taken: list[tuple[int, int]] = []
        found = _times(chunk, taken)
        found += _article_spans(chunk, taken)
        found += _dates(chunk, reference_year, reference_month, taken)
        found += _parts(chunk, taken)
        found += _anniversaries(chunk, taken)
        found += _feet_inches(chunk, taken)
        found += _ordinals(chunk, taken)
        found += _numbers(chunk, taken)
        for q in found:
            q.start += lo
            q.end += lo
        out.extend(found)
    out.sort(key=lambda q: q.start)
    return out


def _free(taken: list[tuple[int, int]], a: int, b: int) -> bool:
    return not any(x < b and a < y for x, y in taken)


def _qualifier_before(chunk: str, a: int, table: list[tuple[str, str]]) -> tuple[int, str]:
    before = chunk[:a].lower()
    for phrase, qual in table:
        if re.search(rf"\b{re.escape(phrase)}\s+$", before):
            m = re.search(rf"\b{re.escape(phrase)}\s+$", before)
            assert m is not None
            return m.start(), qual
    return a, ""


#: "4am", "3:30 p.m.", and the British "7.55am"
_TIME = re.compile(r"(?<![\d.:])\b(?P<h>1[0-2]|0?\d)(?:[:.](?P<m>[0-5]\d))?\s?(?P<ap>[ap]\.?m\.?)(?![a-z])", re.I)
#: wire-service and military times: "1200 GMT", "0600 UTC", "1430 hours", "15:00 GMT"
_CLOCK = re.compile(r"(?<![\d.,:])\b(?P<h>[0-2]\d):?(?P<m>[0-5]\d)\s?(?:GMT|UTC|hours|hrs|local time)\b")
#: "by a third", "a quarter of": one part in n, written in words (two-thirds is read by _fraction)
_PART_WORDS = re.compile(r"\b(?:a|one)[-\s](?P<d>third|quarter|fifth|tenth)\b(?=\s+of\b)"
                         r"|(?<=\bby\s)(?:a|one)[-\s](?P<d2>third|quarter|fifth|tenth)\b"
                         # "dividing the image into thirds" = 3分の1ずつ
                         r"|(?<=\binto\s)(?P<d3>thirds|quarters|fifths|tenths)\b", re.I)
#: "a 6-foot-6 junior", "5 ft 10 in", "6'2\"": feet and inches as one length in feet (Japanese gives 198センチ)
_FEET_INCHES = re.compile(r"\b(?P<f>\d)(?:[-\s]?(?:foot|feet|ft)[-\s]?|')(?P<i>\d{1,2})(?:[-\s]?(?:inches|inch|in)\b|[\"”])?(?![\d.])")
#: race and lap times, "4:41.30", "2:11.60 minutes", "1:02:33": an elapsed time in seconds (Japanese 4分41秒30), not a clock
#: time; a plain "10:30" stays a clock reading, so a fraction of a second, a unit or an hour part is required
_ELAPSED = re.compile(r"(?<![\d.:])\b(?:(?P<h>\d{1,2}):(?=\d\d:))?(?P<m>\d{1,2}):(?P<s>[0-5]\d)(?P<f>\.\d{1,3})?"
                      r"(?:\s?(?P<unit>minutes|mins|seconds|secs)\b)?(?![\d:])")
#: "noon", "midnight", "12.00 mid-day": a time of day written (partly) in words
_NOON = re.compile(r"\b(?:(?P<h>12|0?0)(?:[:.](?P<m>00))?\s?)?(?P<w>noon|mid-?day|midnight)\b", re.I)
#: "the centenary of the Broadway debut" is 100周年: an anniversary counted in a word
_ANNIVERSARY = re.compile(r"\b(?P<w>centenary|centennial|bicentenary|bicentennial|tercentenary|tercentennial|sesquicentennial)\b", re.I)
_ANNIVERSARY_YEARS = {"cent": 100, "bice": 200, "terc": 300, "sesq": 150}
_DENOMINATORS = {"third": 3, "quarter": 4, "half": 2, "halve": 2, "fifth": 5, "tenth": 10}


def _parts(chunk: str, taken: list[tuple[int, int]]) -> list[Quantity]:
    """"reduced deaths by a third", "a quarter of voters" → fraction 1/n (the same norm as 3分の1), not the ordinal "third"."""
    out = []
    for m in _PART_WORDS.finditer(chunk):
        if not _free(taken, *m.span()):
            continue
        denominator = _DENOMINATORS[(m.group("d") or m.group("d2") or m.group("d3").rstrip("s")).lower()]
        taken.append(m.span())
        out.append(make_quantity(m.start(), m.end(), m.group(0), "CARDINAL", 1 / denominator, "fraction"))
    return out


def _anniversaries(chunk: str, taken: list[tuple[int, int]]) -> list[Quantity]:
    """"centenary" → 100, the number of years its Japanese 100周年 states."""
    out = []
    for m in _ANNIVERSARY.finditer(chunk):
        if _free(taken, *m.span()):
            taken.append(m.span())
            out.append(make_quantity(m.start(), m.end(), m.group(0), "CARDINAL", float(_ANNIVERSARY_YEARS[m.group("w")[:4].lower()])))
    return out


def _feet_inches(chunk: str, taken: list[tuple[int, int]]) -> list[Quantity]:
    """"6-foot-6" = 6.5 ft: a height in feet and inches is one measurement, not the numbers 6 and 6."""
    out = []
    for m in _FEET_INCHES.finditer(chunk):
        inches = int(m.group("i"))
        if inches >= 12 or not _free(taken, *m.span()):
            continue
        taken.append(m.span())
        out.append(make_quantity(m.start(), m.end(), m.group(0), "QUANTITY", int(m.group("f")) + inches / 12, "ft"))
    return out


def _times(chunk: str, taken: list[tuple[int, int]]) -> list[Quantity]:
    """"4am", "3:30 p.m." → TIME in hours (15.5), the same norm as 午後3時半; "1200 GMT" → 12.0."""
    out = []
    for m in _CLOCK.finditer(chunk):
        hour, minute = int(m.group("h")), int(m.group("m"))
        if hour <= 24 and minute < 60:
            taken.append(m.span())
            out.append(make_quantity(m.start(), m.end(), m.group(0), "TIME", hour + minute / 60, "oclock"))
    for m in _TIME.finditer(chunk):
        hour = int(m.group("h")) % 12 + (12 if m.group("ap").lower().startswith("p") else 0)
        value = hour + (int(m.group("m")) / 60 if m.group("m") else 0)
        taken.append(m.span())
        out.append(make_quantity(m.start(), m.end(), m.group(0), "TIME", value, "oclock"))
    for m in _NOON.finditer(chunk):
        if _free(taken, *m.span()):
            taken.append(m.span())
            out.append(make_quantity(m.start(), m.end(), m.group(0), "TIME", 0.0 if m.group("w").lower() == "midnight" else 12.0, "oclock"))
    for m in _ELAPSED.finditer(chunk):
        if not (m.group("f") or m.group("unit") or m.group("h")) or not _free(taken, *m.span()):
            continue
        seconds = int(m.group("h") or 0) * 3600 + int(m.group("m")) * 60 + int(m.group("s")) + float(m.group("f") or 0)
        taken.append(m.span())
        out.append(make_quantity(m.start(), m.end(), m.group(0), "TIME", seconds, "second"))
    return out


def _dates(chunk: str, ref_year: int | None, ref_month: int | None, taken: list[tuple[int, int]]) -> list[Quantity]:
    out: list[Quantity] = []
    for pattern in _DATE_PATTERNS:
        for m in pattern.finditer(chunk):
            a, b = m.span()
            if not _free(taken, a, b):
                continue
            groups = m.groupdict()
            month_context = re.search(r"\b(in|of|since|by|until|early|late|mid|last|next|this)\s+$", chunk[:a])
            if groups.get("m") and m.group("m").startswith("May") and not (groups.get("d") or groups.get("y") or month_context):
                continue  # "may" the verb
            if groups.get("m") and m.group("m")[0].islower():
                continue
            if groups.get("y") and not (groups.get("m")) and _NAME_BEFORE.search(chunk[:a]):
                continue
            unit = "date"
            if groups.get("yr1"):  # a life or a period, "(1900-1985)", "1939–45": one range, as Japanese （1900～85年）
                low = int(m.group("yr1"))
                high = full_end_year(low, int(m.group("yr2")))
                if high <= low:
                    continue
                taken.append((a, b))
                out.append(make_range(a, b, chunk[a:b], "DATE", float(low), float(high), "year"))
                continue
            if groups.get("century"):
                taken.append((a, b))
                out.append(make_quantity(a, b, chunk[a:b], "DATE", float(m.group("century")), "century"))
                continue
            if groups.get("span") or groups.get("long"):
                years = 100.0 if (groups.get("span") or groups.get("long")).lower() == "century" else 10.0
                taken.append((a, b))
                out.append(make_quantity(a, b, chunk[a:b], "DATE", years, "year"))
                continue
            if groups.get("fy"):
                year = int(m.group("fy"))
                value, norm, unit = float(year), f"FY{year}", "fiscal_year"
            elif groups.get("decade"):
                value, norm, unit = float(m.group("decade")), f"{m.group('decade')}s", "decade"
            else:
                month = MONTHS[m.group("m").rstrip(".").lower()] if groups.get("m") else None
                day = int(m.group("d")) if groups.get("d") else None
                year = int(m.group("y")) if groups.get("y") else None
                if year is None and month is not None:
                    year = resolve_month_year(month, ref_year, ref_month)
                value = float(year) if year is not None else None
                norm = date_norm(year, month, day) if month is not None else str(year)
            start, qual = _qualifier_before(chunk, a, DATE_QUAL_BEFORE)
            taken.append((start, b))
            out.append(make_quantity(start, b, chunk[start:b], "DATE", value, unit, qual,
                                     norm=f"{qual} {norm}" if qual else norm))
    return out


def _ordinals(chunk: str, taken: list[tuple[int, int]]) -> list[Quantity]:
    out: list[Quantity] = []
    for m in _ORDINAL_RE.finditer(chunk):
        a, b = m.span()
        if not _free(taken, a, b):
            continue
        word = m.group(0)
        if re.search(rf"\b(?:{_NUMWORD}|\d+)[-\s]$", chunk[:a], re.I) and re.match(r"(third|fourth|fifth|tenth)s?\b", word, re.I):
            continue  # the denominator of "one-third", "two fifths"
        if word[0].isupper() and not _SENTENCE_START.search(chunk[:a]):
            continue  # First Island Chain, Second World War
        if word.lower() == "second" and re.match(r"\s+(?:of\s+)?(?:the\s+)?(?:time|later)\b", chunk[b:]):
            continue
        low = word.lower()
        day = re.search(r"\bon\s+the\s+$", chunk[:a], re.I)
        if day and low[0].isdigit() and int(re.match(r"\d+", low).group(0)) <= 31:  # type: ignore[union-attr]
            n = int(re.match(r"\d+", low).group(0))  # type: ignore[union-attr]
            taken.append((a, b))
            out.append(make_quantity(a, b, word, "DATE", float(n), "date", norm=f"---{n:02d}"))  # "on the 25th" = 25日
            continue
        if low[0].isdigit():
            value = float(re.match(r"\d+", low).group(0))  # type: ignore[union-attr]
        else:
            head, _, tail = low.rpartition("-")
            value = float(ORDINAL_WORDS[tail] + (WORD_VALUES.get(head, 0) if head else 0))
        taken.append((a, b))
        out.append(make_quantity(a, b, word, "ORDINAL", value))
    return out


def _numbers(chunk: str, taken: list[tuple[int, int]]) -> list[Quantity]:
    out: list[Quantity] = []
    pos = 0
    while m := _NUMBER_RE.search(chunk, pos):
        a, b = m.span()
        pos = b
        if not _free(taken, a, b):
            continue
        phrase = m.group(0)
        glued = _NAME_BEFORE.search(chunk[:a]) or re.match(r"[A-Za-z]", chunk[b:b + 1])
        glued_unit = not _NAME_BEFORE.search(chunk[:a]) and _GLUED_UNIT.match(chunk, b)
        if phrase[0].isdigit() and glued and not glued_unit and not re.match(r"(st|nd|rd|th|s)\b", chunk[b:b + 2]):
            continue  # F-35, COVID-19, G7, 3D (but 120mm, 40C)
        if re.fullmatch(r"\d+", phrase) and (re.match(r" \d{2,}|-\d+-\d", chunk[b:b + 6]) or re.search(r"\d $|\d-\d+-$", chunk[:a])):
            continue  # 116 123, 555-0199: a phone number or an ID, not a count
        if phrase.lower() == "one" and re.search(r"\b(no|any|every|each|this|that|which|the|someone|anyone)\s+$", chunk[:a].lower()):
            continue  # pronoun "one"
        if phrase[0].isupper() and phrase[0].isalpha() and not _SENTENCE_START.search(chunk[:a]):
            continue  # "Formula One", "Apollo Eleven"
        scaled = re.match(rf"\d[\d,.]*\s?(?:{_SCALE}|bn|mn|tn|m|k)\b", phrase, re.I)
        if scaled and re.match(rf"(?:\s+|-)(?:and\s+)?(?:{_NUMWORD})\b", phrase[scaled.end():], re.I):
            phrase, b = phrase[:scaled.end()], a + scaled.end()  # "1.7 million four years ago": two numbers
            pos = b
        sym = re.search(r"(US\$|\$|€|£|¥|₩|₹|\bRs\.?|\b(?:USD|EUR|JPY|KRW|CNY|GBP|INR))\s?$", chunk[:a])
        metres = not sym and _metres(chunk, phrase, a, b)
        value = parse_number(phrase.rstrip("m ") if metres else phrase)
        start = a
        # currency symbol before
        currency = ""
        if sym:
            currency, start = CURRENCY_SYMBOLS[sym.group(1)], sym.start()
        start_q, qual = _qualifier_before(chunk, start, QUAL_BEFORE)
        if not qual and (art := _QUAL_ARTICLE.search(chunk[:start])):
            start_q, qual = art.start(), dict(QUAL_BEFORE)[art.group(1).lower()]  # "nearly a 20-degree difference"
        aged = re.search(r"\b(aged|age)\s+$", chunk[:start_q], re.I)
        if qual == "about" and chunk[start_q:start].lower().startswith("some") and not phrase[0].isdigit() and value < 10:
            start_q, qual = start, ""
        end = b
        rest = chunk[b:]
        kind, unit = "CARDINAL", ""
        high = None
        rng = re.match(rf"\s?(?:-|–|~|〜|to)\s?(?:\$)?({_DIGITS})(?:\b|(?=°|[CF]\b))", rest) if phrase[0].isdigit() else None
        if rng and not re.match(r"\s?-\s?\d+\s*(st|nd|rd|th)", rest):
            high = parse_number(rng.group(1))
            end += rng.end()
            rest = chunk[end:]
        if qual == "more_than" and currency and re.match(r"over\b", chunk[start_q:start], re.I) and _NOUN_AFTER.match(chunk[b:]):
            start_q, qual = start, ""  # "overturned over Rs. 100 bribe", "a dispute over $5m loan": about, not more than
        if metres and not currency:
            kind, unit = "QUANTITY", "m"
        elif currency:
            kind, unit = "MONEY", currency
        elif mm := re.match(r"\s?(%|percent\b|per cent\b|percentage points?\b)", rest, re.I):
            kind, unit = "PERCENT", "%"
            end += mm.end()
            if re.match(r"\s+of\s+(?:the\s+\w+\s+)?(?:GDP|gross domestic product)", chunk[end:]):
                unit = "% of GDP"
        elif mm := re.match(rf"\s+(?:(?:US|U\.S\.|American|Hong Kong)\s+)?({'|'.join(CURRENCY_WORDS)})\b", rest, re.I):
            kind, unit = "MONEY", CURRENCY_WORDS[mm.group(1).lower()]
            end += mm.end()
            weight_context = _WEIGHT_POUNDS.search(chunk[max(0, start_q - 40) : start_q]) or _POUNDS_OF_GOODS.match(chunk[end:])
            if mm.group(1).lower() in ("pound", "pounds") and weight_context:
                kind, unit = "QUANTITY", "lb"  # "weighs 5 pounds", "10 pounds of sugar": a weight, not money
        elif (deg := _DEGREES.match(rest)) and deg.group(0) and (phrase[0].isdigit() or not deg.group(0)[0].isalpha()):
            kind, unit = "QUANTITY", "deg"
            end += deg.end()
            if neg := re.search(r"(?:\bminus\s+|(?<![\w.,])[-−])$", chunk[:start_q], re.I):
                start_q = neg.start()
                value, high = -value, (-high if high is not None else None)  # "minus 5C", "-5C" (氷点下5度, マイナス5度)
                if high is not None:
                    value, high = high, value
            if deg.group("f"):
                difference = re.search(r"\bby\s+$", chunk[:start_q], re.I) or _DEGREE_DIFFERENCE.match(chunk[end:])
                value, high = (_celsius(x, bool(difference)) if x is not None else None for x in (value, high))
        elif (mag := _MAGNITUDE_BEFORE.search(chunk[:start_q])) or (mag := _MAGNITUDE_AFTER.match(rest)):
            kind, unit = "QUANTITY", "magnitude"
            if mag.string is rest:
                end += mag.end()
            else:
                start_q = mag.start()
        elif mm := _MEASURE_AFTER.match(rest):
            kind, unit = "QUANTITY", MEASURE_UNITS[int(mm.lastgroup[1:])][1]  # type: ignore[index]
            end += mm.end()
        elif mm := re.match(r"(?:-|\s+)(year|month|week|day|star|hour|minute)s?(?:-old)?\b", rest, re.I):
            word = mm.group(1).lower()
            kind, unit = UNIT_WORDS.get(word + "s", UNIT_WORDS.get(word, ("CARDINAL", word)))
            if mm.group(0).endswith("-old") or (word == "year" and re.match(r"\s+old\b", chunk[end + mm.end():])):
                kind, unit = "QUANTITY", "age"
            end += mm.end()
        elif mm := re.match(r"\s+(?:(?:more|other|new|major|leading|main|largest|big|small)\s+)?([a-z]+)\b", rest):
            word = mm.group(1).lower()
            if word in UNIT_WORDS:
                kind, unit = UNIT_WORDS[word]
                end += mm.end()
        if aged and kind == "CARDINAL" and not unit:
            kind, unit, start_q = "QUANTITY", "age", aged.start()
        if unit == "decade":
            value, unit = value * 10, "year"
            high = high * 10 if high is not None else None
        for phrase_after, qual_after in QUAL_AFTER:
            if re.match(rf"\s?{re.escape(phrase_after)}\b", chunk[end:]):
                end += re.match(rf"\s?{re.escape(phrase_after)}\b", chunk[end:]).end()  # type: ignore[union-attr]
                qual = qual or qual_after
                break
        taken.append((start_q, end))
        if high is not None:
            out.append(make_range(start_q, end, chunk[start_q:end], kind, value, high, unit))
        else:
            out.append(make_quantity(start_q, end, chunk[start_q:end], kind, value, unit, qual))
        if re.match(r"-thirds?|-quarters?|-halves", chunk[b:]) or re.match(r"\s+(thirds?|quarters?)\b", chunk[b:]):
            out[-1] = _fraction(chunk, out[-1], a, b)
            taken[-1] = (out[-1].start, out[-1].end)
    return out


def _metres(chunk: str, phrase: str, a: int, b: int) -> bool:
    """"100m" is a length before a word of size or a race ("a 100m-high tower", "a 100m sprint") and as a race named by its
    distance ("won the 100m in 9.8 seconds"); otherwise it is 100 million ("a 100m deal", "100m people")."""
    m = re.fullmatch(r"(\d[\d,.]*)\s?m", phrase)
    if not m:
        return False
    if _METRES_AFTER.match(chunk[b:]):
        return True
    digits = m.group(1).replace(",", "")
    race = digits.isdigit() and int(digits) in _RACE_DISTANCES
    return bool(race and _RACE_BEFORE.search(chunk[:a]) and _RACE_END.match(chunk, b))


def _celsius(fahrenheit: float, difference: bool) -> float:
    """Degrees Fahrenheit in Celsius, the scale Japanese writes (104F = 40度); a difference ("5F warmer") is only scaled."""
    return fahrenheit * 5 / 9 if difference else (fahrenheit - 32) * 5 / 9


def _fraction(chunk: str, q: Quantity, a: int, b: int) -> Quantity:
    """"two-thirds" = 2/3 (the same norm as 3分の2)."""
    m = re.match(r"[-\s](thirds?|quarters?|halves|half|fifths?|tenths?)", chunk[b:])
    assert m is not None
    denominator = _DENOMINATORS[m.group(1).rstrip("s")]
    value = parse_number(chunk[a:b]) / denominator
    return make_quantity(q.start, b + m.end(), chunk[q.start:b + m.end()], "CARDINAL", value, "fraction", q.qualifier)


#: Approximators that bound a span counted with an article ("over"/"some" do not: "spread over a year").
_ARTICLE_SPAN_QUALIFIERS = frozenset({"more than", "less than", "fewer than", "at least", "nearly", "almost", "about", "around",
                                      "roughly", "approximately", "under", "close to", "upwards of", "in excess of", "no more than",
                                      "no less than", "up to", "at most"})


def _article_spans(chunk: str, taken: list[tuple[int, int]]) -> list[Quantity]:
    """"more than a year", "nearly a decade", "under an hour": one unit of time with its bound, as 1年以上, 10年近く, 1時間未満."""
    out = []
    for m in _ARTICLE_SPAN.finditer(chunk):
        start, qual = _qualifier_before(chunk, m.start(), QUAL_BEFORE)
        phrase = chunk[start:m.start()].strip().lower()
        if not qual or phrase not in _ARTICLE_SPAN_QUALIFIERS or not _free(taken, start, m.end()):
            continue
        kind, unit, value = _ARTICLE_SPAN_UNITS[m.group("u").lower()]
        taken.append((start, m.end()))
        out.append(make_quantity(start, m.end(), chunk[start:m.end()], kind, value, unit, qual))
    return out
