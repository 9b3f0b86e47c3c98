"""Claim extraction and linking on specific sentences (both languages), the seed article and a dev document.

Most tests run the cue rules alone (the default) so each asserts what the rules must find;
one test runs the shipped classifier end to end.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from align.claims import extract_claims, link_claims
from align.claims.extract import claims_for
from align.claims.link import confirmed, differences
from align.claims.schema import AUTHOR, CLAIM_TYPES, UNNAMED
from align.model import Bead, Bitext, Claim, Document
from align.segment import segment_document, sentences_from_lines

ROOT = Path(__file__).resolve().parents[1]
DEV = Path("/work/shared/data/dev")
SEED = ROOT / "corpus" / "nds-us-korea-alliance.ja.txt"
GOLD = ROOT / "corpus" / "claims-gold" / "gold.jsonl"


def one(text: str, lang: str) -> Claim | None:
    """The claim the rules find in a single sentence (None if it is not a claim)."""
    doc = sentences_from_lines([text], lang)
    extract_claims(doc, use_classifier=False)
    return doc.claims[0] if doc.claims else None


@pytest.mark.parametrize(("text", "kind", "holder"), [
    ("North Korea pledged in a meeting with Moon this month to dismantle a missile site.", "commitment", "North Korea"),
    ("China and Russia argue that the U.N. Security Council should reward Pyongyang for steps taken.", "recommendation",
     "China and Russia"),
    ("Meanwhile, the Taliban have refused to release the prisoners.", "policy_position", "the Taliban"),
    ("Doubling funding could double the chances that the next big AI achievement will be made in the U.S., Lee told CNBC.",
     "prediction", "Lee"),
    ("As for the NSF, it currently invests more than $100 million per year in AI research.", "factual_statistic", AUTHOR),
    ("The Kremlin argues that Washington's opposition is an example of unfair competition.", "assessment", "The Kremlin"),
])
def test_english_types_and_holders(text: str, kind: str, holder: str) -> None:
    claim = one(text, "en")
    assert claim is not None
    assert (claim.type, claim.holder) == (kind, holder)


@pytest.mark.parametrize(("text", "kind", "holder"), [
    ("韓国は国防費をGDPの3.5%に増額し、主導的役割を担うと約束した。", "commitment", "韓国"),
    ("中国とロシアは、国連安全保障理事会が北朝鮮がとった措置に報いるべきだと主張している。", "recommendation", "中国とロシア"),
    ("韓国は2030年までに世界第4位の武器輸出国を目指す。", "policy_position", "韓国"),
    ("この措置は両国の関係に重要な影響を与える可能性がある。", "prediction", AUTHOR),
    ("SIPRIのデータによれば、主要防衛産業4社の売上高は140億ドル超である。", "factual_statistic", "SIPRIのデータ"),
    ("「制裁により私たちを屈することができるという認識は幻想である」と李外相は述べた。", "assessment", "李外相"),
])
def test_japanese_types_and_holders(text: str, kind: str, holder: str) -> None:
    claim = one(text, "ja")
    assert claim is not None
    assert (claim.type, claim.holder) == (kind, holder)


def test_japanese_zero_subject_report_is_unnamed() -> None:
    """「…」と総会で述べた names no speaker: the holder must say so."""
    claim = one("「即刻、無条件に撤退する必要がある」と総会で述べた。", "ja")
    assert claim is not None and claim.holder == UNNAMED
    assert (claim.type, claim.deontic) == ("recommendation", "strong")


@pytest.mark.parametrize(("text", "lang", "certainty"), [
    ("韓国にとっての含意は、米国の姿勢が大幅な変化を遂げる可能性が高いことだ。", "ja", "likely"),
    ("韓国と中国の関係は、米国と中国の関係に左右される可能性がある。", "ja", "possible"),
    ("韓国がこの転換期をいかに乗り切るかが、同盟の未来を形作るだろう。", "ja", "likely"),
    ("もし彼らがその患者たちにランダム化治験を受けさせていたら、明確な答えが得られていただろう。", "ja", "certain"),
    ("Analysts suggested a backlash could follow if Republicans pushed forward with the confirmation.", "en", "possible"),
    ("However, Americans appear to be somewhat split over whom to believe.", "en", "likely"),
    ("If they had put these patients into randomised trials, we would now have a clear answer.", "en", "certain"),
])
def test_hedges(text: str, lang: str, certainty: str) -> None:
    claim = one(text, lang)
    assert claim is not None and claim.certainty == certainty


@pytest.mark.parametrize(("text", "lang", "deontic"), [
    ("Enforcement of Security Council sanctions must continue vigorously, Pompeo said.", "en", "strong"),
    ("The U.S. should double the amount it spends on research in the field, says Kai-Fu Lee.", "en", "weak"),
    ("安保理制裁は、非核化が検証されるまで、厳しく継続しなければならない。", "ja", "strong"),
    ("米国はAI分野の研究にかける金額を倍にするべきだ。", "ja", "weak"),
])
def test_deontic_strength(text: str, lang: str, deontic: str) -> None:
    claim = one(text, lang)
    assert claim is not None and (claim.type, claim.deontic) == ("recommendation", deontic)


@pytest.mark.parametrize(("text", "lang", "negated"), [
    ("\"However, we do not see any corresponding response from the U.S.,\" he said.", "en", True),
    ("Cruz said Sunday he is not on board with the measure.", "en", True),
    ("そのような状況の下で一方的に核兵器を放棄することはないと語った。", "ja", True),
    ("韓国は2030年までに世界第4位の武器輸出国を目指す。", "ja", False),
])
def test_negation(text: str, lang: str, negated: bool) -> None:
    claim = one(text, lang)
    assert claim is not None and claim.negated is negated


def test_background_is_not_a_claim() -> None:
    assert one("Ri made no mention of plans for a second summit between Kim and Trump.", "en") is None
    assert one("OPCONとは、戦時作戦中の軍事部隊を指揮・統制する権限を指す。", "ja") is None


def test_seed_article_skips_headings_bio_and_tail() -> None:
    from align.readers import read_document

    doc = extract_claims(segment_document(read_document(str(SEED), "ja")), use_classifier=False)
    kinds = {doc.paragraphs[doc.sentences[c.sentence].paragraph].kind for c in doc.claims}
    assert kinds <= {"body", "title"}
    by_sentence = {c.sentence: c for c in doc.claims}
    promise = by_sentence[24]  # 韓国は国防費をGDPの3.5%に増額し…と約束した。
    assert (promise.type, promise.holder) == ("commitment", "韓国")
    assert by_sentence[43].certainty == "likely"  # …変化を遂げる可能性が高いことだ。
    assert Document.from_dict(doc.to_dict()).claims == doc.claims


def test_differences_name_what_changed() -> None:
    en = Claim(0, 1, 0, "prediction", holder="Lee", certainty="possible")
    ja = Claim(0, 1, 0, "prediction", holder=UNNAMED, certainty="likely", negated=True)
    assert differences(en, ja) == ["holder dropped:Lee->unnamed", "certainty:possible->likely", "negation flip"]
    assert differences(Claim(0, 1, 0, "assessment"), Claim(0, 1, 0, "recommendation", deontic="strong")) == [
        "type:assessment->recommendation", "deontic:none->strong"]


@pytest.mark.skipif(not DEV.exists(), reason="dev data not present")
def test_link_dev_document_flags_dropped_holder() -> None:
    """rt.com.91335 line 13: the Japanese drops "…, Russian Energy Minister Aleksandr Novak said"."""
    base = DEV / "ntrex128" / "rt.com.91335"
    en = sentences_from_lines(base.with_suffix(".91335.en").read_text(encoding="utf-8").splitlines(), "en")
    ja = sentences_from_lines(base.with_suffix(".91335.ja").read_text(encoding="utf-8").splitlines(), "ja")
    extract_claims(en, use_classifier=False)
    extract_claims(ja, use_classifier=False)
    beads = [Bead([i], [i]) for i in range(len(en.sentences))]
    bitext = link_claims(Bitext(en, ja, beads))
    claim_links = [k for k in bitext.links if k.layer == "claim"]
    assert claim_links and all(k.bead < len(beads) for k in claim_links)
    novak = [k for k in claim_links if k.bead == 13]
    assert len(novak) == 1 and "holder dropped" in novak[0].note
    assert Bitext.from_dict(bitext.to_dict()).links == bitext.links


def test_classifier_end_to_end() -> None:
    """The shipped classifier loads and keeps a clear commitment a commitment."""
    found = claims_for(["Hanwha has already pledged to invest more than $6 billion in U.S. shipyards.",
                        "J. James Kim is director of the Korea program at the Stimson Center."], "en", use_classifier=True)
    assert [(i, kind) for i, kind, _ in found][:1] == [(0, "commitment")]


def test_gold_is_complete_and_uses_the_schema() -> None:
    rows = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines()]
    assert len([r for r in rows if r["lang"] == "en"]) >= 200
    assert {r["type"] for r in rows if r["claim"]} <= set(CLAIM_TYPES)
    assert {r["certainty"] for r in rows if r["claim"]} <= {"certain", "likely", "possible"}


@pytest.mark.parametrize(("text", "lang", "kind", "holder", "attributed_to"), [
    # nested report: the innermost speaker holds the claim, the outer one reports it
    ("Officials said the minister had told them the talks were over.", "en", "assessment", "the minister", "Officials"),
    ('"It is a mistake," added Sharma.', "en", "assessment", "Sharma", "Sharma"),  # inverted subject
    ("The plan is expected to cut emissions by 2030.", "en", "prediction", UNNAMED, ""),  # passive, no agent
    # a poll's count is held by the poll, not by "Sixty percent of voters"
    ("Sixty percent of voters said the mayor should resign, according to a Gallup poll.", "en", "factual_statistic",
     "a Gallup poll", "a Gallup poll"),
    ("Pyongyang will never give up its nuclear weapons.", "en", "policy_position", "Pyongyang", "Pyongyang"),  # a refusal
    # によると is not a quotative と; a speaker after the quotation without と
    ("政府報告書によると、失業者は300万人に達したという。", "ja", "factual_statistic", "政府報告書", "政府報告書"),
    ("「制裁は効果がない」外務省の報道官は記者会見で語った。", "ja", "assessment", "外務省の報道官", "外務省の報道官"),
    ("同盟の再建が期待される。", "ja", "prediction", UNNAMED, ""),  # impersonal passive
    ("新戦略では、同盟国に防衛費の増額が求められている。", "ja", "recommendation", "新戦略", "新戦略"),  # a document as source
    ("首相は、改革を決して諦めないと述べた。", "ja", "policy_position", "首相", "首相"),
    ("世論調査によれば、有権者の58%が増税に反対していると回答した。", "ja", "factual_statistic", "世論調査", "世論調査"),
])
def test_attribution_frames(text: str, lang: str, kind: str, holder: str, attributed_to: str) -> None:
    claim = one(text, lang)
    assert claim is not None
    assert (claim.type, claim.holder, claim.attributed_to) == (kind, holder, attributed_to)


def test_japanese_frames_that_are_not_the_sentence_frame() -> None:
    """A reporting verb that modifies a noun (述べた時) or an abstract topic (トーン) does not make a holder."""
    claim = one("外相のスピーチのトーンは、昨年の総会で首相が演説したと述べた時とは劇的に異なる。", "ja")
    assert claim is not None and claim.holder == AUTHOR
    claim = one("この騒動は強い感情を引き起こし、多くの議員は採決を急ぐことを希望しているとされている。", "ja")
    assert claim is not None and claim.holder == UNNAMED  # the hearsay frame names no source; the topic is the content's


@pytest.mark.parametrize(("text", "lang", "kind"), [
    # a number naming a thing or sitting in a side clause does not turn a reported view into a statistic
    ("The minister insisted that the $3 billion bridge is a waste of money.", "en", "assessment"),
    ("The ministry said 12,000 patients were treated in the new wards last year.", "en", "factual_statistic"),
    # "percent" alone is not a poll: the goal stays a goal
    ("The government aims to cut emissions by 40 percent.", "en", "policy_position"),
    # would/could + be + a predicate judges a state of affairs; a modal on an event verb forecasts it
    ("That would be a serious mistake, the senator said.", "en", "assessment"),
    ("Prices could rise sharply next year.", "en", "prediction"),
    # a deal's stipulations are commitments of the deal
    ("The agreement calls for both sides to withdraw their troops from the border.", "en", "commitment"),
    ("この協定では、双方が国境から部隊を撤退させることが求められている。", "ja", "commitment"),
    # disputing a claim is a judgement, not a stance
    ("The minister rejected the idea that the talks had failed.", "en", "assessment"),
    # conditional readiness and stated wishes are positions
    ("Japan can, if necessary, deploy its navy to protect the shipping lanes.", "en", "policy_position"),
    ("日本は必要なら海軍を派遣することができる。", "ja", "policy_position"),
    ("政府は同盟関係を強化したいと考えている。", "ja", "policy_position"),
    ("We would like to see a ceasefire before the winter.", "en", "policy_position"),
    # a deontic expression inside a nominalized content is not the sentence's recommendation
    ("重要なのは、改革が必要であることを国民が理解したことだ。", "ja", "assessment"),
    # a body announcing its own action with "it would" commits; analysts' "it would" forecasts
    ("The ministry said it would review the rules next month.", "en", "commitment"),
    ("Analysts said it would hurt growth.", "en", "prediction"),
    # a plain count of parties is not a poll: their stance stays a stance
    ("More than 100 countries have backed the plan.", "en", "policy_position"),
    ("米国など50カ国がこの計画を支持した。", "ja", "policy_position"),
    ("政府は来年度から消費税を引き上げる方針を固めた。", "ja", "policy_position"),
    ("同議員は3兆ドルの法案を批判した。", "ja", "assessment"),  # the number names the bill
])
def test_type_decisions_that_generalize(text: str, lang: str, kind: str) -> None:
    claim = one(text, lang)
    assert claim is not None and claim.type == kind


def test_possibility_as_a_noun_is_not_a_forecast() -> None:
    """可能性 in "可能性の高い有権者" names a group; only 可能性がある/高い says something may happen."""
    claim = one("専門家は、可能性の高い候補者について「経験が豊富だ」と評価した。", "ja")
    assert claim is not None and claim.type != "prediction"
    assert one("両国の関係は悪化する可能性が高い。", "ja").type == "prediction"


@pytest.mark.parametrize(("text", "lang", "kind", "holder"), [
    # verbs of judging someone or something: an assessment held by their subject (not when passive: the subject is the target)
    ("The opposition leader condemned the government for its handling of the floods.", "en", "assessment", "The opposition leader"),
    ("The minister defended the decision to close the border.", "en", "assessment", "The minister"),
    ('The senator called the plan "reckless."', "en", "assessment", "The senator"),
    ("野党党首は政府の対応を強く非難した。", "ja", "assessment", "野党党首"),
    ("外相は政府の決定を擁護した。", "ja", "assessment", "外相"),
    # stances without a cue verb: endorsed by, wary of, 警戒している
    ("The proposal has been endorsed by the teachers' union.", "en", "policy_position", "the teachers' union"),
    ("Tokyo is wary of signing the accord before the election.", "en", "policy_position", "Tokyo"),
    ("日本は、選挙前に協定に署名することを警戒している。", "ja", "policy_position", "日本"),
    # an announced own action or plan is a commitment
    ("The mayor confirmed plans to build new homes near the station.", "en", "commitment", "The mayor"),
    ("The governor confirmed she would seek a second term.", "en", "commitment", "The governor"),
    ("政府は来月から入国者に隔離を義務付けると発表した。", "ja", "commitment", "政府"),
    ("議長は訪問を延期することを発表した。", "ja", "commitment", "議長"),
    ("彼は、労働者を取締役会に入れる計画を確認した。", "ja", "commitment", "彼"),
    # a refusal or a pledge inside a condition or a side clause is not the sentence's claim
    ("If the company refused to pay, it would be fined.", "en", "prediction", AUTHOR),
    # a present schedule forecasts; a change in a counted quantity is a statistic
    ("The president is slated to visit Seoul next week.", "en", "prediction", AUTHOR),
    ("The number of asylum seekers has fallen sharply.", "en", "factual_statistic", AUTHOR),
    ("亡命者の数が減少した。", "ja", "factual_statistic", AUTHOR),
    ("国民は証拠の提供を強要されることとなる。", "ja", "prediction", AUTHOR),
    # "could not" judges (in)ability; 憂慮すべき is an adjective (worrying), not a recommendation
    ("She said the minister could not continue in office.", "en", "assessment", "She"),
    ("この法案は特に憂慮すべきである。", "ja", "assessment", AUTHOR),
])
def test_rules_from_the_heldout_errors(text: str, lang: str, kind: str, holder: str) -> None:
    claim = one(text, lang)
    assert claim is not None
    assert (claim.type, claim.holder) == (kind, holder)


@pytest.mark.parametrize(("text", "holder"), [
    ("彼は、制裁は効果がないと述べた。", "彼"),  # a pronoun topic is a speaker
    ("「制裁は失敗だった」彼女は言った。", "彼女"),  # after the closing quotation, no quotative と
    ("「増税は景気を冷やす」と首相述べた。", "首相"),  # no particle between と and the verb
    ("その企業は、「顧客を軽視している」と非難された。", UNNAMED),  # a passive report names no source
    ("議員が首相を「独裁者」と呼び、辞任すべきだと発言した。", "議員"),  # the first と closes at 呼び、
])
def test_japanese_holders_around_quotations(text: str, holder: str) -> None:
    claim = one(text, "ja")
    assert claim is not None and claim.holder == holder


def test_english_citing_frame_and_frames_without_content() -> None:
    """"citing X" names the source of the figures; a frame that ends in a colon or a dateline asserts nothing itself."""
    claim = one("The senator, citing figures from the central bank, said 2 million jobs were lost.", "en")
    assert claim is not None and claim.type == "factual_statistic"
    assert (claim.holder, claim.attributed_to) == ("figures from the central bank", "The senator")
    assert one("The minister said on Monday:", "en") is None
    assert one("He spoke at a festival in Austin, Texas.", "en") is None
    assert one("The envoy was scheduled to arrive on Sunday.", "en") is None
    assert one("大使は日曜日に到着する予定だった。", "ja") is None


@pytest.mark.parametrize(("text", "lang"), [
    ("He said they acted as quickly as they could.", "en"),  # a modal in an adverbial clause of manner
    ("The idea is not new, with the Greens pledging a four-day week in 2017.", "en"),  # a pledge in a side clause
    ("もし会社が支払いを拒めば、罰金が科される。", "ja"),  # 拒めば: a condition, not a refusal
    ("この規則は、違反する可能性がある企業に適用される。", "ja"),  # 可能性がある modifies 企業
])
def test_cues_in_side_clauses_do_not_type_the_sentence(text: str, lang: str) -> None:
    claim = one(text, lang)
    assert claim is None or claim.type not in ("prediction", "commitment", "policy_position")


@pytest.mark.parametrize(("text", "lang"), [
    # a neutral report of a past event, without quotation marks, is not a claim (the schema has no reported-fact type)
    ("Officials noted that the two countries had already closed the border.", "en"),
    ("He said the workers were leaving the site early.", "en"),
    ("同外相は、多くの観光客に変更の時間が与えられなかったと認めた。", "ja"),
    ("報道官は、会談が予定より早く終わったと述べた。", "ja"),
])
def test_reported_events_are_not_claims(text: str, lang: str) -> None:
    assert one(text, lang) is None


@pytest.mark.parametrize(("text", "lang", "kind"), [
    # the same frames with a view: an arguing verb, a quotation, a present state or a reported belief
    ("Officials argued that the two countries had already closed the border.", "en", "assessment"),
    ('He said the workers were "leaving the site early."', "en", "assessment"),
    ("報道官は、会談は成功だと述べた。", "ja", "assessment"),
    ("彼は、改革が失敗したと確信した、と言った。", "ja", "assessment"),
])
def test_reported_views_stay_claims(text: str, lang: str, kind: str) -> None:
    claim = one(text, lang)
    assert claim is not None and claim.type == kind


def test_japanese_cited_data_source_holds_the_figures() -> None:
    claim = one("統計局からのデータを引用した議員は、失業者は30万人だったと述べた。", "ja")
    assert claim is not None and claim.type == "factual_statistic"
    assert (claim.holder, claim.attributed_to) == ("統計局", "議員")


@pytest.mark.parametrize(("text", "lang", "kind", "holder"), [
    # a voiced wish, a refusal in the first person, 〜ことはない, 願っている: stances
    ("The minister said she looks forward to working with the new government.", "en", "policy_position", "The minister"),
    ('"We can\'t accept these terms," the union leader said.', "en", "policy_position", "the union leader"),
    ("「早期の訪問を楽しみにしている」と外相は述べた。", "ja", "policy_position", "外相"),
    ("「我々が一方的に非核化に踏み込むことはない」と外相は語った。", "ja", "policy_position", "外相"),
    ("政府は企業が協力するよう願っている。", "ja", "policy_position", "政府"),
    # a group's own "they would", an announced measure: commitments
    ("Party officials said they would appeal the ruling.", "en", "commitment", "Party officials"),
    ("The ministry announced that all schools would be closed from Monday.", "en", "commitment", "The ministry"),
    # needs doing / is needed, a prohibition, a headline's nominal demand, よう…求めた with the speaker before the verb
    ("Clear guidance is needed for travellers.", "en", "recommendation", AUTHOR),
    ("その人たちに罰則が与えられてはならない。", "ja", "recommendation", AUTHOR),
    ("雇用主に明確な説明をするよう野党議員は求めた。", "ja", "recommendation", "野党議員"),
    # risk / かねない / ことになっている: forecasts
    ("Without action, we risk a second wave of infections.", "en", "prediction", AUTHOR),
    ("再びロックダウンになりかねない。", "ja", "prediction", AUTHOR),
    ("見直しは年末までに発表されることになっている。", "ja", "prediction", AUTHOR),
    # bounds and shares, spaced Japanese amounts, counted events: statistics
    ("The vast majority of applicants are eventually offered citizenship.", "en", "factual_statistic", AUTHOR),
    ("Suspects are held for up to seven days.", "en", "factual_statistic", AUTHOR),
    ("パキスタンとインドは3回戦争を行った。", "ja", "factual_statistic", AUTHOR),
    ("同国は推定 1 億 4 千万ドルの支援を受けた。", "ja", "factual_statistic", AUTHOR),
    ("容疑者は最大7日間拘束される。", "ja", "factual_statistic", AUTHOR),
])
def test_stances_demands_forecasts_and_counts(text: str, lang: str, kind: str, holder: str) -> None:
    claim = one(text, lang)
    assert claim is not None
    assert (claim.type, claim.holder) == (kind, holder)


def test_ordinals_are_not_counts() -> None:
    """2回目 (the second) and 第75回 (the 75th) number a thing; they do not count anything."""
    assert one("2回目の首脳会談が開かれた。", "ja") is None
    assert one("彼は第75回総会の議長に選出された。", "ja") is None


@pytest.mark.parametrize(("text", "lang"), [
    # a graded predicate is a judgement: degree adverbs, comparatives, an adjective ending the sentence
    ("The new bill is particularly worrying.", "en"),
    ("Relations between the two countries have markedly improved.", "en"),
    ("The real threats are closer to home.", "en"),
    ("両国の関係は著しく改善してきた。", "ja"),
    ("これ以上の悪法を想像することは難しい。", "ja"),
])
def test_graded_predicates_are_assessments(text: str, lang: str) -> None:
    claim = one(text, lang)
    assert claim is not None and claim.type == "assessment"


def test_time_words_are_not_grades() -> None:
    assert one("The Labour Party has so far declined to comment on the demand.", "en") is None
    assert one("会談は来週開かれない。", "ja") is None


@pytest.mark.parametrize(("text", "lang", "holder"), [
    ("先月HSBCは新法を支持した。", "ja", "HSBC"),  # a time word is not part of the name
    ("ところが、政府高官が会合を進めたいと明言した。", "ja", "政府高官"),  # ところが is a conjunction, not a topic
    ("同外相曰く、「雇用主には柔軟な対応を期待している」", "ja", "同外相"),  # 曰く names the speaker before it
    ("Officials made clear that they wanted the talks to continue.", "en", "Officials"),  # "they" is the main subject
])
def test_holder_phrases(text: str, lang: str, holder: str) -> None:
    claim = one(text, lang)
    assert claim is not None and claim.holder == holder


def test_nominalized_forecast_is_not_the_sentence_forecast() -> None:
    """"…だろうということを理解している": the forecast is the content of a thought, the sentence is not a forecast."""
    claim = one("彼は、景気が悪化するだろうということを理解している。", "ja")
    assert claim is None or claim.type != "prediction"
    assert one("景気は悪化するだろう。", "ja").type == "prediction"


def test_japanese_scare_quotes_and_concessions_are_not_reports() -> None:
    """A word or two in 「」 singles words out; …とはいえ is "although"; neither frames the sentence as someone's speech."""
    assert one("その会社は、人気歌手との「関係を断った」。", "ja") is None
    assert one("正式な発表はないとはいえ、長官らは先日議会を訪れている。", "ja") is None
    claim = one("「新しい制度は失敗だったと言わざるを得ない」と、同氏はテレビの「討論会」で語った。", "ja")
    assert claim is not None and claim.holder == "同氏"  # the long quotation is the report, the short one a title


