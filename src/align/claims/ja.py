"""Japanese claim analysis: fugashi/UniDic lemmas plus sentence-final functional expressions.

Attribution in Japanese is a frame *after* the claim (「…」と述べた,
…と語った, …によれば at the front), and the speaker is often a zero subject
(「即刻撤退する必要がある」と総会で述べた): such claims get the holder
:data:`~align.claims.schema.UNNAMED`, which is exactly what a reviewer must
see when the English names the speaker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from align.claims import cues_ja as cues
from align.claims.analysis import SentenceAnalysis, strip_site_tail
from align.claims.schema import AUTHOR, UNNAMED
from align.polarity import ja_negation
from align.quantities import extract_quantities

OPENERS = {"「": "」", "『": "』", "“": "”", "（": "）", "(": ")"}
QUOTE_MASK = "＿"
#: A quotative と follows a quotation or a predicate ending.
PREDICATE_END = set("」』”うくぐすつぬぶむるたいずんだかよね")
#: How a quoted sentence ends (a predicate or a full stop), unlike a quoted word or title (「共謀」, 「討論会」).
SPEECH_END = set("るたいだすんよねかうず。！？!?")
#: Particles after which a holder phrase is cut: "インタビューでクルーズ氏は" → "クルーズ氏".
PHRASE_CUTS = re.compile(r".*(?:で|に|を|から|、|，|\s)")


@dataclass(slots=True)
class _Tok:
    start: int
    end: int
    surface: str
    lemma: str
    pos1: str
    pos2: str
    form: str = ""  # conjugation form (UniDic cForm): 終止形-一般 is a plain non-past predicate


def analyze(texts: list[str]) -> list[SentenceAnalysis]:
    """One analysis per Japanese sentence."""
    return [_analyze(strip_site_tail(text.strip())) for text in texts]


def _tokens(text: str) -> list[_Tok]:
    from align.lang.ja import _tagger

    out, pos = [], 0
    for word in _tagger()(text):
        start = text.find(word.surface, pos)
        start = pos if start < 0 else start
        feat = word.feature
        lemma = (getattr(feat, "lemma", None) or word.surface).split("-")[0]
        out.append(_Tok(start, start + len(word.surface), word.surface, lemma, feat.pos1, feat.pos2, feat.cForm or ""))
        pos = start + len(word.surface)
    return out


def _mask_quotes(text: str) -> str:
    """The text with everything inside 「」『』“” replaced, so frames are found outside quotations."""
    out, stack = [], []
    for ch in text:
        if ch in OPENERS and ch not in "（(":
            stack.append(OPENERS[ch])
            out.append(ch)
        elif stack and ch == stack[-1]:
            stack.pop()
            out.append(ch)
        else:
            out.append(QUOTE_MASK if stack else ch)
    return "".join(out)


def _analyze(text: str) -> SentenceAnalysis:
    a = SentenceAnalysis()
    if not text:
        return a
    toks = _tokens(text)
    outside = _mask_quotes(text)
    frame_at = _reporting_frame(text, outside, toks, a)
    topic = _topic(text, outside, toks, frame_at if frame_at is not None else len(text))
    close = text.find("」")
    a.quoted = (text.startswith(("「", "『")) and (close < 0 or close > len(text) / 2)) or \
        (text.rstrip("。").endswith(("」", "』")) and not _short_final_quote(text))
    # the passive frame must end the sentence and not modify a noun ("…があったとされる川の調査を命じた")
    passive = re.search(f"(?:{cues.PASSIVE_FRAME})" + r"(?!(?:る|た)[一-龥ァ-ヴー])[^、。]{0,10}。?$", outside) or \
        "passive frame" in a.notes
    if a.reporting and a.holder == AUTHOR:
        if passive:
            a.holder = UNNAMED  # "…を希望しているとされている": the topic is the content's subject, the source unnamed
        elif re.search(r"(?:こと|点|もの)(?:だ|である|です)。?$", text):
            pass  # "重要な点は新戦略が…を要求していることだ": the author's judgement about a demand
        else:
            a.holder = topic or _speaker_after(text, outside, toks, frame_at) or UNNAMED  # no topic: a zero subject
    elif (not a.reporting and a.quoted and text.startswith(("「", "『"))) or (not a.reporting and text.endswith("」") and "「" not in text):
        a.holder = UNNAMED
    elif a.holder == AUTHOR and passive and "によって" not in outside[: passive.start()]:
        a.holder = UNNAMED  # "…が期待される", "…意向が表明されている": reported, no source named
    speaker = _speaker_before_quote(text, toks) if a.holder == AUTHOR and not a.reporting else ""
    if speaker:
        a.holder, a.quoted = speaker, True  # "宮本監督「得点力は突出」", "デイビスさんは言った：「…」": the speaker of the quotation
    cited = re.search(cues.CITED_SOURCE, outside)
    if cited and a.reporting:
        speaker = re.sub(r"^.*?引用し(?:た|て)", "", a.holder) if a.holder not in (AUTHOR, UNNAMED) else ""
        a.holder, a.attributed_to = _clean_phrase(cited.group(1)), speaker
    if re.search(cues.SHARE_HOLDER, a.holder) or re.search(cues.COUNT_SUBJECT, outside):
        a.holder = a.attributed_to or AUTHOR  # "41%が…と回答した": a poll's count, held by the poll (or the author)
    elif re.search(cues.COUNT_HOLDER, a.holder):
        a.holder = a.attributed_to or UNNAMED  # "国内で6,152,524人が…回復したと付け加えた": the count is content, the speaker unnamed
    if a.holder in (AUTHOR, UNNAMED) and not a.quoted:
        doc = re.search(cues.DOCUMENT_SOURCE, outside)
        if doc and _clean_phrase(doc.group(1)):
            a.holder = _clean_phrase(doc.group(1))  # "NDSにおける…", "世論調査では…", "この協定では…が求められている"
    _type_cues(text, toks, a)
    if re.search(cues.RULING, outside) and re.search(cues.COURT_TOPIC, _first_topic(text, outside, toks, 0, len(text), ("は",))):
        a.recommendation, a.deontic = "判決を下し", "strong"  # the court's award or order
        a.notes.append("court ruling")
    if a.recommendation and not a.commitment and re.search(cues.AGREEMENT_WORDS, f"{a.holder} {topic}"):
        a.commitment = a.recommendation  # "この協定では…釈放することが求められている": a deal's stipulation binds its parties
    act = a.evaluative if "evaluative act" in a.notes else ""
    # a demand made by a speech-act verb ("金氏は…調査を命じた", "…よう求めた") is its subject's; べき/必要 stay the author's
    at = text.find(a.recommendation) if a.recommendation else -1
    demand = a.recommendation if at >= 0 and re.search(cues.DEMAND_ACTS, text[at : at + len(a.recommendation) + 3]) else ""
    for kind, cue in (("commitment", a.commitment), ("policy_position", a.position), ("assessment", act), ("recommendation", demand)):
        at = text.find(cue) if cue else -1
        party = (_topic(text, outside, toks, at) if at > 0 else "") or topic  # the subject of the cue's own clause
        if cue and party:
            a.parties[kind] = party
    if a.holder == AUTHOR and topic and not a.reporting and re.search(cues.DATA_VERB_END, outside) and \
            not re.search(r"[0-9０-９]", topic) and not re.search(cues.MEASURED_TOPIC, topic):
        a.parties.setdefault("factual_statistic", topic)  # "中国は…増加したことを発表した": the announcer holds the figures
    if frame_at is not None and re.search(cues.WARNING_FRAME, a.reporting) and re.search(cues.CONDITION, outside[:frame_at]) and \
            not (a.commitment or a.recommendation or a.position or a.prediction):
        a.prediction = a.reporting  # "侵攻すれば…代償を伴うとロシアに警告した": a warning of consequences
    a.certainty = _certainty(text)
    a.negated = _negated(text, frame_at if frame_at is not None else len(text))
    a.reported_event = _reported_event(text, outside, toks, frame_at) or _attributed_event(text, toks, a) or \
        _record_fact(text, toks, frame_at, a)
    if not a.commitment and _announced_own_action(text, outside, toks, frame_at):
        a.commitment = a.reporting  # "ポンペオは…平壌を訪問すると述べた": the speaker's own next step
        a.parties["commitment"] = a.holder if a.holder not in (AUTHOR, UNNAMED) else topic
    elif not (a.commitment or a.recommendation or a.position or a.prediction) and _reported_future(text, outside, toks, frame_at):
        a.prediction = a.reporting  # "新たな法案でさらなる給付金が提供されると述べた": someone else's future, forecast
    elif not (a.commitment or a.recommendation or a.position or a.prediction) and frame_at is None:
        a.prediction = _scheduled_action(outside, toks)  # "来年から…を発売する", "木曜日に…と対戦する": a schedule
    if a.quoted and not a.reporting and not a.evaluative and not a.number and _ends_in_past_event(toks):
        a.reported_event = True  # 「逃げる時間がなかった。」: a witness narrating what happened, not a view
    if outside.rstrip("。 」』").endswith(("？", "?")) and not a.reporting:
        a.ask_only()
    if re.search(cues.EVENT_DENIAL, outside) and not (a.commitment or a.recommendation or a.position or a.number):
        a.reported_event, a.evaluative = True, ""  # "…報道を否定した": a denied event
    wish = re.search(cues.WISH_PATTERN, text)
    if wish and re.search(cues.DIVINE, text):
        a.formula_only()  # 「…神の慈悲で故人を包み込み…迎えてくださるよう祈ります」: a ritual formula
    elif wish and not (a.commitment or a.recommendation or a.position):
        a.position = wish.group(0)  # a prayer for a public outcome states the speaker's goal
    return a


def _scheduled_action(outside: str, toks: list[_Tok]) -> str:
    """"来年から…を発売する", "ザ・ギルディド・エイジは１月２４日にＨＢＯで配信開始される", "木曜日の…を開催します": the Japanese
    non-past of an action with a time ahead or a date is the English "will" of a schedule or forecast (GUIDELINES: scheduled
    plans are predictions). The sentence must end (outside quotations) in a plain non-past action verb, its polite ます form or
    a non-past passive; states (ある, なる, できる), verbs of saying and thinking (言う, 思う: frames and views) and a time
    word inside a quotation do not count. Returns the time word and the verb, "" when absent."""
    words = [t for t in toks if t.pos1 not in ("補助記号", "空白") and outside[t.start] != QUOTE_MASK]
    while words and words[-1].pos2 == "終助詞":
        words.pop()
    if len(words) < 2:
        return ""
    last = words[-1]
    if last.pos1 == "助動詞" and last.lemma == "ます" and last.form.startswith("終止形"):
        last = words[-2]
        verb_ok = last.pos1 == "動詞"
    elif last.pos1 == "助動詞" and last.lemma in ("れる", "られる") and last.form.startswith("終止形"):
        verb_ok, last = True, words[-2]
    else:
        verb_ok = last.pos1 == "動詞" and last.form.startswith("終止形")
    if last.lemma in ("為る", "する"):
        k = words.index(last)
        last = words[k - 1] if k and words[k - 1].pos1 == "名詞" else last  # "対戦する", "開始する": the verbal noun is the action
        verb_ok = verb_ok and last.pos1 == "名詞"
    if not verb_ok or last.lemma in cues.STATIVE_VERBS | cues.REPORTING_LEMMAS | cues.THINKING_LEMMAS:
        return ""
    time = re.search(cues.FUTURE_TIME, outside)
    return f"{time.group(0)}…{last.surface}" if time else ""


def _speaker_before_quote(text: str, toks: list[_Tok]) -> str:
    """A speaker named right before a quotation that ends the sentence: a headline's "宮本監督「得点力は突出」", "韓国外交部「…」"
    (a bare noun phrase), or a colon frame "ジャック・ロス:「…」", "デイビスさんは言った：「…」". Without a colon or a verb the
    phrase must be nouns only, so "夏の定番は「涼皮」" (a topic) and "お店で「…」" are no speakers."""
    m = re.match(r"([^、。「」:：]{1,20}?)(は(?:言っ|述べ|語っ|話し|続け|答え)た)?\s*([:：])?\s*「", text)
    if not m or not text.rstrip("。 ").endswith(("」", "』")):
        return ""
    phrase = _clean_phrase(m.group(1))
    if not (m.group(2) or m.group(3)):
        inside = [t for t in toks if t.end <= m.end(1)]
        if not inside or any(t.pos1 not in ("名詞", "接尾辞", "接頭辞") and t.surface != "・" for t in inside):
            return ""
    return phrase if _source_like(phrase) else ""


def _ends_in_past_event(toks: list[_Tok]) -> bool:
    """The sentence's last predicate is in the past tense (…た) and is not a verb of thinking (思った, 分かった): a narrated
    event. Hedges, obligations and stances are cues of their own and are checked by the caller."""
    body = [t for t in toks if t.pos1 not in ("補助記号", "空白")]
    if len(body) < 2 or body[-1].lemma != "た" or body[-1].pos1 != "助動詞" or body[-2].lemma in ("来る", "くる"):
        return False  # "…成果をあげてきた": …てきた is the Japanese present perfect, a view of where things stand (as in English)
    verb = next((t for t in reversed(body[:-1]) if t.pos1 in ("動詞", "形容詞", "名詞") and t.lemma not in ("為る", "する", "居る")),
                None)
    return verb is not None and verb.lemma not in cues.THINKING_LEMMAS


def _speaker_after(text: str, outside: str, toks: list[_Tok], frame_at: int | None) -> str:
    """「…」と言って、Xは…: a frame in the te-form leaves its speaker to the main clause that follows, so the topic after the
    frame speaks (「非常に緊張している」と言って、母親のリサは赤ちゃんをあやした → リサ)."""
    if frame_at is None:
        return ""
    after = re.match(r"と[^、。「」]{1,8}?(?:て|で)、", outside[frame_at:])
    return _first_topic(text, outside, toks, frame_at + after.end(), len(text), ("は",)) if after else ""


def _reported_future(text: str, outside: str, toks: list[_Tok], frame_at: int | None) -> bool:
    """"同長官は、新たな法案でさらなる給付金が提供されると述べた", "…が月曜に詳細を発表するとムニューシン氏が告げた": a report
    whose content ends in a plain non-past action (or a non-past passive) with a subject of its own says what will happen,
    the Japanese of "said X will …" (a forecast). Without a subject of its own the speaker announces its own action
    (:func:`_announced_own_action`); stative verbs (ある, なる, できる) describe and are left alone."""
    if frame_at is None:
        return False
    quotative = next((k for k, t in enumerate(toks) if t.start == frame_at and t.surface == "と"), None)
    if not quotative:
        return False
    verb = _verb_after(toks, quotative, text)
    if verb is None or verb.lemma not in cues.ANNOUNCING_LEMMAS | {"告げる", "発言", "指摘", "付け加える"}:
        return False
    last = toks[quotative - 1]
    passive = last.pos1 == "助動詞" and last.lemma in ("れる", "られる") and last.form.startswith("終止形")
    action = last.pos1 == "動詞" and last.form.startswith("終止形") and last.lemma not in cues.STATIVE_VERBS
    if not (passive or action) or "「" in text[:frame_at]:
        return False
    start = next((t.end for t in toks if t.surface in ("は", "が") and t.pos1 == "助詞" and t.start < frame_at
                  and outside[t.start] != QUOTE_MASK), 0)
    own_subject = any(t.surface in ("は", "が") and t.pos1 == "助詞" for t in toks if start <= t.start < frame_at)
    return passive or own_subject


def _announced_own_action(text: str, outside: str, toks: list[_Tok], frame_at: int | None) -> bool:
    """"Xは…を訪問すると述べた", "…正式に決定すると述べた": a report whose content ends in a plain non-past action verb and
    has no subject of its own (the speaker is the actor) announces the speaker's own action, like "said he would"."""
    if frame_at is None:
        return False
    quotative = next((k for k, t in enumerate(toks) if t.start == frame_at and t.surface == "と"), None)
    if quotative is None or not quotative:
        return False
    verb = _verb_after(toks, quotative, text)
    if verb is None or verb.lemma not in cues.ANNOUNCING_LEMMAS:
        return False
    last = toks[quotative - 1]
    if last.pos1 != "動詞" or not last.form.startswith("終止形") or last.lemma in cues.STATIVE_VERBS:
        return False
    if last.lemma in ("為る", "する") and (quotative < 2 or toks[quotative - 2].pos1 != "名詞"):
        return False
    speaker_end = next((t.end for t in toks if t.surface in ("は", "が") and t.pos1 == "助詞" and t.start < frame_at
                        and outside[t.start] != QUOTE_MASK), None)
    if speaker_end is None:
        return False
    inner = [t for t in toks if speaker_end <= t.start < frame_at and outside[t.start] != QUOTE_MASK]
    return not any(t.surface in ("は", "が") and t.pos1 == "助詞" for t in inner) and "」" not in text[speaker_end:frame_at]


