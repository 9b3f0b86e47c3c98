"""A built wheel carries the data the code loads from ``models/`` (gazetteer, classifier, calibrations)."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

from align.resources import MODELS_DIR

ROOT = Path(__file__).resolve().parents[1]


def test_wheel_contains_the_shipped_models(tmp_path):
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(tmp_path), str(ROOT)],
        check=True,
        capture_output=True,
        cwd=tmp_path,
    )
    (wheel,) = tmp_path.glob("align-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    shipped = [p for p in MODELS_DIR.rglob("*") if p.suffix in {".tsv", ".json", ".npz"}]
    assert any(p.parent.name == "gazetteer" for p in shipped)
    missing = [str(p.relative_to(MODELS_DIR)) for p in shipped if f"align/_models/{p.relative_to(MODELS_DIR)}" not in names]
    assert not missing, missing
