"""Manifests: the list of document pairs a batch run processes.

CSV and TSV need a header with a source and a target column (``src``/``tgt``,
``source``/``target`` or ``src_path``/``tgt_path``); every other column is
metadata stored with the pair. JSONL has one object per line with the same
keys (a nested ``meta`` object is merged into the metadata). Relative paths
are relative to the manifest's folder, so a manifest can travel with its files.
"""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from align.errors import InputError

SRC_KEYS = ("src", "source", "src_path", "source_path")
TGT_KEYS = ("tgt", "target", "tgt_path", "target_path")


@dataclass(slots=True)
class ManifestRow:
    """One document pair to process, with its line number for error messages."""

    src: str
    tgt: str
    meta: dict[str, Any] = field(default_factory=dict)
    line: int = 0


def read_manifest(path: str | Path) -> list[ManifestRow]:
    """Parse a CSV, TSV or JSONL manifest (chosen by extension; ``.txt`` is read as TSV)."""
    path = Path(path)
    if not path.is_file():
        raise InputError(f"{path}: no such manifest")
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".ndjson"):
        rows = _read_jsonl(path)
    elif suffix in (".csv", ".tsv", ".txt", ".tab"):
        rows = _read_table(path, "," if suffix == ".csv" else "\t")
    else:
        raise InputError(f"{path}: unknown manifest format {suffix!r}: use .csv, .tsv or .jsonl")
    base = path.parent
    for row in rows:
        row.src = str(_resolve(base, row.src))
        row.tgt = str(_resolve(base, row.tgt))
    if not rows:
        raise InputError(f"{path}: the manifest lists no pairs")
    return rows


def _resolve(base: Path, name: str) -> Path:
    p = Path(name).expanduser()
    return p if p.is_absolute() else (base / p)


def _split(record: dict[str, Any], where: str) -> ManifestRow:
    lowered = {str(k).strip().lower(): k for k in record}
    src_key = next((lowered[k] for k in SRC_KEYS if k in lowered), None)
    tgt_key = next((lowered[k] for k in TGT_KEYS if k in lowered), None)
    if src_key is None or tgt_key is None:
        raise InputError(f"{where}: needs a source and a target column ({SRC_KEYS[0]}, {TGT_KEYS[0]})")
    src, tgt = record[src_key], record[tgt_key]
    if not src or not tgt:
        raise InputError(f"{where}: empty source or target path")
    meta = {k: v for k, v in record.items() if k not in (src_key, tgt_key, "meta") and v not in (None, "")}
    if isinstance(record.get("meta"), dict):
        meta.update(record["meta"])
    return ManifestRow(str(src), str(tgt), meta)


def _read_table(path: Path, delimiter: str) -> list[ManifestRow]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        reader = csv.DictReader(fh, delimiter=delimiter)
        rows = []
        for record in reader:
            if not any((v or "").strip() for v in record.values() if isinstance(v, str)):
                continue
            row = _split({k: v for k, v in record.items() if k is not None}, f"{path}:{reader.line_num}")
            row.line = reader.line_num
            rows.append(row)
    return rows


def _read_jsonl(path: Path) -> list[ManifestRow]:
    rows = []
    with path.open(encoding="utf-8-sig") as fh:
        for number, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(f"{path}:{number}: not JSON ({exc.msg})") from exc
            if not isinstance(record, dict):
                raise InputError(f"{path}:{number}: expected a JSON object")
            row = _split(record, f"{path}:{number}")
            row.line = number
            rows.append(row)
    return rows
