"""Stand-off data model shared by every stage.

Every annotation is a character span ``(start, end)`` into ``Document.text``.
Tokenizers, NER models and the aligner can then disagree about token
boundaries without breaking one another, and everything serializes to plain
JSON without loss (``to_dict`` / ``from_dict`` round-trip exactly).
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields
from typing import Any

#: Paragraph kinds a reader may assign. ``foreign`` marks a block written in
#: the other language (e.g. the English title/byline tail of a Japanese
#: translation): metadata, not body text.
PARAGRAPH_KINDS = (
    "title",
    "source",
    "dateline",
    "byline",
    "bio",
    "heading",
    "list_item",
    "body",
    "foreign",
)


@dataclass(slots=True)
class Paragraph:
    """A block of the document: ``text[start:end]`` with a structural kind."""

    start: int
    end: int
    kind: str = "body"
    lang: str = ""


@dataclass(slots=True)
class Sentence:
    """A segment: ``text[start:end]``, inside paragraph ``paragraph``."""

    start: int
    end: int
    paragraph: int


@dataclass(slots=True)
class Token:
    """A token with offsets; ``reading`` is filled for Japanese only."""

    start: int
    end: int
    lemma: str
    pos: str
    reading: str = ""


@dataclass(slots=True)
class Entity:
    """A named entity or numeric expression on the shared label scheme."""

    start: int
    end: int
    label: str
    text: str
    source: str = ""  # which component found it (model name, "gazetteer", "rule")


@dataclass(slots=True)
class Quantity:
    """A normalized quantity/date with interval semantics.

    ``low``/``high`` bound the value (``None`` = open); ``value`` is the point
    value written in the text. ``unit`` is e.g. ``USD``, ``%``, ``year``,
    ``date``. ``qualifier`` keeps the approximator (``more_than``, ``about`` …)
    so a reviewer can see a dropped "超".
    """

    start: int
    end: int
    kind: str
    value: float | None
    unit: str = ""
    low: float | None = None
    high: float | None = None
    qualifier: str = ""
    text: str = ""
    norm: str = ""


@dataclass(slots=True)
class Claim:
    """A policy claim found in one sentence (see README: claim schema)."""

    start: int
    end: int
    sentence: int
    type: str
    holder: str = "author"
    actor: str = ""
    certainty: str = "certain"
    deontic: str = ""
    negated: bool = False
    cue: str = ""
    attributed_to: str = ""


@dataclass(slots=True)
class Document:
    """A normalized document: text plus stand-off layers."""

    lang: str
    text: str
    paragraphs: list[Paragraph] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    tokens: list[Token] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)

    def sentence_text(self, index: int) -> str:
        """Text of sentence ``index``."""
        s = self.sentences[index]
        return self.text[s.start : s.end]

    def sentence_texts(self) -> list[str]:
        """Texts of all sentences, in order."""
        return [self.text[s.start : s.end] for s in self.sentences]

    def sentence_at(self, offset: int) -> int | None:
        """Index of the sentence that contains character ``offset`` (``None`` between or outside sentences)."""
        return next((i for i, s in enumerate(self.sentences) if s.start <= offset < s.end), None)

    def to_dict(self) -> dict[str, Any]:
        """Plain-JSON form; inverse of :meth:`from_dict`."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Document:
        """Rebuild a document written by :meth:`to_dict`."""
        layers = {
            "paragraphs": Paragraph,
            "sentences": Sentence,
            "tokens": Token,
            "entities": Entity,
            "quantities": Quantity,
            "claims": Claim,
        }
        kwargs: dict[str, Any] = {"lang": data["lang"], "text": data["text"], "meta": dict(data.get("meta", {}))}
        for name, kind in layers.items():
            kwargs[name] = [_build(kind, item) for item in data.get(name, [])]
        return cls(**kwargs)


@dataclass(slots=True)
class Bead:
    """One alignment unit: source sentence ids ↔ target sentence ids.

    ``score`` is the aligner's similarity for the bead; ``confidence`` is the
    calibrated probability that the bead is exactly right.
    """

    src: list[int]
    tgt: list[int]
    score: float = 0.0
    confidence: float = 0.0

    @property
    def kind(self) -> str:
        """``"1-1"``, ``"2-1"``, ``"1-0"`` (omission), ``"0-1"`` (addition) …"""
        return f"{len(self.src)}-{len(self.tgt)}"


@dataclass(slots=True)
class Link:
    """A cross-language pair of annotations (entity, quantity or claim).

    ``src``/``tgt`` index the layer named by ``layer`` on each side; ``None``
    marks an item left unpaired, kept so QA can report it.
    """

    layer: str
    bead: int
    src: int | None
    tgt: int | None
    score: float = 0.0
    note: str = ""


@dataclass(slots=True)
class Bitext:
    """Two documents, their bead alignment and the cross-language links."""

    src: Document
    tgt: Document
    beads: list[Bead] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain-JSON form; inverse of :meth:`from_dict`."""
        return {
            "src": self.src.to_dict(),
            "tgt": self.tgt.to_dict(),
            "beads": [asdict(b) for b in self.beads],
            "links": [asdict(link) for link in self.links],
            "meta": self.meta,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Bitext:
        """Rebuild a bitext written by :meth:`to_dict`."""
        return cls(
            src=Document.from_dict(data["src"]),
            tgt=Document.from_dict(data["tgt"]),
            beads=[_build(Bead, b) for b in data.get("beads", [])],
            links=[_build(Link, link) for link in data.get("links", [])],
            meta=dict(data.get("meta", {})),
        )


def _build(kind: type, item: dict[str, Any]) -> Any:
    names = {f.name for f in fields(kind)}
    return kind(**{k: v for k, v in item.items() if k in names})


def dumps(obj: Document | Bitext) -> str:
    """Serialize a document or bitext to a JSON string (UTF-8, not escaped)."""
    return json.dumps(obj.to_dict(), ensure_ascii=False)