def test_predicate_adjectives() -> None:
    """"X is abhorrent" predicates a quality (a judgement); "X is available" describes a state."""
    claim = one("The new rules are abhorrent.", "en")
    assert claim is not None and claim.type == "assessment"
    assert one("The documents are available online.", "en") is None


@pytest.mark.parametrize("text", [
    "Lee asked whether the government would fund a similar contest.",
    "The senator declined to say if she would try to block the bill.",
])
def test_indirect_questions_assert_nothing(text: str) -> None:
    claim = one(text, "en")
    assert claim is None or claim.type not in ("prediction", "policy_position", "commitment")


def test_hoped_is_a_stance() -> None:
    """The small English model lemmatizes "hoped" as "hop"; the fix makes the stance visible."""
    claim = one("The minister had hoped the talks would resume in May.", "en")
    assert claim is not None and claim.type == "policy_position"


@pytest.mark.parametrize(("text", "kind", "holder"), [
    # the Japanese "said he would": a plain non-past action with no subject of its own is the speaker's announced step
    ("外相は、来月再び北京を訪問すると述べた。", "commitment", "外相"),
    ("首相は年内に正式に決定すると語った。", "commitment", "首相"),
    ("党首は改革をやり遂げる決意があると述べた。", "commitment", "党首"),
    # with a subject of its own the content is someone else's future: not announced, a forecast ("said the economy will
    # recover"; the round that read heldout4: on the development gold such reports were predictions); a state describes
    ("外相は、景気が回復すると述べた。", "prediction", "外相"),
    ("外相は、交渉には時間がかかると述べた。", "prediction", "外相"),
    ("外相は、交渉には時間があると述べた。", "assessment", "外相"),
])
def test_japanese_announced_own_action(text: str, kind: str, holder: str) -> None:
    claim = one(text, "ja")
    assert claim is not None
    assert (claim.type, claim.holder) == (kind, holder)


