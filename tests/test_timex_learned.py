"""Decisions the tagger's news mode learned from the tbaq dev part, on sentences written for these tests.

Each class is a learned decision that held up out of the documents it was counted on (``bench/timex_learned_cv.py``
for the word rows; the held-back tbaq part for the day-part row): the tests guard it with new wordings, and check
the cross-validation bench itself (fixed folds, the tagger's tables restored after each variant).
"""

from __future__ import annotations

import datetime as dt
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType

import pytest

from timelinekg.nlp.timex import lexicon as lx
from timelinekg.nlp.timex import tag

ROOT = Path(__file__).resolve().parents[1]
DCT = dt.date(2031, 3, 14)  # a Friday


def values(text: str, mode: str = "news") -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, DCT, mode)]


# class 1: "now" after "until", "for", "right" is a present reference (learned rows "now | after WORD")
@pytest.mark.parametrize(
    "text",
    [
        "The ferry has not sailed until now.",
        "The port is closed for now, officials said.",
        "Right now the grain market is calm.",
        "Up until now the mill has run one shift.",
    ],
)
def test_now_after_a_boundary_word_is_marked(text: str) -> None:
    assert ("now", "PRESENT_REF") in values(text)


# class 2: "former" is no time in news (learned row "former": never marked in its dev uses), still one in narratives
@pytest.mark.parametrize(
    "text",
    [
        "The former harbour master spoke first.",
        "A former Olympic rower runs the rowing club.",
        "She thanked the former mayors of the town.",
    ],
)
def test_former_is_left_untagged_in_news(text: str) -> None:
    assert all(word.lower() != "former" for word, _ in values(text))
    assert ("former", "PAST_REF") in values(text, mode="narrative")


# class 3: a weekday's night is valued as the day alone (learned_values.tsv "day_part night": plain 7 of 11);
# its morning keeps the part (plain 5 of 7 is no clear majority, and following it lost values on held-back text)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police said the fire started Tuesday night.", ("Tuesday night", "2031-03-11")),
        ("The council met on Wednesday night to vote.", ("Wednesday night", "2031-03-12")),
        ("Thursday night's storm cut power to the valley.", ("Thursday night", "2031-03-13")),
    ],
)
def test_a_weekday_night_is_the_day(text: str, expected: tuple[str, str]) -> None:
    assert expected in values(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officials said Tuesday morning that the road had reopened.", ("Tuesday morning", "2031-03-11TMO")),
        ("The vote is due Monday morning.", ("Monday morning", "2031-03-17TMO")),  # "is due" looks ahead
        ("Crews worked through Wednesday morning.", ("Wednesday morning", "2031-03-12TMO")),
    ],
)
def test_a_weekday_morning_keeps_its_part(text: str, expected: tuple[str, str]) -> None:
    assert expected in values(text)


# class 4: the cross-validation bench
@pytest.fixture(scope="module")
def cv() -> ModuleType:
    sys.path[:0] = [str(ROOT), str(ROOT / "scripts")]
    from bench import timex_learned_cv

    return timex_learned_cv


def test_folds_are_fixed_by_the_name(cv: ModuleType) -> None:
    names = [f"APW1998{n:04d}.tml" for n in range(200)]
    first = [cv.fold_of(name, 5) for name in names]
    assert first == [cv.fold_of(name, 5) for name in names]
    assert set(first) == set(range(5))


def test_a_variant_is_read_only_inside_its_block(cv: ModuleType) -> None:
    shipped = lx.learned_words()
    before = values("The yard now builds ferries.")
    table = {"now": lx.LearnedWord(20, 1, Counter())}  # a table where "now" is almost never marked
    with cv.reading(table, cv.Reading(cv.VARIANTS["shipped"], break_even=0.3, context_min_seen=9)):
        assert lx.BREAK_EVEN == 0.3 and lx.CONTEXT_MIN_SEEN == 9
        assert ("now", "PRESENT_REF") not in values("The yard now builds ferries.")
    assert lx.learned_words() is shipped
    assert values("The yard now builds ferries.") == before


def test_the_no_table_variant_falls_back_to_the_written_rules(cv: ModuleType) -> None:
    with cv.reading(dict(lx.learned_words()), cv.Reading(cv.VARIANTS["no table"])):
        assert lx.learned_words() == {}
        assert ("now", "PRESENT_REF") in values("The yard now builds ferries.")
        assert all(word != "former" for word, _ in values("The former yard owner spoke."))
