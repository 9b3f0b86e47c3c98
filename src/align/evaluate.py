"""Sentence-alignment evaluation: the .align bead format and strict/lax P/R/F1.

The metric is the one of shared/data/score_alignments.py (Vecalign/Bertalign
scripts): strict = exact bead match; lax = a non-exact hypothesis bead still
counts when some of its source sentences are gold-linked to one of its target
sentences; 1-0/0-1 beads count in precision but are dropped from recall; counts
are micro-summed over documents. On top of it we report null-bead precision as
well as recall, because omissions/additions are what a translation reviewer
needs and the published metric hides them. ``format_table`` prints exactly
what the reference script prints (tested), followed by the null-bead precision.
"""

from __future__ import annotations

import os
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

BeadIds = tuple[tuple[int, ...], tuple[int, ...]]

_BEAD = re.compile(r"^\s*\[([0-9,\s]*)\]\s*:\s*\[([0-9,\s]*)\]")


def parse_bead(line: str) -> BeadIds:
    """``"[1, 2]:[3]"`` (optionally ``:score``) -> ((1, 2), (3,))."""
    match = _BEAD.match(line)
    if not match:
        raise ValueError(f"not an alignment bead: {line!r}")
    return _ids(match.group(1)), _ids(match.group(2))


def _ids(text: str) -> tuple[int, ...]:
    return tuple(int(x) for x in text.split(",") if x.strip())


def read_alignment(path: str | os.PathLike[str]) -> list[BeadIds]:
    """Beads of one .align file (blank lines skipped)."""
    with open(path, encoding="utf-8") as fh:
        return [parse_bead(line) for line in fh if line.strip()]


def format_bead(src: Sequence[int], tgt: Sequence[int], score: float | None = None) -> str:
    """One .align line; Vecalign style ``[0, 1]:[2]`` plus an optional ``:score``."""
    text = f"[{', '.join(map(str, src))}]:[{', '.join(map(str, tgt))}]"
    return text if score is None else f"{text}:{score:.6f}"


def write_alignment(path: str | os.PathLike[str], beads: Iterable[BeadIds]) -> None:
    """Write beads in the .align format."""
    with open(path, "w", encoding="utf-8") as fh:
        for src, tgt in beads:
            fh.write(format_bead(src, tgt) + "\n")


@dataclass(slots=True)
class _Counts:
    strict_tp: int = 0
    strict_fp: int = 0
    lax_tp: int = 0
    lax_fp: int = 0

    def add(self, other: _Counts) -> None:
        self.strict_tp += other.strict_tp
        self.strict_fp += other.strict_fp
        self.lax_tp += other.lax_tp
        self.lax_fp += other.lax_fp


def _match(reference: Iterable[BeadIds], hypothesis: Iterable[BeadIds]) -> _Counts:
    """Precision-side counts of ``hypothesis`` against ``reference`` (both-empty beads ignored)."""
    ref = {b for b in reference if b[0] or b[1]}
    hyp = {b for b in hypothesis if b[0] or b[1]}
    linked: dict[int, set[int]] = defaultdict(set)
    for src, tgt in ref:
        for s in src:
            linked[s].update(tgt)
    counts = _Counts()
    for src, tgt in hyp:
        if (src, tgt) in ref:
            counts.strict_tp += 1
            counts.lax_tp += 1
            continue
        counts.strict_fp += 1
        targets: set[int] = set()
        for s in src:
            targets |= linked[s]
        if targets & set(tgt):
            counts.lax_tp += 1
        else:
            counts.lax_fp += 1
    return counts


def _is_null(bead: BeadIds) -> bool:
    return bool(bead[0]) != bool(bead[1])


def score(gold_docs: Sequence[Sequence[BeadIds]], test_docs: Sequence[Sequence[BeadIds]]) -> dict[str, dict[str, float]]:
    """Strict/lax P/R/F1 micro-averaged over documents, plus null-bead counts, precision and recall."""
    if len(gold_docs) != len(test_docs):
        raise ValueError("different number of gold and test documents")
    prec, rec = _Counts(), _Counts()
    null_gold = null_found = null_predicted = 0
    for gold, test in zip(gold_docs, test_docs, strict=True):
        prec.add(_match(gold, test))
        rec.add(_match([b for b in test if b[0] and b[1]], [b for b in gold if b[0] and b[1]]))
        gold_null = {b for b in gold if _is_null(b)}
        test_null = {b for b in test if _is_null(b)}
        null_gold += len(gold_null)
        null_predicted += len(test_null)
        null_found += len(gold_null & set(test))
    out: dict[str, dict[str, float]] = {}
    for name, tp, fp, rtp, rfp in (("strict", prec.strict_tp, prec.strict_fp, rec.strict_tp, rec.strict_fp),
                                   ("lax", prec.lax_tp, prec.lax_fp, rec.lax_tp, rec.lax_fp)):
        p, r = _ratio(tp, fp), _ratio(rtp, rfp)
        out[name] = {"precision": p, "recall": r, "f1": _f1(p, r)}
    out["null_beads"] = {
        "gold": null_gold,
        "found": null_found,
        "predicted": null_predicted,
        "precision": null_found / null_predicted if null_predicted else 0.0,
        "recall": null_found / null_gold if null_gold else 0.0,
    }
    return out


def _ratio(tp: int, fp: int) -> float:
    return tp / (tp + fp) if tp + fp else 0.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def format_table(result: dict[str, dict[str, float]], null_precision: bool = True) -> str:
    """The reference scorer's table (byte-identical), then our null-bead precision line."""
    rows = [" ---------------------------------", "|             |  Strict |    Lax  |"]
    for key, label in (("precision", "Precision"), ("recall", "Recall"), ("f1", "F1")):
        rows.append(f"| {label:<11} |  {result['strict'][key]:6.3f} |  {result['lax'][key]:6.3f} |")
    rows.append(" ---------------------------------")
    nb = result.get("null_beads")
    if nb and nb["gold"]:
        found, gold = nb["found"], nb["gold"]
        rows.append(f"null-bead recall (gold 1-0/0-1 beads found exactly): {found}/{gold} = {found / gold:.3f}")
    if null_precision and nb and nb.get("predicted"):
        found, predicted = nb["found"], nb["predicted"]
        rows.append(f"null-bead precision (predicted 1-0/0-1 beads that are gold): {found}/{predicted} = {found / predicted:.3f}")
    return "\n".join(rows)


def paired_files(gold_dir: str | os.PathLike[str], pred_dir: str | os.PathLike[str], ext: str = ".align") -> tuple[list[str], list[str]]:
    """Gold files in ``gold_dir`` and the same names in ``pred_dir`` (as the reference script pairs them)."""
    names = sorted(f for f in os.listdir(gold_dir) if f.endswith(ext))
    return [os.path.join(gold_dir, f) for f in names], [os.path.join(pred_dir, f) for f in names]


def score_dirs(gold_dir: str | os.PathLike[str], pred_dir: str | os.PathLike[str], ext: str = ".align") -> dict[str, dict[str, float]]:
    """Score every ``*.align`` in ``gold_dir`` against the same file name in ``pred_dir``."""
    gold, pred = paired_files(gold_dir, pred_dir, ext)
    return score([read_alignment(f) for f in gold], [read_alignment(f) for f in pred])
