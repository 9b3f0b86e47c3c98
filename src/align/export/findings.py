"""Findings as JSON, CSV or XLSX, one row per finding with the flagged text on each side.

The text of each span is written out so a reviewer's spreadsheet is
readable without the documents; offsets stay for tools that want them.
"""

from __future__ import annotations

import csv
import json
from datetime import UTC, datetime
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

from align.errors import InputError, MissingModelError
from align.model import Bitext, Document
from align.qa.base import Finding
from align.qa.score import summarize

COLUMNS = ("id", "check", "category", "severity", "bead", "message", "source_text", "target_text", "src_spans", "tgt_spans")


def _tool_version() -> str:
    try:
        return version("align")
    except PackageNotFoundError:  # pragma: no cover - running from a checkout
        return "unknown"


def findings_rows(findings: list[Finding], bitext: Bitext | None = None, doc: Document | None = None) -> list[dict[str, Any]]:
    """Flat rows (see ``COLUMNS``) with the flagged source/target text."""
    tgt = bitext.tgt if bitext is not None else doc
    src = bitext.src if bitext is not None else None
    rows = []
    for i, f in enumerate(findings):
        rows.append(
            {
                "id": i,
                "check": f.check,
                "category": f.category,
                "severity": f.severity,
                "bead": "" if f.bead is None else f.bead,
                "message": f.message,
                "source_text": " | ".join(src.text[a:b] for a, b in f.src_spans) if src is not None else "",
                "target_text": " | ".join(tgt.text[a:b] for a, b in f.tgt_spans) if tgt is not None else "",
                "src_spans": json.dumps(f.src_spans),
                "tgt_spans": json.dumps(f.tgt_spans),
            }
        )
    return rows


def write_findings(
    path: str | Path,
    findings: list[Finding],
    bitext: Bitext | None = None,
    doc: Document | None = None,
    skipped: dict[str, str] | None = None,
) -> Path:
    """Write findings by the file's extension: ``.json``, ``.csv``/``.tsv`` or ``.xlsx``."""
    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    suffix = out.suffix.lower()
    rows = findings_rows(findings, bitext, doc)
    if suffix == ".json":
        tgt = bitext.tgt if bitext is not None else doc
        payload = {
            "tool": {"name": "align", "version": _tool_version()},
            "created": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "summary": summarize(findings, tgt) if tgt is not None else {},
            "skipped_checks": skipped or {},
            "findings": [
                dict(f.to_dict(), id=r["id"], source_text=r["source_text"], target_text=r["target_text"])
                for f, r in zip(findings, rows, strict=True)
            ],
        }
        out.write_text(json.dumps(payload, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    elif suffix in (".csv", ".tsv"):
        # utf-8-sig: Excel opens a BOM-less UTF-8 CSV as Shift_JIS on Japanese Windows
        with out.open("w", encoding="utf-8-sig", newline="") as fh:
            writer = csv.DictWriter(fh, fieldnames=COLUMNS, dialect="excel-tab" if suffix == ".tsv" else "excel")
            writer.writeheader()
            writer.writerows(rows)
    elif suffix == ".xlsx":
        _write_xlsx(out, rows)
    else:
        raise InputError(f"unknown findings format {suffix!r}: use .json, .csv, .tsv or .xlsx")
    return out


def _write_xlsx(out: Path, rows: list[dict[str, Any]]) -> None:
    try:
        from openpyxl import Workbook
        from openpyxl.styles import Alignment, Font
    except ImportError as exc:
        raise MissingModelError("XLSX export needs openpyxl: pip install openpyxl==3.1.5") from exc
    wb = Workbook()
    ws = wb.active
    ws.title = "findings"
    ws.append(list(COLUMNS))
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for r in rows:
        ws.append([r[c] for c in COLUMNS])
    widths = {"message": 60, "source_text": 40, "target_text": 40, "check": 20, "category": 22}
    for i, name in enumerate(COLUMNS, start=1):
        ws.column_dimensions[ws.cell(1, i).column_letter].width = widths.get(name, 10)
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = ws.dimensions
    wb.save(out)