def _reported_event(text: str, outside: str, toks: list[_Tok], frame_at: int | None) -> bool:
    """"…時間が与えられなかったと認めた", "…引き起こしたものではなかったと述べた": a neutral report (述べる, 語る, 認める …)
    of a content ending in the past tense, without quotation marks, passes on an event rather than a view."""
    if frame_at is None or "「" in text or "『" in text:
        return False
    quotative = next((k for k, t in enumerate(toks) if t.start == frame_at and t.surface == "と"), None)
    if quotative is None:
        return False
    verb = _verb_after(toks, quotative, text)
    hearsay = text.startswith("とされ", frame_at)  # "…手押し車がひっくり返されたとされている": an event passed on, source unnamed
    if not hearsay and (verb is None or verb.lemma not in cues.NEUTRAL_REPORTING_LEMMAS):
        return False
    before = [t for t in toks[:quotative] if t.pos1 not in ("補助記号",)]
    if not before or before[-1].lemma != "た" or before[-1].pos1 != "助動詞":
        return False
    verbs = [t for t in before[-4:] if t.pos1 in ("動詞", "名詞") and t.lemma not in ("為る", "する", "居る")]
    return not (verbs and verbs[-1].lemma in cues.REPORTING_LEMMAS)  # "…と確信した、と言った": a reported belief is a view


