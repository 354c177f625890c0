"""Article extraction: dates, actors, places, merging across articles, and bad input."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import SEED_DIR, SHARED
from timelinekg.graph.ingest import load_paths
from timelinekg.graph.sqlite import SQLiteStore
from timelinekg.loaders import LoadOptions
from timelinekg.loaders.articles import load_jsonl, load_text
from timelinekg.nlp.extract import Article, extract_article
from timelinekg.queries import between, resolve
from timelinekg.schema.dates import DateRange
from timelinekg.schema.model import Event, Facts

pytest.importorskip("spacy")

SEED_TEXT = SEED_DIR / "trump-putin-call.txt"
PUBLISHED = dt.date(2024, 11, 10)
D = dt.date


def article(text: str, published: dt.date = PUBLISHED, title: str = "Test") -> Facts:
    return extract_article(Article(text=text, origin="test.txt", title=title, published=published))


def names(facts: Facts, event: Event) -> dict[str, str]:
    by_id = {a.id: a.name for a in facts.actors}
    return {by_id[p.actor_id]: p.role for p in event.participants}


def find(facts: Facts, *actors: str, type: str | None = None) -> list[Event]:
    return [e for e in facts.events if set(actors) <= set(names(facts, e)) and (type is None or e.type == type)]


@pytest.fixture(scope="module")
def seed() -> Facts:
    results = list(load_text(SEED_TEXT, LoadOptions(published=PUBLISHED)))
    assert len(results) == 1 and isinstance(results[0], Facts)
    return results[0]


# -- dates ---------------------------------------------------------------------------------------------------
def test_a_day_after_dates_the_earlier_call(seed: Facts) -> None:
    [call] = find(seed, "Donald Trump", "Volodymyr Zelenskiy", type="communication")
    assert (call.earliest, call.latest, call.precision) == (D(2024, 11, 6), D(2024, 11, 6), "day")
    assert call.attribute("date_basis") == "relation"


def test_overnight_spans_the_night_before_publication(seed: Facts) -> None:
    [attack] = [e for e in find(seed, "Russia", "Ukraine", type="attack")]
    assert (attack.earliest, attack.latest) == (D(2024, 11, 9), D(2024, 11, 10))
    assert names(seed, attack) == {"Russia": "agent", "Ukraine": "target"}


def test_in_july_is_the_whole_month_of_the_publication_year(seed: Facts) -> None:
    [attempt] = find(seed, "Donald Trump", type="attack")
    assert (attempt.earliest, attempt.latest, attempt.precision) == (D(2024, 7, 1), D(2024, 7, 31), "month")
    assert names(seed, attempt)["Donald Trump"] == "target"  # he survived it


def test_the_call_is_dated_by_its_light_verb_and_placed_in_florida(seed: Facts) -> None:
    [call] = find(seed, "Donald Trump", "Vladimir Putin", type="communication")
    assert (call.earliest, call.latest) == (D(2024, 11, 7), D(2024, 11, 7))
    assert call.place_ids == ("florida",)
    # "has spoken with Putin by phone" (undated) joined it: two quotes, one event
    assert len(call.mentions) >= 2


def test_reporting_verb_without_a_date_takes_publication_date() -> None:
    facts = article("Ukrainian President Volodymyr Zelenskiy said Russia must be stopped.")
    [statement] = find(facts, "Volodymyr Zelenskiy", type="statement")
    assert (statement.earliest, statement.latest) == (PUBLISHED, PUBLISHED)
    assert statement.attribute("date_basis") == "publication"


def test_no_date_support_leaves_an_event_bounded_by_its_report(tmp_path: Path) -> None:
    facts = article("Russian President Vladimir Putin met Chinese leader Xi Jinping in Beijing.")
    [meeting] = find(facts, "Vladimir Putin", type="meeting")
    assert meeting.earliest is None and meeting.latest == PUBLISHED and meeting.precision == "reported"
    store = SQLiteStore(tmp_path / "open.db")
    store.write(facts)
    assert [e.id for e in between(store, DateRange.parse("2000", "2100"), include_undated=True)] == [meeting.id]


def test_before_a_dated_event_is_only_an_upper_bound() -> None:
    facts = article("On the campaign trail ahead of the November 5 election, Donald Trump claimed he would win.")
    [claim] = find(facts, "Donald Trump", type="statement")
    assert (claim.earliest, claim.latest) == (None, D(2024, 11, 5))
    [election] = find(facts, "Donald Trump", type="election")
    assert (election.earliest, election.latest) == (D(2024, 11, 5), D(2024, 11, 5))


def test_present_tense_holds_on_the_publication_date_but_not_in_a_dated_caption() -> None:
    facts = article(
        "Apple unveiled the iPhone 4 on Monday. The iPhone 4 has a new stainless steel frame.", D(2010, 6, 8)
    )
    [state] = [e for e in facts.events if e.type == "other"]
    assert (state.earliest, state.latest, state.attribute("date_basis")) == (D(2010, 6, 8), D(2010, 6, 8), "present")
    caption = article("Donald Trump listens as Vladimir Putin speaks after a meeting in Helsinki in July 2018.")
    assert all(e.earliest is None or e.earliest.year == 2018 for e in caption.events)


def test_negated_and_future_events_are_not_events() -> None:
    facts = article("Officials have not commented. Trump would end the war. He plans to meet Putin.")
    assert facts.events == []


# -- actors --------------------------------------------------------------------------------------------------
def test_titles_are_stripped_and_kept(seed: Facts) -> None:
    trump = next(a for a in seed.actors if a.name == "Donald Trump")
    assert trump.kind == "person"
    assert dict(trump.attributes)["title"] == "U.S. President-elect"
    assert "Trump" in trump.aliases  # the surname, so the store's alias index finds it from other articles


def test_transliterations_resolve_to_one_actor() -> None:
    facts = article(
        "Ukrainian President Volodymyr Zelensky met Donald Trump in Paris on Saturday. "
        "Zelenskyy said on Sunday the talks went well."
    )
    assert {a.name for a in facts.actors if a.kind == "person"} == {"Volodymyr Zelenskiy", "Donald Trump"}


def test_surname_and_short_names_resolve_to_the_full_name(seed: Facts) -> None:
    reports = [e for e in find(seed, "The Washington Post") if e.earliest == PUBLISHED]
    assert reports and all(names(seed, report)["The Washington Post"] == "agent" for report in reports)
    post = next(a for a in seed.actors if a.name == "The Washington Post")
    assert post.kind == "organisation" and "Post" in post.aliases


def test_a_surname_alone_resolves_to_the_known_person() -> None:
    # no full name in this article: the alias file's one person with that surname
    facts = article("Zelenskiy said on Sunday that Trump had called him.")
    assert {a.name for a in facts.actors} == {"Volodymyr Zelenskiy", "Donald Trump"}


def test_title_only_mentions_resolve(seed: Facts) -> None:
    [congratulation] = [
        e
        for e in find(seed, "Vladimir Putin", "Donald Trump")
        if e.earliest == D(2024, 11, 7) and e.type == "statement"
    ]
    assert names(seed, congratulation)["Donald Trump"] == "recipient"  # "the president-elect"


def test_user_alias_file_extends_the_lexicon(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    aliases = tmp_path / "aliases.yaml"
    aliases.write_text("actors:\n  Acme Corporation: {kind: organisation, aliases: [Acme, ACME Corp]}\n")
    monkeypatch.setenv("TIMELINEKG_ALIASES", str(aliases))
    facts = article("ACME Corp announced on Monday that it had bought a rival.")
    assert "Acme Corporation" in {a.name for a in facts.actors}


def test_products_are_actors_of_their_own_kind() -> None:
    facts = article("Apple unveiled the iPhone 4 on Monday at its developers conference.", D(2010, 6, 8))
    [launch] = find(facts, "Apple Inc.", "iPhone 4", type="product-launch")
    assert launch.earliest == D(2010, 6, 7)
    kinds = {a.name: a.kind for a in facts.actors}
    assert kinds == {"Apple Inc.": "organisation", "iPhone 4": "product"}


# -- metonymy and places -------------------------------------------------------------------------------------
def test_capitals_that_speak_are_governments_and_targets_stay_places(seed: Facts) -> None:
    [claim] = [e for e in find(seed, "Russia", type="statement") if e.earliest == PUBLISHED]
    assert names(seed, claim) == {"Russia": "agent"}  # "Moscow saying on November 10"
    [drones] = [e for e in seed.events if e.type == "attack" and "moscow" in e.place_ids]
    assert names(seed, drones) == {"Ukraine": "agent"}  # Moscow the place, not an actor
    moscow = next(p for p in seed.places if p.id == "moscow")
    assert moscow.parent_id == "russia" and ("geonames", "524901") in moscow.external_ids


def test_kyiv_informed_is_ukraine() -> None:
    facts = article("Kyiv said on Sunday it had been informed of the call.")
    [statement] = facts.events
    assert names(facts, statement) == {"Ukraine": "agent"}


def test_ambiguous_places_are_ranked_by_context_and_unknown_ones_kept(seed: Facts) -> None:
    places = {p.id: p for p in seed.places}
    # "the town of Voltchenka in Ukraine's eastern Donetsk region": no gazetteer knows it, the text places it
    assert places["voltchenka"].kind == "town" and places["voltchenka"].parent_id == "donetsk"
    assert places["donetsk"].kind == "region" and places["donetsk"].parent_id == "ukraine"
    facts = article("Russia said on Sunday its forces had shelled the city of Donetsk in eastern Ukraine.")
    donetsk = next(p for p in facts.places if p.name == "Donetsk")
    assert ("geonames", "709717") in donetsk.external_ids  # the Ukrainian city, not the Russian town


# -- sources and offsets -------------------------------------------------------------------------------------
def test_quotes_are_sentences_at_their_offsets_after_front_matter(tmp_path: Path) -> None:
    body = "Apple said on Monday it would cut prices.\n\nThe company launched the iPod on Tuesday.\n"
    path = tmp_path / "a.md"
    path.write_text(f"---\ntitle: Apple\npublished: 2006-04-05\nurl: https://example.org/a\n---\n{body}")
    [facts] = list(load_text(path, LoadOptions()))
    assert isinstance(facts, Facts)
    assert facts.sources[0].url == "https://example.org/a" and facts.sources[0].title == "Apple"
    for event in facts.events:
        for mention in event.mentions:
            assert mention.start is not None and mention.end is not None
            assert body[mention.start : mention.end] == mention.quote


def test_without_front_matter_the_first_line_is_the_title_and_ids_match_the_curated_file(seed: Facts) -> None:
    from timelinekg.schema.identity import source_id

    title = SEED_TEXT.read_text(encoding="utf-8").splitlines()[0]
    assert seed.sources[0].title == title
    assert seed.sources[0].id == source_id("", title, PUBLISHED)
    assert all(not e.label.startswith("Report:") for e in seed.events)  # the headline is not an event


# -- merging across articles ---------------------------------------------------------------------------------
def test_two_reports_of_one_call_are_one_event(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "---\ntitle: Trump and Putin speak\npublished: 2024-11-10\nurl: https://a.example/1\n---\n"
        "U.S. President-elect Donald Trump spoke with Russian President Vladimir Putin by phone on November 7, "
        "the Washington Post reported.\n"
    )
    (tmp_path / "b.txt").write_text(
        "---\ntitle: A call with the Kremlin\npublished: 2024-11-11\nurl: https://b.example/2\n---\n"
        "Donald Trump held a phone call with Vladimir Putin on Thursday, according to people familiar with it.\n"
    )
    store = SQLiteStore(tmp_path / "merge.db")
    report = load_paths(store, [tmp_path])
    assert report.errors == []
    calls = [e for e in between(store, DateRange.parse("2024-11-07", "2024-11-07")) if e.type == "communication"]
    assert len(calls) == 1
    [view] = resolve(store, calls)
    sources = view.as_json()["sources"]
    assert isinstance(sources, list)
    assert {s["url"] for s in sources} == {"https://a.example/1", "https://b.example/2"}
    assert len({s["quote"] for s in sources}) == 2


def test_the_seed_folder_loads_raw_and_curated_as_one_source(tmp_path: Path) -> None:
    store = SQLiteStore(tmp_path / "seed.db")
    report = load_paths(store, [SEED_DIR])
    assert report.errors == [] and report.files == 2
    assert store.counts()["sources"] == 1  # the curated file names the article: same title and date
    calls = [e for e in between(store, DateRange.parse("2024-11-07", "2024-11-07")) if e.type == "communication"]
    assert len(calls) == 1 and {m.quote for m in calls[0].mentions} >= {
        "The Post said Trump took the call in Florida on November 7, a day after speaking with Ukrainian "
        "President Volodymyr Zelenskiy.",
        "The Post said Trump took the call in Florida on November 7",
    }


# -- the seed scorer's targets, in process -------------------------------------------------------------------
GOLD = SHARED / "data" / "seed" / "trump-putin-call.gold.json"


@pytest.mark.skipif(not GOLD.exists(), reason="needs ../shared")
def test_seed_extraction_finds_the_must_events_and_dates_nothing_wrong(tmp_path: Path) -> None:
    import re

    gold = json.loads(GOLD.read_text(encoding="utf-8"))

    def norm(name: str) -> str:
        return re.sub(r"^the ", "", re.sub(r"[^\w\s]", "", name.lower()).strip())

    store = SQLiteStore(tmp_path / "seed.db")
    load_paths(store, [SEED_TEXT], LoadOptions(published=PUBLISHED))
    events = [view.as_json() for view in resolve(store, list(between(store, DateRange.parse("1900", "2100"))))]

    def matches(event: dict[str, Any], g: dict[str, Any]) -> bool:
        actors = {norm(a["name"]) for a in event["actors"]}
        places = {norm(p["name"]) for p in event["places"]}
        return {norm(a) for a in g["actors"]} <= actors and (
            not g["places"] or bool({norm(p) for p in g["places"]} & places)
        )

    used: set[int] = set()
    found = set()
    for g in gold["events"]:
        for i, event in enumerate(events):
            if (
                i not in used
                and matches(event, g)
                and event["earliest"] is not None
                and event["earliest"] >= g["earliest"]
                and (event["latest"] or event["earliest"]) <= g["latest"]
            ):
                used.add(i)
                found.add(g["id"])
                break
    musts = {g["id"] for g in gold["events"] if g.get("must")}
    assert musts <= found
    wrong = [
        e
        for i, e in enumerate(events)
        if i not in used
        and any(
            matches(e, g) and ((e["latest"] or "") < g["earliest"] or (e["earliest"] or "") > g["latest"])
            for g in gold["events"]
        )
    ]
    assert wrong == []
    assert len(found) >= 12


# -- bad input -----------------------------------------------------------------------------------------------
def errors_of(path: Path, options: LoadOptions | None = None) -> list[str]:
    from timelinekg.errors import ValidationError
    from timelinekg.loaders import load_file

    return [r.located() for r in load_file(path, options or LoadOptions()) if isinstance(r, ValidationError)]


def test_empty_binary_and_invalid_utf8_articles_fail_clearly(tmp_path: Path) -> None:
    empty, binary, broken = tmp_path / "empty.txt", tmp_path / "binary.txt", tmp_path / "broken.md"
    empty.write_text("  \n")
    binary.write_bytes(b"\x00\x01\x02binary")
    broken.write_bytes(b"Title\n\nApple said \xff on Monday.")
    assert errors_of(empty) == [f"{empty}: empty file"]
    assert errors_of(binary) == [f"{binary}: binary file, not text"]
    assert "invalid UTF-8" in errors_of(broken)[0] and str(broken) in errors_of(broken)[0]


def test_an_article_without_a_date_fails_and_the_others_load(tmp_path: Path) -> None:
    (tmp_path / "dated.txt").write_text(
        "---\ntitle: Dated\npublished: 2024-11-10\n---\nPutin said on Sunday it was over.\n"
    )
    (tmp_path / "undated.txt").write_text("A title\n\nPutin said it was over.\n")
    store = SQLiteStore(tmp_path / "s.db")
    report = load_paths(store, [tmp_path])
    assert len(report.errors) == 1 and "undated.txt" in report.errors[0] and "no publication date" in report.errors[0]
    assert report.batches == 1 and store.counts()["events"] == 1


def test_a_dateline_is_a_publication_date(tmp_path: Path) -> None:
    path = tmp_path / "dateline.txt"
    path.write_text("Apple unveils a phone\n\nJune 8, 2010\n\nApple unveiled the iPhone 4 yesterday.\n")
    [facts] = list(load_text(path, LoadOptions()))
    assert isinstance(facts, Facts) and facts.sources[0].published == D(2010, 6, 8)
    assert facts.events[0].earliest == D(2010, 6, 7)


def test_future_published_date_and_huge_articles_fail_clearly(tmp_path: Path) -> None:
    future = tmp_path / "future.txt"
    future.write_text("---\ntitle: F\npublished: 2999-01-01\n---\nPutin said so.\n")
    assert errors_of(future) == [f"{future}: published date 2999-01-01 is in the future"]
    huge = tmp_path / "huge.txt"
    huge.write_text("---\ntitle: H\npublished: 2024-11-10\n---\n" + "Putin said so. " * 700_000)  # ~10 MB
    [message] = errors_of(huge)
    assert "article too long" in message and str(huge) in message


def test_html_without_text_fails_and_html_with_text_loads(tmp_path: Path) -> None:
    blank = tmp_path / "blank.html"
    blank.write_text("<html><head><title>Nothing</title></head><body><nav>Home</nav></body></html>")
    assert errors_of(blank) == [f"{blank}: HTML without article text"]
    page = tmp_path / "page.html"
    paragraphs = "".join(
        f"<p>{s}</p>"
        for s in [
            "Russian President Vladimir Putin met Chinese President Xi Jinping in Moscow on Tuesday, the Kremlin said.",
            "The two leaders discussed trade and energy during talks that lasted several hours, officials said.",
            "It was the third meeting between the two presidents this year, according to state media reports.",
        ]
    )
    page.write_text(
        "<html><head><title>Putin meets Xi</title><meta property='article:published_time' content='2023-03-22'>"
        f"</head><body><article><h1>Putin meets Xi</h1>{paragraphs}</article></body></html>"
    )
    results = list(load_text.__globals__["load_html"](page, LoadOptions()))
    [facts] = results
    assert isinstance(facts, Facts), results
    assert facts.sources[0].published == D(2023, 3, 22) and facts.sources[0].title == "Putin meets Xi"
    assert any(e.earliest == D(2023, 3, 21) and e.type == "meeting" for e in facts.events)


def test_jsonl_bad_lines_are_named_and_the_rest_load(tmp_path: Path) -> None:
    path = tmp_path / "articles.jsonl"
    good = {
        "id": "1",
        "title": "T",
        "published": "2024-11-10",
        "url": "https://x.example/1",
        "text": "Putin said on Sunday the talks were over.",
    }
    lines = [json.dumps(good), "{not json", json.dumps({"title": "no text"})]
    path.write_bytes(("\n".join(lines) + "\n").encode() + b'{"text": "caf\xe9"}\n')
    results = list(load_jsonl(path, LoadOptions()))
    assert isinstance(results[0], Facts) and results[0].events
    assert [str(r) for r in results[1:]] == [
        f"{path}:2: not JSON: Expecting property name enclosed in double quotes",
        f"{path}:3: missing or empty 'text'",
        f"{path}:4: invalid UTF-8",
    ]


# -- the CLI -------------------------------------------------------------------------------------------------
def test_extract_prints_events_without_storing(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from timelinekg.cli import cli

    store = tmp_path / "never.db"
    result = CliRunner().invoke(
        cli, ["--store", str(store), "extract", str(SEED_TEXT), "--published", "2024-11-10", "--json"]
    )
    assert result.exit_code == 0, result.output
    events = json.loads(result.output)
    assert any(
        e["earliest"] == "2024-11-07" and {a["name"] for a in e["actors"]} >= {"Donald Trump", "Vladimir Putin"}
        for e in events
    )
    assert not store.exists()


# -- robustness ----------------------------------------------------------------------------------------------
def test_any_text_gives_facts_not_exceptions() -> None:
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    words = st.sampled_from(
        [
            "Putin",
            "said",
            "on",
            "Monday",
            "Kyiv",
            "the",
            "call",
            "iPhone",
            "4",
            "launched",
            "in",
            "July",
            ",",
            ".",
            "\n",
            "\n\n",
            "he",
            "it",
            "was",
            "not",
            "a day after",
            "Moscow",
            "'s",
        ]
    )

    @settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(st.lists(st.one_of(words, st.text(max_size=8)), max_size=40))
    def check(pieces: list[str]) -> None:
        text = " ".join(pieces)
        if not text.strip():
            return
        facts = article(text)
        for event in facts.events:
            assert event.earliest is None or event.latest is None or event.earliest <= event.latest
            for mention in event.mentions:
                assert mention.start is not None and mention.end is not None
                assert text[mention.start : mention.end] == mention.quote

    check()


def test_a_mention_of_white_space_alone_gives_facts() -> None:
    # hypothesis found it: the model tagged the line break of "the \n Putin" as a name
    assert article("the \n Putin").events == []
