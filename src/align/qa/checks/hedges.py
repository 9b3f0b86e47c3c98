"""Hedge shifts: one side of a bead says something may be so, the other says it is so.

"Sanctions may hurt growth" translated as 制裁は成長を損なう drops the hedge; 損なう
可能性がある for "sanctions hurt growth" adds one. The claim-shift check sees this
only inside sentences detected as claims and when two analyzers agree; this
check compares hedge markers on the two sides of every small bead directly.

Both lexicons are split by strength, because translators routinely render
"will" as だろう and "could" as できる: a finding needs a *clear* hedge on one
side (may, might, perhaps, likely … / 可能性, かもしれない, おそれ, 見られる …) and
no hedge, modal or opinion marker at all on the other. The weak markers on
either side only keep the check quiet. Calibrated on the even-numbered clean dev
documents (see tests/test_qa_polarity.py and the QA benchmark).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from align.model import Bitext
from align.qa.base import CheckContext, Finding, bead_span, finding, register_check
from align.qa.beadtext import small_en_ja_beads

#: Largest bead (sentences per side) compared.
MAX_BEAD_SENTENCES = 2

#: Clear English hedges: a translation must show some uncertainty too. Lower-case "may" only (not the
#: month), not the permission "you may"; "appear" only as "appear to" (not "appeared on the catwalk").
EN_HEDGE = re.compile(
    r"(?<!you )(?<!You )(?<!as it )\b(?:may|might|[Mm]aybe|[Pp]erhaps|[Pp]ossibly|[Pp]robably|(?:un)?likely|"
    r"[Aa]pparently|appear(?:s|ed)? to|"
    r"[Ii]t appears|seem(?:s|ed|ingly)?|[Rr]eportedly|[Aa]llegedly|[Ss]upposedly|[Pp]resumably)\b"
)
#: English words that can stand behind a Japanese *possibility* hedge (可能性がある, かもしれない, おそれ).
EN_POSSIBLE = re.compile(
    r"\b(?:may|might|maybe|perhaps|possib\w*|probabl[ey]|(?:un)?likely|apparent(?:ly)?|appear(?:s|ed)? to|it appears|seem\w*|"
    r"reportedly|allegedly|supposedly|presumably|potential\w*|suggest\w*|could|can|cannot|couldn|mightn|shouldn|risk\w*|chances?|threat\w*|danger\w*|"
    r"fear\w*|doubt\w*|uncertain\w*|unclear|vulnerab\w*|prone|susceptib\w*|in case)\b",
    re.I,
)
#: English words that can stand behind a Japanese *likelihood* marker (見込み, とみられる, 公算): forecasts and estimates.
EN_LIKELY = re.compile(
    EN_POSSIBLE.pattern[:-3] + r"|will|would|wo|wouldn|'ll|expect\w*|estimat\w*|forecast\w*|predict\w*|project\w*|anticipat\w*|"
    r"assum\w*|guess\w*|suspect\w*|seen as|set to|on track|plan\w*|intend\w*|aim\w*|hope\w*|future|about|around|roughly|"
    r"approximately|nearly|almost|some|reported|said|says|according|alleg\w*|believ\w*|thought|think\w*|considered|regarded|"
    # "a certain try" is one that seemed sure: 決まると思われたトライ
    r"certain|sure|surely|bound to)\b",
    re.I,
)
#: Clear Japanese hedges of possibility, and markers of likelihood/estimate (checked against a wider English list).
JA_POSSIBLE = re.compile(
    r"可能性(?:が|も|は)(?:ある|あり|高い|高く|大きい|大き|十分|否定|濃厚|残|出て|捨て)|かも(?:しれ|知れ)|おそれ(?:が|も|は)|恐れ(?:が|も|は)(?:ある|あり)|(?:し|え|り)得る|(?:し|え|あり)うる|かねない|かねません|"
    r"おそらく|恐らく|多分|たぶん"
)
JA_LIKELY = re.compile(r"と(?:見|み)られ|と思われ|見込み|公算")
#: Any Japanese marker of modality, conjecture, opinion or hearsay: with one the English may hedge.
JA_MODAL = re.compile(
    JA_POSSIBLE.pattern + "|" + JA_LIKELY.pattern + r"|とされ|と考えられ|だろう|でしょう|であろう|思う|思い|思っ|考え|"
    r"予想|予測|推定|推測|見られ|みられ|想定|予定|計画|"
    r"見通|はず|できる|でき|可能|場合(?:が|も)|こと(?:が|も)(?:ある|あり)|という|とのこと|そうだ|そうです|といわれ|と言われ|"
    r"報じ|伝え|示唆|示し|指摘|気が|感じ|懸念|心配|危険|リスク|不安|どうか|か[。、]|かどうか|かな|かも|なら|れば|たら|"
    r"思え|思わ|約|およそ|ほぼ|ほど|程度|前後|ごろ|頃|近く|余り|あまり|ことも|時に|しばしば|通常|一般|傾向|がち|やすい|にくい|"
    r"目指|見え|映る|見方|意見|観測|憶測|噂|うわさ|疑|未定|不透明|不明|不確|濃厚|みたい|ようだ|ようで|よう。|らしい|模様|"
    r"ことがござい|場合がござい|？|\?|のでは|んじゃ|ではないか|じゃないか|注目|ようなので|としている|としており|としています|"
    # a headline's closing か is the news hedge: "胃ろう経由で投与か：北海道新聞" ("possibly administered")
    r"か(?=[：:　]|$)"
)


#: Hedge words that scope a clause when they attach to its verb (parsed with spaCy).
MAIN_HEDGE_LEMMAS = frozenset({"may", "might", "perhaps", "maybe", "possibly", "probably", "likely", "unlikely", "apparently", "reportedly",
                               "allegedly", "supposedly", "presumably", "appear", "seem", "seemingly"})


def main_clause_hedge(en: str) -> str:
    """The hedge word that modifies a main verb of ``en`` (not a relative clause, not "more likely"), or ""."""
    from align.lang.en import parse

    for sent in parse(en).sents:
        root = sent.root
        mains = {root} | {c for c in root.children if c.dep_ in ("conj", "ccomp") and c.pos_ in ("VERB", "AUX")}
        for tok in sent:
            lemma = tok.lower_ if tok.lower_ in MAIN_HEDGE_LEMMAS else tok.lemma_.lower()
            if lemma not in MAIN_HEDGE_LEMMAS:
                continue
            before = {t.lower_ for t in tok.doc[max(tok.i - 3, 0) : tok.i]}
            if before & {"more", "less", "most", "least", "as", "times", "twice"}:
                continue  # "twice as likely", "more likely to": a comparison of probabilities, not a hedge
            if (tok in mains and lemma in ("appear", "seem", "likely", "unlikely")) or tok.head in mains:
                return tok.text
    return ""


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
        cue = main_clause_hedge(en)
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
#: Dependency relations that put a word inside an adverbial or relative clause ("though the club can extend", "entities
#: that might want"); a hedge inside a noun phrase ("a possibly death sentence") is often the sentence's in Japanese.
SUBORDINATE_DEPS = frozenset({"advcl", "relcl", "acl"})


def _final_possibility(ja: str) -> re.Match[str] | None:
    """The possibility hedge of the last Japanese sentence's main predicate, if it has one."""
    last = re.split(r"(?<=[。！？!?])(?=.)", ja.strip())[-1]
    m = JA_FINAL_POSSIBLE.search(last)
    return JA_POSSIBLE.search(last, m.start()) if m else None


def main_clause_possibility(en: str) -> bool:
    """Whether a possibility word of ``en`` bears on a main clause (not only on a subordinate clause or a noun phrase)."""
    from align.lang.en import parse

    doc = parse(en)
    for tok in doc:
        pair = f"{tok.text} {doc[tok.i + 1].text}" if tok.i + 1 < len(doc) else ""
        if not EN_POSSIBLE.fullmatch(tok.text) and not (pair and EN_POSSIBLE.fullmatch(pair)):
            continue
        node, subordinate = tok, False
        while node.head.i != node.i:
            # "…, so you may need to go up a size": a clause of consequence carries the sentence's point (Japanese makes it
            # the main predicate: …ので、…といいかもしれません)
            if node.dep_ in SUBORDINATE_DEPS and not any(c.dep_ == "mark" and c.lower_ == "so" for c in node.children):
                subordinate = True
                break
            node = node.head
        if not subordinate:
            return True
    return False


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
