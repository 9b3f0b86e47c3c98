"""English claim cues, as data: lemma lists for the spaCy Matcher in :mod:`align.claims.en`.

Kept apart from the code so a reviewer can read and extend the lexicon
without reading the parser logic. All entries are lower-case lemmas.
"""

from __future__ import annotations

import re

#: Speech-act verbs whose subject *made* a commitment.
COMMITMENT_VERBS = frozenset({"pledge", "promise", "vow", "commit", "agree", "guarantee", "reaffirm", "sign"})
#: Verbs by which a body puts out figures ("China reports a 14% surge", "the ministry registered 1,686 infections",
#: "Amnesty analyzed 500 videos and found 125 incidents"): their subject holds the statistic.
DATA_VERBS = frozenset({"report", "announce", "register", "record", "find", "confirm", "publish", "count", "log", "tally"})
#: Subjects that are themselves measured ("Axon shares recorded a 18% jump"): they move, they report nothing.
MEASURED_NOUNS = frozenset({"share", "stock", "price", "index", "currency", "sale", "revenue", "population", "market", "economy",
                            "temperature", "number", "rate", "figure", "level", "total"})
#: Verbs of thinking: a past "I thought …" reports a view, not an event.
BELIEF_VERBS = frozenset({"think", "believe", "feel", "realize", "realise", "know", "understand", "find", "expect", "hope", "fear"})
#: A threat to act ("threatened to strike") binds the threatening party like a vow (GUIDELINES.md); only with a to-clause:
#: "the storm threatens the coast" states no intention.
THREAT_VERBS = frozenset({"threaten", "undertake"})  # "undertook to repay" binds; "undertook this misadventure" narrates

#: Verbs/nouns stating a party's goal, priority, strategy or refusal.
POSITION_VERBS = frozenset({
    "aim", "seek", "plan", "want", "hope", "intend", "oppose", "resist", "refuse", "reject", "support",
    "prioritize", "prioritise", "pursue", "persuade", "try", "favor", "favour", "object", "back", "endorse", "propose",
})
#: Predicate nouns stating a stance of their subject ("Poland is a vocal opponent of the pipeline").
STANCE_ROLE_NOUNS = frozenset({"opponent", "supporter", "proponent", "advocate", "champion", "critic"})
#: Predicate adjectives stating a stance of their subject ("Washington is wary of agreeing …", "reluctant to").
STANCE_ADJECTIVES = frozenset({"wary", "reluctant", "opposed", "averse", "unwilling", "hesitant"})
#: Verbs whose subject judges someone or something ("condemned the Government", "defended the decision", "blamed US
#: sanctions"): an evaluative speech act, so the sentence is an assessment held by that subject.
EVALUATIVE_VERBS = frozenset({"condemn", "blame", "defend", "praise", "denounce", "slam", "applaud", "hail", "laud", "decry",
                              "commend", "lambast", "fault", "criticize", "criticise"})
#: Subordinators of adverbial clauses whose modal is not the sentence's forecast ("as swiftly as we could",
#: "so that the US government could overlook …", "while it might be accepted …").
ADVERBIAL_MARKS = frozenset({"as", "so", "while", "whilst", "because", "although", "though", "since", "that", "than"})
#: Heads of a subject that is a quantity: "the number of defectors has fallen" states a (changed) count.
QUANTITY_NOUNS = frozenset({"number", "rate", "share", "proportion", "percentage", "total", "count", "figure", "level",
                            # measured or counted things whose rise or fall is a statistic ("sales soared", "concentrations decrease")
                            "sale", "price", "concentration", "export", "import", "temperature", "arrival", "defection", "admission",
                            "output", "production", "unemployment", "inflation", "profit", "revenue", "infection"})
#: Verbs of a change in a quantity.
CHANGE_VERBS = frozenset({"fall", "rise", "drop", "increase", "decrease", "decline", "double", "triple", "halve", "grow",
                          "climb", "jump", "plunge", "soar", "shrink", "surge", "slump", "dip", "spike", "reduce", "tumble",
                          "rocket", "slide"})