def _attributed_event(text: str, toks: list[_Tok], a: SentenceAnalysis) -> bool:
    """"警察によると、参加者らが裁判所に放火した。", "同社によると、…帰国したとのこと。": a source cited with によると/によれば
    (the Japanese "according to") for a content whose main predicate is in the past tense, without quotation marks, passes
    on an event, like the English "According to KCNA, a defector returned …". A past belief verb (…と確信した) stays a view."""
    if not a.reporting.startswith(("によ", "とのこと", "という")) or "によ" not in text or "「" in text or "『" in text:
        return False
    if a.reporting.startswith("によ") and re.search(cues.RECORD_SOURCE, a.holder) and not a.evaluative and a.certainty == "certain":
        return True  # "浅草署によると、目立った外傷はなく…": police, courts and records pass on the facts of a case, not a view
    body = [t for t in toks if t.pos1 != "補助記号"]
    while body and body[-1].surface in ("こと", "の", "と", "いう", "で", "ある", "だ", "です") and body[-1].lemma != "た":
        body.pop()  # the hearsay tail "…とのことである" / "…という" is not the content's predicate
    if len(body) < 2 or body[-1].lemma != "た" or body[-1].pos1 != "助動詞":
        return False
    verb = next((t for t in reversed(body[:-1]) if t.pos1 in ("動詞", "名詞") and t.lemma not in ("為る", "する", "居る")), None)
    return verb is not None and verb.lemma not in cues.REPORTING_LEMMAS


