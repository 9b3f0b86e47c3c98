"""Where the data shipped with the package lives (gazetteers, classifier weights, calibrations).

The files are kept in the repository's ``models/`` directory, where people
edit and retrain them; ``src/align/_models`` is a symlink to it, so the same
path works from a source checkout, an editable install and a built wheel
(setuptools copies the linked files into the wheel as ``align/_models``).
"""

from __future__ import annotations

from pathlib import Path

MODELS_DIR = Path(__file__).resolve().parent / "_models"


def model_path(*parts: str) -> Path:
    """Path of a shipped model file or directory, e.g. ``model_path("gazetteer")``."""
    return MODELS_DIR.joinpath(*parts)