def test_spans_of_time_are_not_quantities() -> None:
    claim = one("The bank has been at the centre of a scandal for more than a year and a half, the paper said.", "en")
    assert claim is None or claim.type != "factual_statistic"
    assert one("Half of the voters backed the plan, the poll found.", "en").type == "factual_statistic"


@pytest.mark.parametrize(("text", "lang", "kind", "holder"), [
    ("The dockworkers' union threatened to strike if the port is privatised.", "en", "commitment", "The dockworkers' union"),
    ("労働組合は、港が民営化されればストライキを行うと脅した。", "ja", "commitment", "労働組合"),
])
def test_threats_to_act_are_commitments(text: str, lang: str, kind: str, holder: str) -> None:
    claim = one(text, lang)
    assert claim is not None and (claim.type, claim.holder) == (kind, holder)


@pytest.mark.parametrize(("text", "lang"), [
    ("Rising seas threaten the coastal villages.", "en"),  # no to-clause: nobody states an intention
    ("組合は会社から脅された。", "ja"),  # the victim's passive
])
def test_threats_without_an_intention_are_not_commitments(text: str, lang: str) -> None:
    claim = one(text, lang)
    assert claim is None or claim.type != "commitment"


@pytest.mark.parametrize(("text", "kind"), [
    ("Forty-two people were taken to hospital after the crash.", "factual_statistic"),  # a spelled-out count of 20+
    ("The region has recorded 37 infections, with 12 reported deaths.", "factual_statistic"),  # two-digit counts of things
    ("So far, 12,400 residents have been vaccinated.", "factual_statistic"),  # "so far" says when, it grades nothing
])
def test_english_counts_and_time_adverbs(text: str, kind: str) -> None:
    claim = one(text, "en")
    assert claim is not None and claim.type == kind


