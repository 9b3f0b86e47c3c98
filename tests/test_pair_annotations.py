"""``align pair`` output carries the entity, quantity and claim links of each bead."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from align.model import Bitext


@pytest.fixture(scope="module")
def small_pair(tmp_path_factory, dev_dir):
    """The first four sentences of a real dev news pair (presegmented)."""
    folder = tmp_path_factory.mktemp("pair")
    paths = []
    for lang in ("en", "ja"):
        lines = (dev_dir / "ntrex128" / f"cbsnews.248411.{lang}").read_text(encoding="utf-8").splitlines()[:4]
        path = folder / f"doc.{lang}"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        paths.append(path)
    return paths


def _pair(*args):
    out = subprocess.run([sys.executable, "-m", "align.cli.main", "pair", *map(str, args), "--presegmented", "--quiet"],
                         capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    return out.stdout


def test_jsonl_beads_carry_linked_names_and_numbers(small_pair):
    rows = [json.loads(line) for line in _pair(*small_pair).splitlines()]
    assert [r["kind"] for r in rows] == ["1-1"] * 4
    links = rows[1]["links"]
    people = [(x["src"]["text"], x["tgt"]["text"]) for x in links if x["layer"] == "quantity" and x["src"] and x["tgt"]]
    assert ("47", "47 人") in people or any(s.startswith("47") and t.startswith("47") for s, t in people)
    names = {(x["src"]["text"], x["tgt"]["text"]) for x in rows[2]["links"] if x["layer"] == "entity" and x["src"] and x["tgt"]}
    assert ("Air Niugini", "エア ニウギニ") in names
    # the claim of the third sentence ("Air Niugini said ...") is linked across the bead
    assert any(x["layer"] == "claim" and x["src"] and x["tgt"] for x in rows[2]["links"])


def test_json_format_is_the_whole_annotated_pair(small_pair):
    bitext = Bitext.from_dict(json.loads(_pair(*small_pair, "--format", "json")))
    assert len(bitext.beads) == 4
    assert bitext.src.entities and bitext.tgt.entities and bitext.src.claims
    assert {link.layer for link in bitext.links} >= {"entity", "quantity", "claim"}


def test_no_annotate_gives_beads_only(small_pair):
    rows = [json.loads(line) for line in _pair(*small_pair, "--no-annotate").splitlines()]
    assert all(r["links"] == [] for r in rows)
