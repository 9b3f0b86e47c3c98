"""Japanese quantities and dates: kanji/Arabic numerals, counters, qualifiers.

Kanji numerals are only numbers where UniDic says so (名詞-数詞): that keeps
一方, 一部, 一層, 十分, 唯一 out without a stop list. Digits glued to Latin
letters or katakana are part of a name (LIGネクス1, F-35), and 第+numeral is an
ordinal only before a counter (第57回, 第2位) or as a sequence marker (第二に,
第三の); before any other noun it is part of a term (第一列島線, 第一段階,
第二次世界大戦).
"""

from __future__ import annotations

import re

from align.model import Quantity
from align.quantities.model import VULGAR_FRACTIONS, date_norm, full_end_year, make_quantity, make_range, resolve_month_year

KANJI_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "壱": 1, "弐": 2}
SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}
BIG_UNITS = {"万": 1e4, "億": 1e8, "兆": 1e12}
KANJI_NUMERAL_CHARS = frozenset(KANJI_DIGITS) | frozenset(SMALL_UNITS) | frozenset(BIG_UNITS)
#: Full-width forms folded so offsets stay the same (one char → one char).
_FOLD = str.maketrans("０１２３４５６７８９．，％～－", "0123456789.,%~-")

#: Era name → year before its first year (令和1年 = 2019).
ERAS = {"令和": 2018, "平成": 1988, "昭和": 1925, "大正": 1911, "明治": 1867}

CURRENCIES = {"米ドル": "USD", "ドル": "USD", "円": "JPY", "ユーロ": "EUR", "ポンド": "GBP", "ウォン": "KRW",
              "人民元": "CNY", "元": "CNY", "ルーブル": "RUB", "ルピー": "INR", "豪ドル": "AUD", "香港ドル": "HKD",
              "カナダドル": "CAD", "スイスフラン": "CHF"}
#: Counter → (kind, canonical unit shared with the English parser).
COUNTERS: dict[str, tuple[str, str]] = {
    "人": ("CARDINAL", "person"), "名": ("CARDINAL", "person"), "社": ("CARDINAL", "company"),
    "カ国": ("CARDINAL", "country"), "か国": ("CARDINAL", "country"), "ヶ国": ("CARDINAL", "country"),
    "ヵ国": ("CARDINAL", "country"), "倍": ("CARDINAL", "times"), "回": ("CARDINAL", "times"), "度": ("CARDINAL", "times"),
    "つ星": ("CARDINAL", "star"), "つ": ("CARDINAL", ""), "個": ("CARDINAL", ""), "件": ("CARDINAL", "case"),
    "機": ("CARDINAL", "aircraft"), "隻": ("CARDINAL", "ship"), "台": ("CARDINAL", "vehicle"), "歳": ("QUANTITY", "age"),
    "議席": ("CARDINAL", "seat"), "票": ("CARDINAL", "vote"), "本": ("CARDINAL", ""), "枚": ("CARDINAL", ""),
    "点": ("CARDINAL", "point"), "校": ("CARDINAL", "school"), "州": ("CARDINAL", "state"), "戸": ("CARDINAL", "household"),
    "世帯": ("CARDINAL", "household"), "頭": ("CARDINAL", "animal"), "匹": ("CARDINAL", "animal"),
    "キロメートル": ("QUANTITY", "km"), "km": ("QUANTITY", "km"), "キロ": ("QUANTITY", "km"), "メートル": ("QUANTITY", "m"),
    "m": ("QUANTITY", "m"), "センチ": ("QUANTITY", "cm"), "cm": ("QUANTITY", "cm"), "マイル": ("QUANTITY", "mile"),
    "トン": ("QUANTITY", "t"), "キログラム": ("QUANTITY", "kg"), "kg": ("QUANTITY", "kg"), "グラム": ("QUANTITY", "g"),
    "得点": ("CARDINAL", "point"), "試合": ("CARDINAL", "game"), "フィート": ("QUANTITY", "ft"), "エーカー": ("QUANTITY", "acre"),
    "児": ("CARDINAL", "child"), "世紀": ("DATE", "century"),
    "リットル": ("QUANTITY", "l"), "ヘクタール": ("QUANTITY", "ha"),
    # the units the numbers check converts (align.qa.checks.numbers.CONVERSIONS), named as the English parser names them
    "ミリメートル": ("QUANTITY", "mm"), "ミリ": ("QUANTITY", "mm"), "mm": ("QUANTITY", "mm"), "インチ": ("QUANTITY", "in"),
    "ヤード": ("QUANTITY", "yd"), "ミリグラム": ("QUANTITY", "mg"), "ミリリットル": ("QUANTITY", "ml"), "ミリ秒": ("TIME", "ms"),
    "ノット": ("QUANTITY", "kn"),
    "年間": ("DATE", "year"), "カ月": ("DATE", "month"), "か月": ("DATE", "month"), "ヶ月": ("DATE", "month"),
    "ヵ月": ("DATE", "month"), "ケ月": ("DATE", "month"), "週間": ("DATE", "week"), "日間": ("DATE", "day"),
    "時間": ("TIME", "hour"), "分間": ("TIME", "minute"), "秒": ("TIME", "second"),
}
#: Counters after 第 that make an ordinal (第57回, 第2位); other nouns make a term (第一段階).
ORDINAL_COUNTERS = ("番目", "四半期", "世代", "回", "位", "号", "条", "章", "期", "代", "番", "弾", "陣", "日", "週", "戦",
                    "項", "部", "巻", "段", "次")
