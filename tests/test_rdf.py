"""RDF: the vocabulary files, every serializer's round trip, SHACL, import, bad input and escaping."""

from __future__ import annotations

import datetime as dt
import io
import tempfile
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
import rdflib
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib.compare import isomorphic

from tests.conftest import SEED_FACTS
from timelinekg.cli import cli
from timelinekg.errors import ValidationError
from timelinekg.exporters import ExportOptions, exporter_for
from timelinekg.exporters.rdf import Describer, TurtleWriter, to_rdflib, write_rdf
from timelinekg.exporters.shacl import validate_file
from timelinekg.graph.base import EventQuery, RowReader, Store
from timelinekg.graph.ingest import ingest, load_paths
from timelinekg.graph.sqlite import SQLiteStore
from timelinekg.loaders import LoadOptions, Notice
from timelinekg.loaders.facts import read_fact_file
from timelinekg.loaders.rdf import load_rdf
from timelinekg.queries import resolve
from timelinekg.queries.claims import TimeView
from timelinekg.schema import vocabulary
from timelinekg.schema.dates import EVERY_DAY, DateRange
from timelinekg.schema.event_types import EVENT_TYPES
from timelinekg.schema.model import (
    ACTOR_KINDS,
    PLACE_KINDS,
    PRECISIONS,
    ROLES,
    Actor,
    Event,
    Facts,
    Mention,
    Participation,
    Place,
    Source,
)

SEM = rdflib.Namespace(vocabulary.SEM)
SCHEMA = rdflib.Namespace(vocabulary.SCHEMA)
SKOS = rdflib.Namespace(vocabulary.SKOS)
XSD = rdflib.XSD
RDF_TYPE = rdflib.RDF.type

# syntax -> (file extension, rdflib parser name, whether it carries named graphs)
SYNTAXES = {
    "turtle": (".ttl", "turtle", False),
    "nt": (".nt", "nt", False),
    "jsonld": (".jsonld", "json-ld", False),
    "trig": (".trig", "trig", True),
    "nquads": (".nq", "nquads", True),
}


def export_text(store: Store, syntax: str, window: DateRange = EVERY_DAY, base: str | None = None) -> str:
    buffer = io.StringIO()
    exporter_for(syntax)(store, buffer, ExportOptions(window, base))
    return buffer.getvalue()


def parse(text: str, syntax: str) -> rdflib.Dataset:
    """Every export parsed as a dataset (named graphs kept), so one comparison covers all syntaxes."""
    dataset = rdflib.Dataset()
    dataset.parse(data=text, format=SYNTAXES[syntax][1])
    return dataset


def union(dataset: rdflib.Dataset) -> rdflib.Graph:
    graph = rdflib.Graph()
    for s, p, o, _g in dataset.quads((None, None, None, None)):
        graph.add((s, p, o))
    return graph


def quads(dataset: rdflib.Dataset) -> set[tuple[object, ...]]:
    """Our exports have no blank nodes, so isomorphic datasets have equal quad sets."""
    return {(s, p, o, g) for s, p, o, g in dataset.quads((None, None, None, None))}


def reload(text: str, syntax: str, directory: Path) -> SQLiteStore:
    """Write an export to a file and load it into an empty store, as ``timelinekg load`` does."""
    path = directory / f"export{SYNTAXES[syntax][0]}"
    path.write_text(text, encoding="utf-8")
    fresh = SQLiteStore(directory / f"reloaded-{syntax}.db")
    report = load_paths(fresh, [path])
    assert not report.errors, report.errors
    # an event with no source is a shape warning (a note), not a skipped triple
    assert not [note for note in report.notices if "shape warnings" not in note], report.notices
    return fresh


@pytest.fixture
def seed_store(tmp_path: Path) -> Iterator[SQLiteStore]:
    store = SQLiteStore(tmp_path / "seed.db")
    report = load_paths(store, [SEED_FACTS])
    assert not report.errors
    yield store
    store.close()


# -- the shipped vocabulary files ----------------------------------------------------------------------


