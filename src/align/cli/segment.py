"""``align segment FILE``: print a document's sentences (and tokens)."""

from __future__ import annotations

import argparse
import json
import sys

from align.readers import read_document
from align.segment import segment_document, tokenize_document


def register(sub: argparse._SubParsersAction) -> None:
    """Add the ``segment`` command."""
    p = sub.add_parser("segment", help="split a document into sentences (and tokens)",
                       description="Read FILE (.txt/.md/.html/.docx, any common Japanese encoding) and print "
                                   "its sentences, one per line, with the paragraph kind.")
    p.add_argument("file", help="input document")
    p.add_argument("--lang", default="auto", choices=["auto", "ja", "en"], help="document language (default: detect)")
    p.add_argument("--format", default="text", choices=["text", "json"], help="output format (default: text)")
    p.add_argument("--tokens", action="store_true", help="also tokenize (fugashi for Japanese, spaCy for English)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Segment the file and print it."""
    doc = segment_document(read_document(args.file, lang=args.lang))
    if args.tokens:
        tokenize_document(doc)
    out = sys.stdout
    if args.format == "json":
        json.dump(doc.to_dict(), out, ensure_ascii=False)
        out.write("\n")
        return 0
    tokens = doc.tokens
    t = 0
    for i, sent in enumerate(doc.sentences):
        kind = doc.paragraphs[sent.paragraph].kind
        out.write(f"{i}\t{kind}\t{doc.text[sent.start:sent.end]}\n")
        if args.tokens:
            words = []
            while t < len(tokens) and tokens[t].start < sent.end:
                tok = tokens[t]
                words.append(f"{doc.text[tok.start:tok.end]}/{tok.pos}")
                t += 1
            out.write("\t\t" + " ".join(words) + "\n")
    return 0
