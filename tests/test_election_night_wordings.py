"""Election-night news in the wordings outlets use for it (issue #12): opinion polls that are no vote, a speech
given at a press conference or a rally, what a defeated candidate says when conceding.  Short articles written
for these tests (other countries, names and contests than any development text)."""

from __future__ import annotations

import datetime as dt

import pytest

from timelinekg.nlp.extract import Article, extract_article
from timelinekg.schema.model import Event, Facts

pytest.importorskip("spacy")

D = dt.date
MONDAY = D(2025, 3, 3)
TUESDAY = D(2025, 3, 4)


def read(text: str, published: dt.date = MONDAY) -> Facts:
    return extract_article(Article(text=text, origin="test.txt", title="Test", published=published))


def with_words(facts: Facts, words: str) -> list[Event]:
    return [e for e in facts.events if any(words in m.quote for m in e.mentions)]


def agents(event: Event) -> set[str]:
    return {p.actor_id for p in event.participants if p.role == "agent"}


# -- an opinion poll measures support; it is no vote --------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The senator had led in opinion polls for months before the vote.",
        "An exit poll gave the Liberal Party 41 per cent.",
        "Her approval polls slipped in the autumn.",
        "The governor trailed in the polls throughout the summer.",
    ],
)
def test_an_opinion_poll_is_no_election(text: str) -> None:
    facts = read(text)
    assert not [e for e in facts.events if e.type == "election" and "poll" in e.label.lower()], [
        (e.type, e.label) for e in facts.events
    ]


def test_polls_that_are_the_vote_stay_an_election() -> None:
    facts = read("Voters went to the polls in Ecuador on Sunday.")
    assert any(e.type == "election" for e in facts.events), [(e.type, e.label) for e in facts.events]


# -- words said at a press conference or in a speech: the occasion is where they were said, one event ---------------
def statements(facts: Facts) -> list[Event]:
    return [e for e in facts.events if e.type == "statement"]


@pytest.mark.parametrize(
    "text",
    [
        "The premier said at a press conference on Monday that fuel taxes would fall.",
        'In his address delivered at a news conference at 7.15pm, Mr Okafor said: "We will rebuild the roads."',
        "In her victory speech delivered at a press briefing at 9pm, the premier said fuel taxes would fall.",
        "In a speech on Monday, the chancellor said the budget would be balanced.",
    ],
)
def test_words_said_at_a_press_conference_are_one_statement(text: str) -> None:
    found = statements(read(text, TUESDAY))
    assert len(found) == 1, [(e.label, e.earliest, e.latest) for e in found]
    assert found[0].earliest is not None  # the occasion's day (or the clock time's window) dates what was said


def test_two_speakers_at_two_occasions_stay_apart() -> None:
    text = (
        "The premier said at a press conference on Monday that fuel taxes would fall. "
        "The opposition leader told reporters at a news conference on Tuesday that the promise was hollow."
    )
    found = statements(read(text, TUESDAY))
    assert len({e.id for e in found}) >= 2, [(e.label, e.earliest) for e in found]


# -- seats, a majority, the presidency: what is won, captured, secured or lost in a vote ----------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The Social Democrats captured 48 seats in Sunday's vote.",
        "The ruling coalition lost its majority in the assembly on Sunday.",
        "Mr Duarte secured the presidency with 52 per cent of the vote on Sunday.",
        "The Farmers' Union won 12 seats on Sunday.",
        "The governing party retained its majority in the lower house on Sunday.",
    ],
)
def test_seats_and_majorities_are_won_and_lost_in_an_election(text: str) -> None:
    facts = read(text, MONDAY)
    assert [e for e in facts.events if e.type == "election"], [(e.type, e.label) for e in facts.events]
    assert not [e for e in facts.events if e.type in ("military", "other")], [(e.type, e.label) for e in facts.events]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Rebels captured the border town of Ostrava on Sunday.", "military"),
        ("Police captured two suspects near the station on Sunday.", "coercion"),
    ],
)
def test_what_else_is_captured_keeps_its_kind(text: str, kind: str) -> None:
    facts = read(text, MONDAY)
    assert [e for e in facts.events if e.type == kind], [(e.type, e.label) for e in facts.events]


# -- "lost to" a rival: in a vote when the sentence is about one, else a contest of another kind ---------------------
@pytest.mark.parametrize(
    "text",
    [
        "Ms Varga conceded on Sunday after losing to the incumbent in the presidential runoff.",
        "The mayor, who lost to a political newcomer in Sunday's municipal election, said he would retire.",
    ],
)
def test_losing_to_a_rival_in_a_vote_is_the_election(text: str) -> None:
    facts = read(text, MONDAY)
    losing = [e for e in facts.events if e.attribute("trigger") in ("losing", "lost")]
    assert all(e.type == "election" for e in losing), [(e.type, e.label) for e in facts.events]


def test_losing_to_a_rival_side_in_a_match_is_no_election() -> None:
    facts = read("The home side lost to Benfica on Sunday.", MONDAY)
    assert not [e for e in facts.events if e.type == "election"], [(e.type, e.label) for e in facts.events]


# -- one day's votes in one country: an article that places one of them places the others -------------------------
def test_the_days_other_vote_is_held_where_the_article_placed_the_first() -> None:
    text = (
        "Nuno Tavares won the presidency in Sunday's elections in Portugal. "
        "In the parliamentary elections on Sunday, the Union party won 40 of the assembly's 230 seats."
    )
    facts = read(text, MONDAY + dt.timedelta(days=6))
    votes = [e for e in facts.events if e.type == "election"]
    assert votes and all("portugal" in e.place_ids for e in votes), [(e.label, e.place_ids) for e in votes]


def test_votes_on_other_days_or_in_two_countries_take_no_place_from_each_other() -> None:
    text = (
        "Nuno Tavares won the presidency in Sunday's elections in Portugal. "
        "Voters in Spain chose a new parliament on Saturday. "
        "In the local elections last year, the Union party won 40 seats."
    )
    facts = read(text, MONDAY + dt.timedelta(days=6))
    last_year = [e for e in facts.events if e.type == "election" and "last year" in e.mentions[0].quote]
    assert all(not e.place_ids for e in last_year), [(e.label, e.place_ids) for e in last_year]


# -- "the risk of clashes", "the threat of strikes": what might happen is no event --------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The threat of strikes by dock workers loomed over the port.",
        "Diplomats warned of the risk of armed clashes in the strait.",
        "Fears of a naval blockade of the island grew in the capital.",
    ],
)
def test_the_risk_of_an_event_is_no_event(text: str) -> None:
    facts = read(text, TUESDAY)
    assert not [e for e in facts.events if e.type in ("attack", "protest", "military", "force-posture")], [
        (e.type, e.label) for e in facts.events
    ]


def test_clashes_that_broke_out_are_an_event() -> None:
    facts = read("Armed clashes broke out in the strait on Monday.", TUESDAY)
    assert facts.events, "the clashes happened"
