"""A statement's label tells what was said: "He said" alone gives a reader nothing to go on in a timeline.
Short articles written for these tests, in varied wording."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_extract_news import load_articles
from timelinekg.schema.merge import SPEECH_TYPES

pytest.importorskip("spacy")


@pytest.mark.parametrize(
    ("body", "said_words"),
    [
        (
            "The mayor of Tarnow toured the flooded district on Monday. He said the levees would be rebuilt by spring.",
            "levees would be rebuilt",
        ),
        (
            "A spokeswoman for the regional utility said on Tuesday that power had been restored to most homes.",
            "power had been restored",
        ),
        (
            "Speaking after the final on Sunday, coach Marta Ilves said the title belonged to the fans.",
            "title belonged to the fans",
        ),
    ],
)
def test_a_bare_verb_of_saying_is_labelled_with_what_was_said(tmp_path: Path, body: str, said_words: str) -> None:
    events = load_articles(tmp_path, {"a.md": ("2025-04-08", body)})
    labels = [e.label for e in events if e.type in SPEECH_TYPES]
    assert any(said_words in label for label in labels), labels


def test_a_denial_that_names_what_it_denies_keeps_its_own_clause(tmp_path: Path) -> None:
    body = "Kenya's interior ministry denied the report on Wednesday, saying no troops had crossed the border."
    events = load_articles(tmp_path, {"a.md": ("2025-04-09", body)})
    labels = [e.label for e in events]
    assert any("denied the report" in label for label in labels), labels