def test_durations_and_going_too_far() -> None:
    # a duration is not a count, so the sentence stays what its words make it
    claim = one("The posts were still visible 12 hours after they were first published.", "en")
    assert claim is None or claim.type != "factual_statistic"
    # "goes so far" grades: an assessment
    claim = one("No other country goes so far, not even for terrorism offences.", "en")
    assert claim is not None and claim.type == "assessment"


def test_according_to_a_past_event_is_a_report() -> None:
    # the small parser makes "According" the root here; the event verb is found under it
    assert one("According to the police, a man who escaped from the prison last week returned to his village.", "en") is None
    claim = one("According to the police, the new law is dangerous.", "en")  # a sourced view stays a claim
    assert claim is not None and claim.holder == "the police"


@pytest.mark.parametrize("text", [
    "警察によると、男は昨夜、店に押し入って現金を奪った。",
    "同紙によれば、両社は先月、合併交渉を打ち切ったとのことである。",
])
def test_japanese_attributed_past_events_are_reports(text: str) -> None:
    assert one(text, "ja") is None


def test_japanese_attributed_views_stay_claims() -> None:
    # present-tense content: a view passed on from the source
    claim = one("専門家によると、この計画は危険だ。", "ja")
    assert claim is not None and claim.holder == "専門家"


@pytest.mark.parametrize(("text", "lang", "holder"), [
    ("The health ministry has registered 2,340 new infections in the past day.", "en", "The health ministry"),
    ("The watchdog analyzed 300 complaints and found 45 cases of fraud.", "en", "The watchdog"),
    ("保健省は、過去24時間で2,340人の新規感染者を確認した。", "ja", "保健省"),
])
def test_whoever_puts_out_the_figures_holds_the_statistic(text: str, lang: str, holder: str) -> None:
    claim = one(text, lang)
    assert claim is not None and claim.type == "factual_statistic" and claim.holder == holder


@pytest.mark.parametrize(("text", "lang"), [
    ("Company shares recorded a 20% jump on Monday.", "en"),
    ("同社の株価は20%上昇し、上場来高値を記録した。", "ja"),
])
def test_measured_subjects_hold_nothing(text: str, lang: str) -> None:
    claim = one(text, lang)
    assert claim is not None and claim.type == "factual_statistic" and claim.holder == AUTHOR


@pytest.mark.parametrize("text", [
    "The leaflets were printed to support the striking workers.",  # purpose adjunct
    "Farmers walked the flooded fields, trying to save their crops.",  # manner adjunct
    "The boy had to be persuaded to leave the beach.",  # agentless passive: the boy is acted on
    "Hospitals try new triage software as admissions rise",  # try + object = test
    "The singer can be heard laughing in the recording.",  # perception, not possibility
    "Tickets can only be bought at the door.",  # a rule, not a possibility
    "The device is called the Skyhook, a drone that lifts parcels.",  # naming
    "So there was the usual noise of a school morning.",  # discourse "so"
])
def test_english_narration_is_not_a_claim(text: str) -> None:
    assert one(text, "en") is None


def test_english_agentive_passive_keeps_the_stance() -> None:
    claim = one("The plan has been endorsed by the teachers' union as a way to cut class sizes.", "en")
    assert claim is not None and claim.type == "policy_position"


@pytest.mark.parametrize("text", [
    "一方で、新しい橋を建設しようとする市の計画は数カ月間進んでいない。",  # a stance inside a relative clause
    "住民は、工事を拒否したことに腹を立てた男性から怒鳴られた。",  # a nominalized refusal (…したことに)
    "3人の職員が昨日、現地から帰国した。",  # a handful of people is not a count
])
def test_japanese_narration_is_not_a_claim(text: str) -> None:
    assert one(text, "ja") is None


def test_japanese_conditional_readiness_is_still_a_stance() -> None:
    claim = one("「我が国は必要に応じて港を封鎖することができる」と彼は述べた。", "ja")
    assert claim is not None and claim.type == "policy_position" and claim.holder == "彼"


def _flags(en: str, ja: str) -> list[str]:
    """Reviewer notes of the claim link between one English and one Japanese sentence (rules)."""
    src, tgt = sentences_from_lines([en], "en"), sentences_from_lines([ja], "ja")
    extract_claims(src)
    extract_claims(tgt)
    bitext = link_claims(Bitext(src, tgt, [Bead([0], [0])]))
    link = next(link for link in bitext.links if link.layer == "claim")
    return [n for n in link.note.split("; ") if n]


def test_link_flags_need_surface_evidence() -> None:
    # a real hedge added by the translation: "will" -> かもしれない
    assert any(n.startswith("certainty") for n in _flags("The tariffs will hurt exporters, the minister said.",
                                                         "関税は輸出業者に打撃を与えるかもしれないと大臣は述べた。"))
    # a named source dropped: "Lee said" -> a bare quotation
    assert any(n.startswith("holder dropped") for n in _flags('"The plan is a mistake," Lee said.', "「その計画は誤りだ」。"))
    # both sides negate: an extractor's scope disagreement is not a negation flip
    flags = _flags("He said the country would never give up its weapons and did not trust Washington.",
                   "彼は、同国は決して武器を放棄せず、米国を信頼していないと述べた。")
    assert "negation flip" not in flags


def test_confirmed_reads_each_language() -> None:
    plain, hedged = Claim(0, 0, 0, "prediction", AUTHOR, certainty="certain"), Claim(0, 0, 0, "prediction", AUTHOR, certainty="possible")
    assert confirmed("certainty:certain->possible", plain, hedged, "Prices will rise.", "価格は上がるかもしれない。", "en", "ja")
    # the English already says "could": the extractors disagree, the texts do not
    assert not confirmed("certainty:certain->possible", plain, hedged, "Prices could rise.", "価格は上がるかもしれない。", "en", "ja")


