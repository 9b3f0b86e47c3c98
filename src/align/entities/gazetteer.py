"""Japanese ↔ English name gazetteer: TSV files under ``models/gazetteer/``.

Kept as data so users extend it without touching code (``$ALIGN_GAZETTEER`` or
``--gazetteer``); see ``models/gazetteer/README.md`` for the format.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from align.entities.labels import NAME_LABELS
from align.errors import InputError
from align.resources import model_path

#: Shipped data: <repo>/models/gazetteer, also inside the wheel (see align.resources).
DEFAULT_DIR = model_path("gazetteer")
_KATAKANA_OR_LATIN = re.compile(r"[ァ-ヺーA-Za-z0-9]")


#: Endings after a place's English form that still name it (Bulgarian, Indian, Chinese, Danish, Kuwaiti, Iran's, Americas).
EN_FORM_ENDINGS = r"(?:n|an|ian|ese|ish|i|'s|’s|s)?"

@dataclass
class Gazetteer:
    """Name variants by language, each with a label and an entry id shared by its translations.

    A Japanese form may name two entries (katakana homographs: オークランド is Auckland and Oakland, コロンビア is Colombia
    and Columbia). ``ja`` keeps the first entry listing a form (its label is the form's label when tagging text);
    :meth:`entries_of` gives all of them, which is what pairing and QA must use.
    """

    ja: dict[str, tuple[str, int]] = field(default_factory=dict)  # variant → (label, first entry id)
    en: dict[str, tuple[str, int]] = field(default_factory=dict)
    en_canonical: dict[int, str] = field(default_factory=dict)
    _en_lower: dict[str, tuple[str, int]] = field(default_factory=dict)
    _ja_shared: dict[str, set[int]] = field(default_factory=dict)  # homograph → the entries after the first
    _related: dict[int, set[int]] | None = None
    _variants: dict[tuple[str, int], list[str]] | None = None

    def add(self, label: str, ja_variants: list[str], en_variants: list[str]) -> None:
        """Add one entry; a variant already known joins the existing entry (so user files can add synonyms), except a
        Japanese variant marked shared (``オークランド*``), which names this entry as well as the ones already listing it."""
        shared = {v[:-1] for v in ja_variants if v.endswith("*") and len(v) > 1}
        ja_variants = [v[:-1] if v.endswith("*") and len(v) > 1 else v for v in ja_variants]
        ids = {self.ja[v][1] for v in ja_variants if v in self.ja and v not in shared}
        ids |= {self.en[v][1] for v in en_variants if v in self.en}
        entry = min(ids) if ids else len(self.en_canonical)
        self.en_canonical.setdefault(entry, en_variants[0] if en_variants else ja_variants[0])
        self._related = self._variants = None
        for v in ja_variants:
            if v in shared and v in self.ja and self.ja[v][1] != entry:
                self._ja_shared.setdefault(v, set()).add(entry)
            else:
                self.ja[v] = (label, entry)
        for v in en_variants:
            self.en[v] = (label, entry)
            self._en_lower[_fold_en(v)] = (label, entry)

    def entry_of(self, text: str, lang: str) -> int | None:
        """Entry id of a surface string (English: case- and article-insensitive); for a Japanese homograph, the first."""
        hit = self.ja.get(text) or self.en.get(text) if lang == "ja" else self.en.get(text) or self._en_lower.get(_fold_en(text))
        return hit[1] if hit else None

    def entries_of(self, text: str, lang: str) -> set[int]:
        """Every entry a surface string names: one, or several for a Japanese homograph, or none."""
        entry = self.entry_of(text, lang)
        if entry is None:
            return set()
        return {entry, *self._ja_shared.get(text, ())} if lang == "ja" else {entry}

    def variants(self, entry: int, lang: str) -> list[str]:
        """The ``lang`` forms of ``entry``: its own in file order, then the Japanese forms it shares with other entries."""
        if self._variants is None:
            self._variants = {}
            for table_lang, table in (("ja", self.ja), ("en", self.en)):
                for variant, (_label, e) in table.items():
                    self._variants.setdefault((table_lang, e), []).append(variant)
            for variant, entries in self._ja_shared.items():
                for e in entries:
                    self._variants.setdefault(("ja", e), []).append(variant)
        return self._variants.get((lang, entry), [])

    def entries_and_related(self, text: str, lang: str) -> set[int]:
        """The entries ``text`` names and the entries related to them (a country and its people: Scottish ↔ スコットランド)."""
        own = self.entries_of(text, lang)
        return own | {r for e in own for r in self.related(e)}

    def names_another(self, text: str, lang: str, others: list[str] | set[str]) -> bool:
        """``text`` (in ``lang``) is the gazetteer's name of something that none of ``others`` (names in the other language)
        names, nor its people or country: ブラジル is Brazil, so no rendering of "Virus Protection Promise" by sound, however
        alike they are; オークランド may be Auckland or Oakland, so it may render either."""
        own = self.entries_and_related(text, lang)
        other_lang = "en" if lang == "ja" else "ja"
        return bool(own) and not any(self._mentions(o, other_lang, own) for o in others)

    def _mentions(self, name: str, lang: str, entries: set[int]) -> bool:
        """``name`` is one of ``entries`` or holds one of their forms as a word, alone or with a people's or language's ending:
        "Boston Red Sox" and "Real Madrid" hold the city, "Bulgarian" and "Kuwaiti" the country (forms of 4 letters or more:
        "US" is in too many words). Any other continuation makes another word: "Romeo" is not Rome, "Indiana" not India."""
        if self.entries_of(name, lang) & entries:
            return True
        forms = [v for e in entries for v in self.variants(e, lang) if len(v) >= (4 if lang == "en" else 3)]
        if lang == "ja":
            return any(v in name for v in forms)
        return any(re.search(rf"(?<![A-Za-z]){re.escape(v)}{EN_FORM_ENDINGS}(?![A-Za-z])", name) for v in forms)

    def related(self, entry: int) -> set[int]:
        """Entries naming the same place as ``entry`` from another angle: a people or language and its country
        (スコットランド人 "Scottish" ↔ スコットランド "Scotland"), because translators render "Scottish mountains" as
        スコットランドの山 and "the Americans" as 米国. Derived from the Japanese forms (X人, X語, X系 ↔ X)."""
        if self._related is None:
            self._related = {}
            for variant, (_label, e) in self.ja.items():
                m = re.fullmatch(r"(.{2,})(?:人|語|系)", variant)
                place = self.ja.get(m.group(1)) if m else None
                if place is not None and place[1] != e:
                    self._related.setdefault(e, set()).add(place[1])
                    self._related.setdefault(place[1], set()).add(e)
        return self._related.get(entry, set())

    def find(self, text: str, lang: str) -> list[tuple[int, int, str]]:
        """All non-overlapping matches ``(start, end, label)`` in ``text``, longest first."""
        table = self.ja if lang == "ja" else self.en
        hits: list[tuple[int, int, str]] = []
        for variant, (label, _entry) in table.items():
            if lang == "ja" and not re.search(r"[^\x00-\x7f]", variant) and len(variant) < 2:
                continue
            start = text.find(variant)
            while start >= 0:
                end = start + len(variant)
                if _boundary_ok(text, start, end, lang):
                    hits.append((start, end, label))
                start = text.find(variant, start + 1)
        hits.sort(key=lambda h: (-(h[1] - h[0]), h[0]))
        chosen: list[tuple[int, int, str]] = []
        for h in hits:
            if all(h[1] <= c[0] or c[1] <= h[0] for c in chosen):
                chosen.append(h)
        return sorted(chosen)


def _fold_en(text: str) -> str:
    text = re.sub(r"^(the)\s+", "", text.strip(), flags=re.I)
    return re.sub(r"[’']s$", "", text).lower()


def _boundary_ok(text: str, start: int, end: int, lang: str) -> bool:
    before = text[start - 1] if start else ""
    after = text[end] if end < len(text) else ""
    if lang == "en":
        return not (before.isalnum() or after.isalnum())
    # Japanese: a katakana/Latin name must not continue into a longer katakana/Latin word
    if _KATAKANA_OR_LATIN.match(text[start]) and before and _KATAKANA_OR_LATIN.match(before):
        return False
    return not (_KATAKANA_OR_LATIN.match(text[end - 1]) and after and _KATAKANA_OR_LATIN.match(after))


def gazetteer_paths(extra: list[str] | tuple[str, ...] = ()) -> list[Path]:
    """Shipped files, then ``$ALIGN_GAZETTEER`` entries, then ``extra`` (files or folders)."""
    roots = [DEFAULT_DIR] if DEFAULT_DIR.is_dir() else []
    roots += [Path(p) for p in os.environ.get("ALIGN_GAZETTEER", "").split(os.pathsep) if p]
    roots += [Path(p) for p in extra]
    files: list[Path] = []
    for root in roots:
        if root.is_dir():
            files.extend(sorted(root.glob("*.tsv")))
        elif root.is_file():
            files.append(root)
        else:
            raise InputError(f"gazetteer {root}: no such file or folder")
    return files


def parse_lines(lines: list[str], gaz: Gazetteer, origin: str = "") -> None:
    """Add the entries of TSV ``lines`` to ``gaz``; a malformed line is an input error naming its place."""
    for number, line in enumerate(lines, 1):
        line = line.rstrip("\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) < 3 or cols[0] not in NAME_LABELS:
            raise InputError(f"{origin}:{number}: expected 'LABEL<TAB>ja|…<TAB>en|…' with LABEL in {', '.join(NAME_LABELS)}")
        ja = [v.strip() for v in cols[1].split("|") if v.strip()]
        en = [v.strip() for v in cols[2].split("|") if v.strip()]
        gaz.add(cols[0], ja, en)


@lru_cache(maxsize=8)
def load_gazetteer(extra: tuple[str, ...] = ()) -> Gazetteer:
    """The gazetteer from the shipped files, ``$ALIGN_GAZETTEER`` and ``extra`` (cached per argument)."""
    gaz = Gazetteer()
    for path in gazetteer_paths(extra):
        parse_lines(path.read_text(encoding="utf-8").splitlines(), gaz, str(path))
    return gaz


def empty_gazetteer() -> Gazetteer:
    """A gazetteer with no entries (to measure what the other repairs do alone)."""
    return Gazetteer()
