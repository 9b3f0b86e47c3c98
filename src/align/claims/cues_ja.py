"""Japanese claim cues, as data: fugashi/UniDic lemmas and functional expressions.

Japanese marks modality with sentence-final functional expressions
(〜べきだ, 〜可能性が高い, 〜だろう): those are regular expressions over the
surface. Content verbs (目指す, 約束する, 述べる) are matched on the UniDic lemma
so every conjugation counts; a verbal noun (約束, 合意) counts as a speech act
only when followed by する (lemma 為る), so "ロシアとトルコの合意が…" (a noun)
is not a commitment.
"""

from __future__ import annotations

#: "中国は…14%増加したことを発表した", "保健省は…人を確認した", "中国では…を報告": the topic that announces, reports or
#: records figures holds the statistic (the Japanese side of DATA_VERBS in cues_en); the verb must end the sentence.
DATA_VERB_END = r"(?:発表|報告|確認|記録|公表|集計|登録)(?:した|している|していた|しました|する)?[。」]?$"
#: A topic that is itself measured ("アクソンの株は…高値を記録した"): it moves, it reports nothing.
MEASURED_TOPIC = r"(?:株|株価|価格|数|率|額|値|指数|売上|売上高|人口|件数|相場|通貨|円|ドル)$"
#: Verbal nouns that make a commitment when followed by する (約束した, 合意した, 誓約する).
COMMITMENT_NOUNS = frozenset({"約束", "誓約", "確約", "合意", "公約", "決意", "コミット"})
COMMITMENT_VERBS = frozenset({"誓う"})
#: An announced own action or plan: "延期することを発表した", "義務付けられると発表", "…計画を確認した".
COMMITMENT_PATTERNS = (r"用意がある", r"決意(?:が|を)(?:ある|あり|示|表明|固)",
                        # an announced plan, not an announced fact: no past (…したと), copula (…だと) or state (…があると,
                        # …していると, …ないと) before と — "警察は、男性は意識があると発表した" reports a fact
                        r"(?<!た)(?<!だ)(?<!ある)(?<!いる)(?<!ない)と(?:公表|発表)した", r"を継続する", r"対応を行う",
                        r"(?<!支持)(?<!反対)を再確認", r"を約束",
                       r"つもり(?:だ|です|である)", r"(?<!あ)(?<!い)(?:る|ること)(?:を|と)(?:公表|発表)", r"計画を(?:確認|発表|公表)",
                       # a threat to act binds the threatening party like a vow: "輸入を妨害すると脅した", "…と脅迫"; the verb must
                       # end a clause: not the victim's passive (脅された) nor a relative clause ("…と脅迫したトランプは")
                       r"(?:[うくぐすつぬぶむる]|ない)と(?:脅迫|威嚇|脅)(?:し(?:た|て(?:いる|いた|おり)?)|する|す)?(?=$|[。、」]|が|と(?!い))")

