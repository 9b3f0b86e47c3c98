"""The aligned pair as XLIFF 2.1 with QA findings as ITS 2.0 Localization Quality Issues.

One ``<unit>`` per bead. Flagged text is wrapped in ``<mrk type="its:generic">``
pointing (``its:locQualityIssuesRef``) to a stand-off ``<its:locQualityIssues>``
block in the unit, the mapping the XLIFF 2.1 ITS module defines, so review
tools (Okapi, memoQ, Trados via ITS filters) show the issue on the right words.
Overlapping findings are cut into flat pieces: XML elements cannot overlap.
"""

from __future__ import annotations

import itertools
from pathlib import Path

from lxml import etree

from align.export.segments import joined, local_span
from align.export.tmx import LANG_TAGS
from align.model import Bitext
from align.qa.base import Finding

XLIFF_NS = "urn:oasis:names:tc:xliff:document:2.0"
ITS_NS = "http://www.w3.org/2005/11/its"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
NSMAP = {None: XLIFF_NS, "its": ITS_NS}
#: QA check → ITS 2.0 locQualityIssueType.
ITS_TYPES = {
    "numbers": "numbers",
    "entity-mismatch": "inconsistent-entities",
    "entity-renderings": "inconsistent-entities",
    "omission": "omission",
    "partial-omission": "omission",
    "addition": "addition",
    "untranslated": "untranslated",
    "glossary": "terminology",
    "acronym-inconsistent": "inconsistency",
    "acronym-misfit": "mistranslation",
    "name-variants": "inconsistency",
    "term-variants": "inconsistency",
    "low-similarity": "mistranslation",
    "claim-shift": "mistranslation",
    "negation-flip": "mistranslation",
    "hedge-shift": "mistranslation",
    "typography-space": "whitespace",
    "typography-width": "typographical",
    "typography-brackets": "typographical",
    "enumeration-gap": "other",
}
CATEGORY_TYPES = {"accuracy/omission": "omission", "accuracy/addition": "addition"}
#: MQM severity → ITS locQualityIssueSeverity (0-100).
ITS_SEVERITY = {"minor": "30", "major": "70", "critical": "100"}


def _its(name: str) -> str:
    return f"{{{ITS_NS}}}{name}"


def _issue_type(f: Finding) -> str:
    if f.check == "length-ratio":
        return CATEGORY_TYPES.get(f.category, "length")
    return ITS_TYPES.get(f.check, "other")


def _bead_of_span(bitext: Bitext, side: str, pos: int) -> int | None:
    doc = getattr(bitext, side)
    for i, bead in enumerate(bitext.beads):
        for s in getattr(bead, side):
            if doc.sentences[s].start <= pos < doc.sentences[s].end:
                return i
    return None


def _fill(parent: etree._Element, text: str, pieces: list[tuple[int, int, str]], id_prefix: str) -> None:
    """Write ``text`` into ``parent``, wrapping each ``(start, end, ref)`` piece in an ``<mrk>``."""
    pos = 0
    last: etree._Element | None = None
    for k, (a, b, ref) in enumerate(sorted(pieces)):
        chunk = text[pos:a]
        if last is None:
            parent.text = (parent.text or "") + chunk
        else:
            last.tail = (last.tail or "") + chunk
        mrk = etree.SubElement(parent, f"{{{XLIFF_NS}}}mrk", id=f"{id_prefix}{k}", type="its:generic")
        mrk.set(_its("locQualityIssuesRef"), f"#{ref}")
        mrk.text = text[a:b]
        last, pos = mrk, b
    rest = text[pos:]
    if last is None:
        parent.text = (parent.text or "") + rest
    else:
        last.tail = (last.tail or "") + rest


def _flat_pieces(spans: list[tuple[int, int, int]]) -> list[tuple[int, int, tuple[int, ...]]]:
    """Cut possibly overlapping ``(start, end, finding)`` spans into flat pieces with their finding sets."""
    cuts = sorted({x for a, b, _ in spans for x in (a, b)})
    out = []
    for a, b in itertools.pairwise(cuts):
        ids = tuple(sorted({f for s, e, f in spans if s <= a and e >= b}))
        if ids:
            out.append((a, b, ids))
    return out


