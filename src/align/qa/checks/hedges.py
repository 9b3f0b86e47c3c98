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
    if m and not EN_POSSIBLE.search(en) and not (JA_GUESS.fullmatch(m.group(0)) and EN_OWN_GUESS.search(en)):
        return "added", m.group(0)
    if m and (stacked := _hedge_on_ability(en, ja)):
        return "added", stacked
    final = _final_possibility(ja)
    if final and not _concessive(final, ja, en) and not main_clause_possibility(en):
        return "added", final.group(0)
    m = JA_LIKELY.search(ja)
    if m and not EN_LIKELY.search(en):
        return "added", m.group(0)
    en_rest, ja_rest = _without_offers(en, ja)
    if EN_HEDGE.search(en_rest) and not JA_MODAL.search(ja_rest):
        cue = main_clause_hedge(en_rest, ja_rest)
        if cue:
            return "dropped", cue
    return "", ""


#: Japanese adverbs of a speaker's guess ("probably", "I bet"): an English "I'm sure", "I think" or "I guess" says as much
#: (多分手堅いだろう for "I'm sure it's solid"), unlike the possibility hedges proper (可能性, かもしれない).
JA_GUESS = re.compile(r"多分|たぶん|恐らく|おそらく")
#: The English of a speaker's own guess that 多分/おそらく renders. Not the whole of EN_LIKELY: its "about", "some", "said" or
#: "will" report or round a fact, and an injected おそらく beside them is still a hedge the source does not make.
EN_OWN_GUESS = re.compile(r"\bI(?:'m|’m| am) (?:sure|certain)\b|\bI (?:think|guess|bet|suppose|reckon)\b", re.I)


#: An offer of help, hedged for politeness in English ("Perhaps this will help", "This might be useful") and said with a set
#: phrase in Japanese (ご参考に, お役に立てれば): the hedge is courtesy, not doubt about a claim.
EN_OFFER = re.compile(r"\b(?:help(?:s|ful)?|useful|of use)\b", re.I)
JA_OFFER = re.compile(r"ご参考|参考になれば|参考まで|お役に立て")


#: Where an English bead splits into clauses: after a sentence end or a semicolon, and before a coordinated ", but …".
EN_CLAUSE_BREAK = re.compile(r"(?<=[.!?;])\s+|,\s*(?=(?:but|and|while|whereas|although|though|yet)\b)", re.I)


def _without_offers(en: str, ja: str) -> tuple[str, str]:
    """Both sides without their clauses that offer something as help, when the Japanese renders the offer with its set phrase:
    their hedge is courtesy, and ご参考になれば is no modal either. Only those clauses: "This guide may help, but the rules
    might change" still hedges the rules, which 規則は来年変わる states as certain."""
    if not (JA_OFFER.search(ja) and EN_OFFER.search(en)):
        return en, ja
    en_rest = " ".join(c for c in EN_CLAUSE_BREAK.split(en) if not EN_OFFER.search(c))
    ja_rest = "".join(c for c in re.split(r"(?<=[。！？!?])|(?<=が、)|(?<=けど、)", ja) if not JA_OFFER.search(c))
    return en_rest, ja_rest


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
    m = next((m for m in JA_HEDGED_POTENTIAL.finditer(ja) if _potential_before(ja, m)), None)
    if not m:
        return ""
    other = [w for w in EN_POSSIBLE.findall(en) if not EN_ABILITY_ONLY.fullmatch(w)]
    return "" if other or not EN_ABILITY_ONLY.search(en) else m.group(0)


#: Lemma endings of verbs that are themselves of the える/いる kind (生まれる, 揃える): a form ending in れる/える is no potential.
JA_ICHIDAN_LEMMA = re.compile(r"[えけげせぜてでねへべぺめれいきぎしじちにひびぴみり]る$")


def _potential_before(ja: str, m: re.Match[str]) -> bool:
    """The verb before the hedge of ``m`` is a potential, by UniDic: できる, the auxiliary れる/られる, or a verb whose lemma
    is another verb (読める → 読む, 取れる → 取る). Not 生まれる, 壊れる or 忘れる, whose れる is part of the verb: "creativity
    can emerge" → 生まれる可能性がある renders the possibility "can" itself and stacks nothing on it."""
    from align.lang.ja import _tagger

    cue = re.search(r"かも|可能性", m.group(0))
    end = m.start() + (cue.start() if cue else len(m.group(0)))
    last = None
    for w in _tagger()(ja[:end]):
        if w.feature.pos1 != "助動詞" or w.feature.lemma in ("れる", "られる"):
            last = w  # ます after the verb is skipped
    if last is None:
        return False
    f = last.feature
    if f.lemma == "出来る" or (f.pos1 == "助動詞" and f.lemma in ("れる", "られる")):
        return True
    return f.pos1 == "動詞" and str(f.cType).startswith("下一段") and f.lemma != f.orthBase and not JA_ICHIDAN_LEMMA.search(f.lemma or "")


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