#: A prayer or wish for an outcome ("…解決されるように」祈っている", "…平和がおとずれるように」と教皇は語った"): the speaker's
#: stated goal, a position (GUIDELINES, heldout4 decisions); addressed to God (神) it is a ritual formula, not a claim.
WISH_PATTERN = r"よう(?:に)?」?(?:と)?[^。]{0,12}?祈|ように」と"
DIVINE = r"神"
#: Verbs (lemmas) and expressions of a goal, strategy or stance.
POSITION_VERBS = frozenset({"目指す", "望む", "拒む", "図る", "狙う", "企てる", "願う"})
POSITION_PATTERNS = (
    r"希望", r"拒否(?:し|する|して)", r"反対(?:し|する)", r"支持(?:し|する)", r"追求", r"最優先", r"重視", r"明記", r"狙い", r"企図",
    r"使命", r"説得", r"抵抗", r"期待して(?:いる|いた)", r"強調して(?:いる|いた)", r"を求めて(?:いる|いた)", r"しようと(?:して|する)",
    r"乗り気ではない", r"意向", r"縮小している", r"優先順位", r"警戒して(?:いる|いた)", r"慎重な(?:姿勢|構え)",
    # conditional readiness ("必要なら…できる") and a condition set ("合意を結ぶまでは…支援はない")
    r"必要(?:なら|であれば|に応じて)|必要とあれば", r"までは[^。]{0,30}(?:ない|ません)",
    # "…する方針だ/方針を示した", "…する計画だ", "…する構えだ": a party's stated plan (not "Xの方針は…", a topic)
    r"(?:る|ない)(?:方針|計画|構え)(?:だ|である|です|を(?:示|固|決)|で(?:ある|い))",
    # a refusal stated as a will ("決して放棄しない", "武装解除することはない", "「絶対ない」と言う"): a stance, not a forecast
    r"(?:決して|絶対に?)[^。]{0,25}(?:ない|ません)", r"[うくぐすつぬぶむる](?:こと)?は(?:ない|ありません)(?:。|」|と)",
    r"楽しみにして(?:いる|いた|おり)",
    # restating a stance ("…への支持を再確認する") is a position, not an undertaking (the English STANCE_NOUNS)
    r"(?:支持|反対)を再確認",
    # a stance stated as such ("…ポーランドを支持することを表明した"): the nominalized stance is the object of the statement
    r"(?:支持|反対|拒否|希望)(?:する|している)ことを(?:表明|明言|強調|宣言)",
    # a plan or intention denied ("侵攻する計画はない", "踏み込むつもりはない"): a stated refusal, a stance
    r"(?:る|ない)(?:計画|意図|つもり)は(?:ない|ありません|なく)",
    # a goal stated as such ("究極の夢は…監督になること", "今大会必勝が目標だ", "私たちには目標があります")
    r"(?:目標|夢|目的|ミッション)(?=は|だ|です|であ|があ)",
)
#: Denying a reported event ("ローゼンスタイン氏は報道を否定した", "…申し立てを否定した") is itself an event (GUIDELINES: denials).
EVENT_DENIAL = r"(?:報道|申し立て|疑惑|告発|記事)を[^、。]{0,8}?否定(?:し|する)"
#: "予測不可能", "予想がつかない": the outcome is judged unpredictable (an assessment), nothing is forecast.
UNPREDICTABLE = r"予(?:測|想)(?:不可能|できない|がつかない|困難)"
#: A court's ruling that awards or orders ("最高裁判所は…判決を下し、…土地を与えるとした"): a strong directive of the court;
#: a ruling in a side clause ("…との判決を下して、選挙区が再編された") has the court as が-subject, not the topic.
COURT_TOPIC = r"(?:裁判所|判事|法廷|裁判官)$"
RULING = r"判決を下し"

