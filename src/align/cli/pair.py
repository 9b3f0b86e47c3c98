"""``align pair SRC TGT``: align the sentences of a document and its translation.

Writes the beads (jsonl, tsv or .align) and prints a side-by-side summary for
a reviewer: omissions/additions and the least confident beads first, then the
whole alignment.
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from typing import TextIO

from align.model import Bitext, Document, Link
from align.segment import load_document

WEAKEST = 10


def register(sub: argparse._SubParsersAction) -> None:
    """Add the ``pair`` command."""
    p = sub.add_parser("pair", help="align the sentences of a document and its translation",
                       description="Read SRC and TGT, segment them (or take one sentence per line with --presegmented), "
                                   "align sentences with beads 1-1, 1-2, 2-1, 2-2, 1-3, 3-1, 2-3, 3-2, 1-0 (omission), 0-1 (addition), "
                                   "write the beads and print a side-by-side summary.")
    p.add_argument("src", help="source document")
    p.add_argument("tgt", help="target document (its translation)")
    p.add_argument("--src-lang", default="auto", help="source language, e.g. en (default: detect)")
    p.add_argument("--tgt-lang", default="auto", help="target language, e.g. ja (default: detect)")
    p.add_argument("--presegmented", action="store_true", help="inputs have one sentence per line: do not re-split")
    p.add_argument("--model", default=None, help="embedder: use-m3 (default, offline) or any sentence-transformers name/folder")
    p.add_argument("--max-bead", type=int, default=None, help="most sentences on one side of a bead (3 for en-ja, 4 for other pairs)")
    p.add_argument("--out", default=None, help="write beads here (default: stdout; the summary then goes to stderr)")
    p.add_argument("--format", default="jsonl", choices=["jsonl", "tsv", "beads", "json"],
                   help="jsonl: one bead per line with texts and its entity/quantity/claim links; tsv; "
                        "beads: the .align format [i, ...]:[j, ...]:score; json: the whole annotated pair (lossless)")
    p.add_argument("--no-annotate", action="store_true",
                   help="align only: skip entities, quantities, claims and their cross-language links (faster)")
    p.add_argument("--no-cache", action="store_true", help="do not read or write the embedding cache")
    p.add_argument("--quiet", action="store_true", help="no summary")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Align and write."""
    from align.aligner import align_documents
    from align.embed import CachedEmbedder, get_embedder

    src = load_document(args.src, args.src_lang, args.presegmented)
    tgt = load_document(args.tgt, args.tgt_lang, args.presegmented)
    embedder = get_embedder(args.model)
    if not args.no_cache:
        embedder = CachedEmbedder(embedder)
    bitext = align_documents(src, tgt, embedder=embedder, max_bead=args.max_bead)
    if not args.no_annotate:
        annotate(bitext)
    if args.out:
        with open(args.out, "w", encoding="utf-8") as fh:
            write_beads(bitext, fh, args.format)
        summary_out = sys.stdout
    else:
        write_beads(bitext, sys.stdout, args.format)
        summary_out = sys.stderr
    if not args.quiet:
        summary_out.write(summary(bitext))
    return 0


def annotate(bitext: Bitext) -> Bitext:
    """Entities, quantities and claims on both sides, linked across the beads."""
    from align.claims import extract_claims, link_claims
    from align.entities import annotate_bitext

    annotate_bitext(bitext)
    extract_claims(bitext.src)
    extract_claims(bitext.tgt)
    return link_claims(bitext)


#: link layer -> the document layer its indices point into
_LINK_LAYERS = {"entity": "entities", "quantity": "quantities", "claim": "claims"}


def describe_link(bitext: Bitext, link: Link) -> dict:
    """A link with the text and label (or claim type) of both items; ``None`` for an unpaired side."""

    def item(doc: Document, index: int | None) -> dict | None:
        if index is None:
            return None
        ann = getattr(doc, _LINK_LAYERS[link.layer])[index]
        label = getattr(ann, "label", None) or getattr(ann, "type", None) or getattr(ann, "kind", "")
        return {"text": doc.text[ann.start : ann.end], "label": label}

    return {"layer": link.layer, "src": item(bitext.src, link.src), "tgt": item(bitext.tgt, link.tgt),
            "score": round(link.score, 4), "note": link.note}


