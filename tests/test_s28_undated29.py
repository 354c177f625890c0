"""An act told in the present perfect in the body of a report on a dated incident, answering it (session 28, helper
`undated29`), told first in our own wording, about other countries, people and kinds of story than the probes' where
it was seen.

"Investigators in Brazil have opened an inquiry" (probe24), "The OAH has informed the police" and "they have asked
their Singapore counterparts for help" (probe26), "has opened a judicial investigation" (probe28), "Georgian
authorities have asked Turkey for help" (probe29), after an incident the article dates: the act was left open
(None..report) though it answers the news, so it came on or after the incident's day.  Only the lead's perfect was
dated (``_perfect_of_the_lead``).  A perfect of the body that opens an inquiry, informs, asks for help or starts
proceedings, with no time of its own and no word of background, is known from the day of the incident told before
it (no older than ``EPISODE_REACH_DAYS``) to the report.  Near misses: a perfect of background ("since 2015",
"previously ... three times"), an incident too old to be the news, a perfect before any dated incident is told.
"""

from __future__ import annotations

import datetime as dt

D = dt.date


def _dated(text: str, published: dt.date) -> list[tuple[str, object, object]]:
    """Each event's label and dates for an article of ``published`` made of ``text``."""
    from timelinekg.nlp.extract import Article, extract_article

    facts = extract_article(Article(text=text, origin="t.txt", title="T", published=published))
    return [(e.label, e.earliest, e.latest) for e in facts.events]


def _dates_of(text: str, published: dt.date, words: str) -> tuple[object, object]:
    found = [(len(label), earliest, latest) for label, earliest, latest in _dated(text, published) if words in label]
    assert found, _dated(text, published)
    return min(found)[1:]  # the event the words tell, not a statement quoting them


# a perfect answering the dated incident told before it is known from the incident's day


def test_inquiry_opened_after_a_dated_explosion() -> None:
    text = (
        "A gas explosion tore through a fireworks workshop in the town of Sivakasi on Monday, killing nine workers.\n\n"
        "The district police have opened an investigation into the owner of the workshop. Relatives gathered "
        "outside the hospital."
    )
    assert _dates_of(text, D(2026, 5, 20), "opened an investigation") == (D(2026, 5, 18), D(2026, 5, 20))


def test_partners_informed_after_a_dated_sinking() -> None:
    text = (
        "A cargo ship carrying 2,000 tonnes of fertiliser sank off the coast of Mauritius on September 14, "
        "according to the port authority.\n\n"
        "The environment ministry has informed the Indian Ocean Commission of the risk of pollution."
    )
    assert _dates_of(text, D(2026, 9, 17), "has informed") == (D(2026, 9, 14), D(2026, 9, 17))


def test_neighbour_asked_for_help_after_a_dated_escape() -> None:
    text = (
        "Eleven inmates escaped from the Challapalca prison in southern Peru on March 3 after overpowering two "
        "guards.\n\n"
        "Peruvian authorities have asked Bolivia for help in tracing the men, who are believed to have crossed "
        "the border near Lake Titicaca."
    )
    assert _dates_of(text, D(2026, 3, 12), "asked Bolivia") == (D(2026, 3, 3), D(2026, 3, 12))


def test_proceedings_started_after_a_dated_cyberattack() -> None:
    text = (
        "Hackers crippled the computer systems of the university hospital in Brno on Saturday, forcing surgeons "
        "to postpone dozens of operations.\n\n"
        "Prosecutors have started criminal proceedings on suspicion of extortion. The hospital's director "
        "apologised to patients."
    )
    assert _dates_of(text, D(2026, 2, 10), "started criminal proceedings") == (D(2026, 2, 7), D(2026, 2, 10))


def test_authorities_informed_at_once_after_a_dated_sinking() -> None:
    text = (
        "A cargo ship carrying 2,000 tonnes of fertiliser sank off the coast of Mauritius on September 14.\n\n"
        "The shipping company said on Wednesday that it had immediately informed the coast guard."
    )
    assert _dates_of(text, D(2026, 9, 17), "immediately informed") == (D(2026, 9, 14), D(2026, 9, 16))


