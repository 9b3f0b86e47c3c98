"""Polarity of a sentence in English and Japanese: hedges (certainty grades) and negation.

One home for the lexicons and the parse walk that the claim linker (:mod:`align.claims.link`) and the QA checks
(:mod:`align.qa.checks.hedges`, :mod:`align.qa.checks.negation`, :mod:`align.qa.checks.claims`) all read, so a word
learned from one false finding (a hedge, a fixed expression whose ない does not negate) is learned by every reader.

The lexicons come in strengths because their readers ask different questions:

- *clear* hedges (may, might, かもしれない, 可能性がある …) must have a counterpart in the translation;
- *wide* hedge lists (could, will, about, 予想, という …) only keep a check quiet: a translator may render a clear hedge
  with any of them;
- certainty *grades* (possible / likely) tell "may" from "is likely to" for the claim linker;
- English *strict* negation (not, never, no …) against *soft* negative-polarity words (without, fail, only, stopped
  doing …) that a Japanese ない may translate;
- Japanese negation read from fugashi parts of speech after fixed expressions whose ない is not a negation
  (なければならない, かもしれない, しかない …) are neutralized.

The parse walk (:func:`within`) answers where a word sits: a negation inside "if … not …" frames a condition, a "may"
inside a relative clause is not the sentence's certainty.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any


def _en_words(alternatives: str) -> str:
    return r"\b(?:" + alternatives + r")\b"


# ---------------------------------------------------------------------------------------------------------------- hedges

#: Clear English hedges: a translation must show some uncertainty too. Lower-case "may" only (not the
#: month), not the permission "you may"; "appear" only as "appear to" (not "appeared on the catwalk").
EN_HEDGE = re.compile(
    r"(?<!you )(?<!You )(?<!as it )\b(?:may|might|[Mm]aybe|[Pp]erhaps|[Pp]ossibly|[Pp]robably|(?:un)?likely|"
    r"[Aa]pparently|appear(?:s|ed)? to|"
    r"[Ii]t appears|seem(?:s|ed|ingly)?|[Rr]eportedly|[Aa]llegedly|[Ss]upposedly|[Pp]resumably)\b"
)
#: English words that can stand behind a Japanese *possibility* hedge (可能性がある, かもしれない, おそれ).
EN_POSSIBLE = re.compile(
    r"\b(?:may|might|maybe|perhaps|possib\w*|probabl[ey]|(?:un)?likely|apparent(?:ly)?|appear(?:s|ed)? to|it appears|seem\w*|"
    r"reportedly|allegedly|supposedly|presumably|potential\w*|suggest\w*|could|can|cannot|couldn|mightn|shouldn|risk\w*|chances?|threat\w*|danger\w*|"
    r"fear\w*|doubt\w*|uncertain\w*|unclear|vulnerab\w*|prone|susceptib\w*|in case)\b",
    re.I,
)
#: English words that can stand behind a Japanese *likelihood* marker (見込み, とみられる, 公算): forecasts and estimates.
EN_LIKELY = re.compile(
    EN_POSSIBLE.pattern[:-3] + r"|will|would|wo|wouldn|'ll|expect\w*|estimat\w*|forecast\w*|predict\w*|project\w*|anticipat\w*|"
    r"assum\w*|guess\w*|suspect\w*|seen as|set to|on track|plan\w*|intend\w*|aim\w*|hope\w*|future|about|around|roughly|"
    r"approximately|nearly|almost|some|reported|said|says|according|alleg\w*|believ\w*|thought|think\w*|considered|regarded|"
    # "a certain try" is one that seemed sure: 決まると思われたトライ
    r"certain|sure|surely|bound to)\b",
    re.I,
)
#: Clear Japanese hedges of possibility (and おそらく/多分), checked against :data:`EN_POSSIBLE`.
JA_POSSIBLE = re.compile(
    r"可能性(?:が|も|は)(?:ある|あり|高い|高く|大きい|大き|十分|否定|濃厚|残|出て|捨て)|かも(?:しれ|知れ)|おそれ(?:が|も|は)|恐れ(?:が|も|は)(?:ある|あり)|"
    r"(?:し|え|り)得る|(?:し|え|あり)うる|かねない|かねません|"
    r"おそらく|恐らく|多分|たぶん"
)
#: Japanese markers of likelihood or estimate, checked against the wider :data:`EN_LIKELY`.
JA_LIKELY = re.compile(r"と(?:見|み)られ|と思われ|見込み|公算")
#: Any Japanese marker of modality, conjecture, opinion or hearsay: with one the English may hedge.
JA_MODAL = re.compile(
    JA_POSSIBLE.pattern + "|" + JA_LIKELY.pattern + r"|とされ|と考えられ|だろう|でしょう|であろう|思う|思い|思っ|考え|"
    r"予想|予測|推定|推測|見られ|みられ|想定|予定|計画|"
    r"見通|はず|できる|でき|可能|場合(?:が|も)|こと(?:が|も)(?:ある|あり)|という|とのこと|そうだ|そうです|といわれ|と言われ|"
    r"報じ|伝え|示唆|示し|指摘|気が|感じ|懸念|心配|危険|リスク|不安|どうか|か[。、]|かどうか|かな|かも|なら|れば|たら|"
    r"思え|思わ|約|およそ|ほぼ|ほど|程度|前後|ごろ|頃|近く|余り|あまり|ことも|時に|しばしば|通常|一般|傾向|がち|やすい|にくい|"
    r"目指|見え|映る|見方|意見|観測|憶測|噂|うわさ|疑|未定|不透明|不明|不確|濃厚|みたい|ようだ|ようで|よう。|らしい|模様|"
    r"ことがござい|場合がござい|？|\?|のでは|んじゃ|ではないか|じゃないか|注目|ようなので|としている|としており|としています|"
    # the police and the press judge: "…のいずれかとみて調べている" is "appears to be one of …"; a judgement, not "watched
    # with a friend" (友人と見て) or "have a quick look" (ちょっと見て): とみて leads to an inquiry, and no adverb in っと
    r"(?<!っ)と(?:見|み)て(?=[^。]{0,20}?(?:調べ|捜査|調査|確認|特定|進め|捜索|警戒|追及|分析|行方))|(?<!っ)と(?:見|み)ている|"
    # a headline's closing か is the news hedge: "胃ろう経由で投与か：北海道新聞" ("possibly administered")
    r"か(?=[：:　]|$)"
)
#: Hedge words that scope a clause when they attach to its verb (read on the spaCy parse).
MAIN_HEDGE_LEMMAS = frozenset({"may", "might", "perhaps", "maybe", "possibly", "probably", "likely", "unlikely", "apparently", "reportedly",
                               "allegedly", "supposedly", "presumably", "appear", "seem", "seemingly"})

#: Certainty grades of the claim analysis, *clear* markers: a graded shift (likely ↔ possible) needs both surfaces to say
#: their grade with one of these. Not "could" (ability as often as possibility), not "perhaps" as a possibility (it is
#: translated 恐らく, a likelihood word), not だろう/でしょう alone as "likely" (polite Japanese ends a "may" with them:
#: "A couple may decide …" → …夫婦もいるでしょう).
GRADE_CLEAR = {
    # case-sensitive "may": the month May is no possibility ("held in May"), as in EN_HEDGE
    "possible": {"en": _en_words(r"(?-i:may)|might|possibl[ey]|maybe"),
                 "ja": r"可能性(?:が|も)(?:ある|あり)|かも(?:しれ|知れ)|(?:し|え|あり)(?:得|う)る|おそれ|恐れ"},
    "likely": {"en": _en_words(r"likely|probabl[ey]|perhaps|expected|presumably|apparently"),
               "ja": r"可能性が(?:高|大き)|公算|見込み|とみられ|と見られ|おそらく|恐らく|多分|はず"},
}
#: Further markers of each grade: enough for the claim linker to confirm that a side hedges at that grade (or to show
#: that the plain side hedges too), not clear enough on their own for a QA finding.
GRADE_WIDE = {
    "possible": {"en": _en_words(r"could|can|possibl\w*|perhaps|potentially"),
                 "ja": r"可能性(?:が|も)?(?:ある|あり)|ことができ|得る|うる|かねない"},
    "likely": {"en": _en_words(r"appear\w*|seem\w*|expect\w*|believe\w*|think\w*|would|suggest\w*"),
               "ja": r"だろう|でしょう|ように見え|示唆|と思|と考え|と信じ|見込"},
}
GRADE_PATTERNS = {grade: {lang: re.compile(f"{GRADE_CLEAR[grade][lang]}|{GRADE_WIDE[grade][lang]}", re.I) for lang in ("en", "ja")}
                  for grade in GRADE_CLEAR}
GRADE_CLEAR_PATTERNS = {grade: {lang: re.compile(p, re.I) for lang, p in by_lang.items()} for grade, by_lang in GRADE_CLEAR.items()}


def clear_grade(text: str, lang: str) -> str:
    """"possible", "likely" or "" from the clear grade markers of ``text`` (possibility wins when both occur)."""
    for grade in ("possible", "likely"):
        if GRADE_CLEAR_PATTERNS[grade][lang].search(text):
            return grade
    return ""


def grade_marks(grade: str, lang: str, text: str) -> int:
    """How many markers of certainty ``grade`` (clear or wide) ``text`` has; -1 when the grade or language has no list."""
    pattern = GRADE_PATTERNS.get(grade, {}).get(lang)
    return len(pattern.findall(text)) if pattern is not None else -1


# -------------------------------------------------------------------------------------------------------------- negation

#: English negation words: a translation must have a counterpart for these (read on the surface and on the parse).
EN_NEGATION_WORDS = frozenset({"not", "n't", "never", "no", "none", "nobody", "nothing", "neither", "nor", "nowhere", "cannot"})
EN_STRICT = re.compile(_en_words("|".join(sorted(EN_NEGATION_WORDS - {"n't"}))) + r"|n[’']t\b|\bno one\b", re.I)
#: English negative-polarity words: a Japanese negation may translate them, so they keep the negation check quiet.
#: Kept to what translators render with ない/ず on the calibration half (a broad list — "just", "out",
#: "against", every dis-/un- word — silenced real flips: "unfolded", "discrimination").
EN_SOFT = re.compile(
    r"\b(?:without|fail(?:s|ed|ing|ure)?|lack(?:s|ed|ing)?|unable|"
    r"un(?!der|ion|it|ited|iver|ique|fold|ifor|til|veil|less|leash|anim)[a-z]{4,}|"
    r"in(?:toleran|abilit|capab|effect|suffic|adequa|complet|valid|visib|correct|accura|appropri|consisten|evitab|flexib|secur|"
    r"stab|activ|action|nocen)[a-z]*|im(?:possib|probab|matur|balanc|patien|prope)[a-z]*|non-?[a-z]+|"
    r"dis(?:agree|like|appear|approv|allow|abl|honest|connect|continu|regard|miss|pel|belie|trust|satisf)[a-z]*|"
    r"(?!unless|bless)[a-z]{3,}less|few(?:er)?|little|hardly|barely|rarely|seldom|scarce(?:ly)?|rare|merely|unless|"
    r"refus\w*|den(?:y|ies|ied|ial)|reject\w*|avoid\w*|prevent\w*|ban(?:s|ned)?|forbid\w*|prohibit\w*|absen\w*|"
    r"free of|-free|zero|shortage|short of|neglect\w*|ignor\w*|doubt\w*|yet to|remains? (?:closed|to be seen)|"
    r"must|have to|has to|had to|need(?:s|ed)? to|should|gotta|only|too|"
    # a state of not being able to move or leave, which Japanese says with a negated potential ("traps 5" → 5名が身動きとれず)
    r"trap(?:s|ped)?|stuck|strand(?:s|ed)?|"
    # ceasing is not doing any more: "I stopped using it" → 使わなくなった
    r"(?:stop(?:s|ped|ping)?|quit(?:s|ting)?)\s+\w+ing|ceas\w*|gave up|give up|no longer)\b",  # not "to stop the spread"
    re.I,
)
#: English words of going on: they answer a Japanese ない only when it negates a stop ("the momentum of No. 4 continues" →
#: ４番の勢いが止まらない), never on their own ("prices continued to rise" → 物価は上がらなかった is a flip).
EN_GOING_ON = re.compile(
    r"\b(?:continu(?:e|es|ed|ing)|persist\w*|unabated|relentless\w*|(?:keep|keeps|kept|keeping) (?:on )?\w+ing)\b", re.I
)
#: Japanese negated stops, the usual rendering of "go on": 止まらない, やまない, 衰えない, 絶えない, 収まらない.
JA_NEGATED_STOP = re.compile(
    r"(?:止|と|収|おさ)ま(?:らな|らず|りませ)|(?:止|や)(?:まな|まず|みませ)|(?:衰え|絶え|尽き|途切れ)(?:な|ず|ませ)"
)

#: Fixed Japanese expressions whose ない is not a negation of the claim, each replaced
#: by a neutral paraphrase before tagging (obligation, "only", hedges, certainty, rhetoric).
JA_NEUTRAL = (
    # なくてなりません is a slip for なくてはなりません: still an obligation
    (re.compile(r"(?:なければ|なくては|なくて|なくちゃ|なきゃ|ねば|ないと)(?:なら|なり|いけ|いき|だめ|ダメ)"
                r"(?:ない|なかった|ず|ません|ませんでした)?"), "必要だ"),
    (re.compile(r"(?:なくちゃ|なきゃ|ないと)(?=[だねよ。」、！!]|$)"), "必要だ"),
    (re.compile(r"ざるを得(?:ない|なかった|ません)|ずにはいられ(?:ない|なかった|ません)"), "必要だ"),
    (re.compile(r"(?:て|で)は(?:なら|なり|いけ|いき)(?:ない|なかった|ず|ません)"), "禁止だ"),
    # かもしれない, and its slips: the typo だったかもません (しれ dropped) is the same hedge, not a negation
    (re.compile(r"かも(?:(?:しれ|知れ)(?:ない|なかった|ません|ず)|(?:し|れ)?ません)"), "かも"),
    (re.compile(r"(?:に|は)(?:違い|相違)(?:ない|なかった|ありません)|間違い(?:ない|なく|ありません)"), "確実だ"),
    (re.compile(r"(?:の|ん)?(?:では|じゃ)(?:ない|ありません|なかろう)(?:だろう|でしょう)?か(?=[。？?！!」]|$)"), "だろう"),
    (re.compile(r"(?:ない|ません)(?:だろう|でしょう)?か(?=[。？?！!」]|$)"), "だろう"),
    # the same rhetorical question before かな / と思う / って: "いいんじゃないかな", "できたんじゃないかと思う" (maybe, I think)
    (re.compile(r"(?:の|ん)?(?:では|じゃ)(?:ない|ありません)(?:だろう|でしょう)?か(?=な|ね|と|って)"), "だろう"),
    (re.compile(r"しか(?!し)([^、。]{0,20}?)(?:ない|なかった|ません|ず)"), r"だけ\1"),
    (re.compile(r"(?:ほとんど|殆ど|めったに|滅多に|わずかしか)([^、。]{0,15}?)(?:ない|なかった|ません|ず)"), r"少し\1"),
    (re.compile(r"(?:に|で)(?:すぎ|過ぎ)(?:ない|なかった|ません|ず)"), "だけだ"),
    (re.compile(r"(?:ほか|他)(?:なら|ありえ)(?:ない|ず|ません)"), "だ"),
    (re.compile(r"(?:少な|珍し)く(?:ない|なかった|ありません)"), "多い"),
    (re.compile(r"変わら(?:ない|なかった|ず)|変わりません"), "同じだ"),
    (re.compile(r"かね(?:ない|なかった|ません)"), "得る"),
    # superlatives said by negation: "the best ever" → これ以上のものはない, かつてない, またとない, この上ない
    (re.compile(r"(?:これ|それ|あれ)以上[^、。]{0,15}?(?:ない|なかった|ありません|いない|いません)|"
                r"(?:かつて|またと|この上|比類|類を見|例を見)(?:ない|なかった|ありません)|"
                r"ほど[^、。]{0,15}?(?:もの|こと|人|者)は(?:ない|なかった|ありません|いない|いません)"), "最も"),
    # "it would not be strange if …" renders a possibility ("I could see that pushing back another week")
    (re.compile(r"(?:ても|でも)(?:おかしく|不思議で(?:は)?|不思議じゃ)(?:ない|なかった|ありません)"), "得る"),
    (re.compile(r"ないうちに|ないまでも|に限らず|のみならず|ならず|にもかかわらず|にも関わらず|思わず|相変わらず|とりあえず|少なからず|"
                r"絶えず|すかさず|やむを得ず|たまらず|残らず|知らず知らず|必ずしも"), "も"),
    (re.compile(r"申し訳(?:ない|なく|ありません|ございません|なかった)|すみません|すいません|仕方(?:が)?(?:ない|なく|ありません)|しょうがない|"
                r"やむを得ない|止むを得ない|もったいない|間もなく|まもなく|何気な|なにげな|さりげな|絶え間な|限りな|思いがけな|とんでもな|"
                r"くだらな|つまらな|だらしな|たまらな|物足りな|ものたりな|情けな|あっけな|頼りな|もれなく|漏れなく|余儀なく|容赦な|滞りな|"
                r"半端な|いけない|構わない|かまわない|かまいません|構いません|たまりません|よらず|問わず|関わらず|かかわらず"), "だ"),
)
#: Japanese words that carry negation lexically (they can answer an English "not"/"no").
JA_NEGATIVE_WORDS = re.compile(
    r"[不非無未否没抜]|拒|欠|なし|無し|ダメ|だめ|駄目|失敗|禁|反対|以外|避け|防|阻|免|やめ|止め|停止|失|減|撤回|打ち消|誤|偽|逃|外れ|除|抜き|離|"
    r"ゼロ|皆無|ほとんど|めった|わずか|滅多|難し|困難|まだ|いまだ|もはや|決して|一切|全く|少しも|どころか|代わりに|ではなく|より|"
    # litotes rendered by a word of faint praise: "my voice wasn't the best" → 声の調子はいまひとつだった
    r"いまひとつ|今ひとつ|今一つ|いまいち|今一|イマイチ|物足り|もの足り"
)
#: Lemmas of the fugashi tokens that negate (auxiliary ない/ず/ぬ/ん, adjective ない).
JA_NEGATION_LEMMAS = frozenset({"ない", "無い", "ず", "ぬ"})
#: Lemmas after the main predicate that do not end its scope (tense, politeness, final particles).
JA_FINAL_TAIL = frozenset({"た", "だ", "です", "ます", "う", "よう", "か", "ね", "よ", "の", "と", "て", "居る", "いる", "おる", "致す",
                           "頂く"})


@dataclass(frozen=True, slots=True)
class JaNegation:
    """Negation markers of a Japanese text: ``count`` grammatical negations, whether the last predicate is negated, and
    whether a word carries negation lexically (不, 拒否, まだ …)."""

    count: int
    final: bool
    lexical: bool


def neutralize_ja(text: str) -> str:
    """``text`` with the fixed expressions whose ない does not negate replaced by neutral words."""
    for pattern, repl in JA_NEUTRAL:
        text = pattern.sub(repl, text)
    return text


@lru_cache(maxsize=4096)
def ja_negation(text: str) -> JaNegation:
    """Grammatical negations (fugashi POS, not bare characters) and the polarity of each sentence's final predicate."""
    from align.lang.ja import _tagger

    plain = neutralize_ja(text)
    count, final = 0, False
    for sentence in re.split(r"(?<=[。！？!?])", plain):
        words = [w for w in _tagger()(sentence) if w.feature.pos1 not in ("補助記号", "空白")]
        neg = [_is_negation(w) for w in words]
        count += sum(neg)
        # walk back over tense/politeness/final particles to the main predicate
        k = len(words) - 1
        while k >= 0 and not neg[k] and (_lemma(words[k]) in JA_FINAL_TAIL or words[k].feature.pos1 == "助詞") and len(words) - k <= 5:
            k -= 1
        final = final or (k >= 0 and neg[k])
    return JaNegation(count, final, bool(JA_NEGATIVE_WORDS.search(plain)))


