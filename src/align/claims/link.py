"""Pair claims across aligned beads and note what a translation changed.

Claims are sentence-level, so within a bead the claims of the source
sentences are paired in order with the claims of the target sentences. A
claim left without partner is kept as a link with ``src`` or ``tgt`` None:
a translation that turns a claim into background (or the reverse) is itself
something a reviewer must see.

Holders are compared by *category* (author / unnamed / a named source),
since the names are written in different languages: "Lee said …" rendered
as 「…」と述べた (no speaker) is reported as ``holder dropped``.

A difference becomes a reviewer note only when both texts confirm it on the
surface (:func:`confirmed`): most differences between two extractions are
extraction noise, and a flag a reviewer learns to ignore is worse than none.
The link score still counts every difference.
"""

from __future__ import annotations

import re

from align.claims.schema import AUTHOR, UNNAMED, certainty_rank, deontic_rank
from align.model import Bitext, Claim, Document, Link
from align.polarity import grade_marks, negation_count

#: The attributes compared for each pair; the link score is the share that agree.
COMPARED = ("type", "holder", "certainty", "negated", "deontic")
#: A type change is flagged only when a promise or a demand appears or disappears: on the gold,
#: assessment <-> position/prediction/statistic disagreements were almost all extraction noise
#: (31 false flags against 4 real type changes), while the score still counts every disagreement.
FLAGGED_TYPES = frozenset({"commitment", "recommendation"})


#: Surface markers that confirm a flag in each language's own text. On the development gold most negation, holder and
#: type flags were extraction noise (negation flip 3 true / 37 false, type 1 / 24, holder added 1 / 17), so a flag is kept
#: only when the texts themselves show the difference (:func:`confirmed`). Negation and certainty are read with the
#: lexicons of :mod:`align.polarity`, which the QA polarity checks share.
REPORTING_MARKS = {"en": r"\b(?:said|says|say|told|tells|according to|stated|states|added|reported|announced|wrote|argued|claimed|"
                         r"warned|insisted)\b|[\"“”]",
                   "ja": r"と(?:述べ|語|発表|話|言|指摘|主張|し(?:た|て)|伝え|強調|付け加え|説明|報じ|明らか)|によ(?:る|れ)|[「」]"}
TYPE_MARKS = {
    "recommendation": {"en": r"\b(?:should|must|need|needs|needed|urge[sd]?|call(?:ed|s)? (?:on|for)|demand|require|ask|order|"
                             r"recommend|have to|has to|ought|told)\b",
                       "ja": r"べき|必要|求め|なければ|要求|呼びかけ|促|要請|指示|義務"},
    "commitment": {"en": r"\b(?:pledge|promis|vow|commit|agree|guarantee|sign|will|would|threat|announce)|'ll\b",
                   "ja": r"約束|誓|合意|確約|公約|決意|用意|予定|発表|つもり|脅|する"},
}


def holder_category(holder: str) -> str:
    """"author", "unnamed" or "named"."""
    return holder if holder in (AUTHOR, UNNAMED) else ("named" if holder else AUTHOR)


def differences(src: Claim, tgt: Claim) -> list[str]:
    """Reviewer notes for a claim pair, e.g. ``["certainty:likely->possible", "negation flip"]``."""
    notes = []
    if src.type != tgt.type and {src.type, tgt.type} & FLAGGED_TYPES:
        notes.append(f"type:{src.type}->{tgt.type}")
    hs, ht = holder_category(src.holder), holder_category(tgt.holder)
    if hs != ht:
        if hs == "named":
            notes.append(f"holder dropped:{src.holder}->{ht}")
        elif ht == "named":
            notes.append(f"holder added:{hs}->{tgt.holder}")
        else:
            notes.append(f"holder:{hs}->{ht}")
    if certainty_rank(src.certainty) != certainty_rank(tgt.certainty):
        notes.append(f"certainty:{src.certainty}->{tgt.certainty}")
    if src.negated != tgt.negated:
        notes.append("negation flip")
    if deontic_rank(src.deontic) != deontic_rank(tgt.deontic):
        notes.append(f"deontic:{src.deontic or 'none'}->{tgt.deontic or 'none'}")
    return notes


def _marks(table: dict[str, str], lang: str, text: str) -> int:
    pattern = table.get(lang)
    return len(re.findall(pattern, text, re.I)) if pattern else -1


