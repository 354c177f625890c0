"""Learned emission of ambiguous reference words: the neighbour classes counted from the tbaq dev part.

The sentences are written for these tests (no development text): each class of neighbour gets several
wordings, and the mechanism that reads the learned rows is checked with a table of its own, so the tests do not
depend on what the current dev counts happen to say.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest

from timelinekg.nlp.timex import lexicon as lx
from timelinekg.nlp.timex import tag

DCT = dt.date(2031, 3, 14)


def values(text: str, mode: str = "news") -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, DCT, mode)]


def after(text: str, phrase: str) -> str:
    """The class of the token after the first ``phrase`` in ``text``."""
    return lx.next_word_class(text, text.index(phrase) + len(phrase))


# class 1: the token after a reference word
@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        ("The mill now employs 40 people.", "now", "WORD"),
        ("Engineers are now testing the new pumps.", "now", "VERB"),
        ("The fleet now flagged for repairs sails in May.", "now", "VERB"),
        ("Who speaks for the future of the valley?", "the future", "of"),
        ("The ferry runs now that the ice has gone.", "now", "that"),
        ("Wages rose, and now the council is worried.", "now", "DET"),
        ("The mayor says now is the moment to act.", "now", "AUX"),
        ("Currently Harbour Lines owns two tugs.", "Currently", "NAME"),
        ("Rents are high now, tenants say.", "now", ","),
        ("Nobody is counting now.", "now", "PUNCT"),
        ("Stop now", "now", "END"),
    ],
)
def test_next_word_class(text: str, phrase: str, expected: str) -> None:
    assert after(text, phrase) == expected


# class 2: an auxiliary or copula before the phrase is a context of its own
@pytest.mark.parametrize(
    ("text", "phrase", "has_aux"),
    [
        ("The bridge is now closed to lorries.", "now", True),
        ("Both unions have recently signed the deal.", "recently", True),
        ("The yard will now build ferries.", "now", True),
        ("The yard now builds ferries.", "now", False),
        ("Until now the yard built tugs.", "now", False),
    ],
)
def test_auxiliary_before_is_a_context(text: str, phrase: str, has_aux: bool) -> None:
    start = text.index(phrase)
    contexts = lx.neighbour_contexts(text, start, start + len(phrase))
    assert ("after AUX" in contexts) is has_aux
    assert contexts[0].startswith("next ")


# class 3: news mode follows a neighbour row the way it follows a position row
def _table(rows: dict[str, tuple[int, int]]) -> dict[str, lx.LearnedWord]:
    return {phrase: lx.LearnedWord(seen, marked, Counter()) for phrase, (seen, marked) in rows.items()}


@pytest.fixture
def rare_after_auxiliary(monkeypatch: pytest.MonkeyPatch) -> None:
    """A table where "now" is marked in most uses but rarely behind an auxiliary."""
    table = _table({"now": (40, 32), "now | after AUX": (10, 2)})
    monkeypatch.setattr(lx, "learned_words", lambda: table)


@pytest.mark.usefixtures("rare_after_auxiliary")
@pytest.mark.parametrize(
    "text",
    [
        "The old customs house is now a museum.",
        "Fishermen are now landing less cod.",
        "The committee will now hear the appeal.",
    ],
)
def test_a_rarely_marked_neighbour_row_leaves_the_word_untagged(text: str) -> None:
    assert ("now", "PRESENT_REF") not in values(text)


@pytest.mark.usefixtures("rare_after_auxiliary")
@pytest.mark.parametrize(
    "text",
    [
        "The old customs house now holds a museum.",
        "For now, fishermen land less cod.",
        "The committee, meeting now in the town hall, will hear the appeal.",
    ],
)
def test_other_neighbours_keep_the_word(text: str) -> None:
    assert ("now", "PRESENT_REF") in values(text)


@pytest.mark.usefixtures("rare_after_auxiliary")
def test_narratives_ignore_the_news_rows() -> None:
    assert ("now", "PRESENT_REF") in values("The old customs house is now a museum.", mode="narrative")


# class 4: the shipped table holds the neighbour rows the learner counted, and news mode reads them
def test_shipped_table_counts_neighbour_rows() -> None:
    table = lx.learned_words()
    neighbour_rows = [row for row in table if " | next " in row or row.endswith(" | after AUX")]
    assert neighbour_rows
    for row in neighbour_rows:
        phrase = row.split(" | ")[0]
        assert table[row].seen <= table[phrase].seen  # a context never holds more uses than the phrase


@pytest.mark.parametrize(
    "text",
    [
        "The former harbour master spoke first.",
        "A former Olympic rower now runs the club.",
        "She thanked the former mayors of the town.",
    ],
)
def test_former_stays_untagged_in_news_whatever_follows(text: str) -> None:
    assert all(word != "former" for word, _ in values(text))
