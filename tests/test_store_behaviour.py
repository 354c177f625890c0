"""The behaviour every store must show, run against each store through the ``store`` fixture."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest

from tests.conftest import SEED_FACTS
from timelinekg.errors import TimelineKGError, ValidationError
from timelinekg.exporters import ExportOptions
from timelinekg.exporters.rdf import export_ntriples
from timelinekg.graph.base import EventQuery, Store
from timelinekg.graph.ingest import ingest, load_paths
from timelinekg.loaders.facts import read_fact_file
from timelinekg.queries import between, get_event, resolve
from timelinekg.queries.claims import TimeView
from timelinekg.schema.dates import DateRange, iso
from timelinekg.schema.model import Actor, Event, Facts, Mention, Participation, Place, Source
from timelinekg.schema.rules import MAX_INDEXED_BYTES

XSD_DATE = "http://www.w3.org/2001/XMLSchema#date"

D = dt.date


def load_seed(store: Store) -> None:
    ingest(store, read_fact_file(SEED_FACTS))


def ids(events: object) -> list[str]:
    return [e.id for e in events]  # type: ignore[attr-defined]


def report(source: str, event_id: str, earliest: D | None, latest: D | None, *actors: str, quote: str = "q") -> Facts:
    """One source reporting one event: the smallest batch a merge test needs."""
    return Facts(
        sources=[Source(source, title=source, url=f"https://example.org/{source}", published=D(2024, 11, 10))],
        actors=[Actor(a, a.title(), "person") for a in actors],
        events=[
            Event(
                event_id,
                "communication",
                f"call reported by {source}",
                earliest,
                latest,
                "day",
                participants=tuple(Participation(a, "agent" if i == 0 else "recipient") for i, a in enumerate(actors)),
                mentions=(Mention(source, quote, 0, len(quote), earliest, latest, "day"),),
            )
        ],
    )


def test_seed_between_gives_the_must_events_with_dates_actors_and_places(store: Store) -> None:
    load_seed(store)
    views = {
        v.event.id: v.as_json()
        for v in resolve(store, list(between(store, DateRange.parse("2024-11-05", "2024-11-10"))))
    }
    assert views["election"]["earliest"] == views["election"]["latest"] == "2024-11-05"
    assert {a["name"] for a in views["election"]["actors"]} >= {"Donald Trump", "Kamala Harris"}
    call = views["trump-putin-call"]
    assert (call["earliest"], call["latest"]) == ("2024-11-07", "2024-11-07")
    assert {a["name"] for a in call["actors"]} == {"Donald Trump", "Vladimir Putin"}
    assert [p["name"] for p in call["places"]] == ["Florida"]
    assert call["sources"][0]["quote"].startswith("The Post said Trump took the call")
    drones = views["russian-drone-attack"]
    assert [a["name"] for a in drones["actors"]] == ["Russia", "Ukraine"]
    assert views["ukrainian-drones-moscow"]["places"][0]["name"] == "Moscow"
    assert "helsinki-press-conference" not in views


def test_results_are_sorted_by_date(store: Store) -> None:
    load_seed(store)
    events = list(between(store, DateRange.parse("1900", "2100")))
    keys = [(e.earliest, e.latest) for e in events]
    assert keys == sorted(keys)
    assert len(events) == 13


def test_overlap_and_within_differ_on_long_events(store: Store) -> None:
    load_seed(store)
    overlap = ids(between(store, DateRange.parse("2024-11-05", "2024-11-10")))
    within = ids(between(store, DateRange.parse("2024-11-05", "2024-11-10"), within=True))
    assert "voltchenka-captured" in overlap  # 2024-10-01..2024-11-10
    assert "voltchenka-captured" not in within
    assert "election" in within


def test_partial_dates_cover_the_whole_unit(store: Store) -> None:
    load_seed(store)
    assert "assassination-attempt" in ids(between(store, DateRange.parse("2024-07", "2024-07"), within=True))
    assert ids(between(store, DateRange.parse("2018", "2018"))) == ["helsinki-press-conference"]
    assert "election" in ids(between(store, DateRange.parse("2024-11-05", "2024-11-05")))


def test_filters_by_actor_alias_place_type_and_source(store: Store) -> None:
    load_seed(store)
    assert set(ids(between(store, DateRange.parse("2024", "2024"), actor="Putin"))) == {
        "trump-putin-call",
        "putin-congratulates",
        "putin-prefers-harris",
    }
    assert ids(between(store, DateRange.parse("2024", "2024"), actor="zelensky")) == ["trump-zelenskiy-call"]
    assert ids(between(store, DateRange.parse("2024", "2024"), place="Moscow")) == ["ukrainian-drones-moscow"]
    assert set(ids(between(store, DateRange.parse("2000", "2100"), type="consultation"))) == {
        "trump-zelenskiy-call",
        "trump-putin-call",
        "helsinki-press-conference",
    }
    source_id = next(iter(store.sources())).id
    assert len(ids(between(store, DateRange.parse("2000", "2100"), source=source_id))) == 13
    assert ids(between(store, DateRange.parse("2000", "2100"), source="https://nowhere.example")) == []


def test_loading_twice_changes_no_counts(store: Store) -> None:
    load_seed(store)
    first = store.counts()
    load_seed(store)
    assert store.counts() == first
    assert first["events"] == 13 and first["sources"] == 1


def test_two_reports_of_one_event_merge_keeping_both_sources_and_tighter_bounds(store: Store) -> None:
    ingest(store, report("post", "ev-a", D(2024, 11, 6), D(2024, 11, 8), "trump", "putin"))
    ingest(store, report("wire", "ev-b", D(2024, 11, 7), D(2024, 11, 7), "trump", "putin"))
    events = list(between(store, DateRange.parse("2024", "2024")))
    assert len(events) == 1
    merged = events[0]
    assert merged.id == "ev-a"
    assert (merged.earliest, merged.latest) == (D(2024, 11, 7), D(2024, 11, 7))
    assert set(merged.source_ids) == {"post", "wire"}
    assert not merged.date_conflict


def test_conflicting_dates_stay_visible(store: Store) -> None:
    ingest(store, report("post", "ev-a", D(2024, 11, 7), D(2024, 11, 7), "trump", "putin", quote="on Nov 7"))
    ingest(store, report("post", "ev-a", D(2024, 11, 9), D(2024, 11, 9), "trump", "putin", quote="on Nov 9"))
    event = get_event(store, "ev-a")
    assert event.date_conflict
    assert (event.earliest, event.latest) == (D(2024, 11, 7), D(2024, 11, 9))
    assert sorted(str(iso(m.claimed_earliest)) for m in event.mentions) == ["2024-11-07", "2024-11-09"]


def test_open_bounds_are_left_out_unless_asked_for(store: Store) -> None:
    ingest(store, report("post", "ev-open", None, D(2024, 11, 10), "trump"))
    assert ids(between(store, DateRange.parse("2024-11-01", "2024-11-30"))) == []
    assert ids(between(store, DateRange.parse("2024-11-01", "2024-11-30"), include_undated=True)) == ["ev-open"]
    assert get_event(store, "ev-open").earliest is None


def test_a_failed_batch_leaves_the_store_as_it_was(store: Store) -> None:
    load_seed(store)
    before = store.counts()
    broken = report("post", "ev-broken", D(2024, 1, 1), D(2024, 1, 1), "trump")
    broken.events[0] = broken.events[0].with_changes(participants=(Participation(None, "agent"),))  # type: ignore[arg-type]
    with pytest.raises(TimelineKGError):
        store.write(broken)
    assert store.counts() == before
    assert next(store.events(EventQuery(ids=["ev-broken"])), None) is None


def test_actors_places_and_sources_round_trip(store: Store) -> None:
    load_seed(store)
    actors = {a.name: a for a in store.actors()}
    assert "Zelenskiy" in actors["Volodymyr Zelenskiy"].aliases
    assert ("wikidata", "Q7747") in actors["Vladimir Putin"].external_ids
    assert actors["Russia"].kind == "country"
    places = {p.name: p for p in store.places()}
    assert places["Moscow"].parent_id == places["Russia"].id
    assert places["Moscow"].latitude == pytest.approx(55.75222)
    assert next(iter(store.places([places["Florida"].id]))).name == "Florida"
    assert next(store.sources()).published == D(2024, 11, 10)


def test_unknown_event_is_not_found(store: Store) -> None:
    with pytest.raises(TimelineKGError):
        get_event(store, "no-such-event")


def test_place_only_batches_and_empty_batches_write(store: Store) -> None:
    store.write(Facts())
    ingest(store, Facts(places=[Place("kyiv", "Kyiv", "city", 50.45, 30.52)]))
    assert [p.name for p in store.places()] == ["Kyiv"]


# -- one rule for both stores: values that one store took and the other refused -------------------------


def test_a_non_finite_or_out_of_range_coordinate_is_refused_and_nothing_is_stored(store: Store) -> None:
    for latitude, longitude in ((float("nan"), 10.0), (10.0, float("inf")), (91.0, 0.0), (0.0, -180.5)):
        place = Place("nowhere", "Nowhere", "site", latitude, longitude)
        with pytest.raises(ValidationError, match=r"place 'nowhere': (latitude|longitude) .* is not a number in"):
            ingest(store, Facts(places=[place]))
    assert store.counts()["places"] == 0


def test_names_too_long_for_an_index_are_refused_and_the_longest_allowed_round_trips(store: Store) -> None:
    longest = "é" * (MAX_INDEXED_BYTES // 2)  # two bytes each: exactly the limit
    ingest(store, Facts(actors=[Actor("long", longest, "person")], places=[Place("long", longest)]))
    assert [a.name for a in store.actors(["long"])] == [longest]
    assert [p.name for p in store.places(["long"])] == [longest]
    for too_long in (Actor("longer", longest + "x", "person"), Actor("x" * 9000, "X", "person")):
        with pytest.raises(
            ValidationError, match=rf"actor '.*': (name|id) is \d+ bytes long; at most {MAX_INDEXED_BYTES}"
        ):
            ingest(store, Facts(actors=[too_long]))
    with pytest.raises(ValidationError, match="source 's': url is"):
        store.write(Facts(sources=[Source("s", url="https://example.org/" + "a" * 9000)]))
    assert store.counts()["actors"] == 1


def test_an_event_whose_earliest_day_is_after_its_latest_is_refused(store: Store) -> None:
    reversed_event = report("s1", "reversed", D(2024, 11, 9), D(2024, 11, 5), "trump")
    with pytest.raises(ValidationError, match="event 'reversed': earliest 2024-11-09 is after latest 2024-11-05"):
        ingest(store, reversed_event)
    with pytest.raises(ValidationError, match="event 'reversed': earliest 2024-11-09 is after latest 2024-11-05"):
        store.write(reversed_event)
    claim = reversed_event.events[0].mentions[0]
    reversed_claim = reversed_event.events[0].with_changes(
        earliest=D(2024, 11, 5), latest=D(2024, 11, 9), mentions=(claim,)
    )
    with pytest.raises(ValidationError, match="event 'reversed': a mention's claimed earliest 2024-11-09 is after"):
        ingest(store, Facts(sources=reversed_event.sources, events=[reversed_claim]))
    assert store.counts()["events"] == 0


REVERSED_AND_GOOD_RDF = "".join(
    f"<https://example.org/event/{name}> <{predicate}> {value} .\n"
    for name, earliest, latest in (("bad", "2024-11-09", "2024-11-05"), ("good", "2024-11-05", "2024-11-09"))
    for predicate, value in (
        ("http://www.w3.org/1999/02/22-rdf-syntax-ns#type", "<http://semanticweb.cs.vu.nl/2009/11/sem/Event>"),
        ("http://www.w3.org/2000/01/rdf-schema#label", f'"{name}"'),
        ("http://semanticweb.cs.vu.nl/2009/11/sem/eventType", "<https://timelinekg.org/ns/event-type/meeting>"),
        ("http://semanticweb.cs.vu.nl/2009/11/sem/hasEarliestBeginTimeStamp", f'"{earliest}"^^<{XSD_DATE}>'),
        ("http://semanticweb.cs.vu.nl/2009/11/sem/hasLatestEndTimeStamp", f'"{latest}"^^<{XSD_DATE}>'),
        ("http://semanticweb.cs.vu.nl/2009/11/sem/hasBeginTimeStamp", f'"{earliest}"^^<{XSD_DATE}>'),
        ("http://semanticweb.cs.vu.nl/2009/11/sem/hasEndTimeStamp", f'"{latest}"^^<{XSD_DATE}>'),
    )
)


def test_rdf_events_with_reversed_bounds_are_reported_and_the_rest_of_the_run_loads(
    store: Store, tmp_path: Path
) -> None:
    path = tmp_path / "reversed.nt"
    path.write_text(REVERSED_AND_GOOD_RDF, encoding="utf-8")
    loaded = load_paths(store, [path, SEED_FACTS])
    assert len(loaded.errors) == 1
    assert "<https://example.org/event/bad>" in loaded.errors[0] and "2024-11-09 is after" in loaded.errors[0]
    assert [e.id for e in store.events(EventQuery(ids=["bad", "good"]))] == ["good"]
    assert store.counts()["events"] == 14  # the seed's 13 loaded after the bad file


def test_between_limits_agree(store: Store) -> None:
    load_seed(store)
    everything = ids(between(store, DateRange.parse("1900", "2100")))
    with pytest.raises(ValidationError, match="limit must be 0 or more, got -1"):
        between(store, DateRange.parse("1900", "2100"), limit=-1)
    assert ids(between(store, DateRange.parse("1900", "2100"), limit=0)) == []
    assert ids(between(store, DateRange.parse("1900", "2100"), limit=3)) == everything[:3]
    assert ids(between(store, DateRange.parse("1900", "2100"), limit=10**30)) == everything


def test_a_reversed_range_is_an_error_for_queries_and_exports(store: Store) -> None:
    load_seed(store)
    with pytest.raises(ValidationError, match=r"the range ends \(2023-12-31\) before it starts \(2024-01-01\)"):
        between(store, DateRange.parse("2024", "2023"))
    with pytest.raises(ValidationError, match="the range ends"):
        export_ntriples(store, io.StringIO(), ExportOptions(DateRange(D(2024, 1, 1), D(2023, 12, 31))))


REPORT_DAY = D(2024, 11, 10)


def undated(event_id: str, precision: str, latest: D = REPORT_DAY) -> Facts:
    """An event the text did not date, bounded above by its report (or, with ``unknown``, merely open)."""
    source = Source("src-" + event_id, title=event_id, url=f"https://example.org/{event_id}", published=latest)
    return Facts(
        sources=[source],
        actors=[Actor("farmers", "farmers", "group")],
        events=[
            Event(
                event_id,
                "protest",
                f"farmers protested ({event_id})",
                None,
                latest,
                precision,
                participants=(Participation("farmers", "agent"),),
                mentions=(Mention(source.id, "Farmers protested.", 0, 18, None, latest, precision),),
            )
        ],
    )


def test_an_undated_event_is_listed_by_the_day_its_report_bounds_it(store: Store) -> None:
    ingest(store, undated("reported-protest", "reported"))
    ingest(store, undated("open-protest", "unknown"))
    assert ids(between(store, DateRange.parse("2024-11-01", "2024-11-30"))) == ["reported-protest"]
    assert ids(between(store, DateRange.parse("2024-11-10", "2024-11-10"))) == ["reported-protest"]
    # the report bounds it from above only: a range after the report day cannot hold it, one before may
    # (but says nothing it is known to be in), so both leave it out
    assert ids(between(store, DateRange.parse("2024-11-11", "2024-12-31"))) == []
    assert ids(between(store, DateRange.parse("2024-10-01", "2024-11-09"))) == []
    # --within keeps only events known to lie inside the range: an undated event's start is unknown
    assert ids(between(store, DateRange.parse("2024-11-01", "2024-11-30"), within=True)) == []
    # --include-undated: every open bound counts as unbounded, as before
    assert sorted(ids(between(store, DateRange.parse("2024-11-01", "2024-11-30"), include_undated=True))) == [
        "open-protest",
        "reported-protest",
    ]
    [view] = resolve(store, list(between(store, DateRange.parse("2024", "2024"))))
    assert view.as_json()["reported_by"] == "2024-11-10"
    assert view.as_json()["earliest"] is None


def test_a_first_page_holds_reported_events_before_dated_ones(store: Store) -> None:
    load_seed(store)
    ingest(store, undated("reported-protest", "reported"))
    full = ids(between(store, DateRange.parse("2024-11-01", "2024-11-30")))
    assert full[0] == "reported-protest"  # an open lower bound sorts first
    assert ids(between(store, DateRange.parse("2024-11-01", "2024-11-30"), limit=3)) == full[:3]
    assert ids(between(store, DateRange.parse("2024-11-01", "2024-11-30"), limit=3, actor="farmers")) == [
        "reported-protest"
    ]


def test_a_place_filter_finds_events_in_the_places_inside_it(store: Store) -> None:
    load_seed(store)  # Moscow's parent is Russia; Voltchenka's is Donetsk, whose parent is Ukraine
    assert ids(between(store, DateRange.parse("2024", "2024"), place="Moscow")) == ["ukrainian-drones-moscow"]
    assert "ukrainian-drones-moscow" in ids(between(store, DateRange.parse("2024", "2024"), place="Russia"))
    assert "voltchenka-captured" in ids(
        between(store, DateRange.parse("2024", "2024"), place="Ukraine")
    )  # two levels down
    assert "ukrainian-drones-moscow" not in ids(between(store, DateRange.parse("2024", "2024"), place="Ukraine"))
    assert ids(between(store, DateRange.parse("2024", "2024"), place="Finland")) == []


def said_by(source: str, name: str, kind: str = "person", *aliases: str) -> Facts:
    """One article in which ``name`` made a statement (the actor id derived from the name, as extraction does)."""
    actor = Actor(name.lower().replace(" ", "-"), name, kind, aliases)
    published = D(2025, 3, 5)
    return Facts(
        sources=[Source(source, title=source, url=f"https://example.org/{source}", published=published)],
        actors=[actor],
        events=[
            Event(
                f"ev-{source}",
                "statement",
                f"{name} spoke",
                published,
                published,
                "day",
                participants=(Participation(actor.id, "agent"),),
                mentions=(Mention(source, f"{name} spoke.", 0, 10, published, published, "day"),),
            )
        ],
    )


def test_one_person_across_articles_whatever_the_spelling(store: Store) -> None:
    ingest(store, said_by("src-1", "Sergei Ivanov"))
    ingest(store, said_by("src-2", "Sergey Ivanov"))  # transliterated differently
    ingest(store, said_by("src-3", "Ivanov"))  # the surname alone
    ingest(store, said_by("src-4", "Omar al-Hakim"))
    ingest(store, said_by("src-5", "Hakim"))
    ingest(store, said_by("src-6", "National Liberation Front", "organisation", "NLF"))
    ingest(store, said_by("src-7", "NLF", "organisation"))
    people = {a.name: a for a in store.actors()}
    assert set(people) == {"Sergei Ivanov", "Omar al-Hakim", "National Liberation Front"}
    assert {"Sergey Ivanov", "Ivanov"} <= set(people["Sergei Ivanov"].aliases)
    assert len(list(between(store, DateRange.parse("2025", "2025"), actor="Sergey Ivanov"))) == 3


def test_a_surname_shared_by_two_stored_people_stays_apart(store: Store) -> None:
    ingest(store, said_by("src-1", "Maria Ivanova"))
    ingest(store, said_by("src-2", "Olga Ivanova"))
    ingest(store, said_by("src-3", "Ivanova"))
    assert {a.name for a in store.actors()} == {"Maria Ivanova", "Olga Ivanova", "Ivanova"}


# -- claims, disputes and "as of" (issue 16) ------------------------------------------------------------------

DISPUTED_CALL = """
sources:
  - {id: herald, title: Herald scoop, url: https://herald.example/call, publisher: Herald, published: 2024-11-01}
  - {id: ministry, title: Ministry note, url: https://gov.example/no, publisher: Ministry, published: 2024-11-02}
  - {id: wire, title: Wire follow-up, url: https://wire.example/confirmed, publisher: Wire, published: 2024-11-05}
events:
  - id: call
    type: communication
    label: Ana phoned Bo
    date: 2024-10-30
    actors: [{name: Ana, role: agent}, {name: Bo, role: recipient}]
    evidence:
      - {source: herald, quote: Ana phoned Bo last month, claimed_earliest: 2024-10, claimed_latest: 2024-10}
      - {source: wire, quote: the call took place on 30 October}
  - id: denial
    type: denial
    label: Bo's ministry denied that any call took place
    date: 2024-11-02
    actors: [{name: Bo, role: agent}]
    disputes: call
    evidence: [{source: ministry, quote: no such call took place}]
  - id: confirmation
    type: confirmation
    label: Ana's office confirmed the call
    date: 2024-11-05
    actors: [{name: Ana, role: agent}]
    confirms: [call]
    evidence: [{source: wire, quote: Ana's office confirmed the call}]
"""
OCTOBER_NOVEMBER = DateRange.parse("2024-10-01", "2024-11-30")


def load_disputed_call(store: Store, tmp_path: Path) -> None:
    facts_file = tmp_path / "disputed-call.yaml"
    facts_file.write_text(DISPUTED_CALL, encoding="utf-8")
    ingest(store, read_fact_file(facts_file))


def call_as_of(store: Store, day: D | None) -> dict[str, object] | None:
    view = TimeView(as_of=day)
    found = [v.as_json() for v in resolve(store, list(between(store, OCTOBER_NOVEMBER, view=view)), view)]
    return next((e for e in found if e["id"] == "call"), None)


def test_as_of_gives_reported_then_disputed_then_corroborated(store: Store, tmp_path: Path) -> None:
    load_disputed_call(store, tmp_path)
    assert call_as_of(store, D(2024, 10, 31)) is None  # not reported yet
    day1, day3, day6 = (call_as_of(store, D(2024, 11, day)) for day in (1, 3, 6))
    assert day1 is not None and day3 is not None and day6 is not None
    assert (day1["status"], day1["publishers"], day1["disputed_by"]) == ("reported", 1, [])
    # bounds as the first report claimed them, settled again once the wire gave the day
    assert (day1["earliest"], day1["latest"], day1["precision"]) == ("2024-10-01", "2024-10-31", "month")
    assert (day3["status"], day3["disputed_by"], day3["confirmed_by"]) == ("disputed", ["denial"], [])
    assert (day6["status"], day6["publishers"], day6["confirmed_by"]) == ("corroborated", 2, ["confirmation"])
    assert (day6["earliest"], day6["latest"]) == ("2024-10-30", "2024-10-30")
    assert call_as_of(store, None) == day6 | {"recorded_at": call_as_of(store, None)["recorded_at"]}  # type: ignore[index]
    denial = get_event(store, "denial")
    assert resolve(store, [denial])[0].as_json()["disputes"] == ["call"]


def test_status_and_publisher_filters_and_the_system_time_view(store: Store, tmp_path: Path) -> None:
    load_disputed_call(store, tmp_path)
    as_of_day3 = TimeView(as_of=D(2024, 11, 3))
    assert ids(between(store, OCTOBER_NOVEMBER, view=as_of_day3, status="disputed")) == ["call"]
    assert ids(between(store, OCTOBER_NOVEMBER, status="disputed")) == []
    assert ids(between(store, OCTOBER_NOVEMBER, min_publishers=2)) == ["call"]
    assert ids(between(store, OCTOBER_NOVEMBER, view=as_of_day3, min_publishers=2)) == []
    assert ids(between(store, OCTOBER_NOVEMBER, limit=1, status="reported")) == ["denial"]
    long_ago = TimeView(recorded_before=dt.datetime(2000, 1, 1, tzinfo=dt.UTC))
    assert ids(between(store, OCTOBER_NOVEMBER, view=long_ago)) == []
    later = TimeView(recorded_before=dt.datetime.now(dt.UTC) + dt.timedelta(days=1))
    assert ids(between(store, OCTOBER_NOVEMBER, view=later)) == ["call", "denial", "confirmation"]
    with pytest.raises(TimelineKGError, match="no report published by 2024-10-31"):
        get_event(store, "call", TimeView(as_of=D(2024, 10, 31)))


def test_a_dispute_survives_rewriting_the_disputed_event(store: Store, tmp_path: Path) -> None:
    load_disputed_call(store, tmp_path)
    load_disputed_call(store, tmp_path)  # loading again rewrites every event; links into "call" stay
    view = resolve(store, [get_event(store, "call")])[0].as_json()
    assert (view["disputed_by"], view["confirmed_by"]) == (["denial"], ["confirmation"])


def published_on(source: str, day: D | None) -> Source:
    return Source(source, title=source, url=f"https://example.org/{source}", publisher=source, published=day)


def test_as_of_follows_sources_written_after_their_events_and_changed_publication_days(store: Store) -> None:
    """Each event's publication days are kept beside its span: a source written later updates them."""
    call = report("late", "call", D(2024, 11, 1), D(2024, 11, 1), "ana")
    ingest(store, Facts(actors=call.actors, events=call.events), merge=False)  # its source comes later
    november = DateRange.parse("2024-11-01", "2024-11-30")
    day = TimeView(as_of=D(2024, 11, 20))
    assert ids(between(store, november, view=day)) == []  # its claim has no publication day yet
    ingest(store, Facts(sources=[published_on("late", D(2024, 11, 5))]), merge=False)
    assert ids(between(store, november, view=day)) == ["call"]
    assert ids(between(store, november, view=TimeView(as_of=D(2024, 11, 4)), limit=5)) == []
    ingest(store, Facts(sources=[published_on("late", D(2024, 11, 25))]), merge=False)  # corrected day
    assert ids(between(store, november, view=day, limit=5)) == []
    assert ids(between(store, november, view=TimeView(as_of=D(2024, 11, 25)), limit=5)) == ["call"]


def test_an_as_of_page_is_the_start_of_the_whole_as_of_answer(store: Store) -> None:
    """Pages by the first publication day, and settles again only the events with later claims."""
    events, sources = [], []
    for number in range(40):
        first, second = f"first-{number}", f"second-{number}"
        day = D(2024, 11, 1) + dt.timedelta(days=number % 20)
        sources += [published_on(first, day + dt.timedelta(days=1)), published_on(second, day + dt.timedelta(days=3))]
        mentions = (
            Mention(first, "in the month", 0, 5, D(2024, 11, 1), D(2024, 11, 30), "month"),
            Mention(second, "on the day", 0, 5, day, day, "day"),
        )
        events.append(Event(f"e{number:02d}", "meeting", f"meeting {number}", day, day, "day", mentions=mentions))
    ingest(store, Facts(sources=sources, events=events), merge=False)
    november = DateRange.parse("2024-11-01", "2024-11-30")
    for as_of in (D(2024, 11, 3), D(2024, 11, 12), D(2024, 11, 30)):
        view = TimeView(as_of=as_of)
        whole = [(e.id, e.earliest, e.latest, len(e.mentions)) for e in between(store, november, view=view)]
        page = [(e.id, e.earliest, e.latest, len(e.mentions)) for e in between(store, november, view=view, limit=7)]
        assert page == whole[:7] and whole
        # known only by the month's report: the month's bounds; known by both: the day
        assert all((n == 1) == (latest == D(2024, 11, 30)) for _, _, latest, n in whole)


# -- stored nodes a later report shows to be one event ------------------------------------------------------


def test_delete_events_removes_the_events_and_their_reports_and_keeps_the_rest(store: Store) -> None:
    ingest(store, report("post", "ev-a", D(2024, 11, 6), D(2024, 11, 6), "trump", "putin"))
    ingest(store, report("wire", "ev-b", D(2024, 3, 1), D(2024, 3, 1), "biden", "scholz"))
    store.delete_events(["ev-a", "no-such-event"])
    assert ids(store.events(EventQuery())) == ["ev-b"]
    assert ids(store.events(EventQuery(actor="Trump"))) == []
    assert ids(store.events(EventQuery(source="post"))) == []
    assert store.counts()["mentions"] == 1
    store.delete_events([])
    assert ids(between(store, DateRange.parse("2024", "2024"))) == ["ev-b"]


def test_a_report_agreeing_with_two_stored_nodes_unifies_them_and_the_old_id_still_shows(store: Store) -> None:
    from tests.unify_support import harbour_report, host_report, ministry_report

    ingest(store, host_report())
    ingest(store, harbour_report())
    assert len(list(store.events(EventQuery()))) == 2  # one shared argument (the host) is no evidence
    summary = ingest(store, ministry_report())
    assert summary.merged_into_existing == 1
    [event] = store.events(EventQuery())
    assert set(event.source_ids) == {"host-paper", "harbour-news", "ministry-wire"}
    folded = "ev-harbour" if event.id == "ev-host" else "ev-host"
    assert event.attribute("unified_ids") == [folded]
    assert any(line.startswith(f"unified with ID: {folded} ") for line in event.attribute("merge_evidence"))
    assert get_event(store, folded).id == event.id  # `show OLD_ID` finds the event it is part of
    assert store.counts()["events"] == 1


def test_a_report_does_not_unify_two_nodes_whose_agents_contradict(store: Store) -> None:
    from tests.unify_support import HOST, RIVAL, VISITOR, visit_report

    week = (D(2024, 5, 6), D(2024, 5, 10))
    ingest(store, visit_report("host-paper", "ev-visitor", *week, agents=(VISITOR,), targets=(HOST,)))
    ingest(store, visit_report("rival-paper", "ev-rival", *week, agents=(RIVAL,), targets=(HOST,), in_town=True))
    # a confused report naming both as the host's visitor agrees with each node, but they are two visits
    both = visit_report(
        "muddled-wire", "ev-both", D(2024, 5, 8), D(2024, 5, 8), agents=(VISITOR, RIVAL), targets=(HOST,), in_town=True
    )
    ingest(store, both)
    assert len(list(store.events(EventQuery()))) == 2
    assert not any(e.attribute("unified_ids") for e in store.events(EventQuery()))
