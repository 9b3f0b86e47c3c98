"""Quantity and date normalization with interval semantics, per language.

``extract_quantities(text, lang)`` returns :class:`align.model.Quantity`
records whose ``low``/``high`` bound the value ("140億ドル超" → ``low=1.4e10,
high=None``), whose ``unit`` is shared across languages (``USD``, ``%``,
``person``, ``year``, ``date``; measures as the QA numbers check converts them:
``m``, ``mm``, ``in``, ``yd``, ``mile``, ``t``; ``deg`` for 度/℃/"40C", Fahrenheit
converted to Celsius; ``magnitude``) and whose ``norm`` is a canonical string
("more_than 1.4e10 USD", "2025-11", "by 2030"), so Japanese and English
quantities can be compared field by field.
"""

from __future__ import annotations

from importlib import import_module

from align.errors import InputError
from align.model import Quantity

_PARSERS = {"ja": "align.quantities.ja", "en": "align.quantities.en"}


def extract_quantities(text: str, lang: str, spans: list[tuple[int, int]] | None = None,
                       reference_year: int | None = None, reference_month: int | None = None) -> list[Quantity]:
    """Quantities in ``text`` (only inside ``spans`` if given; spans are char offsets).

    ``reference_year``/``reference_month`` (the article's dateline) give bare
    months a year: "12月" in a January 2026 article is December 2025.
    """
    try:
        module = import_module(_PARSERS[lang])
    except KeyError:
        raise InputError(f"no quantity parser for language {lang!r}: supported are {', '.join(_PARSERS)}") from None
    return module.extract(text, spans, reference_year, reference_month)
