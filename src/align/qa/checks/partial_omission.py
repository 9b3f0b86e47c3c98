"""Partial omission inside a bead: a source clause the translation seems to lack.

Scored by leave-one-clause-out similarity (:mod:`align.qa.clauses`), plus,
for an English source, a weight on the unit's gloss shortfall (how many of its
content words the Japanese→English lexicon finds no gloss for in the
translation), plus a small weight on how much shorter the translation is than
the calibrated length model expects; the threshold is the score that only the calibrated
false-alarm share of clean dev beads exceeds (:mod:`align.qa.calibration`).
Units are the source's clauses (English: punctuation, conjunctions; Japanese:
、-pieces) and the subtrees of clauses and phrases in its parse (spaCy for
English, GiNZA for Japanese), so the check works in both review directions,
each with its own calibrated threshold.
"""

from __future__ import annotations

from collections.abc import Iterator

from align.qa.base import CheckContext, Finding, bead_span, finding, register_check
from align.qa.beadtext import bead_texts
from align.qa.calibration import PARTIAL_LENGTH_WEIGHT, log_length_ratio, pair_stats
from align.qa.clauses import MIN_SOURCE_CHARS, unit_scores


@register_check("partial-omission", "accuracy/omission", "major", bilingual=True)
def check_partial_omission(ctx: CheckContext) -> Iterator[Finding]:
    """A clause of the source that the translation of its bead seems to lack."""
    assert ctx.bitext is not None
    bt = ctx.bitext
    stats = pair_stats(bt.src.lang, bt.tgt.lang)
    if stats is None or "partial" not in stats or bt.src.lang not in MIN_SOURCE_CHARS:
        return
    length, partial = stats["length"], stats["partial"]
    threshold = partial["threshold"]
    shortest = MIN_SOURCE_CHARS[bt.src.lang]
    beads = [i for i, b in enumerate(bt.beads) if b.src and b.tgt and len(bead_texts(bt, i)[0]) >= shortest]
    pairs = [bead_texts(bt, i) for i in beads]
    # a calibration without the lexical fields was fitted on similarity alone: score the same way
    scored = unit_scores(pairs, bt.src.lang, partial.get("lexical_weight", 0.0), partial.get("glossed_share", 0.0))
    for i, (src, tgt), (gain, clause) in zip(beads, pairs, scored, strict=True):
        z = (log_length_ratio(src, tgt) - length["center"]) / length["sd"]
        score = gain - PARTIAL_LENGTH_WEIGHT * z
        if clause is None or score <= threshold:
            continue
        bead = bt.beads[i]
        first = bt.src.sentences[bead.src[0]]
        # clause offsets are inside the joined bead text; map them back when the bead has one source sentence
        spans = [[first.start + clause[0], first.start + clause[1]]] if len(bead.src) == 1 else bead_span(bt.src, bead.src)
        yield finding(
            "partial-omission",
            f"the translation seems to lack “{src[clause[0] : clause[1]]}”",
            src_spans=spans,
            tgt_spans=bead_span(bt.tgt, bead.tgt),
            bead=i,
            details={"score": round(score, 4), "threshold": round(threshold, 4), "unit_score": round(gain, 4), "length_z": round(z, 2)},
        )
