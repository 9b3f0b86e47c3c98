"""Bitexts from the dev data's gold alignments (``<doc>.en/.ja/.align``).

QA checks, their calibration, the injection benchmark and the tests all need
a correct alignment to start from; the gold ``.align`` files give one without
depending on the aligner. The English side is the source, as in the files, unless a caller asks
for the reverse direction.
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


def load_gold_bitext(set_dir: str | Path, doc_id: str, source: str = "en") -> Bitext:
    """Bitext of one dev document with its gold beads: English→Japanese, or Japanese→English with ``source="ja"``.

    The reverse direction is how a reviewer of a Japanese original and its English translation sees the
    same pair; the ja→en checks are calibrated and measured on it.
    """
    if source not in ("en", "ja"):
        raise ValueError(f"source must be 'en' or 'ja', not {source!r}")
    base = Path(set_dir) / doc_id
    en = sentences_from_lines(base.with_name(doc_id + ".en").read_text(encoding="utf-8").splitlines(), "en")
    ja = sentences_from_lines(base.with_name(doc_id + ".ja").read_text(encoding="utf-8").splitlines(), "ja")
    beads = [parse_align_line(x) for x in base.with_name(doc_id + ".align").read_text(encoding="utf-8").splitlines() if x.strip()]
    meta = {"set": Path(set_dir).name, "doc": doc_id}
    if source == "ja":
        flipped = [Bead(src=b.tgt, tgt=b.src, score=b.score, confidence=b.confidence) for b in beads]
        return Bitext(src=ja, tgt=en, beads=flipped, meta=meta)
    return Bitext(src=en, tgt=ja, beads=beads, meta=meta)


def dev_doc_ids(set_dir: str | Path) -> list[str]:
    """Document ids of a dev set, sorted."""
    return sorted(p.name[: -len(".align")] for p in Path(set_dir).glob("*.align"))
