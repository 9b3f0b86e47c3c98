"""Claim shifts: certainty, attribution, negation or claim type changed in translation.

Uses the claim linker (:func:`align.claims.link_claims`), which pairs claims
across a bead and describes in ``Link.note`` what shifted ("certainty:
certain→possible", "negated: False→True"); a hedge added or dropped, a flipped
negation, or a claim attributed to someone else are accuracy errors a
reviewer of policy writing must see.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from align.model import Bitext, Claim
from align.qa.base import CheckContext, Finding, finding, register_check
from align.qa.layers import layer_links

#: Surface cues that confirm a shift the claim analysis reports: a note is only
#: raised when the two sides really differ in the cue (the analyzers disagree on
#: many faithful pairs; type and holder notes are not confirmable this way and are left out).
NEGATION = {
    "en": re.compile(r"\b(?:not|no|never|none|nobody|nothing|neither|nor|without|cannot)\b|n't\b", re.I),
    "ja": re.compile(r"ない|なかった|ません|ず[、。にとも]|ぬ[。、]|無い|なし|否定"),
}
HEDGE = {
    "en": re.compile(
        r"\b(?:may|might|could|likely|unlikely|possibly|possible|perhaps|probably|appears? to|seems? to|reportedly|"
        r"allegedly|expected to)\b",
        re.I,
    ),
    "ja": re.compile(
        r"可能性|かもしれ|だろう|でしょう|と見られ|とみられ|と思われ|模様|見込み|恐れ|おそれ|らしい|ようだ|ようです|予想|とされ"
    ),
}


def confirmed_shifts(src: Claim, tgt: Claim, note: str, src_text: str, src_lang: str, tgt_text: str, tgt_lang: str) -> list[str]:
    """The parts of a linker note that the surface cues of the two texts confirm, in the note's direction."""
    from align.claims.schema import certainty_rank

    out = []
    for part in (p.strip() for p in note.split(";")):
        if part.startswith("negation") and src_lang in NEGATION and tgt_lang in NEGATION:
            neg_src, neg_tgt = bool(NEGATION[src_lang].search(src_text)), bool(NEGATION[tgt_lang].search(tgt_text))
            if neg_src != neg_tgt and neg_src == src.negated and neg_tgt == tgt.negated:
                out.append(part)
        elif part.startswith("certainty") and src_lang in HEDGE and tgt_lang in HEDGE:
            rs, rt = certainty_rank(src.certainty), certainty_rank(tgt.certainty)
            hedge_src, hedge_tgt = bool(HEDGE[src_lang].search(src_text)), bool(HEDGE[tgt_lang].search(tgt_text))
            # the side the analysis calls less certain must carry the hedge, the other must not
            if (rt > rs and hedge_tgt and not hedge_src) or (rs > rt and hedge_src and not hedge_tgt):
                out.append(part)
    return out


@register_check("claim-shift", "accuracy/mistranslation", "major", bilingual=True, requires=("align.claims:link_claims",))
def check_claim_shift(ctx: CheckContext) -> Iterator[Finding]:
    """A paired claim whose certainty, attribution, negation or type differs across languages."""
    bt: Bitext = ctx.bitext  # type: ignore[assignment]
    for link in layer_links(ctx, "claim"):
        if link.src is None or link.tgt is None or not link.note.strip():
            continue
        s, t = bt.src.claims[link.src], bt.tgt.claims[link.tgt]
        shifts = confirmed_shifts(s, t, link.note, bt.src.text[s.start : s.end], bt.src.lang, bt.tgt.text[t.start : t.end], bt.tgt.lang)
        if not shifts:
            continue
        yield finding(
            "claim-shift",
            f"claim shifted: {'; '.join(shifts)}",
            bead=link.bead,
            src_spans=[[s.start, s.end]],
            tgt_spans=[[t.start, t.end]],
            details={
                "note": link.note,
                "src": {"type": s.type, "certainty": s.certainty, "negated": s.negated, "cue": s.cue},
                "tgt": {"type": t.type, "certainty": t.certainty, "negated": t.negated, "cue": t.cue},
            },
        )
