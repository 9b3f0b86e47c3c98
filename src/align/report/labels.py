"""Japanese names of the checks and report labels: the report's reader is usually a Japanese reviewer."""

from __future__ import annotations

CHECK_TITLES_JA = {
    "typography-space": "和欧間の半角スペース",
    "typography-width": "全角・半角の混在",
    "typography-brackets": "括弧・引用符の対応",
    "enumeration-gap": "列挙の欠落（第一に…）",
    "acronym-inconsistent": "略語の展開の不統一",
    "acronym-misfit": "略語と展開の不一致",
    "name-variants": "カタカナ表記ゆれ",
    "term-variants": "表記ゆれ（漢字・かな）",
    "glossary": "用語集との不一致",
    "untranslated": "未翻訳",
    "omission": "訳抜け（文）",
    "partial-omission": "訳抜け（文の一部）",
    "addition": "付加（文）",
    "length-ratio": "訳文の長さの異常",
    "low-similarity": "原文との意味の乖離",
    "numbers": "数値・日付の不一致",
    "entity-mismatch": "固有名詞の不一致",
    "entity-renderings": "固有名詞の訳語の揺れ",
    "claim-shift": "主張の変化（確度・否定・帰属）",
    "negation-flip": "否定の反転",
    "hedge-shift": "確度の変化（推量・可能性）",
}
SEVERITY_JA = {"minor": "軽微", "major": "重大", "critical": "致命的"}
