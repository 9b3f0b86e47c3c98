"""English claim analysis with the spaCy dependency parse.

Cues come from :mod:`align.claims.cues_en` (lemmas); the parse says *where*
they sit: a modal inside a relative clause ("treatments that could have been
cleared") does not hedge the sentence, and the holder of "X said that Y" is the
subject of the reporting verb, not of Y.
"""

from __future__ import annotations

import re

from align.claims import cues_en as cues
from align.claims.analysis import SentenceAnalysis, strip_site_tail
from align.claims.schema import AUTHOR, UNNAMED
from align.quantities import extract_quantities

#: Clause types whose content does not carry the sentence's own modality.
MODIFIER_DEPS = frozenset({"relcl", "acl", "amod", "appos", "pcomp", "csubj"})
#: Children dropped from a holder/actor phrase: "Kai-Fu Lee, who has worked for Google" → "Kai-Fu Lee".
TRIM_DEPS = frozenset({"relcl", "acl", "appos", "advcl"})
#: Punctuation that ends a holder phrase (hyphens inside "Jean-Pierre" stay).
TRIM_PUNCT = frozenset(",;:()[]\"“”")
QUOTES = "\"“”'‘’"
#: A quantity that makes a statistic: money, percentages, scale words, counts of 100+ or counted units.
#: Dates, "Covid-19" and "Catch 22" are not statistics.
SCALE = re.compile(
    r"[$£€¥]\s?\d|\d\s?%|\b(?:million|billion|trillion|thousands?|hundreds?|dozens?|percent|per cent|half|thirds?|quarters?|"
    r"double[sd]?|tripled?|twice)\b|(?<![-\w.])\d{1,3}(?:,\d{3})+\b|(?<![-\w.])\d{3,}\b|"
    r"(?<![-\w.])\d+(?:\.\d+)? (?:people|troops|patients|prisoners|times|percent|years?|months|degrees|cubic)\b|"
    # a bound on an amount ("up to seven days", "at least 14") and a share of a group ("the vast majority of")
    r"\b(?:up to|at least|at most|more than|fewer than|less than|as many as)(?: \d+| (?:two|three|four|five|six|seven|eight|nine|"
    r"ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred)\b)|\b(?:majority|minority) of\b|"
    # a count of ten or more things ("51 infections", "40 reported cases", "Thirty-one people"): the parse below still
    # drops counts inside side clauses and numbers that only name a thing
    # (durations are not counts: "visible 12 hours after")
    r"(?:(?<![-\w.,$£€¥])\d{2}|\b(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|"
    r"eight|nine))?|\b(?:eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)) "
    r"(?!(?:[a-z]+ )?(?:seconds|minutes|hours|days|weeks|months|years|decades|centuries)\b)(?:[a-z]+ )?"
    # a plural, not a function word ending in s ("turned thirteen this year")
    r"(?:people|(?!(?:this|is|was|has|as|its|us|his|hers|ours|yours|theirs|thus|plus|less|unless|always|perhaps|across)\b)[a-z]+s)\b|"
    # a count of the dead or injured in a headline ("73 Dead in Heavy Rains", "Five injured")
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine) (?:people )?(?:dead|injured|missing)\b(?! (?:man|woman|person|body))|"
    # a share told as a rate ("One in five children", "three out of four voters")
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|\d+) (?:in|out of) (?:every )?(?:two|three|four|five|six|seven|eight|nine|ten|"
    r"\d+)\b(?= [a-z])", re.I)
#: Lemmatizer slips of the small English model that hide a cue ("hoping" → "hop").
LEMMA_FIXES = {"hoping": "hope", "hopes": "hope", "hoped": "hope", "vowing": "vow"}
#: A question tag after a statement ("I don't think that's uncommon, do you?"): the statement is typed, not dropped as a question.
QUESTION_TAG = re.compile(r",\s*(?:(?:do|does|did|is|are|was|were|can|could|will|would|have|has)(?:n't)?\s+"
                          r"(?:you|it|he|she|they|we|there|I)|right|eh)\s*\?[\"”’' ]*$", re.I)
#: A photo caption's credit ("… on Sunday morning (PA)", "(AP Photo/…)"): a caption narrates its picture in the present.
CAPTION_CREDIT = re.compile(r"\((?:PA|AP|AFP|Reuters|Getty[^)]*|[^)]*Photo[^)]*)\)\s*$|\bPhoto(?:graph)?:")
#: A match score ("2-0", "10-6", "16.5-11.5"); not a range ("30-60 range", "70-90%") and not part of a date or an address.
SCORE = re.compile(r"(?<![\d.,/-])\d{1,3}(?:\.5)?-\d{1,3}(?:\.5)?(?![\d-]|\s*(?:range|percent|per cent|%))")
#: A modal with a perfect infinitive looks back: "may have set it back", "could have been cleared".
PAST_MODAL = re.compile(r"\b(?:may|might|could|must|would)(?: not|n't)?(?: have|'ve) (?:been )?\w+(?:ed|en|t|wn|d)\b", re.I)
#: Headline attribution: "…, Analysts Warn", "… - Interior Secretary". After a comma the speech verb is required: a title-case
#: headline ends in many capitalized phrases that speak for no one ("…, Killing Hundreds", "…, Fukui Prefecture").
HEADLINE_SOURCE = re.compile(r"(?:,\s*([A-Z][\w.'’ -]{1,40}?)\s+(?:Warns?|Says?|Claims?|Argues?)|\s[-–—]\s*([A-Z][\w.'’ -]{1,40}?)"
                             r"(?:\s+(?:Warns?|Says?|Claims?|Argues?))?)$")
#: "If they had put …, we would now have …": a counterfactual, not a forecast.
COUNTERFACTUAL = re.compile(r"\bif\b[^.]*\b(?:had|were)\b.*\bwould\b|\bwould(?: not|n't)? have been\b", re.I | re.S)
DATE = re.compile(
    r"\b(?:1[89]|20)\d\d(?:s|-\d\d)?\b|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}\b|"
    r"\b\d{1,2}(?:st|nd|rd|th)?\b(?= (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))|"
    # spans of time are not quantities either: "for more than a year and a half", "half an hour"
    r"(?i:\b(?:a|an|one|\d+) (?:years?|months?|weeks?|days?|hours?|decades?) and a half\b|"
    r"\bhalf (?:a|an) (?:year|month|week|day|hour|decade|century)\b|"
    # a distance in time places an event ("30 years after the treaty", "21 years ago"), and a hyphenated duration describes
    # a thing ("a 500-year struggle", "the 41-year-old"): neither is a checkable quantity
    r"\b\d+ (?:years?|months?|weeks?|days?|decades?|centuries) (?:ago|after|before|earlier|later)\b|"
    r"\b\d+-(?:year|month|week|day|hour|minute|decade|century)s?\b)")


def analyze(texts: list[str]) -> list[SentenceAnalysis]:
    """One analysis per English sentence (parsed in one spaCy batch)."""
    from align.lang.en import _nlp

    return [_analyze(doc) for doc in _nlp().pipe([strip_site_tail(t.strip()) for t in texts])]


def _analyze(doc) -> SentenceAnalysis:
    a = SentenceAnalysis()
    text = doc.text.strip()
    root = next((t for t in doc if t.dep_ == "ROOT"), doc[0] if len(doc) else None)
    if root is None:
        return a
    reporting = _reporting_verb(doc)
    according = _according_to(doc)
    content = _content_head(reporting) if reporting is not None else root
    if reporting is not None:
        subject = _subject(reporting)
        inner = _inner_report(reporting) if subject is not None else None
        if inner is not None:
            # "He said Kim had told him …", "Biden said …, the AP reported": the innermost speaker holds the claim
            a.reporting, a.holder, a.attributed_to = inner.text, _subject(inner) or subject, subject
            reporting = inner
        elif subject is not None:
            a.reporting = reporting.text
            a.holder = subject
        elif reporting.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in reporting.children):
            a.reporting, a.holder = reporting.text, UNNAMED  # "it is reported that …"
    headline = HEADLINE_SOURCE.search(text)
    if headline and not a.reporting and not text.endswith("."):  # a headline has no final period ("…in Austin, Texas.")
        a.reporting, a.holder = headline.group(0).strip(" -–—,"), headline.group(1) or headline.group(2)
    if according:
        if a.reporting:
            a.attributed_to = according
        else:
            a.reporting, a.holder = "according to", according
    cited = _cited_source(reporting) if reporting is not None else ""
    if cited and a.holder not in (AUTHOR, UNNAMED):
        a.holder, a.attributed_to = cited, a.holder  # "Park, citing data from the ministry, said …": the data's source holds it
    if a.holder not in (AUTHOR, UNNAMED) and _counts_people(a.holder):
        # "Fifty-eight percent said …, according to the poll": a poll result, held by the poll (else the author)
        a.holder = according or AUTHOR
        a.attributed_to = "" if not according else a.attributed_to
    if not a.reporting and _passive_report(root):
        a.holder = UNNAMED  # "The deal is also expected to guarantee …": reported, no source named
    quote_marks = sum(text.count(q) for q in "\"“”")
    a.quoted = _opens_with_long_quote(text) or (text[-1:] in QUOTES and quote_marks % 2 == 1)
    if a.quoted and text[:1] in QUOTES and reporting is not None and _inside_opening_quote(text, reporting.idx):
        a.reporting, a.holder = "", AUTHOR  # '"People are saying …' : the report is part of the quotation
    if not a.reporting and a.quoted:
        a.holder = UNNAMED
    if text.endswith(":") and reporting is not None and not any(c.dep_ in ("ccomp", "xcomp", "parataxis") for c in reporting.children):
        a.reporting = ""  # "Labour MP Jess Phillips said on Saturday:": the frame alone asserts nothing; the next sentence does
    _type_cues(doc, a, reporting)
    root_subject = next((c for c in root.children if c.dep_ == "nsubj" and c.pos_ in ("PROPN", "NOUN")), None)
    for kind, party in list(a.parties.items()):
        if party.lower() in ("it", "they") and root_subject is not None and party != root_subject.text:
            a.parties[kind] = _phrase(root_subject)  # "China introduced its plan: it's aiming to …" → China
    if a.number and not a.reporting and "factual_statistic" not in a.parties:
        source = _data_source(root)
        if source:
            a.parties["factual_statistic"] = source
    actor = _subject(content) if content is not None else None
    a.actor = actor or ""
    a.certainty = _certainty(doc, reporting)
    a.negated = _negated(doc, content)
    a.reported_event = reporting is not None and content is not None and content != reporting and not quote_marks and \
        reporting.lemma_.lower() in cues.NEUTRAL_REPORTING_VERBS and _past_event(content)
    if a.quoted and not a.reporting and not a.evaluative and _past_event(root) and root.lemma_.lower() not in cues.BELIEF_VERBS:
        a.reported_event = True  # '"I heard my wife cry for help …': a witness narrating what happened, not a view
    if reporting is not None and not quote_marks and reporting.lemma_.lower() in cues.NEUTRAL_REPORTING_VERBS and \
            _record_fact(a, a.holder):
        a.reported_event = True  # "Police said the man is in a stable condition": the facts of a case, passed on
    if a.reporting == "according to" and not quote_marks and (_past_event(_main_verb(root)) or _record_fact(a, according)):
        a.reported_event = True  # "According to KCNA, a defector returned across the border": a sourced event, not a view
    denial = next((t for t in doc if t.lemma_.lower() == "deny" and t.pos_ == "VERB" and not _in_modifier(t)), None)
    if denial is not None and _denies_event(denial) and not (a.commitment or a.recommendation or a.position or a.number):
        a.reported_event, a.evaluative = True, ""  # "Rosenstein denied the report": a denied event is an event report
    if text.rstrip("\"”’' ").endswith("?") and not a.reporting and not QUESTION_TAG.search(text):
        a.ask_only()
    _prayer(doc, a)
    return a