#: What should be done, with deontic strength (strong is checked first).
DEONTIC_PATTERNS = (
    (r"なければならない|なくてはならない|ねばならない|必要がある|必要だ|必要とされ|必要である|が必要(?:だ|である|。)|不可欠|"
     r"(?:要求|指示|義務付け)(?:し|する|され)|を要求|を指示|義務(?:だ|である|がある)|"
     # a prohibition (…てはならない) and a headline's nominal demand (…に対し説明要求)
     r"(?:て|で)は(?:ならない|いけない|ならず)|要求$|"
     # an order (GUIDELINES: "The leader ordered an inquiry" is a strong directive): "調査を命じた", "…よう命じた"
     r"命じ(?:た|る|て(?:いる|いた|おり))|"
     # the polite forms (警戒が必要です, …なければなりません, …てはいけません)
     # (not a past obligation, …しなければなりませんでした: had to, a narrated event)
     r"必要です|必要があります|(?:なけれ|なくて|ね)(?:ば|は)?なりません(?!でし)|(?:て|で)は(?:いけ|なり)ません(?!でし)", "strong"),
    (r"べき(?:だ|で|と|。|」|$)|よう(?:に)?求め|(?:を|も)求め(?!られ)|呼び(?:かけ|掛け)|望ましい|ほうがよい|方がよい|促(?:し|す)|要請(?:し|する)|よう示唆|"
     r"求められ|一つの方法|時が来た|べき道|よう(?:に)?[^、。「」]{1,12}?求め(?!られ)|要請$|"
     # pressing someone to act (…支持するよう圧力をかけた) and a proposal ending the sentence (…建造物を提案している) are
     # weak recommendations of their subject (GUIDELINES, heldout4 decisions)
     r"よう(?:に)?[^、。「」]{0,12}?圧力を(?:かけ|掛け)|提案(?:し(?:た|て(?:いる|いた))|する)(?=。?$)|"
     # a request or an exhortation to the reader or listener (熱中症にご注意ください, 確認してください, トーマスに敬礼しましょう);
     # "こう言いましょう" (let me put it this way) introduces speech and urges nothing
     r"(?:て|で)(?:ください|下さい)(?!まし)|ご注意(?:ください|を)|(?<!言い)(?<!いい)ましょう(?![か？?])|"
     # a request to the listener (…健康でいてほしい, …PRして販路拡大につなげてほしい, …感じてほしくない) and a suggestion
     # (それなら愛を試せばいい): GUIDELINES, requests to listeners are weak recommendations
     r"(?:て|で)(?:ほしい|欲しい|ほしく|欲しく|もらいたい|いただきたい)|(?:せ|し)なさい|[えけせてねべめれ]ばいい(?:。|」|んだ|$)", "weak"),
)
#: Verbs of thinking (UniDic lemmas): a past "…と思った/分かった" reports a view, not an event.
THINKING_LEMMAS = frozenset({"思う", "考える", "分かる", "信じる", "感じる", "知る", "気付く", "理解", "確信", "期待", "恐れる"})
#: Deontic cues that are speech acts of a party (ordered, asked, demanded, urged), not the author's should/must.
DEMAND_ACTS = r"命じ|判決|圧力|提案|求め(?!られ)|要求(?!され)|呼び(?:かけ|掛け)|要請(?!され)|促|指示(?!され)"
#: A holder or topic that is an agreement: what it requires is a stipulation, i.e. a commitment of the deal.
AGREEMENT_WORDS = r"協定|合意|条約|取り決め|協約|停戦"
#: What follows a deontic expression that is not the sentence's own predicate but a nominalized or questioned content
#: ("…乗り越える必要があることを知る機会だ", "何を改革する必要があるか", "…を要求していることだ", "必要だったということ").
EMBEDDED_AFTER = r"[^、。「」]{0,6}?(?:こと|という|との|か(?:を|が|は|も|の|、|について|どうか))"

#: サ変 nouns of judging someone or something (非難した, 擁護した): with する the subject makes an assessment.
EVALUATIVE_ACTS = frozenset({"非難", "擁護", "批判", "称賛", "賞賛", "糾弾", "酷評", "絶賛"})
#: べき after a verb of feeling is an adjective ("憂慮すべき" = worrying, "注目すべき" = notable), not a recommendation.
EVALUATIVE_BEKI = r"(?:憂慮|注目|特筆|驚く|驚嘆|恥ず|称賛|賞賛|歓迎|感謝|警戒)すべき"
#: A match score ("3対1で破った", "１１－０で", "2-0の勝利") with a result word states a statistic (as in cues_en); a result that
#: only dates something else ("31-27で敗北した土曜日") is background.
SCORE = r"(?<![0-9０-９.,．])[0-9０-９]{1,3}(?:\.5)?\s*(?:[-－―−]|対)\s*[0-9０-９]{1,3}(?:\.5)?(?![0-9０-９])"
RESULT_WORDS = r"勝|敗|破っ|破り|破る|引き分け|リード|下し|制し"
BACKGROUND_RESULT = r"[^、。]{0,8}?(?:した|された)(?:土曜日|日曜日|月曜日|火曜日|水曜日|木曜日|金曜日|日|後|際|とき|時)"
#: A quantity noun with a verb of change: "亡命者の数が減少した" states a (changed) count.
QUANTITY_CHANGE = (r"(?:(?:(?:者|人|件|総|客|員)数|率|割合|比率)(?:が|は|も)?|数(?:が|は|も)|"
                   # measured or counted things whose rise or fall is a statistic ("売上が伸びている", "濃度が低下", "ケースが増えている");
                   # 利益 only as a company's figure (純利益, 営業利益): "両国の利益" is a benefit
                   r"(?:売上|売り上げ|販売|濃度|価格|株価|気温|ケース|感染者|輸出|輸入|生産|物価|収益|(?:純|営業|経常)利益|需要)(?:が|は|も))"
                   r"[^、。]{0,8}?"
                   # only a change that happened or is under way (減少した, 増えている, 減少し、): the dictionary form (下落する, 増える)
                   # forecasts ("価格は下落すると見ている"), and 伸び悩む is a stall
                   r"(?:(?:減少|増加|倍増|半減|低下|上昇|急増|急減|増え|減っ|減り|増し|伸び|高騰|下落|急騰|急落)(?!す|さ|しよう|しそう|しな|る|れ|ま|な|悩)|"
                   # a record of a count ("感染者数が１年以上ぶりに最少"): a comparison of counts asserted as fact; not praise or a
                   # floor ("価格は最高だ", "最低限に抑えている", "最低でも")
                   r"(?:過去)?最(?:少|多|高|低)(?!裁|責任|経営|司令|指導|幹部|顧問|限|だ|で|の))")
