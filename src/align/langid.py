"""Tell Japanese from English by script, which is all this pair needs.

Any kana, or a majority of CJK ideographs among letters, means Japanese; a
Latin-letter majority means English. A statistical identifier would add a
model for no gain on two scripts this different.
"""

from __future__ import annotations

import re

_KANA = re.compile(r"[\u3040-\u30ff\uff66-\uff9f]")
_KANJI = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_LATIN = re.compile(r"[A-Za-z\uff21-\uff3a\uff41-\uff5a]")


def script_counts(text: str) -> tuple[int, int, int]:
    """Counts of kana, kanji and Latin letters in ``text``."""
    return len(_KANA.findall(text)), len(_KANJI.findall(text)), len(_LATIN.findall(text))


def detect_language(text: str) -> str:
    """``"ja"``, ``"en"`` or ``""`` when the text has no letters at all."""
    kana, kanji, latin = script_counts(text)
    cjk = kana + kanji
    if cjk == 0 and latin == 0:
        return ""
    # One Japanese character carries roughly as much as three Latin letters.
    return "ja" if cjk * 3 >= latin else "en"
