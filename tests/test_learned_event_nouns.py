"""The event nouns the extractor learned from news annotation are what the committed script makes of the data."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.conftest import REPO, SHARED

TBAQ = SHARED / "data" / "dev" / "tbaq"


def test_learned_event_nouns_file_is_reproducible() -> None:
    if not TBAQ.exists():
        pytest.skip("shared tbaq data not available")
    made = subprocess.run(
        [sys.executable, str(REPO / "scripts" / "learn_event_nouns.py"), str(TBAQ)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    committed = REPO / "src" / "timelinekg" / "nlp" / "extract" / "lexicon" / "learned_event_nouns.tsv"
    assert made == committed.read_text(encoding="utf-8")
