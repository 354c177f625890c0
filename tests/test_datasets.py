"""GDELT and ACLED loaders: the real GDELT sample, both GDELT versions, mentions, ACLED, bad input, merging."""

from __future__ import annotations

import gzip
import json
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.conftest import SEED_FACTS, SHARED
from timelinekg.cli import cli
from timelinekg.errors import ValidationError
from timelinekg.graph.base import EventQuery, Store
from timelinekg.graph.ingest import LoadReport, ingest, load_paths
from timelinekg.graph.sqlite import SQLiteStore
from timelinekg.loaders import LoadOptions, format_for
from timelinekg.loaders.facts import read_fact_file
from timelinekg.loaders.gdelt import GDELT1_COLUMNS, GDELT2_COLUMNS, MENTION_COLUMNS, load_gdelt
from timelinekg.queries import between, resolve
from timelinekg.schema.dates import DateRange
from timelinekg.schema.model import Facts

GDELT_SAMPLE = SHARED / "data" / "dev" / "gdelt1-sample" / "events.tsv"
ACLED_DIR = Path(__file__).parent / "fixtures" / "acled"
GDELT = LoadOptions(format="gdelt")
ACLED = LoadOptions(format="acled")

needs_sample = pytest.mark.skipif(not GDELT_SAMPLE.exists(), reason="../shared GDELT sample not present")


def sample_rows(count: int | None = None, columns: int = 58) -> list[list[str]]:
    rows = [line.rstrip("\n").split("\t") for line in GDELT_SAMPLE.read_text(encoding="utf-8").splitlines()]
    wanted = [r for r in rows if len(r) == columns]
    return wanted[:count] if count else wanted


def row_by_id(event_id: str) -> list[str]:
    return next(r for r in sample_rows() if r[0] == event_id)


def as_gdelt2(cells: list[str], dateadded: str = "20150729101500") -> list[str]:
    row = dict(zip(GDELT1_COLUMNS, cells, strict=True))
    row["DATEADDED"] = dateadded
    return [row.get(column, "") for column in GDELT2_COLUMNS]


def write_tsv(path: Path, rows: list[list[str]]) -> Path:
    path.write_text("".join("\t".join(r) + "\n" for r in rows), encoding="utf-8")
    return path


def load(store: Store, *paths: Path, options: LoadOptions = GDELT) -> LoadReport:
    return load_paths(store, list(paths), options)


@pytest.fixture
def db(tmp_path: Path) -> Iterator[SQLiteStore]:
    store = SQLiteStore(tmp_path / "datasets.db")
    yield store
    store.close()


# -- GDELT ------------------------------------------------------------------------------------------------


@needs_sample
def test_gdelt_sample_loads_every_row_with_actors_places_and_sources(db: SQLiteStore) -> None:
    report = load(db, GDELT_SAMPLE)
    assert report.errors == []
    assert db.counts()["events"] == 710
    view = resolve(db, list(db.events(EventQuery(ids=["gdelt-564111664"]))))[0].as_json()
    assert (view["earliest"], view["latest"], view["precision"]) == ("2015-07-29", "2015-07-29", "day")
    assert view["type"] == "coercion"  # CAMEO 173
    assert view["attributes"]["cameo_code"] == "173"
    assert view["attributes"]["quad_class"] == 4
    assert view["attributes"]["goldstein_scale"] == -5.0
    assert view["actors"] == [{"id": "united-states", "name": "United States", "role": "agent", "kind": "country"}]
    place = view["places"][0]
    assert place["name"] == "Pottawattamie County"
    assert (place["latitude"], place["longitude"]) == (41.3333, -95.5336)
    assert place["parent"] == "Iowa"
    source = view["sources"][0]
    assert source["url"].startswith("http://www.newspressnow.com/")
    assert source["published"] == "2016-07-28"  # DATEADDED: when GDELT saw the report


@needs_sample
def test_gdelt_country_names_become_aliases_of_the_canonical_country(db: SQLiteStore) -> None:
    load(db, GDELT_SAMPLE)
    ingest(db, read_fact_file(SEED_FACTS))
    united_states = next(db.actors(["united-states"]))
    assert united_states.name == "United States"
    assert "UNITED STATES" in united_states.aliases
    assert ("wikidata", "Q30") in united_states.external_ids  # from the seed: one node for both sources
    assert "USA" in united_states.aliases  # the seed's alias and GDELT's spelling on one actor
    gdelt_events = list(db.events(EventQuery(actor="UNITED STATES")))
    assert any(e.id.startswith("gdelt-") for e in gdelt_events)


