"""Policy claims: detect, type and link claims in English and Japanese.

``extract_claims(doc)`` fills ``doc.claims`` (see :mod:`align.claims.schema`
for the types and levels); ``link_claims(bitext)`` pairs claims across the
alignment beads and notes what a reviewer must see (type change, holder
dropped, certainty shift, negation flip, deontic change).
"""

from align.claims.extract import extract_claims
from align.claims.link import link_claims

__all__ = ["extract_claims", "link_claims"]