#: Kana after 第N that make a sequence marker ("第二に", "第三の重要なテーマ").
ORDINAL_PARTICLES = ("に", "の", "、", ",", "は", "として")

#: Digits after a ・ that make it a decimal point: a measure follows (２・５％, １・５倍, ０・３ポイント); before
#: 月/日/年生 the ・ lists (１・２月 = January and February).
_MIDDOT_DECIMAL = re.compile(r"\d+\s?(?:%|パーセント|倍|ポイント|メートル|キロ|センチ|ミリ|度|万|億|兆|円|ドル|ユーロ|トン|グラム|秒"
                             r"|時間|ヘクタール|リットル|カ月|か月|ヶ月)")
#: A year count, not a calendar year, whatever its size: 千年の歴史 ("a thousand-year history"), 百年ぶり, 千年以上前.
_YEAR_SPAN_AFTER = re.compile(r"年(?:の(?:歴史|伝統|時|間)|ぶり|以上|余り|近く|にわたり|にわたって|前|後|来|越し|がかり)")

_SUFFIX_QUALIFIERS = [
    ("を上回る", "more_than"), ("を超える", "more_than"), ("を超す", "more_than"), ("超え", "more_than"), ("以上", "at_least"),
    ("余り", "more_than"), ("あまり", "more_than"), ("超", "more_than"), ("余", "more_than"), ("強", "more_than"),
    ("を下回る", "less_than"), ("足らず", "less_than"), ("未満", "less_than"), ("以下", "at_most"), ("弱", "nearly"),
    ("近く", "nearly"), ("近い", "nearly"), ("前後", "about"), ("程度", "about"), ("ほど", "about"), ("ぐらい", "about"),
    ("くらい", "about"), ("頃", "about"), ("ごろ", "about"),
]
_DATE_QUALIFIERS = [("までに", "by"), ("まで", "by"), ("以降", "since"), ("以来", "since"), ("から", "since"), ("頃", "about"),
                    ("ごろ", "about")]
_PREFIX_QUALIFIERS = [("少なくとも", "at_least"), ("およそ", "about"), ("おおよそ", "about"), ("ほぼ", "about"),
                      ("概ね", "about"), ("最大", "at_most"), ("最高", "at_most"), ("最低", "at_least"), ("約", "about"),
                      ("推定", "about")]
_NAME_NEIGHBOUR = re.compile(r"[A-Za-zァ-ヺー・\-]")
_KATAKANA = re.compile(r"[ァ-ヺー]")
#: What follows a numeral that counts something: a kanji (counter, unit, scale or date word) or a currency or unit in
#: katakana. A model name glued to katakana ("LIGネクス1", "オメガ3") ends there or goes on with kana or Latin letters.
_COUNTED_AFTER = re.compile(r"\s?(?:[千百十万億兆]?[\u4e00-\u9fff]|(?:ドル|ユーロ|ポンド|ウォン|ルピー|ルーブル"
                            r"|メートル|キロ|センチ|ミリ|トン|グラム|マイル|フィート|インチ|ヤード|リットル|ノット|パーセント|ポイント)(?![ァ-ヺー]))")