def _record_fact(a: SentenceAnalysis, source: str) -> bool:
    """"According to the police, there were no signs of injury", "According to official records, he is the director": the
    police, a court, a hospital or a public record passes on facts of a case; without an evaluative word or a hedge the
    sentence reports them (an event report of the crime and accident news), it does not argue a view."""
    return bool(re.search(cues.RECORD_SOURCE, source)) and not a.evaluative and a.certainty == "certain"


def _wish_opening(doc):
    """The optative "May this Christmas bring peace …": "May" opening the sentence (or its quotation) before a subject."""
    first = next((t for t in doc if not t.is_punct), None)
    return first if first is not None and first.text == "May" and first.tag_ == "MD" else None


def _prayer(doc, a: SentenceAnalysis) -> None:
    """A prayer or wish for a public outcome ("he was praying for Ukraine, so that tensions are resolved", "May this Christmas
    bring peace") is the speaker's stated goal, a position; a prayer addressed to God for someone ("I pray to Almighty God to
    surround the deceased …") is a ritual formula and no claim (GUIDELINES, heldout4 decisions)."""
    pray = next((t for t in doc if t.lemma_.lower() == "pray" and t.pos_ == "VERB" and not _in_modifier(t)), None)
    wish = _wish_opening(doc)
    if pray is None and wish is None:
        return
    if pray is not None and any(t.lower_ in cues.DIVINE_WORDS for t in pray.subtree):
        a.formula_only()
        return
    if not (a.commitment or a.recommendation):
        a.position = a.position or (pray.text if pray is not None else "May …")
        if wish is not None and a.prediction == wish.text:
            a.prediction = ""  # the optative "May" wishes, it does not forecast
        if pray is not None and _subject(pray):
            a.parties.setdefault("policy_position", _subject(pray) or "")


def _narrated_effort(tok, lemma: str) -> bool:
    """A position verb that narrates rather than states a stance: an adjunct of purpose or manner ("were released to
    support protesters", "picking through belongings, trying to salvage anything"), a passive without an agent ("had to
    be persuaded": its subject is the one acted on; "has been endorsed by the TUC" keeps the TUC's stance), or "try" with
    an object instead of a to-clause ("Police try new tools": test)."""
    passive = any(c.dep_ == "auxpass" for c in tok.children) and not any(c.dep_ == "agent" for c in tok.children)
    if tok.dep_ == "advcl" or passive:
        return True
    return lemma == "try" and not any(c.dep_ == "xcomp" for c in tok.children)


def _conjectured(verb) -> bool:
    """A stance verb under a possibility modal ("Russia could be planning an offensive"): someone guesses at a plan, which is
    a forecast (the modal makes it one), not the party's stated position."""
    return any(c.tag_ == "MD" and c.lower_ in ("could", "may", "might") for c in verb.children)


def _warning_of_consequences(reporting) -> bool:
    """"Russia warned of 'consequences' if Ukraine attacked", "warned Russia of massive costs if …": a warning about what
    will follow says nothing about who acts, so it is a forecast of the warner (GUIDELINES, heldout4 decisions). A warning
    that the warner will act itself is a threat (a commitment, found before this)."""
    if reporting.lemma_.lower() != "warn":
        return False
    of = any(c.dep_ == "prep" and c.lower_ == "of" for c in reporting.children)
    condition = any(t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in t.children)
                    for t in reporting.subtree)
    return of or condition


def _provision(doc) -> str:
    """A future-tense provision that sets a size or a duration: "will consist of 300 members" (a provision verb), "the term
    will be five years" (be + a counted noun). Returns the quantity phrase, "" when absent."""
    for tok in doc:
        if tok.tag_ != "MD" or tok.lower_ not in ("will", "'ll", "shall") or _in_modifier(tok):
            continue
        verb = tok.head
        counted = [t for t in verb.subtree if t.like_num and t.dep_ == "nummod" and t.ent_type_ != "DATE" and not _in_modifier(t)]
        if any(c.dep_ == "expl" for c in verb.children):
            continue  # "There will be a vote": an event, forecast
        if counted and (verb.lemma_.lower() in cues.PROVISION_VERBS or
                        (verb.lemma_ == "be" and any(c.dep_ == "attr" and any(n in c.subtree for n in counted) for c in verb.children))):
            return counted[0].text
    return ""


def _court_ruling(doc) -> bool:
    """The sentence's main verb is a court's ruling (rule/decide/order) whose content awards or orders with a modal ("the
    Supreme Court ruled …, saying that petitioners would be given five acres"). A ruling in a temporal clause ("after the
    court ruled that the map was unlawful") is background and not the main verb."""
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None or root.lemma_.lower() not in cues.RULING_VERBS:
        return False
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lemma_.lower() not in cues.COURT_NOUNS:
        return False
    return any(t.tag_ == "MD" and t.lower_ in ("would", "must", "shall", "should", "will") for t in root.subtree)


def _scheduled(doc) -> str:
    """A schedule stated without a modal (GUIDELINES: scheduled plans are predictions): "Labour is to consider a plan", "Scholz
    and Morawiecki are also to discuss …" (present be + to-infinitive, a subject that is not a defining noun such as "the
    objective"), a present-tense main verb with a time ahead ("Chelsea faces Videoton at 3 p.m. on Thursday", "The Gilded Age
    begins streaming on Jan. 24th", "Trump begins a flurry of rallies tonight"; not a photo caption), and the headline "India's
    PM to attend temple groundbreaking" (no finite verb; a proper-noun head with a to-infinitive)."""
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None:
        return ""
    if root.lemma_ == "be" and root.tag_ in ("VBZ", "VBP"):
        subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
        inf = next((c for c in root.children if c.dep_ in ("xcomp", "advcl") and c.tag_ == "VB" and
                    any(x.lower_ == "to" for x in c.children)), None)
        predicate = any(c.dep_ in ("acomp", "attr") for c in root.children)  # "It is hard to imagine …" judges
        if subj is not None and inf is not None and not predicate and subj.lemma_.lower() not in cues.DEFINING_NOUNS and \
                subj.pos_ in ("PROPN", "NOUN", "PRON") and subj.lower_ not in ("it", "there", "this", "that"):
            return f"{root.text} to {inf.text}"
    if root.tag_ in ("VBZ", "VBP") and root.lemma_ not in ("be", "have") and root.lemma_.lower() not in cues.REPORTING_VERBS and \
            not any(c.dep_ in ("aux", "auxpass") for c in root.children) and not CAPTION_CREDIT.search(doc.text):
        time = cues.FUTURE_TIME.search(doc.text)
        if time:
            return f"{root.text} … {time.group(0)}"  # "Chelsea faces Videoton … at 3 p.m. on Thursday": a fixture, a schedule
    headline = not doc.text.rstrip().endswith((".", "?", "!", '"', "”")) and \
        not any(t.tag_ in ("VBZ", "VBP", "VBD", "MD") for t in doc)
    if headline:
        for tok in doc:
            if tok.tag_ == "VB" and any(c.lower_ == "to" and c.dep_ == "aux" for c in tok.children) and \
                    (tok.head.tag_ in ("NNP", "NNPS") or any(c.dep_ == "nsubj" and c.tag_ in ("NNP", "NNPS") for c in tok.children)):
                return f"to {tok.text}"
    return ""


