"""probe14 failure classes, on sentences written for these tests (other names, places and countries than the
probe's): runway and landing accidents, acts announced at a news conference, acts dated by a neighbour."""

from __future__ import annotations

import datetime as dt

import pytest

from timelinekg.nlp.extract import Article, extract_article
from timelinekg.schema.model import Facts

pytest.importorskip("spacy")

D = dt.date
TUESDAY = D(2025, 3, 11)


def read(text: str, published: dt.date = TUESDAY) -> Facts:
    return extract_article(Article(text=text, origin="test.txt", title="Test", published=published))


def typed(facts: Facts, type: str, word: str) -> list[tuple[dt.date | None, dt.date | None]]:
    return [(e.earliest, e.latest) for e in facts.events if e.type == type and word in e.label.lower()]


# -- class 1: an aircraft off or past its runway, or forced down -----------------------------------------------
@pytest.mark.parametrize(
    ("text", "word", "day"),
    [
        (
            "A Kenya Airways Embraer 190 carrying 52 passengers overshot the runway at Eldoret airport on Saturday.",
            "overshot",
            D(2025, 3, 8),
        ),
        ("A Bombardier jet overshot the runway at Mombasa airport on Sunday.", "overshot", D(2025, 3, 9)),
        ("An Air Tanzania Dash 8 overshot the runway at Mwanza airport on Monday.", "overshot", D(2025, 3, 10)),
        ("A cargo plane overran the runway in Goma on Friday night, officials said.", "overran", D(2025, 3, 7)),
        ("A small airliner skidded off the runway at Pokhara airport on Monday.", "skidded", D(2025, 3, 10)),
        ("A passenger jet veered off the runway in Kathmandu on Saturday.", "veered", D(2025, 3, 8)),
        ("A military transport plane crash-landed near Tamale on Thursday.", "crash", D(2025, 3, 6)),
        ("A Boeing 737 made an emergency landing in Lagos on Wednesday.", "emergency landing", D(2025, 3, 5)),
        (
            "An Ethiopian Airlines plane made a forced landing in a field near Gondar on Thursday.",
            "forced landing",
            D(2025, 3, 6),
        ),
        ("The plane's nose gear collapsed on landing at Accra airport on Sunday.", "collapsed", D(2025, 3, 9)),
    ],
)
def test_runway_and_landing_mishaps_are_accidents(text: str, word: str, day: dt.date) -> None:
    assert (day, day) in typed(read(text), "disaster", word)


@pytest.mark.parametrize(
    "text",
    [
        "Inflation overshot the central bank's target in February.",
        "The helicopter landing at the base on Monday went smoothly.",
    ],
)
def test_other_overshoots_and_landings_are_no_accidents(text: str) -> None:
    assert not [e for e in read(text).events if e.type == "disaster"]


# -- class 2: an act announced at a news conference is the event; the conference only where it was told ---------
@pytest.mark.parametrize(
    ("text", "type", "day"),
    [
        (
            "The election board disqualified the opposition candidate from the presidential race at a news "
            "conference in Nairobi on Monday.",
            "election",
            D(2025, 3, 10),
        ),
        (
            "The football federation banned the club's coach for two years at a press conference in Accra on Friday.",
            "coercion",
            D(2025, 3, 7),
        ),
        ("The mayor dismissed the city's police chief at a news conference on Sunday.", "personnel", D(2025, 3, 9)),
        (
            "The regulator suspended the airline's licence at a news briefing in Dhaka on Thursday.",
            "coercion",
            D(2025, 3, 6),
        ),
    ],
)
def test_an_act_told_at_a_news_conference_is_the_event(text: str, type: str, day: dt.date) -> None:
    facts = read(text)
    assert [(e.type, e.earliest, e.latest) for e in facts.events] == [(type, day, day)]


def test_a_news_conference_of_its_own_or_of_a_statement_stays() -> None:
    assert [e.type for e in read("The ministry held a news conference in Lima on Monday.").events] == ["statement"]
    said = read("The minister said at a news conference on Monday that prices would fall.")
    assert [e.type for e in said.events] == ["statement"]


