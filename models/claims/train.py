"""Train the claim classifier on the whole gold set and write ``claim_classifier.npz``.

    OMP_NUM_THREADS=1 .venv/bin/python models/claims/train.py

The held-out quality of this recipe is measured by ``benchmarks/claims.py``
(leave-one-document-out: the model that scores a document never saw it, in
either language); see DATA_CARD.md.
"""

from __future__ import annotations

from pathlib import Path

from align.claims import classifier as clf
from align.claims.training import analyses_for, gold_rows, label, matrix


def main() -> None:
    """Fit on every gold sentence and save next to this script."""
    rows = gold_rows()
    X = matrix(rows, analyses_for(rows))
    model = clf.fit(X, [label(r) for r in rows])
    out = Path(__file__).resolve().parent / clf.MODEL_FILE
    model.save(out)
    print(f"trained on {len(rows)} sentences, {X.shape[1]} features -> {out}")


if __name__ == "__main__":
    main()