def _data_source(root) -> str:
    """The subject of a main-clause verb that puts out figures ("China has announced a 14% jump", "Amnesty analyzed 500
    videos and found 125 incidents"): the body that reports a statistic holds it. Pronouns and counted subjects
    ("Thirty people reported symptoms") are not sources."""
    verbs = [root, *(c for c in root.children if c.dep_ == "conj" and c.pos_ == "VERB")]
    for verb in verbs:
        if verb.lemma_.lower() not in cues.DATA_VERBS or not any(c.dep_ == "dobj" for c in verb.children):
            continue
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None) or \
            (next((c for c in root.children if c.dep_ == "nsubj"), None) if verb is not root else None)
        if subj is not None and subj.pos_ in ("PROPN", "NOUN") and not any(c.like_num for c in subj.subtree) and \
                subj.lemma_.lower() not in cues.MEASURED_NOUNS:
            return _phrase(subj)
    return ""


def _main_verb(root):
    """The clause's own verb. The small parser often makes a sentence-initial "According" the root and hangs the real verb
    under its object ("According to KCNA, a person … returned …": returned = acl of person); then the shallowest verb
    outside relative clauses is the main verb."""
    if root.lower_ != "according":
        return root
    verbs = [t for t in root.subtree if t != root and t.pos_ in ("VERB", "AUX") and t.dep_ not in ("aux", "auxpass") and
             not any(x.dep_ == "relcl" for x in (t, *t.ancestors))]
    return min(verbs, key=lambda t: len(list(t.ancestors))) if verbs else root


def _past_event(verb) -> bool:
    """The reported clause narrates a past event ("had recognized Beijing", "were collecting more", "did not trigger"):
    a non-copular verb in the simple past or past perfect, with no modal and no predicate adjective or noun. The present
    perfect ("has sapped any goodwill") and quoted words are left to be views: on the gold they mostly were."""
    children = list(verb.children)
    if verb.lemma_ == "be" or any(c.dep_ in ("acomp", "attr", "oprd") for c in children):
        return False
    if any(c.tag_ == "MD" for c in children):
        return False
    aux = {c.lower_ for c in children if c.dep_ in ("aux", "auxpass")}
    if verb.tag_ == "VBD":
        return True
    if verb.tag_ == "VBN":
        # the past perfect, or the simple past passive ("damage was caused", "a man was arrested"); a feeling in the passive
        # form ("he was shocked by …") is the speaker's state of mind, not an event
        passive = bool(aux & {"was", "were"}) or ("been" in aux and bool(aux & {"has", "have", "'s", "'ve"}))
        if passive and _judged_passive(verb):
            return False  # "the policy was designed to weaken …", "the plan was expected to fail": an intent or a forecast
        return "had" in aux or (passive and verb.lemma_.lower() not in cues.FEELING_VERBS)
    if verb.tag_ == "VBG":
        return bool(aux & {"was", "were"})
    return False


def _judged_passive(verb) -> bool:
    """A passive of intent, expectation, hearsay or judgement with its complement ("was designed to weaken", "was expected
    to fail", "was seen as a rebuke", "was aimed at civilians"): it says what someone meant, expected or judged, which is
    a view, not an event (cues_en.JUDGED_PASSIVE_VERBS)."""
    lemma = verb.lemma_.lower()
    if lemma not in cues.JUDGED_PASSIVE_VERBS:
        return False
    marks = {"as", "at"} if lemma == "aim" else {"as"}
    as_phrase = any(c.dep_ == "prep" and c.lower_ in marks for c in verb.children)
    if lemma in cues.AS_ONLY_PASSIVE_VERBS:
        return as_phrase
    return as_phrase or any(c.dep_ in ("xcomp", "ccomp") for c in verb.children)


def _quote_close(text: str) -> int:
    """Where the quotation the sentence opens with closes (-1: never). An apostrophe ("it's") closes only a single quote."""
    if text[:1] in "\"“”":
        return min((i for i in (text.find(q, 1) for q in "\"”") if i > 0), default=-1)
    m = re.search(r"['’](?![A-Za-z])", text[1:])
    return m.start() + 1 if m else -1


def _cited_source(reporting) -> str:
    """"X, citing data from the ministry, said …": the object of a participial "citing" attached to the reporting verb."""
    for child in reporting.children:
        if child.lemma_.lower() == "cite" and child.tag_ == "VBG":
            obj = next((c for c in child.children if c.dep_ == "dobj"), None)
            if obj is not None:
                return _phrase(obj)
    return ""


def _in_question(tok) -> bool:
    """Inside an indirect yes/no question ("asked whether the government would fund …", "asked if she would try …")."""
    node = tok
    while node.head.i != node.i:
        if node.dep_ in ("ccomp", "xcomp", "csubj", "advcl") and any(c.dep_ == "mark" and c.lower_ == "whether" for c in node.children):
            return True
        if node.dep_ in ("ccomp", "csubj") and any(c.dep_ == "mark" and c.lower_ == "if" for c in node.children):
            return True
        node = node.head
    return False


def _in_condition(tok) -> bool:
    """Inside an if/unless clause: "If the person refused to attend, they would be arrested" states no refusal."""
    node = tok
    while node.head.i != node.i:
        if node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in node.children):
            return True
        node = node.head
    return False


def _in_adverbial(tok) -> bool:
    """The modal sits in (or is) an adverbial clause of manner, purpose, concession or cause ("as swiftly as we could",
    "so that … could overlook"): it does not make the sentence a forecast."""
    node = tok
    while node.head.i != node.i:
        if node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in cues.ADVERBIAL_MARKS for c in node.children):
            return True
        node = node.head
    return False


def _counts_people(phrase: str) -> bool:
    """"38 percent", "Fifty-eight percent of voters", "a majority": a counted subject ("35-year-old mother Risa Kusuma" is a
    person: a number joined to a word by a hyphen describes, it does not count)."""
    words = set(re.findall(r"[\w%-]+", phrase.lower()))
    return bool(words & cues.COUNT_WORDS) or bool(re.match(r"\d[\d,.]*(?:\s|%|$)", phrase))


def _organization(reporting) -> bool:
    """The reporting verb's subject is a government, company or other body ("The ministry said it would …"): its "it"/"they"
    is the speaker itself, so "would" announces the body's own action (a commitment), not a forecast."""
    subj = next((c for c in reporting.children if c.dep_ == "nsubj"), None)
    return subj is not None and subj.lemma_.lower().rstrip(".") in cues.BODY_NOUNS  # the small English model has no NER


def _group_speaker(reporting) -> bool:
    """The reporting verb's subject is a group of people or a source speaking for one (plural "staff", "officials",
    a "source", "spokesman"): its "they" is the speakers themselves."""
    subj = next((c for c in reporting.children if c.dep_ == "nsubj"), None)
    return subj is not None and subj.pos_ in ("NOUN", "PROPN") and (subj.tag_ in ("NNS", "NNPS") or
                                                                   subj.lemma_.lower() in cues.GROUP_NOUNS)


def _share(phrase: str) -> bool:
    """"38 percent of voters", "a majority", "half": a share of people (a poll's count), not a plain count ("100 countries")."""
    words = set(re.findall(r"[\w%-]+", phrase.lower()))
    return bool(words & cues.COUNT_WORDS)


def _passive_report(root) -> bool:
    """"X is expected/believed/said to …" with no by-agent."""
    if root.lemma_.lower() not in cues.PASSIVE_REPORT_VERBS or root.tag_ != "VBN":
        return False
    children = list(root.children)
    return any(c.dep_ == "auxpass" for c in children) and any(c.dep_ == "xcomp" for c in children) and \
        not any(c.dep_ == "agent" for c in children)


def _opens_with_long_quote(text: str) -> bool:
    """The sentence starts with a quotation covering most of it ("'The sea is ours': Bolivia hopes …" does not)."""
    if text[:1] not in QUOTES:
        return False
    close = _quote_close(text)
    return close < 0 or close > len(text) / 2


def _inside_opening_quote(text: str, offset: int) -> bool:
    """True when ``offset`` lies inside the quotation the sentence opens with (or it never closes)."""
    close = _quote_close(text)
    return close < 0 or offset < close


def _reporting_verb(doc):
    """The reporting verb closest to the root ("said", "according to" is handled apart)."""
    best, best_depth = None, 99
    quoted = any(q in doc.text for q in "\"“”")
    for tok in doc:
        lemma = tok.lemma_.lower()
        if lemma not in cues.REPORTING_VERBS or tok.pos_ not in ("VERB", "AUX") or _in_modifier(tok) or _in_parentheses(tok):
            continue
        if tok.dep_ == "advcl" and tok.tag_ != "VBG":
            continue  # "when he told the U.N. …": a past report, not this sentence's frame
        if lemma == "call" and not any(c.lemma_ in ("on", "for") for c in tok.children):
            continue
        if lemma == "claim" and any(c.dep_ == "dobj" for c in tok.children):
            continue  # "the battle had claimed the lives of 500 soldiers", "claimed responsibility": no report
        clause = any(c.dep_ == "ccomp" and (c.pos_ in ("VERB", "AUX") or any(m.dep_ == "mark" for m in c.children)) for c in tok.children)
        if lemma == "find" and (not clause or any(c.dep_ == "auxpass" for c in tok.children)):
            continue  # "his cousin found him dead", "was found lying in the river": a discovery; "a study found that …" reports
        takes_clause = any(c.dep_ in ("ccomp", "xcomp", "parataxis") for c in tok.children) or \
            (tok.dep_ == "ROOT" and lemma in ("say", "warn", "claim", "argue") and _subject(tok)) or \
            (tok.dep_ in ("ROOT", "parataxis", "ccomp") and quoted) or \
            (lemma in cues.OBJECT_REPORTING_VERBS and any(c.dep_ == "dobj" for c in tok.children))
        depth = len(list(tok.ancestors))
        if takes_clause and depth < best_depth:
            best, best_depth = tok, depth
    return best


def _in_parentheses(tok) -> bool:
    """Inside ( … ): "(The Washington Post said …)" is an aside, not the sentence's frame."""
    before = tok.doc.text[: tok.idx]
    return before.count("(") > before.count(")")


