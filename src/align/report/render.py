"""Render QA findings over the aligned texts as one self-contained HTML file.

Everything the page needs (CSS, JS, data) is inlined, so the file opens
offline, can be mailed to a reviewer, and never fetches anything. Highlights
are computed here as flat segments (no nested tags): each segment carries the
ids of the findings, entity and claim that cover it, and the page's script
only toggles classes when the reviewer filters.
"""

from __future__ import annotations

import html
import itertools
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib.resources import files
from pathlib import Path
from typing import Any

from align.model import Bitext, Document
from align.qa.base import REGISTRY, SEVERITIES, Finding
from align.qa.score import summarize
from align.report.labels import CHECK_TITLES_JA, SEVERITY_JA

SIDES = ("src", "tgt")


@dataclass(slots=True)
class Row:
    """One line of the side-by-side table: a bead (or one sentence of a single document)."""

    index: int
    kind: str
    src: list[int]
    tgt: list[int]
    confidence: float | None


def _asset(name: str) -> str:
    return files("align.report").joinpath(name).read_text(encoding="utf-8")


def _rows(bitext: Bitext | None, doc: Document) -> list[Row]:
    if bitext is None:
        return [Row(i, "", [], [i], None) for i in range(len(doc.sentences))]
    return [Row(i, b.kind, list(b.src), list(b.tgt), b.confidence) for i, b in enumerate(bitext.beads)]


def _marks(doc: Document, side: str, findings: list[Finding]) -> list[tuple[int, int, str, str]]:
    """(start, end, layer, value) for findings, entities and claims on one side."""
    out: list[tuple[int, int, str, str]] = []
    for fid, f in enumerate(findings):
        for a, b in getattr(f, f"{side}_spans"):
            if b > a:
                out.append((a, b, "f", str(fid)))
    out += [(e.start, e.end, "ent", e.label) for e in doc.entities]
    out += [(c.start, c.end, "claim", f"{c.type}|{c.certainty}|{'neg' if c.negated else ''}") for c in doc.claims]
    return out


def _render_span(text: str, start: int, end: int, marks: list[tuple[int, int, str, str]]) -> str:
    """HTML of ``text[start:end]`` cut into flat segments by every mark boundary."""
    inside = [m for m in marks if m[0] < end and m[1] > start]
    cuts = sorted({start, end} | {max(start, min(end, x)) for m in inside for x in m[:2]})
    parts: list[str] = []
    for a, b in itertools.pairwise(cuts):
        if b <= a:
            continue
        active = [m for m in inside if m[0] <= a and m[1] >= b]
        chunk = html.escape(text[a:b])
        if not active:
            parts.append(chunk)
            continue
        attrs = []
        fids = [m[3] for m in active if m[2] == "f"]
        ents = [m[3] for m in active if m[2] == "ent"]
        claims = [m[3] for m in active if m[2] == "claim"]
        classes = ["hl"]
        if fids:
            attrs.append(f'data-f="{" ".join(fids)}"')
        if ents:
            classes.append("ent")
            attrs.append(f'data-ent="{html.escape(ents[0])}"')
        if claims:
            classes.append("claim")
            attrs.append(f'data-claim="{html.escape(claims[0])}"')
        parts.append(f'<span class="{" ".join(classes)}" {" ".join(attrs)}>{chunk}</span>')
    return "".join(parts)


def _cell(doc: Document | None, ids: list[int], marks: list[tuple[int, int, str, str]], side: str) -> str:
    if doc is None or not ids:
        return f'<td class="text {side} empty" lang="{doc.lang if doc else ""}">—</td>' if doc is not None else ""
    pieces = []
    for i in ids:
        s = doc.sentences[i]
        kind = doc.paragraphs[s.paragraph].kind if doc.paragraphs else "body"
        pieces.append(f'<span class="sent k-{kind}" data-sent="{i}">{_render_span(doc.text, s.start, s.end, marks)}</span>')
    return f'<td class="text {side}" lang="{doc.lang}">{" ".join(pieces)}</td>'