def _record_fact(text: str, toks: list[_Tok], frame_at: int | None, a: SentenceAnalysis) -> bool:
    """"警察は、男性は意識があると発表した": police, a court or a record passing on the facts of a case with a neutral verb,
    without quotation marks, an evaluative word or a hedge, reports them (cues_ja.RECORD_SOURCE); it argues no view."""
    if frame_at is None or "「" in text or "『" in text or a.evaluative or a.certainty != "certain":
        return False
    if not re.search(cues.RECORD_SOURCE, a.holder):
        return False
    quotative = next((k for k, t in enumerate(toks) if t.start == frame_at and t.surface == "と"), None)
    verb = _verb_after(toks, quotative, text) if quotative is not None else None
    return verb is not None and verb.lemma in cues.NEUTRAL_REPORTING_LEMMAS


def _reporting_frame(text: str, outside: str, toks: list[_Tok], a: SentenceAnalysis) -> int | None:
    """Find "…と述べた" / "…によれば" outside quotations; set a.reporting / a.holder; return where the complement ends."""
    frame_at = None
    for i, tok in enumerate(toks):
        if tok.surface != "と" or tok.pos1 != "助詞" or outside[tok.start] == QUOTE_MASK:
            continue
        before = text[tok.start - 2] if tok.start >= 2 and text[tok.start - 1] == "、" else text[tok.start - 1 : tok.start]
        if before not in PREDICATE_END or text[max(0, tok.start - 2) : tok.start].endswith(("よう", "おう", "こう", "よる")):
            continue  # not after a predicate, a volitional しようと, or the によると of an attribution
        if text[tok.end : tok.end + 3] == "はいえ":
            continue  # "…ないとはいえ": a concession (although), not a report
        if text[tok.end : tok.end + 3] == "しての" or (i and toks[i - 1].pos1 == "助動詞" and toks[i - 1].lemma in ("う", "よう")):
            continue  # "「声」としての地位" (as), "もぎ取ろうとして" (trying to): no report
        if re.match(r"して(?![いおたも])", text[tok.end :]) and text[tok.start - 1] != "だ":
            continue  # "…殺害したとして、…逮捕された" (on the grounds that): a reason the main clause acts on, no report; a judgement
            # given as the reason ("安全だとして、…再開した") stays a view, and "…としても" is a concession
        verb = _verb_after(toks, i, text)
        if verb is not None:
            frame_at = tok.start
            a.reporting = text[tok.start : verb.end]
            middle = text[tok.end : verb.start]
            speaker = _speaker_in(middle) or _bare_speaker(toks, tok, verb)
            if not speaker and middle.endswith("に") and verb.lemma in ("記載", "明記"):
                speaker = _clean_phrase(middle[:-1])  # "…と報告書に記載されている"
            if _passive_after(toks, verb) and not speaker:
                a.notes.append("passive frame")  # "…と非難された": the source is not named
            if speaker and a.holder == AUTHOR:
                a.holder = speaker
            elif speaker and speaker != a.holder:
                a.attributed_to = a.attributed_to or speaker  # "AはBが…と述べたと報じた": B holds it, A reports it
    if frame_at is None:
        no_parens = re.sub(r"[（(][^）)]*[）)]", lambda m: QUOTE_MASK * len(m.group(0)), outside)
        for pattern in cues.REPORTING_PATTERNS:
            m = re.search(pattern, no_parens)
            if m and re.match(r"」と(?:なる|なっ|して|する|し|いう(?!。|こと)|いった)", no_parens[m.start() :]) and \
                    not _reported_view_noun(text, m.start()):
                continue  # "「…」となるだろう", "「江戸前島」という半島": the quotation is a name for something, not a report
            if m:
                frame_at, a.reporting = m.start(), m.group(0)
                tail = re.match(r"」と([^、。「」]{1,12})。$", outside[m.start() :])
                if tail and not re.search(r"[るたいすだうんかよね]$|^(?:なる|なっ|して|する|し)", tail.group(1)):
                    a.holder = tail.group(1)  # "…」とクルーズ議員。"
                if m.group(0) == "曰く" and _clean_phrase(outside[_phrase_start(outside, m.start()) : m.start()]):
                    a.holder = _clean_phrase(outside[_phrase_start(outside, m.start()) : m.start()])  # "同外相曰く、「…」"
                break
    if frame_at is None:
        m = re.search(cues.NEXT_QUOTE_PATTERN, outside) or re.search(cues.SPEECH_ACT_PATTERN, outside)
        if m:
            frame_at, a.reporting = m.start(), m.group(0)  # holder: the sentence topic …
            inner = re.search(r"よう(?:に)?([^、。]+?)(?:は|が)", m.group(0))
            if inner and _source_like(_clean_phrase(inner.group(1))) and a.holder == AUTHOR:
                a.holder = _clean_phrase(inner.group(1))  # … unless the speaker stands right before the verb (…ようX氏は求めた)
    for pattern in (cues.HEADLINE_DASH, cues.HEADLINE_COMMA):
        m = re.search(pattern, outside)
        if m and a.holder == AUTHOR:
            a.reporting, a.holder = m.group(0).strip(" -－–—、"), _clean_phrase(m.group(1))
            frame_at = m.start()
    if frame_at is None:
        frame_at = _quote_then_verb(text, outside, toks, a)
    headline = re.search(cues.HEADLINE_PATTERN, outside)
    if headline:
        a.reporting, a.holder = headline.group(2), _clean_phrase(headline.group(1))
        frame_at = headline.start()
    hearsay = a.reporting.startswith(("という", "とのこと", "とされ", "とし")) or not a.reporting
    for pattern in (cues.ATTRIBUTION_PATTERN, cues.AS_SAID_PATTERN):
        m = re.search(r"([^、。」「]{1,40}?)" + pattern, outside)
        if not m:
            continue
        source = _clean_phrase(m.group(1))
        if hearsay and a.holder == AUTHOR:
            a.reporting, a.holder = m.group(0)[len(m.group(1)):], source  # "報告書によると、…という"
        else:
            a.attributed_to = source  # "新聞によれば、X氏は「…」と語った": X holds it, the paper reports it
        break
    return frame_at