def _inner_report(reporting):
    """The innermost reporting verb with a named subject under ``reporting`` ("He said Kim had told him …" → told)."""
    inner = None
    for tok in reporting.subtree:
        if tok == reporting or tok.lemma_.lower() not in cues.SPEECH_VERBS or tok.pos_ != "VERB" or _in_modifier(tok):
            continue
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        reports = any(c.dep_ in ("ccomp", "parataxis") for c in tok.children)  # it reports a clause ("told him X were …")
        if subj is not None and subj.pos_ in ("PROPN", "NOUN") and reports and tok in _clause_chain(reporting):
            inner = tok
    return inner


def _clause_chain(verb) -> list:
    """Verbs reached from ``verb`` through complement clauses (ccomp/xcomp/parataxis/conj), the report's content."""
    out, stack = [], [verb]
    while stack:
        v = stack.pop()
        for c in v.children:
            if c.dep_ in ("ccomp", "xcomp", "parataxis", "conj") and c.pos_ in ("VERB", "AUX"):
                out.append(c)
                stack.append(c)
    return out


def _according_to(doc) -> str:
    for tok in doc:
        if tok.lower_ == "according" and not _in_modifier(tok):
            for to in tok.children:
                if to.lower_ == "to":
                    obj = next((c for c in to.children if c.dep_ == "pobj"), None)
                    if obj is not None:
                        return _phrase(obj)
    return ""


def _content_head(reporting):
    """The verb of what is reported: the ccomp of "said", or the verb "said" is attached to."""
    for child in reporting.children:
        if child.dep_ in ("ccomp", "xcomp", "parataxis"):
            return child
    if reporting.dep_ in ("parataxis", "ccomp") or reporting.head.i != reporting.i:
        return reporting.head
    return reporting


def _subject(verb) -> str | None:
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and not any(c.dep_ == "nsubj" for c in verb.children):
        verb = verb.head  # "He left Pyongyang saying that …": the subject of "left"
    for child in verb.children:
        if child.dep_ == "nsubj":
            return _phrase(child)
    if verb.dep_ == "conj" and verb.head.i != verb.i:
        return _subject(verb.head)  # "Pompeo met Ri … and said …": the shared subject
    if verb.lemma_.lower() in cues.REPORTING_VERBS:
        for child in verb.children:  # inverted: '"…," added Landray', '"…," said the minister'
            if child.i > verb.i and child.dep_ in ("dobj", "npadvmod", "attr", "nsubjpass", "dep") and child.pos_ in ("PROPN", "NOUN"):
                return _phrase(child)
    for child in verb.children:  # passive with an agent: "was reported by X"
        if child.dep_ == "agent":
            obj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if obj is not None:
                return _phrase(obj)
    return None