#: 度 is a degree (Celsius, the scale Japanese uses, or an angle) rather than a count of times ("2度訪れた") after a word of
#: temperature or angle, before a change or heat ("3度上昇", "40度の暑さ"), with a decimal (1.5度) or from 10 up (気温40度).
#: words of weight before a bare キロ (otherwise read as kilometres, the commoner sense in news)
_WEIGHT_AFTER = re.compile(r"キロ(?:の)?(?:減量|増量|太|痩|やせ|減っ|増え|落と|の荷物|の肉|の米)")
_WEIGHT_BEFORE = re.compile(r"(?:体重|重さ|重量|重く|減量|増量|太っ|痩せ|やせ|減らし|増やし|グラム|kg|荷物|の肉|の米|の砂糖)[^。、]{0,6}$")
_DEGREE_BEFORE = re.compile(r"(?:気温|温度|体温|水温|海水温|室温|地温|最高|最低|平年|摂氏|華氏|氷点下|零下|マイナス|プラス|角度|傾斜|緯|経"
                            r"|暑|寒|熱)[^。、\d０-９]{0,8}$")
_DEGREE_AFTER = re.compile(r"度(?:以上|超|近く|前後|台|程度)?(?:の|を超える|に達する)?"
                           r"(?:暑|寒|猛暑|酷暑|高温|低温|熱|上昇|低下|上が|下が|高|低|傾|回転|転換|角)")
#: Before the number of a temperature: a sign in words (マイナス5度 = -5) and the scale (華氏104度 = 40度).
_DEGREE_SIGN = re.compile(r"(?:マイナス|氷点下|零下)\s?$")
_DEGREE_SCALE = re.compile(r"(?P<scale>華氏|摂氏)\s?$")
#: マグニチュード5.4: an earthquake's magnitude, written as the katakana word before the number.
_MAGNITUDE_BEFORE = re.compile(r"マグニチュード\s?$")
#: A race or lap time, 4分41秒30 / 1分09秒02 / 41秒30: minutes, seconds and hundredths, read as seconds ("4:41.30").
_ELAPSED = re.compile(r"\s?(?:分\s?(?P<s>\d{1,2})\s?秒(?P<f>\d{1,2})?|秒(?P<f2>\d{1,2}))(?![\d.])")
_NOON = re.compile("正午")
_GDP_BEFORE = re.compile(r"(GDP|国内総生産)(比)?(の|で)?$")
_CLOCK = re.compile(r"([01]?\d|2[0-4])[:：]([0-5]\d)(?!\d)")
_MINUTES = re.compile(r"\s?(\d{1,2})\s?分(?!間)")
_RANGE = re.compile(r"\s?[~〜～\-－]\s?")


def parse_number(chars: str) -> float:
    """Value of a Japanese numeral: ``二十五`` 25, ``1万2000`` 12000, ``3.5兆`` 3.5e12, ``二〇二五`` 2025."""
    chars = chars.translate(_FOLD).replace(",", "")
    total = section = 0.0
    cur: float | None = None
    i = 0
    while i < len(chars):
        ch = chars[i]
        if ch.isdigit() or ch == ".":
            j = i
            while j < len(chars) and (chars[j].isdigit() or chars[j] == "."):
                j += 1
            cur = float(chars[i:j])
            i = j
            continue
        if ch in VULGAR_FRACTIONS:
            cur = (cur or 0) + VULGAR_FRACTIONS[ch]
        elif ch in KANJI_DIGITS:
            cur = KANJI_DIGITS[ch] if cur is None else cur * 10 + KANJI_DIGITS[ch]
        elif ch in SMALL_UNITS:
            section += (1 if cur is None else cur) * SMALL_UNITS[ch]
            cur = None
        elif ch in BIG_UNITS:
            total += ((section + (cur or 0)) or 1) * BIG_UNITS[ch]
            section, cur = 0.0, None
        i += 1
    return total + section + (cur or 0)