@pytest.mark.parametrize(("text", "lang", "kind", "holder"), [
    # digits in a title or an age are not a count: the speaker keeps the claim
    ("中国の第1副首相は、水曜日、経済は十分に回復していると話した。", "ja", "assessment", "中国の第1副首相"),
    ('"The water is filthy," said 42-year-old farmer Budi Santoso.', "en", "assessment", "42-year-old farmer Budi Santoso"),
    # a head count is the content's subject; the speaker is a zero subject
    ("国内で1,250人が感染し、980人が回復したと付け加えた。", "ja", "factual_statistic", UNNAMED),
    # a te-form frame leaves the speaker to the main clause
    ("「本当に怖かった」と言って、40歳の店主の田中さんは店を片付けた。", "ja", "assessment", "40歳の店主の田中さん"),
    # an order is a strong directive of the one who gives it, also in Japanese
    ("The governor ordered an inquiry into the prison riot.", "en", "recommendation", "The governor"),
    ("知事は刑務所の暴動の調査を命じた。", "ja", "recommendation", "知事"),
    # とされる modifying a noun is not a passive report frame
    ("知事は、汚染があったとされる川の調査を命じた。", "ja", "recommendation", "知事"),
])
def test_holders_titles_counts_and_orders(text: str, lang: str, kind: str, holder: str) -> None:
    claim = one(text, lang)
    assert claim is not None and (claim.type, claim.holder) == (kind, holder)


@pytest.mark.parametrize(("text", "lang"), [
    ('"I saw the roof fall in, and then I ran.', "en"),  # a witness narrating, in quotation marks
    ("「屋根が崩れ落ちるのを見て、私は走った。」", "ja"),
    ("What does the new rule mean for small farms?", "en"),  # a direct question asserts nothing
    ("それによって、子どもたちにどんな影響が出るのでしょう？", "ja"),
])
def test_quoted_narration_and_questions_are_not_claims(text: str, lang: str) -> None:
    assert one(text, lang) is None


@pytest.mark.parametrize(("text", "lang"), [
    ('"I thought it was a mistake, but it turns out they were right."', "en"),  # a past thought is a view
    ("「我々は感染の抑え込みに大きな成果をあげてきた。」", "ja"),  # …てきた: where things stand
    ("「私は冗談だと思っていたが、彼らが正しかったと分かった。」", "ja"),
])
def test_quoted_views_in_the_past_stay_claims(text: str, lang: str) -> None:
    assert one(text, lang) is not None


@pytest.mark.parametrize(("text", "lang", "holder"), [
    ("保健省によると、1,240人の患者が集中治療室に入っている。", "ja", "保健省"),  # cited figures, even modifying a noun
    ("Measles is a disease that causes 9 million infections each year, according to the WHO.", "en", "the WHO"),
    ("最も多くの感染者が出ているのは東京都の320人だ。", "ja", AUTHOR),  # a superlative over a count is a rank
])
def test_cited_figures_and_ranks_are_statistics(text: str, lang: str, holder: str) -> None:
    claim = one(text, lang)
    assert claim is not None and (claim.type, claim.holder) == ("factual_statistic", holder)


def test_japanese_final_particles_do_not_hide_a_judgement() -> None:
    claim = one("あの道を夜に歩くのは怖いよね。", "ja")
    assert claim is not None and claim.type == "assessment"


@pytest.mark.parametrize("text", [
    "市は、先月から川の水位が上がり始めたと発表。",  # 発表 of a past event: a report, like と述べた
    "France's defence ministry stated on Monday that the ship had left port two days earlier.",  # stated + past perfect
    "田中氏は、業界の「代弁者」としての地位を築いた団体の会合で講演していた。",  # としての: "as", not a report
])
def test_neutral_reports_of_past_events(text: str) -> None:
    lang = "en" if text.isascii() else "ja"
    assert one(text, lang) is None


# The round that read heldout4 (made-up sentences; one general cause each).
@pytest.mark.parametrize(("text", "lang", "kind", "holder"), [
    # a warning of consequences is the warner's forecast (it says nothing about who acts)
    ("The union warned the board of serious consequences if wages are cut.", "en", "prediction", "The union"),
    ("賃金が削減されれば深刻な結果を招くと組合は経営陣に警告した。", "ja", "prediction", "組合"),
    # a stance under a possibility modal is a guess at a plan, a forecast ("assess" reports it)
    ("Analysts assess that the rebels could be planning a new offensive.", "en", "prediction", "Analysts"),
    # a schedule without a modal: "is to", a headline "X to <verb>", "is set for <date>"; written and polite forecast forms
    ("The two leaders are also to discuss trade.", "en", "prediction", AUTHOR),
    ("Japan's Prime Minister to visit Kyiv", "en", "prediction", AUTHOR),
    ("The vote is set for March 3.", "en", "prediction", AUTHOR),
    ("新しい橋は地域経済を支える役割を果たすであろう。", "ja", "prediction", AUTHOR),
    ("「会議は来週になるかもしれません。」", "ja", "prediction", UNNAMED),
    ("首脳会談は延期の可能性", "ja", "prediction", AUTHOR),
    # a proposal, a request and pressing someone to act are weak recommendations of their subject
    ("An engineer has proposed a 30-metre bridge over the river.", "en", "recommendation", "An engineer"),
    ("The mayor requested that residents stay indoors.", "en", "recommendation", "The mayor"),
    ("The governor has been lobbying legislators to back the bill.", "en", "recommendation", "The governor"),
    ("知事は議員たちに法案を支持するよう圧力をかけた。", "ja", "recommendation", "知事"),
    ("技術者は川に30メートルの橋を架けることを提案している。", "ja", "recommendation", "技術者"),
    ("大臣は有権者に投票に参加するよう呼び掛けた。", "ja", "recommendation", "大臣"),
    ("同大臣は難民への支援も求めた。", "ja", "recommendation", "同大臣"),
    # restating support, a preference and a stance noun or statement are positions, not undertakings or forecasts
    ("We reconfirm our support for the peace talks.", "en", "policy_position", "We"),
    ("両国は和平協議への支持を再確認した。", "ja", "policy_position", "両国"),
    ('The minister said he would "prefer not" to raise taxes.', "en", "policy_position", "The minister"),
    ("The city is a vocal opponent of the new airport.", "en", "policy_position", "The city"),
    ("She voiced the government's support for the farmers.", "en", "policy_position", "She"),
    ("外相は、政府が農家を支持することを表明した。", "ja", "policy_position", "外相"),
    # quantities: a two-thirds majority, points, tens of people; a claimed toll is a count, not a report
    ("The bill passed with a two-thirds majority.", "en", "factual_statistic", AUTHOR),
    ("The storm had claimed the lives of more than 300 people.", "en", "factual_statistic", AUTHOR),
    ("候補者は選挙区で20ポイント差で勝利した。", "ja", "factual_statistic", AUTHOR),
    ("警察は数十人を逮捕した。", "ja", "factual_statistic", AUTHOR),
    ("More than 2,000 migrants crossed the border illegally last month.", "en", "factual_statistic", AUTHOR),
    # prayers for a public outcome and optative wishes are the speaker's goal
    ("The bishop said he was praying for the country, so that the conflict ends through dialogue.", "en", "policy_position",
     "The bishop"),
    ('"May the new year bring peace to the region," the pope said.', "en", "policy_position", "the pope"),
    ("司教は「対話によって紛争が終わるように」祈っていると述べた。", "ja", "policy_position", "司教"),
    # a denied plan is a stance; "the way to take" is normative; a court's award is a strong directive
    ("政府は増税する計画はないと述べた。", "ja", "policy_position", "政府"),
    ("Sanctions are not the path to take.", "en", "recommendation", AUTHOR),
    ("取るべき道は制裁ではない。", "ja", "recommendation", AUTHOR),
    ("The court ruled in favour of the tenants, saying that they would receive compensation.", "en", "recommendation", "The court"),
    ("最高裁判所は住民に有利な判決を下し、補償金を支払うとした。", "ja", "recommendation", "最高裁判所"),
    # provisions that set a size or a duration state what was enacted; a counted subject that spiked is a statistic
    ("The new council will consist of 40 members.", "en", "factual_statistic", AUTHOR),
    ("The number of asylum applications has spiked.", "en", "factual_statistic", AUTHOR),
    # "unpredictable" judges, it forecasts nothing
    ("選挙の行方は予測不可能になった。", "ja", "assessment", AUTHOR),
    # a share of a group as the subject states a statistic without digits (also in the old development gold)
    ("Most were farmers from the north.", "en", "factual_statistic", AUTHOR),
    ("Most applicants have been students.", "en", "factual_statistic", AUTHOR),
    ("参加者のほとんどは学生だった。", "ja", "factual_statistic", AUTHOR),
    ("その大半は北部の農民である。", "ja", "factual_statistic", AUTHOR),
    # an emphatic frame is typed by the claim it frames; "I won't disagree" announces no action
    ('"Investors should be in no doubt that prices would rise," the minister said.', "en", "prediction", "the minister"),
    # a reported non-past action with its own subject is a forecast (the speaker's own action stays a commitment)
    ("長官は、新たな法案で追加の給付金が支給されると述べた。", "ja", "prediction", "長官"),
    ("首相は、議長が来週詳細を発表すると記者団に語った。", "ja", "prediction", "首相"),
])
def test_rules_from_the_heldout4_errors(text: str, lang: str, kind: str, holder: str) -> None:
    claim = one(text, lang)
    assert claim is not None
    assert (claim.type, claim.holder) == (kind, holder)


