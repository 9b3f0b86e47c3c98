"""Gold-set plumbing shared by ``models/claims/train.py`` and ``benchmarks/claims.py``.

Both must build the classifier input exactly as :func:`align.claims.extract.claims_for`
does at run time (same analyzers, same embedding, same feature order), so the
construction lives here once.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from align.claims import classifier as clf
from align.claims.analysis import SentenceAnalysis
from align.claims.extract import analyze_sentences

GOLD_DIR = Path(__file__).resolve().parents[3] / "corpus" / "claims-gold"
#: The development parts the rules were first written from: heldout.jsonl and heldout2.jsonl were held out until each had
#: been scored twice, heldout3.jsonl, heldout4.jsonl and heldout5.jsonl until each had been scored once, heldout6.jsonl until
#: it had been scored twice (with the rules before and after the type round); their errors then guided rule rounds, so they
#: are development data now (benchmarks/RESULTS.md, section "claims", tells the history).
OLD_DEVELOPMENT = ("gold", "dev2", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6")
#: Training parts annotated by people who never saw the extractor (wider genres: sports, reviews, lifestyle, regional
#: Japanese-original news); a frequency-driven rule round read their errors, so they are development data too.
TRAIN_PARTS = ("train_a", "train_b", "train_c", "train_d", "train_e")
#: Development gold: what the rules were written from and the classifier is trained on, by part.
DEVELOPMENT_PARTS = {name: GOLD_DIR / f"{name}.jsonl" for name in (*OLD_DEVELOPMENT, *TRAIN_PARTS)}
DEVELOPMENT = tuple(DEVELOPMENT_PARTS.values())
#: The held-out gold: annotated by someone else without running or reading the extractor, while the detection-precision
#: round that read heldout6 ran; scored once by the lead with the claim code of that round (``benchmarks/claims.py
#: --heldout7``). Never read while developing; write a new blind set before a round reads it.
HELDOUT = GOLD_DIR / "heldout7.jsonl"


def document_halves(rows: list[dict], parts: list[str]) -> list[str]:
    """"even" or "odd" per row: the documents of every part sorted by name and dealt alternately (both languages of a
    document in the same half). The round that read heldout5 decided every rule change on the even half and kept it only
    when it also helped on the odd half, so the odd half's change is the honest estimate of what a rule change transfers."""
    docs: dict[str, list[str]] = {}
    for r, p in zip(rows, parts, strict=True):
        docs.setdefault(p, [])
        if r["doc"] not in docs[p]:
            docs[p].append(r["doc"])
    rank = {(p, d): i for p, ds in docs.items() for i, d in enumerate(sorted(ds))}
    return ["even" if rank[(p, r["doc"])] % 2 == 0 else "odd" for r, p in zip(rows, parts, strict=True)]


def gold_rows(paths: tuple[Path, ...] = DEVELOPMENT) -> list[dict]:
    """The gold records (one per document, language and sentence) of ``paths``."""
    rows: list[dict] = []
    for path in paths:
        with open(path, encoding="utf-8") as fh:
            rows.extend(json.loads(line) for line in fh if line.strip())
    return rows


def label(row: dict) -> str:
    """Classifier label of a gold row."""
    return row["type"] or "none"


def analyses_for(rows: list[dict]) -> list[SentenceAnalysis]:
    """Cue analyses for the gold rows, in row order (one batch per language)."""
    out: list[SentenceAnalysis | None] = [None] * len(rows)
    for lang in ("en", "ja"):
        idx = [i for i, r in enumerate(rows) if r["lang"] == lang]
        for i, a in zip(idx, analyze_sentences([rows[i]["text"] for i in idx], lang), strict=True):
            out[i] = a
    return [a for a in out if a is not None]


def matrix(rows: list[dict], analyses: list[SentenceAnalysis], vectors: np.ndarray | None = None) -> np.ndarray:
    """The classifier design matrix for the gold rows."""
    if vectors is None:
        vectors = clf.embed([r["text"] for r in rows])
    return clf.design_matrix(vectors, analyses, [r["lang"] for r in rows])