def _reported_view_noun(text: str, close: int) -> bool:
    """「…」という N where the quotation is someone's words, not a name: N is a noun of speech or thought (首相は「経済は回復
    している」という認識を示した, 「計画は中止すべきだ」という声が上がった), or the quotation ends like a sentence (a predicate,
    cues_ja.SPEECH_END) before という/といった. 「江戸前島」という半島 and 「北の岬」という灯台 (a noun before 」) stay names."""
    after = re.match(r"」と(?:いう|いった)(" + cues.VIEW_NOUNS + ")", text[close:])
    return bool(after) or (text[close - 1 : close] in SPEECH_END and bool(re.match(r"」と(?:いう|いった)", text[close:])))


def _short_final_quote(text: str) -> bool:
    """The sentence ends in a short quotation that opens inside it ("…との「関係を断った」。"): words singled out, not the
    sentence's speech. A closing mark without its opening mark continues a quotation and is not short."""
    body = text.rstrip("。")
    opening = body.rfind("「" if body.endswith("」") else "『")
    return opening > 0 and len(body) - opening < len(body) * 0.5


def _quote_then_verb(text: str, outside: str, toks: list[_Tok], a: SentenceAnalysis) -> int | None:
    """「…」 followed by a sentence-final reporting verb without a quotative と: 「…」ケンプ会長は…述べた, Xは「…」指摘した.
    A quoted word or name (「共謀」して…発表された, 「討論会」で) is a scare quote or a title, not a report: the quotation must
    be long or end like a sentence (a predicate or 。)."""
    closes = [m.start() for m in re.finditer("」", outside)
              if m.start() and (text[m.start() - 1] in SPEECH_END or m.start() - outside.rfind("「", 0, m.start()) > 12)]
    if not closes:
        return None
    close = closes[-1]
    verb = next((t for t in toks if t.start > close and t.lemma in cues.REPORTING_LEMMAS and t.pos1 in ("動詞", "名詞")
                 and t.lemma not in ("為る", "する", "見る") and _ends_sentence(toks, t)), None)
    if verb is None:
        return None
    a.reporting = text[close + 1 : verb.end].strip("、 ")[-12:]
    opening = outside.find("「")
    speaker = (_first_topic(text, outside, toks, close, verb.start, ("は",))
               or _first_topic(text, outside, toks, close, verb.start, ("が",))
               or _first_topic(text, outside, toks, 0, opening if opening > 0 else close, ("は", "が")))
    a.holder = speaker or UNNAMED
    return close + 1


def _verb_after(toks: list[_Tok], i: int, text: str) -> _Tok | None:
    """The reporting verb governed by the quotative と at toks[i], within a short gap (…と、彼は述べた)."""
    gap = 0
    for tok in toks[i + 1 :]:
        if tok.surface in ("。", "「", "」"):
            return None
        if tok.lemma in cues.REPORTING_LEMMAS and tok.pos1 in ("動詞", "名詞", "形状詞"):
            if tok.lemma in ("為る", "する") and gap:
                return None  # only "…とする/とした" directly after と
            if tok.lemma == "言う" and not gap and tok.surface.startswith("い") and not _sentence_final(toks, tok):
                return None  # "…というおなじみの不満": adnominal という, not a report
            if _modifies_noun(toks, tok):
                return None  # "…と述べた時とは異なる": a past report the sentence compares with, not its frame
            return tok
        if tok.pos1 == "動詞" and nxt_is_comma(toks, tok):
            return None  # "「ヒステリック」と称し、…と発言した": と belongs to the verb that ends its clause (称し)
        gap += len(tok.surface)
        if gap > 120:
            return None
    return None