#: Units of a measurement the quantity reader leaves unitless ("a 7.5 magnitude quake", "about 1 ton", "a 20-degree difference",
#: "85 mph", "145 yards"), matched right after its number.
MEASURE_AFTER = (r"[- ]?(?:magnitude|tons?|tonnes?|mph|knots|inch(?:es)?|yards?|degrees?|kilograms?|kg|litres?|liters?|"
                 r"gallons?|kilometres?|kilometers?|metres?|meters?|miles?)\b")
#: What follows a hyphened measure that sizes a change ("a 20-degree temperature difference", "a 5-metre rise").
MEASURED_CHANGE = r"[-\w]*(?: \w+)? (?:difference|gap|rise|drop|fall|increase|decrease|jump|swing)\b"
#: Verbs that state a size: a measurement in their clause is the predicate ("is 10m long", "weighs 1 ton", "stretches 130 miles").
MEASURE_VERBS = frozenset({"be", "weigh", "measure", "stretch", "extend", "span", "cover", "encompass", "reach", "total"})
#: Verbs whose object is a duration measured ("lasted two weeks", "spanned a decade"; "took three days off" narrates).
DURATION_VERBS = frozenset({"last", "span"})
#: Duration units of the quantity reader.
DURATION_UNITS = frozenset({"second", "minute", "hour", "day", "week", "month", "year", "decade"})
#: Verbs of an instrument reading whose number needs no unit ("measured 6.2 on the Richter scale", "registered 7.1").
READING_VERBS = frozenset({"measure", "register"})
#: Units of the quantity reader that describe a person or thing rather than measure it ("the 56-year-old").
DESCRIPTIVE_UNITS = frozenset({"age"})
#: Small counts (below the 10 SCALE needs) and the verbs that make them casualty figures ("Five agitators were killed").
SMALL_NUMBERS = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", *"123456789"})
CASUALTY_VERBS = frozenset({"kill", "injure", "hurt", "wound", "arrest", "rescue", "trap", "die", "hospitalize", "hospitalise",
                            "evacuate", "detain", "abduct", "kidnap", "treat"})
#: Verbs that count casualties when "hospital" is in their own prepositional phrase ("taken to a hospital", "remain in hospital").
HOSPITAL_VERBS = frozenset({"take", "rush", "admit", "airlift", "fly", "remain", "stay", "send"})
#: What an ordinal tallies ("the 85th case", "his fifth victory", "her 36th meeting", "7th home run"): things counted as they
#: happen, unlike people ranked ("the ninth chancellor") or positions in a sequence ("the 29th minute", "the 11th race").
TALLY_NOUNS = frozenset({"case", "meeting", "goal", "win", "victory", "run", "homer", "hit", "title", "medal", "loss", "defeat",
                         "death", "infection", "century", "shutout", "strikeout", "appearance", "championship", "crown",
                         "assist", "pass", "touchdown", "wicket", "try", "birdie", "save", "rebound"})
#: Tally nouns that are sport results whatever the verb, so a small count of them is a record ("scored two goals", "had 7
#: strikeouts"). The others have everyday senses ("made two points in his speech", "heard two cases", "two passes for the
#: concert", "two tries at the exam"): a small count of them is a tally only with a sport verb (TALLY_VERBS).
SPORT_TALLY_NOUNS = frozenset({"goal", "strikeout", "homer", "touchdown", "wicket", "birdie", "rebound", "assist", "shutout", "medal",
                               "win", "victory"})
TALLY_VERBS = frozenset({"score", "tally", "record", "notch", "concede", "rack", "post", "complete", "convert", "hit", "allow"})
#: Words that put a sentence in a game, so its small counts of points, hits, passes or losses are results ("He gave up four hits
#: in the 6th inning", "In the juryo division, X stands alone at the top with one loss", "only three passes were made" in "the
#: latest game"); a court, a meeting or an exam is no game.
SPORT_CONTEXT = re.compile(r"\b(?:innings?|games?|match(?:es)?|season|division|tournament|league|cup|wrestlers?|pitch(?:er|ing)|"
                           r"batt(?:er|ing)|striker|goalkeeper|quarterback|sumo|golf|baseball|football|soccer|rugby|cricket|"
                           r"tennis|hockey|basketball)\b", re.I)