#: What a view or a forecast ends with ("10キロだったと思う", "下落したと見ている"): a count or a change inside it is part of that
#: view, not a fact the sentence states.
VIEW_AFTER = r"[^、。]{0,12}?と(?:思|考え|見て|見る|見られ|信じ|感じ|予想|予測|推測|期待)"

#: Forecast markers.
PREDICTION_PATTERNS = (
    # 可能性 only as "there is a chance" (可能性がある/高い), not as a noun ("可能性の高い有権者", "立候補の可能性を支持")
    # であろう is the written だろう; かもしれません the polite かもしれない ("今週になるかもしれません")
    r"だろう", r"であろう", r"でしょう", r"かもしれません", r"可能性(?:が|も|は)?(?:ある|あり|高|大き|十分|低|否定でき)",
    r"見込み", r"見通し", r"予想", r"予測", r"かもしれない", r"恐れがある", r"おそれがある",
    r"期待される", r"予定(?!だった|であった|でした|されてい|より|通り|どおり)",
    r"と見られ", r"とみられ", r"得る", r"うる", r"こと(?:に|と)な(?:る|って(?:いる|おり))",
    r"かねない", r"わけがない", r"限定的になる", r"形作る", r"遂げる",
    r"受けるだろう",
    # a headline's nominal chance ("…再延期の可能性」ホワイトハウス", "…的外れの可能性を…が警告"): there is a chance of it
    r"可能性(?=」|$)", r"可能性(?=を[^、。]{0,20}?(?:警告|指摘|示唆))",
)
#: Time expressions that place a non-past action ahead ("来年から", "今後", "８月１日から", "木曜日に", "午後3時に"): with them a
#: plain non-past action ending the sentence is a schedule or a forecast (ja._scheduled_action).
FUTURE_TIME = (r"来(?:週|月|年|季|春|夏|秋|冬|シーズン)|明日|あす|今後|これから|まもなく|間もなく|今夜|今晩|今週|今月|今年|次回|"
               r"[0-9０-９一二三四五六七八九十]+日(?:（.）)?(?:から|に|まで|以降)|[月火水木金土日]曜(?:日)?(?:（[^）]*）)?(?:から|に|の|、)|"
               r"午前|午後|以降|[0-9０-９]+月から")
#: A warning of consequences under a condition ("侵攻すれば…代償を伴うとロシアに警告した"): a forecast of the warner, since
#: it does not say who acts (GUIDELINES, heldout4 decisions; a warner's own action is a threat, COMMITMENT_PATTERNS).
WARNING_FRAME = r"警告"
CONDITION = r"(?:なら|れば|たら|場合)"

#: Reporting verbs (UniDic lemmas; サ変 nouns appear as the noun) that follow a quotative と.
REPORTING_LEMMAS = frozenset({
    "述べる", "語る", "言う", "話す", "主張", "警告", "指摘", "発言", "強調", "説明", "報じる", "伝える", "明らか", "付け加える",
    "付け足す", "続ける", "補足", "示唆", "訴える", "非難", "批判", "表明", "考える", "確信", "認める", "告げる", "証言", "警鐘",
    "異議", "推定", "記載", "発表", "呼び掛ける", "要求", "信じる", "思う", "尋ねる", "見る", "為る", "する",
    "誓う", "約束", "宣言", "断言", "明言", "反論", "回答", "答える", "記す", "書く", "期待", "予想", "予測", "懸念",
    # social media and comments (「…」と同上院議員はツイートした, 「…」と返信した人物もいた, …とコメントした)
    "ツイート", "投稿", "コメント", "返信", "書き添える", "つぶやく",
})
#: Reporting verbs that pass on what happened without arguing for it (the Japanese side of NEUTRAL_REPORTING_VERBS in
#: cues_en): with a past-tense content and no quotation the sentence is a reported event, not a view.
NEUTRAL_REPORTING_LEMMAS = frozenset({"述べる", "語る", "言う", "話す", "認める", "付け加える", "証言", "明らか", "告げる", "説明",
                                      "報じる", "伝える", "書く", "記す", "発表", "言及"})