def nxt_is_comma(toks: list[_Tok], tok: _Tok) -> bool:
    """The token right after ``tok`` is a comma (the verb closes a clause)."""
    after = next((t for t in toks if t.start >= tok.end), None)
    return after is not None and after.surface in ("、", "，")


def _bare_speaker(toks: list[_Tok], quotative: _Tok, verb: _Tok) -> str:
    """A speaker written between the quotative と and the verb without a particle (「…」と外相述べた, headline and
    note style): only nouns, suffixes and name punctuation in between."""
    middle = [t for t in toks if t.start >= quotative.end and t.end <= verb.start]
    if not middle or any(t.pos1 not in ("名詞", "代名詞", "接尾辞", "接頭辞") and t.surface not in ("・", "、") for t in middle):
        return ""
    return _clean_phrase("".join(t.surface for t in middle))


def _passive_after(toks: list[_Tok], verb: _Tok) -> bool:
    """The reporting verb is passive (非難された, 指摘される): the sentence does not name who said it."""
    after = [t for t in toks if t.start >= verb.end][:2]
    if after and after[0].lemma in ("為る", "する") and verb.pos1 == "名詞":
        after = after[1:]
    return bool(after) and after[0].lemma in ("れる", "られる") and after[0].pos1 == "助動詞"


def _ends_sentence(toks: list[_Tok], tok: _Tok) -> bool:
    """Only する/いる and auxiliaries follow ``tok`` before the end (指摘した。, 述べている。)."""
    return all(t.pos1 in ("助動詞", "補助記号") or t.lemma in ("為る", "居る") or t.surface == "て" for t in toks if t.start >= tok.end)


def _modifies_noun(toks: list[_Tok], tok: _Tok) -> bool:
    """The verb, after its auxiliaries, is followed by a noun it modifies (述べた時, 語ったこと, 発表した後)."""
    after = [t for t in toks if t.start >= tok.end]
    for t in after:
        light = t.pos1 == "動詞" and t.lemma in ("居る", "いる", "為る", "する", "成る")
        if t.pos1 == "助動詞" or light or t.surface in ("て", "で", "に"):
            continue
        return t.pos1 == "名詞" and t.surface not in ("よう", "通り", "とおり")
    return False


def _sentence_final(toks: list[_Tok], tok: _Tok) -> bool:
    """Only auxiliaries/punctuation follow ``tok`` up to the end of the sentence or a comma."""
    after = [t for t in toks if t.start >= tok.end]
    for t in after:
        if t.surface in ("。", "、", "」"):
            return True
        if t.pos1 not in ("助動詞", "助詞") or t.surface in ("の", "が", "を", "に"):
            return False
    return True


def _speaker_in(middle: str) -> str:
    """"、彼は" / "Kai-Fu Leeは" between と and the verb → the speaker."""
    m = re.search(r"(.+)は(?!ない)", middle) or re.search(r"(.+)が(?!ない)", middle)
    return _clean_phrase(m.group(1)) if m else ""


def _topic(text: str, outside: str, toks: list[_Tok], before: int) -> str:
    """The sentence's top-level topic phrase (Xは, else Xが / Xでは) before ``before``.

    After an adversative clause ("…を求めているが、アメリカは…") the main clause's own
    は-topic wins; without one, the first topic of the sentence does.
    """
    boundaries = [m.end() for m in re.finditer(r"(?:[たるいだ]が|けど|ものの|一方)、", outside[:before])]
    if boundaries:
        later = _first_topic(text, outside, toks, boundaries[-1], before, ("は",))
        if later:
            return later
    return _first_topic(text, outside, toks, 0, before, ("は",)) or _first_topic(text, outside, toks, 0, before, ("が",))


def _first_topic(text: str, outside: str, toks: list[_Tok], start: int, before: int, markers: tuple[str, ...]) -> str:
    for k, tok in enumerate(toks):
        if tok.start < start or tok.start >= before or outside[tok.start] == QUOTE_MASK or not k:
            continue
        if tok.surface not in markers or tok.pos1 != "助詞":
            continue
        prev = toks[k - 1]
        end = tok.start
        if prev.surface == "で" and k > 1 and toks[k - 2].pos1 in ("名詞", "接尾辞"):
            end = prev.start  # "米国国務省の声明では「…」とした"
        elif prev.pos1 not in ("名詞", "代名詞", "接尾辞", "補助記号"):
            continue  # a pronoun holds a claim as well as a name does: "彼は…と語った", "「…」彼女は言った"
        phrase = _clean_phrase(text[_phrase_start(text, end) : end])
        if _source_like(phrase):
            return phrase
    return ""


def _source_like(phrase: str) -> bool:
    """A topic that can hold a claim (a person, body, country, document), not an abstract noun or a time."""
    return bool(phrase) and not re.search(cues.NON_SOURCE_TOPIC, phrase) and phrase not in cues.DEMONSTRATIVES


def _phrase_start(text: str, end: int) -> int:
    i = end
    while i > 0 and text[i - 1] not in "、。「」『』，":
        i -= 1
    return i


def _clean_phrase(phrase: str) -> str:
    phrase = phrase.strip(" 、，")
    cut = PHRASE_CUTS.match(phrase)
    if cut and cut.end() < len(phrase):
        phrase = phrase[cut.end() :]
    for word in cues.LEADING_WORDS:
        if phrase.startswith(word):
            phrase = phrase[len(word) :].lstrip("、 ")
    time = re.match(cues.LEADING_TIME, phrase)
    if time and time.end() < len(phrase):
        phrase = phrase[time.end() :]  # "先月HSBCは" → HSBC: a time word is not part of the speaker's name
    return phrase.strip()