#: Ordinal tallies that may be a sentence's subject ("the 85th case was confirmed"); other tallies as subject are names of a
#: thing ("The band's third title is a love song").
SUBJECT_TALLY_NOUNS = frozenset({"case", "death", "infection"})
#: Verbs whose content is a view or a need, not a fact the sentence states: a count, ordinal or change inside it ("He thinks the
#: second case is different", "his team needs two wins", "Experts believe temperatures rose") stays part of that view.
VIEW_VERBS = frozenset({"think", "believe", "feel", "expect", "hope", "fear", "suspect", "guess", "suppose", "assume", "reckon",
                        "need", "want", "wish"})
#: Superlatives that compare counts or amounts ("the lowest number of cases", "record profits"), unlike praise ("the best prices").
COUNT_SUPERLATIVES = frozenset({"highest", "lowest", "largest", "smallest", "biggest", "most", "fewest", "record"})
#: Heads a counting superlative compares as a count without a figure in the sentence ("the lowest number of new cases");
#: other quantity nouns ("the lowest prices in the city") need a figure nearby.
RECORD_NOUNS = frozenset({"number", "total", "count", "figure", "rate", "share", "proportion", "percentage", "case", "death",
                          "infection", "arrival", "admission", "defection", "unemployment", "inflation", "temperature"})
#: Particles that make a change verb phrasal ("fell through", "fell apart", "fell behind"): no quantity changes.
PHRASAL_PARTICLES = frozenset({"through", "apart", "behind", "out", "off", "over", "back", "in"})
#: Objects of "on" after a change verb that make it figurative ("has fallen on our shoulders", "fell on hard times"); a possessive
#: object counts too.
FIGURATIVE_ON = frozenset({"shoulder", "head", "ear", "time", "back", "eye", "heart", "deaf"})
#: Context that makes a bare "N degrees" a temperature or an angle ("40 degrees Celsius", "a 15-degree slope", "temperatures
#: of 40 degrees"), unlike academic degrees or grades of a burn.
DEGREE_CONTEXT = re.compile(r"°|\b(?:celsius|centigrade|fahrenheit|temperatures?|heat|hot|cold|warm\w*|cool\w*|freez\w*|"
                            r"thermometers?|fever|angles?|tilt\w*|slope\w*|latitude|longitude|rotat\w*|turn\w*)\b", re.I)
#: Units of a duration that can be the time elapsed since an event ("It has been a decade since …").
ELAPSED_UNITS = frozenset({"year", "decade", "month", "week", "day", "century"})
#: Times ahead that make a present-tense main verb a schedule ("faces Videoton at 3 p.m. on Thursday", "premieres next month");
#: a weekday before a capitalized word is a name ("Saturday Night Live").
FUTURE_TIME = re.compile(r"\b(?:tonight|tomorrow|next (?:week|month|year|season|weekend|spring|summer|autumn|fall|winter|"
                         r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)|this (?:weekend|evening|afternoon)|later this (?:week|month|year)|"
                         r"(?:on|this) (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?! [A-Z])|at \d{1,2}(?::\d\d)? ?[ap]\.?m\.?|"
                         r"on (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d)")
#: Words of a match result: with a score ("beat Everton 3-1", "a 2-0 win", "take 10-6 lead") the sentence states a statistic.
RESULT_WORDS = re.compile(r"\b(?:win|wins|won|winning|beat|beats|beaten|defeat\w*|victor\w*|loss|losses|lose|loses|losing|lost|"
                          r"draw|draws|drew|lead|leads|led|triumph|rout\w*|thrash\w*)\b", re.I)
