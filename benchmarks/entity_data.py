"""Dev documents as Bitexts with gold beads, for the entity benchmark and the gold pre-fill.

The aligner is not needed here: the gold ``.align`` file gives the beads, so
entity linking is measured on its own.
"""

from __future__ import annotations

import ast
import csv
import os
from pathlib import Path

from align.model import Bead, Bitext
from align.segment import sentences_from_lines

#: ../shared/data/dev beside the checkout, or $ALIGN_EVAL_DATA/dev.
DATA = Path(os.environ.get("ALIGN_EVAL_DATA", Path(__file__).resolve().parents[2] / "shared" / "data")) / "dev"


def read_beads(path: Path) -> list[tuple[list[int], list[int]]]:
    """Gold beads ``(en ids, ja ids)`` of a ``.align`` file."""
    beads = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            en, ja = line.split(":")[:2]
            beads.append((ast.literal_eval(en), ast.literal_eval(ja)))
    return beads


def direction(set_name: str, doc: str) -> str:
    """``en->ja`` or ``ja->en`` from the set's docs.tsv."""
    with open(DATA / set_name / "docs.tsv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            if row["doc_id"] == doc:
                return row["direction"]
    return "en->ja"


def load_bitext(doc_key: str) -> Bitext:
    """``"ntrex128/bbc.381790"`` → a Bitext (source side first) with the gold beads, not yet annotated."""
    set_name, doc = doc_key.split("/", 1)
    base = DATA / set_name / doc
    en = sentences_from_lines(Path(f"{base}.en").read_text(encoding="utf-8").splitlines(), "en")
    ja = sentences_from_lines(Path(f"{base}.ja").read_text(encoding="utf-8").splitlines(), "ja")
    beads = read_beads(Path(f"{base}.align"))
    if direction(set_name, doc) == "ja->en":
        return Bitext(ja, en, [Bead(j, e) for e, j in beads], meta={"doc": doc_key})
    return Bitext(en, ja, [Bead(e, j) for e, j in beads], meta={"doc": doc_key})