def bead_texts(bitext: Bitext, index: int) -> tuple[str, str]:
    """Source and target text of bead ``index`` (sentences joined by the language's separator)."""
    from align.aligner.windows import joiner

    bead = bitext.beads[index]
    src = joiner(bitext.src.lang).join(bitext.src.sentence_text(i) for i in bead.src)
    tgt = joiner(bitext.tgt.lang).join(bitext.tgt.sentence_text(j) for j in bead.tgt)
    return src, tgt


def write_beads(bitext: Bitext, out: TextIO, fmt: str) -> None:
    """Write the beads as jsonl, tsv or .align lines."""
    from align.evaluate import format_bead

    if fmt == "json":
        out.write(json.dumps(bitext.to_dict(), ensure_ascii=False) + "\n")
        return
    links_of: dict[int, list[Link]] = {}
    for link in bitext.links:
        links_of.setdefault(link.bead, []).append(link)
    if fmt == "tsv":
        out.write("src\ttgt\tkind\tscore\tconfidence\tsrc_text\ttgt_text\n")
    for k, bead in enumerate(bitext.beads):
        if fmt == "beads":
            out.write(format_bead(bead.src, bead.tgt, bead.score) + "\n")
            continue
        src_text, tgt_text = bead_texts(bitext, k)
        if fmt == "jsonl":
            out.write(json.dumps({"src": bead.src, "tgt": bead.tgt, "kind": bead.kind, "score": bead.score,
                                  "confidence": bead.confidence, "src_text": src_text, "tgt_text": tgt_text,
                                  "links": [describe_link(bitext, link) for link in links_of.get(k, [])]},
                                 ensure_ascii=False) + "\n")
        else:
            ids = [",".join(map(str, bead.src)), ",".join(map(str, bead.tgt))]
            cells = [*ids, bead.kind, f"{bead.score:.4f}", f"{bead.confidence:.4f}", _flat(src_text), _flat(tgt_text)]
            out.write("\t".join(cells) + "\n")


def _flat(text: str) -> str:
    return text.replace("\t", " ").replace("\n", " ")


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _clip(text: str, width: int) -> str:
    """Cut ``text`` to ``width`` display columns (CJK characters take two) and pad it."""
    text = _flat(text)
    if _width(text) <= width:
        return text + " " * (width - _width(text))
    out, used = [], 0
    for ch in text:
        w = 2 if unicodedata.east_asian_width(ch) in "WF" else 1
        if used + w > width - 1:
            break
        out.append(ch)
        used += w
    return "".join(out) + "…" + " " * (width - used - 1)


def summary(bitext: Bitext, column: int = 56) -> str:
    """Side-by-side text for a reviewer: problems first, then every bead."""
    beads = bitext.beads
    kinds: dict[str, int] = {}
    for b in beads:
        kinds[b.kind] = kinds.get(b.kind, 0) + 1
    meta = bitext.meta.get("aligner", {})
    lines = [f"{len(bitext.src.sentences)} {bitext.src.lang} sentences, {len(bitext.tgt.sentences)} {bitext.tgt.lang} sentences, "
             f"{len(beads)} beads ({', '.join(f'{k}: {v}' for k, v in sorted(kinds.items()))})",
             f"model {meta.get('model', '?')}; embed {meta.get('embed_seconds', 0):.2f} s, align {meta.get('align_seconds', 0):.2f} s"]

    def row(k: int) -> str:
        b = beads[k]
        src_text, tgt_text = bead_texts(bitext, k)
        ids = f"{','.join(map(str, b.src)) or '-'}:{','.join(map(str, b.tgt)) or '-'}"
        return f"{ids:>11} {b.kind:>3} {b.confidence:4.2f} | {_clip(src_text, column)} | {_clip(tgt_text, column)}"

    nulls = [k for k, b in enumerate(beads) if not b.src or not b.tgt]
    lines.append("")
    lines.append(f"== omissions (1-0) and additions (0-1): {len(nulls)}")
    lines.extend(row(k) for k in nulls)
    weakest = sorted((k for k, b in enumerate(beads) if b.src and b.tgt), key=lambda k: beads[k].confidence)[:WEAKEST]
    lines.append("")
    lines.append(f"== weakest {len(weakest)} beads (lowest confidence)")
    lines.extend(row(k) for k in weakest)
    lines.append("")
    lines.append("== alignment")
    lines.extend(row(k) for k in range(len(beads)))
    return "\n".join(lines) + "\n"