#: Verbs of a future-tense provision that only sets a size or a duration ("The Senate will consist of 300 members", "The term
#: will be five years"): what was enacted, a statistic, not a forecast (GUIDELINES, heldout4 decisions).
PROVISION_VERBS = frozenset({"consist", "comprise", "number", "total", "last"})
#: Subjects whose ruling with a modal content ("the Supreme Court ruled …, saying that petitioners would be given five acres")
#: awards or orders: a strong directive of the court (GUIDELINES, heldout4 decisions).
COURT_NOUNS = frozenset({"court", "judge", "tribunal", "justice", "judges"})
RULING_VERBS = frozenset({"rule", "decide", "order"})
#: Verbs whose first-person future is no announced action: "we'll see", "I won't disagree", "we will know".
NON_ACTION_VERBS = frozenset({"see", "know", "wait", "disagree", "forget", "find"})
#: Emphatic frames typed by the claim they frame ("Investors should be in no doubt that prices will rise", "Make no mistake"):
#: their "should" is not a recommendation (GUIDELINES, heldout4 decisions).
EMPHATIC_FRAME = r"\bshould be in no doubt\b|\bmake no mistake\b"
#: Normative "the way": "Sanctions are not the way forward", "Weapons are not the path to take" (a weak recommendation).
NORMATIVE_WAY = r"\b(?:is|are|was|were)(?: not|n't)? (?:the|a) (?:\w+ )?(?:path|way|route|road) (?:to take|forward|to go)\b"
#: Fixed phrases (regular expressions, lower case) stating a goal, an undertaking or a forecast without a cue verb.
#: Conditional readiness ("can, if necessary, resort to …"), a voiced hope and a condition set ("no aid until …") are stances.
POSITION_PHRASES = (r"\bwould (?:have )?[\"“']?(?:like|liked|love|loved|prefer|preferred|rather)\b|"
                    r"\blook(?:s|ing|ed)? forward to\b|\b(?:determined|willing|eager|keen) to\b|"
                    r"\bif (?:necessary|needed|required)\b|"
                    r"\b(?:express|voice)\w* (?:\S+ ){0,2}(?:hope|wish|desire|intention|support|opposition)\b|\bno\b[^.;]{1,60}\buntil\b")
COMMITMENT_PHRASES = r"\b(?:committed|prepared) to\b"
#: "was scheduled to arrive" is narrative (the plan of the past), so slated/scheduled count in the present only.
PREDICTION_PHRASES = (r"\b(?:is|are|was|were|'s|'re) (?:set|poised|bound|on track|on course) to\b|"
                      r"\b(?:is|are|'s|'re) (?:now )?(?:slated|scheduled) to\b|"
                      # a present schedule with a date ("The ceremony is set for Aug. 5")
                      r"\b(?:is|are|'s|'re) (?:now )?(?:set|slated|scheduled|due) for\b")
#: Subjects of "X is to <verb>" that define rather than schedule ("The only objective is to defeat Trump", "evil's nature is
#: to fight"): with them "is to" equates, it does not announce what will happen.
DEFINING_NOUNS = frozenset({"objective", "goal", "aim", "nature", "idea", "way", "task", "job", "purpose", "priority", "role",
                            "mission", "point", "problem", "challenge", "plan", "intention", "hope", "aspiration", "solution"})
#: Heads of a party that is an agreement: what it "calls for" or "requires" is a stipulation, i.e. a commitment of the deal.
AGREEMENT_NOUNS = frozenset({"deal", "agreement", "accord", "treaty", "pact", "ceasefire", "truce", "communique", "memorandum"})
#: Objects that make "reject/deny/dismiss X" a judgement about a claim, not a stance on a policy.
CLAIM_NOUNS = frozenset({"idea", "claim", "notion", "suggestion", "allegation", "accusation", "report", "charge", "assertion",
                         "argument", "view", "premise", "characterization", "speculation", "rumor", "rumour"})
#: Objects of "deny" that report an event: denying one ("denied the report", "denied allegations that he had …") is an event.
EVENT_REPORT_NOUNS = frozenset({"report", "reports", "allegation", "accusation", "charge", "rumor", "rumour", "story"})
#: Heads of a subject that is a body speaking for itself ("the ministry said it would …").
BODY_NOUNS = frozenset({"government", "ministry", "company", "administration", "council", "committee", "country", "bank", "firm",
                        "party", "military", "army", "agency", "department", "office", "union", "alliance", "organization",
                        "organisation", "group", "coalition", "state", "regime", "cabinet", "parliament", "congress", "court",
                        "corp", "inc", "co", "ltd", "corporation", "airline", "carrier", "maker", "automaker", "bloc"})