def numeral_mask(text: str, spans: list[tuple[int, int]]) -> list[bool]:
    """Which characters are parts of numerals.

    Digits always are; kanji numerals only inside UniDic 数詞 tokens, next to
    digits (140億), or before つ (三つ星, which UniDic keeps as one noun).
    """
    from align.lang.ja import tokenize

    mask = [False] * len(text)
    folded = text.translate(_FOLD)
    for i, ch in enumerate(folded):
        if ch.isdigit():
            mask[i] = True
    for tok in tokenize(text, spans):
        if tok.pos.endswith("数詞"):
            for i in range(tok.start, tok.end):
                if text[i] in KANJI_NUMERAL_CHARS:
                    mask[i] = True
        elif tok.end - tok.start >= 2 and text[tok.start] in KANJI_DIGITS and text[tok.start + 1] in "つ人":
            mask[tok.start] = True  # 三つ星, 一つ, 一人
    # big units after digits (140億, 1万2000) and decimal points/commas between digits
    for i, ch in enumerate(folded):
        if ch in VULGAR_FRACTIONS and i and mask[i - 1]:
            mask[i] = True  # 14½
        elif (ch in BIG_UNITS or ch in SMALL_UNITS) and i and mask[i - 1] and folded[i - 1].isdigit():
            mask[i] = True
        elif (ch in BIG_UNITS or ch in SMALL_UNITS) and i > 1 and folded[i - 1] == " " and mask[i - 2] and folded[i - 2].isdigit():
            mask[i - 1] = mask[i] = True  # "105 万人", "1 億 4 千万": a house style that spaces digits from Japanese
        elif ch == " " and i and mask[i - 1] and folded[i - 1] in BIG_UNITS and folded[i + 1 : i + 2].isdigit():
            mask[i] = True
    for i in range(1, len(folded) - 1):
        if folded[i] in ".," and folded[i - 1].isdigit() and folded[i + 1].isdigit():
            mask[i] = True
        elif folded[i] == "・" and folded[i - 1].isdigit() and _MIDDOT_DECIMAL.match(folded, i + 1):
            mask[i] = True  # ２・５％, ９９・９９９パーセント: newspapers write the decimal point as ・ (１・２月 stays a list)
    return mask


def extract(text: str, spans: list[tuple[int, int]] | None = None, reference_year: int | None = None,
            reference_month: int | None = None) -> list[Quantity]:
    """All quantities, dates and ordinals in ``text`` (inside ``spans`` if given)."""
    spans = spans if spans is not None else [(0, len(text))]
    mask = numeral_mask(text, spans)
    folded = text.translate(_FOLD)
    out: list[Quantity] = []
    for s_start, s_end in spans:
        i = s_start
        consumed = s_start
        while i < s_end:
            if not mask[i] or i < consumed:
                i += 1
                continue
            j = i
            while j < s_end and mask[j]:
                j += 1
            q = _read(text, folded, mask, i, j, s_start, s_end, reference_year, reference_month)
            if q is not None:
                out.append(q)
                consumed = q.end
                i = max(j, q.end)
            else:
                i = j
        for m in _NOON.finditer(text, s_start, s_end):  # 正午 = 12:00, the "noon" / "12.00 mid-day" of the source
            out.append(make_quantity(m.start(), m.end(), m.group(0), "TIME", 12.0, "oclock"))
    out.sort(key=lambda q: q.start)
    return out


def _meridiem(text: str, lo: int, start: int, hour: float) -> tuple[int, float]:
    """A time of day with 午前/午後 written before ``start``: (start including it, hour on the 24-hour clock)."""
    before = text[max(lo, start - 2):start]
    if before not in ("午後", "午前"):
        return start, hour
    return start - 2, hour + 12 if before == "午後" and hour < 12 else hour


