"""A sentence with no time of its own that goes on with a dated episode (session 27, helper `dating31`), told first in
our own wording, about other countries, people and kinds of story than the probes' where it was seen.

"It was seized at Palermo's port at dawn on September 18 ... The Carabinieri heritage squad arrested the driver"
(probe28, a feature written twelve days later) and "ran into turbulence yesterday afternoon ... The crew declared an
emergency" (probe24): the second act was left open (None..report), so it stayed apart from the same act told with
its day by another outlet.  The narration's frame (``_narration_frame``) gives only a window, only for days at most
three days before the report.  News narrates an episode in the simple past sentence after sentence: the next sentence
of the same paragraph, in the simple past, with no time of its own and no word of background, tells the same day's
act.  Near misses: a new episode with its own date, a background sentence ("previously"), a pluperfect, a new
paragraph, a present, a report of the report's day.
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
    found = [(earliest, latest) for label, earliest, latest in _dated(text, published) if words in label]
    assert found, _dated(text, published)
    return found[0]


# the next sentence of a dated episode takes its day


def test_rescue_after_a_dated_grounding_shares_its_day() -> None:
    text = (
        "The passenger ferry Vela ran aground off the island of Hvar at dawn on 2 August, with 180 people on board. "
        "The coast guard evacuated the passengers to Split."
    )
    assert _dates_of(text, D(2026, 8, 20), "evacuated") == (D(2026, 8, 2), D(2026, 8, 2))


def test_rescue_after_a_dated_fire_shares_its_day() -> None:
    text = (
        "Fire broke out in a textile warehouse in Ludhiana on the night of March 4. "
        "Firefighters rescued eleven workers from the roof."
    )
    assert _dates_of(text, D(2026, 3, 25), "rescued") == (D(2026, 3, 4), D(2026, 3, 4))


def test_detention_by_pronoun_after_a_dated_seizure_shares_its_day() -> None:
    text = (
        "Customs officers found 300 kilograms of cocaine in a banana container at the port of Guayaquil on "
        "October 9. They detained the driver of the truck, a 40-year-old from Machala."
    )
    assert _dates_of(text, D(2026, 10, 30), "detained") == (D(2026, 10, 9), D(2026, 10, 9))


def test_diversion_after_dated_turbulence_shares_its_day() -> None:
    text = (
        "A Lufthansa jet bound for Singapore hit severe turbulence over the Bay of Bengal on June 9. "
        "The pilots declared an emergency and diverted to Chennai."
    )
    assert _dates_of(text, D(2026, 6, 22), "declared an emergency") == (D(2026, 6, 9), D(2026, 6, 9))


# near misses: the act keeps its own day, or no day is inherited


def test_a_new_episode_with_its_own_date_keeps_it() -> None:
    text = (
        "The passenger ferry Vela ran aground off the island of Hvar on 2 August. "
        "The coast guard evacuated the passengers to Split on 5 August."
    )
    assert _dates_of(text, D(2026, 8, 20), "evacuated") == (D(2026, 8, 5), D(2026, 8, 5))


def test_a_background_sentence_takes_no_day() -> None:
    text = (
        "The passenger ferry Vela ran aground off the island of Hvar on 2 August. "
        "The coast guard previously evacuated a stranded ship in the same strait."
    )
    assert _dates_of(text, D(2026, 8, 20), "evacuated")[0] is None


def test_a_pluperfect_takes_no_day() -> None:
    text = (
        "The passenger ferry Vela ran aground off the island of Hvar on 2 August. "
        "The captain had ignored a storm warning from the harbour master."
    )
    assert _dates_of(text, D(2026, 8, 20), "ignored")[0] != D(2026, 8, 2)


def test_a_new_paragraph_takes_no_day() -> None:
    text = (
        "The passenger ferry Vela ran aground off the island of Hvar on 2 August.\n\n"
        "Prosecutors in Split charged the captain with endangering lives."
    )
    assert _dates_of(text, D(2026, 8, 20), "charged")[0] is None


def test_a_present_tense_sentence_takes_no_day() -> None:
    text = (
        "Fire broke out in a textile warehouse in Ludhiana on the night of March 4. "
        "Rescue teams are evacuating the workers from the roof."
    )
    assert _dates_of(text, D(2026, 3, 25), "evacuating")[0] != D(2026, 3, 4)


def test_an_episode_of_another_year_does_not_date_the_next_sentence_by_a_pluperfect() -> None:
    text = "The same ferry had run aground off Hvar in 2019. The coast guard evacuated the passengers to Split."
    assert _dates_of(text, D(2026, 8, 20), "evacuated")[0] is None


def test_a_statement_after_the_episode_is_not_of_its_day() -> None:
    text = (
        "The passenger ferry Vela ran aground off the island of Hvar on 2 August. "
        "The port authority said the route would reopen within a month."
    )
    assert _dates_of(text, D(2026, 8, 20), "said")[0] != D(2026, 8, 2)


def test_a_recent_day_keeps_the_narrations_window() -> None:
    # a day of these days: the narration's frame gives a window to the report, as before
    text = (
        "Fire broke out in a textile warehouse in Ludhiana on Monday night. "
        "Firefighters rescued eleven workers from the roof."
    )
    assert _dates_of(text, D(2026, 3, 25), "rescued") == (D(2026, 3, 23), D(2026, 3, 25))


def test_an_act_told_as_later_is_not_of_the_episodes_day() -> None:
    text = (
        "Fire broke out in a textile warehouse in Ludhiana on the night of March 4, 2024. "
        "Police later arrested the owner of the warehouse."
    )
    assert _dates_of(text, D(2026, 3, 25), "arrested")[0] != D(2024, 3, 4)


def test_a_relative_clause_of_now_leaves_the_act_in_the_episode() -> None:
    text = (
        "Border guards stopped a lorry loaded with stolen icons at the Kapitan Andreevo border post on 11 May. "
        "They arrested its driver, a 45-year-old from Plovdiv, who is now in custody in Haskovo."
    )
    assert _dates_of(text, D(2026, 6, 2), "arrested its driver") == (D(2026, 5, 11), D(2026, 5, 11))


def test_a_span_of_talks_in_the_episode_names_no_other_day() -> None:
    text = (
        "Late on Friday night, after eleven hours of talks, the transport ministry and the bus drivers' union of "
        "Bucharest signed a wage agreement. The union called off its strike."
    )
    assert _dates_of(text, D(2026, 4, 16), "called off") == (D(2026, 4, 10), D(2026, 4, 10))


def test_the_span_of_what_a_ruling_asks_is_not_its_own_time() -> None:
    text = (
        "On 2 March the Constitutional Court in Bogota struck down the mining decree. "
        "It ordered the environment ministry to draft new rules within six months."
    )
    assert _dates_of(text, D(2026, 3, 20), "ordered") == (D(2026, 3, 2), D(2026, 3, 2))


def test_an_act_that_lasted_a_span_of_its_own_takes_no_day() -> None:
    text = (
        "On 2 March the Constitutional Court in Bogota struck down the mining decree. "
        "Miners blocked the Pan-American Highway for three days."
    )
    assert _dates_of(text, D(2026, 3, 20), "blocked")[0] != D(2026, 3, 2)
