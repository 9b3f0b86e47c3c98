"""Pair claims across aligned beads and note what a translation changed.

Claims are sentence-level, so within a bead the claims of the source
sentences are paired in order with the claims of the target sentences. A
claim left without partner is kept as a link with ``src`` or ``tgt`` None:
a translation that turns a claim into background (or the reverse) is itself
something a reviewer must see.

Holders are compared by *category* (author / unnamed / a named source),
since the names are written in different languages: "Lee said …" rendered
as 「…」と述べた (no speaker) is reported as ``holder dropped``.
"""

from __future__ import annotations

from align.claims.schema import AUTHOR, UNNAMED, certainty_rank, deontic_rank
from align.model import Bitext, Claim, Link

#: The attributes compared for each pair; the link score is the share that agree.
COMPARED = ("type", "holder", "certainty", "negated", "deontic")
#: A type change is flagged only when a promise or a demand appears or disappears: on the gold,
#: assessment <-> position/prediction/statistic disagreements were almost all extraction noise
#: (31 false flags against 4 real type changes), while the score still counts every disagreement.
FLAGGED_TYPES = frozenset({"commitment", "recommendation"})


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