def _rows_of_finding(f: Finding, rows: list[Row], bitext: Bitext | None, doc: Document) -> list[int]:
    """Every row that shows one of the finding's spans (its bead first)."""
    out: list[int] = [f.bead] if f.bead is not None and bitext is not None else []
    for side, spans in (("tgt", f.tgt_spans), ("src", f.src_spans)):
        d = doc if bitext is None or side == "tgt" else bitext.src
        for a, _b in spans:
            for r in rows:
                if r.index not in out and any(d.sentences[i].start <= a < d.sentences[i].end for i in getattr(r, side)):
                    out.append(r.index)
    return out


def _note(fid: int, f: Finding) -> str:
    """One finding in a row's notes column: Japanese check name, severity, reason."""
    title = html.escape(CHECK_TITLES_JA.get(f.check, f.check))
    return (
        f'<li class="note sev-{f.severity}" data-fid="{fid}" title="{html.escape(f.check)} · {html.escape(f.category)}">'
        f'<b>{title}</b> <span class="badge">{f.severity}</span> {html.escape(f.message)}</li>'
    )


def _paragraph_start(doc: Document | None, ids: list[int], seen: set[int]) -> tuple[bool, str]:
    if doc is None or not ids:
        return False, ""
    para = doc.sentences[ids[0]].paragraph
    kind = doc.paragraphs[para].kind if doc.paragraphs else "body"
    new = para not in seen
    seen.add(para)
    return new, kind


def render_report(
    findings: list[Finding],
    bitext: Bitext | None = None,
    doc: Document | None = None,
    title: str = "",
    skipped: dict[str, str] | None = None,
    meta: dict[str, Any] | None = None,
) -> str:
    """The complete HTML page (a string) for ``findings`` over ``bitext`` or a single ``doc``."""
    doc = bitext.tgt if bitext is not None else doc
    if doc is None:
        raise ValueError("render_report needs a bitext or a document")
    src_doc = bitext.src if bitext is not None else None
    rows = _rows(bitext, doc)
    marks = {"tgt": _marks(doc, "tgt", findings), "src": _marks(src_doc, "src", findings) if src_doc else []}
    by_row: dict[int, list[int]] = {}
    row_of: list[int | None] = []
    for fid, f in enumerate(findings):
        shown = _rows_of_finding(f, rows, bitext, doc)
        row_of.append(shown[0] if shown else None)
        for r in shown:
            by_row.setdefault(r, []).append(fid)
    body: list[str] = []
    seen_src: set[int] = set()
    seen_tgt: set[int] = set()
    for r in rows:
        new_s, _ = _paragraph_start(src_doc, r.src, seen_src)
        new_t, kind = _paragraph_start(doc, r.tgt, seen_tgt)
        fids = by_row.get(r.index, [])
        notes = "".join(_note(i, findings[i]) for i in fids)
        conf = f'<span class="conf" title="aligner confidence">{r.confidence:.2f}</span>' if r.confidence else ""
        classes = ["bead"] + (["para"] if new_s or new_t else []) + ([f"k-{kind}"] if kind else [])
        body.append(
            f'<tr id="bead-{r.index}" class="{" ".join(classes)}" data-fids="{" ".join(map(str, fids))}">'
            f'<td class="num">{r.index}<br><span class="kind">{r.kind}</span>{conf}</td>'
            f"{_cell(src_doc, r.src, marks['src'], 'src') if src_doc is not None else ''}"
            f"{_cell(doc, r.tgt, marks['tgt'], 'tgt')}"
            f'<td class="notes"><ul>{notes}</ul></td></tr>'
        )
    summary = summarize(findings, doc)
    data = {
        "findings": [dict(f.to_dict(), id=i, row=row_of[i]) for i, f in enumerate(findings)],
        "checks": {
            cid: {
                "category": info.category,
                "severity": info.severity,
                "description": info.description,
                "bilingual": info.bilingual,
                "title_ja": CHECK_TITLES_JA.get(cid, ""),
            }
            for cid, info in REGISTRY.items()
        },
        "skipped": skipped or {},
        "summary": summary,
        "severities": list(SEVERITIES),
        "bilingual": bitext is not None,
    }
    head = _summary_html(summary, findings, skipped or {}, meta or {})
    page = _asset("template.html")
    title = title or (f"{doc.meta.get('path', '')}" if doc.meta.get("path") else "translation review")
    src_head = f"<th>source ({src_doc.lang})</th>" if src_doc is not None else ""
    replacements = {
        "{{TITLE}}": html.escape(title),
        "{{CSS}}": _asset("report.css"),
        "{{JS}}": _asset("report.js"),
        "{{DATA}}": json.dumps(data, ensure_ascii=False).replace("</", "<\\/"),
        "{{SUMMARY}}": head,
        "{{COLUMNS}}": f"<th>#</th>{src_head}<th>translation ({doc.lang})</th><th>findings</th>",
        "{{ROWS}}": "\n".join(body),
        "{{MODE}}": "bilingual" if bitext is not None else "single",
    }
    for key, value in replacements.items():
        page = page.replace(key, value)
    return page