def _phrase(head) -> str:
    """The noun phrase under ``head`` without relative clauses, appositions and punctuation.

    A common-noun head with a proper-noun apposition ("Germany's leading organization for
    industry, the Federation of German Industries") is named by the apposition.
    """
    if head.pos_ != "PROPN":
        named = next((c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
        if named is not None:
            head = named
    keep = {head.i}
    stack = [head]
    while stack:
        tok = stack.pop()
        for child in tok.children:
            if child.dep_ in TRIM_DEPS or (child.dep_ == "punct" and child.text in TRIM_PUNCT):
                continue
            keep.add(child.i)
            stack.append(child)
    lo, hi = min(keep), max(keep)
    doc = head.doc
    # keep the span contiguous: cut at the first dropped token after the head
    while hi > head.i and any(i not in keep for i in range(head.i, hi + 1)):
        hi -= 1
    while lo < head.i and any(i not in keep for i in range(lo, head.i + 1)):
        lo += 1
    return doc[lo : hi + 1].text.strip(QUOTES + " ,")


def _in_modifier(tok) -> bool:
    """True inside a relative clause, participial modifier, apposition … (not the sentence's own claim)."""
    node = tok
    while node.head.i != node.i:
        if node.dep_ in MODIFIER_DEPS:
            return True
        node = node.head
    return False


def _type_cues(doc, a: SentenceAnalysis, reporting) -> None:
    """Fill the commitment/position/recommendation/prediction/number/evaluative cues and the deontic strength."""
    lemmas = [LEMMA_FIXES.get(t.lower_, t.lemma_.lower()) for t in doc]
    counterfactual = bool(COUNTERFACTUAL.search(doc.text))
    for i, tok in enumerate(doc):
        lemma = lemmas[i]
        nxt = lemmas[i + 1] if i + 1 < len(doc) else ""
        modifier = _in_modifier(tok) or _in_question(tok)  # "asked if she would try …": an open question asserts nothing
        conditional = _in_condition(tok)
        threat = lemma in cues.THREAT_VERBS and any(c.dep_ == "xcomp" and c.tag_ == "VB" for c in tok.children)
        if lemma in ("reaffirm", "reconfirm") and any(c.dep_ == "dobj" and c.lemma_.lower() in cues.STANCE_NOUNS for c in tok.children) \
                and not modifier and not conditional:
            a.position = a.position or tok.text  # "We reconfirm our support for …": restating a stance is a position
            a.parties.setdefault("policy_position", _subject(tok) or "")
        elif (lemma in cues.COMMITMENT_VERBS or threat) and tok.pos_ == "VERB" and not modifier and not conditional:
            a.commitment = a.commitment or tok.text
            a.parties.setdefault("commitment", _subject(tok) or "")
        if lemma in cues.ANNOUNCING_VERBS and any(c.dep_ == "dobj" and c.lemma_.lower() in cues.COMMITTED_RESOURCES for c in tok.children):
            a.commitment = a.commitment or tok.text
            a.parties.setdefault("commitment", _subject(tok) or "")
        if lemma == "ready" and any(c.dep_ == "xcomp" for c in tok.children):
            a.commitment = a.commitment or "ready to"
        if modifier:
            continue
        if _rejects_claim(tok) and not _denies_event(tok):
            a.evaluative = a.evaluative or tok.text
            a.parties.setdefault("assessment", _subject(tok) or "")  # the one who disputes holds the judgement
        elif lemma in cues.POSITION_VERBS and tok.pos_ == "VERB" and not _as_clause(tok) and not conditional and \
                not _narrated_effort(tok, lemma) and not _conjectured(tok):
            a.position = a.position or tok.text
            a.parties.setdefault("policy_position", _subject(tok) or "")
        elif lemma in cues.STANCE_ADJECTIVES and tok.dep_ == "acomp" and not conditional:
            a.position = a.position or tok.text  # "Washington is wary of agreeing …"
            a.parties.setdefault("policy_position", _subject(tok.head) or "")
        elif lemma in cues.STANCE_ROLE_NOUNS and tok.dep_ == "attr" and tok.head.lemma_ == "be" and not conditional and \
                any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
            a.position = a.position or tok.text  # "Poland is a vocal opponent of the pipeline"
            a.parties.setdefault("policy_position", _subject(tok.head) or "")
        passive = any(c.dep_ == "auxpass" for c in tok.children)  # "HSBC was lambasted": the subject is the target
        names_it = lemma == "call" and any(c.dep_ == "oprd" for c in tok.children) and not passive  # "is called the Bola Wrap"
        if (lemma in cues.EVALUATIVE_VERBS and tok.pos_ == "VERB" and not passive) or names_it:
            a.evaluative = a.evaluative or tok.text  # "condemned the Government", "calls Kavanaugh 'hysterical'"
            a.parties.setdefault("assessment", _subject(tok) or "")
        if lemma in cues.POSITION_NOUNS and tok.pos_ == "NOUN":
            a.position = a.position or tok.text
        if tok.tag_ == "MD" and any(c.tag_ in ("WP", "WDT") for c in tok.head.children):
            continue  # "what should be a humanitarian issue": a free relative, not a recommendation
        if tok.tag_ == "MD" and lemma in cues.DEONTIC_MODALS:
            _set_deontic(a, tok.text, cues.DEONTIC_MODALS[lemma])
        elif lemma in cues.DEONTIC_VERBS and tok.pos_ == "VERB":
            _set_deontic(a, tok.text, cues.DEONTIC_VERBS[lemma])
            a.parties.setdefault("recommendation", _subject(tok) or "")
        elif lemma in cues.PROPOSAL_VERBS and tok.pos_ == "VERB" and not passive and not conditional and \
                any(c.dep_ == "ccomp" or (c.dep_ == "dobj" and c.pos_ == "NOUN") for c in tok.children) and \
                not any(c.dep_ == "xcomp" for c in tok.children):
            _set_deontic(a, tok.text, "weak")  # "requested that Ayodhya hold a ceremony", "has proposed a 30-metre bridge"
            a.parties.setdefault("recommendation", _subject(tok) or "")
        elif (lemma in cues.DIRECTIVE_VERBS and any(c.dep_ == "xcomp" and c.tag_ == "VB" for c in tok.children)) or \
                (lemma in cues.DIRECTIVE_VERBS and any(c.dep_ == "dobj" for c in tok.children) and
                 any(c.dep_ == "advcl" and c.tag_ == "VB" and any(x.lower_ == "to" for x in c.children) for c in tok.children)) or \
                (lemma == "order" and tok.pos_ == "VERB" and not passive and any(c.dep_ == "dobj" for c in tok.children)):
            # "told them to leave"; "ordered an investigation": an order is a strong directive even with a noun object
            _set_deontic(a, tok.text, cues.DIRECTIVE_VERBS[lemma])
            a.parties.setdefault("recommendation", _subject(tok) or "")
        for verb, particle, strength in cues.DEONTIC_PHRASES:
            if lemma == verb and nxt == particle and tok.pos_ in ("VERB", "AUX"):
                _set_deontic(a, f"{tok.text} {doc[i + 1].text}", strength)
                if verb == "call":
                    a.parties.setdefault("recommendation", _subject(tok) or "")
        if lemma in ("have", "get") and _obligation(tok):
            _set_deontic(a, f"{tok.text} to", "strong")  # "We have to act", "we've all got to carry on"
        refusal = lemma == "would" and any(c.dep_ == "neg" for c in tok.head.children)  # "X would not provide details"
        if tok.tag_ == "MD" and _hedged_judgement(tok):
            a.evaluative = a.evaluative or f"{tok.text} be"
            continue
        if tok.tag_ == "MD" and lemma in ("could", "can") and any(c.dep_ == "neg" for c in tok.head.children):
            if any(c.dep_ == "nsubj" and c.lower_ in ("we", "i") for c in tok.head.children) and tok.head.lemma_ != "help":
                a.position = a.position or tok.text  # "We can't make apologies": the speakers' refusal, a stance
                continue
            a.evaluative = a.evaluative or tok.text  # "he could not serve", "it can't work": a judgement of (in)ability
            continue
        if lemma == "need" and tok.pos_ == "VERB" and (any(c.dep_ == "auxpass" for c in tok.children) or
                                                       any(c.dep_ == "xcomp" and c.tag_ == "VBG" for c in tok.children)):
            _set_deontic(a, tok.text, "strong")  # "information was needed", "the law needs changing"
        if tok.tag_ == "MD" and _in_adverbial(tok):
            continue
        had = tok.lower_ in ("'d", "’d") and any(t.tag_ == "VBN" for t in doc[i + 1 : i + 3])  # "they'd only known": had, no modal
        if (tok.tag_ == "MD" and lemma in cues.PREDICTION_MODALS and not refusal and not (lemma == "would" and counterfactual)
                and not had) or \
                lemma in cues.PREDICTION_WORDS or \
                (lemma in cues.PREDICTION_VERBS and tok.pos_ == "VERB") or (lemma == "go" and tok.tag_ == "VBG" and nxt == "to"):
            a.prediction = a.prediction or tok.text
        if lemma in cues.EVALUATIVE_WORDS:
            a.evaluative = a.evaluative or tok.text
    _phrases(doc, a)
    party = a.parties.get("recommendation", "")
    if a.recommendation and not a.commitment and set(re.findall(r"[a-z]+", party.lower())) & cues.AGREEMENT_NOUNS:
        a.commitment = a.recommendation  # "The deal calls for the Taliban to free …": a deal's stipulation binds its parties
        a.parties["commitment"] = party
    _own_intention(doc, a)
    _refusal(doc, a)
    _deontic_nouns(doc, a)
    if PAST_MODAL.search(doc.text) and a.prediction and a.prediction.lower() in ("may", "might", "could", "would", "must"):
        a.prediction = ""  # "may have set it back": a judgement about the past, not a forecast
        a.evaluative = a.evaluative or "may have"
    # "X said he would visit": an announced own action is a commitment.
    # "Ministers announced that travellers would be forced to isolate": an announced measure is the announcer's commitment.
    # "Ex-party staff said they would drop the action": a group's own "they" speaks for itself, like a body's "it".
    if reporting is not None and not a.commitment:
        clauses = [c for c in reporting.children if c.dep_ == "ccomp"]
        clauses += [c for cl in clauses for c in cl.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]
        for child in clauses:
            if any(c.dep_ == "mark" and c.lower_ in ("if", "whether") for c in child.children):
                continue  # "declined to say if she would …": a question, not an announcement
            aux = [c for c in child.children if c.lemma_ in ("will", "would") and c.tag_ == "MD"]
            subj = [c for c in child.children if c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ in ("he", "she", "we", "i") or
                    (c.lower_ in ("it", "they") and _organization(reporting) and child.lemma_ != "be") or
                    (c.lower_ == "they" and _group_speaker(reporting) and child.lemma_ != "be"))]
            announced = reporting.lemma_.lower() == "announce" and child.lemma_ != "be"
            if child.lemma_.lower() in cues.PREFERENCE_VERBS | cues.NON_ACTION_VERBS:
                continue  # "said he would prefer not to fire him": a stated preference (a position); "I won't disagree": no act
            if aux and (subj or announced) and not a.quoted:
                a.commitment = f"{reporting.text} … {aux[0].text}"
                break
    if not (a.recommendation or a.commitment) and _quoted_imperative(doc):
        _set_deontic(a, "imperative", "weak")  # '"Keep two metres distance, wash your hands …"': a speaker tells the listener
    chance = re.search(cues.POSSIBLE_EVENT, doc.text, re.I)
    if chance and not a.prediction and not PAST_MODAL.search(doc.text) and not COUNTERFACTUAL.search(doc.text):
        tok = next((t for t in doc if t.idx <= chance.start() < t.idx + len(t.text)), None)
        if tok is not None and not _in_modifier(tok):
            a.prediction = chance.group(0)  # "Flash flooding is possible", "there's a possibility of death": what may happen
    if reporting is not None and not (a.commitment or a.recommendation or a.position or a.prediction) and \
            _warning_of_consequences(reporting):
        a.prediction = f"{reporting.text} of/if"
    if not a.prediction:
        a.prediction = _scheduled(doc)
    provision = _provision(doc)
    if provision and a.prediction.lower() in ("will", "'ll", "shall"):
        a.prediction, a.number = "", a.number or provision  # "The Senate will consist of 300 members": enacted, a statistic
    if not a.recommendation and _court_ruling(doc):
        _set_deontic(a, "ruled", "strong")
        a.parties.setdefault("recommendation", _subject(next(t for t in doc if t.dep_ == "ROOT")) or "")
    if re.search(cues.EMPHATIC_FRAME, doc.text, re.I) and a.deontic == "weak":
        a.recommendation = a.deontic = ""  # "Russia should be in no doubt that …": typed by the embedded claim
        content = next((t for t in doc if t.tag_ == "MD" and t.lower_ in ("will", "would", "could") and t.i > 3), None)
        a.prediction = a.prediction or (content.text if content is not None else "")
    if re.search(cues.NORMATIVE_WAY, doc.text, re.I):
        _set_deontic(a, "the way", "weak")  # "Weapons are not the path to take": normative (GUIDELINES, heldout4 decisions)
    graded = _graded_predicate(doc)
    if graded and not a.evaluative:
        a.evaluative = graded
    if counterfactual and not a.evaluative:
        a.evaluative = "if … would"  # a counterfactual judges what went wrong: an assessment
    numbers, side = _numbers(doc)
    numbers = numbers or _quantity_change(doc) or _share_subject(doc) or _match_result(doc) or _casualty_count(doc) or _elapsed(doc) or \
        _ordinal_record(doc) or _tally_count(doc) or _record_count(doc)
    if not numbers and (a.reporting == "according to" or not (a.reporting or a.quoted)):
        numbers = side  # nothing else to say (or figures cited from a source): a side number is the checkable fact
    if numbers:
        a.number = numbers
        poll = any(t.lower_ in cues.POLL_WORDS for t in doc)
        # only a share counts opinions: "More than 100 countries have backed the plan" is their stance, not a poll
        speakers = [*a.parties.values(), (_subject(reporting) or "") if reporting is not None else ""]
        counted_subject = any(_share(p) for p in speakers if p)
        if poll or counted_subject:
            # "58 percent said the senator should not run": a poll counts opinions; the count is the claim
            a.recommendation = a.position = a.deontic = ""
            a.parties.clear()


def _numbers(doc) -> tuple[str, str]:
    """(first quantity of the sentence's own clause, first quantity of a side clause or a name); "" when absent.

    A number inside a relative or participial side clause ("Syria, where more than 360,000 people have died") or
    naming a thing ("the $3 trillion bill": a number modifying a singular noun) is background: in a reported view
    ("Moualem insisted that the war is almost over in Syria, where …") it does not make the report a statistic.
    """
    text = DATE.sub(lambda m: " " * len(m.group(0)), doc.text)
    side = ""
    spans = sorted([(m.start(), m.group(0)) for m in SCALE.finditer(text) if not _attributive_state(doc, m.end())] +
                   _measurements(doc, text))
    for start, found in spans:
        tok = next((t for t in doc if t.idx <= start < t.idx + len(t.text)), None)
        if tok is None:
            return found, side
        while tok.dep_ in ("quantmod", "compound", "nmod") and tok.head.i != tok.i and (tok.head.like_num or tok.head.tag_ == "$"):
            tok = tok.head  # "$" -> "11" -> "billion"
        names = tok.dep_ in ("nummod", "compound", "amod", "nmod") and tok.head.tag_ in ("NN", "NNP") and tok.head.i > tok.i \
            and not SCALE.search(tok.head.text) and tok.head.lower_ not in cues.UNIT_NOUNS
        if _in_modifier(tok) or names:
            side = side or found
            continue
        return found, side
    return "", side


def _attributive_state(doc, end: int) -> bool:
    """The word ending at ``end`` is "dead/injured/missing" used as an adjective of the noun after it ("The one missing piece is
    trust"): no count of casualties, unlike the headline "Five injured in …"."""
    tok = next((t for t in doc if t.idx < end <= t.idx + len(t.text)), None)
    return tok is not None and tok.lower_ in ("dead", "injured", "missing") and tok.dep_ in ("amod", "compound") and \
        tok.head.i > tok.i and tok.head.pos_ in ("NOUN", "PROPN")


def _measurements(doc, text: str) -> list[tuple[int, str]]:
    """(start, text) of every measurement in ``text`` (``doc.text`` with dates blanked), read by :mod:`align.quantities`, the
    package's one number reader: a quantity with a physical unit ("approximately 10m", "2,600 acres"), or a number the reader
    leaves unitless followed by a unit it does not know ("a 7.5 magnitude quake", "weighs about 1 ton", "a 20-degree
    difference"). GUIDELINES (heldout5 decisions): magnitudes and measurements asserted as the point are statistics; the
    caller's parse test drops those that only describe a thing in a side clause. Ages are descriptions, not measurements."""
    out = []
    for q in extract_quantities(text, "en"):
        found = ""
        if q.kind == "QUANTITY" and q.unit not in cues.DESCRIPTIVE_UNITS:
            found = q.text
        elif q.kind == "CARDINAL" and not q.unit:
            unit = re.match(cues.MEASURE_AFTER, text[q.end :], re.I)
            found = q.text + unit.group(0) if unit else ""
            if not found and _governing_verb(doc, q.start) in cues.READING_VERBS:
                found = q.text  # "The earthquake measured 6.2 on the Richter scale": a reading, its unit unnamed
        elif q.kind in ("TIME", "DATE") and q.unit in cues.DURATION_UNITS and _governing_verb(doc, q.start) in cues.DURATION_VERBS:
            found = q.text  # "The strike lasted for more than two weeks": a duration measured
        if found and _bare_degrees(found, q.value, text):
            found = ""  # "Her two degrees are in physics", "three degrees of burns": no temperature or angle
        end = q.start + len(found)
        # a hyphened measure is an adjective that describes a thing ("a 6-foot-6 forward", "a 27-foot monument", "a 2-metre
        # cord"), except a quake's magnitude and the size of a change ("a 20-degree temperature difference")
        if found and ("-" in found or text[end : end + 1] == "-") and "magnitude" not in found.lower() and \
                not re.match(cues.MEASURED_CHANGE, text[end:], re.I):
            found = ""
        if found and "magnitude" not in found.lower() and not _measured_predicate(doc, q.start):
            found = ""  # "waves as high as six metres crashed …": a size told in passing; "the fuselage is 10m long" is the point
        if found and _in_view(_token_at(doc, q.start)):
            found = ""  # "I think the bridge is about 2 miles long": a guess at a size
        if found:
            out.append((q.start, found))
    return out


def _bare_degrees(found: str, value: float | None, text: str) -> bool:
    """``found`` is "N degrees" with nothing saying it is a temperature or an angle: no °/C/F, no hyphened "15-degree", no
    temperature or angle word in the sentence (cues.DEGREE_CONTEXT), and a small or spelled-out figure ("two degrees" in physics,
    "three degrees of burns"). "40 degrees" in digits is read as a temperature."""
    m = re.search(r"(\S+)[- ]degrees?\b", found, re.I)
    if m is None or "-" in found or cues.DEGREE_CONTEXT.search(text):
        return False
    return not (m.group(1)[:1].isdigit() and (value or 0) >= 10)


def _measured_predicate(doc, start: int) -> bool:
    """The measurement at ``start`` belongs to the clause of a verb that states a size ("is approximately 10m long", "weighs
    about 1 ton", "There is a 20-degree difference", "stretches 130 miles", "lasted two weeks"): the number is the predicate,
    i.e. the point. With "be" the measure must be the predicate itself ("is 10m long", "was 85 mph"), not its subject ("Her two
    degrees are …") nor the object of a place preposition ("She was 5 miles from home")."""
    verb = _governing_verb(doc, start)
    if verb == "be":
        node = _token_at(doc, start)
        while node is not None and node.pos_ not in ("VERB", "AUX") and node.head.i != node.i:
            if node.dep_ in ("nsubj", "nsubjpass", "pobj", "prep", "expl"):
                return False
            node = node.head
    return verb in cues.MEASURE_VERBS | cues.DURATION_VERBS | cues.READING_VERBS


def _token_at(doc, start: int):
    """The token holding character ``start`` (None between tokens)."""
    return next((t for t in doc if t.idx <= start < t.idx + len(t.text)), None)


def _in_view(tok) -> bool:
    """Inside the content of a verb of belief or need ("He thinks the second case is different", "his team needs two wins",
    "Experts believe temperatures rose"): a count or change there is part of the view, not a fact the sentence states."""
    node = tok
    while node is not None and node.head.i != node.i:
        node = node.head
        if node.lemma_.lower() in cues.VIEW_VERBS and node.pos_ in ("VERB", "AUX"):
            return True
    return False


def _governing_verb(doc, start: int) -> str:
    """Lemma of the verb whose clause holds the token at character ``start`` ("" when there is none)."""
    node = next((t for t in doc if t.idx <= start < t.idx + len(t.text)), None)
    while node is not None and node.pos_ not in ("VERB", "AUX") and node.head.i != node.i:
        node = node.head
    return node.lemma_.lower() if node is not None and node.pos_ in ("VERB", "AUX") else ""

def _graded_predicate(doc) -> str:
    """A main-clause predicate that is graded, i.e. judged: a comparative or superlative adjective ("closer to home than
    China"), an adjective or verb under a degree adverb ("particularly worrying", "markedly improved"), or an extraposed
    "it is hard to …". Plain descriptions ("was arrested", "is a lawyer") carry no grade."""
    for tok in doc:
        if _in_modifier(tok) or _in_parentheses(tok):
            continue
        if tok.tag_ in ("JJR", "JJS", "RBR", "RBS") and tok.dep_ in ("acomp", "attr", "advmod", "amod") and \
                tok.lower_ not in ("more", "most", "less", "least", "further", "earlier", "later", "longer") and \
                tok.head.pos_ in ("VERB", "AUX", "NOUN", "ADJ") and not tok.head.like_num:
            return tok.text
        if tok.lower_ in cues.DEGREE_ADVERBS and tok.dep_ == "advmod" and tok.head.pos_ in ("ADJ", "VERB", "ADV") and \
                not (tok.lower_ == "so" and tok.head.pos_ == "VERB") and \
                not (tok.head.lower_ == "far" and tok.lower_ in ("so", "thus") and tok.head.head.lemma_ != "go"):
            # "has so far", "so far conducted" say when; "goes so far" grades
            return f"{tok.text} {tok.head.text}"
        if tok.dep_ == "acomp" and tok.pos_ == "ADJ" and tok.head.dep_ == "ROOT" and tok.head.lemma_ == "be" and \
                tok.text[:1].islower() and tok.lower_ not in cues.DESCRIPTIVE_ADJECTIVES:
            return tok.text  # "The antisemitic posts are abhorrent": the main clause predicates a quality
        if tok.dep_ == "acomp" and tok.pos_ == "ADJ" and any(c.dep_ == "xcomp" for c in tok.children) and \
                any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in tok.head.children):
            return tok.text  # "It is hard to imagine …"
    return ""


