"""Thresholds of the statistical checks, measured on clean dev data.

Fixed percentages ("flag a translation 30 % shorter") ignore that Japanese
needs about half the characters of English and that short sentences vary
more. Here the length model and the similarity floor are fitted on gold 1-1
beads of the clean dev sets (only even-numbered documents, so the odd ones
stay unseen for the benchmark), and shipped as ``data/calibration.json``.

Regenerate with ``python -m align.qa.calibration /path/to/shared/data/dev``.
"""

from __future__ import annotations

import json
import math
import sys
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

CALIBRATION_FILE = Path(__file__).with_name("data") / "calibration.json"
#: Clean news-like sets the thresholds are fitted on (dialogues and
#: encyclopedic sets translate more freely and would loosen them).
CALIBRATION_SETS = ("ntrex128", "wmt21-news", "wmt22-general", "flores200-devtest")
#: Characters added to both lengths: damps the ratio of very short segments.
SMOOTHING = 12.0
#: Share of clean beads a statistical check may flag (its false-alarm budget).
FALSE_ALARM_RATE = 0.002
#: Weight of the length z-score in the partial-omission score (chosen on the
#: calibration half with injected clause deletions: 0.03 beat 0, 0.01, 0.02, 0.05).
PARTIAL_LENGTH_WEIGHT = 0.03
#: Weight of the gloss shortfall of a unit (:func:`align.qa.clauses.gloss_shortfall`) added to its similarity gain
#: for English sources. Chosen on the first 40 even documents per set with one injected clause deletion each
#: (benchmarks/qa_partial_curve.py): 0.2 with a prior of 8 words beat 0.1-0.4 with priors of 4 and 16.
PARTIAL_LEXICAL_WEIGHT = 0.2
#: The partial-omission score is sharper than length or bead similarity
#: (1 clean false alarm in 48 benchmark documents at 0.002), so it gets a larger share.
PARTIAL_FALSE_ALARM_RATE = 0.005


def log_length_ratio(src: str, tgt: str) -> float:
    """``log((len(tgt)+c) / (len(src)+c))`` on non-space characters."""
    a = len("".join(src.split())) + SMOOTHING
    b = len("".join(tgt.split())) + SMOOTHING
    return math.log(b / a)


@lru_cache(maxsize=4)
def load_calibration(path: str | None = None) -> dict[str, Any]:
    """The shipped calibration (``src_lang-tgt_lang`` keys)."""
    return json.loads(Path(path or CALIBRATION_FILE).read_text(encoding="utf-8"))


def pair_stats(src_lang: str, tgt_lang: str) -> dict[str, Any] | None:
    """Length and similarity statistics for this language direction, or ``None``."""
    cal = load_calibration()["pairs"]
    key = f"{src_lang}-{tgt_lang}"
    if key in cal:
        out = json.loads(json.dumps(cal[key]))
        out.pop("partial_reverse", None)
        return out
    rev = cal.get(f"{tgt_lang}-{src_lang}")
    if rev is None:
        return None
    out = json.loads(json.dumps(rev))
    out["length"]["center"] = -rev["length"]["center"]
    out["length"]["low"], out["length"]["high"] = -rev["length"]["high"], -rev["length"]["low"]
    # the partial-omission threshold depends on which side is split into clauses: use the one fitted that way round
    out.pop("partial", None)
    if "partial_reverse" in out:
        out["partial"] = out.pop("partial_reverse")
    return out


