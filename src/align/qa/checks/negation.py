"""Negation flips: one side of a bead negates its main predicate, the other says nothing negative.

The claim-shift check only sees sentences the claim extractor marks as claims
and trusts two analyzers to agree on faithful pairs; a dropped or added ない
in a plain factual sentence slips past it. This check compares the negation
markers of the two sides of every small bead directly.

Negation is not a character: ない in かもしれない, なければならない, しか…ない or
のではないか is not a negation of the claim, and English expresses many Japanese
negations lexically (fail to ↔ できなかった, lack ↔ ない, without ↔ ずに,
unprecedented ↔ 前例のない). So the Japanese side is read with fugashi (only the
auxiliaries ない/ず/ぬ and the adjective ない count, after fixed expressions are
neutralized), and English negative-polarity words count as "soft" negation that
can answer a Japanese ない but never raises a finding on its own.

A finding needs a clear asymmetry: the Japanese main predicate (sentence end)
is negated while the English has no negative word at all, or the English has a
strict negation (not, never, no …) and the Japanese has no negation and no
negative word (不, 非, 無, 未, 拒否 …) anywhere. The lexicons and readers are
:mod:`align.polarity`'s, shared with the claim linker and the other polarity
checks. Calibrated on the even-numbered clean dev documents (see
tests/test_qa_polarity.py and the QA benchmark).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from align.model import Bitext
from align.polarity import EN_GOING_ON, JA_NEGATED_STOP, en_negation, ja_negation
from align.qa.base import CheckContext, Finding, bead_span, finding, register_check
from align.qa.beadtext import small_en_ja_beads

#: Largest bead (sentences per side) compared: larger beads are restructured too freely.
MAX_BEAD_SENTENCES = 2
#: An exclusive condition: "X only comes if Y" is rendered "Y しなければ X できない" / "Y しない限り X ない" (two negations).
#: "only" must modify the verb or the condition, not count something ("only five members voted when …", "only once since").
EN_ONLY_IF = re.compile(
    r"\bonly (?:if|when|after|until|unless)\b|\bnot until\b|"
    r"\bonly (?!(?:once|twice|one|two|three|four|five|six|seven|eight|nine|ten|a|an|the|few|some|half|about|around|\d)\b)"
    r"[^.;:!?]{0,80}?\b(?:if|unless)\b",
    re.I,
)
#: A negated condition; ないと before a verb of saying or thinking quotes a negation ("rates will not fall", they said).
JA_NEGATED_CONDITION = re.compile(
    r"(?:なければ|なくては|なくちゃ|ない限り|ないかぎり|なかったら|ないうちは|ない以上|ないと(?![言述思考判見のし]))"
)
#: A superlative of experience ("the most comfortable I have been", "the happiest") rendered as "never before"
#: (今までにない, これまでになかった). "the" is required ("most residents" counts people), and words that only end in
#: -est are not superlatives.
EN_SUPERLATIVE = re.compile(
    r"\bthe (?:most|least|best|worst|(?!(?:interest|priest|forest|arrest|request|protest|suggest|contest|invest|honest|modest|"
    r"harvest|manifest|conquest|quest|guest|chest|nest|west|rest|test|pest|crest|vest|zest|jest|digest|behest)\b)"
    r"\w+(?:i|[^aeious\W])est)\b",
    re.I,
)
#: ... said of a whole experience: "the best I have ever seen", "the happiest of my life" (not "the latest figures")
EN_EXPERIENCE = re.compile(
    r"\b(?:ever|have been|'ve been|has been|had been|of all time|throughout|"
    r"in (?:my|his|her|our|their|its) (?:whole |entire |own )?(?:life|lives|career|history))\b",
    re.I,
)
JA_NEVER_BEFORE = re.compile(
    r"(?:今まで|いままで|これまで|かつて|人生で|生涯で)(?:に|で)?(?:は|も)?(?:一度も)?(?:ない|なかった|ありません|ありませんでした)"
)


def negation_shift(en: str, ja: str) -> str:
    """"added" when the Japanese main predicate is negated and the English has no negative word at all, else "".

    The other direction (an English "not" with no Japanese negation) is not
    flagged: on clean even-numbered dev documents translators rendered it
    affirmatively far too often (didn't know if → 迷った, not in our control →
    管轄外, try not to → 控える) for a bead-level check to stay quiet; negation
    dropped from a *claim* is still reported by the claim-shift check.
    """
    if ja.rstrip("」』）) ").endswith(("？", "?")):
        return ""  # questions are rhetorical or echo; their ない is not an assertion
    strict, soft = en_negation(en)
    if EN_ONLY_IF.search(en) and JA_NEGATED_CONDITION.search(ja):
        soft += 2  # the condition's ない and the main predicate's ない together say "only if"
    if EN_SUPERLATIVE.search(en) and EN_EXPERIENCE.search(en) and JA_NEVER_BEFORE.search(ja):
        soft += 1
    if JA_NEGATED_STOP.search(ja):
        soft += len(EN_GOING_ON.findall(en))  # going on said as not stopping: "continues" → 止まらない
    ja_neg = ja_negation(ja)
    if strict + soft:
        # more grammatical negations than the English has negative words, one of them on the main predicate: the added
        # one is the sentence's ("who face abuse but never shy away" → …決してシャイにはならない…畏敬の念を抱いていない)
        return "added" if ja_neg.final and ja_neg.count > strict + soft else ""
    return "added" if ja_neg.final else ""


@register_check("negation-flip", "accuracy/mistranslation", "major", bilingual=True)
def check_negation(ctx: CheckContext) -> Iterator[Finding]:
    """The translation negates what the source asserts, or asserts what it negates."""
    bt: Bitext = ctx.bitext  # type: ignore[assignment]
    for i, en, ja in small_en_ja_beads(bt, MAX_BEAD_SENTENCES):
        bead = bt.beads[i]
        kind = negation_shift(en, ja)
        if not kind:
            continue
        message = "the Japanese negates its main predicate but the English has no negation"
        yield finding(
            "negation-flip",
            message,
            bead=i,
            src_spans=bead_span(bt.src, bead.src),
            tgt_spans=bead_span(bt.tgt, bead.tgt),
            details={"kind": kind},
        )