#: Verbs of saying that, with a plain non-past action as content, announce the speaker's own next step.
ANNOUNCING_LEMMAS = frozenset({"述べる", "語る", "言う", "話す", "明らか", "表明", "明言", "発表", "宣言", "強調"})
#: Verbs that state a state or a change, not an action a speaker can announce (ある, いる, なる, できる).
STATIVE_VERBS = frozenset({"有る", "ある", "居る", "いる", "成る", "なる", "出来る", "できる", "見える", "分かる", "違う", "異なる"})
#: Frames that attribute without a verb after と, checked on the text outside quotations.
REPORTING_PATTERNS = (r"(?<!こ)とのこと", r"(?<!こ)という。$", r"(?<![こ、])とされ(?!(?:る|た)[一-龥ァ-ヴー])", r"」と[^、。「」]{1,12}。$",
                      r"曰く")  # "…横断したとされる国境": とされ modifying a noun is no frame
#: Passive and impersonal frames ("…とされている", "…と見られる", "…が期待される", "…が表明されている"): the claim is
#: reported without a source, so its holder is unnamed even when the sentence has a topic (that topic is the content's).
PASSIVE_FRAME = (r"とされ|と(?:見|み)られ|と(?:言|い)われ|と考えられ|と(?:期待|予想|予測|推定|推測|指摘)され|"
                 r"(?:期待|予想|予測|懸念|指摘|表明|発表|報告|公表)され(?:て(?:いる|いた|おり)|る。|た。)")
#: Topic phrases that cannot hold a claim: abstract nouns ("李外相のスピーチのトーンは", "重要な点は") and times ("現時点では").
NON_SOURCE_TOPIC = (r"(?:トーン|スタンス|騒動|制度|条項|プログラム|サービス|点|側面|意向|こと|もの|問題|課題|理由|目的|結果|狙い|特徴|内容|"
                    r"状況|現状|傾向|動き|影響|効果|希望|可能性|時点|現在|今|当時|今回|今後|最近|年|月|日|週|中|間|後|際|場合|一方|^ところ)$")
#: Demonstrative pronouns point at a thing or a place, never at a speaker ("これは…合意した後に執り行われた").
DEMONSTRATIVES = frozenset({"これ", "それ", "あれ", "ここ", "そこ", "あそこ", "こちら", "そちら", "どれ", "何"})
#: Sources that are documents, plans or polls, named where they frame the sentence ("NDSにおける…", "世論調査では…",
#: "米国が支持するこの協定では…が求められている").
DOCUMENT_SOURCE = (r"(?:^|[、。])([^、。「」]{0,30}?(?:戦略|報告書|声明|協定|合意|文書|白書|計画|法案|調査|宣言|指針|報告|"
                   r"NDS|NSS|ASP|[A-Z]{3,6})(?:\s*[（(][^）)]{1,30}[）)])?(?:とASP[^、。]{0,20})?)"
                   r"(?:の両方)?(?:では|において|における|によれば|によると)")
#: A counted subject ("41%が…と回答した", "38%が、…"): the sentence reports a poll result, not a speaker's view.
#: Only a share counts opinions: "50カ国が…を支持した" is the stance of 50 countries, not a poll.
COUNT_SUBJECT = r"(?:^|、)[^、。]{0,30}?(?:[0-9０-９]+(?:[.．][0-9０-９]+)?\s*(?:%|％|パーセント|割)|過半数|半数)が"
#: A holder phrase that is a share (a poll's count, held by the poll) or a head count (the content's subject: the speaker is
#: a zero subject). Digits in a title or an age ("第1副大統領", "35歳の母親のリサ・クスマ") do not make a count.
SHARE_HOLDER = r"[0-9０-９]\s*(?:%|％|パーセント|割)|過半数|半数"
COUNT_HOLDER = r"[0-9０-９]\s*(?:人|名)$"
#: "韓国統一省からのデータを引用したパク氏は…と述べた": the cited data's source holds the figures, the speaker reports them.
CITED_SOURCE = r"([^、。「」]{1,30}?)(?:からの|の)(?:データ|統計|数字|数値|資料)を引用"
#: Headline attribution after a dash or a comma: "… - 内務長官", "…だろう、マサチューセッツ州上院議員が言う".
HEADLINE_DASH = r"\s[-－–—]\s*([^\s、。「」]{2,20})$"
HEADLINE_COMMA = r"、([^、。「」]{2,25})が(?:言う|語る|述べる|主張|警告|指摘|発言|表明|明かす)$"

