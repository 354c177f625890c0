"""Classes found in session 16 by the coordinator, each with new sentences (none from a corpus or fixture).

Counts written with an approximating word before a plural noun ("about 1200 adults", "some 1800 households",
"roughly 1400-1600 fans") are counts, not years: poll samples, crowds and casualty figures are the everyday
numbers of news, and the tagger had kept a four-digit one after "about" or "around" as a year because those
words also come before years ("in about 1990", "around 2015 the firm ...").
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.test_dates4_classes import days
from tests.test_dating_classes import THURSDAY, WEDNESDAY
from timelinekg.nlp.timex import tag

DCT = dt.date(2026, 3, 4)


def values(text: str) -> list[str]:
    return [t.value for t in tag(text, DCT, "news")]


@pytest.mark.parametrize(
    "text",
    [
        "The survey polled about 1200 adults by telephone.",
        "Around 1800 households lost power overnight.",
        "Roughly 1400 fans were turned away at the gates.",
        "Organisers said some 1600 marchers took part.",
        "Nearly 1900 applicants sat the exam.",
        "About 1500-1600 pilgrims were stranded at the border.",
        "Approximately 1100 students signed the petition.",
    ],
)
def test_an_approximate_count_before_a_plural_noun_is_no_year(text: str) -> None:
    assert [value for value in values(text) if len(value) == 4 and value.isdigit()] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In about 1990 farmers began to leave the valley.", ["1990"]),
        ("The mill closed around 1975, and workers moved to the coast.", ["1975"]),
        ("Prices have doubled since about 2010.", ["2010"]),
        ("The bridge was built around 1890.", ["1890"]),
        ("Since around 2015 tourists have crowded the old town.", ["2015"]),
    ],
)
def test_a_year_after_an_approximating_word_stays_a_year(text: str, expected: list[str]) -> None:
    assert values(text) == expected


# -- the lead's present perfect, read after probe18's sealed run ----------------------------------------------------
# dates4 dates a lead told in the present perfect as the report's day or the one before; two kinds of lead slipped
# through: a sentence length or an age in the lead ("to ten years in prison") read as background ("for years"), and
# the news told by an event noun as the subject ("A landslide has buried ...": the landslide is the news)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("A court in Lusaka has jailed a former transport minister for twelve years over a road contract.", "jailed"),
        ("A judge in Porto Alegre has sentenced two police officers to 18 years in prison for a killing.", "sentenced"),
        ("Prosecutors in Tallinn have charged a 19-year-old student with planning an arson attack.", "charged"),
    ],
)
def test_a_term_or_an_age_in_the_lead_is_no_background(text: str, word: str) -> None:
    assert days(text, word) == (WEDNESDAY, THURSDAY)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (
            "A landslide has buried at least 40 homes in a mountain village in northern Vietnam, officials said.",
            "landslide",
        ),
        ("An explosion has destroyed part of a fertiliser plant outside Gdansk, the fire service said.", "explosion"),
        (
            "A ransomware attack has shut down the billing systems of a water utility in Ohio, the company said.",
            "attack",
        ),
    ],
)
def test_an_event_noun_subject_of_the_lead_perfect_is_the_news(text: str, word: str) -> None:
    assert days(text, word) == (WEDNESDAY, THURSDAY)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Militants have attacked army posts along the border for years, officials say.", "attacked"),
        ("Thieves have stolen copper cable from the railway over the years, the operator says.", "stolen"),
    ],
)
def test_a_lead_perfect_of_background_stays_open(text: str, word: str) -> None:
    assert days(text, word)[0] is None