def _summary_html(summary: dict[str, Any], findings: list[Finding], skipped: dict[str, str], meta: dict[str, Any]) -> str:
    sev = " · ".join(f'<span class="badge sev-{s}">{SEVERITY_JA[s]} {s} {summary["by_severity"].get(s, 0)}</span>' for s in SEVERITIES)
    checks = "".join(
        f'<label class="flt" title="{html.escape(REGISTRY[c].description if c in REGISTRY else "")}">'
        f'<input type="checkbox" class="f-check" value="{html.escape(c)}" checked> {html.escape(CHECK_TITLES_JA.get(c, c))} '
        f'<code>{html.escape(c)}</code> <span class="cnt" data-check="{html.escape(c)}">{n}</span></label>'
        for c, n in sorted(summary["by_check"].items())
    )
    sevs = "".join(
        f'<label class="flt"><input type="checkbox" class="f-sev" value="{s}" checked> {SEVERITY_JA[s]} {s}</label>' for s in SEVERITIES
    )
    skipped_html = "".join(
        f"<li><b>{html.escape(CHECK_TITLES_JA.get(c, c))}</b> <code>{html.escape(c)}</code>: {html.escape(r)}</li>"
        for c, r in skipped.items()
    )
    made = html.escape(meta.get("created", datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")))
    return (
        f'<div class="score"><div class="big" id="score">{summary["score"]:.1f}</div>'
        f"<div>MQM-style score: 100 − {summary['penalty_per_1000_chars']:.2f} penalty points per 1,000 characters "
        f"({summary['penalty']} points over {summary['characters']:,} characters; minor 1, major 5, critical 25)</div>"
        f'<div>{summary["findings"]} findings 指摘: {sev}</div><div class="made">generated {made}</div></div>'
        f'<div class="filters"><div><b>重大度 Severity</b> {sevs}</div><div><b>チェック Checks</b> {checks}</div>'
        f'<div><b>表示 Layers</b> <label class="flt"><input type="checkbox" id="show-ent" checked> 固有名詞 entities</label>'
        f'<label class="flt"><input type="checkbox" id="show-claim" checked> 主張 claims</label>'
        f'<label class="flt"><input type="checkbox" id="only-issues"> 指摘のある行のみ only rows with findings</label></div>'
        f'<div class="shown">showing <span id="shown-count">{len(findings)}</span> of {len(findings)} findings</div></div>'
        + (
            f'<details class="skipped"><summary>{len(skipped)} checks not run 未実行のチェック</summary><ul>{skipped_html}</ul></details>'
            if skipped
            else ""
        )
    )


def write_report(
    path: str | Path, findings: list[Finding], bitext: Bitext | None = None, doc: Document | None = None, **kwargs: Any
) -> Path:
    """Write the report to ``path`` and return it."""
    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(render_report(findings, bitext=bitext, doc=doc, **kwargs), encoding="utf-8")
    return out