def test_event_type_scheme_is_generated_from_the_taxonomy() -> None:
    assert vocabulary.EVENT_TYPES_TTL.read_text(encoding="utf-8") == vocabulary.event_types_turtle()
    scheme = rdflib.Graph().parse(vocabulary.EVENT_TYPES_TTL)
    concepts = {str(c) for c in scheme.subjects(SKOS.inScheme, rdflib.URIRef(vocabulary.TKG + "EventTypes"))}
    assert concepts == {vocabulary.EVENT_TYPE + t.code for t in EVENT_TYPES}
    attack = rdflib.URIRef(vocabulary.EVENT_TYPE + "attack")
    assert scheme.value(attack, SKOS.exactMatch) == rdflib.URIRef(vocabulary.CAMEO + "18")
    communication = rdflib.URIRef(vocabulary.EVENT_TYPE + "communication")
    assert scheme.value(communication, SKOS.broader) == rdflib.URIRef(vocabulary.EVENT_TYPE + "consultation")


def test_shapes_list_exactly_the_event_types() -> None:
    shapes = rdflib.Graph().parse(vocabulary.SHAPES_TTL)
    sh = rdflib.Namespace(vocabulary.SH)
    (listed,) = [node for node in shapes.objects(None, sh["in"])]
    members = {str(m) for m in rdflib.collection.Collection(shapes, listed)}
    assert members == {vocabulary.EVENT_TYPE + t.code for t in EVENT_TYPES}


def test_shipped_context_and_kind_mappings() -> None:
    assert vocabulary.shipped_context() == vocabulary.jsonld_context()
    vocabulary.check_kinds()


def test_ids_are_percent_encoded_never_pasted() -> None:
    assert vocabulary.encode_segment("trump-putin-call") == "trump-putin-call"
    assert vocabulary.encode_segment("a b/c.d~é>") == "a%20b%2Fc%2Ed%7E%C3%A9%3E"
    assert vocabulary.decode_segment(vocabulary.encode_segment("a b/c.d~é>")) == "a b/c.d~é>"
    assert vocabulary.normalise_base(None) == vocabulary.DEFAULT_BASE
    assert vocabulary.normalise_base("http://example.org/kg") == "http://example.org/kg/"
    for bad in ("not an iri", "relative/path/", "http://x.org/<evil>"):
        with pytest.raises(ValidationError):
            vocabulary.normalise_base(bad)


# -- the seed, from any store ----------------------------------------------------------------------------


def test_seed_export_acceptance(store: Store, tmp_path: Path) -> None:
    """rdflib parses it, pyshacl validates it, and it holds the seed events with typed dates, actors, places."""
    load_paths(store, [SEED_FACTS])
    path = tmp_path / "seed.ttl"
    path.write_text(export_text(store, "turtle"), encoding="utf-8")
    graph = rdflib.Graph().parse(path, format="turtle")
    events = set(graph.subjects(RDF_TYPE, SEM.Event))
    assert len(events) == 13
    call = rdflib.URIRef(vocabulary.DEFAULT_BASE + "event/trump-putin-call")
    assert call in events and (call, RDF_TYPE, SCHEMA.Event) in graph
    assert graph.value(call, SEM.eventType) == rdflib.URIRef(vocabulary.EVENT_TYPE + "communication")
    begin = graph.value(call, SEM.hasBeginTimeStamp)
    assert begin == rdflib.Literal("2024-11-07", datatype=XSD.date)
    assert graph.value(call, SCHEMA.startDate) == begin
    actors = {}
    for role in graph.objects(call, SEM.hasActor):
        assert (role, RDF_TYPE, SEM.Role) in graph
        actor = graph.value(role, rdflib.RDF.value)
        actors[str(graph.value(actor, SKOS.prefLabel))] = str(graph.value(role, SEM.roleType)).rsplit("/", 1)[1]
    assert actors == {"Donald Trump": "agent", "Vladimir Putin": "recipient"}
    places = {str(graph.value(p, SKOS.prefLabel)) for p in graph.objects(call, SEM.hasPlace)}
    assert places == {"Florida"}
    florida = next(graph.objects(call, SEM.hasPlace))
    assert str(graph.value(graph.value(florida, SCHEMA.containedInPlace), SKOS.prefLabel)) == "United States"
    # A month-precision event is typed xsd:gYearMonth, its bounds stay full dates.
    helsinki = rdflib.URIRef(vocabulary.DEFAULT_BASE + "event/helsinki-press-conference")
    assert graph.value(helsinki, SEM.hasBeginTimeStamp) == rdflib.Literal("2018-07", datatype=XSD.gYearMonth)
    assert graph.value(helsinki, SEM.hasEarliestBeginTimeStamp) == rdflib.Literal("2018-07-01", datatype=XSD.date)
    trump = rdflib.URIRef(vocabulary.DEFAULT_BASE + "actor/donald-trump")
    assert (trump, rdflib.OWL.sameAs, rdflib.URIRef("http://www.wikidata.org/entity/Q22686")) in graph
    assert (trump, RDF_TYPE, SCHEMA.Person) in graph
    assert rdflib.Literal("Trump") in set(graph.objects(trump, SKOS.altLabel))
    report = validate_file(path)
    assert report.conforms, [str(v) for v in report.violations]


