"""Hedge shifts: one side of a bead says something may be so, the other says it is so.

"Sanctions may hurt growth" translated as 制裁は成長を損なう drops the hedge; 損なう
可能性がある for "sanctions hurt growth" adds one. The claim-shift check sees this
only inside sentences detected as claims and when two analyzers agree; this
check compares hedge markers on the two sides of every small bead directly.

Both lexicons are split by strength, because translators routinely render
"will" as だろう and "could" as できる: a finding needs a *clear* hedge on one
side (may, might, perhaps, likely … / 可能性, かもしれない, おそれ, 見られる …) and
no hedge, modal or opinion marker at all on the other. The weak markers on
either side only keep the check quiet. The lexicons and the parse readers are
:mod:`align.polarity`'s, shared with the claim linker and the other polarity checks.
Calibrated on the even-numbered clean dev documents (see tests/test_qa_polarity.py
and the QA benchmark).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from align.model import Bitext
from align.polarity import EN_HEDGE, EN_LIKELY, EN_POSSIBLE, JA_LIKELY, JA_MODAL, JA_POSSIBLE, main_clause_hedge, main_clause_possibility
from align.qa.base import CheckContext, Finding, bead_span, finding, register_check
from align.qa.beadtext import small_en_ja_beads

#: Largest bead (sentences per side) compared.
MAX_BEAD_SENTENCES = 2


def hedge_shift(en: str, ja: str) -> tuple[str, str]:
    """``("added"|"dropped", cue)`` when only one side hedges, else ``("", "")``.

    A dropped hedge also needs the English hedge on a main verb: "anyone who may
    have footage" (relative clause) or "more likely to" (a statistic) is not the
    certainty of the sentence, and translators render those without a hedge.
    """
    m = next((h for h in JA_POSSIBLE.finditer(ja) if not _concessive(h, ja, en)), None)
    if m and not EN_POSSIBLE.search(en):
        return "added", m.group(0)
    if m and (stacked := _hedge_on_ability(en, ja)):
        return "added", stacked
    final = _final_possibility(ja)
    if final and not _concessive(final, ja, en) and not main_clause_possibility(en):
        return "added", final.group(0)
    m = JA_LIKELY.search(ja)
    if m and not EN_LIKELY.search(en):
        return "added", m.group(0)
    if EN_HEDGE.search(en) and not JA_MODAL.search(ja):
        cue = main_clause_hedge(en, ja)
        if cue:
            return "dropped", cue
    return "", ""


#: A concession: "X, but Y" / "while X, Y" is softened in Japanese as Xかもしれないが、Y ("it may be X, but …").
JA_CONCESSIVE_AFTER = re.compile(r"(?:ない|ません|ある|あります|る)?(?:が|けど|けれど|けれども|ものの)[、,]?")
EN_CONCESSION = re.compile(r"\b(?:but|while|although|though|even if|even though|yet|however|admittedly|granted|sure)\b", re.I)


def _concessive(hedge: re.Match[str], ja: str, en: str) -> bool:
    """The hedge softens a concession the English makes too ("Sure, it is small, but …" → 小さいかもしれないが、…):
    a politeness of the concessive clause, not a doubt about the claim."""
    return bool(EN_CONCESSION.search(en)) and bool(JA_CONCESSIVE_AFTER.match(ja, hedge.end()))


#: A possibility hedge on the Japanese main predicate (the end of the sentence).
JA_FINAL_POSSIBLE = re.compile(r"(?:" + JA_POSSIBLE.pattern + r")[ぁ-ん]{0,8}[。！!]?\s*[」』]?\s*$")


def _final_possibility(ja: str) -> re.Match[str] | None:
    """The possibility hedge of the last Japanese sentence's main predicate, if it has one."""
    last = re.split(r"(?<=[。！？!?])(?=.)", ja.strip())[-1]
    m = JA_FINAL_POSSIBLE.search(last)
    return JA_POSSIBLE.search(last, m.start()) if m else None


#: A possibility hedge right after a potential form: "can X" rendered Xできる needs no かもしれない on top of it.
JA_HEDGED_POTENTIAL = re.compile(r"(?:でき|られ|れ|え|せ)(?:る|ます)?(?:かも(?:しれ|知れ)|可能性(?:が|も)(?:ある|あり))")
EN_ABILITY_ONLY = re.compile(r"\b(?:can|cannot|can't|able)\b", re.I)


def _hedge_on_ability(en: str, ja: str) -> str:
    """The cue when the English's only possibility word is the ability "can" and the Japanese renders it with a
    potential verb *and* hedges that ("players can furnish their homes" → 家具をそろえたりできるかもしれません)."""
    m = JA_HEDGED_POTENTIAL.search(ja)
    if not m:
        return ""
    other = [w for w in EN_POSSIBLE.findall(en) if not EN_ABILITY_ONLY.fullmatch(w)]
    return "" if other or not EN_ABILITY_ONLY.search(en) else m.group(0)


@register_check("hedge-shift", "accuracy/mistranslation", "major", bilingual=True)
def check_hedges(ctx: CheckContext) -> Iterator[Finding]:
    """The translation hedges what the source asserts, or asserts what it hedges."""
    bt: Bitext = ctx.bitext  # type: ignore[assignment]
    for i, en, ja in small_en_ja_beads(bt, MAX_BEAD_SENTENCES):
        bead = bt.beads[i]
        kind, cue = hedge_shift(en, ja)
        if not kind:
            continue
        message = (
            "the Japanese hedges (possibility, conjecture) where the English asserts"
            if kind == "added"
            else "the English is hedged but the Japanese states it as certain"
        )
        yield finding(
            "hedge-shift",
            f"{message} ({cue})",
            bead=i,
            src_spans=bead_span(bt.src, bead.src),
            tgt_spans=bead_span(bt.tgt, bead.tgt),
            details={"kind": kind, "cue": cue},
        )