def _share_subject(doc) -> str:
    """"Most were students", "Most flee via China", "most sponsors have been undocumented immigrants": a share of a group as
    the subject of a main clause states a statistic without digits (GUIDELINES: quantity words without digits). A share in a
    side clause, and a share whose sentence carries an evaluation (typed first by precedence), do not make the type."""
    for tok in doc:
        if tok.dep_ not in ("nsubj", "nsubjpass") or _in_modifier(tok) or tok.head.dep_ not in ("ROOT", "conj"):
            continue
        if tok.lower_ in ("most", "majority") or any(c.lower_ == "most" and c.dep_ in ("amod", "det", "advmod") for c in tok.children):
            return "most" if tok.lower_ != "majority" else "majority"
    return ""


def _casualty_count(doc) -> str:
    """"Five agitators were killed", "killing nine", "Six officers hurt in disorder", "seven people had been taken to a hospital":
    an exact small count of the dead, injured, arrested or rescued is the checkable point of the sentence (a statistic), though
    small counts in general only describe who is involved (SCALE needs 10+). The count must be the subject or object of the
    casualty verb outside side clauses: "the two firefighters injured in the fire have been released" is not one."""
    for tok in doc:
        if not (tok.like_num and tok.lower_ in cues.SMALL_NUMBERS) or (_in_modifier(tok) and tok.dep_ != "nummod"):
            continue
        noun = tok.head if tok.dep_ == "nummod" else tok
        verb = noun.head
        if noun.dep_ in ("nsubj", "nsubjpass", "dobj", "ROOT") and not _in_modifier(noun) and \
                ((verb.lemma_.lower() in cues.CASUALTY_VERBS and not _treated_as(verb)) or _to_hospital(verb) or
                 (noun.dep_ == "ROOT" and any(c.lemma_.lower() in cues.CASUALTY_VERBS and c.dep_ == "acl"
                                              for c in noun.children))):  # "Six officers hurt in …"
            return tok.text
    return ""


def _to_hospital(verb) -> bool:
    """"seven people had been taken to a hospital", "six passengers remained in hospital": a verb of moving or staying with
    "hospital" in its own prepositional phrase counts casualties like "injured" does. A purpose clause makes them helpers, not
    patients ("Two nurses were sent to the hospital to help")."""
    return verb.lemma_.lower() in cues.HOSPITAL_VERBS and any(
        c.dep_ == "prep" and any(g.lemma_.lower() == "hospital" for g in c.children) for c in verb.children) and not any(
        c.dep_ in ("xcomp", "advcl") and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children) for c in verb.children)


def _treated_as(verb) -> bool:
    """"Three doctors were treated as heroes", "were treated to dinner": "treat" with an as/to/like complement is no medical
    treatment (unlike "treated for burns", "treated at the scene")."""
    return verb.lemma_.lower() == "treat" and any(c.dep_ in ("prep", "advcl") and c.lower_ in ("as", "to", "like") for c in verb.children)


