"""Fit the bead-confidence calibration (logistic regression) on half of the dev documents.

Each dev document goes to the fitting half or the reporting half by a hash of
its name (benchmarks/alignment.py: is_calibration_doc), so the reliability
table in RESULTS.md is measured on documents the fit never saw. Label = the
bead is exactly in the gold alignment. Only dev data is used.

Writes src/align/aligner/calibration.json (what the package loads) and the
same record to models/aligner/calibration.json.

    OMP_NUM_THREADS=1 .venv/bin/python benchmarks/fit_calibration.py
"""

from __future__ import annotations

import json
import sys
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression

sys.path.insert(0, str(Path(__file__).parent))
from align.aligner import AlignerConfig
from align.aligner.api import default_embedder, document_side
from align.aligner.confidence import CALIBRATION_FILE, FEATURES, bead_features
from align.aligner.core import align_sides
from align.evaluate import read_alignment
from align.segment import sentences_from_lines
from alignment import DATA, is_calibration_doc, languages, read_lines, set_dir

ROOT = Path(__file__).resolve().parents[1]


def collect(cfg: AlignerConfig) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Features, labels and fit-half mask for every bead the aligner produces on every dev set."""
    emb = default_embedder()
    xs, ys, fit = [], [], []
    for name in sorted(p.name for p in (DATA / "dev").iterdir() if p.is_dir()):
        folder = set_dir(name)
        sl, tl = languages(name)
        for gold_path in sorted(folder.glob("*.align")):
            doc = gold_path.name[: -len(".align")]
            src = document_side(sentences_from_lines(read_lines(folder / f"{doc}.{sl}"), sl), emb, cfg.max_bead)
            tgt = document_side(sentences_from_lines(read_lines(folder / f"{doc}.{tl}"), tl), emb, cfg.max_bead)
            raw = align_sides(src, tgt, cfg)
            gold = set(read_alignment(gold_path))
            xs.append(bead_features(raw.beads))
            ys.extend((tuple(b.src), tuple(b.tgt)) in gold for b in raw.beads)
            fit.extend([is_calibration_doc(name, doc)] * len(raw.beads))
        print(name, len(ys), flush=True)
    return np.vstack(xs), np.asarray(ys, dtype=bool), np.asarray(fit, dtype=bool)


def main() -> int:
    """Fit, report held-out reliability, write the JSON."""
    cfg = AlignerConfig()
    x, y, fit = collect(cfg)
    model = LogisticRegression(C=1.0, fit_intercept=False, max_iter=2000)
    model.fit(x[fit], y[fit])
    coef = model.coef_[0]
    p = 1 / (1 + np.exp(-(x[~fit] @ coef)))
    held_y = y[~fit]
    top = p >= 0.9
    rows = []
    for lo, hi in ((0, 0.5), (0.5, 0.7), (0.7, 0.9), (0.9, 0.95), (0.95, 0.99), (0.99, 1.01)):
        sel = (p >= lo) & (p < hi)
        if sel.any():
            rows.append({"bin": [lo, min(hi, 1.0)], "beads": int(sel.sum()), "mean_confidence": float(p[sel].mean()),
                         "fraction_correct": float(held_y[sel].mean())})
    record = {
        "features": list(FEATURES),
        "coefficients": [round(float(c), 6) for c in coef],
        "note": "Logistic regression (sklearn, C=1, no separate intercept: the 'bias' feature) of P(bead exactly in gold) "
                "fitted by benchmarks/fit_calibration.py on the dev documents whose sha256('set/doc')[0] is even, all "
                "shared/data/dev sets, presegmented, default AlignerConfig and USE-m3; reliability on the other half.",
        "fitted": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "aligner_config": cfg.to_dict(),
        "fit_beads": int(fit.sum()),
        "heldout_beads": int((~fit).sum()),
        "heldout_reliability": rows,
        "heldout_precision_at_0.9": float(held_y[top].mean()) if top.any() else None,
        "heldout_share_at_0.9": float(top.mean()),
    }
    text = json.dumps(record, indent=2) + "\n"
    CALIBRATION_FILE.write_text(text, encoding="utf-8")
    (ROOT / "models" / "aligner").mkdir(parents=True, exist_ok=True)
    (ROOT / "models" / "aligner" / "calibration.json").write_text(text, encoding="utf-8")
    print(json.dumps({k: record[k] for k in ("heldout_reliability", "heldout_precision_at_0.9", "heldout_share_at_0.9")}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