def _type_cues(text: str, toks: list[_Tok], a: SentenceAnalysis) -> None:
    for k, tok in enumerate(toks):
        nxt = toks[k + 1].lemma if k + 1 < len(toks) else ""
        if (tok.lemma in cues.COMMITMENT_NOUNS and nxt in ("為る", "する")) or tok.lemma in cues.COMMITMENT_VERBS:
            a.commitment = a.commitment or tok.surface + (toks[k + 1].surface if nxt else "")
        conditional = k + 1 < len(toks) and toks[k + 1].surface == "ば"
        if tok.lemma in cues.POSITION_VERBS and tok.pos1 == "動詞" and not conditional:
            a.position = a.position or tok.surface  # "拒めば" (if … refuses) states no refusal
        if tok.lemma in cues.EVALUATIVE_ACTS and nxt in ("為る", "する") and not _passive_after(toks, tok) and not a.evaluative:
            a.evaluative = tok.surface + toks[k + 1].surface  # "非難した", "擁護した": a judgement by the subject
            a.notes.append("evaluative act")
        if tok.lemma == "たい" and tok.pos1 == "助動詞" and k:
            a.position = a.position or toks[k - 1].surface + tok.surface  # a stated wish: "…を維持したい", "…したいと考えている"
    a.commitment = a.commitment or _first(cues.COMMITMENT_PATTERNS, text)
    # a stance must be the clause's own predicate: not "…使用しようとする交通" (a relative clause) nor "拒否したことに腹を立てた"
    a.position = a.position or _main_clause_match(cues.POSITION_PATTERNS, text, toks, embedded=True)
    for pattern, strength in cues.DEONTIC_PATTERNS:
        m = next((m for m in re.finditer(pattern, text) if not re.match(cues.EMBEDDED_AFTER, text[m.end() :])
                  and not re.search(cues.EVALUATIVE_BEKI + "$", text[: m.start() + 2])), None)
        if m:
            a.recommendation, a.deontic = m.group(0), strength
            break
    a.prediction = _main_clause_match(cues.PREDICTION_PATTERNS, text, toks)
    unpredictable = re.search(cues.UNPREDICTABLE, text)
    if unpredictable:
        a.prediction = ""  # "…の未来が予測不可能に": a judgement that nothing can be forecast
        a.evaluative = unpredictable.group(0)
    counterfactual = re.search(cues.COUNTERFACTUAL, text)
    if counterfactual:
        a.prediction = ""  # "…なら…ただろう" judges the past: an assessment, not a forecast
    numbers = [(m.group(0), m.end()) for m in re.finditer(cues.NUMBER_PATTERN, text)
               if not (m.group(0) == "一人" and text[m.end() : m.end() + 1] != "当") and not re.fullmatch(cues.FEW_PEOPLE, m.group(0))]
    # a change inside a view or forecast ("価格は上昇したと見ている") is part of the view
    numbers += [(m.group(0), m.end()) for m in re.finditer(cues.QUANTITY_CHANGE, text) if not re.match(cues.VIEW_AFTER, text[m.end() :])]
    numbers += [(m.group(0), m.end()) for m in re.finditer(cues.CASUALTY_COUNT, text)]  # "活動家５名が殺害された": casualties
    numbers += [(m.group(0), m.end()) for m in re.finditer(cues.SHARE_RATE, text)]  # "5人に1人": a share
    numbers += [n for n in _quantity_reader_numbers(text) if not re.match(cues.VIEW_AFTER, text[n[1] :])]  # "10キロだったと思う"
    if re.search(cues.RESULT_WORDS, text):
        numbers += [(m.group(0), m.end()) for m in re.finditer(cues.SCORE, text) if not re.match(cues.BACKGROUND_RESULT, text[m.end() :])]
    own = [n for n in numbers if not re.match(cues.NAMING_AFTER, text[n[1] :])]
    # "3兆ドルの法案を批判した": a number naming a thing is background in a reported view; alone it is still the fact
    # "保健省によると、3,126人の患者が…": figures cited from a source (によると) are the claim even when they modify a noun
    cited = a.reporting.startswith("によ")
    found = own[0] if own else (numbers[0] if numbers and (cited or not (a.reporting or a.quoted)) else None)
    a.number = found[0] if found else ""
    a.evaluative = a.evaluative or _first(cues.EVALUATIVE_PATTERNS, text) or (counterfactual.group(0)[-6:] if counterfactual else "")
    graded = _graded_predicate(text, toks)
    if not (graded == "最も" and a.number):
        a.evaluative = a.evaluative or graded  # "最も多い51人": a superlative over a count is a rank, i.e. the statistic
    beki = re.search(cues.EVALUATIVE_BEKI, text)
    a.evaluative = a.evaluative or (beki.group(0) if beki else "")
    past = re.search(cues.PAST_POSSIBILITY, text)
    if past and not counterfactual:
        a.prediction = ""
        a.evaluative = a.evaluative or past.group(0)
    state = re.search(cues.STATE_CONJECTURE, text)
    if state and a.prediction in cues.CONJECTURE_CUES and not re.search(cues.FUTURE_TIME, text):
        a.prediction = ""  # "…重ねているのだろう", "…犠牲にされたのでしょう": a guess at what is or was the case, an assessment
        a.evaluative = a.evaluative or state.group(0)
    if a.number and (re.search(cues.POLL_PATTERN, text) or re.search(cues.COUNT_SUBJECT, text)):
        a.recommendation = a.position = a.deontic = ""  # "有権者の58％が…すべきではないと述べた": the count is the claim


