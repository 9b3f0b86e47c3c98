"""Shared fixtures: the seed article and the dev data location."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# a check that crashes fails its test instead of being reported as "skipped: failed" (align.qa.runner.STRICT_ENV)
os.environ.setdefault("ALIGN_STRICT_CHECKS", "1")

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "corpus" / "nds-us-korea-alliance.ja.txt"
#: ../shared/data beside the checkout (CI lays it there too).
DEV = ROOT.parent / "shared" / "data" / "dev"


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return SEED


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def dev_dir() -> Path:
    if not DEV.is_dir():
        pytest.skip(f"dev data not found at {DEV}")
    return DEV
