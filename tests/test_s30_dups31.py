"""Duplicates across outlets (session 30, helper `dups31`), checked on articles written here, about other countries,
bodies and things than the probes'.

1. One act of one agent on one stated day, told by two outlets in different words for it, and left two nodes because
   only the agent and the day agree: "began an open-ended strike" and "The crews walked out" (probe30, the agent a
   group), "a Colombian army Black Hawk ... came down in a clearing" and "a helicopter of the National Army ...
   landed" (probe30, left ``other``, so read like speech), "sent the university a formal demand for repayment" and
   "demanded that the university repay" (probe28), "the fair-play officer called the Moldovan out of the hall" and
   "the participant was invited by the Fair Play Officer to a screening" (probe29).  The sentences share what the
   act was about (the crews' company, the border river, the grants and the university, the round), which a day and
   an agent do not.  Guards: an agent's two kinds of act that day told alike, an untyped act and what the agent said
   that day, two untyped acts told with some words alike, a group's two acts with one thing in common, a group's
   acts in two countries, another day.
2. One announcement typed by one outlet as the news it tells and by another as what was said: "Costa Rica's
   Ministry of Health confirmed on Monday an outbreak of leptospirosis" (a disaster) and "an outbreak that the
   Ministry of Health confirmed on 9 November" (a statement; probe31), "the Public Health Agency of Canada reported
   an outbreak of listeriosis" and "... announced that it is investigating an outbreak" (probe29), "The outbreak was
   confirmed last Thursday" and "the laboratories ... confirmed Bacillus anthracis" (probe27).  Both told by a word
   of saying, by one agent on one stated day, telling the same things.  Guards: what the agent said of other news
   that day, a confirmation on another day.
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
        # one agent's untyped act and what it said that day of it
        (
            (
                "2026-07-11",
                "The city council closed the central bus station to traffic on Friday after cracks appeared in its "
                "roof.",
            ),
            (
                "2026-07-12",
                "The city council said on Friday that bus drivers at the central station would be paid during the "
                "repairs.",
            ),
            ("closed the central", "bus drivers"),
        ),
        (
            (
                "2026-04-02",
                "The Forestry Commission sent rangers into the burning reserve on Wednesday to clear firebreaks near "
                "the villages.",
            ),
            (
                "2026-04-03",
                "The Forestry Commission said on Wednesday that the fire in the reserve was under control and the "
                "villages were safe.",
            ),
            ("sent rangers", "under control"),
        ),
        # one agent's two untyped acts that day, told with some words alike
        (
            (
                "2026-07-11",
                "The city council closed the central bus station to traffic on Friday after cracks appeared in its "
                "roof.",
            ),
            (
                "2026-07-12",
                "The city council opened a temporary bus station beside the stadium on Friday for the buses from the "
                "central terminal.",
            ),
            ("closed the central", "opened a temporary"),
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


# -- 2. one announcement, typed as the news and as speech -------------------------------------------------------------
@pytest.mark.parametrize(
    ("first", "second", "words"),
    [
        (
            (
                "2026-03-04",
                "LILONGWE - Malawi's Ministry of Health confirmed on Tuesday an outbreak of cholera among fishermen "
                "camped on the shores of Lake Chilwa.",
            ),
            (
                "2026-03-09",
                "She was the second death in an outbreak that Malawi's Ministry of Health confirmed on 3 March, after "
                "fishermen on Lake Chilwa fell ill.",
            ),
            ("confirmed on Tuesday", "confirmed on 3 March"),
        ),
        (
            (
                "2026-09-23",
                "KAMPALA - Uganda's Ministry of Health on Tuesday confirmed an outbreak of Ebola in Mubende district, "
                "where a herdsman died last week.",
            ),
            (
                "2026-09-28",
                "The boy is the fourth to die of Ebola since Uganda's Ministry of Health confirmed the outbreak in "
                "Mubende district on Tuesday.",
            ),
            ("on Tuesday confirmed", "confirmed the outbreak"),
        ),
    ],
)
def test_news_and_its_announcement_told_by_two_outlets_are_one_event(
    tmp_path: Path, first: tuple[str, str], second: tuple[str, str], words: tuple[str, str]
) -> None:
    events = load_articles(tmp_path, {"a.md": first, "b.md": second})
    assert _together(events, *words), _shown(events)


@pytest.mark.parametrize(
    ("first", "second", "words"),
    [
        # what the agent said of other news that day
        (
            (
                "2026-05-19",
                "Fiji's Ministry of Health confirmed an outbreak of typhoid in two villages near Nadi on Monday.",
            ),
            (
                "2026-05-20",
                "Fiji's Ministry of Health said on Monday that the new hospital wing in Nadi would open in June.",
            ),
            ("confirmed an outbreak", "Fiji's Ministry of Health said on Monday"),
        ),
        # a confirmation of the same story on another day
        (
            (
                "2026-09-23",
                "KAMPALA - Uganda's Ministry of Health on Tuesday confirmed an outbreak of Ebola in Mubende district, "
                "where a herdsman died last week.",
            ),
            (
                "2026-09-28",
                "Uganda's Ministry of Health confirmed on Friday that the outbreak in Mubende district had spread to "
                "a second village.",
            ),
            ("on Tuesday confirmed", "Uganda's Ministry of Health confirmed on Friday"),
        ),
    ],
)
def test_what_else_the_agent_announced_stays_apart(
    tmp_path: Path, first: tuple[str, str], second: tuple[str, str], words: tuple[str, str]
) -> None:
    events = load_articles(tmp_path, {"a.md": first, "b.md": second})
    # the second sentence may retell the first's news ("the outbreak had spread"): its announcement stays apart
    announcements = [e for e in events if e.label.startswith(words[1]) or e.label.endswith(words[1])]
    assert _holding(events, words[0]) and announcements, _shown(events)
    assert not any(_holding([e], words[0]) for e in announcements), _shown(events)