@pytest.mark.parametrize(
    ("text", "type"),
    [
        ("The election commission disqualified 14 candidates on Friday.", "election"),
        ("The tribunal disqualified the party's list in Oruro on Monday.", "election"),
        # a sanction of sport, typed as a ban is since session 32 (typed35), not "an event no other type fits"
        ("Race officials disqualified the runner on Sunday.", "coercion"),
    ],
)
def test_disqualifying_is_an_act(text: str, type: str) -> None:
    assert type in [e.type for e in read(text).events]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Malawi's election commission has disqualified opposition leader Peter Banda from next month's "
            "presidential vote. The Malawi Electoral Commission removed Banda from the list of candidates at a news "
            "conference in Lilongwe this afternoon, saying his papers were invalid.",
            TUESDAY,
        ),
        ("The tribunal struck the senator off the ballot on Friday.", D(2025, 3, 7)),
        ("The board excluded the governing party from the race at a press conference on Monday.", D(2025, 3, 10)),
    ],
)
def test_a_candidate_taken_off_the_ballot_is_an_electoral_act(text: str, day: dt.date) -> None:
    facts = read(text)
    assert (day, day) in [(e.earliest, e.latest) for e in facts.events if e.type == "election"]
    assert "conference" not in " ".join(e.label for e in facts.events if e.type == "statement")


def test_things_removed_from_a_place_are_no_electoral_act() -> None:
    assert not read("Workers removed debris from the road on Monday.").events


# -- class 3: acts the text dates by a neighbour ---------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Police arrested 40 people in overnight raids on safe houses in Kumasi, officials said.", "arrested"),
        ("At least nine people were killed in overnight clashes in the north, the army said.", "killed"),
        ("Soldiers detained six men in overnight raids near the border.", "detained"),
    ],
)
def test_overnight_on_the_acts_noun_dates_the_act(text: str, word: str) -> None:
    facts = read(text)
    assert [(e.earliest, e.latest) for e in facts.events if word in e.label] == [(D(2025, 3, 10), TUESDAY)]


def test_an_overnight_rate_is_no_time() -> None:
    facts = read("The central bank cut its overnight lending rate on Monday.")
    assert [(e.earliest, e.latest) for e in facts.events] == [(D(2025, 3, 10), D(2025, 3, 10))]


@pytest.mark.parametrize(
    ("text", "word", "day"),
    [
        (
            "Anti-graft officers searched the Nairobi home of Energy Minister John Kamau early this morning. The "
            "search comes a day after officers arrested Kamau's driver, Peter Otieno, at the airport in Mombasa.",
            "arrested",
            D(2025, 3, 10),
        ),
        (
            "Soldiers stormed the rebel camp near Beni on Sunday. The assault came two days after rebels killed 12 "
            "villagers in the area.",
            "killed",
            D(2025, 3, 7),
        ),
        (
            "Police raided the offices of the newspaper on Friday. The raid came a day after officers detained its "
            "editor in Kampala.",
            "detained",
            D(2025, 3, 6),
        ),
    ],
)
def test_an_act_a_day_before_a_dated_one_it_came_after(text: str, word: str, day: dt.date) -> None:
    facts = read(text)
    assert (day, day) in [(e.earliest, e.latest) for e in facts.events if word in e.label]


@pytest.mark.parametrize(
    ("text", "word", "days"),
    [
        (
            "The commission removed Banda from the list of candidates at a news conference in Lilongwe this "
            "afternoon, saying his papers were invalid.\n\nYesterday the top court banned his party over foreign "
            "funding.\n\nBanda's lawyers filed an appeal at the High Court within hours of the announcement.",
            "filed",
            (TUESDAY, TUESDAY),
        ),
        (
            "The court annulled the vote on Friday. Police banned all rallies on Saturday. The opposition called "
            "protests within hours of the ruling.",
            "called",
            (D(2025, 3, 7), D(2025, 3, 8)),
        ),
        (
            "The minister resigned on Thursday. His lawyers filed an appeal within hours of the announcement.",
            "filed",
            (D(2025, 3, 6), D(2025, 3, 6)),
        ),
    ],
)
def test_within_hours_of_a_named_event_counts_from_it(text: str, word: str, days: tuple[dt.date, dt.date]) -> None:
    facts = read(text)
    assert days in [(e.earliest, e.latest) for e in facts.events if word in e.label]