def confirmed(note: str, src: Claim, tgt: Claim, src_text: str, tgt_text: str, src_lang: str, tgt_lang: str) -> bool:
    """Whether the two texts themselves show the difference ``note`` names (languages without markers: always).

    - negation flip: the negated side has more negation words than the other (both sides negating something means the
      extractor disagreed about scope, not that the translation flipped the claim);
    - holder dropped/added: the side with the named holder has a reporting frame (said, according to, と述べた, によると,
      quotation marks); a holder read off a sentence topic on one side only is an extraction difference;
    - type (a promise or a demand appears or disappears): the side without it has none of its words;
    - certainty: the more hedged side has a hedge of its level (may, likely, かもしれない, だろう) and the other has none.
    """
    sides = ((src, src_text, src_lang), (tgt, tgt_text, tgt_lang))
    if note.startswith("certainty:"):
        (hedged, hedged_text, hedged_lang), (_, plain_text, plain_lang) = \
            sides if certainty_rank(src.certainty) > certainty_rank(tgt.certainty) else sides[::-1]
        n_hedged = grade_marks(hedged.certainty, hedged_lang, hedged_text)
        return n_hedged != 0 and grade_marks(hedged.certainty, plain_lang, plain_text) <= 0
    if note == "negation flip":
        (_, neg_text, neg_lang), (_, other_text, other_lang) = sides if src.negated else sides[::-1]
        n_neg, n_other = negation_count(neg_text, neg_lang), negation_count(other_text, other_lang)
        return n_neg < 0 or n_other < 0 or n_neg > n_other
    if note.startswith(("holder dropped", "holder added")):
        _, text, lang = sides[0] if note.startswith("holder dropped") else sides[1]
        return _marks(REPORTING_MARKS, lang, text) != 0
    if note.startswith("type:"):
        for kind, table in TYPE_MARKS.items():
            if kind in (src.type, tgt.type) and src.type != tgt.type:
                _, text, lang = sides[1] if src.type == kind else sides[0]
                if _marks(table, lang, text) > 0:
                    return False
    return True


def _sentence_text(doc: Document, index: int) -> str:
    s = doc.sentences[index] if 0 <= index < len(doc.sentences) else None
    return doc.text[s.start : s.end] if s is not None else ""


def link_claims(bitext: Bitext) -> Bitext:
    """Append ``Link(layer="claim")`` records for every bead (replacing earlier claim links)."""
    by_sentence_src = _by_sentence(bitext.src.claims)
    by_sentence_tgt = _by_sentence(bitext.tgt.claims)
    links = [link for link in bitext.links if link.layer != "claim"]
    for b, bead in enumerate(bitext.beads):
        src_ids = [c for s in bead.src for c in by_sentence_src.get(s, [])]
        tgt_ids = [c for s in bead.tgt for c in by_sentence_tgt.get(s, [])]
        for k in range(max(len(src_ids), len(tgt_ids))):
            si = src_ids[k] if k < len(src_ids) else None
            ti = tgt_ids[k] if k < len(tgt_ids) else None
            if si is not None and ti is not None:
                src_claim, tgt_claim = bitext.src.claims[si], bitext.tgt.claims[ti]
                notes = differences(src_claim, tgt_claim)
                disagree = len(notes) + (src_claim.type != tgt_claim.type and not any(n.startswith("type:") for n in notes))
                score = 1.0 - disagree / len(COMPARED)
                texts = (_sentence_text(bitext.src, src_claim.sentence), _sentence_text(bitext.tgt, tgt_claim.sentence))
                notes = [n for n in notes if confirmed(n.split(":")[0] if n.startswith("holder") else n, src_claim, tgt_claim,
                                                       *texts, bitext.src.lang, bitext.tgt.lang)]
                links.append(Link("claim", b, si, ti, round(score, 3), "; ".join(notes)))
            else:
                side = "source" if si is not None else "target"
                links.append(Link("claim", b, si, ti, 0.0, f"claim only in {side}"))
    bitext.links = links
    return bitext


def _by_sentence(claims: list[Claim]) -> dict[int, list[int]]:
    out: dict[int, list[int]] = {}
    for i, claim in enumerate(claims):
        out.setdefault(claim.sentence, []).append(i)
    return out
