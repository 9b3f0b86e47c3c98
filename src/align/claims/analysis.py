"""What the cue rules found in one sentence, in either language.

The language analyzers (:mod:`align.claims.en`, :mod:`align.claims.ja`) fill
one :class:`SentenceAnalysis` per sentence; the rule decision and the
classifier features are computed from it the same way for both languages,
so English and Japanese claims are typed by one procedure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from align.claims.schema import AUTHOR, UNNAMED, pick_type

#: The tail an aggregator or a regional paper's site adds to a headline: "（サンケイスポーツ ） - Yahoo!ニュース", "(Sankei
#: Sports) --Yahoo! News", "| Local Topics | Saga Shimbun News | Saga Shimbun LiVE", ": Sanyo Shimbun Digital | San-Digi".
#: It names where the headline was published, not who holds its claim, so the cues are read without it (the dash before a
#: site name otherwise looks like a headline's attribution, "… - Interior Secretary").
SITE_TAIL = re.compile(r"\s*[（(][^（）()]{1,40}[）)]\s*(?:[-－–—]{1,2}|[|｜│])\s*[^\s（）()、。]{0,12}\s?[^\s（）()、。]{2,20}$|"
                       r"(?:\s*(?:[|｜]|: )\s*[^|｜:。、「」]{2,40}){0,3}\s*[|｜]\s*[^|｜:。、「」]{2,30}$")


def strip_site_tail(text: str) -> str:
    """``text`` without a publisher/site tail (:data:`SITE_TAIL`); a line that is nothing but the tail ("（サンケイスポーツ ）
    - Yahoo!ニュース") is left empty: it asserts nothing."""
    return SITE_TAIL.sub("", text)


@dataclass(slots=True)
class SentenceAnalysis:
    """Cues, modality and attribution found in a sentence."""

    commitment: str = ""  # the cue text, "" when absent
    position: str = ""
    recommendation: str = ""
    prediction: str = ""
    number: str = ""
    reporting: str = ""  # reporting frame: said / according to / と述べた / によれば
    evaluative: str = ""
    quoted: bool = False  # the sentence is (part of) a quotation
    holder: str = AUTHOR  # the reporting source, or AUTHOR / UNNAMED
    parties: dict[str, str] = field(default_factory=dict)  # claim type -> subject of its speech-act verb (pledged, aims, demanded)
    actor: str = ""
    certainty: str = "certain"
    deontic: str = ""
    negated: bool = False
    attributed_to: str = ""
    notes: list[str] = field(default_factory=list)
    #: The report's content is a past event ("Diplomats noted that Panama had recognized Beijing"): without another cue the
    #: frame alone does not make a claim (the schema has no reported-fact type; GUIDELINES.md, hard cases).
    reported_event: bool = False

    def ask_only(self) -> None:
        """The sentence is a direct question in its own voice ("…どんなメッセージが送られるのでしょう？", "What does it
        mean?"): it asserts nothing (GUIDELINES: questions are not claims), so every cue is dropped."""
        self.commitment = self.position = self.recommendation = self.prediction = self.number = self.evaluative = ""
        self.deontic, self.certainty, self.parties = "", "certain", {}
        self.quoted = False  # a question inside a quotation ("Why wouldn't I want to compete in that?"") asserts nothing either
        self.notes.append("question")

    def formula_only(self) -> None:
        """The sentence is a ritual formula (a prayer addressed to God for the deceased, a blessing): GUIDELINES (heldout4
        decisions) leave such formulas unmarked, so every cue is dropped and the frame does not make a view of it."""
        self.ask_only()
        self.notes[-1] = "ritual formula"
        self.reported_event = True

    def candidate_types(self) -> set[str]:
        """Claim types the cues support (several may; schema.TYPE_PRECEDENCE picks one)."""
        found = set()
        if self.commitment:
            found.add("commitment")
        if self.recommendation:
            found.add("recommendation")
        if self.position:
            found.add("policy_position")
        if self.prediction:
            found.add("prediction")
        if self.evaluative:
            found.add("assessment")
        if self.number:
            found.add("factual_statistic")
        elif (self.reporting or self.quoted or self.certainty != "certain") and not self.reported_event:
            found.add("assessment")  # a reported or hedged view without a number or a stronger cue
        return found

    def rule_type(self) -> str:
        """The type the rules alone assign ("" = not a claim)."""
        return pick_type(self.candidate_types())

    def holder_for(self, claim_type: str) -> str:
        """Who holds a claim of ``claim_type``: the reporting source; else, for a commitment, position
        or demand made by a speech-act verb, its subject; else the author (UNNAMED inside a bare quotation)."""
        if self.holder != AUTHOR:
            return self.holder
        return self.parties.get(claim_type, AUTHOR) or AUTHOR

    def cue(self, claim_type: str) -> str:
        """The cue that signalled ``claim_type`` (for Claim.cue)."""
        return {
            "commitment": self.commitment,
            "recommendation": self.recommendation,
            "policy_position": self.position,
            "prediction": self.prediction,
            "factual_statistic": self.number,
            "assessment": self.evaluative or self.reporting or ("quotation" if self.quoted else ""),
        }.get(claim_type, "")

    def features(self) -> list[float]:
        """Binary cue features for the classifier (same order in both languages)."""
        return [
            float(bool(self.commitment)),
            float(bool(self.position)),
            float(bool(self.recommendation)),
            float(bool(self.prediction)),
            float(bool(self.number)),
            float(bool(self.reporting)),
            float(bool(self.evaluative)),
            float(self.quoted),
            float(self.certainty == "likely"),
            float(self.certainty == "possible"),
            float(self.negated),
            float(self.deontic == "weak"),
            float(self.deontic == "strong"),
            float(self.holder not in (AUTHOR, UNNAMED)),
        ]


#: Names of :meth:`SentenceAnalysis.features`, for the data card and debugging.
FEATURE_NAMES = (
    "commitment_cue", "position_cue", "recommendation_cue", "prediction_cue", "number", "reporting_frame",
    "evaluative_word", "quoted", "hedge_likely", "hedge_possible", "negated", "deontic_weak", "deontic_strong",
    "named_holder",
)