#: Sources that pass on the facts of a case (the Japanese side of cues_en.RECORD_SOURCE): police, hospitals, fire services
#: and public records. 当局 (the authorities), courts and prosecutors are left out, as in English: they rule, accuse or
#: speak for a government (中国当局は、台湾は中国の不可分の一部だと述べた). 署 counts as a police (or fire) station, not
#: 部署 (a department), 税務署 (a tax office) or 署名 (a signature).
RECORD_SOURCE = r"(?:警察|県警|府警|警視庁|捜査関係者|医療関係者|消防|病院|記録|(?<![部務])署(?!名))"

#: Nouns of speech and thought: 「…」という認識/考え/声 reports what someone holds, so the quotation is their words
#: (ja._reported_view_noun).
VIEW_NOUNS = r"認識|考え|見方|見解|意見|声|主張|方針|姿勢|立場|思い|批判|指摘|懸念|訴え|要望|見通し"

#: "Xによれば / Xによると": the source precedes.
ATTRIBUTION_PATTERN = r"(?:によれば|によると)"
#: "Xが示唆しているように": the source precedes.
AS_SAID_PATTERN = r"(?:が|の)(?:示唆|指摘|主張|述べ)(?:している|した)ように"
#: "…は次のように語った。「…」": the claim follows in a quotation.
NEXT_QUOTE_PATTERN = r"次のように(?:述べ|語|付け加え|言|話|指摘|主張)"
#: Speech acts whose subject is the holder even without a quotative と (よう米国に求めた, 撤退を指示).
SPEECH_ACT_PATTERN = (r"(?:よう(?:に)?(?:[^、。]{0,12}?)(?:求め(?!られ)|呼び(?:かけ|掛け)|要求|指示|要請|示唆|促)|"
                      r"(?:を|も)(?:[^、。]{0,12}?)(?:求め(?!られ)|呼び(?:かけ|掛け)|要求|指示|要請|促)|を(?:否定|批判|非難|歓迎)し)")
#: Poll / survey words: a sentence reporting one counts opinions, so its numbers are the claim.
POLL_PATTERN = r"世論調査|調査では|調査によ|回答"
#: "…たかもしれない", "…てきたかもしれない": a possibility about the past is an assessment, not a forecast.
PAST_POSSIBILITY = r"(?:た|てきた|だった)(?:かもしれない|可能性がある|だろう)"
#: A guess at what is or was the case: the explanatory の/ん (…重ねているのだろう, …少なくないのではないでしょうか), a past
#: (…と思ったでしょう) or a progressive/resultative state (…録画されているかもしれない) before the hedge. GUIDELINES: a prediction
#: is what will or may happen; a hedged judgement of the present or the past is an assessment (likely/possible).
STATE_CONJECTURE = (r"(?:の|ん)(?:では|じゃ)?(?:ない)?(?:だろう|でしょう|であろう|かもしれない|かもしれません)|"
                    r"(?:た|だった)(?:でしょう|であろう|かもしれません)|(?:てい|でい)(?:る|た)(?:だろう|でしょう|かもしれない|かもしれません)")
#: Prediction cues that are only the hedge itself (a 予定 or 見込み stays a forecast whatever else the sentence guesses).
CONJECTURE_CUES = frozenset({"だろう", "でしょう", "であろう", "かもしれない", "かもしれません"})
#: Headline style: "…と国連が主張", "…の可能性をオンライン金融業者が警告".
HEADLINE_PATTERN = r"[とを]([^、。「」とを]{1,20})が(主張|警告|指摘|発言|表明|批判|非難|示唆)$"

