"""``align claims FILE``: list the policy claims of a document (type, holder, certainty, cue)."""

from __future__ import annotations

import argparse
import json
import sys

from align.model import Claim, Document


def register(sub: argparse._SubParsersAction) -> None:
    """Add the ``claims`` command."""
    p = sub.add_parser("claims", help="detect and type policy claims (commitments, positions, predictions …)",
                       description="Read FILE, segment it and print every sentence that carries a claim: its type "
                                   "(commitment, policy_position, assessment, prediction, recommendation, factual_statistic), "
                                   "holder (author, a named source, or 'unnamed'), certainty, deontic strength, negation, "
                                   "the cue that signalled it and the quantities inside.")
    p.add_argument("file", help="input document")
    p.add_argument("--lang", default="auto", choices=["auto", "ja", "en"], help="document language (default: detect)")
    p.add_argument("--presegmented", action="store_true", help="one sentence per line: do not re-split")
    p.add_argument("--format", default="text", choices=["text", "json"], help="output format (default: text)")
    p.add_argument("--classifier", action="store_true",
                   help="also run the USE-m3 claim classifier (the 'hybrid'; slower, not better on held-out text)")
    p.set_defaults(func=run)


def claim_quantities(doc: Document, claim: Claim) -> list[str]:
    """Texts of the quantities inside a claim's span (the quantity layer, filled here if empty)."""
    return [doc.text[q.start : q.end] for q in doc.quantities if claim.start <= q.start and q.end <= claim.end]


def _fill_quantities(doc: Document) -> None:
    """Quantities come from align.quantities when it is installed; claims work without them."""
    if doc.quantities:
        return
    try:
        from align.quantities import extract_quantities
    except ImportError:
        return
    doc.quantities = extract_quantities(doc.text, doc.lang, spans=[(s.start, s.end) for s in doc.sentences])


def run(args: argparse.Namespace) -> int:
    """Extract and print the claims."""
    from align.claims import extract_claims
    from align.segment import load_document

    doc = load_document(args.file, args.lang, args.presegmented)
    extract_claims(doc, use_classifier=args.classifier)
    _fill_quantities(doc)
    out = sys.stdout
    rows = []
    for claim in doc.claims:
        row = {**_as_dict(claim), "text": doc.text[claim.start : claim.end], "quantities": claim_quantities(doc, claim)}
        rows.append(row)
    if args.format == "json":
        json.dump({"lang": doc.lang, "sentences": len(doc.sentences), "claims": rows}, out, ensure_ascii=False)
        out.write("\n")
        return 0
    for row in rows:
        flags = [row["certainty"]]
        if row["deontic"]:
            flags.append(f"deontic={row['deontic']}")
        if row["negated"]:
            flags.append("negated")
        quantities = f"  [{', '.join(row['quantities'])}]" if row["quantities"] else ""
        out.write(f"{row['sentence']}\t{row['type']}\tholder={row['holder']}\t{' '.join(flags)}\tcue={row['cue']}\t"
                  f"{row['text']}{quantities}\n")
    out.write(f"# {len(rows)} claims in {len(doc.sentences)} sentences\n")
    return 0


def _as_dict(claim: Claim) -> dict:
    from dataclasses import asdict

    return asdict(claim)
