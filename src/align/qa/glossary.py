"""User glossaries: CSV (source,target[,target…]) or TBX, read into (source term, target term) pairs."""

from __future__ import annotations

import csv
from pathlib import Path

from align.errors import InputError


def read_glossary(path: str | Path, src_lang: str = "en", tgt_lang: str = "ja") -> list[tuple[str, str]]:
    """Term pairs from a CSV/TSV (first column source, further columns allowed targets) or a TBX file."""
    p = Path(path)
    if not p.exists():
        raise InputError(f"glossary not found: {p}")
    if p.suffix.lower() in (".tbx", ".xml"):
        return _read_tbx(p, src_lang, tgt_lang)
    text = p.read_text(encoding="utf-8-sig")
    dialect = "excel-tab" if p.suffix.lower() == ".tsv" or "\t" in text.splitlines()[0] else "excel"
    pairs: list[tuple[str, str]] = []
    for n, row in enumerate(csv.reader(text.splitlines(), dialect=dialect)):
        cells = [c.strip() for c in row if c.strip()]
        if not cells or cells[0].startswith("#"):
            continue
        if n == 0 and cells[0].lower() in ("source", "src", "term", src_lang):
            continue  # header
        if len(cells) < 2:
            raise InputError(f"{p}:{n + 1}: a glossary row needs a source term and at least one target term")
        pairs += [(cells[0], t) for t in cells[1:]]
    return pairs


def _read_tbx(path: Path, src_lang: str, tgt_lang: str) -> list[tuple[str, str]]:
    from lxml import etree

    try:
        root = etree.parse(str(path)).getroot()
    except etree.XMLSyntaxError as exc:
        raise InputError(f"{path}: not valid TBX/XML: {exc}") from None
    xml_lang = "{http://www.w3.org/XML/1998/namespace}lang"
    pairs: list[tuple[str, str]] = []
    for entry in root.iter():
        if not isinstance(entry.tag, str) or etree.QName(entry).localname not in ("termEntry", "conceptEntry"):
            continue
        terms: dict[str, list[str]] = {}
        for lang_set in entry:
            if not isinstance(lang_set.tag, str) or etree.QName(lang_set).localname != "langSet":
                continue
            lang = (lang_set.get(xml_lang) or lang_set.get("lang") or "").split("-")[0].lower()
            terms.setdefault(lang, []).extend(
                (t.text or "").strip() for t in lang_set.iter() if isinstance(t.tag, str) and etree.QName(t).localname == "term"
            )
        pairs += [(s, t) for s in terms.get(src_lang, []) for t in terms.get(tgt_lang, []) if s and t]
    return pairs
