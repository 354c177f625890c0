"""Issue #12, requirements 2 and 5: a country's government bodies and armed forces are organisations of that
country ("Chile's navy", "the Nigerian army", "the foreign ministry of Bolivia"), named by the nationality written
("Nigerian army"; session 22: as reports and gold tables name them) or else "<Country> <body>", and linked to the
country (the actor's ``country`` attribute), while the country stays among the event's actors as a participant
(session 22: no longer in the body's role, since the body did it), so that ``--actor Chile`` still finds what
Chile's navy did and ``--actor "Chile navy"`` tells it from what Chile's foreign ministry did.  Sentences written
for these tests, not taken from any probe."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_probe4_classes import read, with_word
from timelinekg.schema.identity import name_key
from timelinekg.schema.model import Actor, Event, Facts

pytest.importorskip("spacy")


def actor_named(facts: Facts, key: str) -> Actor | None:
    return next((a for a in facts.actors if name_key(a.name) == key), None)


def roles_of(facts: Facts, event: Event) -> dict[str, str]:
    by_id = {a.id: a for a in facts.actors}
    return {name_key(by_id[p.actor_id].name): p.role for p in event.participants}


@pytest.mark.parametrize(
    ("text", "word", "body", "country"),
    [
        ("Chile's navy seized a fishing trawler off Arica on Tuesday.", "seized", "chile navy", "Chile"),
        ("The Nigerian army said on Monday it had freed 40 hostages.", "said", "nigerian army", "Nigeria"),
        (
            "Bolivia's foreign ministry summoned the Peruvian ambassador on Tuesday.",
            "summoned",
            "bolivia foreign ministry",
            "Bolivia",
        ),
        ("The Thai junta dissolved the national assembly on Friday.", "dissolved", "thai junta", "Thailand"),
        ("The navy of Indonesia intercepted a smuggling boat on Monday.", "intercepted", "indonesia navy", "Indonesia"),
        ("Egypt's military detained three journalists on Monday.", "detained", "egypt military", "Egypt"),
        ("The Peruvian Navy seized a foreign fishing boat on Monday.", "seized", "peruvian navy", "Peru"),
        ("Ghana's police arrested 12 people in Accra on Monday.", "arrested", "ghana police", "Ghana"),
        ("Kenya's central bank raised its benchmark rate on Tuesday.", "raised", "kenya central bank", "Kenya"),
        ("Colombia's coast guard rescued 30 migrants on Sunday.", "rescued", "colombia coast guard", "Colombia"),
        (
            "Turkey's constitutional court annulled the law on Monday.",
            "annulled",
            "turkey constitutional court",
            "Turkey",
        ),
        ("Pakistani police arrested five suspects in Quetta on Monday.", "arrested", "pakistani police", "Pakistan"),
        ("Mongolia's parliament approved the budget on Monday.", "approved", "mongolia parliament", "Mongolia"),
        ("The Central Bank of Kenya cut its main rate on Tuesday.", "cut", "kenya central bank", "Kenya"),
        (
            "The Supreme Court of Pakistan suspended the law on Monday.",
            "suspended",
            "pakistan supreme court",
            "Pakistan",
        ),
    ],
)
def test_a_state_body_is_an_organisation_of_its_country(text: str, word: str, body: str, country: str) -> None:
    facts = read(text)
    acts = with_word(facts, word)
    assert acts, [e.label for e in facts.events]
    found = actor_named(facts, body)
    assert found is not None, [(a.name, a.kind) for a in facts.actors]
    assert found.kind == "organisation"
    assert ("country", country) in found.attributes, found.attributes
    roles = roles_of(facts, acts[0])
    assert roles.get(body) == "agent", roles
    # the country takes part: country-level queries and scorers still find it; the body did it
    assert roles.get(name_key(country)) == "participant", roles


def test_two_bodies_of_one_country_are_told_apart() -> None:
    facts = read(
        "Mexico's navy seized two tonnes of cocaine off Oaxaca on Monday. "
        "Mexico's foreign ministry summoned the Guatemalan ambassador on Tuesday."
    )
    seized, summoned = with_word(facts, "seized")[0], with_word(facts, "summoned")[0]
    assert roles_of(facts, seized).get("mexico navy") == "agent", roles_of(facts, seized)
    assert roles_of(facts, summoned).get("mexico foreign ministry") == "agent", roles_of(facts, summoned)
    assert "mexico foreign ministry" not in roles_of(facts, seized)


def test_one_body_written_three_ways_is_one_actor() -> None:
    facts = read(
        "The Chilean navy seized a trawler on Monday. Chile's navy said on Tuesday the crew had been freed. "
        "A spokesman for the navy of Chile declined to comment."
    )
    navies = [a.name for a in facts.actors if "navy" in name_key(a.name)]
    assert [name_key(n) for n in navies] == ["chilean navy"], navies


@pytest.mark.parametrize(
    ("text", "word", "body"),
    [
        ("The navy rescued 14 fishermen on Monday after their boat capsized.", "rescued", "navy"),
        ("The junta dissolved parliament on Friday.", "dissolved", "junta"),
        ("Riot police dispersed the crowd with tear gas on Sunday.", "dispersed", "riot police"),
    ],
)
def test_a_body_with_no_country_in_the_text_has_none(text: str, word: str, body: str) -> None:
    facts = read(text)
    acts = with_word(facts, word)
    assert acts, [e.label for e in facts.events]
    found = actor_named(facts, body)
    assert found is not None, [(a.name, a.kind) for a in facts.actors]
    assert found.kind in ("organisation", "group")
    assert not any(key == "country" for key, _ in found.attributes), found.attributes
    assert all(a.kind != "country" for a in facts.actors), [(a.name, a.kind) for a in facts.actors]


@pytest.mark.parametrize(
    "text",
    [
        "The Free Syrian Army shelled a checkpoint on Monday.",
        "The Italian Space Agency launched a satellite on Tuesday.",
    ],
)
def test_a_body_named_with_a_nationality_is_no_state_body(text: str) -> None:
    facts = read(text)
    assert all(not any(k == "country" for k, _ in a.attributes) for a in facts.actors), [
        (a.name, a.attributes) for a in facts.actors
    ]


def test_country_and_body_queries_in_the_store(tmp_path: Path) -> None:
    from timelinekg.graph.ingest import ingest
    from timelinekg.graph.sqlite import SQLiteStore
    from timelinekg.queries import between
    from timelinekg.schema.dates import DateRange

    facts = read(
        "Uruguay's navy seized a trawler off Montevideo on Monday. "
        "Uruguay's foreign ministry summoned the Brazilian ambassador on Tuesday."
    )
    store = SQLiteStore(tmp_path / "s.db")
    try:
        ingest(store, facts)
        window = DateRange.parse("2025-04-01", "2025-04-30")
        by_country = {e.label for e in between(store, window, actor="Uruguay")}
        by_navy = {e.label for e in between(store, window, actor="Uruguay navy")}
        assert any("seized" in label for label in by_country) and any("summoned" in label for label in by_country)
        assert any("seized" in label for label in by_navy)
        assert not any("summoned" in label for label in by_navy), by_navy
    finally:
        store.close()
