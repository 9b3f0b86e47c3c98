"""Claim shifts: certainty or negation of a paired claim changed in translation.

Uses the claim linker (:func:`align.claims.link_claims`), which pairs claims
across a bead and describes in ``Link.note`` what shifted ("certainty:
likely→possible", "negation flip").

A hedge added to or dropped from a plain statement, and a negation added to
the Japanese main predicate, are reported for *every* bead by the polarity
checks (:mod:`align.qa.checks.hedges`, :mod:`align.qa.checks.negation`),
which do not depend on both sentences being detected as claims. This check
keeps what only the claim analysis can say, each confirmed on the surface:

* a graded certainty shift between two hedged sides (likely ↔ possible:
  "is likely to" rendered 可能性がある), and
* a negation the translation *dropped* from a claim (English "not"/"never",
  no Japanese negation and no negative word at all) — the direction the
  bead-level negation check leaves out because plain sentences rephrase
  negation too freely.

The grades and the negation readers are :mod:`align.polarity`'s. Certain ↔
hedged shifts that the hedge check would not confirm are mostly
"will" ↔ だろう, which translators write routinely; they are not reported.
"""

from __future__ import annotations

from collections.abc import Iterator

from align.model import Bitext, Claim
from align.polarity import asserted_negation, clear_grade, en_negation, ja_negation
from align.qa.base import CheckContext, Finding, finding, register_check
from align.qa.layers import layer_links


def confirmed_shifts(src: Claim, tgt: Claim, note: str, src_text: str, src_lang: str, tgt_text: str, tgt_lang: str) -> list[str]:
    """The parts of a linker note that this check reports, confirmed by the surface of the two texts."""
    if {src_lang, tgt_lang} != {"en", "ja"}:
        return []
    en_text, ja_text = (src_text, tgt_text) if src_lang == "en" else (tgt_text, src_text)
    en_claim, ja_claim = (src, tgt) if src_lang == "en" else (tgt, src)
    out = []
    for part in (p.strip() for p in note.split(";")):
        if part.startswith("negation"):
            strict, _soft = en_negation(en_text)
            ja = ja_negation(ja_text)
            if en_claim.negated and not ja_claim.negated and strict and not ja.count and not ja.lexical and asserted_negation(en_text):
                out.append("negation dropped")
        elif part.startswith("certainty"):
            levels = {src.certainty, tgt.certainty}
            surface = {clear_grade(en_text, "en"), clear_grade(ja_text, "ja")}
            # both analyses and both surfaces hedged, at different grades (clear markers only), in the note's direction
            if levels == {"likely", "possible"} and surface == levels and clear_grade(en_text, "en") == en_claim.certainty:
                out.append(part)
    return out


@register_check("claim-shift", "accuracy/mistranslation", "major", bilingual=True, requires=("align.claims:link_claims",))
def check_claim_shift(ctx: CheckContext) -> Iterator[Finding]:
    """A paired claim whose certainty grade changed, or whose negation the translation dropped."""
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
