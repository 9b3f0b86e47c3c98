"""Cross-language links the bilingual checks read, computed once per check run.

The pipeline normally has run the extractors and linkers already; a bitext
that comes straight from the aligner (``align check SRC TGT``) has not, so
the first check that needs a layer runs them here and the result is cached
in the check context for the others.
"""

from __future__ import annotations

from align.model import Bitext, Link
from align.qa.base import CheckContext

#: link layer -> (document attribute filled by the extractor, layers its linker writes)
_LAYERS = {
    "entity": ("entities", ("entity", "quantity")),
    "claim": ("claims", ("claim",)),
}


def layer_links(ctx: CheckContext, layer: str) -> list[Link]:
    """Links of ``layer`` ("entity" or "claim"), extracting and linking first when needed."""
    key = f"{layer}_links"
    if key not in ctx.cache:
        bt: Bitext = ctx.bitext  # type: ignore[assignment]
        attribute, written = _LAYERS[layer]
        if not any(link.layer in written for link in bt.links):
            extract, link_pair = _stage_functions(layer)
            for doc in (bt.src, bt.tgt):
                if not getattr(doc, attribute):
                    extract(doc)
            link_pair(bt)
        ctx.cache[key] = [link for link in bt.links if link.layer == layer]
    return ctx.cache[key]


def _stage_functions(layer: str):
    if layer == "entity":
        from align.entities import extract_entities, link_entities

        return extract_entities, link_entities
    from align.claims import extract_claims, link_claims

    return extract_claims, link_claims
