"""Build ``gold.jsonl`` from the hand-written ``annotations.txt``.

The annotations were written by reading each English line and its Japanese
translation (see GUIDELINES.md); this script only expands the compact notation
and attaches the sentence texts, so the gold can be reviewed line by line.

    .venv/bin/python corpus/claims-gold/build_gold.py [--data /work/shared/data/dev]
    .venv/bin/python corpus/claims-gold/build_gold.py --source annotations_train_a.txt --out train_a.jsonl
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = HERE.parent / "nds-us-korea-alliance.ja.txt"
TYPES = {"C": "commitment", "PP": "policy_position", "A": "assessment", "PR": "prediction", "R": "recommendation",
         "F": "factual_statistic", "-": None}


def parse_fields(spec: str) -> dict[str, str]:
    """``"PP; h=X; neg"`` → ``{"type": "PP", "h": "X", "neg": "1"}``."""
    parts = [p.strip() for p in spec.split(";") if p.strip()]
    out: dict[str, str] = {}
    for i, part in enumerate(parts):
        if i == 0 and part in TYPES:
            out["type"] = part
        elif "=" in part:
            key, value = part.split("=", 1)
            out[key.strip()] = value.strip()
        else:
            out[part] = "1"
    return out


def record(fields: dict[str, str], prefix: str = "") -> dict:
    """One claim annotation from parsed fields (``prefix="j"`` reads the Japanese override keys)."""
    code = fields.get(prefix + "type") if prefix else fields.get("type")
    deontic = fields.get(prefix + "d", "")
    return {
        "claim": TYPES[code] is not None,
        "type": TYPES[code],
        "holder": fields.get(prefix + "h", "author"),
        "actor": fields.get(prefix + "a", ""),
        "certainty": fields.get(prefix + "cert", "certain"),
        "deontic": "" if deontic == "none" else deontic,
        "negated": fields.get(prefix + "neg", "0") == "1",
        "attributed_to": fields.get(prefix + "att", ""),
    }


def ja_record(en: dict, over: dict[str, str]) -> dict:
    """The Japanese annotation: the English one with the ``j*`` overrides applied."""
    rec = dict(en)
    rec["actor"] = ""  # actors were annotated on the English side only
    if "jt" in over:
        rec["type"] = TYPES[over["jt"]]
        rec["claim"] = rec["type"] is not None
    if "jh" in over:
        rec["holder"] = over["jh"]
    elif en["claim"] and en["holder"] not in ("author", "unnamed"):
        raise ValueError(f"missing jh for named English holder {en['holder']!r}")
    for key, field in (("jcert", "certainty"), ("jatt", "attributed_to")):
        if key in over:
            rec[field] = over[key]
    if "jd" in over:
        rec["deontic"] = "" if over["jd"] == "none" else over["jd"]
    if "jneg" in over:
        rec["negated"] = over["jneg"] == "1"
    if not rec["claim"]:
        rec.update(holder="", certainty="", deontic="", negated=False, attributed_to="")
    return rec


def seed_sentences() -> list[str]:
    """Seed article sentences exactly as the pipeline segments them."""
    from align.readers import read_document
    from align.segment import segment_document

    return segment_document(read_document(str(SEED), "ja")).sentence_texts()


def build(data: Path, source: str = "annotations.txt") -> list[dict]:
    """Expand an annotation file into one record per (document, language, sentence)."""
    rows: list[dict] = []
    doc = ""
    seed_only = False
    lines: dict[str, list[str]] = {}
    for raw in (HERE / source).read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("@doc"):
            parts = line.split()
            doc, seed_only = parts[1], len(parts) > 2
            if seed_only:
                lines = {"ja": seed_sentences()}
            else:
                base = data / doc
                lines = {lang: base.with_suffix(base.suffix + "." + lang).read_text(encoding="utf-8").splitlines()
                         for lang in ("en", "ja")}
                beads = base.with_suffix(base.suffix + ".align").read_text(encoding="utf-8").split()
                if any(b.count(",") for b in beads):
                    raise ValueError(f"{doc}: gold assumes 1-1 beads")
            continue
        head, _, spec = line.partition(" ")
        index = int(head)
        en_spec, _, ja_spec = spec.partition("|")
        fields = parse_fields(en_spec)
        over = parse_fields(ja_spec)
        base_rec = record(fields)
        if not base_rec["claim"]:
            base_rec.update(holder="", certainty="", deontic="", negated=False, attributed_to="")
        if seed_only:
            rows.append({"doc": doc, "lang": "ja", "sentence": index, "bead": None, "text": lines["ja"][index], **base_rec})
            continue
        rows.append({"doc": doc, "lang": "en", "sentence": index, "bead": index, "text": lines["en"][index], **base_rec})
        rows.append({"doc": doc, "lang": "ja", "sentence": index, "bead": index, "text": lines["ja"][index],
                     **ja_record(base_rec, over)})
    check_complete(rows, lines_by_doc(rows))
    return rows


def lines_by_doc(rows: list[dict]) -> dict[tuple[str, str], list[int]]:
    """Sentence indices annotated per (doc, lang)."""
    seen: dict[tuple[str, str], list[int]] = {}
    for r in rows:
        seen.setdefault((r["doc"], r["lang"]), []).append(r["sentence"])
    return seen


def check_complete(rows: list[dict], seen: dict[tuple[str, str], list[int]]) -> None:
    """Every document must be annotated line by line, with no gaps: unmarked means 'not a claim', never 'skipped'."""
    for (doc, lang), idx in seen.items():
        if idx != list(range(len(idx))):
            raise ValueError(f"{doc}/{lang}: annotated lines are not 0..n-1")


def main() -> None:
    """Write every part here: gold.jsonl, dev2.jsonl, heldout.jsonl … heldout5.jsonl and train_a.jsonl … train_e.jsonl."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", default="/work/shared/data/dev", type=Path)
    ap.add_argument("--source", help="build only this annotation file (name in this directory); needs --out")
    ap.add_argument("--out", type=Path, help="output jsonl for --source (relative paths are relative to this directory)")
    args = ap.parse_args()
    if bool(args.source) != bool(args.out):
        ap.error("--source and --out go together")
    parts = ((args.source, args.out),) if args.source else (
        ("annotations.txt", "gold.jsonl"), ("annotations_dev2.txt", "dev2.jsonl"),
        ("annotations_heldout.txt", "heldout.jsonl"), ("annotations_heldout2.txt", "heldout2.jsonl"),
        ("annotations_heldout3.txt", "heldout3.jsonl"), ("annotations_heldout4.txt", "heldout4.jsonl"),
        ("annotations_heldout5.txt", "heldout5.jsonl"),
        *((f"annotations_train_{x}.txt", f"train_{x}.jsonl") for x in "abcde"))
    for source, target in parts:
        if not (HERE / source).exists():
            continue
        rows = build(args.data, source)
        with open(HERE / target, "w", encoding="utf-8") as fh:
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        n_claims = sum(r["claim"] for r in rows)
        print(f"{len(rows)} sentences ({n_claims} claims) written to {HERE / target}")


if __name__ == "__main__":
    main()
