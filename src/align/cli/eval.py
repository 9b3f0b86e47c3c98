"""``align eval --gold DIR --pred DIR``: strict/lax P/R/F1 and null-bead precision/recall of .align files."""

from __future__ import annotations

import argparse
import json
import os
import sys

from align.errors import InputError
from align.evaluate import format_table, paired_files, read_alignment, score


def register(sub: argparse._SubParsersAction) -> None:
    """Add the ``eval`` command."""
    p = sub.add_parser("eval", help="score predicted sentence alignments against gold",
                       description="Score every <doc>.align in --gold against the same file name in --pred "
                                   "(same metric as shared/data/score_alignments.py, plus null-bead precision).")
    p.add_argument("--gold", required=True, help="folder of gold .align files")
    p.add_argument("--pred", required=True, help="folder of predicted .align files (same names)")
    p.add_argument("--ext", default=".align", help="file extension (default: .align)")
    p.add_argument("--json", action="store_true", help="print the scores as JSON instead of the table")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Score and print."""
    for folder in (args.gold, args.pred):
        if not os.path.isdir(folder):
            raise InputError(f"not a folder: {folder}")
    gold, pred = paired_files(args.gold, args.pred, args.ext)
    if not gold:
        raise InputError(f"no *{args.ext} files in {args.gold}")
    missing = [p for p in pred if not os.path.exists(p)]
    if missing:
        raise InputError(f"{len(missing)} prediction file(s) missing, e.g. {missing[0]}")
    try:
        result = score([read_alignment(f) for f in gold], [read_alignment(f) for f in pred])
    except ValueError as exc:
        raise InputError(str(exc)) from exc
    if args.json:
        json.dump(result, sys.stdout, indent=2)
        sys.stdout.write("\n")
    else:
        print(format_table(result))
    return 0