#: Singular heads of a subject that speaks for a group ("a source told the paper they would …").
GROUP_NOUNS = frozenset({"source", "spokesman", "spokeswoman", "spokesperson", "staff", "team", "family", "campaign"})
#: Nouns that state a goal only in fixed frames ("on a mission to"); "goal"/"objective" alone were too noisy on the gold.
POSITION_NOUNS = frozenset({"mission"})
#: Nouns that make "X is a duty / an obligation" a recommendation (with strength).
DEONTIC_NOUNS = {"duty": "strong", "obligation": "strong", "imperative": "strong"}
#: Words that mark a sentence as reporting a poll: its numbers are statistics whatever the opinions counted.
#: "percent" alone is not one: "aims to cut emissions by 40 percent" is a goal with a number, not a poll.
POLL_WORDS = frozenset({"poll", "polls", "polling", "survey", "surveys", "respondent", "respondents"})
#: Singular nouns a number counts or measures ("38 percent", "5 year-old"): with them the number is the fact, not a name.
UNIT_NOUNS = frozenset({"percent", "per", "cent", "%", "share", "rate", "increase", "rise", "fall", "drop", "cut", "year", "month",
                        # units of a measurement: "a 7.5 magnitude quake" measures the quake, it does not name it
                        "magnitude", "degree", "ton", "tonne", "mph", "inch", "yard", "mile", "acre", "metre", "meter", "km", "m", "cm"})
#: Objects of "announce" that make the announcement a commitment of resources.
COMMITTED_RESOURCES = frozenset({"investment", "funding", "fund", "aid", "package", "grant", "loan", "plan"})
#: Verbs that make public what the subject will provide or do (with a resource or plan object).
ANNOUNCING_VERBS = frozenset({"announce", "confirm", "unveil"})

#: Modal auxiliaries and verbs that say what should be done, with their deontic strength.
DEONTIC_MODALS = {"should": "weak", "ought": "weak", "must": "strong"}
DEONTIC_VERBS = {"urge": "weak", "recommend": "weak", "demand": "strong", "require": "strong"}
#: Verbs that put forward what should be done only with a clause or a thing as their content ("requested that the city hold
#: a ceremony", "has proposed a sandstone structure"): a request or proposal is a weak recommendation of its subject
#: (GUIDELINES, heldout4 decisions). "proposes to expand" (a to-clause) stays the subject's stated plan, a position.
PROPOSAL_VERBS = frozenset({"request", "propose"})
#: Objects of "reaffirm/reconfirm" that restate a stance ("reconfirm our support for …"): a position, not an undertaking.
STANCE_NOUNS = frozenset({"support", "opposition", "backing", "solidarity"})
#: Words naming God: a prayer addressed to God for someone ("I pray to Almighty God to surround the deceased …") is a ritual
#: formula, not a claim; a prayer for a public outcome ("praying for Ukraine, so that tensions are resolved") is a stated goal.
DIVINE_WORDS = frozenset({"god", "allah", "almighty", "lord"})
#: Verbs of preference that make "said he would prefer …" a stance, not an announced action.
PREFERENCE_VERBS = frozenset({"like", "love", "prefer", "rather"})
#: "call on/for", "need to": verb + particle/infinitive patterns (lemma, next lemma, strength).
#: "have to" is left out: on the gold it was circumstantial ("researchers often have to work hard") more often than deontic.
DEONTIC_PHRASES = (("call", "on", "weak"), ("call", "for", "weak"), ("need", "to", "strong"))
#: "tell/ask X to do": a directive when the verb has an infinitival complement.
DIRECTIVE_VERBS = {"tell": "strong", "ask": "weak", "order": "strong", "lobby": "weak", "pressure": "weak", "press": "weak"}

#: Adverbs of habit: "researchers often have to work hard" describes a routine, not what must be done.
HABITUAL_ADVERBS = frozenset({"often", "sometimes", "usually", "always", "typically", "generally", "normally", "frequently"})

