"""Turn raw bytes into text: BOMs, UTF-16, Shift_JIS/CP932, EUC-JP, UTF-8.

Detection is charset-normalizer's; we only add the checks it leaves to the
caller (empty and binary input) and prefer the strict Japanese codecs' wider
Microsoft variants (CP932 decodes everything Shift_JIS does, plus ①, ㈱ …).
"""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

from align.errors import InputError

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# charset-normalizer names → the superset codec we decode with.
_WIDER = {"shift_jis": "cp932", "euc_jp": "euc_jis_2004"}


def decode_bytes(data: bytes, name: str = "<input>") -> tuple[str, str]:
    """Decode ``data``; return ``(text, encoding)`` or raise :class:`InputError`."""
    if not data.strip():
        raise InputError(f"{name}: file is empty")
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return data.decode(enc), enc
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if _looks_utf16(data):
        enc = "utf-16-le" if data[1::2].count(0) > data[0::2].count(0) else "utf-16-be"
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            text = ""
        if text and _plausible(text):
            return text, enc
    if b"\x00" in data[:8192]:
        raise InputError(f"{name}: looks like a binary file, not text")
    japanese = _japanese_guess(data)
    if japanese is not None:
        return japanese
    best = from_bytes(data, cp_isolation=["cp932", "shift_jis", "euc_jp", "iso2022_jp", "cp1252", "latin_1"]).best()
    if best is None or best.encoding is None:
        raise InputError(f"{name}: cannot detect the text encoding (tried UTF-8, UTF-16, Shift_JIS, EUC-JP)")
    enc = _WIDER.get(best.encoding, best.encoding)
    try:
        text = data.decode(enc)
    except UnicodeDecodeError as exc:
        raise InputError(f"{name}: cannot decode as {enc}: {exc.reason} at byte {exc.start}") from exc
    if not _plausible(text):
        raise InputError(f"{name}: cannot detect the text encoding, or this is a binary file (tried UTF-8, UTF-16, Shift_JIS, EUC-JP)")
    return text, enc


def _japanese_guess(data: bytes) -> tuple[str, str] | None:
    """Try the two Japanese legacy codecs strictly and keep one that reads as Japanese.

    charset-normalizer needs a few dozen bytes of evidence, and this toolkit's
    input is Japanese or English: a short Shift_JIS line such as ``NDSは`` came
    out as CP1252 debris.  A strict decode that yields kana is strong evidence
    on its own (Western bytes misread as CP932 give kanji and half-width kana,
    almost never hiragana), so the Japanese codecs are tried first and
    charset-normalizer only decides what is left.
    """
    best: tuple[float, str, str] | None = None
    for enc in ("cp932", "euc_jis_2004"):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        score = _japanese_score(text)
        if score > 0.5 and _plausible(text) and (best is None or score > best[0]):
            best = (score, text, enc)
    return None if best is None else (best[1], best[2])


def _japanese_score(text: str) -> float:
    """Share of the non-ASCII characters that look like ordinary Japanese (1.0 = all kana/kanji/、。)."""
    sample = [ord(ch) for ch in text[:20000] if ord(ch) > 127]
    if not sample or not any(0x3041 <= cp <= 0x30FA for cp in sample):
        return 0.0
    good = 0.0
    for cp in sample:
        if 0x3000 <= cp <= 0x30FF or 0xFF01 <= cp <= 0xFF5E:
            good += 1.0
        elif 0x4E00 <= cp <= 0x9FFF:
            good += 0.7
        elif 0xFF61 <= cp <= 0xFF9F:
            good -= 1.0  # half-width kana: the classic sign of EUC-JP read as CP932
    return good / len(sample)


def _looks_utf16(data: bytes) -> bool:
    head = data[:4096]
    zeros = head.count(0)
    return len(head) >= 4 and zeros > len(head) * 0.3


def _plausible(text: str) -> bool:
    """Most characters are ASCII text, Japanese, or common punctuation.

    A wrong guess (binary data decoded as UTF-16 or Latin-1) yields control
    characters, rare CJK extensions and accented debris instead.
    """
    sample = text[:20000]
    good = sum(1 for ch in sample if _common(ord(ch)))
    return good >= 0.9 * len(sample)


def _common(cp: int) -> bool:
    return (
        32 <= cp < 127
        or cp in (9, 10, 12, 13)
        or 0x3000 <= cp <= 0x30FF  # CJK punctuation, kana
        or 0x4E00 <= cp <= 0x9FFF  # common kanji
        or 0xFF01 <= cp <= 0xFF9F  # full-width forms, half-width kana
        or 0x2010 <= cp <= 0x2027  # dashes, quotes, ellipsis
        or cp in (0xA0, 0xA7, 0xB0, 0xD7, 0x2030, 0x203B, 0x2212, 0x25A0, 0x25CB, 0x25CF, 0x2605, 0x2606)
        or 0xC0 <= cp <= 0x17F  # Latin-1 and Latin Extended-A letters in names
        or 0x2460 <= cp <= 0x24FF  # circled numbers
    )