def _lemma(word: Any) -> str:
    return (getattr(word.feature, "lemma", None) or word.surface).split("-")[0]


def _is_negation(word: Any) -> bool:
    return _lemma(word) in JA_NEGATION_LEMMAS and word.feature.pos1 in ("助動詞", "形容詞")


def en_negation(text: str) -> tuple[int, int]:
    """``(strict, soft)`` counts of English negation and negative-polarity words ("No. 4" is a number, not a "no")."""
    strict = len(EN_STRICT.findall(re.sub(r"\bNo\.\s?\d", "", text)))
    return strict, len(EN_SOFT.findall(text))


def negation_count(text: str, lang: str) -> int:
    """Grammatical negations of ``text``: English strict negation words, Japanese negating auxiliaries after the fixed
    expressions are neutralized; -1 for a language without a reader."""
    if lang == "en":
        return en_negation(text)[0]
    if lang == "ja":
        return ja_negation(text).count
    return -1


# ------------------------------------------------------------------------------------------------------------ parse walk


def within(tok: Any, stop: Callable[[Any], bool]) -> bool:
    """Whether ``tok`` or a word on its path up the spaCy heads to the root satisfies ``stop`` (e.g. is a conditional or
    subordinate clause): where a negation or a hedge sits decides whether it is the sentence's."""
    node = tok
    while True:
        if stop(node):
            return True
        if node.head.i == node.i:
            return False
        node = node.head


