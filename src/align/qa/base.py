"""QA findings and the check registry.

A check is one small function registered by id with its MQM category and
default severity. It receives a :class:`CheckContext` (the bitext, or only
the translation for single-document review) and yields :class:`Finding`
objects whose spans point into ``Document.text`` on each side, so the report
and the exports can highlight them without re-finding anything.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from typing import Any

from align.model import Bitext, Document

#: MQM-style categories a check may use (issue 6).
CATEGORIES = (
    "accuracy/omission",
    "accuracy/addition",
    "accuracy/mistranslation",
    "accuracy/untranslated",
    "terminology",
    "locale convention",
    "linguistic convention",
    "style",
)
#: Severities, mildest first, with their MQM penalty weights.
SEVERITY_WEIGHTS = {"minor": 1, "major": 5, "critical": 25}
SEVERITIES = tuple(SEVERITY_WEIGHTS)
#: Options a user may set for a run. ``typography``: "document" judges spaces, widths and brackets
#: against the document's own dominant convention (a consistent house style is not an error, only the
#: minority usages are flagged); "absolute" applies the strict Japanese rules (no ASCII spaces next to
#: kana/kanji, one width per mark) to every occurrence.
DEFAULT_OPTIONS: dict[str, Any] = {"typography": "document"}


@dataclass(slots=True)
class Finding:
    """One QA issue, tied to spans on the source and/or target side.

    ``src_spans``/``tgt_spans`` are ``[start, end]`` character offsets into
    ``bitext.src.text`` / ``bitext.tgt.text`` (for a single-document check the
    reviewed document is the target side). ``bead`` is the bead index, or
    ``None`` when the finding is about the whole document.
    """

    check: str
    category: str
    severity: str
    message: str
    src_spans: list[list[int]] = field(default_factory=list)
    tgt_spans: list[list[int]] = field(default_factory=list)
    bead: int | None = None
    details: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain-JSON form; inverse of :meth:`from_dict`."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Finding:
        """Rebuild a finding written by :meth:`to_dict`."""
        return cls(**{k: data[k] for k in cls.__slots__ if k in data})  # type: ignore[attr-defined]


@dataclass(slots=True)
class CheckContext:
    """What a check may look at; ``bitext`` is ``None`` for a single document.

    ``cache`` lets checks share costly work (embeddings, quantities, tokens)
    within one run without reaching into each other. ``options`` are the
    user's choices (see :data:`DEFAULT_OPTIONS`).
    """

    doc: Document
    bitext: Bitext | None = None
    glossary: list[tuple[str, str]] | None = None
    cache: dict[str, Any] = field(default_factory=dict)
    options: dict[str, Any] = field(default_factory=dict)

    def option(self, name: str) -> Any:
        """The user's value of option ``name``, else its default."""
        return self.options.get(name, DEFAULT_OPTIONS[name])

    @property
    def bilingual(self) -> bool:
        """True when a source document is available."""
        return self.bitext is not None


CheckFunc = Callable[[CheckContext], Iterable[Finding]]


@dataclass(frozen=True, slots=True)
class CheckInfo:
    """A registered check: id, MQM category, default severity and needs.

    ``bilingual`` checks need the source; ``requires`` names modules that
    must import (a check whose dependency is missing is reported as skipped).
    """

    id: str
    category: str
    severity: str
    bilingual: bool
    func: CheckFunc
    description: str = ""
    requires: tuple[str, ...] = ()


REGISTRY: dict[str, CheckInfo] = {}


def register_check(
    id: str, category: str, severity: str, *, bilingual: bool, requires: tuple[str, ...] = ()
) -> Callable[[CheckFunc], CheckFunc]:
    """Decorator: register ``func`` as check ``id`` (ids are unique)."""
    if category not in CATEGORIES:
        raise ValueError(f"unknown MQM category {category!r}")
    if severity not in SEVERITY_WEIGHTS:
        raise ValueError(f"unknown severity {severity!r}")

    def wrap(func: CheckFunc) -> CheckFunc:
        if id in REGISTRY and REGISTRY[id].func is not func:
            raise ValueError(f"check id {id!r} registered twice")
        doc = (func.__doc__ or "").strip().splitlines()
        REGISTRY[id] = CheckInfo(id, category, severity, bilingual, func, doc[0] if doc else "", requires)
        return func

    return wrap


def finding(info_id: str, message: str, *, severity: str | None = None, category: str | None = None, **kwargs: Any) -> Finding:
    """Build a finding with the registered defaults of check ``info_id``."""
    info = REGISTRY[info_id]
    return Finding(check=info_id, category=category or info.category, severity=severity or info.severity, message=message, **kwargs)


def bead_of_sentence(bitext: Bitext, side: str) -> dict[int, int]:
    """Map sentence id on ``side`` ("src"/"tgt") to its bead index."""
    out: dict[int, int] = {}
    for i, bead in enumerate(bitext.beads):
        for s in getattr(bead, side):
            out[s] = i
    return out


def bead_span(doc: Document, ids: list[int]) -> list[list[int]]:
    """One ``[start, end]`` per sentence of a bead (sentences need not touch)."""
    return [[doc.sentences[i].start, doc.sentences[i].end] for i in ids]