@pytest.mark.parametrize(("text", "lang"), [
    ("The talks come 30 years after the treaty was ratified.", "en"),  # a distance in time places an event, it counts nothing
    ("The festival marks the end of a 500-year tradition.", "en"),  # a hyphenated duration describes
    ("The spokesman appeared on television on Sunday.", "en"),  # "appeared on" is no hedge
    ("首相は移民、エネルギー、欧州連合問題について協議した。", "ja"),  # 問題 in a compound names an issue
    ("当局は法的問題を理由に手続きを中断している。", "ja"),
    # ritual prayers addressed to God; an undertaking narrated with an object; a forecast event stays a forecast (not a provision)
    ('"I pray to Almighty God to grant the deceased mercy."', "en"),
    ("「神が故人を安らかに迎えてくださるよう祈ります。」", "ja"),
    # denying a reported event is an event (a denied view is typed as the view: test_heldout4_contrasts)
    ("The minister denied the report.", "en"),
    ("The actor denied allegations that he had assaulted a colleague.", "en"),
    ("大臣は報道を否定した。", "ja"),
])
def test_heldout4_non_claims(text: str, lang: str) -> None:
    assert one(text, lang) is None


def test_heldout4_contrasts() -> None:
    """The frames of the round stop where their guideline stops: an undertaking with an object narrates, a vote "there will
    be" is still forecast, a warning that the warner will act is a threat, and "proposes to" is the proposer's plan."""
    claim = one('He said "the army undertook this mission with great courage."', "en")
    assert claim is None or claim.type != "commitment"
    assert one("There will be a vote in the Senate, where 51 senators sit.", "en").type == "prediction"
    assert one("The union warned it would strike if wages are cut.", "en").type == "commitment"
    assert one("The new bill also proposes to expand police powers.", "en").type == "policy_position"
    assert one("The minister denied the idea that the decision was rushed.", "en").type == "assessment"
    assert one('She said: "I won\'t disagree with that."', "en").type != "commitment"


# Frequency round on the train parts (made-up sentences; one family of cues or one frame per case).
@pytest.mark.parametrize(("text", "lang", "kind", "holder"), [
    # a publisher/site tail is read off before the cues: it does not hold the headline's claim
    ("市が新図書館の建設を約束（みらい新聞 ） - Yahoo!ニュース", "ja", "commitment", "市"),
    ("City Council Should Approve New Library (Metro Daily) - Yahoo!News", "en", "recommendation", AUTHOR),
    # a comma headline attribution needs its speech verb
    ("Rates Will Rise Next Year, Economists Warn", "en", "prediction", "Economists"),
    # a speaker named right before a closing quotation (headline or colon frame) holds it
    ("田中監督「守備は完璧だ」", "ja", "assessment", "田中監督"),
    ("佐藤さん:「この町の将来は明るい」", "ja", "assessment", "佐藤さん"),
    # a non-past action with a time ahead is a schedule, in either language
    ("来月から新しい路線バスの運行を開始する。", "ja", "prediction", AUTHOR),
    ("Riverside faces Hilltop at 7 p.m. on Friday.", "en", "prediction", AUTHOR),
    ("The new series premieres next month on public television.", "en", "prediction", AUTHOR),
    # match results, exact casualty counts and competition tallies are statistics
    ("Northfield beat Southport 3-1 on Saturday.", "en", "factual_statistic", AUTHOR),
    ("北町は南港を3対1で破った。", "ja", "factual_statistic", AUTHOR),
    ("Four miners were killed in the blast.", "en", "factual_statistic", AUTHOR),
    ("炭鉱の爆発で作業員4人が死亡した。", "ja", "factual_statistic", AUTHOR),
    ("山田投手は今季５勝目を挙げた。", "ja", "factual_statistic", AUTHOR),
    # social-media and comment verbs report
    ('"Great result for the town," the mayor tweeted.', "en", "assessment", "the mayor"),
    ("「町にとって素晴らしい結果だ」と市長はツイートした。", "ja", "assessment", "市長"),
])
def test_rules_from_the_train_parts(text: str, lang: str, kind: str, holder: str) -> None:
    claim = one(text, lang)
    assert claim is not None
    assert (claim.type, claim.holder) == (kind, holder)


@pytest.mark.parametrize(("text", "deontic"), [
    ("大雨による土砂災害に警戒が必要です。", "strong"),  # the polite form of an obligation
    ("帰宅したら手を洗いましょう。", "weak"),  # an exhortation to the reader
])
def test_japanese_polite_directives(text: str, deontic: str) -> None:
    claim = one(text, "ja")
    assert claim is not None
    assert (claim.type, claim.deontic) == ("recommendation", deontic)


@pytest.mark.parametrize(("text", "lang"), [
    ("（みらい新聞 ） - Yahoo!ニュース", "ja"),  # nothing but the site tail
    ("Storm Floods Coastal Towns, Greenfield County", "en"),  # a place after a comma is no source
    ("同社は毎朝バスを運行する。", "ja"),  # a habit: no time ahead
    ("Fans arrive at the stadium on Sunday morning (PA)", "en"),  # a photo caption
    ("The striker was hurt after a 2-1 defeat in March.", "en"),  # a score that only dates something else
    ("The two miners rescued last week have gone home.", "en"),  # a small count that describes who
    ("山田投手は中日との８回戦に先発した。", "ja"),  # 回戦 names a game of a series
    ("7回先頭の打者が四球で出塁した。", "ja"),  # an inning, not a count
])
def test_train_part_non_claims(text: str, lang: str) -> None:
    assert one(text, lang) is None


def test_a_past_obligation_is_no_recommendation() -> None:
    claim = one("弟を説得しなければなりませんでした。", "ja")  # "I had to persuade my brother": narrated
    assert claim is None or claim.type != "recommendation"


@pytest.mark.parametrize(("text", "lang"), [
    ("The next morning his neighbour found him asleep in the barn.", "en"),  # 'find' as a discovery reports nothing
    ('Why would anyone want to miss a final like that?"', "en"),  # a question inside a quotation
    ("こんな決勝を見逃したい人なんているでしょうか？」", "ja"),
])
def test_discoveries_and_quoted_questions_are_not_claims(text: str, lang: str) -> None:
    assert one(text, lang) is None


def test_find_with_a_clause_and_question_tags_keep_their_claim() -> None:
    study = one("A new study found that most commuters would pay more for faster trains.", "en")
    assert study is not None and study.holder == "A new study"
    tag = one('"That is not a bad result at all, is it?"', "en")  # a question tag: the statement is typed
    assert tag is not None and tag.type == "assessment"


def test_japanese_stated_goal_is_a_position() -> None:
    claim = one("私たちの目標は来年の大会で優勝することだ。", "ja")  # a goal stated as such (目標/夢/目的/ミッション)
    assert claim is not None and claim.type == "policy_position"


@pytest.mark.parametrize(("text", "holder"), [
    ('"We have to act before the winter comes," the mayor said.', "the mayor"),
    ("You just have to give the young players time.", AUTHOR),
    ('"We\'ve all got to carry on and support each other."', UNNAMED),
])
def test_first_and_second_person_have_to_is_a_strong_recommendation(text: str, holder: str) -> None:
    """"have (got) to" with we/you/I says what must be done (GUIDELINES: must/need, strong), decided on the even half of the
    development documents and confirmed on the odd half."""
    claim = one(text, "en")
    assert claim is not None
    assert (claim.type, claim.deontic, claim.holder) == ("recommendation", "strong", holder)


@pytest.mark.parametrize("text", [
    "Researchers often have to work hard to win grants, Lee said.",  # a routine of a third party, not a demand
    "The club had to cancel the match after the storm.",  # a past obligation narrates
])
def test_third_person_or_past_have_to_is_no_recommendation(text: str) -> None:
    claim = one(text, "en")
    assert claim is None or claim.type != "recommendation"