@pytest.mark.parametrize("syntax", sorted(SYNTAXES))
def test_seed_round_trip(seed_store: SQLiteStore, syntax: str, tmp_path: Path) -> None:
    """Export, load into an empty store, export again: the same graph (named graphs included)."""
    first = export_text(seed_store, syntax)
    reloaded = reload(first, syntax, tmp_path)
    second = export_text(reloaded, syntax)
    reloaded.close()
    one, two = parse(first, syntax), parse(second, syntax)
    assert isomorphic(union(one), union(two))
    assert quads(one) == quads(two)
    assert len(union(one)) > 600


def test_round_trip_through_any_store(seed_store: SQLiteStore, store: Store, tmp_path: Path) -> None:
    """Loading our Turtle into any store and exporting it from there gives the same graph."""
    first = export_text(seed_store, "turtle")
    path = tmp_path / "seed.ttl"
    path.write_text(first, encoding="utf-8")
    report = load_paths(store, [path])
    assert not report.errors and not report.notices
    assert isomorphic(union(parse(first, "turtle")), union(parse(export_text(store, "turtle"), "turtle")))


def test_every_syntax_carries_the_same_graph(seed_store: SQLiteStore) -> None:
    reference = union(parse(export_text(seed_store, "nt"), "nt"))
    for syntax in SYNTAXES:
        assert isomorphic(union(parse(export_text(seed_store, syntax), syntax)), reference), syntax


def test_named_graphs_hold_each_sources_statements(seed_store: SQLiteStore) -> None:
    dataset = parse(export_text(seed_store, "trig"), "trig")
    (source,) = list(seed_store.sources())
    graph_name = rdflib.URIRef(vocabulary.DEFAULT_BASE + "source/" + source.id)
    named = dataset.graph(graph_name)
    assert (graph_name, RDF_TYPE, SCHEMA.NewsArticle) in named
    derived = set(named.subjects(rdflib.PROV.wasDerivedFrom, graph_name))
    assert len(derived) == 13
    default = dataset.default_graph
    assert not set(default.triples((None, rdflib.PROV.wasDerivedFrom, None)))
    assert set(default.subjects(RDF_TYPE, SEM.Event)) == derived


def test_seed_validates_in_every_syntax(seed_store: SQLiteStore, tmp_path: Path) -> None:
    for syntax, (extension, _parser, _quads) in SYNTAXES.items():
        path = tmp_path / f"seed{extension}"
        path.write_text(export_text(seed_store, syntax), encoding="utf-8")
        report = validate_file(path)
        assert report.conforms, (syntax, [str(v) for v in report.violations])


def test_between_slice_brings_what_its_events_use(seed_store: SQLiteStore, tmp_path: Path) -> None:
    text = export_text(seed_store, "turtle", DateRange(dt.date(2024, 11, 7), dt.date(2024, 11, 7)))
    graph = rdflib.Graph().parse(data=text, format="turtle")
    events = {str(e).rsplit("/", 1)[1] for e in graph.subjects(RDF_TYPE, SEM.Event)}
    assert "trump-putin-call" in events and "election" not in events
    places = {str(graph.value(p, SKOS.prefLabel)) for p in graph.subjects(RDF_TYPE, SEM.Place)}
    assert {"Florida", "United States"} <= places and "Moscow" not in places  # parents come along
    path = tmp_path / "slice.ttl"
    path.write_text(text, encoding="utf-8")
    assert validate_file(path).conforms


def test_base_option_moves_every_instance_iri(seed_store: SQLiteStore) -> None:
    text = export_text(seed_store, "nt", base="http://partner.example/kg#")
    graph = rdflib.Graph().parse(data=text, format="nt")
    subjects = {str(s) for s in graph.subjects()}
    assert "http://partner.example/kg#event/trump-putin-call" in subjects
    assert not any(s.startswith(vocabulary.DEFAULT_BASE) for s in subjects)
    with pytest.raises(ValidationError):
        export_text(seed_store, "turtle", base="no base")