def _ordinal_record(doc) -> str:
    """"This marks the 85th confirmed case", "It was her 36th town-hall meeting", "secured his fifth victory": an ordinal count of
    cases, meetings, wins or goals as the object or complement of a verb is a running tally, a statistic (a comparison of counts
    asserted as fact, GUIDELINES heldout4 decisions), read by :mod:`align.quantities`. A biographical rank ("became the third
    female mayor"), a first time and a position in a sequence ("in the 29th minute", "the 11th race") are not tallies."""
    for q in extract_quantities(doc.text, "en"):
        if q.kind != "ORDINAL" or (q.value or 0) < 2:
            continue
        tok = next((t for t in doc if t.idx <= q.start < t.idx + len(t.text)), None)
        if tok is None or tok.dep_ not in ("amod", "nummod", "compound"):
            continue
        noun = tok.head
        while noun.dep_ == "compound" and noun.head.i > noun.i:
            noun = noun.head  # "7th home run" → run
        lemma = noun.lemma_.lower()
        role = noun.dep_ in ("dobj", "attr", "ROOT") or (noun.dep_ == "nsubj" and lemma in cues.SUBJECT_TALLY_NOUNS)
        if lemma in cues.TALLY_NOUNS and role and not _in_modifier(noun) and not _in_view(noun):  # "The band's third title is …"
            return q.text
    return ""


def _elapsed(doc) -> str:
    """"It has been a decade since the court last tried such a case": the time elapsed is the sentence's point, a duration
    asserted as a fact (GUIDELINES, heldout5 decisions), read by :mod:`align.quantities`."""
    for q in extract_quantities(doc.text, "en"):
        if q.kind == "DATE" and q.unit in cues.ELAPSED_UNITS and re.match(r"\s+since\b", doc.text[q.end :]) and \
                re.search(r"\b(?:has|have|had|'s) been(?: (?:more than|over|nearly|almost|about|just|only))?\s*$", doc.text[: q.start]):
            return q.text
    return ""


def _match_result(doc) -> str:
    """"Chelsea beat Wolverhampton 2-0", "Menga strike gives Livingston 1-0 win", "Europe take 10-6 lead": a score with a result
    word states a checkable quantity, a statistic (GUIDELINES: a fact carrying a count; the majority of the training
    annotators). A score in a side clause ("underwent surgery after suffering a 31-27 defeat") is background."""
    if not cues.RESULT_WORDS.search(doc.text):
        return ""
    for m in SCORE.finditer(doc.text):
        tok = next((t for t in doc if t.idx <= m.start() < t.idx + len(t.text)), None)
        if tok is not None and not _in_modifier(tok) and not _in_adverbial_after(tok):
            return m.group(0)
    return ""


def _in_adverbial_after(tok) -> bool:
    """Inside an "after/before/when …" clause: a past result told as the time of something else."""
    node = tok
    while node.head.i != node.i:
        marks = ("after", "before", "when", "since")
        if (node.dep_ in ("advcl", "prep") and node.lower_ in marks) or \
                (node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in marks for c in node.children)):
            return True
        node = node.head
    return False


def _quantity_change(doc) -> str:
    """"The number of defectors has fallen": a quantity noun as the subject of a verb of change states a count's change,
    a statistic even without a figure."""
    for tok in doc:
        trend = tok.lemma_ == "be" and any(c.dep_ == "prep" and c.lower_ == "on" and any(  # "figures have been on a downward trend"
            g.lemma_.lower() == "trend" for g in c.children) for c in tok.children)
        if (trend or (tok.lemma_.lower() in cues.CHANGE_VERBS and tok.pos_ == "VERB")) and not _in_modifier(tok) and \
                not _in_marked_clause(tok):  # "Hospitals try new software as admissions rise": the rise is background
            # "the number of infections had been reduced to almost zero": a passive change too
            subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is None and tok.dep_ in ("advcl", "xcomp", "oprd", "ccomp"):
                subj = next((c for c in tok.head.children if c.dep_ == "dobj"), None)  # "sent sales soaring"
            if subj is not None and subj.lemma_.lower() in cues.QUANTITY_NOUNS and subj.lower_ != "sale" and not _figurative(tok) \
                    and not _in_view(tok):  # "The sale fell through": a deal, not sales
                return f"{subj.text} … {tok.text}"
    return ""


def _figurative(verb) -> bool:
    """"fell through", "fell apart", "has fallen on our shoulders", "fell on hard times": a phrasal or figurative change verb
    moves no quantity. "Prices fell on Monday" and "fell on weak demand" (a time, a cause) still change a quantity."""
    if any(c.dep_ == "prt" and c.lower_ in cues.PHRASAL_PARTICLES for c in verb.children):
        return True
    on = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "on" and c.i == verb.i + 1), None)
    return on is not None and any(g.dep_ == "pobj" and (g.lemma_.lower() in cues.FIGURATIVE_ON or any(p.dep_ == "poss" for p in g.children))
                                  for g in on.children)


def _in_marked_clause(tok) -> bool:
    """Inside an adverbial clause opened by a subordinator ("as admissions rise", "because prices fell", "after sales
    dropped"): a circumstance of the main clause, not its point."""
    node = tok
    while node.head.i != node.i:
        if node.dep_ == "advcl" and any(c.dep_ == "mark" for c in node.children):
            return True
        node = node.head
    return False


def _record_count(doc) -> str:
    """"Iran reports lowest number of daily cases in more than a year", "The largest number of arrivals was from Iraq": a
    superlative of a count compares counts, asserted as a fact (GUIDELINES, heldout4 decisions: comparisons of counts).
    Only counting superlatives ("highest", "fewest", "record"; not "the best prices"), on a count noun or with a figure in the
    sentence ("the lowest prices in the city" praises; "the lowest prices in 20 years" compares); "Most infections are mild"
    (without "the") is no comparison. "At the highest level" is left out (level)."""
    figure = any(t.like_num for t in doc)
    for tok in doc:
        noun = tok.head.lemma_.lower()
        majority = tok.lower_ in ("most", "fewest") and (tok.i == 0 or doc[tok.i - 1].lower_ != "the")
        counted = noun in cues.RECORD_NOUNS or figure or tok.lower_ == "record"
        if tok.lower_ in cues.COUNT_SUPERLATIVES and (tok.tag_ in ("JJS", "RBS") or tok.lower_ == "record") and not majority and \
                tok.dep_ in ("amod", "compound") and noun in cues.QUANTITY_NOUNS - {"level"} and counted \
                and not _in_modifier(tok.head) and not _in_view(tok.head):
            return f"{tok.text} {tok.head.text}"
    return ""


def _tally_count(doc) -> str:
    """"He had 7 strikeouts", "tallied nine hits and four runs", "led the charge with two victories", "scored two tries": a small
    count of goals, points, hits or wins is a sports record stated as the point, a statistic (GUIDELINES, train parts: results
    stated as the point are statistics), unlike counts of players or of anything else that only describe who took part. Nouns
    with everyday senses (points, cases, meetings, passes, tries, losses) count only with a sport verb or a game word in the
    sentence (cues.TALLY_VERBS, cues.SPORT_CONTEXT). The
    count must be a subject, object or "with" phrase of a main-clause verb, not of a side or "after …" clause nor of a belief or
    need ("his team needs two wins")."""
    for tok in doc:
        if not (tok.like_num and tok.lower_ in cues.SMALL_NUMBERS) or tok.dep_ != "nummod":
            continue
        noun = tok.head
        while noun.dep_ == "compound" and noun.head.i > noun.i:
            noun = noun.head  # "1 field goal" → goal
        role = noun.dep_ in ("nsubj", "nsubjpass", "dobj", "attr", "ROOT") or (noun.dep_ == "pobj" and noun.head.lower_ == "with")
        lemma = noun.lemma_.lower()
        # "made two points in his speech" is no tally: a sport noun, a sport verb or a game in the sentence
        sport = lemma in cues.SPORT_TALLY_NOUNS or _clause_verb(noun) in cues.TALLY_VERBS or bool(cues.SPORT_CONTEXT.search(doc.text))
        if lemma in cues.TALLY_NOUNS and sport and role and not _in_modifier(noun) and not _in_adverbial_after(noun) and not _in_view(noun):
            return f"{tok.text} {noun.text}"
    return ""


def _clause_verb(tok) -> str:
    """Lemma of the nearest verb above ``tok`` ("" when there is none)."""
    node = tok
    while node.head.i != node.i and node.pos_ not in ("VERB", "AUX"):
        node = node.head
    return node.lemma_.lower() if node.pos_ in ("VERB", "AUX") else ""


def _denies_event(tok) -> bool:
    """"denied the report", "denied allegations that he had assaulted her", "denies setting up a trap": denying a reported
    event is itself an event (GUIDELINES: denials), unlike denying a view ("denied the idea that the decision was rushed",
    "denied that Morales was using the issue"), which is typed as that view."""
    if tok.lemma_.lower() != "deny":
        return False
    if any(c.dep_ == "xcomp" and c.tag_ == "VBG" for c in tok.children):
        return True  # "denies setting up a trap": an act
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if obj is None or obj.lemma_.lower() not in cues.EVENT_REPORT_NOUNS:
        return False
    content = next((c for c in obj.children if c.dep_ in ("acl", "ccomp", "relcl") and c.pos_ in ("VERB", "AUX")), None)
    return content is None or _past_event(content)


def _rejects_claim(tok) -> bool:
    """"rejected the idea that …", "denied that …": disputing a claim is a judgement (assessment), not a policy stance."""
    if tok.lemma_.lower() not in ("reject", "deny", "dismiss", "dispute"):
        return False
    return any(c.dep_ == "ccomp" or (c.dep_ == "dobj" and c.lemma_.lower() in cues.CLAIM_NOUNS) for c in tok.children)