#: Subordinators of a condition: a negation inside "if … not …" frames the claim, it is not what the sentence asserts.
CONDITIONAL_MARKS = frozenset({"if", "unless", "whether", "lest"})


#: Words of denial and doubt: negating them asserts ("It can't be denied that …", "no doubt", "never doubted").
DENIAL_LEMMAS = frozenset({"deny", "doubt", "dispute", "question", "refute", "overstate", "overemphasize", "exaggerate"})


def _conditional(node: Any) -> bool:
    return node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in node.children)


def _answer_particle(tok: Any) -> bool:
    """"No" said as an answer or exclamation ("No, no, no, no, no."), which negates no predicate of the sentence."""
    if tok.lower_ != "no":
        return False
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return tok.dep_ in ("intj", "ROOT") or nxt is None or nxt.is_punct


def _litotes(tok: Any) -> bool:
    """A negation of a word of denial or doubt: "It can't be denied that X" and "no doubt X" assert X. Not "no question
    of X": that "question" is a matter in prospect, and the sentence says X will not be."""
    head = tok.head
    if head.lemma_.lower() == "question" and head.pos_ == "NOUN" and any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children):
        return False
    return head.lemma_.lower() in DENIAL_LEMMAS


def asserted_negation(en: str) -> bool:
    """Whether ``en`` has a negation that the sentence asserts: not inside a conditional clause ("if the course is not
    daunting enough, …", "if you wouldn't mind rating our chat"), not an answer ("No, no, no"), not a denial denied ("it
    can't be denied that …"); "he is not talking to Facebook" asserts."""
    from align.lang.en import parse

    for tok in parse(en):
        if tok.lower_ not in EN_NEGATION_WORDS and tok.dep_ != "neg":
            continue
        if _answer_particle(tok) or _litotes(tok):
            continue
        if not within(tok, _conditional):
            return True
    return False