@pytest.mark.parametrize(("text", "certainty"), [
    ("監督は若い頃の自分を彼に重ねているのだろう。", "likely"),  # the explanatory の: a guess at what is the case
    ("多くの読者は主人公が負けたと思ったでしょう。", "likely"),  # a past
    ("重要な映像が防犯カメラに録画されているかもしれない。", "possible"),  # a resultative state
])
def test_japanese_conjecture_about_the_present_or_past_is_an_assessment(text: str, certainty: str) -> None:
    """GUIDELINES: a prediction is what will or may happen; だろう/でしょう/かもしれない over what is or was the case is a hedged
    judgement, an assessment that keeps its certainty."""
    claim = one(text, "ja")
    assert claim is not None
    assert (claim.type, claim.certainty) == ("assessment", certainty)


def test_japanese_conjecture_about_the_future_stays_a_prediction() -> None:
    claim = one("来年には新しい駅が完成しているだろう。", "ja")  # a state ahead (来年): still a forecast
    assert claim is not None and claim.type == "prediction"
    plain = one("市場は来月さらに下落するだろう。", "ja")
    assert plain is not None and plain.type == "prediction"


@pytest.mark.parametrize("text", [
    "Flash flooding is possible in the valleys overnight.",
    "There is a risk of further landslides along the coast road.",
    "Forecasters said there's a good chance that the storm will weaken before landfall.",
])
def test_a_possible_event_is_a_prediction(text: str) -> None:
    """"X is possible", "there is a chance/risk/possibility of/that …": what may happen (GUIDELINES: a risk is typed by the
    prediction it carries), decided on the even half of the development documents and confirmed on the odd half."""
    claim = one(text, "en")
    assert claim is not None and claim.type == "prediction"


def test_possible_as_ability_is_no_prediction() -> None:
    claim = one("It is possible to book tickets online.", "en")
    assert claim is None or claim.type != "prediction"


@pytest.mark.parametrize("text", [
    '"Keep your distance, wash your hands and stay home if you feel ill," the health minister said.',
    "They said, 'don't go out there without a helmet.'",
    'Try patience."',
])
def test_quoted_imperative_is_a_weak_recommendation(text: str) -> None:
    """A speaker telling the listener what to do inside quotation marks (GUIDELINES: requests to listeners are weak
    recommendations), decided on the even half of the development documents and confirmed on the odd half."""
    claim = one(text, "en")
    assert claim is not None and (claim.type, claim.deontic) == ("recommendation", "weak")


@pytest.mark.parametrize("text", ["Watch the video below.", "Click here to subscribe to our newsletter."])
def test_bare_imperative_caption_is_no_recommendation(text: str) -> None:
    claim = one(text, "en")
    assert claim is None or claim.type != "recommendation"


@pytest.mark.parametrize("text", [
    "「皆さんには、引き続き手洗いを徹底してほしい」と知事は述べた。",
    "市長は「地元の農家の皆さんにも新しい品種を試してもらいたい」と話した。",
    "それなら一度やってみればいい。」",
])
def test_japanese_request_to_listeners_is_a_weak_recommendation(text: str) -> None:
    """…てほしい / …てもらいたい / …ばいい: a request or suggestion to the listener (GUIDELINES: requests to listeners),
    decided on the even half of the development documents and confirmed on the odd half."""
    claim = one(text, "ja")
    assert claim is not None and (claim.type, claim.deontic) == ("recommendation", "weak")


def test_contracted_past_is_no_forecast() -> None:
    """"would've" is "would have" (a judgement about the past, like "may have set it back"), and "'d" before a past participle
    is "had": neither makes a prediction."""
    counterfactual = one("I would've stayed at home if I had known about the strike.", "en")
    assert counterfactual is not None and counterfactual.type == "assessment"
    had = one("Phone records showed they'd only known each other for a week.", "en")
    assert had is None or had.type != "prediction"


# The detection-precision round on narrative news (crime, accident and event reports): classes of narration the rules had
# called assessments. Made-up sentences, each with a contrast that must stay a claim.
@pytest.mark.parametrize(("text", "lang"), [
    ("Officers said a window was smashed and the door itself was damaged.", "en"),  # a past event in the passive
    ("The driver has been arrested and charged with dangerous driving, the police said.", "en"),  # present perfect passive
    ("The county announced that a woman in her 40s has been infected with the virus.", "en"),  # 'announced' reports it
    ("According to the coroner's office, there were no signs of a struggle.", "en"),  # a record source passes on facts
    ("A police spokeswoman has confirmed the man found in the flat is from Leeds.", "en"),
    ("男性を殴ったとして、傷害の疑いで会社員の男が逮捕された。", "ja"),  # として of grounds, no report
    ("港には「北の岬」という灯台が立っていた。", "ja"),  # 「…」という before a noun names it
    ("消防によると、火は約２時間後に消し止められ、けが人はいない。", "ja"),  # a record source passes on facts
    ("現場近くで２０代とみられる男が目撃された。", "ja"),  # a hedge describing a noun hedges nothing
    ("事故は午前中に起きたとされている。", "ja"),  # a past event passed on with とされている
])
def test_narrated_case_facts_are_not_claims(text: str, lang: str) -> None:
    assert one(text, lang) is None


@pytest.mark.parametrize(("text", "lang", "kind"), [
    ("The minister said she was shocked by the scale of the damage.", "en", "assessment"),  # a feeling stays a view
    ("According to the police chief, the city's response was unacceptable.", "en", "assessment"),  # an evaluative word
    ("According to the fire service, the blaze may have started in the kitchen.", "en", "assessment"),  # a hedge keeps a view
    ("市はこの施設が安全だとして、来月から営業を再開する予定だ。", "ja", "prediction"),  # a judgement as the reason keeps its clause
    ("警察は、男が事件に関与したとみている。", "ja", "assessment"),  # a belief frame ending the sentence is still a view
    ("専門家によると、この対策は極めて重要だ。", "ja", "assessment"),  # a source that is no record keeps its view
])
def test_views_in_case_reports_stay_claims(text: str, lang: str, kind: str) -> None:
    claim = one(text, lang)
    assert claim is not None and claim.type == kind


# Review of the detection-precision round (review_s6 items 1, 2, 3, 9): each class the round over-reached on, with the
# reviewer's sentences, and the narration the round meant to leave unmarked as the contrast.
@pytest.mark.parametrize(("text", "lang", "holder"), [
    ("Chinese authorities said Taiwan is an inseparable part of China.", "en", "Chinese authorities"),
    ("The Supreme Court said the law violates the constitution.", "en", "The Supreme Court"),
    ("The chief financial officer said the company is profitable.", "en", "The chief financial officer"),
    ("中国当局は、台湾は中国の不可分の一部だと述べた。", "ja", "中国当局"),
])
def test_authorities_courts_and_officers_keep_their_views(text: str, lang: str, holder: str) -> None:
    """Authorities, courts and company officers are no record source: a present-tense content they report is their view."""
    claim = one(text, lang)
    assert claim is not None and (claim.type, claim.holder) == ("assessment", holder)


@pytest.mark.parametrize(("text", "lang"), [
    ("Police said the man is in a stable condition.", "en"),  # police pass on the facts of a case, present tense included
    ("Officers said the man is in a stable condition.", "en"),  # "Officers" as the whole subject are police officers
    ("Prosecutors said the man was arrested on Friday.", "en"),  # a past event stays an event whoever reports it
    ("浅草署によると、男性に目立った外傷はない。", "ja"),  # a police station (署) passes on facts
])
def test_record_sources_still_pass_on_facts(text: str, lang: str) -> None:
    assert one(text, lang) is None


@pytest.mark.parametrize(("text", "kind"), [
    ("The minister said the policy was designed to weaken the opposition.", "assessment"),  # an intent ascribed
    ("Officials said the plan was expected to fail.", "prediction"),  # an expectation
    ("He said the vote was seen as a rebuke to the government.", "assessment"),  # a judgement
])
def test_passives_of_intent_and_judgement_are_no_events(text: str, kind: str) -> None:
    """A simple-past passive of design/expect/see-as reports what someone meant, expected or judged, not an event."""
    claim = one(text, "en")
    assert claim is not None and claim.type == kind
    assert not claims_for([text], "en")[0][2].reported_event


@pytest.mark.parametrize("text", [
    "Officials said a man was arrested on Friday.",  # an event passive
    "He said the house was designed by Foster.",  # design with an agent: who built it, an event
    "Witnesses said the man was seen leaving the house.",  # a sighting, not "seen as"
])
def test_event_passives_stay_reported_events(text: str) -> None:
    assert one(text, "en") is None