def _phrases(doc, a: SentenceAnalysis) -> None:
    """Multi-word cues the lemma lists cannot hold ("would like to", "is committed to", "is set to"), outside side clauses."""
    text = doc.text.lower()
    for pattern, field in ((cues.COMMITMENT_PHRASES, "commitment"), (cues.POSITION_PHRASES, "position"),
                           (cues.PREDICTION_PHRASES, "prediction")):
        for m in re.finditer(pattern, text):
            tok = next((t for t in doc if t.idx <= m.start() < t.idx + len(t.text)), None)
            if tok is not None and not _in_modifier(tok) and not getattr(a, field):
                setattr(a, field, doc.text[m.start() : m.end()])
                verb = tok if tok.pos_ == "VERB" else tok.head
                if field == "position" and verb.pos_ == "VERB" and _subject(verb):
                    a.parties.setdefault("policy_position", _subject(verb) or "")  # "She voiced support for …" → She


def _hedged_judgement(modal) -> bool:
    """"That might be a function of …", "it would be a mistake": would/could/might/may + be + a predicate noun or adjective
    judges a state of affairs (a hedged assessment), unless a time word points it at the future ("could be over by 2025")."""
    verb = modal.head
    if modal.lemma_.lower() not in ("would", "could", "might", "may") or verb.lemma_ != "be":
        return False
    if not any(c.dep_ in ("attr", "acomp") for c in verb.children):
        return False
    return not any(t.lower_ in cues.FUTURE_WORDS or t.ent_type_ == "DATE" for t in verb.subtree)


def _quoted_imperative(doc) -> bool:
    """'"Try love."', '"Keep two metres distance, wash your hands …"', "They said, 'don't go out there with that hat on.'": an
    imperative inside quotation marks is a speaker telling the listener what to do, a weak recommendation (GUIDELINES:
    requests to listeners; "Let's all ponder that" and "Try not to use them for long" are weak recommendations). Only quoted
    imperatives count: a bare one is mostly a caption or a prompt of the page ("Watch the video", "Click here")."""
    text = doc.text
    for tok in doc:
        if tok.dep_ not in ("ROOT", "ccomp", "parataxis", "xcomp", "advcl") or tok.tag_ != "VB" or tok.pos_ != "VERB":
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") and c.lower_ not in ("do", "don't") for c in tok.children):
            continue
        if any(c.dep_ == "aux" and c.lower_ == "do" for c in tok.children) and not any(c.dep_ == "neg" for c in tok.children):
            continue
        first = min((t for t in tok.subtree if not t.is_punct), key=lambda t: t.i, default=tok)
        if first.i != tok.i and first.lower_ not in ("do", "never", "just", "please", "always"):
            continue
        before = text[: first.idx].rstrip()
        if (before and before[-1] in QUOTES) or (before.endswith((",", ":", ".")) and _inside_quotes(text, first.idx)) or \
                (not before and text[-1:] in QUOTES and not any(q in text[:-1] for q in QUOTES)):
            return True
    return False


def _inside_quotes(text: str, offset: int) -> bool:
    """An odd number of double quotation marks (or an opening single one) before ``offset``."""
    head = text[:offset]
    return sum(head.count(q) for q in "\"“”") % 2 == 1 or head.count("‘") > head.count("’") or \
        bool(re.search(r"(?:^|[\s:,])'[A-Z][^']*$", head))


def _obligation(tok) -> bool:
    """"We have to act", "you just have to pay them respect", "we've all got to carry on", "we will have to": a present or
    future "have (got) to" + verb with the speakers or the addressees as subject (we/you/I) says what must be done, a strong
    recommendation (GUIDELINES: must, need). A third party's "has to" was as often a description ("researchers often have to
    work hard", "Kinnikuman has to beat Robin Mask") on the even half of the development documents, where this was decided, so
    it is left out; a past "had to" narrates, a hedged "could/would have to" forecasts, a habitual "often have to" describes,
    and one inside an adverbial or conditional clause ("when such a decision has to be made") is not the sentence's point."""
    if not any(c.dep_ == "xcomp" and c.tag_ == "VB" and any(x.lower_ == "to" for x in c.children) for c in tok.children):
        return False
    if tok.lemma_.lower() == "get":
        if tok.tag_ != "VBN" or not any(c.dep_ == "aux" and c.lemma_.lower() == "have" and c.tag_ in ("VBP", "VBZ") for c in tok.children):
            return False
    elif tok.pos_ != "VERB" or not (tok.tag_ in ("VBP", "VBZ") or
                                    (tok.tag_ == "VB" and any(c.lower_ in ("will", "'ll") for c in tok.children))):
        return False
    if any(c.lower_ in cues.HABITUAL_ADVERBS for c in tok.children) or _in_condition(tok) or _in_adverbial(tok):
        return False
    if not any(c.dep_ == "nsubj" and c.lower_ in ("we", "you", "i") for c in tok.children):
        return False
    return not (tok.dep_ == "advcl" or any(n.dep_ == "advcl" for n in tok.ancestors))


def _refusal(doc, a: SentenceAnalysis) -> None:
    """"X will never give up …", "there is no way we will disarm": a refusal is a stance (policy position), not a forecast."""
    text = doc.text.lower()
    if re.search(r"\bno way\b[^.]{0,40}\b(?:will|would)\b|\b(?:will|would)(?: \w+)? never\b|\bnever (?:will|would)\b", text):
        a.position = a.position or "never"
        a.prediction = ""
        modal = next((t for t in doc if t.tag_ == "MD" and t.lower_ in ("will", "would", "'ll", "wo") and not _in_modifier(t)), None)
        subject = _subject(modal.head) if modal is not None else None
        if subject and subject.lower() not in ("it", "there"):
            a.parties.setdefault("policy_position", subject)  # "Bolivia will never give up …" → Bolivia's stance


def _as_clause(tok) -> bool:
    """Inside a parenthetical "as X hope(s)" clause: someone else's attitude, not the sentence's position."""
    node = tok
    while node.head.i != node.i:
        if node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in node.children):
            return True
        node = node.head
    return False


def _own_intention(doc, a: SentenceAnalysis) -> None:
    """"I will take a hard look at running", "we'll continue": a first-person future action is a commitment."""
    for tok in doc:
        if tok.tag_ == "MD" and tok.lemma_.lower() in ("will", "shall") and not _in_modifier(tok):
            verb = tok.head
            subj = [c for c in verb.children if c.dep_ == "nsubj" and c.lower_ in ("i", "we")]
            if subj and verb.lemma_ != "be" and verb.pos_ == "VERB" and verb.lemma_.lower() not in cues.NON_ACTION_VERBS:
                a.commitment = a.commitment or f"{subj[0].text} {tok.text}"
                return


def _deontic_nouns(doc, a: SentenceAnalysis) -> None:
    """"To recover it is a duty", "it's time for women to go …": recommendations without a modal."""
    text = doc.text.lower()
    if re.search(r"\b(?:it's|it is) time (?:for \w+(?: \w+)? )?to\b", text):
        _set_deontic(a, "time to", "weak")
    for tok in doc:
        strength = cues.DEONTIC_NOUNS.get(tok.lemma_.lower())
        if strength and tok.dep_ in ("attr", "ROOT", "dobj") and not _in_modifier(tok):
            _set_deontic(a, tok.text, strength)


def _set_deontic(a: SentenceAnalysis, cue: str, strength: str) -> None:
    if not a.recommendation or (strength == "strong" and a.deontic != "strong"):
        a.recommendation, a.deontic = cue, strength


def _can_describes(modal) -> bool:
    """"She can be heard crying", "the masks can only be removed when eating": "can" with a passive verb of perception
    describes what a record shows, and "can only" states a rule; neither weighs a possibility."""
    verb = modal.head
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    return (passive and verb.lemma_.lower() in ("hear", "see", "watch", "spot", "observe")) or \
        any(c.lower_ == "only" and c.dep_ == "advmod" for c in verb.children)


def _certainty(doc, reporting) -> str:
    """certain / likely / possible from the hedges outside modifier clauses."""
    text = doc.text.lower()
    if "no doubt" in text or any(t.lemma_.lower() in cues.CERTAIN_WORDS for t in doc):
        return "certain"
    counterfactual = bool(COUNTERFACTUAL.search(doc.text))
    found = "certain"
    for tok in doc:
        lemma = tok.lemma_.lower()
        if _in_modifier(tok) or _in_question(tok) or (tok.head.dep_ == "advcl" and tok.head.head != tok.head):
            continue
        negated = any(c.dep_ == "neg" for c in tok.head.children) or any(c.dep_ == "neg" for c in tok.children)
        if tok.text == "May" and tok is _wish_opening(doc):
            continue  # the optative "May …" wishes
        if lemma in cues.POSSIBLE_WORDS and not negated and not (lemma == "can" and (tok.tag_ != "MD" or _can_describes(tok))):
            return "possible"
        if lemma == "would" and tok.tag_ == "MD" and not counterfactual:
            reported = reporting is not None and reporting in tok.head.ancestors and not any(q in doc.text for q in "\"“”")
            if not reported:
                found = "likely"
        elif lemma in ("appear", "seem") and not any(c.dep_ in ("xcomp", "ccomp", "acomp", "attr", "oprd") for c in tok.children):
            continue  # "appeared on Fox News Sunday": a showing up, not "appears to be" (a hedge)
        elif lemma in cues.LIKELY_WORDS and lemma != "would":
            found = "likely"
    return found


def _negated(doc, content) -> bool:
    """The claim's main predicate is negated ("there is no way we will disarm", "did not respond")."""
    if content is None:
        return False
    for tok in doc:
        if tok.lower_ not in cues.NEGATORS or tok.lower_ == "without" or _in_modifier(tok):
            continue
        head = tok.head
        if head == content or head.head == content or (tok.dep_ == "neg" and content in head.ancestors and head.pos_ in ("VERB", "AUX")):
            return True
    return False
