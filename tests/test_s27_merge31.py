"""Undated mentions attached to the wrong dated act (session 27, helper `merge31`), checked on articles written
here, about other countries, bodies and kinds of story than the probes'.

An undated report of a type that covers many acts (an arrest, a dispersal, a seizure; an appointment, a departure)
joined "the only dated event of its type" of its story on a place in common alone: "23 protesters had been
arrested" (told days later, after the march broken up) joined a printer's binder taken into custody the day before
(probe28), and the retelling of the past perfect is no reference to one act.  The attachment now asks for evidence
that it tells that act: the same act by its word, the same word, a participant other than the agent in common, or a
noun that refers back ("the arrests"); and so for two undated mentions of different articles that no article dates
("a cashier had been taken into custody", "twelve fans had been detained").  Guards: an outlet's undated retelling
in the act's words, of the same people, or by a definite noun still joins the dated act.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.extract_support import holding as _holding
from tests.extract_support import shown as _shown
from tests.test_extract_news import load_articles

pytest.importorskip("spacy")

D = dt.date


# -- an undated act of other people does not join the one dated act of its type --------------------------------------
@pytest.mark.parametrize(
    ("articles", "dated", "undated"),
    [
        # one article: a suspect taken into custody, and demonstrators arrested at a march told later
        (
            {
                "a.md": (
                    "2026-04-13",
                    "A customs clerk was taken into custody in Mombasa on Thursday, police said. On Friday riot "
                    "police fired tear gas at dockworkers marching on the port in Mombasa. Police said 31 "
                    "dockworkers had been arrested and later released on bail.",
                )
            },
            "taken into custody",
            "31 dockworkers",
        ),
        # two articles: a cashier held over missing deposits, football supporters detained after clashes
        (
            {
                "a.md": (
                    "2026-03-04",
                    "A bank cashier was taken into custody in Tirana on Tuesday over missing deposits.",
                ),
                "b.md": (
                    "2026-03-06",
                    "Twelve football supporters had been detained in Tirana after clashes outside the stadium, "
                    "the police said.",
                ),
            },
            "taken into custody",
            "football supporters",
        ),
        # two articles, neither dating its arrest: two undated past perfects of other people
        (
            {
                "a.md": (
                    "2026-03-05",
                    "A bank cashier had been taken into custody in Tirana over missing deposits, the bank said on "
                    "Wednesday.",
                ),
                "b.md": (
                    "2026-03-06",
                    "Twelve football supporters had been detained in Tirana after clashes outside the stadium, "
                    "the police said.",
                ),
            },
            "taken into custody",
            "football supporters",
        ),
        # an agentless undated act of another kind in the same town
        (
            {
                "a.md": (
                    "2026-05-20",
                    "Border guards detained a smuggler near Oradea on Monday. Later, 60 crates of cigarettes had "
                    "been impounded near Oradea, the customs office said.",
                )
            },
            "detained a smuggler",
            "impounded",
        ),
    ],
)
def test_an_undated_act_of_other_people_stays_apart(
    tmp_path: Path, articles: dict[str, tuple[str, str]], dated: str, undated: str
) -> None:
    events = load_articles(tmp_path, articles)
    holding = _holding(events, dated)
    assert holding, _shown(events)
    for event in holding:
        assert not any(undated in m.quote for m in event.mentions), _shown(holding)


# -- near misses: the undated retelling of the same act still joins ------------------------------------------------
@pytest.mark.parametrize(
    ("first", "second", "words"),
    [
        # the act's own word for it, another outlet, the next day
        (
            ("2026-02-02", "Police detained three journalists in Kampala on Monday."),
            (
                "2026-02-03",
                "The three journalists had been arrested in Kampala after filming a rally, their union said.",
            ),
            ("detained three journalists", "had been arrested"),
        ),
        # the same person, in other words
        (
            ("2026-06-06", "Police arrested opposition leader Dmitri Varga in Chisinau on Friday."),
            ("2026-06-07", "Dmitri Varga had been taken into custody at his home in Chisinau, his lawyer said."),
            ("arrested opposition leader", "taken into custody"),
        ),
        # neither dated: the same act by its words, of the same number of people
        (
            ("2026-02-03", "Three journalists had been detained in Kampala, their union said on Tuesday."),
            ("2026-02-04", "The three journalists had been arrested in Kampala after filming a rally, a lawyer said."),
            ("had been detained", "had been arrested"),
        ),
        # a definite noun referring back to the arrests
        (
            ("2026-09-12", "Officers took four activists into custody in Minsk on Saturday."),
            ("2026-09-13", "The arrests in Minsk came hours before a planned rally, the group said."),
            ("four activists", "The arrests"),
        ),
    ],
)
def test_the_same_act_retold_undated_still_joins(
    tmp_path: Path, first: tuple[str, str], second: tuple[str, str], words: tuple[str, str]
) -> None:
    events = load_articles(tmp_path, {"a.md": first, "b.md": second})
    both = [e for e in _holding(events, words[0]) if any(words[1] in m.quote for m in e.mentions)]
    assert both, _shown(events)


def test_the_arrests_at_a_march_stay_with_the_march_not_with_another_arrest(tmp_path: Path) -> None:
    """The arrests a police statement counts after a march broken up are that clash's (``one_clash``), not the arrest
    of a clerk the article dated the day before."""
    text = (
        "Detectives arrested a clerk at his office in Kutaisi on Thursday. On Friday afternoon, police fired water "
        "cannon and tear gas to break up a march by several thousand nurses near the Health Ministry at Rustavi, on "
        "the edge of Tbilisi. Unions said 9 people were hurt. Police said 17 protesters had been arrested and later "
        "released on bail."
    )
    events = load_articles(tmp_path, {"a.md": ("2026-07-06", text)})
    arrested = [e for e in _holding(events, "17 protesters") if e.type != "statement"]
    assert arrested, _shown(events)
    assert all(any("break up" in m.quote for m in e.mentions) for e in arrested), _shown(arrested)
    assert not any("a clerk" in m.quote for e in arrested for m in e.mentions), _shown(arrested)


def test_capturing_people_is_an_arrest() -> None:
    # the lead, after score_all: "four gunmen were captured near the border" and "11 suspects had been detained" are
    # one act of the Crocus attack's arrests (realnews dev duplicates 7 -> 8 with merge31 until "capture" named it)
    from timelinekg.schema.merge import act_of_word

    assert act_of_word("coercion", "captured") == act_of_word("coercion", "detained") == "arrest"
