"""Beads whose translation is far shorter or longer than expected for the language pair.

The expected target/source length ratio and its spread are fitted on clean
dev data (:mod:`align.qa.calibration`), so "far" means rarer than the
calibrated false-alarm rate in professional translations, not a fixed
percentage. A much shorter translation is the usual trace of a partial
omission; a much longer one of an addition.
"""

from __future__ import annotations

import math
from collections.abc import Iterator

from align.qa.base import CheckContext, Finding, bead_span, finding, register_check
from align.qa.beadtext import bead_texts
from align.qa.calibration import log_length_ratio, pair_stats

#: Beads shorter than this (source, non-space characters) are too noisy to judge by length.
MIN_SOURCE_CHARS = 25


@register_check("length-ratio", "accuracy/omission", "minor", bilingual=True)
def check_length_ratio(ctx: CheckContext) -> Iterator[Finding]:
    """Translation length outside the calibrated range for this bead's source length."""
    assert ctx.bitext is not None
    bt = ctx.bitext
    stats = pair_stats(bt.src.lang, bt.tgt.lang)
    if stats is None:
        return
    length = stats["length"]
    for i, bead in enumerate(bt.beads):
        if not bead.src or not bead.tgt:
            continue
        src, tgt = bead_texts(bt, i)
        if len("".join(src.split())) < MIN_SOURCE_CHARS:
            continue
        r = log_length_ratio(src, tgt)
        expected = math.exp(length["center"])
        spans = {"src_spans": bead_span(bt.src, bead.src), "tgt_spans": bead_span(bt.tgt, bead.tgt), "bead": i}
        details = {"log_ratio": round(r, 3), "expected_ratio": round(expected, 3), "ratio": round(math.exp(r), 3)}
        if r < length["low"]:
            yield finding(
                "length-ratio",
                f"translation is {math.exp(r - length['center']):.0%} of the expected length: part of the source may be missing",
                **spans,
                details=details,
            )
        elif r > length["high"]:
            yield finding(
                "length-ratio",
                f"translation is {math.exp(r - length['center']):.0%} of the expected length: something may have been added",
                category="accuracy/addition",
                **spans,
                details=details,
            )