def _read(text: str, folded: str, mask: list[bool], a: int, b: int, lo: int, hi: int,
          ref_year: int | None, ref_month: int | None) -> Quantity | None:
    """Read the quantity whose numeral is ``text[a:b]``; ``None`` if it is part of a name or term."""
    prev = text[a - 1] if a > lo else ""
    nxt = folded[b] if b < hi else ""
    if (magnitude := _MAGNITUDE_BEFORE.search(text, lo, a)) and re.fullmatch(r"\d+(?:\.\d+)?", folded[a:b]):
        return _with_suffix(text, folded, magnitude.start(), b, hi, "QUANTITY", float(folded[a:b]), "magnitude", "", None)
    if prev and _NAME_NEIGHBOUR.match(prev) and not (_KATAKANA.match(prev) and _COUNTED_AFTER.match(folded, b, hi)):
        return None  # LIGネクス1, F-35; but "１セット６千円", "デビュー100周年", "メナ8歳" count after a katakana word
    if nxt and nxt.isascii() and nxt.isalpha() and not re.match(r"(km|kg|cm|mm|m)(?![A-Za-z])", folded[b:hi]):
        return None  # 3D, 5G
    if re.fullmatch(r"\d+", folded[a:b]) and (re.match(r" \d{2,}|-\d+-\d", folded[b:b + 6]) or re.search(r"\d $|\d-\d+-$", folded[lo:a])):
        return None  # 116 123: a phone number, not a count
    clock = _CLOCK.match(folded, a, hi)
    if clock:  # 12:00頃, 午後3:30: a time of day, not the numbers 12 and 00
        end = clock.end()
        start, value = _meridiem(text, lo, a, int(clock.group(1)) + int(clock.group(2)) / 60)
        qualifier = "about" if re.match(r"頃|ごろ", text[end:end + 2]) else ""
        return make_quantity(start, end, text[start:end], "TIME", value, "oclock", qualifier)
    value = parse_number(folded[a:b].replace(" ", "").replace("・", "."))
    if (elapsed := _ELAPSED.match(folded, b, hi)) and folded[a:b].isdigit():
        if elapsed.group("s"):
            value = value * 60 + int(elapsed.group("s")) + int(elapsed.group("f") or 0) / 10 ** len(elapsed.group("f") or "")
        else:
            value += int(elapsed.group("f2")) / 10 ** len(elapsed.group("f2"))
        return make_quantity(a, elapsed.end(), text[a:elapsed.end()], "TIME", value, "second")
    start, qualifier = a, ""
    for word, qual in _PREFIX_QUALIFIERS:
        gap = 1 if text[a - 1:a] == " " else 0
        if text[max(lo, a - gap - len(word)):a - gap] == word:
            start, qualifier = a - gap - len(word), qual
            break
    if prev == "第":
        return _ordinal(text, folded, a - 1, b, hi, value)
    for era, base in ERAS.items():
        if text[max(lo, a - len(era)):a] == era and folded[b:b + 1] == "年":
            return _date(text, folded, mask, a - len(era), a, b, hi, int(base + value), ref_year, ref_month, era=True)
    rest = folded[b:hi]
    # fractions: 3分の2 = two thirds
    m = re.match(r"分の", rest)
    if m and b + 2 < hi and mask[b + 2]:
        k = b + 2
        while k < hi and mask[k]:
            k += 1
        num = parse_number(folded[b + 2:k])
        return make_quantity(start, k, text[start:k], "CARDINAL", num / value if value else None, "fraction", qualifier)
    # ranges: 3〜5%
    high_value = None
    rm = _RANGE.match(rest)
    if rm and b + rm.end() < hi and mask[b + rm.end()]:
        k = b + rm.end()
        while k < hi and mask[k]:
            k += 1
        high_value = parse_number(folded[b + rm.end():k])
        b = k
        rest = folded[b:hi]
    space = 1 if rest[:1] == " " else 0  # "12 月" in web text
    body = rest[space:]
    if high_value is not None and value >= 1000 and high_value < 100 and body.startswith("年"):
        high_value = float(full_end_year(int(value), int(high_value)))  # （１９００～８５年）: 1900-1985
    kanji = not folded[a:b][:1].isdigit()
    calendar = (value >= 1000 and not (kanji and _YEAR_SPAN_AFTER.match(body))) or re.match(r"年(度|\s?\d{1,2}\s?月)", body)
    if body.startswith("年") and calendar and high_value is not None:
        end = b + space + 1
        return make_range(start, end, text[start:end], "DATE", value, high_value, "year")
    if body.startswith("年") and not body.startswith(("年間", "年代")) and calendar:
        return _date(text, folded, mask, start, a, b, hi, int(value), ref_year, ref_month)
    if body.startswith("年代"):
        end = b + space + 2
        return make_quantity(start, end, text[start:end], "DATE", value, "decade", qualifier, norm=f"{int(value)}s")
    if body.startswith("月") and 1 <= value <= 12 and value == int(value):
        return _date(text, folded, mask, start, a, b, hi, None, ref_year, ref_month)
    if body.startswith("年") and not body.startswith("年代"):
        unit_len = 2 if body.startswith("年間") else 1
        return _with_suffix(text, folded, start, b + space + unit_len, hi, "DATE", value, "year", qualifier, high_value)
    if body.startswith("日") and not body.startswith("日間") and 1 <= value <= 31:
        end = b + space + 1
        return _date_qualified(text, folded, start, end, hi, value, f"---{int(value):02d}", qualifier)
    if body.startswith("時") and not body.startswith("時間") and 0 <= value <= 24:
        end = b + space + 1
        if text[end:end + 1] == "半":
            value += 0.5
            end += 1
        else:  # 午前7時55分: the minutes belong to the time ("7.55am"), not a separate count
            minutes = _MINUTES.match(folded, end, hi)
            if minutes and int(minutes.group(1)) < 60:
                value += int(minutes.group(1)) / 60
                end = minutes.end()
        start, value = _meridiem(text, lo, start, value)
        return make_quantity(start, end, text[start:end], "TIME", value, "oclock", qualifier)
    if rest.startswith("割"):
        return _with_suffix(text, folded, start, b + 1, hi, "PERCENT", value * 10, "%", qualifier, high_value and high_value * 10)
    if rest.startswith(("%", "パーセント")):
        unit_end = b + (1 if rest.startswith("%") else 5)
        unit = "%"
        if _GDP_BEFORE.search(text[max(lo, start - 8):start]):
            unit = "% of GDP"
        return _with_suffix(text, folded, start, unit_end, hi, "PERCENT", value, unit, qualifier, high_value)
    for word, code in sorted(CURRENCIES.items(), key=lambda kv: -len(kv[0])):
        if body.startswith(word):
            return _with_suffix(text, folded, start, b + space + len(word), hi, "MONEY", value, code, qualifier, high_value)
    if body.startswith(("番目", "位")):  # 3番目, 10位: ordinals without 第
        end = b + space + (2 if body.startswith("番目") else 1)
        return make_quantity(start, end, text[start:end], "ORDINAL", value)
    if body.startswith(("度", "℃")) and not body.startswith(("度目", "度と")):
        explicit = body.startswith(("℃", "度C"))
        if explicit or _DEGREE_BEFORE.search(text, lo, start) or _DEGREE_AFTER.match(body) or "." in folded[a:b] or value >= 10:
            return _degrees(text, folded, lo, start, b + space + (2 if body.startswith("度C") else 1), hi, value, qualifier, high_value)
    for word, (kind, unit) in sorted(COUNTERS.items(), key=lambda kv: -len(kv[0])):
        if word == "ミリ" and re.match(r"[ァ-ヺー]", body[2:3]):
            continue  # ミリシーベルト, ミリバール: another unit, not millimetres
        if body.startswith(word):
            if word == "回" and body.startswith("回目"):
                return make_quantity(start, b + space + 2, text[start:b + space + 2], "ORDINAL", value)
            if word == "世紀":
                end = b + space + 2
                return make_quantity(start, end, text[start:end], "DATE", value, "century", qualifier)
            if word == "キロ" and not body.startswith(("キロメートル", "キログラム")) and (
                    _WEIGHT_BEFORE.search(text, max(lo, start - 12), start) or _WEIGHT_AFTER.match(body)):
                kind, unit = "QUANTITY", "kg"  # 体重は60キロ, 10キロ減量: キロ alone is a kilogram next to a word of weight
            return _with_suffix(text, folded, start, b + space + len(word), hi, kind, value, unit, qualifier, high_value)
    if not folded[a:b].translate(_FOLD)[0].isdigit() and re.match(r"[\u4e00-\u9fff]", body[:1]):
        return None  # 二国間, 三権: a bare kanji numeral fused into a word
    return _with_suffix(text, folded, start, b, hi, "CARDINAL", value, "", qualifier, high_value)