def xliff_tree(bitext: Bitext, findings: list[Finding]) -> etree._ElementTree:
    """XLIFF 2.1 document of all beads with the findings as ITS LQI annotations."""
    root = etree.Element(
        f"{{{XLIFF_NS}}}xliff",
        nsmap=NSMAP,
        version="2.1",
        srcLang=LANG_TAGS.get(bitext.src.lang, bitext.src.lang),
        trgLang=LANG_TAGS.get(bitext.tgt.lang, bitext.tgt.lang),
    )
    root.set(_its("version"), "2.0")
    file_el = etree.SubElement(
        root, f"{{{XLIFF_NS}}}file", id="f1", original=str(bitext.meta.get("doc", bitext.src.meta.get("path", "document")))
    )
    per_bead: dict[int, list[int]] = {}
    for fid, f in enumerate(findings):
        beads = {f.bead} if f.bead is not None else set()
        beads |= {
            b
            for side, spans in (("src", f.src_spans), ("tgt", f.tgt_spans))
            for a, _ in spans
            if (b := _bead_of_span(bitext, side, a)) is not None
        }
        for b in beads:
            per_bead.setdefault(b, []).append(fid)
    for i, bead in enumerate(bitext.beads):
        unit_id = f"u{i}"
        unit = etree.SubElement(file_el, f"{{{XLIFF_NS}}}unit", id=unit_id)
        texts = {side: joined(getattr(bitext, side), getattr(bead, side)) for side in ("src", "tgt")}
        spans: dict[str, list[tuple[int, int, int]]] = {"src": [], "tgt": []}
        for fid in per_bead.get(i, []):
            placed = False
            for side in ("src", "tgt"):
                for a, b in getattr(findings[fid], f"{side}_spans"):
                    loc = local_span(texts[side][1], a, b)
                    if loc:
                        spans[side].append((loc[0], loc[1], fid))
                        placed = True
            if not placed:  # a finding about the bead as a whole: mark its whole target (or source) text
                side = "tgt" if texts["tgt"][0] else "src"
                spans[side].append((0, len(texts[side][0]), fid))
        groups: dict[tuple[int, ...], str] = {}
        pieces: dict[str, list[tuple[int, int, str]]] = {"src": [], "tgt": []}
        for side in ("src", "tgt"):
            for a, b, ids in _flat_pieces(spans[side]):
                pieces[side].append((a, b, groups.setdefault(ids, f"{unit_id}-lqi{len(groups)}")))
        # stand-off issue blocks come first: XLIFF 2 allows module elements before <segment>
        for ids, ref in groups.items():
            block = etree.SubElement(unit, _its("locQualityIssues"))
            block.set(XML_ID, ref)
            for fid in ids:
                f = findings[fid]
                etree.SubElement(
                    block,
                    _its("locQualityIssue"),
                    locQualityIssueType=_issue_type(f),
                    locQualityIssueComment=f"[{f.check}] {f.message}",
                    locQualityIssueSeverity=ITS_SEVERITY[f.severity],
                )
        segment = etree.SubElement(unit, f"{{{XLIFF_NS}}}segment", id=f"s{i}")
        _fill(etree.SubElement(segment, f"{{{XLIFF_NS}}}source"), texts["src"][0], pieces["src"], f"{unit_id}-s")
        if bead.tgt:
            _fill(etree.SubElement(segment, f"{{{XLIFF_NS}}}target"), texts["tgt"][0], pieces["tgt"], f"{unit_id}-t")
    return etree.ElementTree(root)


def write_xliff(path: str | Path, bitext: Bitext, findings: list[Finding]) -> Path:
    """Write the XLIFF 2.1 file and return its path."""
    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    xliff_tree(bitext, findings).write(str(out), encoding="UTF-8", xml_declaration=True, pretty_print=True)
    return out