#: Dependency relations that put a word inside an adverbial or relative clause ("though the club can extend", "entities
#: that might want"); a hedge inside a noun phrase ("a possibly death sentence") is often the sentence's in Japanese.
SUBORDINATE_DEPS = frozenset({"advcl", "relcl", "acl"})


def _subordinate(node: Any) -> bool:
    # "…, so you may need to go up a size": a clause of consequence carries the sentence's point (Japanese makes it the main
    # predicate: …ので、…といいかもしれません)
    return node.dep_ in SUBORDINATE_DEPS and not any(c.dep_ == "mark" and c.lower_ == "so" for c in node.children)


def main_clause_possibility(en: str) -> bool:
    """Whether a possibility word of ``en`` (:data:`EN_POSSIBLE`) bears on a main clause, not only on a subordinate clause."""
    from align.lang.en import parse

    doc = parse(en)
    for tok in doc:
        pair = f"{tok.text} {doc[tok.i + 1].text}" if tok.i + 1 < len(doc) else ""
        if not EN_POSSIBLE.fullmatch(tok.text) and not (pair and EN_POSSIBLE.fullmatch(pair)):
            continue
        if not within(tok, _subordinate):
            return True
    return False


#: Conjunctions after which a clause "X may be so" is conceded rather than doubted ("Rangers may have dominated possession
#: but Livingston did more": they did dominate).
CONCEDING_CONJUNCTIONS = frozenset({"but", "yet"})