#: Hedges (checked in this order: 可能性が高い must win over 可能性).
CERTAINTY_PATTERNS = (
    (r"可能性が(?:高い|大きい)|公算が大きい", "likely"),
    (r"可能性(?:が|も)?ある|可能性もあります|かもしれない|かねない|得る|うる|恐れがある|おそれがある|ことができる|可能である|"
     r"可能性を|かもしれません", "possible"),
    (r"だろう|であろう|でしょう|と思われ|とみられ|と見られ|ように見え|ように思え|ようだ|恐らく|おそらく|(?<![晴愛])らしい|見込み|はず|と思う|と思います|"
     r"期待される|示唆|多分|疑わしい", "likely"),
)
#: A hedge in the attributive form before a noun ("30代とみられる男", "…とされる刃物"): it describes the noun (ja._certainty).
ADNOMINAL_HEDGE = r"(?:と(?:み|見)られ|と思われ|とされ)(?:る|た)(?=[一-龥ァ-ヴー])"
CERTAIN_PATTERNS = (r"間違いなく", r"確実に", r"必ず")
#: "…なら/たら …ただろう" is a counterfactual, not a hedge.
COUNTERFACTUAL = r"(?:なら|たら|れば|ば、).*(?:た|なかった)(?:だろう|でしょう)"

#: Evaluative words that make a sentence an assessment (a seed; the classifier generalizes).
EVALUATIVE_PATTERNS = (
    # 問題 names an issue when a noun or 的 precedes it ("カシミール問題", "欧州連合問題", "法的問題"): only a problem that is
    # called one ("問題は…", "大きな問題だ") judges. 不法 describes a status ("不法入国", "不法に越えた"), like English "illegally".
    r"重要", r"深刻", r"意味深い", r"幻想", r"(?<![一-龥ァ-ヴー的])問題", r"懸念", r"失態", r"不利", r"有望", r"黄金律", r"利点", r"贅沢",
    # 価値観 ("values") names beliefs, it judges nothing
    r"価値(?!観)", r"混乱", r"大惨事", r"危機", r"岐路", r"興味深い", r"明確", r"優れ", r"劇的", r"不可避", r"不適切", r"腹立たしい",
    r"無意味",
    r"粗悪", r"悪化", r"不十分", r"大幅", r"歓迎", r"矛盾", r"絵空事", r"効果がない", r"限定的",
)

#: Degree adverbs (surface): a predicate they grade is a judgement ("特に憂慮すべき", "著しく改善してきた").
DEGREE_ADVERBS = ("特に", "非常に", "極めて", "著しく", "大変", "かなり", "最も", "あまりにも", "とても", "ひどく", "実に", "甚だ")
#: Number + unit that makes a statistic (dates alone do not).
NUMBER_PATTERN = (r"(?<![第0-9０-９,，.．])[0-9０-９][0-9０-９,，.．]*\s*(?:[千百]?(?:万|億|兆))?\s*"
                  r"(?:人|名(?!前)|回(?!目|戦(?!争)|(?:の)?(?:表|裏)|も|以降|を終え|先頭)|%|％|"
                  r"パーセント|ポイント|ドル|円|ユーロ|ポンド|倍|位|件|社|カ国|か国|立方メートル|トン|基|機|隻|台|票|割|度(?!目)|"
                  # (回戦 names the N-th game of a series, ８回に/７回先頭 an inning, ２度目 an ordinal: none is a count)
                  # a competition tally ("７連勝", "５勝目", "１敗", "９安打４得点", "１２試合", "23イニング"): a sports record is a count
                  r"勝|敗|連勝|連敗|試合|安打|得点|ゴール|イニング)|[一二三四五六七八九十百千]+(?:万|億|兆)?(?:人|倍|件|社)|"
                  r"(?:最大|最長|最低|少なくとも)\s*[0-9０-９一二三四五六七八九十]+\s*(?:日|年|カ月|か月|ヶ月|時間|週間)|"
                  r"[0-9０-９]+分の[0-9０-９一二三]+|[一二三四]分の[一二三]|(?:大半|ほとんど|大多数|多く)(?=[はが])|数千|数万|数百|数十(?:人|名|件|社|カ国|か国)|何千|何万|半数|二倍|倍増|倍以上")