def test_empty_store_gives_a_document_with_only_prefixes(tmp_path: Path) -> None:
    empty = SQLiteStore(tmp_path / "empty.db")
    for syntax in SYNTAXES:
        text = export_text(empty, syntax)
        assert len(union(parse(text, syntax))) == 0
    assert export_text(empty, "turtle").startswith("@prefix rdf:")
    empty.close()


def test_to_rdflib(seed_store: SQLiteStore) -> None:
    graph = to_rdflib(seed_store)
    assert len(set(graph.subjects(RDF_TYPE, SEM.Event))) == 13
    assert isomorphic(graph, union(parse(export_text(seed_store, "turtle"), "turtle")))


# -- import: bad input and what is skipped ----------------------------------------------------------------


def test_invalid_rdf_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "broken.ttl"
    path.write_text(
        '@prefix sem: <http://semanticweb.cs.vu.nl/2009/11/sem/> .\n\n<http://x/e> a sem:Event ;\n  sem:p "oops .\n'
    )
    (result,) = list(load_rdf(path, LoadOptions()))
    assert isinstance(result, ValidationError)
    assert result.line == 4 and "invalid Turtle" in result.message
    assert result.located().startswith(f"{path}:4: ")


def test_triples_outside_the_vocabulary_are_skipped_and_counted(seed_store: SQLiteStore, tmp_path: Path) -> None:
    text = export_text(seed_store, "nt")
    extra = (
        '<http://elsewhere.example/a> <http://elsewhere.example/p> "x" .\n'
        f'<{vocabulary.DEFAULT_BASE}event/election> <http://elsewhere.example/q> "y" .\n'
        f"<{vocabulary.DEFAULT_BASE}event/election> <{rdflib.RDF.type}> <http://elsewhere.example/Thing> .\n"
    )
    path = tmp_path / "mixed.nt"
    path.write_text(text + extra, encoding="utf-8")
    results = list(load_rdf(path, LoadOptions()))
    notices = [r for r in results if isinstance(r, Notice)]
    assert [n.message for n in notices] == ["skipped 3 triple(s) outside the timelinekg vocabulary"]
    facts = Facts.of(r for r in results if isinstance(r, Facts))
    assert len(facts.events) == 13 and len(facts.actors) == 10


def test_cli_load_and_validate(seed_store: SQLiteStore, tmp_path: Path) -> None:
    runner = CliRunner()
    exported = tmp_path / "seed.ttl"
    exported.write_text(export_text(seed_store, "turtle"), encoding="utf-8")
    result = runner.invoke(cli, ["validate", str(exported)])
    assert result.exit_code == 0 and "conforms" in result.output
    loaded = runner.invoke(cli, ["--store", str(tmp_path / "back.db"), "load", str(exported)])
    assert loaded.exit_code == 0, loaded.output
    out = tmp_path / "again.ttl"
    exported_again = runner.invoke(
        cli, ["--store", str(tmp_path / "back.db"), "export", "--format", "turtle", "-o", str(out)]
    )
    assert exported_again.exit_code == 0
    assert isomorphic(rdflib.Graph().parse(exported), rdflib.Graph().parse(out))
    lacking = tmp_path / "lacking.ttl"
    lacking.write_text(f"<{vocabulary.DEFAULT_BASE}event/x> a <{vocabulary.SEM}Event> .\n", encoding="utf-8")
    failed = runner.invoke(cli, ["validate", str(lacking)])
    assert failed.exit_code == 1
    assert "sem:eventType" in failed.output and "does not conform" in failed.output
    broken = tmp_path / "broken.nt"
    broken.write_text("<a> <b> .\n", encoding="utf-8")
    bad = runner.invoke(cli, ["validate", str(broken)])
    assert bad.exit_code == 1 and "broken.nt:1" in bad.output and "Traceback" not in bad.output


# -- random graphs -------------------------------------------------------------------------------------------

