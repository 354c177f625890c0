"""Participle acts left open (None..report) though the clause they hang on is dated (session 30, helper `dated31`),
told first in our own wording, about other countries, people and kinds of story than the probes' where they were
seen.

1. A participle hung on a "when" clause that describes a dated time and is no event itself ("Frustration boiled over
   on Wednesday, when hundreds of lorry drivers parked their trucks across the main access road ..., demanding that
   customs restore the system", probe31): the drivers demanded it then, on the day the "when" clause describes.
   Near misses: a participle of a clause with no day, a "when" clause about a plan.
2. A speech act told as a participle that the parse hangs on the reported clause rather than on the verb of saying
   ("Yesterday the economy minister said the government would 'not step in ...', ruling out emergency legislation
   for now", probe30): the speaker ruled it out as he said it, on the day of the saying.  Near misses: a participle
   that tells no speech act ("leaving the town undefended": what the plan would do), a reported clause dated
   itself (the participle is that clause's).
3. "X said in a statement" with no day: a text its issuer put out for the news, dated by its report like any "said"
   ("the authority said in a statement", probe31 S; "The organiser ... said in a statement on its social media
   accounts", probe31 L; the same open statements in probe2, probe5, probe7, probe12, probe17, probe18, probe19),
   and the time its content clause gives is the content's ("said in a statement that the former employee had left
   in March", dated to March, probe31 K; "said in a statement that it would send an envoy", dated to the week
   after the report, probe16).  Near misses: an occasion of its own ("in an interview"), a statement the text dates.
4. A perfect that answers the incident told before it, left open where the incident is a noun with its own day under
   a present verb ("The recall follows the fire at a residential unit in Jurong West on 8 March 2026. The Singapore
   Civil Defence Force has informed the public", probe31 S) or where the perfect is a relative clause set off by a
   comma ("lodged with the Platform for the Fight against Cybercrime, which has opened an investigation", probe31 K;
   probe29's "Georgian authorities have asked Turkey for help" is open too, for another reason): it came between the
   incident and the report.  Near misses: a relative clause of background ("since 2019"), a happening still to come,
   the participant of an analyst's guess ("could hurt its talks with the EU, which has urged ...").
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.test_s29_undated30 import _dates_of

D = dt.date
PUBLISHED = D(2026, 3, 14)


# 1. a participle of a "when" clause that describes a dated time
@pytest.mark.parametrize(
    ("text", "words", "day"),
    [
        (
            "Ghana's port authority said on Friday that clearance had resumed. Frustration boiled over on Wednesday, "
            "when hundreds of taxi drivers parked their cars across the main access road to the port in Tema, "
            "demanding that the ministry restore the permits or waive the fines. Police fired tear gas to clear the "
            "road.",
            "demanding that the ministry",
            D(2026, 3, 11),
        ),
    ],
)
def test_a_participle_of_a_when_clause_is_of_the_day_it_describes(text: str, words: str, day: dt.date) -> None:
    assert _dates_of(text, PUBLISHED, words) == (day, day)


# 2. a speech act told as a participle, hung on the reported clause
@pytest.mark.parametrize(
    ("text", "words", "day"),
    [
        (
            "On Friday the Brazilian president told reporters that the army would stay in the favelas, dismissing "
            "calls for a withdrawal.",
            "dismissing calls",
            D(2026, 3, 13),
        ),
        (
            "The Swedish foreign minister said on Tuesday that Stockholm would keep its embassy in Minsk open, "
            "rejecting demands from the opposition to close it.",
            "rejecting demands",
            D(2026, 3, 10),
        ),
        (
            "On Monday the Chilean finance minister said the government would not raise fuel taxes this year, "
            "ruling out an emergency levy.",
            "ruling out",
            D(2026, 3, 9),
        ),
    ],
)
def test_a_speech_participle_of_a_reported_clause_is_of_the_saying_day(text: str, words: str, day: dt.date) -> None:
    assert _dates_of(text, PUBLISHED, words) == (day, day)


# near misses: a clause of no day, a reported clause with its own time (the participle is of that time)
@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Hundreds of taxi drivers parked their cars across the main access road to the port in Tema, demanding "
            "that the ministry restore the permits or waive the fines.",
            "demanding that the ministry",
        ),
        (
            "The Peruvian interior minister said on Monday that the rebels had attacked the convoy in March, "
            "demanding a ransom for the engineers.",
            "demanding a ransom",
        ),
        (
            "The Nigerian labour minister said on Friday that the union would strike from next Wednesday, demanding "
            "a higher minimum wage.",
            "demanding a higher",
        ),
    ],
)
def test_a_participle_with_no_dated_clause_stays_open(text: str, words: str) -> None:
    earliest, _ = _dates_of(text, PUBLISHED, words)
    assert earliest is None or not isinstance(earliest, dt.date) or not D(2026, 3, 9) <= earliest <= PUBLISHED


# 3. "said in a statement": the issuer's text for the news, not an undated occasion; the time its content clause
# gives is the content's
PUBLISHED_AUGUST = D(2026, 8, 7)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "The pilots' union of Air Malta said in a statement that its members would not fly until the airline "
            "restored their pay.",
            "said in a statement",
        ),
        (
            "Floods cut the railway between Lahore and Karachi on Wednesday. Pakistan Railways said in a statement "
            "that all trains on the line had been cancelled.",
            "said in a statement",
        ),
        (
            "In a statement, the Ghana Health Service said that three more cases of cholera had been confirmed in "
            "Accra.",
            "Ghana Health Service said",
        ),
        (
            "Landslides cut the coastal road near Mombasa on Tuesday. The Kenyan interior ministry said in a statement "
            "that the road would reopen next week.",
            "said in a statement",
        ),
        (
            "Hackers locked the port's booking system on Sunday. The software contractor, Baltic Code, said in a "
            "statement that the engineer had left the company in January.",
            "said in a statement",
        ),
        ("The software firm, Baltic Code, said in a statement that the former employee had left in April.", "said"),
    ],
)
def test_a_statement_the_text_does_not_date_is_of_the_news_of_its_report(text: str, words: str) -> None:
    earliest, latest = _dates_of(text, PUBLISHED_AUGUST, words)
    assert isinstance(earliest, dt.date) and isinstance(latest, dt.date)
    assert PUBLISHED_AUGUST - dt.timedelta(days=7) <= earliest <= latest == PUBLISHED_AUGUST


@pytest.mark.parametrize(
    ("text", "words", "dates"),
    [
        # an occasion of its own, which the text does not date
        ("In an interview, the mayor of Gdansk said the shipyard bridge would reopen in May.", "mayor", (None,)),
        # a statement the text dates
        (
            "The Peruvian navy said in a statement on Wednesday that a patrol boat had stopped two trawlers.",
            "said in a statement",
            (D(2026, 8, 5), D(2026, 8, 5)),
        ),
        # the statement a speaker's words of the news, dated, were put out in
        (
            "Finnish lift maker Korvola said on Wednesday it was recalling about 80,000 home lifts sold in Europe "
            "because a faulty brake could fail.\n\nThe recall covers two models made between 2019 and 2022 at the "
            "company's plant in Tampere, Korvola said in a statement. Owners were told to stop using the lifts.",
            "Korvola said in a statement",
            (D(2026, 8, 5), D(2026, 8, 5)),
        ),
    ],
)
def test_an_occasion_or_a_dated_statement_keeps_its_own_time(text: str, words: str, dates: tuple[object, ...]) -> None:
    found = _dates_of(text, PUBLISHED_AUGUST, words)
    assert found[: len(dates)] == dates


# 4. a perfect that answers the incident told before it: after a happening named with its own day, and in a relative
# clause set off by a comma that tells what a participant did
@pytest.mark.parametrize(
    ("text", "words", "day"),
    [
        (
            "The recall follows the collapse of a water main in Kisumu on 2 August 2026. The Kenya Red Cross has "
            "informed the public that the water in three districts is unsafe to drink.",
            "Kenya Red Cross has informed",
            D(2026, 8, 2),
        ),
        (
            "The closure follows the explosion at a fireworks depot in Tultepec on 3 August 2026. The civil "
            "protection agency has informed residents that the area will stay sealed.",
            "has informed residents",
            D(2026, 8, 3),
        ),
        (
            "1. Hackers encrypted the servers of the national pension fund in Accra on Sunday 2 August 2026.\n\n"
            "2. A complaint has been lodged with the cybercrime unit of the Ghana Police Service, which has opened an "
            "investigation.",
            "opened an investigation",
            D(2026, 8, 2),
        ),
        (
            "Hackers encrypted the servers of the national pension fund in Accra on Sunday. The fund has filed a "
            "complaint with the police, which has opened an investigation.",
            "opened an investigation",
            D(2026, 8, 2),
        ),
    ],
)
def test_a_perfect_answering_the_incident_comes_after_it(text: str, words: str, day: dt.date) -> None:
    assert _dates_of(text, PUBLISHED_AUGUST, words) == (day, PUBLISHED_AUGUST)


@pytest.mark.parametrize(
    ("text", "words", "not_dates"),
    [
        # a relative clause of background: its own time, not the answer's window
        (
            "Hackers encrypted the servers of the national pension fund in Accra on Sunday. The fund called the "
            "police, which have opened an investigation into every attack on the fund since 2019.",
            "opened an investigation",
            (D(2026, 8, 2), PUBLISHED_AUGUST),
        ),
        # a happening of a day still to come is no incident answered
        (
            "The closure comes ahead of the festival in Tultepec on 15 August 2026. The civil protection agency has "
            "informed residents that the area will stay sealed.",
            "has informed residents",
            (D(2026, 8, 15), PUBLISHED_AUGUST),
        ),
    ],
)
def test_a_perfect_with_no_incident_before_it_is_not_its_answer(
    text: str, words: str, not_dates: tuple[dt.date, dt.date]
) -> None:
    assert _dates_of(text, PUBLISHED_AUGUST, words) != not_dates


def test_the_participant_of_an_analysts_guess_answers_nothing() -> None:
    text = (
        "Deputies of the ruling party and the opposition traded punches in the parliament in Skopje on Thursday. "
        "Analysts say the brawl could hurt the country's talks with the European Union, which has urged its "
        "politicians to work together on reforms."
    )
    assert _dates_of(text, D(2026, 10, 16), "which has urged")[0] is None
