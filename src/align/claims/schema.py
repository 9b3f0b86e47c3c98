"""The claim schema: types, certainty and deontic levels, holder conventions.

A *claim* is a sentence in which someone asserts something a reader of a
policy article may want to track: a commitment, a stated position, a
judgement, a prediction, a recommendation or a checkable number. Background,
narrative events, bios and headings are not claims and stay unmarked.

Each claim is stored as :class:`align.model.Claim` (one per sentence, span =
the sentence): the schema below fixes the values its fields may take so that
both languages, the gold set (corpus/claims-gold/) and the cross-language
linker speak the same vocabulary.
"""

from __future__ import annotations

#: Claim types with the test an annotator (and the extractor) applies.
CLAIM_TYPES: dict[str, str] = {
    "commitment": "a party promised, pledged, agreed or announced that it will do something (約束した, 合意した)",
    "policy_position": "a party's stated goal, priority, strategy, demand-free stance or refusal (目指す, 求めている, 拒否)",
    "assessment": "an evaluative judgement about a state of affairs (is a pipe dream, 意味深い, 岐路に立っている)",
    "prediction": "what will or may happen (will, could, 可能性がある, だろう)",
    "recommendation": "what should or must be done, by whom (should, must, call on, べきだ, 必要がある)",
    "factual_statistic": "a checkable fact that carries a number: count, amount, percentage, rank (dates alone do not count)",
}

#: When one sentence carries several claims, the sentence gets the first type in this order:
#: a promise or a demand is what a reviewer most needs to see change in translation.
TYPE_PRECEDENCE: tuple[str, ...] = (
    "commitment",
    "recommendation",
    "policy_position",
    "prediction",
    "assessment",
    "factual_statistic",
)

#: Epistemic certainty of the claim as written, strongest first.
CERTAINTY_LEVELS: tuple[str, ...] = ("certain", "likely", "possible")

#: Deontic strength: "" (none), "weak" (should, call on, べきだ, 求める), "strong" (must, need to, demand, 必要がある, なければならない).
DEONTIC_LEVELS: tuple[str, ...] = ("", "weak", "strong")

#: Holder of a claim the author asserts directly.
AUTHOR = "author"
#: Holder of a reported claim whose source the sentence does not name (a quotation continued
#: from the previous sentence, a Japanese zero subject 「…」と述べた, a passive "is expected").
UNNAMED = "unnamed"


def certainty_rank(level: str) -> int:
    """0 for certain … 2 for possible; lets the linker say which way a shift goes."""
    return CERTAINTY_LEVELS.index(level) if level in CERTAINTY_LEVELS else 0


def deontic_rank(level: str) -> int:
    """0 none, 1 weak, 2 strong."""
    return DEONTIC_LEVELS.index(level) if level in DEONTIC_LEVELS else 0


def pick_type(candidates: set[str]) -> str:
    """The sentence type among the claim types its cues support (see TYPE_PRECEDENCE)."""
    for name in TYPE_PRECEDENCE:
        if name in candidates:
            return name
    return ""
