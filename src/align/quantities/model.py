"""Helpers shared by the Japanese and English quantity parsers.

A quantity is an interval, not a number: "140億ドル超" and "more than $14
billion" both mean ``(1.4e10, +inf) USD``. Both parsers build their results
through :func:`make_quantity`, so the interval a qualifier implies and the
canonical ``norm`` string are decided in one place, and the linker can compare
Japanese and English quantities field by field.
"""

from __future__ import annotations

import re

from align.model import Quantity

#: "14½-13½" (a golf or cricket score): the fraction belongs to the number, in both languages
VULGAR_FRACTIONS = {"½": 0.5, "¼": 0.25, "¾": 0.75}

def full_end_year(start: int, end: int) -> int:
    """The end year of a range written short, "1900-85" / （１９００～８５年）: 1985; "1998-03" is 2003. A full year stays."""
    if end >= 100:
        return end
    return start // 100 * 100 + end + (100 if end < start % 100 else 0)


#: Qualifier → how it bounds the written value ``v`` (factors of ``v``, ``None`` = open).
#: "about" is read as ±10 %, "nearly" as the 10 % just below ``v``.
QUALIFIER_BOUNDS: dict[str, tuple[float | None, float | None]] = {
    "": (1.0, 1.0),
    "more_than": (1.0, None),
    "at_least": (1.0, None),
    "less_than": (None, 1.0),
    "at_most": (None, 1.0),
    "about": (0.9, 1.1),
    "nearly": (0.9, 1.0),
    "by": (None, 1.0),  # "2030年までに" / "by 2030": no later than
    "since": (1.0, None),  # "2019年12月以降" / "since December 2019"
}

#: Label scheme for numeric expressions (shared with the entity labels).
QUANTITY_KINDS = ("DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL")


def format_number(value: float) -> str:
    """Shortest exact-looking form: ``14000000000.0`` → ``1.4e10``, ``3.5`` → ``3.5``."""
    if value == int(value) and abs(value) < 1e7:
        return str(int(value))
    text = f"{value:.6g}"
    return re.sub(r"e\+?(-?)0*(\d)", r"e\1\2", text)


def make_quantity(start: int, end: int, text: str, kind: str, value: float | None, unit: str = "",
                  qualifier: str = "", norm: str = "") -> Quantity:
    """A :class:`Quantity` whose interval follows from ``qualifier``.

    ``norm`` defaults to ``"<qualifier> <value> <unit>"``; dates pass their own
    (``2025-11``) because a date is compared as a calendar string.
    """
    low = high = value
    if value is not None:
        lo_f, hi_f = QUALIFIER_BOUNDS.get(qualifier, (1.0, 1.0))
        low = None if lo_f is None else value * lo_f
        high = None if hi_f is None else value * hi_f
        if low is not None and high is not None and low > high:  # negative values flip
            low, high = high, low
    if not norm:
        parts = [qualifier] if qualifier else []
        if value is not None:
            parts.append(format_number(value))
        if unit:
            parts.append(unit)
        norm = " ".join(parts)
    return Quantity(start=start, end=end, kind=kind, value=value, unit=unit, low=low, high=high,
                    qualifier=qualifier, text=text, norm=norm)


def make_range(start: int, end: int, text: str, kind: str, low: float, high: float, unit: str = "") -> Quantity:
    """A quantity written as a range ("3〜5%", "between 3 and 5 percent"): ``value`` is the low end."""
    norm = f"{format_number(low)}-{format_number(high)}" + (f" {unit}" if unit else "")
    return Quantity(start=start, end=end, kind=kind, value=low, unit=unit, low=low, high=high, qualifier="range",
                    text=text, norm=norm)


def date_norm(year: int | None, month: int | None = None, day: int | None = None) -> str:
    """ISO-like calendar string with unknown parts left out: ``2025-11``, ``--12`` (month only)."""
    head = "-" if year is None else f"{year:04d}"
    if month is None:
        return head
    out = f"{head}-{month:02d}"
    return out if day is None else f"{out}-{day:02d}"


def resolve_month_year(month: int, reference_year: int | None, reference_month: int | None) -> int | None:
    """Year of a bare month ("12月") from the dateline.

    News refers mostly to the recent past: a month later than the dateline's
    month belongs to the previous year (a January article's "12月" is last
    December).
    """
    if reference_year is None:
        return None
    if reference_month is not None and month > reference_month:
        return reference_year - 1
    return reference_year


def overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """True if ``[start, end)`` overlaps any span."""
    return any(a < end and start < b for a, b in spans)