@needs_sample
def test_gdelt_1_backfile_rows_without_sourceurl_load_without_a_source(db: SQLiteStore) -> None:
    row = sample_rows(1, columns=57)[0]
    report = load(db, write_tsv(db_path(db).with_name("old.tsv"), [row]))
    assert report.errors == []
    event = next(db.events(EventQuery(ids=[f"gdelt-{row[0]}"])))
    assert event.mentions == ()
    assert event.attribute("gdelt_version") == "1.0"


def db_path(store: SQLiteStore) -> Path:
    return Path(store.path)


@needs_sample
def test_gdelt_2_rows_are_detected_by_their_61_columns(db: SQLiteStore, tmp_path: Path) -> None:
    row = as_gdelt2(row_by_id("564111664"))
    assert len(row) == 61
    load(db, write_tsv(tmp_path / "20150729101500.export.CSV", [row]))
    event = next(db.events(EventQuery(ids=["gdelt-564111664"])))
    assert event.attribute("gdelt_version") == "2.0"
    place = next(db.places(event.place_ids))
    assert (place.latitude, place.longitude) == (41.3333, -95.5336)
    source = next(db.sources())
    assert source.published is not None and source.published.isoformat() == "2015-07-29"


@needs_sample
def test_gdelt_2_mentions_add_sources_to_loaded_events_and_never_create_events(db: SQLiteStore, tmp_path: Path) -> None:
    load(db, write_tsv(tmp_path / "20150729101500.export.CSV", [as_gdelt2(row_by_id("564111664"))]))
    mention = dict.fromkeys(MENTION_COLUMNS, "")
    mention.update(
        GLOBALEVENTID="564111664",
        EventTimeDate="20150729101500",
        MentionTimeDate="20150730080000",
        MentionType="1",
        MentionSourceName="example.org",
        MentionIdentifier="https://example.org/iowa-story",
        ActionCharOffset="120",
    )
    orphan = dict(mention, GLOBALEVENTID="999", MentionIdentifier="https://example.org/other")
    mentions_file = write_tsv(tmp_path / "20150730080000.mentions.CSV", [list(mention.values()), list(orphan.values())])
    report = load(db, mentions_file)
    assert report.errors == []
    assert report.summary.unattached == 1
    assert db.counts()["events"] == 1  # the orphan mention made no event
    event = next(db.events(EventQuery(ids=["gdelt-564111664"])))
    urls = {s.url for s in db.sources(event.source_ids)}
    assert urls == {"https://example.org/iowa-story", row_by_id("564111664")[57]}
    assert (event.earliest, event.latest, event.precision) == (event.earliest, event.earliest, "day")
    assert event.attribute("attach_only") is None
    # Loading the mentions again changes nothing.
    load(db, mentions_file)
    assert len(next(db.events(EventQuery(ids=["gdelt-564111664"]))).mentions) == 2