def _quantity_reader_numbers(text: str) -> list[tuple[str, int]]:
    """(text, end) of the quantities NUMBER_PATTERN's unit list lacks, read by :mod:`align.quantities` (the package's one
    number reader), when they are the point:

    - a measurement that is the predicate of its clause ("風は時速85マイルだった", "2,600エーカーに及ぶ", "海岸の130マイルにわたり
      広がる"; GUIDELINES, heldout5 decisions: measurements asserted as the point are statistics). One that places or describes
      something in a narrative ("地上10メートル上に設置された", "高さ20メートルの地点", "１３４キロスライダー") is not the point: read
      without the predicate test, the reader's measurements and sums of money broke more development sentences than they fixed;
    - a count of ten or more things with a counter ("１１７カ所で", "２２品を認証", "カタログを１万部作製"; ages and small counts
      describe, as on the English side, which needs 10+ for a count).

    The caller's NAMING_AFTER test still drops a quantity that names a thing ("10メートルの橋")."""
    out = [(m.group(0), m.end()) for m in re.finditer(cues.MAGNITUDE, text)]
    for q in extract_quantities(text, "ja"):
        after = text[q.end :]
        if q.kind == "QUANTITY" and q.unit not in cues.DESCRIPTIVE_UNITS and re.match(cues.MEASURE_PREDICATE, after):
            out.append((q.text, q.end))
        elif q.kind in ("DATE", "TIME") and q.unit in ("week", "month", "year", "day", "hour") and \
                re.match(cues.DURATION_PREDICATE, after):
            out.append((q.text, q.end))  # "ストライキは2週間以上続いた": a duration measured
        elif q.kind == "CARDINAL" and not q.unit and (q.value or 0) >= 10:
            counter = re.match(cues.THING_COUNTERS, after)
            if counter:
                out.append((q.text + counter.group(0), q.end + counter.end()))
    return out


def _graded_predicate(text: str, toks: list[_Tok]) -> str:
    """A judged predicate: a degree adverb outside quotations ("特に", "著しく"), or a sentence ending in an adjective
    ("…は難しい。", "…は深刻だ。"; ない/無い are negation, not judgement)."""
    outside = _mask_quotes(text)
    for adverb in cues.DEGREE_ADVERBS:
        if adverb in outside:
            return adverb
    words = [t for t in toks if t.pos1 not in ("補助記号", "空白")]
    tail = outside.rstrip("。！!")
    while words and words[-1].pos2 == "終助詞" and tail.endswith(words[-1].surface):
        tail = tail[: -len(words[-1].surface)]  # "…恐ろしいわ。", "…難しいよね。": a final particle does not hide the predicate
        words.pop()
    while words and (words[-1].pos1 == "助動詞" or words[-1].surface in ("ある", "あり", "です")):
        words.pop()
    last = words[-1] if words else None
    if last is not None and tail.endswith(last.surface) and (
            (last.pos1 == "形容詞" and last.lemma not in ("無い", "ない", "良い", "よい", "多い", "少ない")) or last.pos1 == "形状詞"):
        return last.surface
    return ""


def _main_clause_match(patterns: tuple[str, ...], text: str, toks: list[_Tok], embedded: bool = False) -> str:
    """The first match not modifying a noun: "参加する可能性がある者" (those who may take part) is a description, not a
    forecast; the expression must end a clause (…可能性がある。, …だろうと述べた). ``embedded``: a match nominalized by
    こと/という/との right after it ("拒否したことに") is skipped too."""
    for pattern in patterns:
        for m in re.finditer(pattern, text):
            if embedded and re.match(r"[^、。「」]{0,3}?(?:こと|という|との)", text[m.end() :]):
                continue
            adverbial = m.group(0).endswith(("て", "ば", "なら"))  # "必要に応じて…": a conditional frame modifies no noun
            if (adverbial or not _adnominal(toks, m.end())) and not re.match(r"(?:と|って)いう(?:こと|の)", text[m.end() :]):
                return m.group(0)  # "…されるだろうということを考え": a nominalized forecast is the content of a thought
    return ""


def _adnominal(toks: list[_Tok], end: int) -> bool:
    """After the expression ending at ``end`` (and its verb/auxiliary tail), a noun follows: it modifies that noun."""
    for t in toks:
        if t.end <= end:
            continue
        if t.start < end:  # the match ends inside a token (ある in "可能性がある者" is one token after が)
            continue
        if t.pos1 in ("助動詞",) or (t.pos1 == "動詞" and t.lemma in ("有る", "ある", "為る", "居る")):
            continue
        return t.pos1 == "名詞" and t.surface not in ("よう", "はず", "ため", "こと", "の") and t.pos1 != "接尾辞"
    return False


def _first(patterns: tuple[str, ...], text: str) -> str:
    for pattern in patterns:
        m = re.search(pattern, text)
        if m:
            return m.group(0)
    return ""


def _certainty(text: str) -> str:
    """The sentence's certainty from its hedges. A hedge modifying a noun ("30代とみられる男", "犯行に使ったとみられる刃物")
    describes the thing, as a modal inside an English relative clause does, and does not hedge the sentence."""
    text = re.sub(cues.ADNOMINAL_HEDGE, "", text)
    if any(re.search(p, text) for p in cues.CERTAIN_PATTERNS) or re.search(cues.COUNTERFACTUAL, text):
        return "certain"
    for pattern, level in cues.CERTAINTY_PATTERNS:
        if re.search(pattern, text):
            return level
    return "certain"


def _negated(text: str, boundary: int) -> bool:
    """Negation on the last predicate before ``boundary`` (the quotative と, or the sentence end), read by the one Japanese
    negation reader of :mod:`align.polarity`: its fixed expressions whose ない does not negate (obligation …なければならない,
    "only" …しかない, the hedge …かもしれない, rhetorical …ではないか) and its lemma list are the claim linker's and the QA
    checks', so a claim and the linker never disagree on whether "彼は来るかもしれない" is negated (it is not)."""
    return ja_negation(text[:boundary]).final