# Any Unicode (hypothesis' default alphabet) plus the characters that break naive writers.
NASTY = st.sampled_from(['"', "\\", "\n", "\r", "\t", ">", "<", "#", " ", "'", "%", ".", "~", "-", "é", "😀"])
ANY_CHARACTER = st.characters(exclude_categories=["Cs"])  # lone surrogates cannot be encoded at all
TEXT = st.lists(st.one_of(NASTY, ANY_CHARACTER), max_size=12).map("".join)
IDS = st.lists(st.one_of(NASTY, ANY_CHARACTER), min_size=1, max_size=8).map("".join)
DAYS = st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31))
INSTANTS = st.datetimes(min_value=dt.datetime(1970, 1, 1), max_value=dt.datetime(2100, 1, 1)).map(
    lambda d: d.replace(tzinfo=dt.UTC)
)
ATTRIBUTES = st.dictionaries(TEXT, st.one_of(TEXT, st.integers(-1000, 1000), st.booleans(), st.none()), max_size=2)


def ordered_claim(mention: Mention) -> Mention:
    """A claim's earliest day is never after its latest (stores refuse that: schema/rules.py)."""
    low, high = mention.claimed_earliest, mention.claimed_latest
    if low is not None and high is not None and low > high:
        return replace(mention, claimed_earliest=high, claimed_latest=low)
    return mention


@st.composite
def random_facts(draw: st.DrawFn, *, complete: bool = False) -> Facts:
    """A small graph; ``complete`` ones are what SHACL wants (every event sourced, every actor known)."""
    actor_ids = draw(st.lists(IDS, min_size=1, max_size=3, unique=True))
    place_ids = draw(st.lists(IDS, max_size=3, unique=True))
    source_ids = draw(st.lists(IDS, min_size=1, max_size=2, unique=True))
    schemes = st.sampled_from(["wikidata", "geonames", "iso3166", "gdelt"])
    actors = [
        Actor(
            id=actor_id,
            name=draw(TEXT),
            kind=draw(st.sampled_from(ACTOR_KINDS)),
            aliases=tuple(draw(st.lists(TEXT, max_size=2, unique=True))),
            external_ids=tuple(draw(st.lists(st.tuples(schemes, IDS), max_size=2, unique=True))),
            attributes=tuple(sorted(draw(ATTRIBUTES).items())),
        )
        for actor_id in actor_ids
    ]
    coordinate = st.one_of(st.none(), st.floats(-90, 90, allow_nan=False))
    places = [
        Place(
            id=place_id,
            name=draw(TEXT),
            kind=draw(st.sampled_from(PLACE_KINDS)),
            latitude=draw(coordinate),
            longitude=draw(coordinate),
            parent_id=draw(st.one_of(st.none(), st.sampled_from(place_ids[:index]))) if index else None,
            external_ids=tuple(draw(st.lists(st.tuples(schemes, IDS), max_size=2, unique=True))),
            aliases=tuple(draw(st.lists(TEXT, max_size=2, unique=True))),
        )
        for index, place_id in enumerate(place_ids)
    ]
    sources = [
        Source(
            id=source_id,
            title=draw(TEXT),
            url=draw(TEXT),
            publisher=draw(TEXT),
            published=draw(st.one_of(st.none(), DAYS)),
            recorded_at=draw(INSTANTS),
        )
        for source_id in source_ids
    ]
    events = []
    for event_id in draw(st.lists(IDS, min_size=1, max_size=3, unique=True)):
        bounds = sorted(draw(st.lists(DAYS, min_size=2, max_size=2)))
        earliest = None if draw(st.booleans()) and not complete else bounds[0]
        latest = None if draw(st.booleans()) else bounds[1]
        mention = st.builds(
            Mention,
            source_id=st.sampled_from(source_ids),
            quote=TEXT,
            start=st.one_of(st.none(), st.integers(0, 10_000)),
            end=st.one_of(st.none(), st.integers(0, 10_000)),
            claimed_earliest=st.one_of(st.none(), DAYS),
            claimed_latest=st.one_of(st.none(), DAYS),
            claimed_precision=st.one_of(st.none(), st.sampled_from(PRECISIONS)),
        ).map(ordered_claim)
        roles = st.builds(Participation, st.sampled_from(actor_ids), st.sampled_from(ROLES))
        events.append(
            Event(
                id=event_id,
                type=draw(st.sampled_from([t.code for t in EVENT_TYPES])),
                label=draw(TEXT),
                earliest=earliest,
                latest=latest,
                precision=draw(st.sampled_from(PRECISIONS)),
                participants=tuple(draw(st.lists(roles, max_size=3, unique=True))),
                place_ids=tuple(draw(st.lists(st.sampled_from(place_ids), max_size=2, unique=True)))
                if place_ids
                else (),
                mentions=tuple(draw(st.lists(mention, min_size=1 if complete else 0, max_size=3))),
                start=draw(st.one_of(st.none(), DAYS)),
                end=draw(st.one_of(st.none(), DAYS)),
                date_conflict=draw(st.booleans()),
                attributes=tuple(sorted(draw(ATTRIBUTES).items())),
                recorded_at=draw(INSTANTS),
            )
        )
    return Facts(sources=sources, actors=actors, places=places, events=events)