#: Markers of a forecast.
PREDICTION_MODALS = frozenset({"will", "would", "could", "may", "might", "shall", "'ll", "wo"})
PREDICTION_VERBS = frozenset({"expect", "forecast", "predict", "project", "anticipate", "risk"})
PREDICTION_WORDS = frozenset({"likely", "unlikely"})
#: A possible event stated as such ("Flash flooding is possible", "12 to 15 inches of snow is possible", "there's a possibility of
#: death", "there is a good chance that …"): what may happen, a prediction (GUIDELINES: "there is a risk of X" is typed by the
#: prediction it carries). "It is possible to book online" (an ability) and "it is possible that he knew" (a guess) are not.
POSSIBLE_EVENT = (r"\b(?:is|are|'s|remains?)(?: \w+)? possible\b(?! (?:to|for|that)\b)|"
                  r"\bthere(?: is|'s| are| remains?)(?: \w+){0,2} (?:possibility|possibilities|chance|chances|risk|risks) (?:of|that)\b|"
                  r"\bwith the possibility that\b")
#: Time words that turn "could be …" into a forecast ("could be over by next year").
FUTURE_WORDS = frozenset({"soon", "tomorrow", "next", "future", "eventually", "later", "coming", "upcoming"})

#: Verbs that attribute the sentence's content to their subject.
REPORTING_VERBS = frozenset({
    "say", "tell", "state", "add", "argue", "warn", "insist", "claim", "allege", "stress", "note", "believe", "think",
    "report", "suggest", "point", "accuse", "criticize", "criticise", "acknowledge", "reveal", "explain", "write",
    "testify", "announce", "highlight", "assert", "contend", "maintain", "declare", "show", "find", "estimate",
    "caution", "concede", "admit", "observe", "predict", "doubt", "describe", "call", "demonstrate", "indicate",
    "deny", "reject", "dismiss", "vow", "pledge", "promise", "swear", "confirm", "assess",
    # the verbs of social media and comment sections ("he tweeted", "Another commented: …", "who replied: …")
    "tweet", "comment", "reply", "post", "retweet",
})
#: Verbs of feeling whose passive is a state of mind ("was shocked", "were disappointed"): a reported feeling is a view.
FEELING_VERBS = frozenset({"shock", "surprise", "disappoint", "please", "impress", "concern", "worry", "delight", "sadden",
                           "encourage", "alarm", "frustrate", "satisfy", "amaze", "stun", "horrify", "upset", "convince"})
#: Reporting verbs that pass on what happened without arguing for it: with a past event as content ("Diplomats noted that
#: Panama had recognized Beijing") the sentence is a reported event, not a view. argue/claim/insist/show … keep a view.
NEUTRAL_REPORTING_VERBS = frozenset({"say", "tell", "note", "acknowledge", "add", "testify", "allege", "report", "reveal", "announce",
                                     "explain", "write", "admit", "concede", "recall", "confirm", "state", "mention"})
#: Sources that pass on the facts of a case: police, coroners, hospitals, emergency services and public records (crime and
#: accident reports cite them for what happened, not for a view), so even a present-tense content they report ("Police said
#: the man is in a stable condition") is no claim. Courts, prosecutors and "authorities" are left out: what they say is
#: often a ruling, an accusation or a government's view ("Chinese authorities said Taiwan is an inseparable part of
#: China"); their past-event reports are still events by the general rule. "Officers" counts only as police officers or as
#: the whole subject ("Officers said …"), not "the chief financial officer"; "records" only as a record kind or alone (not
#: a record label, "Def Jam Records").
RECORD_SOURCE = (r"(?i)\b(?:police(?: officers?)?|detectives?|sheriff|coroner|medical (?:personnel|staff|examiner)|hospital|"
                 r"fire (?:department|service|brigade)|coast ?guard|listings|"
                 r"(?:public|official|court|police|phone|medical|hospital|property|flight|financial) records)\b|"
                 r"^(?:the )?(?:officers|records)$")
#: Reporting verbs that introduce a nested report ("He said Kim had told him …"): the inner speaker holds the claim.
SPEECH_VERBS = frozenset({"say", "tell", "report", "claim", "warn", "announce", "write", "add", "state", "argue", "vow",
                          "pledge", "promise"})
