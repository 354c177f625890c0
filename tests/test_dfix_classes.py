"""Classes behind the wrong dates and duplicates of the last real-news cluster (issue #12), written as short
articles of other topics and wordings (no text from the development corpora).

* An event told in a clause of the same time ("as", "when", "while" in the simple past) is narrated in the
  time frame of the story even when the main clause is no event ("smoke could be seen as ..."), and a
  sentence in the past progressive ("troops were regrouping") goes on in that frame instead of leaving it.
* An act whose result lasts "until" a later day ("closed the highway until Wednesday") is narrated in the
  story's frame: the day after "until" ends the state, it is no other time frame of the act.
* The news day the lead names in a clause about its people ("families who fled when the dam burst on Sunday
  remain in shelters") sets the frame of the narration after it.
* A speaker's words one article tells sentence after sentence, with no day but its report's, were said on the
  occasion it names ("told reporters ... '...,' she said"), as when the article gives the day.
* An event told in a relative clause about a thing ("a school in Lagos that burned down") happened where the
  phrase of that thing puts it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.test_back_references import load
from tests.test_probe4_classes import read as read_published
from tests.test_temporal_focus import quoted
from timelinekg.schema.model import Event, Facts

pytest.importorskip("spacy")

D = dt.date
SUNDAY = D(2025, 9, 7)
MONDAY = D(2025, 9, 8)


def read(text: str, published: dt.date = MONDAY) -> Facts:
    return read_published(text, published)


def assert_in_sundays_frame(event: Event) -> None:
    assert (event.earliest, event.latest) == (SUNDAY, MONDAY), (event.type, event.label, event.earliest)
    assert event.precision == "unknown"  # a window from the frame's day to the report, no day the text gave


# -- an event told in a clause of the same time, under a main clause that is no event --------------------------
@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Protesters occupied the central square of the capital on Sunday. Shops stayed shuttered as riot "
            "police arrested dozens of demonstrators.",
            "arrested dozens",
        ),
        (
            "Floodwaters inundated dozens of villages on Sunday. Residents could only watch from rooftops as "
            "soldiers evacuated the elderly.",
            "evacuated the elderly",
        ),
        (
            "Gunmen attacked a police station in the northern province on Sunday. The sound of gunfire could be "
            "heard across town as officers detained two of the attackers.",
            "detained two",
        ),
        (
            "Miners walked off the job at the country's largest copper mine on Sunday. Production ground to a "
            "halt when security guards arrested the union's leaders.",
            "arrested the union",
        ),
    ],
)
def test_an_event_in_a_clause_of_the_same_time_is_in_the_storys_frame(text: str, words: str) -> None:
    assert_in_sundays_frame(quoted(read(text), words))


# -- a sentence in the past progressive goes on in the frame ---------------------------------------------------
@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "A passenger train derailed outside the capital on Sunday. It was travelling at high speed on a "
            "curve. Rescuers pulled 40 people from the wreckage.",
            "pulled 40",
        ),
        (
            "Thousands of teachers marched on parliament on Sunday. Police were guarding the entrances. Officers "
            "detained twelve protesters.",
            "detained twelve",
        ),
        (
            "Fire tore through a crowded market in the old city on Sunday. Traders were packing up their stalls. "
            "Firefighters evacuated hundreds of shoppers.",
            "evacuated hundreds",
        ),
        (
            "Rebels seized an army base near the border on Sunday. Soldiers were sleeping in their barracks. The "
            "rebels arrested the base commander.",
            "arrested the base",
        ),
    ],
)
def test_the_past_progressive_goes_on_in_the_frame(text: str, words: str) -> None:
    assert_in_sundays_frame(quoted(read(text), words))


# -- an act whose result lasts until a later day ----------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "A chemical leak forced the evacuation of a suburb on Sunday. Authorities closed the main highway "
            "until Wednesday.",
            "closed the main highway",
        ),
        (
            "Clashes broke out between rival fans on Sunday. The league postponed the remaining matches until "
            "Wednesday.",
            "postponed",
        ),
        (
            "Fighting flared in the disputed province on Sunday. The government imposed a curfew until Friday.",
            "imposed a curfew",
        ),
        (
            "Heavy rain flooded the capital on Sunday. The port authority closed the harbour to shipping until "
            "Tuesday morning.",
            "closed the harbour",
        ),
    ],
)
def test_an_act_lasting_until_a_later_day_is_in_the_storys_frame(text: str, words: str) -> None:
    assert_in_sundays_frame(quoted(read(text), words))


# -- the lead names the news day in a clause about its people: the narration after it is set in that day ---------
@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Two fishermen whose small boat capsized in a squall on Sunday are feared drowned, local media "
            "reported. Villagers protested outside the harbour office.",
            "protested outside",
        ),
        (
            "Hundreds of families who fled their homes when the dam burst on Sunday remain in shelters, the Red "
            "Cross said. Police arrested the dam's chief engineer.",
            "arrested the dam",
        ),
        (
            "Dozens of shoppers who were hurt when a roof gave way at a mall on Sunday remain in hospital, officials "
            "said. Police arrested the mall's owner.",
            "arrested the mall",
        ),
        (
            "Six tourists whose bus overturned on a mountain road on Sunday are still in hospital, the tour "
            "operator said. Relatives protested outside the company's offices.",
            "protested outside",
        ),
    ],
)
def test_the_news_day_the_lead_names_in_a_clause_sets_the_frame(text: str, words: str) -> None:
    assert_in_sundays_frame(quoted(read(text), words))


# -- what stays out of the frame -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "words"),
    [
        # a state that ended long before the news is another time
        (
            "Rebels seized an army base near the border on Sunday. The army closed the border crossing until 2019.",
            "closed the border",
        ),
        # "while" and a clause put first: a contrast or a cause, no act of the frame's time
        (
            "Rebels seized an army base near the border on Sunday. While police detained two rebel commanders, "
            "the prime minister remains silent.",
            "detained two rebel",
        ),
        (
            "Rebels seized an army base near the border on Sunday. As police arrested dozens of suspects, the "
            "rebels withdrew from the town.",
            "arrested dozens",
        ),
        # a clause of the lead that tells an older time sets no frame
        (
            "The former minister who ran the agency until 2019 is under investigation. Police arrested his son.",
            "arrested his son",
        ),
        # only the lead's clauses: a later sentence's clause describes a participant, with its own time
        (
            "Protesters gathered outside parliament. A student who was injured on Sunday is in hospital. Police "
            "arrested two men.",
            "arrested two men",
        ),
        # the past perfect progressive tells what went before: the frame is left
        (
            "Rebels seized an army base near the border on Sunday. The army had been fighting them for months. "
            "Police arrested a rebel leader.",
            "arrested a rebel",
        ),
        # a future in the past: "would ... when" is no narrated act
        (
            "Rebels seized an army base near the border on Sunday. The general said he would resign when the "
            "troops arrested the rebel leaders.",
            "arrested the rebel",
        ),
    ],
)
def test_background_and_other_times_stay_out_of_the_frame(text: str, words: str) -> None:
    event = quoted(read(text), words)
    assert event.earliest is None or event.earliest != SUNDAY, (event.earliest, event.latest)


# -- one speaker's words, sentence after sentence, in an article that gives them no day of their own -----------
WEDNESDAY = D(2025, 9, 10)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "A gas explosion destroyed an apartment block in the port city on Tuesday. Fire chief Anna Kowalski "
            "told reporters that crews had searched every floor. “We have found no one else inside the building,” "
            "Kowalski said.",
            "Anna Kowalski",
        ),
        (
            "Floods cut off dozens of villages in the valley on Tuesday. Regional governor Tomas Berg told a news "
            "conference that helicopters would drop supplies. “Nobody will be left behind,” Berg said.",
            "Tomas Berg",
        ),
        (
            "A passenger jet skidded off the runway at the city airport on Tuesday. Airport director Maria Solis "
            "told reporters that all 140 passengers were safe. “The crew did an extraordinary job,” Solis said.",
            "Maria Solis",
        ),
        (
            "Prison guards walked off the job across the country on Tuesday. Union leader Pavel Novak told "
            "reporters the strike would continue. “Our members have waited long enough,” Novak said.",
            "Pavel Novak",
        ),
    ],
)
def test_a_speakers_undated_words_in_one_article_are_said_on_the_occasion_it_names(
    tmp_path: Path, text: str, speaker: str
) -> None:
    events = load(tmp_path, ("news", WEDNESDAY, text))
    person = speaker.lower().replace(" ", "-")
    said = [e for e in events if e.type == "statement" and person in {p.actor_id for p in e.participants}]
    assert len(said) == 1, [(e.label, e.earliest, e.latest) for e in said]
    assert len(said[0].mentions) == 2


@pytest.mark.parametrize(
    "text",
    [
        # another occasion the article names
        "Prison guards walked off the job across the country on Tuesday. Union leader Pavel Novak told reporters "
        "the strike would continue. In a separate interview, Novak said he had received threats.",
        # two speakers
        "Floods cut off dozens of villages in the valley on Tuesday. Regional governor Tomas Berg told a news "
        "conference that helicopters would drop supplies. “Nobody will be left behind,” mayor Ilse Vogt said.",
    ],
)
def test_words_of_another_occasion_or_speaker_stay_apart(tmp_path: Path, text: str) -> None:
    events = load(tmp_path, ("news", WEDNESDAY, text))
    said = [e for e in events if e.type == "statement"]
    assert len(said) == 2, [(e.label, [p.actor_id for p in e.participants]) for e in said]


# -- the occasion a speaker "told": "told a news conference", "told a briefing" ---------------------------------
@pytest.mark.parametrize(
    ("text", "occasion"),
    [
        ("The health minister told a news conference that the outbreak was under control.", "conference"),
        ("A navy spokesman told a briefing in the capital that two ships had been damaged.", "briefing"),
        ("Interior minister Lena Hart told a press conference that the riots had been planned.", "conference"),
        ("Officials told a hastily arranged briefing that the border would stay closed.", "briefing"),
    ],
)
def test_what_the_words_were_told_to_is_their_occasion(text: str, occasion: str) -> None:
    said = [e for e in read(text).events if e.type == "statement"]
    assert said and occasion in (said[0].attribute("occasion") or ()), [(e.label, e.attributes) for e in said]


# -- an event in a relative clause happened where its antecedent is --------------------------------------------
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The minister visited a school in Lagos that burned down on Tuesday.", "lagos"),
        ("Investors fled a bank in Lisbon that collapsed on Tuesday.", "lisbon"),
        ("Crews began clearing a highway in Oregon that flooded on Tuesday.", "oregon"),
        ("The president promised to rebuild a stadium in Manila that caught fire on Tuesday.", "manila"),
    ],
)
def test_an_event_in_a_relative_clause_is_where_its_antecedent_is(text: str, place: str) -> None:
    disasters = [e for e in read(text, WEDNESDAY).events if e.type == "disaster"]
    assert disasters and disasters[0].place_ids == (place,), [(e.label, e.place_ids) for e in disasters]