def _with_suffix(text: str, folded: str, start: int, end: int, hi: int, kind: str, value: float, unit: str,
                 qualifier: str, high_value: float | None) -> Quantity:
    """Extend over a trailing qualifier (超, 以上, 近く …) and build the quantity."""
    rest = folded[end:hi]
    for word, qual in _SUFFIX_QUALIFIERS:
        if rest.startswith(word):
            end += len(word)
            qualifier = qual if not qualifier or qualifier == qual else qualifier
            break
    if high_value is not None:
        return make_range(start, end, text[start:end], kind, value, high_value, unit)
    return make_quantity(start, end, text[start:end], kind, value, unit, qualifier)


def _degrees(text: str, folded: str, lo: int, start: int, end: int, hi: int, value: float, qualifier: str,
             high_value: float | None) -> Quantity:
    """A temperature or angle in degrees ("deg", the unit the English parser gives "40C" and "40 degrees"), with its sign
    in words (氷点下5度 = -5) and 華氏 converted to Celsius (華氏104度 = 40), as the English "104F" is."""
    if sign := _DEGREE_SIGN.search(text, lo, start):
        start = sign.start()
        value, high_value = (-value, None) if high_value is None else (-high_value, -value)
    if scale := _DEGREE_SCALE.search(text, lo, start):
        start = scale.start()
        if scale.group("scale") == "華氏":
            value, high_value = (value - 32) * 5 / 9, (high_value - 32) * 5 / 9 if high_value is not None else None
    return _with_suffix(text, folded, start, end, hi, "QUANTITY", value, "deg", qualifier, high_value)