RANDOM = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


class ProtocolOnly:
    """A store offering only the Store protocol: exports from it convert model objects, as for any store."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def __getattr__(self, name: str) -> Any:
        if name in ("event_rows", "source_rows"):
            raise AttributeError(name)
        return getattr(self.store, name)


@RANDOM
@given(facts=random_facts(), syntax=st.sampled_from(sorted(SYNTAXES)))
def test_random_graphs_round_trip(facts: Facts, syntax: str) -> None:
    with tempfile.TemporaryDirectory() as directory:
        store = SQLiteStore(Path(directory) / "random.db")
        store.write(facts)
        first = export_text(store, syntax)
        # The embedded store's rows export exactly as the events every store returns do.
        assert isinstance(store, RowReader) and not isinstance(ProtocolOnly(store), RowReader)
        assert first == export_text(ProtocolOnly(store), syntax)
        sliced = DateRange(dt.date(1000, 1, 1), dt.date(3000, 12, 31))
        assert export_text(store, syntax, sliced) == export_text(ProtocolOnly(store), syntax, sliced)
        reloaded = reload(first, syntax, Path(directory))
        second = export_text(reloaded, syntax)
        store.close()
        reloaded.close()
    one, two = parse(first, syntax), parse(second, syntax)
    assert isomorphic(union(one), union(two))
    assert quads(one) == quads(two)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(facts=random_facts(complete=True))
def test_random_graphs_satisfy_the_shapes(facts: Facts) -> None:
    with tempfile.TemporaryDirectory() as directory:
        store = SQLiteStore(Path(directory) / "random.db")
        store.write(facts)
        path = Path(directory) / "random.ttl"
        path.write_text(export_text(store, "turtle"), encoding="utf-8")
        store.close()
        report = validate_file(path)
    assert report.conforms, [str(v) for v in report.violations]


def test_open_bounds_round_trip_and_satisfy_the_shapes(tmp_path: Path) -> None:
    source = Source("s1", "A report", "https://example.org/a", "Example", dt.date(2024, 11, 10))
    undated_start = Event(
        "e1",
        "attack",
        "Before November",
        None,
        dt.date(2024, 10, 31),
        "month",
        mentions=(Mention("s1", "some time before November"),),
    )
    store = SQLiteStore(tmp_path / "open.db")
    store.write(Facts(sources=[source], events=[undated_start]))
    text = export_text(store, "turtle")
    graph = rdflib.Graph().parse(data=text, format="turtle")
    event = rdflib.URIRef(vocabulary.DEFAULT_BASE + "event/e1")
    assert graph.value(event, SEM.hasBeginTimeStamp) is None
    assert graph.value(event, rdflib.URIRef(vocabulary.TKG + "beginOpen")) == rdflib.Literal(True)
    assert graph.value(event, SEM.hasEndTimeStamp) == rdflib.Literal("2024-10", datatype=XSD.gYearMonth)
    reloaded = reload(text, "turtle", tmp_path)
    (back,) = list(reloaded.events(EventQuery()))
    assert back.earliest is None and back.latest == dt.date(2024, 10, 31) and back.precision == "month"
    path = tmp_path / "open.ttl"
    path.write_text(text, encoding="utf-8")
    assert validate_file(path).conforms


# -- escaping ------------------------------------------------------------------------------------------------


@settings(max_examples=200, deadline=None)
@given(name=TEXT, quote=TEXT, label=TEXT, alias=TEXT, event_id=IDS)
def test_any_text_makes_valid_turtle_that_parses_back_to_the_same_strings(
    name: str, quote: str, label: str, alias: str, event_id: str
) -> None:
    buffer = io.StringIO()
    writer = TurtleWriter(buffer, vocabulary.DEFAULT_BASE)
    describe = Describer(writer.terms)
    writer.begin()
    writer.write(describe.actor(Actor("a", name, "person", aliases=(alias,))))
    event = Event(
        event_id,
        "statement",
        label,
        dt.date(2024, 1, 1),
        dt.date(2024, 1, 1),
        participants=(Participation("a", "agent"),),
        mentions=(Mention("s", quote, 0, 3),),
    )
    writer.write(describe.event(event))
    writer.end()
    graph = rdflib.Graph().parse(data=buffer.getvalue(), format="turtle")
    actor = rdflib.URIRef(vocabulary.DEFAULT_BASE + "actor/a")
    assert str(graph.value(actor, SKOS.prefLabel)) == name
    assert {str(a) for a in graph.objects(actor, SKOS.altLabel)} == {alias}
    subject = rdflib.URIRef(vocabulary.DEFAULT_BASE + "event/" + vocabulary.encode_segment(event_id))
    assert str(graph.value(subject, rdflib.RDFS.label)) == label
    assert str(graph.value(subject, SCHEMA.identifier)) == event_id
    (mention,) = list(graph.objects(subject, rdflib.URIRef(vocabulary.GAF + "denotedBy")))
    assert str(graph.value(mention, rdflib.PROV.value) or "") == quote


def test_write_rdf_counts_triples(seed_store: SQLiteStore) -> None:
    buffer = io.StringIO()
    count = write_rdf(seed_store, buffer, ExportOptions(), "nt")
    assert count == len(buffer.getvalue().splitlines()) > 600


# -- the documented example ----------------------------------------------------------------------------------


@pytest.mark.parametrize("document", ["docs/rdf.md", "README.md"])
def test_documented_turtle_example_is_what_the_exporter_writes(seed_store: SQLiteStore, document: str) -> None:
    """Every statement in the docs' Turtle example is in the seed's export (the load time aside)."""
    from tests.conftest import REPO

    def statements(text: str) -> set[str]:
        return {line.strip().rstrip(";.").strip() for line in text.splitlines() if line.strip()}

    exported = statements(export_text(seed_store, "turtle"))
    text = (REPO / document).read_text(encoding="utf-8")
    example = text.split("```turtle\n", 1)[1].split("```", 1)[0]
    shown = {s for s in statements(example) if "prov:generatedAtTime" not in s and "load:" not in s}
    assert len(shown) > 20
    assert shown <= exported, sorted(shown - exported)


@pytest.mark.parametrize("syntax", ["turtle", "jsonld"])
def test_disputes_and_statuses_export_conform_and_round_trip(tmp_path: Path, syntax: str) -> None:
    from tests.test_store_behaviour import DISPUTED_CALL

    facts = tmp_path / "disputed-call.yaml"
    facts.write_text(DISPUTED_CALL, encoding="utf-8")
    with SQLiteStore(tmp_path / "claims.db") as store:
        ingest(store, read_fact_file(facts))
        text = export_text(store, syntax)
        as_of = io.StringIO()
        view = TimeView(as_of=dt.date(2024, 11, 3))
        exporter_for(syntax)(store, as_of, ExportOptions(EVERY_DAY, None, view=view))
    graph = union(parse(text, syntax))
    cito, tkg = rdflib.Namespace(vocabulary.CITO), rdflib.Namespace(vocabulary.TKG)
    event = rdflib.Namespace(vocabulary.DEFAULT_BASE + "event/")
    assert (event["denial"], cito.disputes, event["call"]) in graph
    assert (event["confirmation"], cito.confirms, event["call"]) in graph
    assert graph.value(event["call"], tkg.status) == rdflib.Literal("corroborated")
    assert graph.value(event["call"], tkg.publishers) == rdflib.Literal(2, datatype=XSD.nonNegativeInteger)
    then = union(parse(as_of.getvalue(), syntax))
    assert then.value(event["call"], tkg.status) == rdflib.Literal("disputed")
    assert (event["confirmation"], None, None) not in then  # published after the day asked about
    path = tmp_path / f"claims{SYNTAXES[syntax][0]}"
    path.write_text(text, encoding="utf-8")
    assert validate_file(path).conforms
    with reload(text, syntax, tmp_path) as again:
        events = {e.id: e for e in again.events(EventQuery())}
        assert events["denial"].disputes == ("call",) and events["confirmation"].confirms == ("call",)
        assert resolve(again, [events["call"]])[0].as_json()["status"] == "corroborated"