#: A Japanese concessive clause on a past fact (勝ったが, だったけど): the translator read "may have … but" as granted.
JA_PAST_CONCESSION = re.compile(r"た(?:が|けど|けれど|けれども|ものの)[、,]")


def _conceded(tok: Any, ja: str) -> bool:
    """A "may"/"might" whose verb is answered by a later "but"/"yet" clause and says a fact: the perfect ("may have
    dominated … but") or a clause the Japanese renders as past (…たが). "The ceasefire may collapse, but talks will continue"
    concedes nothing: its "may" is a doubt about the future."""
    if tok.lower_ not in ("may", "might"):
        return False
    verb = tok.head
    if not any(c.dep_ == "cc" and c.lower_ in CONCEDING_CONJUNCTIONS and c.i > tok.i for c in verb.children):
        return False
    perfect = verb.tag_ == "VBN" and any(c.lower_ == "have" and c.dep_ == "aux" for c in verb.children)
    return perfect or bool(JA_PAST_CONCESSION.search(ja))


def main_clause_hedge(en: str, ja: str = "") -> str:
    """The hedge word that modifies a main verb of ``en`` (not a relative clause, not "more likely", not a conceding
    "may … but" — see :func:`_conceded`, which reads the translation ``ja``), or ""."""
    from align.lang.en import parse

    for sent in parse(en).sents:
        root = sent.root
        mains = {root} | {c for c in root.children if c.dep_ in ("conj", "ccomp") and c.pos_ in ("VERB", "AUX")}
        for tok in sent:
            lemma = tok.lower_ if tok.lower_ in MAIN_HEDGE_LEMMAS else tok.lemma_.lower()
            if lemma not in MAIN_HEDGE_LEMMAS:
                continue
            before = {t.lower_ for t in tok.doc[max(tok.i - 3, 0) : tok.i]}
            if before & {"more", "less", "most", "least", "as", "times", "twice"}:
                continue  # "twice as likely", "more likely to": a comparison of probabilities, not a hedge
            if _conceded(tok, ja):
                continue
            if (tok in mains and lemma in ("appear", "seem", "likely", "unlikely")) or tok.head in mains:
                return tok.text
    return ""