def _ordinal(text: str, folded: str, start: int, b: int, hi: int, value: float) -> Quantity | None:
    """第N + counter (第57回, 第2位) or sequence marker (第二に); ``None`` for terms (第一段階)."""
    rest = folded[b:hi]
    for counter in ORDINAL_COUNTERS:
        if rest.startswith(counter):
            after = text[b + len(counter):b + len(counter) + 1]
            if counter == "次" and after and re.match(r"[\u4e00-\u9fffァ-ヺ]", after):
                return None  # 第二次世界大戦: a name, not a count
            if counter == "段" and not rest.startswith("段目"):
                return None  # 第一段階
            end = b + len(counter)
            return make_quantity(start, end, text[start:end], "ORDINAL", value)
    if rest.startswith(ORDINAL_PARTICLES) or not rest:
        return make_quantity(start, b, text[start:b], "ORDINAL", value)
    return None


def _date(text: str, folded: str, mask: list[bool], start: int, a: int, b: int, hi: int, year: int | None,
          ref_year: int | None, ref_month: int | None, era: bool = False) -> Quantity:
    """``YYYY年[M月[D日]]``, ``M月[D日]``, ``YYYY年度``; era years already converted."""
    month = day = None
    end = b
    rest = folded[end:hi]
    if year is not None:
        if rest.startswith(" 年"):  # "1953 年" in web text
            end += 1
            rest = rest[1:]
        if rest.startswith("年度"):
            end += 2
            return _date_qualified(text, folded, start, end, hi, year, f"FY{year}", "", unit="fiscal_year")
        end += 1  # 年
        m = re.match(r"\s?(\d{1,2}|[一二三四五六七八九十]{1,3})\s?月", folded[end:hi])
        if m:
            month = int(parse_number(m.group(1)))
            end += m.end()
    else:
        m = re.match(r"\s?月", folded[end:hi])
        month = int(parse_number(folded[a:b]))
        end += m.end() if m else 1
        year = resolve_month_year(month, ref_year, ref_month)
    if month is not None:
        d = re.match(r"\s?(\d{1,2}|[一二三四五六七八九十]{1,3})\s?日(?!間)", folded[end:hi])
        if d:
            day = int(parse_number(d.group(1)))
            end += d.end()
    value = float(year) if year is not None else None
    norm = date_norm(year, month, day) if month is not None else str(year)
    return _date_qualified(text, folded, start, end, hi, value, norm, "")


def _date_qualified(text: str, folded: str, start: int, end: int, hi: int, value: float | None, norm: str,
                    qualifier: str, unit: str = "date") -> Quantity:
    """A calendar date, extended over までに/以降/頃; the qualifier goes into ``norm`` ("by 2030")."""
    rest = folded[end:hi]
    for word, qual in _DATE_QUALIFIERS:
        if word == "から" and re.match(r"から\s?[0-9一二三四五六七八九十]+\s?[年月日]", rest):
            break  # 2月から3月にかけて: the start of a range, not "since"
        if rest.startswith(word):
            end += len(word)
            qualifier = qual
            break
    full_norm = f"{qualifier} {norm}" if qualifier else norm
    return make_quantity(start, end, text[start:end], "DATE", value, unit, qualifier, norm=full_norm)
