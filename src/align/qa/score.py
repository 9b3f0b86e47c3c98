"""MQM-style summary of a run: penalty points per 1,000 characters of the translation.

MQM weighs minor/major/critical errors 1/5/25 and normalizes by text
length; Japanese has no words to count, so the length unit is 1,000
characters of the translation (whitespace excluded), and the score is
``100 − penalty per 1,000 characters`` (floored at 0).
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from align.model import Document
from align.qa.base import SEVERITY_WEIGHTS, Finding
from align.qa.jatext import body_sentences


def translated_chars(doc: Document) -> int:
    """Non-space characters of the translated body text (metadata tails excluded)."""
    return sum(len("".join(doc.text[s:e].split())) for _i, s, e in body_sentences(doc))


def summarize(findings: list[Finding], doc: Document) -> dict[str, Any]:
    """Counts by severity/category/check, penalty points and the per-1,000-character score."""
    chars = translated_chars(doc)
    penalty = sum(SEVERITY_WEIGHTS[f.severity] for f in findings)
    per_k = penalty * 1000 / chars if chars else 0.0
    return {
        "findings": len(findings),
        "characters": chars,
        "penalty": penalty,
        "penalty_per_1000_chars": round(per_k, 2),
        "score": round(max(0.0, 100.0 - per_k), 2),
        "weights": dict(SEVERITY_WEIGHTS),
        "by_severity": dict(Counter(f.severity for f in findings)),
        "by_category": dict(Counter(f.category for f in findings)),
        "by_check": dict(Counter(f.check for f in findings)),
    }
