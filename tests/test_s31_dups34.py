"""Duplicates and wrong merges (session 31, helper `dups34`), checked on sentences written here, about other
countries, bodies and things than the probes'.

* The words two reports share tell one act only when they are not the day's: a day's name ("tuesda", as the words
  are cut to six letters) and "among" were counted as shared content words, so two acts of one day at two places
  told in a few common words ("blocked the main highway ... on Tuesday morning") were joined.
* "Agency" made any named body a news outlet: "..., the International Testing Agency said" lost its statement and
  the act it told, as provenance.  An agency is an outlet by a word of news ("news agency", "press agency").
* One act on one stated day told by two outlets in two words WordNet gives one sense: "arrived at X airport" and
  "touched down at X airport" (probe32), "stopped all flights" and "the immediate cessation of all its flights"
  (probe32), "a court refused ... the application" and "the judge rejected their application" (probe24), told
  alike.  Guards: another act of that day in a word of another sense (opened / closed), another flight at the same
  airport told in other words.
* One agent's act told by one outlet as its announcement, by the act's noun, and by another as the act: "Salamis Air
  Ltd announced the immediate cessation of all its flights" and "Salamis Air stopped all flights" (probe32), "it
  resolved the suspension of the sanitary operating permit" and "it suspended the organiser's sanitary permit"
  (probe31, a deciding word, left).  Guards: another act of its kind announced (another route named), an act of
  another sense (a launch).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.extract_support import holding as _holding
from tests.extract_support import shown as _shown
from tests.test_extract_news import load_articles
from timelinekg.schema.model import Event

pytest.importorskip("spacy")

DAY = dt.date(2026, 5, 12)


def _report(event_id: str, type_: str, quote: str, trigger: str, *roles: tuple[str, str]) -> Event:
    from timelinekg.schema.model import Mention, Participation

    return Event(
        event_id,
        type_,
        quote,
        DAY,
        DAY,
        "day",
        participants=tuple(Participation(actor, role) for actor, role in roles),
        mentions=(Mention(f"src-{event_id}", quote, 0, len(quote), DAY, DAY, "day"),),
        attributes=(("trigger", trigger),),
    )


def _together(events: list[Event], first: str, second: str) -> bool:
    return any(any(second in m.quote for m in e.mentions) for e in _holding(events, first))


# -- words of the day are no words in common ------------------------------------------------------------------------
def test_a_day_name_is_no_word_two_reports_of_headline_news_share() -> None:
    from timelinekg.schema.merge import merge_evidence

    into = _report(
        "ev-a", "protest", "Farmers blocked the main highway into Kisii with tractors on Tuesday morning.", "blocked"
    )
    out_of = _report(
        "ev-b", "protest", "Teachers blocked the main highway out of Meru with banners on Tuesday morning.", "blocked"
    )
    assert merge_evidence(into, out_of) is None


def test_among_is_no_word_two_untyped_acts_share() -> None:
    from timelinekg.schema.merge import merge_evidence

    brawl = _report("ev-a", "other", "A brawl erupted among fans outside the stadium gates on Sunday.", "erupted")
    fire = _report("ev-b", "other", "A fire erupted among the tents of the refugee camp.", "erupted")
    assert merge_evidence(brawl, fire) is None


# -- an agency that is no news outlet -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "The sprinter Abel Mutai has been banned for four years, the International Testing Agency said.",
            "International Testing Agency",
        ),
        ("The import licence of Kora Foods was suspended, the Food Standards Agency said.", "Food Standards Agency"),
    ],
)
def test_a_public_agency_is_no_news_outlet(tmp_path: Path, text: str, body: str) -> None:
    events = load_articles(tmp_path, {"a.md": ("2026-03-10", text)})
    slug = body.lower().replace(" ", "-")
    assert any(slug in p.actor_id for e in events for p in e.participants), _shown(events)


def test_a_news_agency_is_still_an_outlet(tmp_path: Path) -> None:
    text = "Two soldiers were killed in a roadside blast near the border, the Anadolu news agency reported."
    events = load_articles(tmp_path, {"a.md": ("2026-03-10", text)})
    assert not any("anadolu" in p.actor_id for e in events for p in e.participants), _shown(events)


# -- one act told by two outlets in two words of one sense ----------------------------------------------------------
@pytest.mark.parametrize(
    ("first", "second", "words"),
    [
        (
            (
                "2026-05-09",
                "The first charter flight arrived at Valletta airport on Saturday with 160 workers stranded by the "
                "fighting on board.",
            ),
            (
                "2026-05-09",
                "The first of the government's charter flights touched down at Malta International Airport in "
                "Valletta at 9.15 this morning, carrying workers stranded by the fighting.",
            ),
            ("arrived at Valletta", "touched down"),
        ),
        (
            (
                "2026-10-15",
                "Nordlys Air stopped all its flights on Wednesday evening and told passengers to book seats with "
                "other carriers.",
            ),
            (
                "2026-10-14",
                "The Tromso carrier Nordlys Air halted all its flights on Wednesday, leaving passengers stranded.",
            ),
            ("stopped all its flights", "halted all its flights"),
        ),
    ],
)
@pytest.mark.parametrize("first_stored_first", [True, False])
def test_one_act_told_in_two_words_of_one_sense_is_one_event(
    tmp_path: Path, first: tuple[str, str], second: tuple[str, str], words: tuple[str, str], first_stored_first: bool
) -> None:
    _assert_one_event_in_either_order(tmp_path, first, second, words, first_stored_first)


@pytest.mark.parametrize(
    ("first", "second", "words"),
    [
        # another flight at the same airport that day, told in other words
        (
            (
                "2026-05-09",
                "The first charter flight arrived at Valletta airport on Saturday with 160 workers stranded by the "
                "fighting on board.",
            ),
            (
                "2026-05-09",
                "A cargo plane carrying medical supplies touched down at Malta International Airport in Valletta at "
                "9.15 this morning.",
            ),
            ("arrived at Valletta", "touched down"),
        ),
        # an act of another sense that day: the station opened is not the station closed
        (
            (
                "2026-10-15",
                "The city council closed the central bus station on Wednesday after a gas leak.",
            ),
            (
                "2026-10-14",
                "The city council opened a temporary bus station beside the stadium on Wednesday.",
            ),
            ("closed the central", "opened a temporary"),
        ),
    ],
)
def test_acts_in_words_of_another_sense_or_told_otherwise_stay_apart(
    tmp_path: Path, first: tuple[str, str], second: tuple[str, str], words: tuple[str, str]
) -> None:
    events = load_articles(tmp_path, {"a.md": first, "b.md": second})
    assert _holding(events, words[0]) and _holding(events, words[1]), _shown(events)
    assert not _together(events, *words), _shown(events)


# -- an act announced by its noun and told done by another outlet ---------------------------------------------------
BALTICA_ANNOUNCES = (
    "2026-10-20",
    "Late on Monday the Gdansk ferry operator Baltica Lines announced the immediate cessation of all its sailings, "
    "blaming unpaid fuel bills.",
)
BALTICA_STOPS = (
    "2026-10-21",
    "Baltica Lines stopped all sailings on Monday night, leaving hundreds of lorry drivers stuck at the port.",
)


@pytest.mark.parametrize(
    ("first", "second", "words"),
    [
        (BALTICA_ANNOUNCES, BALTICA_STOPS, ("announced the immediate cessation", "stopped all sailings")),
        (
            (
                "2026-06-13",
                "On Friday the promoter Sonar Live announced the cancellation of all its concerts at the Kalemegdan "
                "fortress, citing the heatwave.",
            ),
            (
                "2026-06-12",
                "Sonar Live called off all its concerts at the Kalemegdan fortress on Friday because of the heat.",
            ),
            ("announced the cancellation", "called off"),
        ),
    ],
)
@pytest.mark.parametrize("first_stored_first", [True, False])
def test_an_act_announced_by_its_noun_and_told_done_is_one_event(
    tmp_path: Path, first: tuple[str, str], second: tuple[str, str], words: tuple[str, str], first_stored_first: bool
) -> None:
    _assert_one_event_in_either_order(tmp_path, first, second, words, first_stored_first)


def _assert_one_event_in_either_order(
    tmp_path: Path, first: tuple[str, str], second: tuple[str, str], words: tuple[str, str], first_stored_first: bool
) -> None:
    # the store offers each report to those already in it: the pair must join whichever comes first
    names = ("a.md", "b.md") if first_stored_first else ("b.md", "a.md")
    events = load_articles(tmp_path, {names[0]: first, names[1]: second})
    assert _together(events, *words), _shown(events)


@pytest.mark.parametrize(
    ("first", "second", "words"),
    [
        # another route named
        (
            (
                "2026-10-20",
                "Late on Monday the Gdansk ferry operator Baltica Lines announced the immediate cessation of its "
                "sailings to Ystad, blaming unpaid fuel bills.",
            ),
            (
                "2026-10-21",
                "Baltica Lines stopped all sailings to Karlskrona on Monday night, leaving hundreds of lorry drivers "
                "stuck at the port.",
            ),
            ("announced the immediate cessation", "stopped all sailings"),
        ),
        # an act of another sense announced
        (
            (
                "2026-10-20",
                "Late on Monday the Gdansk ferry operator Baltica Lines announced the launch of new sailings to Riga.",
            ),
            BALTICA_STOPS,
            ("announced the launch", "stopped all sailings"),
        ),
    ],
)
def test_another_act_announced_stays_apart(
    tmp_path: Path, first: tuple[str, str], second: tuple[str, str], words: tuple[str, str]
) -> None:
    events = load_articles(tmp_path, {"a.md": first, "b.md": second})
    assert _holding(events, words[0]) and _holding(events, words[1]), _shown(events)
    assert not _together(events, *words), _shown(events)


# -- the learned senses ---------------------------------------------------------------------------------------------
def test_the_learned_senses_read_forms_particles_and_nouns_of_acts() -> None:
    from timelinekg.schema.act_senses import act_verb, announced_act, one_sense, verb_of

    assert verb_of("stopped") == "stop" and verb_of("banned") == "ban" and verb_of("halts") == "halt"
    assert verb_of("xylophoned") is None
    landed = _report("ev-a", "other", "touched down at Gander airport at dawn", "touched")
    arrived = _report("ev-b", "other", "The plane arrived at Gander airport on Tuesday.", "arrived")
    blocked = _report("ev-c", "other", "Farmers blocked the road to Gander on Tuesday.", "blocked")
    assert act_verb(landed) == "touch down" and one_sense(landed, arrived)
    assert not one_sense(arrived, blocked)  # no frequent sense in common
    announced = _report("ev-d", "statement", "The club announced the cancellation of its tour.", "announced")
    assert announced_act(announced) == ("cancellation", ["of", "its", "tour"])