#: Passive frames without an agent ("is expected to", "is believed to"): the claim is reported, its source unnamed.
PASSIVE_REPORT_VERBS = frozenset({"expect", "believe", "think", "say", "report", "consider", "estimate", "project", "predict",
                                  "rumor", "rumour", "understand", "know"})
#: Verbs whose past passive with a complement states an intent, an expectation, a hearsay or a judgement, not an event:
#: "the policy was designed to weaken the opposition", "the plan was expected to fail", "he was believed to be hiding",
#: "the vote was seen as a rebuke", "the attack was aimed at civilians". Reported with "said", it stays a view (en._past_event).
#: Without such a complement the same verbs narrate ("the house was designed by Foster", "the man was known to police").
JUDGED_PASSIVE_VERBS = PASSIVE_REPORT_VERBS | {"design", "intend", "mean", "suppose", "aim", "deem", "allege", "presume", "assume",
                                               "see", "view", "regard", "perceive"}
#: Of those, the verbs of seeing count only with "as" ("was seen as a rebuke"): "he was seen leaving the house" is a sighting.
AS_ONLY_PASSIVE_VERBS = frozenset({"see", "view", "regard", "perceive"})
#: Subjects that count people ("38 percent said …"): a poll result, held by the poll or the author, not a speaker.
COUNT_WORDS = frozenset({"percent", "%", "per", "majority", "minority", "half", "third", "quarter", "two-thirds"})

#: Reporting verbs that take the accused/criticised party as object instead of a clause.
OBJECT_REPORTING_VERBS = frozenset({"accuse", "criticize", "criticise", "blame", "praise", "deny", "welcome", "estimate"})

#: Hedges, by the certainty they signal.
LIKELY_WORDS = frozenset({"likely", "probably", "appear", "seem", "expect", "apparently", "presumably", "doubt", "believe", "think"})
POSSIBLE_WORDS = frozenset({"may", "might", "could", "possible", "possibly", "perhaps", "potentially", "can"})
CERTAIN_WORDS = frozenset({"certainly", "definitely", "undoubtedly", "surely", "inevitable", "inevitably"})

#: Degree adverbs: a predicate they grade is a judgement ("particularly worrying", "markedly improved", "extremely seriously").
DEGREE_ADVERBS = frozenset({"very", "particularly", "extremely", "highly", "markedly", "increasingly", "deeply", "hugely",
                            "too", "so", "remarkably", "seriously", "severely", "vastly", "utterly", "profoundly", "genuinely"})
#: Predicate adjectives that describe a state without judging it ("is available", "was unable", "are aware").
DESCRIPTIVE_ADJECTIVES = frozenset({"available", "able", "unable", "aware", "unaware", "due", "present", "absent", "ready",
                                    "alive", "dead", "open", "closed", "free", "busy", "married", "single", "pregnant", "jewish",
                                    "likely", "unlikely", "sure", "certain", "responsible", "eligible", "subject", "similar",
                                    "different", "full", "empty", "old", "new", "young", "late", "early", "former", "current"})
#: Negators of the claim's main predicate.
NEGATORS = frozenset({"not", "n't", "never", "no", "neither", "nor", "none", "nothing", "nobody", "without"})

#: Evaluative words that make an otherwise plain sentence an assessment (a small seed; the classifier generalizes).
#: "illegal(ly)" is not one: "crossed the border illegally" describes a status; "the occupation is illegal" is still judged
#: as a predicate adjective (en._graded_predicate).
EVALUATIVE_WORDS = frozenset({
    "significant", "important", "critical", "crucial", "problem", "failure", "success", "good", "bad", "best", "worst",
    "better", "worse", "mess", "catastrophe", "crisis", "dramatic", "dramatically", "unfair",
    "useless", "promising", "advantage", "disadvantage", "concern", "worry", "pretext", "dream", "luxury", "value",
    "fragmented", "poor", "poorer", "welcome", "inappropriate", "exasperating", "true", "wrong", "pressing", "disadvantaged",
    "deadlock", "excel", "fail", "disappointed", "muddled", "gold",
})
