"""An undated report of an act another article dates is that act, when it is the only one it fits (issue #12).

"The closure of the hospitals drew condemnation from the Health Ministry" told without a day, two days after another
article's "The Health Ministry condemned the closure of three rural hospitals on Wednesday", is one event: one node,
dated by the dated report, the undated one its provenance.  A speaker's other statements stay apart, and so does an
undated report that two dated acts of its agent could be.  Articles of our own wording."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from timelinekg.graph.base import EventQuery
from timelinekg.graph.ingest import load_paths
from timelinekg.graph.sqlite import SQLiteStore
from timelinekg.schema.merge import MERGE_EVIDENCE, retold_act
from timelinekg.schema.model import Event, Mention, Participation
from timelinekg.schema.speech import SAID

D = dt.date


def report(
    source: str, type: str, trigger: str, earliest: D | None, latest: D, said: list[str], agent: str = "health-ministry"
) -> Event:
    quote = f"{agent} {trigger} {' '.join(said)}"
    return Event(
        f"ev-{source}",
        type,
        quote,
        earliest,
        latest,
        "day" if earliest else "unknown",
        participants=(Participation(agent, "agent"),),
        mentions=(Mention(source, quote, 0, len(quote), earliest, latest),),
        attributes=(("trigger", trigger), (SAID, [said])),
    )


CONDEMNED = report("wire", "disapproval", "condemned", D(2025, 3, 12), D(2025, 3, 12), ["closur", "hospit", "rural"])


def test_an_undated_condemnation_of_the_same_thing_is_the_dated_one() -> None:
    undated = report("paper", "disapproval", "condemnation", None, D(2025, 3, 14), ["anger", "closur", "hospit"])
    evidence = retold_act(undated, CONDEMNED)
    assert evidence is not None
    assert "about the same: closur, hospit" in evidence


@pytest.mark.parametrize(
    ("undated", "why"),
    [
        (
            report("paper", "disapproval", "condemned", None, D(2025, 3, 14), ["fuel", "pric", "rise"]),
            "another subject",
        ),
        (report("paper", "statement", "said", None, D(2025, 3, 14), ["closur", "hospit"]), "another type"),
        (report("wire", "disapproval", "condemned", None, D(2025, 3, 14), ["closur", "hospit"]), "the same article"),
        (report("paper", "disapproval", "condemned", None, D(2025, 3, 30), ["closur", "hospit"]), "weeks later"),
        (report("paper", "disapproval", "condemned", None, D(2025, 3, 11), ["closur", "hospit"]), "before its date"),
        (
            report(
                "paper", "disapproval", "condemned", None, D(2025, 3, 14), ["closur", "hospit"], agent="nurses-union"
            ),
            "another agent",
        ),
    ],
)
def test_what_is_not_a_retelling_of_the_dated_condemnation(undated: Event, why: str) -> None:
    assert retold_act(undated, CONDEMNED) is None, why


def test_a_bare_speech_verb_is_no_act_of_its_own() -> None:
    """ "The union said" twice, on one subject: what tells statements apart is the occasion (schema/speech.py)."""
    dated = report("wire", "statement", "said", D(2025, 3, 10), D(2025, 3, 10), ["pensio", "plan", "unfair"], "union")
    undated = report("paper", "statement", "said", None, D(2025, 3, 12), ["pensio", "plan", "unfair"], "union")
    assert retold_act(undated, dated) is None


# -- articles loaded into a store ------------------------------------------------------------------------------
pytest.importorskip("spacy")


def load(tmp_path: Path, *articles: tuple[str, D, str]) -> list[Event]:
    store = SQLiteStore(tmp_path / "store.db")
    try:
        for name, published, text in articles:  # one at a time, in the given order, as separate loads would
            path = tmp_path / f"{name}.md"
            path.write_text(f"---\ntitle: {name}\npublished: {published.isoformat()}\n---\n{text}\n", encoding="utf-8")
            result = load_paths(store, [path])
            assert not result.errors, result.errors
        return list(store.events(EventQuery(include_open=True)))
    finally:
        store.close()


def nodes_with(events: list[Event], words: str, type: str = "") -> list[Event]:
    return [e for e in events if any(words in m.quote for m in e.mentions) and type in ("", e.type)]


def node_with(events: list[Event], words: str, type: str = "") -> Event:
    """The node of this type holding the report with these words (its sentence may tell other events too)."""
    (node,) = nodes_with(events, words, type)
    return node


MINISTRY = (
    "ministry",
    D(2025, 3, 12),
    "The Health Ministry condemned the closure of three rural hospitals on Wednesday.",
)
NOMINAL = (
    "nominal",
    D(2025, 3, 14),
    "The closure of the hospitals drew condemnation from the Health Ministry and anger from nurses.",
)
UNION = (
    "union",
    D(2025, 6, 3),
    "The transport workers' union claimed on Tuesday that nine in ten drivers had joined the strike.",
)
UNION_AGAIN = (
    "union-again",
    D(2025, 6, 5),
    "Buses stood idle in the depots. The transport workers' union has claimed that nine in ten drivers joined the "
    "strike, a figure the operator disputed.",
)
BOMBING = (
    "bombing",
    D(2025, 9, 12),
    "The Karsin Liberation Front claimed responsibility for Thursday's bombing of a rail depot.",
)
CLAIM = (
    "claim",
    D(2025, 9, 14),
    "Trains to the north were cancelled after the blast. The Karsin Liberation Front has claimed responsibility.",
)
RECALL = (
    "recall",
    D(2025, 4, 9),
    "Nordfahr Motors recalled 40,000 electric vans on Tuesday over faulty brake sensors.",
)
RECALL_AGAIN = (
    "recall-again",
    D(2025, 4, 11),
    "Shares fell in Frankfurt. Nordfahr Motors has recalled 40,000 vans with faulty brake sensors, the regulator said.",
)


@pytest.mark.parametrize(
    ("articles", "type", "undated", "dated", "day"),
    [
        # a ministry's condemnation, told the second time as a noun
        ((MINISTRY, NOMINAL), "disapproval", "drew condemnation", "condemned the closure", D(2025, 3, 12)),
        # stored first, taken in when the dated report arrives
        ((NOMINAL, MINISTRY), "disapproval", "drew condemnation", "condemned the closure", D(2025, 3, 12)),
        # a union's claim about its strike
        ((UNION, UNION_AGAIN), "statement", "has claimed that nine", "claimed on Tuesday", D(2025, 6, 3)),
        # a group claiming an attack
        ((BOMBING, CLAIM), "statement", "has claimed responsibility", "claimed responsibility for", D(2025, 9, 11)),
        # a company's recall
        ((RECALL, RECALL_AGAIN), "business", "has recalled 40,000 vans", "recalled 40,000 electric", D(2025, 4, 8)),
    ],
)  # fmt: skip
def test_an_undated_report_joins_the_one_dated_act_it_retells(
    tmp_path: Path, articles: tuple[tuple[str, D, str], ...], type: str, undated: str, dated: str, day: D
) -> None:
    events = load(tmp_path, *articles)
    node = node_with(events, undated, type)
    assert any(dated in m.quote for m in node.mentions)
    assert node.earliest == day  # the dated report's date; the undated one is its provenance
    assert any("told undated within" in line for line in node.attribute(MERGE_EVIDENCE, ()))


def test_one_speakers_statements_on_different_subjects_stay_apart(tmp_path: Path) -> None:
    fuel = ("fuel", D(2025, 3, 14), "Drivers queued for hours. The Health Ministry condemned the rise in fuel prices.")
    events = load(tmp_path, MINISTRY, fuel)
    assert node_with(events, "rise in fuel prices", "disapproval").earliest is None
    assert len(node_with(events, "closure of three rural hospitals", "disapproval").mentions) == 1


def test_a_claim_two_dated_claims_could_be_stays_alone(tmp_path: Path) -> None:
    ambush = (
        "ambush",
        D(2025, 9, 13),
        "The Karsin Liberation Front claimed responsibility on Friday for an ambush on an army convoy near Osk.",
    )
    events = load(tmp_path, BOMBING, ambush, CLAIM)
    node = node_with(events, "has claimed responsibility", "statement")
    assert node.earliest is None and len(node.mentions) == 1


def test_a_recall_two_dated_recalls_could_be_stays_alone(tmp_path: Path) -> None:
    trucks = (
        "trucks",
        D(2025, 4, 10),
        "Nordfahr Motors recalled 40,000 delivery vans on Wednesday over faulty brake sensors in their trailers.",
    )
    events = load(tmp_path, RECALL, trucks, RECALL_AGAIN)
    node = node_with(events, "has recalled 40,000 vans", "business")
    assert node.earliest is None and len(node.mentions) == 1


def test_show_prints_why_the_undated_report_joined(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from timelinekg.cli import cli

    node = node_with(load(tmp_path, MINISTRY, NOMINAL), "drew condemnation", "disapproval")
    result = CliRunner().invoke(cli, ["--store", str(tmp_path / "store.db"), "show", node.id])
    assert result.exit_code == 0, result.output
    assert "told undated within 7 days of the only such act dated" in result.output


# -- one article returning to its dated news by a definite noun ---------------------------------------------------
def extract(text: str, published: D) -> list[Event]:
    from timelinekg.nlp.extract import Article, extract_article

    return extract_article(Article(text=text, origin="t.txt", title="T", published=published)).events


def test_the_attack_told_again_on_its_day_is_the_articles_attack() -> None:
    """The bare "the attack late Sunday" joins the article's one attack that day before any undated report (the
    drones shot down at sea, elsewhere) can give it arguments that tell it apart."""
    events = extract(
        "Rebel drones struck the port of Velmar on Sunday. Navy ships in the Red Sea also shot down several drones. "
        "The attack late Sunday was the heaviest on the port this year.",
        D(2025, 3, 11),
    )
    port = node_with(events, "struck the port of Velmar", "attack")
    assert any("attack late Sunday" in m.quote for m in port.mentions)
    assert not any("attack late Sunday" in m.quote for m in node_with(events, "Red Sea", "attack").mentions)


def test_the_attack_on_a_day_of_two_attacks_joins_neither() -> None:
    events = extract(
        "Rebel drones struck the port of Velmar on Sunday. Gunmen stormed a police station in Osk on Sunday. "
        "Navy ships in the Red Sea also shot down several drones. The attack late Sunday was the heaviest this year.",
        D(2025, 3, 11),
    )
    for words in ("struck the port of Velmar", "stormed a police station"):
        assert not any("attack late Sunday" in m.quote for e in nodes_with(events, words) for m in e.mentions)


# -- news remembered, and a dated definite mention of it in another article ----------------------------------------
@pytest.mark.parametrize(
    ("text", "remembering"),
    [
        ("Kenya observed a day of mourning, commemorating the deadliest bombing in the country in a decade.", "kenya"),
        ("The governor refrained from linking the bombing to the separatists.", "governor"),
    ],
)
def test_who_remembers_or_links_an_attack_is_not_its_agent(text: str, remembering: str) -> None:
    for event in extract(text, D(2025, 5, 20)):
        assert not any(
            remembering in p.actor_id and p.role == "agent" for p in event.participants if event.type == "attack"
        )


WEDDING = ("wedding", D(2025, 5, 18), "Gunmen attacked a wedding hall in Kano on Saturday, killing 14 people.")
MOURNING = (
    "mourning",
    D(2025, 5, 20),
    "Thousands of mourners protested in Kano on Monday. The governor declared Monday a day of mourning for the 14 "
    "people killed in the Saturday night massacre.",
)


@pytest.mark.parametrize("order", [(WEDDING, MOURNING), (MOURNING, WEDDING)])
def test_a_dated_definite_mention_naming_no_agent_joins_the_one_event_of_its_days(
    tmp_path: Path, order: tuple[tuple[str, D, str], ...]
) -> None:
    events = load(tmp_path, *order)
    node = node_with(events, "attacked a wedding hall", "attack")
    assert any("Saturday night massacre" in m.quote for m in node.mentions)
    assert (node.earliest, node.latest) == (D(2025, 5, 17), D(2025, 5, 17))
    assert any("a dated definite mention" in line for line in node.attribute(MERGE_EVIDENCE, ()))


def test_a_dated_definite_mention_on_a_day_of_two_attacks_stays_apart(tmp_path: Path) -> None:
    """A bombing in another city that Saturday, in the story too (the mourning article names both cities).  (A stored
    article's story is what its events name: a city named by no event of it is not known to the store.)"""
    market = ("market", D(2025, 5, 18), "Militants bombed a market in Zaria on Saturday, killing six people.")
    mourning = (MOURNING[0], MOURNING[1], MOURNING[2].replace("in Kano", "in Kano and Zaria"))
    events = load(tmp_path, WEDDING, market, mourning)
    assert not any("Saturday night massacre" in m.quote for m in node_with(events, "attacked a wedding hall").mentions)
    assert not any(
        "Saturday night massacre" in m.quote for m in node_with(events, "bombed a market", "attack").mentions
    )