@pytest.mark.parametrize(("text", "kind", "holder"), [
    ("首相は「経済は回復している」という認識を示した。", "assessment", "首相"),  # a noun of thought: the quotation is a view
    ("住民からは「計画は中止すべきだ」という声が上がった。", "recommendation", UNNAMED),  # a noun of speech, no named speaker
])
def test_japanese_quoted_view_before_toiu_is_reported(text: str, kind: str, holder: str) -> None:
    claim = one(text, "ja")
    assert claim is not None and (claim.type, claim.holder) == (kind, holder)


def test_japanese_name_before_toiu_stays_a_name() -> None:
    assert one("「江戸前島」という半島がある。", "ja") is None  # a noun before 」 and a noun that is no speech: a name


@pytest.mark.parametrize(("text", "negated"), [
    ("彼は来るかもしれない。", False),  # the hedge's ない negates nothing
    ("景気は回復するのではないか。", False),  # a rhetorical question
    ("彼は来ないかもしれない。", True),
    ("彼は来ません。", True),
    ("改革を進めなければならない。", False),  # obligation
])
def test_japanese_negation_is_read_by_the_polarity_reader(text: str, negated: bool) -> None:
    """The claim's negation and the linker's (align.polarity.ja_negation) are one reading."""
    from align.claims.extract import analyze_sentences
    from align.polarity import ja_negation

    assert analyze_sentences([text], "ja")[0].negated is negated
    assert ja_negation(text).final is negated


@pytest.mark.parametrize(("text", "commitment"), [
    ("政府は、来月から入国制限を緩和すると発表した。", True),  # an announced plan binds the announcer
    ("同社は工場を閉鎖することを発表した。", True),
    ("警察は、男性は意識があると発表した。", False),  # an announced state is no promise
    ("市は、けが人はいないと発表した。", False),
    ("保健省は新たに5人の感染を確認したと発表した。", False),  # an announced past fact
])
def test_japanese_announcement_is_a_commitment_only_for_a_plan(text: str, commitment: bool) -> None:
    doc = sentences_from_lines([text], "ja")
    extract_claims(doc)
    assert any(c.type == "commitment" for c in doc.claims) is commitment


# Statistic recall round (made-up sentences): measurements, shares, elapsed time, treated casualties and tallies read through
# align.quantities are statistics when the number is the sentence's point, not when it describes something in passing.
@pytest.mark.parametrize(("text", "lang", "kind"), [
    ("The new dam weighs about 1 ton.", "en", "factual_statistic"),  # a unit the reader leaves unitless (MEASURE_AFTER)
    ("The landslide followed a 6.1 magnitude earthquake.", "en", "factual_statistic"),
    ("There is nearly a 15-degree temperature difference between the two valleys.", "en", "factual_statistic"),
    ("One in four teenagers skips breakfast on school days.", "en", "factual_statistic"),
    ("It has been a decade since the town last held a referendum.", "en", "factual_statistic"),
    ("Officials said that three hikers had been taken to a hospital.", "en", "factual_statistic"),
    ("Thirteen people received treatment for smoke inhalation.", "en", "factual_statistic"),
    ("The ministry said this marks the 42nd confirmed case in the region.", "en", "factual_statistic"),
    ("高校生の4人に1人が朝食を抜いている。", "ja", "factual_statistic"),
    ("湖の面積は約3,000エーカーに及ぶ。", "ja", "factual_statistic"),
    ("The tremor measured 5.4 on the Richter scale.", "en", "factual_statistic"),
    ("The blockade lasted nine days.", "en", "factual_statistic"),  # a duration measured (DURATION_VERBS)
    ("地震の規模はマグニチュード5.4だった。", "ja", "factual_statistic"),
    ("封鎖は3週間以上続いた。", "ja", "factual_statistic"),
    ("Sales of electric bikes soared last spring.", "en", "factual_statistic"),
    ("電動自転車の売上が伸びている。", "ja", "factual_statistic"),
    ("The striker scored two goals in the final.", "en", "factual_statistic"),
    ("The agency reported the lowest number of new cases in a year.", "en", "factual_statistic"),
    ("町内の１２０カ所で一斉に清掃を行った。", "ja", "factual_statistic"),
    ("回答者の60%は保守的な価値観を持っている。", "ja", "factual_statistic"),  # 価値観 ("values") judges nothing
    # a measure that only describes a thing, a rank that is biography, a measure that places a thing in a narrative
    ("The 6-foot-4 striker grew up in Leeds.", "en", None),
    ("She became the town's ninth mayor.", "en", None),
    ("職員は地上10メートルに設置された足場に上った。", "ja", None),
    ("He took three days off.", "en", None),
    ("Clinics hire extra nurses as admissions rise", "en", None),
])
def test_statistics_read_through_the_quantity_reader(text: str, lang: str, kind: str | None) -> None:
    claim = one(text, lang)
    assert (claim.type if claim is not None else None) == kind


# Review of the statistic round (review_s7.md, defects 7-15): each over-match the round's new cues made, with the type the
# rules gave before the round, next to a sentence the round's rule was written for, which must stay a statistic.
@pytest.mark.parametrize(("text", "lang", "kind"), [
    # 7: tally nouns with everyday senses count only with a sport verb; "point" is no ordinal tally
    ("The minister made two points in his speech.", "en", None),
    ("The court heard two cases on Monday.", "en", None),
    ("The committee held three meetings with the union last week.", "en", None),
    ("I have two passes for the concert.", "en", None),
    ("He had two tries at the exam before he passed.", "en", None),
    ("The company suffered two losses in court this year.", "en", None),
    ("My second point is about the budget.", "en", None),
    ("The winger scored two tries.", "en", "factual_statistic"),
    ("The pitcher tallied nine hits and four runs.", "en", "factual_statistic"),
    # 8: a count, ordinal or change inside a belief, a need or a forecast stays part of that view
    ("He thinks the second case is different.", "en", "assessment"),
    ("The coach said his team needs two wins to survive.", "en", "assessment"),
    ("Experts believe temperatures rose because of the drought.", "en", "assessment"),
    ("専門家は、価格は下落すると見ている。", "ja", "assessment"),
    ("その距離は10キロだったと思う。", "ja", "assessment"),
    ("Temperatures rose sharply during the drought.", "en", "factual_statistic"),
    # 9: phrasal and figurative "fall", and the singular "sale" (a deal)
    ("The sale fell through after the buyer withdrew.", "en", None),
    ("The sale of the stadium fell through last month.", "en", None),
    ("The price of freedom has fallen on our shoulders.", "en", None),
    ("Oil prices fell on weak demand.", "en", "factual_statistic"),
    # 10: only counting superlatives, on a count noun or with a figure
    ("We offer the best prices in town.", "en", None),
    ("Our store has the lowest prices in the city.", "en", None),
    ("The company reported record profits.", "en", "factual_statistic"),
    # 11: "treated as", and "sent to the hospital to help"
    ("Three doctors were treated as heroes.", "en", None),
    ("Two nurses were sent to the hospital to help.", "en", None),
    ("Three people were treated for burns.", "en", "factual_statistic"),
    # 12: degrees without a temperature or an angle; with "be", a measure that is not the predicate
    ("Her two degrees are in physics and chemistry.", "en", None),
    ("There are three degrees of burns.", "en", None),
    ("She was 5 miles from home when the storm hit.", "en", None),
    ("The winds were 85 mph.", "en", "factual_statistic"),
    # 13: a function word is no plural; "missing/injured" before the noun it modifies is no casualty count
    ("My daughter turned thirteen this year.", "en", None),
    ("The one missing piece is trust.", "en", None),
    ("Fourteen students passed the exam.", "en", "factual_statistic"),
    ("Five injured in crash", "en", "factual_statistic"),
    # 14: 最高/最低 as praise or a floor, 利益 as a benefit, and a change in the dictionary form
    ("この店の価格は最高だ。", "ja", None),
    ("生産は最低限に抑えている。", "ja", None),
    ("この協定で両国の利益が増える。", "ja", None),
    ("感染者数が１年以上ぶりに最少となった。", "ja", "factual_statistic"),
    ("同社の営業利益が増加した。", "ja", "factual_statistic"),
    # 15: 部作 (a series' parts), and を記録した modifying a noun
    ("その本は12部作の最後だ。", "ja", None),
    ("それは時速100キロを記録した車だった。", "ja", None),
    ("カタログを１万部作製した。", "ja", "factual_statistic"),
    ("最大風速は時速100キロを記録した。", "ja", "factual_statistic"),
])
def test_statistic_cues_keep_to_their_class(text: str, lang: str, kind: str | None) -> None:
    claim = one(text, lang)
    assert (claim.type if claim is not None else None) == kind
