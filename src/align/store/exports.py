"""Exports of the corpus, each streaming one pair at a time.

- ``jsonl``: one ``Bitext.to_dict()`` per line plus ``pair_id``; lossless
  (``Bitext.from_dict`` gives back what the store holds).
- ``tmx``: TMX 1.4b, one ``<tu>`` per bead that has text on both sides,
  written incrementally with lxml's ``xmlfile``; bead kind, score and
  confidence are ``<prop>``s so a CAT tool can filter on them.
- ``parquet``: one row per bead (both texts, languages, kind, scores, entity
  counts), written in row groups with pyarrow.
- ``spacy``: ``DocBin`` shards per language with our sentences and entities,
  ready for ``spacy train`` (a folder of ``.spacy`` files is a valid corpus).

Every export records where it came from (corpus path, schema version,
align version) in its header or metadata.
"""

from __future__ import annotations

import itertools
import json
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from align.model import Bitext, Document
from align.store.reader import iter_pairs
from align.store.schema import SCHEMA_VERSION

FORMATS = ("jsonl", "tmx", "parquet", "spacy")


def export(conn: sqlite3.Connection, fmt: str, out: str | Path, ids: list[int] | None = None, **kwargs: Any) -> dict[str, int]:
    """Write the corpus (or the pairs ``ids``) to ``out`` in format ``fmt``; return counts."""
    writers: dict[str, Callable[..., dict[str, int]]] = {
        "jsonl": export_jsonl, "tmx": export_tmx, "parquet": export_parquet, "spacy": export_spacy,
    }
    if fmt not in writers:
        from align.errors import InputError

        raise InputError(f"unknown export format {fmt!r}: use one of {', '.join(FORMATS)}")
    return writers[fmt](iter_pairs(conn, ids), Path(out), **kwargs)


def _provenance() -> dict[str, Any]:
    from align import __version__

    return {"creator": "align", "align_version": __version__, "schema_version": SCHEMA_VERSION}


def bead_texts(bitext: Bitext) -> Iterator[tuple[int, str, str]]:
    """``(bead index, source text, target text)``; several sentences are joined as the text between them."""
    for i, bead in enumerate(bitext.beads):
        yield i, _span_text(bitext.src, bead.src), _span_text(bitext.tgt, bead.tgt)


def _span_text(doc: Document, ids: list[int]) -> str:
    """Text of a bead's sentences: the original text between them, or a joiner where a paragraph break was."""
    if not ids:
        return ""
    ids = sorted(ids)
    parts = [doc.sentence_text(ids[0])]
    for prev, cur in itertools.pairwise(ids):
        gap = doc.text[doc.sentences[prev].end : doc.sentences[cur].start]
        parts.append(gap if "\n" not in gap else ("" if doc.lang in ("ja", "zh") else " "))
        parts.append(doc.sentence_text(cur))
    return "".join(parts)


# --- JSONL ------------------------------------------------------------------------------------


def export_jsonl(pairs: Iterator[tuple[int, Bitext]], out: Path) -> dict[str, int]:
    """One pair per line: ``{"pair_id": …, "bitext": Bitext.to_dict()}``."""
    n = 0
    with out.open("w", encoding="utf-8") as fh:
        for pair_id, bitext in pairs:
            fh.write(json.dumps({"pair_id": pair_id, "bitext": bitext.to_dict()}, ensure_ascii=False) + "\n")
            n += 1
    return {"pairs": n}


def read_jsonl(path: str | Path) -> Iterator[tuple[int, Bitext]]:
    """Read back an export written by :func:`export_jsonl`."""
    with Path(path).open(encoding="utf-8") as fh:
        for line in fh:
            record = json.loads(line)
            yield record["pair_id"], Bitext.from_dict(record["bitext"])


# --- TMX --------------------------------------------------------------------------------------

_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def export_tmx(pairs: Iterator[tuple[int, Bitext]], out: Path, include_null: bool = False) -> dict[str, int]:
    """TMX 1.4b; omissions/additions (one empty side) are left out unless ``include_null``."""
    from lxml import etree

    units = 0
    header: dict[str, str] | None = None
    with etree.xmlfile(str(out), encoding="utf-8") as xf:
        xf.write_declaration()
        with xf.element("tmx", version="1.4"):
            for pair_id, bitext in pairs:
                if header is None:  # srclang comes from the first pair
                    header = {"creationtool": "align", "creationtoolversion": _provenance()["align_version"],
                              "datatype": "plaintext", "segtype": "sentence", "adminlang": "en",
                              "srclang": bitext.src.lang, "o-tmf": "align-corpus"}
                    xf.write(etree.Element("header", header))
                    body = xf.element("body")
                    body.__enter__()
                for i, src, tgt in bead_texts(bitext):
                    if not include_null and not (src and tgt):
                        continue
                    xf.write(_tu(etree, pair_id, i, bitext, src, tgt))
                    units += 1
            if header is None:
                xf.write(etree.Element("header", {"creationtool": "align", "datatype": "plaintext", "segtype": "sentence",
                                                  "adminlang": "en", "srclang": "*all*", "o-tmf": "align-corpus"}))
                xf.write(etree.Element("body"))
            else:
                body.__exit__(None, None, None)
    return {"units": units}