# near misses: the perfect stays open


def test_a_pluperfect_not_told_as_done_at_once_stays_open() -> None:
    text = (
        "A cargo ship carrying 2,000 tonnes of fertiliser sank off the coast of Mauritius on September 14.\n\n"
        "The shipping company said on Wednesday that it had informed the coast guard of the cargo."
    )
    assert _dates_of(text, D(2026, 9, 17), "informed the coast guard") == (None, D(2026, 9, 16))


def test_a_perfect_of_background_stays_open() -> None:
    text = (
        "A gas explosion tore through a fireworks workshop in the town of Sivakasi on Monday, killing nine workers.\n\n"
        "Labour inspectors have previously investigated the owner three times over unsafe storage."
    )
    assert _dates_of(text, D(2026, 5, 20), "investigated") == (None, D(2026, 5, 20))


def test_a_long_standing_perfect_stays_open() -> None:
    text = (
        "Eleven inmates escaped from the Challapalca prison in southern Peru on March 3.\n\n"
        "Lawyers for the inmates have long filed complaints with the courts over conditions at the prison."
    )
    assert _dates_of(text, D(2026, 3, 12), "filed complaints") == (None, D(2026, 3, 12))


def test_an_incident_too_old_to_be_the_news_gives_no_bound() -> None:
    text = (
        "The Sava burst its banks near Slavonski Brod on 3 March, flooding hundreds of homes.\n\n"
        "The county government has asked the European Union for help in rebuilding the levees."
    )
    assert _dates_of(text, D(2026, 6, 10), "asked the European Union") == (None, D(2026, 6, 10))


def test_a_perfect_told_before_any_dated_incident_stays_open() -> None:
    text = (
        "Ravenna's port authority said the cranes were idle.\n\n"
        "The dockers' union has informed the labour ministry of its grievances. "
        "A crane collapsed onto a container ship in the port on Thursday."
    )
    assert _dates_of(text, D(2026, 7, 4), "has informed") == (None, D(2026, 7, 4))


# what ends an act the article dated, named again by a definite noun, came on or after that act's day
# ("The blockade was lifted by the persons themselves after a dialogue", probe29 S; "the road" reopened, probe23 L)


def test_blockade_lifted_after_talks_follows_the_dated_blockade() -> None:
    text = (
        "On 13 August about two hundred truck drivers blocked the main border crossing between Poland and Ukraine "
        "near Dorohusk.\n\n"
        "The blockade was lifted by the drivers themselves after talks with the regional governor."
    )
    assert _dates_of(text, D(2026, 8, 19), "blockade was lifted") == (D(2026, 8, 13), D(2026, 8, 19))


def test_blockade_broken_up_by_police_follows_the_dated_blockade() -> None:
    text = (
        "Taxi drivers blocked the road to Jomo Kenyatta airport in Nairobi on Tuesday 3 November, stranding "
        "hundreds of travellers.\n\n"
        "Police broke up the blockade with water cannon. Flights were delayed."
    )
    assert _dates_of(text, D(2026, 11, 8), "broke up the blockade") == (D(2026, 11, 3), D(2026, 11, 8))


def test_an_ending_with_its_own_day_keeps_it() -> None:
    text = "Fishermen blocked the port of Boulogne on 14 May.\n\nThe blockade was lifted on 16 May."
    assert _dates_of(text, D(2026, 5, 20), "blockade was lifted") == (D(2026, 5, 16), D(2026, 5, 16))


def test_lifting_something_not_told_before_stays_open() -> None:
    text = (
        "Farmers in Navarre blocked a motorway near Pamplona on 12 May.\n\n"
        "The government lifted a ban on pesticide imports."
    )
    assert _dates_of(text, D(2026, 5, 20), "lifted a ban") == (None, D(2026, 5, 20))


def test_the_end_of_an_act_too_old_to_be_the_news_stays_open() -> None:
    text = (
        "Farmers in Navarre blocked the motorway near Pamplona on 2 March.\n\n"
        "The blockade was lifted by the farmers after talks with the regional government."
    )
    assert _dates_of(text, D(2026, 5, 20), "blockade was lifted") == (None, D(2026, 5, 20))
