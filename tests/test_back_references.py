"""Back-references (schema/coreference.py): an undated mention that refers back to an event dated elsewhere in
its story joins it.  Short articles written for these tests (no development text), several event kinds, with
the joins and the mentions that must stay apart."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from timelinekg.graph.base import EventQuery
from timelinekg.graph.ingest import load_paths
from timelinekg.graph.sqlite import SQLiteStore
from timelinekg.schema.coreference import (
    BOUNDED_BY,
    REFERENCE,
    Story,
    antecedent,
    fold_back_references,
    refers_back,
    same_referent,
)
from timelinekg.schema.merge import MERGE_EVIDENCE
from timelinekg.schema.model import Event, Mention, Participation

D = dt.date


# -- the rule on its own ---------------------------------------------------------------------------------------
def event(
    id: str,
    type: str,
    earliest: dt.date | None,
    latest: dt.date | None,
    *,
    form: str | None = None,
    agents: tuple[str, ...] = (),
    targets: tuple[str, ...] = (),
    places: tuple[str, ...] = (),
    sentence: int = 0,
    planned: bool = False,
) -> Event:
    participants = tuple(Participation(a, "agent") for a in agents) + tuple(Participation(t, "target") for t in targets)
    attributes: tuple[tuple[str, object], ...] = (("trigger", type),)
    if form:
        attributes += ((REFERENCE, form),)
    if planned:
        attributes += (("planned", True),)
    quote = f"sentence {sentence} of {id}"
    mention = Mention("src-" + id.split("/")[0], quote, sentence * 100, sentence * 100 + 50, earliest, latest)
    return Event(id, type, id, earliest, latest, "day" if earliest else "reported", participants, places, (mention,),
                 attributes=attributes)  # fmt: skip


STORY = Story(
    kinds={"gunmen": "group", "people": "group", "army": "organisation", "hamas": "organisation", "israel": "country"},
    parents={"krasnodar-suburb": "krasnodar"},
)
ATTACK = event("a/attack", "attack", D(2025, 6, 6), D(2025, 6, 6), agents=("gunmen",), places=("krasnodar-suburb",))
KILLED = event("a/killed", "attack", None, D(2025, 6, 7), form="past perfect", targets=("people",), sentence=3)


def test_an_undated_past_perfect_mention_joins_the_one_dated_attack() -> None:
    found = antecedent(KILLED, [ATTACK], STORY)
    assert found is not None and found[0] is ATTACK
    assert "an undated past perfect mention of the attack" in found[1]
    assert "the only dated attack of its story it fits" in found[1]


def test_a_place_inside_the_dated_events_place_agrees() -> None:
    mention = event("a/there", "attack", None, D(2025, 6, 7), form="definite", places=("krasnodar",), sentence=4)
    evidence = refers_back(mention, ATTACK, STORY)
    assert evidence is not None and "place krasnodar" in evidence


@pytest.mark.parametrize(
    ("mention", "why"),
    [
        (event("b/1", "attack", None, D(2025, 6, 7), targets=("people",), sentence=3), "no referring form"),
        (event("b/2", "statement", None, D(2025, 6, 7), form="definite", sentence=3), "speech"),
        (event("b/3", "attack", None, D(2025, 6, 5), form="definite", sentence=3), "reported before the date"),
        (event("b/4", "attack", None, D(2025, 6, 7), form="definite", places=("lima",), sentence=3), "place"),
        (event("b/5", "attack", None, D(2025, 6, 7), form="definite", agents=("hamas",), sentence=3), "named agent"),
        (event("b/6", "disaster", None, D(2025, 6, 7), form="definite", sentence=3), "type"),
        (event("b/7", "attack", D(2020, 1, 1), D(2025, 6, 7), form="definite", sentence=3), "has its own dates"),
    ],
)
def test_what_does_not_refer_back_to_the_dated_attack(mention: Event, why: str) -> None:
    assert refers_back(mention, ATTACK, STORY) is None, why


def test_a_named_agent_needs_the_same_agent_or_none() -> None:
    by_israel = event("d/1", "attack", None, D(2025, 6, 7), form="past perfect", agents=("israel",), sentence=3)
    assert refers_back(by_israel, ATTACK, STORY) is None  # the attack names its agents: gunmen
    no_agent = event("a/plain", "attack", D(2025, 6, 6), D(2025, 6, 6), targets=("people",))
    assert refers_back(by_israel, no_agent, STORY) is not None


def test_background_plans_and_the_mentions_own_sentence_are_no_antecedents() -> None:
    background = event("c/coups", "attack", D(2020, 1, 1), D(2025, 6, 6))  # "attacks since 2020"
    planned = event("c/plan", "attack", D(2025, 6, 6), D(2025, 6, 6), planned=True)
    same_sentence = event("a/same", "attack", D(2025, 6, 6), D(2025, 6, 6), sentence=3)  # KILLED's own sentence
    for dated in (background, planned, same_sentence):
        assert refers_back(KILLED, dated, STORY) is None, dated.id


def test_two_dated_attacks_on_different_days_leave_the_mention_alone() -> None:
    other_day = event("a/other", "attack", D(2025, 6, 2), D(2025, 6, 2), agents=("gunmen",))
    assert antecedent(KILLED, [ATTACK, other_day], STORY) is None


def test_one_days_attack_told_twice_is_no_ambiguity() -> None:
    retold = event("a/retold", "mass-violence", D(2025, 6, 6), D(2025, 6, 7), targets=("people",), sentence=1)
    found = antecedent(KILLED, [ATTACK, retold], STORY)
    assert found is not None and found[0] is retold  # it shares the victims with it
    assert "all on one day" in found[1]


def test_folding_within_an_article_keeps_the_dated_bounds_and_the_mentions_claim() -> None:
    folded = fold_back_references([KILLED, ATTACK], STORY)
    assert [e.id for e in folded] == ["a/attack"]
    (node,) = folded
    assert (node.earliest, node.latest) == (D(2025, 6, 6), D(2025, 6, 6))
    claims = {(m.claimed_earliest, m.claimed_latest) for m in node.mentions}
    assert (None, D(2025, 6, 7)) in claims  # the mention's own "reported by" bound stays its claim
    assert any("an undated past perfect mention" in line for line in node.attribute(MERGE_EVIDENCE))


def test_two_undated_mentions_in_two_articles_refer_to_one_event_when_the_story_dates_none() -> None:
    coup = event("x/coup", "coercion", None, D(2025, 7, 10), form="definite", places=("togo",))
    seizure = event("y/seizure", "coercion", None, D(2025, 7, 11), form="possessive", sentence=2)
    found = same_referent(seizure, [coup], STORY)
    assert found is not None and found[0] is coup and "none dated yet" in found[1]
    # a second candidate leaves it alone; so does a mention of its own article, or one without a referring form
    other = event("z/coup", "coercion", None, D(2025, 7, 11), form="definite", places=("togo",))
    assert same_referent(seizure, [coup, other], STORY) is None
    assert same_referent(event("x/again", "coercion", None, D(2025, 7, 10), form="definite"), [coup], STORY) is None
    assert same_referent(event("y/bare", "coercion", None, D(2025, 7, 11)), [coup], STORY) is None


# -- articles loaded into a store ------------------------------------------------------------------------------
pytest.importorskip("spacy")


def article(folder: Path, name: str, published: dt.date, text: str) -> Path:
    path = folder / f"{name}.md"
    path.write_text(f"---\ntitle: {name}\npublished: {published.isoformat()}\n---\n{text}\n", encoding="utf-8")
    return path


def load(tmp_path: Path, *articles: tuple[str, dt.date, str]) -> list[Event]:
    paths = [article(tmp_path, name, day, text) for name, day, text in articles]
    store = SQLiteStore(tmp_path / "store.db")
    try:
        for path in paths:  # one at a time, in the given order, as separate loads would
            report = load_paths(store, [path])
            assert not report.errors, report.errors
        return list(store.events(EventQuery(include_open=True)))
    finally:
        store.close()


def node_with(events: list[Event], words: str) -> Event:
    """The node holding the report with these words (what was said is a statement of its own)."""
    found = [e for e in events if e.type != "statement" and any(words in m.quote for m in e.mentions)]
    assert len(found) == 1, [(e.type, e.label) for e in found]
    return found[0]


def joined(node: Event) -> str:
    return " | ".join(node.attribute(MERGE_EVIDENCE, ()))


HOTEL = ("hotel", D(2025, 6, 2), "Militants stormed a hotel in Mogadishu on Saturday night, security officials said.")
TOLL = (
    "toll",
    D(2025, 6, 3),
    "The president visited wounded survivors in Mogadishu on Monday. At least 21 people had been killed, the "
    "health ministry said.",
)
COUP = ("coup", D(2025, 7, 10), "Army officers staged a coup in Togo on Wednesday and detained the president.")
CONDEMNED = ("condemned", D(2025, 7, 11), "Regional leaders condemned the coup in Togo.")
FLOOD = ("flood", D(2025, 6, 2), "Heavy floods hit Nairobi on Sunday, officials said.")
DISPLACED = (
    "displaced",
    D(2025, 6, 4),
    "Kenya's parliament observed a minute of silence. This flooding in Nairobi had displaced thousands.",
)


@pytest.mark.parametrize(
    ("articles", "mention", "dated", "day", "evidence"),
    [
        # a death toll told the next day, sharing no argument with the attack: the back-reference rule ("Saturday
        # night" is Saturday in news, as annotators value a named night)
        ((HOTEL, TOLL), "21 people had been killed", "stormed a hotel", (D(2025, 5, 31), D(2025, 5, 31)),
         "an undated past perfect mention of the attack"),
        # the coup named the next day; the place they share is evidence enough for the merge rule already
        ((COUP, CONDEMNED), "condemned the coup in Togo", "staged a coup", (D(2025, 7, 9), D(2025, 7, 9)),
         "the coup in Togo"),
        # a mention stored first is taken in by the dated event that arrives later
        ((DISPLACED, FLOOD), "This flooding in Nairobi", "Heavy floods hit", (D(2025, 6, 1), D(2025, 6, 1)),
         "This flooding in Nairobi"),
    ],
)  # fmt: skip
def test_an_undated_mention_joins_the_dated_event_of_its_story(
    tmp_path: Path,
    articles: tuple[tuple[str, dt.date, str], ...],
    mention: str,
    dated: str,
    day: tuple[dt.date, dt.date],
    evidence: str,
) -> None:
    node = node_with(load(tmp_path, *articles), mention)
    assert any(dated in m.quote for m in node.mentions)
    assert (node.earliest, node.latest) == day
    assert evidence in joined(node)


def test_undated_mentions_join_each_other_and_then_the_dated_event(tmp_path: Path) -> None:
    early = ("early", D(2025, 7, 10), "Regional leaders condemned the coup in Togo.")
    seizure = ("seizure", D(2025, 7, 11), "Neighbours condemned the seizure of power in Togo.")
    dated = ("dated", D(2025, 7, 14), "Soldiers seized power in Togo last week.")
    node = node_with(load(tmp_path, early, seizure, dated), "the seizure of power")
    assert {m.quote for m in node.mentions} >= {early[2], seizure[2], dated[2]}
    assert (node.earliest, node.latest) == (D(2025, 7, 7), D(2025, 7, 10))
    assert "none dated yet" in joined(node)


@pytest.mark.parametrize(
    ("text", "type"),
    [("Soldiers seized power in Togo on Wednesday.", "coercion"), ("Rebels seized the town on Wednesday.", "military")],
)
def test_seizing_power_is_a_coup_like_its_noun(text: str, type: str) -> None:
    from timelinekg.nlp.extract import Article, extract_article

    facts = extract_article(Article(text=text, origin="t.txt", title="T", published=D(2025, 7, 11)))
    assert [e.type for e in facts.events] == [type]


def test_what_answers_an_event_is_not_before_it(tmp_path: Path) -> None:
    attack = ("attack", D(2025, 6, 2), "Gunmen attacked a market in Kano on Sunday, killing 12 people.")
    arrests = ("arrests", D(2025, 6, 4), "Police in Nigeria said they had arrested 30 people over the attack in Kano.")
    (node,) = [e for e in load(tmp_path, attack, arrests) if e.type == "coercion"]
    assert (node.earliest, node.latest) == (D(2025, 6, 1), D(2025, 6, 4))
    assert node.precision == "unknown"  # a window, not a day
    assert "Gunmen attacked a market in Kano on Sunday" in node.attribute(BOUNDED_BY)


def test_show_says_what_joined_the_mention_and_what_bounds_an_answer(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from timelinekg.cli import cli

    arrests = ("arrests", D(2025, 6, 4), "Police in Nigeria said they had arrested 30 people over the attack in Kano.")
    events = load(
        tmp_path, HOTEL, TOLL, ("attack", D(2025, 6, 2), "Gunmen attacked a market in Kano on Sunday."), arrests
    )
    shown = {}
    for words, type in (("21 people had been killed", "attack"), ("arrested 30 people", "coercion")):
        node = next(e for e in events if e.type == type and any(words in m.quote for m in e.mentions))
        result = CliRunner().invoke(cli, ["--store", str(tmp_path / "store.db"), "show", node.id])
        assert result.exit_code == 0, result.output
        shown[words] = result.output
    assert "an undated past perfect mention of the attack" in shown["21 people had been killed"]
    assert "not before: after “Gunmen attacked a market in Kano on Sunday”" in shown["arrested 30 people"]


def test_an_answer_stored_before_its_event_was_dated_is_bounded_when_it_is(tmp_path: Path) -> None:
    condemned = ("condemned", D(2025, 7, 10), "The African Union condemned the coup in Togo.")
    dated = ("dated", D(2025, 7, 14), "Soldiers seized power in Togo last week.")
    events = load(tmp_path, condemned, dated)
    (reaction,) = [e for e in events if e.type == "disapproval"]
    assert (reaction.earliest, reaction.latest) == (D(2025, 7, 7), D(2025, 7, 10))


def test_a_story_retold_weeks_later_is_another_story(tmp_path: Path) -> None:
    late = ("late", D(2025, 6, 20), TOLL[2])
    events = load(tmp_path, HOTEL, late)
    node = node_with(events, "21 people had been killed")
    assert node.earliest is None and len(node.mentions) == 1


def test_a_mention_naming_another_place_or_another_agent_stays_apart(tmp_path: Path) -> None:
    elsewhere = ("elsewhere", D(2025, 7, 11), "The leaders of the coup in Gabon named a general as president.")
    events = load(tmp_path, COUP, elsewhere)
    assert node_with(events, "the coup in Gabon").earliest is None


def test_two_attacks_on_different_days_leave_an_undated_mention_alone(tmp_path: Path) -> None:
    second = ("second", D(2025, 6, 3), "Militants attacked a police post in Mogadishu on Monday.")
    events = load(tmp_path, HOTEL, second, ("toll", D(2025, 6, 4), TOLL[2]))
    node = node_with(events, "21 people had been killed")
    assert node.earliest is None and len(node.mentions) == 1


def test_a_mention_with_its_own_time_is_not_a_back_reference(tmp_path: Path) -> None:
    since = ("since", D(2025, 7, 11), "Soldiers have staged coups in five other countries since 2020.")
    events = load(tmp_path, COUP, since)
    coup = node_with(events, "staged a coup in Togo")
    assert not any("since 2020" in m.quote for m in coup.mentions)


@pytest.mark.parametrize(
    ("text", "word", "form"),
    [
        ("Leaders condemned the coup in Togo.", "coup", "definite"),
        ("Iran's capture of a ship angered Britain.", "capture", "possessive"),
        ("This flooding had displaced thousands.", "flooding", "demonstrative"),
        ("Police said 12 people had been killed.", "killed", "past perfect"),
        ("It retaliated for an airstrike that killed a general.", "killed", "relative clause"),
        ("A coup would be the tenth.", "coup", None),
        ("Observers recalled the previous election.", "election", None),
        ("Soldiers staged two coups.", "coups", None),
        ("Veterans recalled the British bombing of the fort.", "bombing", None),  # someone else's, by name
    ],
)
def test_the_forms_that_refer_back(text: str, word: str, form: str | None) -> None:
    from timelinekg.nlp.extract.nlp import pipeline
    from timelinekg.nlp.extract.reference import reference_form

    (token,) = [t for t in pipeline()(text) if t.text == word]
    assert reference_form(token) == form


@pytest.mark.parametrize(
    ("text", "word", "answered"),
    [
        ("The African Union condemned the coup in Togo.", "condemned", "coercion"),
        ("Police arrested 30 people over the attack in Kano.", "arrested", "attack"),
        ("Israel struck Gaza in retaliation for the rocket attack on Sderot.", "struck", "attack"),
        ("The bloc suspended Mali following the coup.", "suspended", "coercion"),
        ("Police arrested 30 people ahead of the vote in Lagos.", "arrested", None),
        ("Police arrested 30 people before the vote in Lagos.", "arrested", None),
    ],
)
def test_the_event_an_event_answers(text: str, word: str, answered: str | None) -> None:
    from timelinekg.nlp.extract.nlp import pipeline
    from timelinekg.nlp.extract.reference import answered_event

    doc = pipeline()(text)
    events = {
        t.i: {"coup": "coercion", "attack": "attack", "vote": "election"}[t.lower_]
        for t in doc
        if t.lower_ in ("coup", "attack", "vote")
    }
    (token,) = [t for t in doc if t.text == word]
    assert answered_event(token, events) == answered


def test_a_report_does_not_fold_into_the_event_it_answers_in_its_own_sentence() -> None:
    """ "Russia's attack comes in retaliation for a March 2 strike": the attack is not the strike its sentence dates."""
    import datetime as dt

    from timelinekg.nlp.extract import Article, extract_article

    text = (
        "Air raid sirens sounded across Ukraine as Russia on Monday evening launched dozens of drones at Ukraine. "
        "Russia's attack comes in retaliation for a March 2 Ukrainian strike on a Russian depot in Belgorod, Russia, "
        "which killed seven soldiers."
    )
    facts = extract_article(Article(text=text, origin="t.txt", title="T", published=dt.date(2025, 3, 5)))
    holding = [e for e in facts.events if any(m.quote.startswith("Russia's attack") for m in e.mentions)]
    strikes = [e for e in holding if e.earliest == dt.date(2025, 3, 2)]
    assert strikes and len(holding) >= 2  # the strike, and the attack on its own