def _tu(etree: Any, pair_id: int, i: int, bitext: Bitext, src: str, tgt: str) -> Any:
    bead = bitext.beads[i]
    tu = etree.Element("tu", {"tuid": f"{pair_id}-{i}"})
    for name, value in (("x-pair", pair_id), ("x-bead", i), ("x-kind", bead.kind), ("x-score", f"{bead.score:.6g}"),
                        ("x-confidence", f"{bead.confidence:.6g}")):
        prop = etree.SubElement(tu, "prop", {"type": name})
        prop.text = str(value)
    for lang, text in ((bitext.src.lang, src), (bitext.tgt.lang, tgt)):
        tuv = etree.SubElement(tu, "tuv", {_XML_LANG: lang})
        seg = etree.SubElement(tuv, "seg")
        seg.text = _xml_safe(text)
    return tu


def _xml_safe(text: str) -> str:
    """Drop characters XML 1.0 cannot carry (control characters other than tab/newline)."""
    return "".join(ch for ch in text if ch in "\t\n\r" or ord(ch) >= 0x20) if any(ord(c) < 0x20 for c in text) else text


def read_tmx(path: str | Path) -> Iterator[dict[str, Any]]:
    """Stream the units of a TMX file as ``{"tuid", "props", "segs": {lang: text}}``."""
    from lxml import etree

    for _, tu in etree.iterparse(str(path), tag="tu"):
        props = {p.get("type"): p.text for p in tu.findall("prop")}
        segs = {tuv.get(_XML_LANG): (tuv.findtext("seg") or "") for tuv in tu.findall("tuv")}
        yield {"tuid": tu.get("tuid"), "props": props, "segs": segs}
        tu.clear()


# --- Parquet ----------------------------------------------------------------------------------


def _bead_schema() -> Any:
    import pyarrow as pa

    return pa.schema([
        ("pair_id", pa.int64()), ("bead", pa.int32()), ("kind", pa.string()), ("score", pa.float64()),
        ("confidence", pa.float64()), ("src_lang", pa.string()), ("tgt_lang", pa.string()),
        ("src_ids", pa.list_(pa.int32())), ("tgt_ids", pa.list_(pa.int32())), ("src_text", pa.string()),
        ("tgt_text", pa.string()), ("src_entities", pa.int32()), ("tgt_entities", pa.int32()),
        ("src_path", pa.string()), ("tgt_path", pa.string()),
    ])


