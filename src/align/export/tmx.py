"""The aligned pair as TMX 1.4b, the translation-memory format every CAT tool imports.

One ``<tu>`` per bead with text on both sides (omissions and additions
are not translation units); the bead kind and aligner confidence go into
``<prop>`` elements, which CAT tools keep as unit attributes.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from lxml import etree

from align.export.segments import joined
from align.model import Bitext

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
#: Language tags for the ``xml:lang`` attributes (RFC 5646, as TMX 1.4b asks).
LANG_TAGS = {"en": "en-US", "ja": "ja-JP"}


def tmx_tree(bitext: Bitext, min_confidence: float = 0.0) -> etree._ElementTree:
    """TMX 1.4b document of the bitext's non-null beads with ``confidence >= min_confidence``."""
    from align.export.findings import _tool_version

    src_tag = LANG_TAGS.get(bitext.src.lang, bitext.src.lang)
    tgt_tag = LANG_TAGS.get(bitext.tgt.lang, bitext.tgt.lang)
    root = etree.Element("tmx", version="1.4")
    etree.SubElement(
        root,
        "header",
        creationtool="align",
        creationtoolversion=_tool_version(),
        segtype="sentence",
        **{
            "o-tmf": "align-bitext",
            "adminlang": "en-US",
            "srclang": src_tag,
            "datatype": "plaintext",
            "creationdate": datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ"),
        },
    )
    body = etree.SubElement(root, "body")
    for i, bead in enumerate(bitext.beads):
        if not bead.src or not bead.tgt or bead.confidence < min_confidence:
            continue
        tu = etree.SubElement(body, "tu", tuid=str(i + 1))
        for name, value in (("x-bead-kind", bead.kind), ("x-confidence", f"{bead.confidence:.3f}"), ("x-score", f"{bead.score:.3f}")):
            prop = etree.SubElement(tu, "prop", type=name)
            prop.text = value
        for tag, doc, ids in ((src_tag, bitext.src, bead.src), (tgt_tag, bitext.tgt, bead.tgt)):
            tuv = etree.SubElement(tu, "tuv", {XML_LANG: tag})
            seg = etree.SubElement(tuv, "seg")
            seg.text = joined(doc, ids)[0]
    return etree.ElementTree(root)


def write_tmx(path: str | Path, bitext: Bitext, min_confidence: float = 0.0) -> Path:
    """Write the TMX file (UTF-8, with the TMX 1.4 doctype) and return its path."""
    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmx_tree(bitext, min_confidence).write(
        str(out), encoding="UTF-8", xml_declaration=True, pretty_print=True, doctype='<!DOCTYPE tmx SYSTEM "tmx14.dtd">'
    )
    return out