def calibrate(dev_dir: str | Path) -> dict[str, Any]:
    """Fit the length model and similarity floor on clean gold 1-1 beads."""
    from align.lexicon import lexicon_digest
    from align.qa.clauses import MIN_SOURCE_CHARS, glossed_words, leave_one_out, unit_scores
    from align.qa.embedding import cosine_pairs, model_id
    from align.qa.gold import dev_doc_ids, load_gold_bitext

    ratios: list[float] = []
    cosines: list[float] = []
    partial_ja: list[tuple[float, float]] = []
    long_en: list[list[tuple[str, str]]] = []  # per document: scored once the glossed share is known
    docs = 0
    for name in CALIBRATION_SETS:
        for k, doc_id in enumerate(dev_doc_ids(Path(dev_dir) / name)):
            if k % 2:
                continue  # odd documents are the benchmark's held-out half
            bt = load_gold_bitext(Path(dev_dir) / name, doc_id)
            pairs = [(bt.src.sentence_text(b.src[0]), bt.tgt.sentence_text(b.tgt[0])) for b in bt.beads if b.kind == "1-1"]
            ratios += [log_length_ratio(s, t) for s, t in pairs]
            cosines += [float(c) for c in cosine_pairs([s for s, _ in pairs], [t for _, t in pairs])]
            long_en.append([(s, t) for s, t in pairs if len(s) >= MIN_SOURCE_CHARS["en"]])
            # the same beads read the other way (a Japanese source reviewed against its English translation)
            long_ja = [(t, s) for s, t in pairs if len(t) >= MIN_SOURCE_CHARS["ja"]]
            partial_ja += [(gain, log_length_ratio(s, t)) for (s, t), (gain, _c) in zip(long_ja, leave_one_out(long_ja, "ja"), strict=True)]
            docs += 1
    # share of English content words (names aside) whose stems a clean translation's glosses have
    marks = [g for doc in long_en for s, t in doc for _a, _b, g in glossed_words(s, t) if g is not None]
    glossed_share = float(np.mean(marks))
    partial = [(gain, log_length_ratio(s, t)) for doc in long_en
               for (s, t), (gain, _c) in zip(doc, unit_scores(doc, "en", PARTIAL_LEXICAL_WEIGHT, glossed_share), strict=True)]
    r, c = np.array(ratios), np.array(cosines)
    q = FALSE_ALARM_RATE / 2
    center, sd = float(np.median(r)), float(np.std(r))
    p_scores = np.array([g - PARTIAL_LENGTH_WEIGHT * (lr - center) / sd for g, lr in partial])
    # ja→en ratios are the negated en→ja ones, so their centre is -center (same spread)
    p_scores_ja = np.array([g - PARTIAL_LENGTH_WEIGHT * (lr + center) / sd for g, lr in partial_ja])
    return {
        "created": datetime.now(UTC).strftime("%Y-%m-%d"),
        "data": {
            "sets": list(CALIBRATION_SETS),
            "documents": docs,
            "beads": len(r),
            "selection": "even-numbered dev documents, gold 1-1 beads",
        },
        "embedder": model_id(),
        "false_alarm_rate": FALSE_ALARM_RATE,
        "pairs": {
            "en-ja": {
                "length": {
                    "smoothing": SMOOTHING,
                    "center": center,
                    "low": float(np.quantile(r, q)),
                    "high": float(np.quantile(r, 1 - q)),
                    "sd": sd,
                },
                "cosine": {
                    "median": float(np.median(c)),
                    "floor": float(np.quantile(c, FALSE_ALARM_RATE)),
                    "p01": float(np.quantile(c, 0.01)),
                    "p05": float(np.quantile(c, 0.05)),
                },
                "partial": {
                    "threshold": float(np.quantile(p_scores, 1 - PARTIAL_FALSE_ALARM_RATE)),
                    "length_weight": PARTIAL_LENGTH_WEIGHT,
                    "lexical_weight": PARTIAL_LEXICAL_WEIGHT,
                    "glossed_share": glossed_share,
                    "lexicon_sha256": lexicon_digest(),
                    "false_alarm_rate": PARTIAL_FALSE_ALARM_RATE,
                    "beads": len(p_scores),
                },
                "partial_reverse": {
                    "threshold": float(np.quantile(p_scores_ja, 1 - PARTIAL_FALSE_ALARM_RATE)),
                    "length_weight": PARTIAL_LENGTH_WEIGHT,
                    "false_alarm_rate": PARTIAL_FALSE_ALARM_RATE,
                    "beads": len(p_scores_ja),
                    "source": "ja",
                },
            }
        },
    }


def main(argv: list[str] | None = None) -> int:
    """Write ``data/calibration.json`` from the dev folder given as argument."""
    args = argv if argv is not None else sys.argv[1:]
    if len(args) != 1:
        print("usage: python -m align.qa.calibration DEV_DIR", file=sys.stderr)
        return 2
    cal = calibrate(args[0])
    CALIBRATION_FILE.parent.mkdir(exist_ok=True)
    CALIBRATION_FILE.write_text(json.dumps(cal, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(json.dumps(cal, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
