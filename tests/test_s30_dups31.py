"""Duplicates across outlets (session 30, helper `dups31`), checked on articles written here, about other countries,
bodies and things than the probes'.

1. One act of one agent on one stated day, told by two outlets in different words for it, and left two nodes because
   only the agent and the day agree: "began an open-ended strike" and "The crews walked out" (probe30, the agent a
   group), "a Colombian army Black Hawk ... came down in a clearing" and "a helicopter of the National Army ...
   landed" (probe30, left ``other``, so read like speech), "sent the university a formal demand for repayment" and
   "demanded that the university repay" (probe28), "the fair-play officer called the Moldovan out of the hall" and
   "the participant was invited by the Fair Play Officer to a screening" (probe29).  The sentences share what the
   act was about (the crews' company, the border river, the grants and the university, the round), which a day and
   an agent do not.  Guards: an agent's two kinds of act that day told alike, a group's two acts with one thing in
   common, a group's acts in two countries, another day.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract_support import holding as _holding
from tests.extract_support import shown as _shown
from tests.test_extract_news import load_articles
from timelinekg.schema.model import Event

pytest.importorskip("spacy")


def _together(events: list[Event], first: str, second: str) -> bool:
    return any(any(second in m.quote for m in e.mentions) for e in _holding(events, first))


# -- 1. one act, two words for it --------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("first", "second", "words"),
    [
        # the agent a group: an agent and a day alone tell nothing
        (
            (
                "2026-05-05",
                "The dockers began an indefinite strike at Durban's container terminal at dawn on Tuesday, idling the "
                "cranes of Transnet Port Terminals.",
            ),
            (
                "2026-05-06",
                "The dockers walked out on Tuesday morning, and the container cranes stopped.",
            ),
            ("began an indefinite strike", "walked out"),
        ),
        # an act no type covers, read like speech
        (
            (
                "2026-09-13",
                "A reminder for readers: a week ago today a Venezuelan air force helicopter with six soldiers on board "
                "came down in a field on the Guyanese side of the border, some three kilometres south of the river.",
            ),
            (
                "2026-09-07",
                "On Sunday, 6 September 2026, a helicopter of the Venezuelan Air Force with six military personnel on "
                "board landed without authorisation in Guyanese territory, about three kilometres south of the river.",
            ),
            ("came down", "landed without"),
        ),
        # an act no type covers, and the same act told as a demand
        (
            (
                "2026-02-20",
                "The National Lottery Fund on Thursday sent the rugby federation a formal demand for repayment of "
                "four development grants.",
            ),
            (
                "2026-02-21",
                "The National Lottery Fund on Thursday demanded that the rugby federation repay 2.1 million pounds in "
                "development grants awarded since 2022.",
            ),
            ("formal demand", "demanded that"),
        ),
    ],
)
def test_one_act_told_in_two_words_alike_is_one_event(
    tmp_path: Path, first: tuple[str, str], second: tuple[str, str], words: tuple[str, str]
) -> None:
    events = load_articles(tmp_path, {"a.md": first, "b.md": second})
    assert _together(events, *words), _shown(events)


@pytest.mark.parametrize(
    ("first", "second", "words"),
    [
        # one agent's two kinds of act that day, told alike
        (
            (
                "2026-07-11",
                "Police in Accra arrested twelve traders at the Makola market on Friday over unpaid stall fees.",
            ),
            ("2026-07-12", "Police in Accra closed the Makola market to traders on Friday after a fire in a stall."),
            ("arrested twelve", "closed the Makola"),
        ),
        # one group's two acts that day, one thing in common
        (
            ("2026-05-05", "The dockers began a strike at the container terminal on Tuesday over unpaid overtime."),
            ("2026-05-06", "The dockers marched to the city hall on Tuesday to hand a petition to the mayor."),
            ("began a strike", "marched to"),
        ),
        # a group's acts in two countries
        (
            (
                "2026-03-03",
                "Protesters blocked the highway to the airport in Lima on Monday, stranding thousands of travellers.",
            ),
            (
                "2026-03-04",
                "Protesters burned tyres on the road to the airport in Quito on Monday, stranding travellers.",
            ),
            ("blocked the highway", "burned tyres"),
        ),
        # one act of its kind, another day
        (
            (
                "2026-09-13",
                "On Saturday a Venezuelan air force helicopter with six soldiers on board came down in a field on the "
                "Guyanese side of the border, some three kilometres south of the river.",
            ),
            (
                "2026-09-07",
                "On Sunday, 6 September 2026, a helicopter of the Venezuelan Air Force with six military personnel on "
                "board landed without authorisation in Guyanese territory, about three kilometres south of the river.",
            ),
            ("came down", "landed without"),
        ),
    ],
)
def test_another_act_or_place_or_day_stays_apart(
    tmp_path: Path, first: tuple[str, str], second: tuple[str, str], words: tuple[str, str]
) -> None:
    events = load_articles(tmp_path, {"a.md": first, "b.md": second})
    assert _holding(events, words[0]) and _holding(events, words[1]), _shown(events)
    assert not _together(events, *words), _shown(events)