def export_parquet(pairs: Iterator[tuple[int, Bitext]], out: Path, row_group: int = 50_000) -> dict[str, int]:
    """One row per bead (null beads included: their empty side is ``""``), in row groups of ``row_group``."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:
        from align.errors import AlignError

        raise AlignError("the parquet export needs pyarrow: pip install 'pyarrow>=15'") from exc

    schema = _bead_schema().with_metadata({b"align": json.dumps(_provenance()).encode()})
    columns: dict[str, list] = {name: [] for name in schema.names}
    rows = 0
    with pq.ParquetWriter(str(out), schema, compression="zstd") as writer:
        for pair_id, bitext in pairs:
            src_count = _entities_per_sentence(bitext.src)
            tgt_count = _entities_per_sentence(bitext.tgt)
            for i, src, tgt in bead_texts(bitext):
                bead = bitext.beads[i]
                for name, value in (("pair_id", pair_id), ("bead", i), ("kind", bead.kind), ("score", bead.score),
                                    ("confidence", bead.confidence), ("src_lang", bitext.src.lang), ("tgt_lang", bitext.tgt.lang),
                                    ("src_ids", bead.src), ("tgt_ids", bead.tgt), ("src_text", src), ("tgt_text", tgt),
                                    ("src_entities", sum(src_count.get(s, 0) for s in bead.src)),
                                    ("tgt_entities", sum(tgt_count.get(t, 0) for t in bead.tgt)),
                                    ("src_path", bitext.src.meta.get("source", "")), ("tgt_path", bitext.tgt.meta.get("source", ""))):
                    columns[name].append(value)
                rows += 1
            if len(columns["pair_id"]) >= row_group:
                writer.write_table(pa.table(columns, schema=schema))
                columns = {name: [] for name in schema.names}
        if columns["pair_id"] or rows == 0:
            writer.write_table(pa.table(columns, schema=schema))
    return {"rows": rows}


def _entities_per_sentence(doc: Document) -> dict[int, int]:
    from align.store.writer import sentence_of

    where = sentence_of(doc)
    counts: dict[int, int] = {}
    for e in doc.entities:
        s = where(e.start)
        if s is not None:
            counts[s] = counts.get(s, 0) + 1
    return counts


# --- spaCy DocBin -----------------------------------------------------------------------------


def export_spacy(pairs: Iterator[tuple[int, Bitext]], out: Path, shard_size: int = 1000) -> dict[str, int]:
    """``out/<lang>/<lang>-NNNN.spacy`` shards of ``shard_size`` documents, with entities and sentence starts.

    Docs are built on our own tokens, cut further at every entity edge, so
    each entity keeps its exact characters (no ``expand``/``contract``) and
    ``doc.text`` equals the stored text. Overlapping entities cannot live in
    ``doc.ents``: the longest is kept, and the count of dropped ones returned.
    """
    from align.spacy_models import import_spacy

    spacy = import_spacy()
    from spacy.tokens import DocBin

    out.mkdir(parents=True, exist_ok=True)
    vocabs: dict[str, Any] = {}
    bins: dict[str, DocBin] = {}
    shards: dict[str, int] = {}
    counts = {"docs": 0, "entities": 0, "dropped_overlapping": 0}

    def flush(lang: str) -> None:
        folder = out / lang
        folder.mkdir(exist_ok=True)
        bins[lang].to_disk(folder / f"{lang}-{shards.get(lang, 0):04d}.spacy")
        shards[lang] = shards.get(lang, 0) + 1
        bins[lang] = DocBin(store_user_data=True)

    for pair_id, bitext in pairs:
        for side, doc in (("src", bitext.src), ("tgt", bitext.tgt)):
            if doc.lang not in vocabs:
                vocabs[doc.lang] = spacy.blank("xx").vocab  # a vocab only: no language tokenizer (no sudachi needed)
                bins[doc.lang] = DocBin(store_user_data=True)
            sdoc, kept, dropped = to_spacy_doc(vocabs[doc.lang], doc)
            sdoc.user_data.update({"pair_id": pair_id, "side": side, "lang": doc.lang, "source": doc.meta.get("source", "")})
            bins[doc.lang].add(sdoc)
            counts["docs"] += 1
            counts["entities"] += kept
            counts["dropped_overlapping"] += dropped
            if len(bins[doc.lang]) >= shard_size:
                flush(doc.lang)
    for lang, docbin in bins.items():
        if len(docbin):
            flush(lang)
    return counts


def to_spacy_doc(vocab: Any, doc: Document) -> tuple[Any, int, int]:
    """A spaCy ``Doc`` with exactly ``doc.text``, our sentence starts and our entities; returns (doc, kept, dropped)."""
    from spacy.tokens import Doc, Span

    ents = _non_overlapping([span for e in doc.entities if (span := _stripped(doc.text, e.start, e.end, e.label))])
    cuts = {0, len(doc.text)}
    for t in doc.tokens:
        cuts.update((t.start, t.end))
    for s in doc.sentences:
        cuts.update((s.start, s.end))
    for a, b, _ in ents:
        cuts.update((a, b))
    words, spaces, starts = _words(doc.text, sorted(c for c in cuts if 0 <= c <= len(doc.text)))
    sent_at = {s.start for s in doc.sentences}
    sdoc = Doc(vocab, words=words, spaces=spaces,
               sent_starts=[bool(i == 0 or st in sent_at) for i, st in enumerate(starts)])
    index = {st: i for i, st in enumerate(starts)}
    ends = {st + len(w): i for i, (st, w) in enumerate(zip(starts, words, strict=True))}
    sdoc.ents = [Span(sdoc, index[a], ends[b] + 1, label=label) for a, b, label in ents]
    return sdoc, len(ents), len(doc.entities) - len(ents)


def _stripped(text: str, start: int, end: int, label: str) -> tuple[int, int, str] | None:
    """An entity span without edge whitespace (a token boundary cannot sit inside a space flag)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end, label) if end > start else None


def _non_overlapping(ents: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    kept: list[tuple[int, int, str]] = []
    for a, b, label in sorted(ents, key=lambda e: (-(e[1] - e[0]), e[0])):
        if all(b <= ka or a >= kb for ka, kb, _ in kept):
            kept.append((a, b, label))
    return sorted(kept)


def _words(text: str, cuts: list[int]) -> tuple[list[str], list[bool], list[int]]:
    """Tokens between consecutive cuts, whitespace handled the spaCy way (one trailing space is a flag)."""
    words: list[str] = []
    spaces: list[bool] = []
    starts: list[int] = []
    for a, b in itertools.pairwise(cuts):
        piece = text[a:b]
        pos = a
        # split a piece into non-space runs and space runs
        i = 0
        while i < len(piece):
            j = i
            if piece[i].isspace():
                while j < len(piece) and piece[j].isspace():
                    j += 1
                run = piece[i:j]
                if words and not spaces[-1] and run[0] == " " and starts[-1] + len(words[-1]) == pos + i:
                    spaces[-1] = True  # one space after a word is that word's trailing space
                    run = run[1:]
                    i += 1
                if run:
                    words.append(run)
                    spaces.append(False)
                    starts.append(pos + i)
            else:
                while j < len(piece) and not piece[j].isspace():
                    j += 1
                words.append(piece[i:j])
                spaces.append(False)
                starts.append(pos + i)
            i = j
    return words, spaces, starts