@needs_sample
def test_gdelt_reads_zip_and_gzip_files_directly(db: SQLiteStore, tmp_path: Path) -> None:
    rows = sample_rows(20)
    text = "".join("\t".join(r) + "\n" for r in rows).encode("utf-8")
    with zipfile.ZipFile(tmp_path / "20150729.export.CSV.zip", "w") as archive:
        archive.writestr("20150729.export.CSV", text[: len(text) // 2 + text[len(text) // 2 :].index(b"\n") + 1])
    (tmp_path / "rest.tsv.gz").write_bytes(gzip.compress(text))
    report = load(db, tmp_path / "20150729.export.CSV.zip", tmp_path / "rest.tsv.gz")
    assert report.errors == []
    assert db.counts()["events"] == 20


def test_gdelt_file_names_select_the_format_but_plain_csv_does_not() -> None:
    assert format_for(Path("20150218230000.export.CSV.zip")) == "gdelt"
    assert format_for(Path("20150218.export.CSV")) == "gdelt"
    assert format_for(Path("20150218230000.mentions.CSV")) == "gdelt"
    with pytest.raises(ValidationError):
        format_for(Path("acled-export.csv"))  # ACLED needs --format acled


@needs_sample
def test_gdelt_bad_rows_are_reported_with_file_and_line_and_the_good_rows_load(tmp_path: Path) -> None:
    good = sample_rows(3)
    wrong_count = good[0][:40]
    bad_date = list(good[1])
    bad_date[0], bad_date[1] = "1", "2015O729"
    no_actors = list(good[1])
    no_actors[0] = "2"
    for column in ("Actor1Code", "Actor1Name", "Actor2Code", "Actor2Name"):
        no_actors[GDELT1_COLUMNS.index(column)] = ""
    far_north = list(good[1])
    far_north[0] = "3"
    far_north[GDELT1_COLUMNS.index("ActionGeo_Type")] = "4"
    far_north[GDELT1_COLUMNS.index("ActionGeo_FullName")] = "Nowhere, Test"
    far_north[GDELT1_COLUMNS.index("ActionGeo_Lat")] = "123.5"
    path = write_tsv(tmp_path / "bad.tsv", [good[0], wrong_count, bad_date, no_actors, far_north, good[1], good[2]])
    results = list(load_gdelt(path, GDELT))
    errors = [r.located() for r in results if isinstance(r, ValidationError)]
    assert errors == [
        f"{path}:2: expected 57 or 58 (GDELT 1.0 events), 61 (GDELT 2.0 events) or 16 (GDELT 2.0 mentions) "
        "tab-separated columns, found 40",
        f"{path}:3: SQLDATE is not a date YYYYMMDD: '2015O729'",
        f"{path}:4: no actor: Actor1Code, Actor1Name, Actor2Code and Actor2Name are all empty",
        f"{path}:5: ActionGeo coordinates: latitude 123.5 is out of range (-90..90)",
    ]
    loaded = [e.id for r in results if isinstance(r, Facts) for e in r.events]
    assert loaded == [f"gdelt-{good[0][0]}", f"gdelt-{good[1][0]}", f"gdelt-{good[2][0]}"]

    db_file = tmp_path / "cli.db"
    outcome = CliRunner().invoke(cli, ["--store", str(db_file), "load", "--format", "gdelt", str(path)])
    assert outcome.exit_code == 1
    assert f"error: {path}:3: SQLDATE is not a date" in outcome.output
    assert "3 event(s) written" in outcome.output
    assert "4 problem(s)" in outcome.output.splitlines()[-1]


@needs_sample
def test_a_gzip_file_that_stops_in_the_middle_keeps_the_rows_before_it(db: SQLiteStore, tmp_path: Path) -> None:
    rows = sample_rows(400)
    data = gzip.compress("".join("\t".join(r) + "\n" for r in rows).encode("utf-8"))
    path = tmp_path / "truncated.tsv.gz"
    path.write_bytes(data[: len(data) // 2])
    report = load(db, path)
    assert len(report.errors) >= 1
    assert "the file stops in the middle" in report.errors[-1]
    assert report.errors[-1].startswith(f"{path}:")
    loaded = db.counts()["events"]
    assert 0 < loaded < 400


# -- dataset events and the merge rule ----------------------------------------------------------------


@needs_sample
def test_same_gdelt_rows_loaded_twice_are_one_event_each(db: SQLiteStore) -> None:
    load(db, GDELT_SAMPLE)
    first = db.counts()
    load(db, GDELT_SAMPLE)
    assert db.counts() == first


def test_an_article_event_and_a_gdelt_event_of_one_happening_stay_two_events(db: SQLiteStore, tmp_path: Path) -> None:
    """Dataset events merge by id only: GDELT's coding decided its identity; the merge rule never joins them."""
    ingest(db, read_fact_file(SEED_FACTS))
    row = dict.fromkeys(GDELT1_COLUMNS, "")
    row.update(
        GLOBALEVENTID="1000001",
        SQLDATE="20241107",
        EventCode="041",
        EventBaseCode="041",
        EventRootCode="04",
        Actor1Code="USAGOV",
        Actor1Name="DONALD TRUMP",
        Actor1CountryCode="USA",
        Actor1Type1Code="GOV",
        Actor2Code="RUSGOV",
        Actor2Name="VLADIMIR PUTIN",
        Actor2CountryCode="RUS",
        Actor2Type1Code="GOV",
        IsRootEvent="1",
        QuadClass="1",
        GoldsteinScale="1.0",
        NumMentions="10",
        NumSources="2",
        NumArticles="10",
        AvgTone="-1.5",
        ActionGeo_Type="2",
        ActionGeo_FullName="Florida, United States",
        ActionGeo_CountryCode="US",
        ActionGeo_ADM1Code="USFL",
        ActionGeo_Lat="28.75",
        ActionGeo_Long="-82.5",
        ActionGeo_FeatureID="FL",
        DATEADDED="20241110",
        SOURCEURL="https://example.org/trump-putin-call",
    )
    path = write_tsv(tmp_path / "call.tsv", [list(row.values())])
    load(db, path)
    load(db, path)
    calls = [e for e in between(db, DateRange.parse("2024-11-07", "2024-11-07")) if e.type == "communication"]
    assert sorted(e.id for e in calls) == ["gdelt-1000001", "trump-putin-call"]
    gdelt_call = next(e for e in calls if e.id == "gdelt-1000001")
    assert len(gdelt_call.mentions) == 1
    actors = {a.id: a for a in db.actors(gdelt_call.actor_ids)}
    assert "DONALD TRUMP" in actors["gdelt-usagov-donald-trump"].aliases
    assert next(db.actors(["donald-trump"])).name == "Donald Trump"  # the curated person is untouched


# -- ACLED --------------------------------------------------------------------------------------------------


def test_acled_export_loads_with_precision_actors_places_and_quotes(db: SQLiteStore) -> None:
    report = load(db, ACLED_DIR / "invented-export.csv", options=ACLED)
    assert report.errors == []
    views = {v.event.id: v.as_json() for v in resolve(db, list(between(db, DateRange.parse("2024-10", "2024-11"))))}
    strike = views["acled-XYZ0001"]
    assert strike["type"] == "attack"
    assert {a["name"] for a in strike["actors"]} == {"Military Forces of Russia (2000-)", "Civilians (Ukraine)"}
    assert {a["role"] for a in strike["actors"]} == {"participant"}
    assert strike["places"][0]["name"] == "Testograd"
    assert strike["places"][0]["parent"] == "Testivskyi"
    assert {s["title"] for s in strike["sources"]} == {"Example Daily", "Test Wire"}
    assert strike["sources"][0]["quote"].startswith("On 10 November 2024, an invented drone strike")
    assert strike["attributes"]["fatalities"] == 0
    assert strike["attributes"]["acled_timestamp"].startswith("2024-11-15")
    week = views["acled-XYZ0002"]
    assert (week["earliest"], week["latest"], week["precision"]) == ("2024-11-03", "2024-11-09", "week")
    assert "Teachers (Ukraine)" in {a["name"] for a in week["actors"]}
    month = views["acled-XYZ0003"]
    assert (month["earliest"], month["latest"], month["precision"]) == ("2024-10-01", "2024-10-31", "month")
    assert views["acled-XYZ0004"]["sources"][0]["quote"].endswith("inside one quoted field.")
    russia_forces = next(db.actors(["military-forces-of-russia-2000"]))
    assert "Military Forces of Russia" in russia_forces.aliases


def test_acled_bad_rows_are_reported_with_line_and_the_good_row_loads(db: SQLiteStore) -> None:
    path = ACLED_DIR / "bad-rows.csv"
    report = load(db, path, options=ACLED)
    assert report.errors == [
        f"{path}:2: time_precision '4' is not 1 (day), 2 (week) or 3 (month)",
        f"{path}:3: event_date is empty",
        f"{path}:4: coordinates: latitude 148.5 is out of range (-90..90)",
    ]
    assert [e.id for e in db.events(EventQuery())] == ["acled-GOOD0001"]


def test_acled_truncated_gzip_and_a_file_that_is_not_acled(db: SQLiteStore, tmp_path: Path) -> None:
    data = gzip.compress((ACLED_DIR / "invented-export.csv").read_bytes())
    truncated = tmp_path / "acled.csv.gz"
    truncated.write_bytes(data[: len(data) - 40])
    other = tmp_path / "other.csv"
    other.write_text("a,b\n1,2\n", encoding="utf-8")
    report = load(db, truncated, other, options=ACLED)
    assert any("the file stops in the middle" in e for e in report.errors)
    assert f"{other}:1: not an ACLED export: no column event_id_cnty, event_date, event_type in the header" in (
        report.errors
    )


def test_cli_load_gdelt_and_between_json(tmp_path: Path) -> None:
    if not GDELT_SAMPLE.exists():
        pytest.skip("../shared GDELT sample not present")
    db_file = str(tmp_path / "g.db")
    runner = CliRunner()
    loaded = runner.invoke(cli, ["--store", db_file, "load", str(GDELT_SAMPLE), "--format", "gdelt"])
    assert loaded.exit_code == 0, loaded.output
    assert "710 event(s) written" in loaded.output
    answer = runner.invoke(cli, ["--store", db_file, "between", "2015-07-01", "2015-07-31", "--format", "json"])
    events = json.loads(answer.output)
    assert len(events) >= 5
    assert all(e["id"].startswith("gdelt-") and e["actors"] for e in events)
    assert any(e["places"] and e["places"][0]["latitude"] is not None for e in events)
    assert all(e["sources"][0]["url"].startswith("http") for e in events)