#: A handful of people ("4人は全員…", "二名の司令官", "３名の裁判") describes who is involved, it counts nothing (GUIDELINES:
#: vague small counts and quantities that only describe do not make a statistic; the English side needs 10+ for a count).
FEW_PEOPLE = r"[1-9１-９一二三四五六七八九]\s*(?:人|名)"
#: ...unless the handful are casualties and the count is the point ("活動家５名が殺害された", "9 名が死亡した", "6人の看守が…怪我",
#: "死者2名"): a count that modifies a noun ("3人殺害の男", "2人の行方不明者の訓練") stays a description.
CASUALTY_COUNT = (r"[1-9１-９一二三四五六七八九]\s*(?:人|名)(?:が|は|も|の[^、。をにで]{0,8}が|、)?[^、。をの]{0,10}?"
                  r"(?:死亡|殺害|負傷|けが|怪我|重傷|軽傷|逮捕|救助|行方不明|搬送|閉じ込め|身動き|拉致)(?!の|者|し?た[一-龥ァ-ヴ])|"

                  r"(?:死者|負傷者|けが人)[^、。]{0,4}[1-9１-９一二三四五六七八九]\s*(?:人|名)")
#: A share told as a rate ("子どもの5人に1人が…"): a statistic, though each count alone is a handful of people.
SHARE_RATE = r"[0-9０-９一二三四五六七八九十]+\s*人に\s*[0-9０-９一二三四五六七八九十]+\s*人"
#: A measurement as its clause's predicate (after an optional conversion in parentheses): "時速85マイルだった", "2,600エーカー
#: （1,052ヘクタール）に及ぶ", "130マイルにわたり広がる".
MEASURE_PREDICATE = (r"(?:[（(][^）)]{0,30}[）)])?"
                     # を記録/に達した only ending their clause ("時速100キロを記録した。", "を記録し、"), not modifying a noun
                     # ("時速100キロを記録した車": a description)
                     r"(?:だった|である|です|でした|だ。|に及ぶ|に及んだ|に及び|にわたり|にわたって|に上る|に上った|"
                     r"(?:を記録|に達)(?:した|している|していた|し)?(?=[。、，,！!」』）)と]|$|して|しており))")
#: A duration measured by its verb: "ストライキは2週間以上続いた".
DURATION_PREDICATE = r"(?:に(?:わたって|わたり)|も)?続(?:いた|いている|く|き)"
#: A quake's magnitude (the quantity reader does not read マグニチュード): always a measurement.
MAGNITUDE = r"マグニチュード\s*[0-9０-９][0-9０-９.．]*"
#: Counters of things (not of people, whose small counts describe) that NUMBER_PATTERN lacks: "１１７カ所で", "２２品を認証",
#: "カタログを１万部作製". The quantity reader reads the number; a count of ten or more is the point (the English side needs 10+
#: for a count too).
#: 部 is not a count in 部作 (a 12-part series; 部作製 is copies made), 部門, 部屋, 部隊.
THING_COUNTERS = r"(?:品|部(?!作(?!製|成)|門|屋|隊)|カ所|か所|箇所|本|個|店舗|店|校|戸|世帯|頭|羽|棟|軒|施設)(?!目)"
#: Units of the quantity reader that describe a person or thing rather than measure it ("56歳の男性").
DESCRIPTIVE_UNITS = frozenset({"age"})
#: What follows a number that names a thing instead of stating a quantity ("110億ドルのパイプライン", "3兆ドル規模の法案").
NAMING_AFTER = r"(?:超|以上|近く|余り|強|弱)?(?:規模|相当)?の(?!う|内|うち|中)"

#: Leading words stripped from a holder phrase.
#: Time words that open a topic phrase without a particle ("先月HSBCは", "昨年政府は").
LEADING_TIME = r"^(?:現在のところ|今のところ|これまで)|^(?:先|今|来|昨|前)(?:月|週|年|日)|^(?:昨日|今日|明日|当時|現在|同日|翌日)"
LEADING_WORDS = ("しかしながら", "しかし", "また", "さらに", "一方で", "一方", "だが", "ただし", "そして", "なお", "同時に", "加えて",
                 "その間", "代わりに", "特に")
