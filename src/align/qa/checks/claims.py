"""Claim shifts: certainty, attribution, negation or claim type changed in translation.

Uses the claim linker (:func:`align.claims.link_claims`), which pairs claims
across a bead and describes in ``Link.note`` what shifted ("certainty:
certain→possible", "negated: False→True"); a hedge added or dropped, a flipped
negation, or a claim attributed to someone else are accuracy errors a
reviewer of policy writing must see.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from align.model import Bitext, Link
from align.qa.base import CheckContext, Finding, finding, register_check

#: Shifts that change what the text asserts, and their severity.
SEVERITY_BY_FIELD = {"negat": "major", "certain": "major", "attribut": "major", "holder": "major", "type": "minor", "deontic": "major"}


def claim_links(ctx: CheckContext) -> list[Link]:
    """Claim links of the bitext, running extractor and linker when the pipeline did not."""
    if "claim_links" in ctx.cache:
        return ctx.cache["claim_links"]
    bt: Bitext = ctx.bitext  # type: ignore[assignment]
    links = [link for link in bt.links if link.layer == "claim"]
    if not links:
        from align.claims import extract_claims, link_claims

        for doc in (bt.src, bt.tgt):
            if not doc.claims:
                result: Any = extract_claims(doc)
                if isinstance(result, list):
                    doc.claims = result
        result = link_claims(bt)
        links = [link for link in (result if isinstance(result, list) else bt.links) if link.layer == "claim"]
    ctx.cache["claim_links"] = links
    return links


def _severity(note: str) -> str:
    sev = [s for key, s in SEVERITY_BY_FIELD.items() if key in note.lower()]
    return "major" if "major" in sev or not sev else "minor"


@register_check("claim-shift", "accuracy/mistranslation", "major", bilingual=True, requires=("align.claims:link_claims",))
def check_claim_shift(ctx: CheckContext) -> Iterator[Finding]:
    """A paired claim whose certainty, attribution, negation or type differs across languages."""
    bt: Bitext = ctx.bitext  # type: ignore[assignment]
    for link in claim_links(ctx):
        if link.src is None or link.tgt is None or not link.note.strip():
            continue
        s, t = bt.src.claims[link.src], bt.tgt.claims[link.tgt]
        yield finding(
            "claim-shift",
            f"claim shifted: {link.note}",
            severity=_severity(link.note),
            bead=link.bead,
            src_spans=[[s.start, s.end]],
            tgt_spans=[[t.start, t.end]],
            details={
                "note": link.note,
                "src": {"type": s.type, "certainty": s.certainty, "negated": s.negated, "cue": s.cue},
                "tgt": {"type": t.type, "certainty": t.certainty, "negated": t.negated, "cue": t.cue},
            },
        )
