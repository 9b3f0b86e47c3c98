"""Bitexts from the dev data's gold alignments (``<doc>.en/.ja/.align``).

QA checks, their calibration, the injection benchmark and the tests all need
a correct alignment to start from; the gold ``.align`` files give one without
depending on the aligner. The English side is the source, as in the files.
"""

from __future__ import annotations

import ast
from pathlib import Path

from align.model import Bead, Bitext
from align.segment import sentences_from_lines


def parse_align_line(line: str) -> Bead:
    """``"[1, 2]:[3]"`` → ``Bead(src=[1, 2], tgt=[3])`` (English ids first)."""
    left, right = line.strip().split(":")
    return Bead(src=list(ast.literal_eval(left)), tgt=list(ast.literal_eval(right)), score=1.0, confidence=1.0)


def load_gold_bitext(set_dir: str | Path, doc_id: str) -> Bitext:
    """English→Japanese bitext of one dev document with its gold beads."""
    base = Path(set_dir) / doc_id
    en = base.with_name(doc_id + ".en").read_text(encoding="utf-8").splitlines()
    ja = base.with_name(doc_id + ".ja").read_text(encoding="utf-8").splitlines()
    beads = [parse_align_line(x) for x in base.with_name(doc_id + ".align").read_text(encoding="utf-8").splitlines() if x.strip()]
    return Bitext(
        src=sentences_from_lines(en, "en"), tgt=sentences_from_lines(ja, "ja"), beads=beads, meta={"set": Path(set_dir).name, "doc": doc_id}
    )


def dev_doc_ids(set_dir: str | Path) -> list[str]:
    """Document ids of a dev set, sorted."""
    return sorted(p.name[: -len(".align")] for p in Path(set_dir).glob("*.align"))
