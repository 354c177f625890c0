"""GDELT event files: 1.0 daily exports, 2.0 15-minute exports, and 2.0 mentions files.

Each row's column count tells its kind, so one format reads them all:

* 57 columns: GDELT 1.0 backfile rows (before April 2013, no SOURCEURL);
* 58 columns: GDELT 1.0 daily rows (DATEADDED is YYYYMMDD, then SOURCEURL);
* 61 columns: GDELT 2.0 event rows (each geo block gains an ADM2 code;
  DATEADDED is YYYYMMDDHHMMSS);
* 16 columns: GDELT 2.0 mentions rows, which add a source to an event loaded
  from an export file (``attach_only``: a mention whose event is not in the
  store is counted and dropped, never written as an undated stub).

An event row becomes one :class:`Event` with id ``gdelt-<GLOBALEVENTID>``, the
day of SQLDATE, the taxonomy type of its CAMEO EventCode (the codes are kept as
attributes, with QuadClass, GoldsteinScale, NumMentions, NumSources,
NumArticles, AvgTone and IsRootEvent), Actor1 as ``agent`` and Actor2 as
``target``, ActionGeo as its place, and SOURCEURL as a source reported at
DATEADDED.  Actor1Geo and Actor2Geo are not loaded: they say where an actor was
placed in the text, not where the event happened.

Actors: a country actor (its CAMEO code is just the country code, e.g.
``USA`` / ``UNITED STATES``) becomes the canonical country actor (id
``united-states``, name "United States"), with GDELT's spelling kept as an
alias, so GDELT rows and curated facts about the United States share one node.
Every other actor is keyed by its CAMEO code and name (``gdelt-usagov-barack-obama``)
and carries GDELT's name as an alias: ``--actor "BARACK OBAMA"`` finds it,
but it is never silently joined to a person from another source.

Places: a country becomes the canonical country place (``russia``); states
(ADM1) and cities are keyed by GDELT's ADM1 code and FeatureID, with parents
city -> state -> country taken from ActionGeo_FullName.

Bad rows (wrong column count, non-numeric ids or dates, no actor at all,
coordinates that are not numbers or out of range) are reported with file and
line and skipped; the rest of the file loads.  Rows are read a line at a time
and handed over in batches, so memory stays flat however big the file.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from urllib.parse import urlsplit

from timelinekg.errors import ValidationError
from timelinekg.loaders import ROW_TICK, LoadOptions, LoadResult, rows_read
from timelinekg.loaders.tabular import DatasetBatch, coordinates, parse_float, parse_int, read_lines
from timelinekg.schema.event_types import type_for_cameo
from timelinekg.schema.identity import name_key, slug, source_id
from timelinekg.schema.merge import ATTACH_ONLY
from timelinekg.schema.model import Actor, Event, Mention, Participation, Place, Source

# Rows per batch (one transaction each): bigger batches rewrite fewer index pages per event.
BATCH_SIZE = 50_000

GDELT1_COLUMNS = (  # noqa: SIM905 - the columns as the GDELT codebook lists them
    "GLOBALEVENTID SQLDATE MonthYear Year FractionDate "
    "Actor1Code Actor1Name Actor1CountryCode Actor1KnownGroupCode Actor1EthnicCode Actor1Religion1Code "
    "Actor1Religion2Code Actor1Type1Code Actor1Type2Code Actor1Type3Code "
    "Actor2Code Actor2Name Actor2CountryCode Actor2KnownGroupCode Actor2EthnicCode Actor2Religion1Code "
    "Actor2Religion2Code Actor2Type1Code Actor2Type2Code Actor2Type3Code "
    "IsRootEvent EventCode EventBaseCode EventRootCode QuadClass GoldsteinScale NumMentions NumSources "
    "NumArticles AvgTone "
    "Actor1Geo_Type Actor1Geo_FullName Actor1Geo_CountryCode Actor1Geo_ADM1Code Actor1Geo_Lat Actor1Geo_Long "
    "Actor1Geo_FeatureID "
    "Actor2Geo_Type Actor2Geo_FullName Actor2Geo_CountryCode Actor2Geo_ADM1Code Actor2Geo_Lat Actor2Geo_Long "
    "Actor2Geo_FeatureID "
    "ActionGeo_Type ActionGeo_FullName ActionGeo_CountryCode ActionGeo_ADM1Code ActionGeo_Lat ActionGeo_Long "
    "ActionGeo_FeatureID "
    "DATEADDED SOURCEURL"
).split()
GDELT2_COLUMNS = [
    column
    for name in GDELT1_COLUMNS
    for column in ((name, name.replace("ADM1Code", "ADM2Code")) if name.endswith("ADM1Code") else (name,))
]
MENTION_COLUMNS = (  # noqa: SIM905
    "GLOBALEVENTID EventTimeDate MentionTimeDate MentionType MentionSourceName MentionIdentifier SentenceID "
    "Actor1CharOffset Actor2CharOffset ActionCharOffset InRawText Confidence MentionDocLen MentionDocTone "
    "MentionDocTranslationInfo Extras"
).split()

# column count -> (version, column names)
LAYOUTS: dict[int, tuple[str, list[str]]] = {
    57: ("1.0", GDELT1_COLUMNS[:-1]),
    58: ("1.0", list(GDELT1_COLUMNS)),
    61: ("2.0", GDELT2_COLUMNS),
    16: ("2.0-mentions", list(MENTION_COLUMNS)),
}
EXPECTED = "57 or 58 (GDELT 1.0 events), 61 (GDELT 2.0 events) or 16 (GDELT 2.0 mentions)"

# CAMEO actor type codes -> (our actor kind, a noun for display names)
ACTOR_TYPES: dict[str, tuple[str, str]] = {
    "GOV": ("organisation", "government"),
    "MIL": ("organisation", "military"),
    "COP": ("organisation", "police"),
    "JUD": ("organisation", "judiciary"),
    "LEG": ("organisation", "legislature"),
    "BUS": ("organisation", "business"),
    "MNC": ("organisation", "multinational corporation"),
    "MED": ("organisation", "media"),
    "EDU": ("organisation", "education"),
    "HLH": ("organisation", "health"),
    "NGO": ("organisation", "NGO"),
    "IGO": ("organisation", "intergovernmental organisation"),
    "SPY": ("organisation", "intelligence"),
    "ELI": ("group", "elites"),
    "CVL": ("group", "civilians"),
    "OPP": ("group", "opposition"),
    "REB": ("group", "rebels"),
    "INS": ("group", "insurgents"),
    "SEP": ("group", "separatists"),
    "CRM": ("group", "criminals"),
    "UAF": ("group", "armed group"),
    "RAD": ("group", "radicals"),
    "MOD": ("group", "moderates"),
    "REF": ("group", "refugees"),
    "LAB": ("group", "labour"),
    "AGR": ("group", "agriculture"),
    "REL": ("group", "religious group"),
    "ENV": ("group", "environmentalists"),
    "HRI": ("group", "human rights group"),
    "SET": ("group", "settlers"),
    "NGM": ("group", "non-governmental movement"),
    "PTY": ("organisation", "party"),
}
# ActionGeo_Type: 1 country, 2 US state, 3 US city, 4 world city, 5 world state.
GEO_KINDS = {"1": "country", "2": "region", "3": "city", "4": "city", "5": "region"}


@dataclass(frozen=True)
class Country:
    code: str  # CAMEO / ISO alpha-3
    alpha2: str  # empty for CAMEO's regional codes (Europe, the West...)
    name: str


@cache
def countries() -> dict[str, Country]:
    """CAMEO country codes (ISO 3166-1 alpha-3 plus CAMEO's regions) -> :class:`Country`."""
    table = resources.files("timelinekg.loaders").joinpath("countries.tsv").read_text(encoding="utf-8")
    found: dict[str, Country] = {}
    for line in table.splitlines():
        if line and not line.startswith("#"):
            code, alpha2, name = line.split("\t")
            found[code] = Country(code, alpha2, name)
    return found


@cache
def country_by_name() -> dict[str, Country]:
    return {name_key(c.name): c for c in countries().values() if c.alpha2}


def country_actor(country: Country, *aliases: str) -> Actor:
    """The canonical actor for a country, as curated facts name it (id ``united-states``)."""
    external = (("iso3166", country.alpha2), ("cameo", country.code)) if country.alpha2 else (("cameo", country.code),)
    kept = tuple(dict.fromkeys(a for a in aliases if a and a != country.name))
    return Actor(slug(country.name), country.name, "country" if country.alpha2 else "group", kept, external)


def gdelt_actor(code: str, name: str, country_code: str, known_group: str, type_codes: list[str]) -> Actor | None:
    code, name, country_code = code.strip(), name.strip(), country_code.strip()
    if not code and not name:
        return None
    country = countries().get(country_code) or countries().get(code)
    if country is not None and code == country.code and not type_codes and not known_group:
        return country_actor(country, name, code)
    if not name and country is None:
        name = code
    display = name.title() if name.isupper() else name
    kind = "organisation" if known_group else "other"
    for type_code in type_codes:
        if type_code in ACTOR_TYPES:
            kind = ACTOR_TYPES[type_code][0]
            break
    if country is not None:
        if not name or name_key(name) == name_key(country.name):
            noun = next((ACTOR_TYPES[t][1] for t in type_codes if t in ACTOR_TYPES), known_group or code)
            display = f"{country.name} {noun}"
        else:
            display = f"{display} ({country.name})"
    aliases = tuple(dict.fromkeys(a for a in (name, code) if a and a != display))
    return Actor(f"gdelt-{slug(f'{code} {name}')}", display, kind, aliases, (("cameo", code),) if code else ())


def _day(text: str, what: str) -> dt.date:
    text = text.strip()
    if len(text) < 8 or not text[:8].isdigit():
        raise ValidationError(f"{what} is not a date YYYYMMDD: {text!r}")
    try:
        return dt.date(int(text[:4]), int(text[4:6]), int(text[6:8]))
    except ValueError as error:
        raise ValidationError(f"{what} {text!r} is not a real day: {error}") from None


def _number(text: str, what: str, parse: type[int] | type[float]) -> int | float | None:
    try:
        return parse_int(text) if parse is int else parse_float(text)
    except ValueError:
        raise ValidationError(f"{what} is not a number: {text!r}") from None


def action_places(row: dict[str, str], version: str) -> list[Place]:
    """ActionGeo as places, the event's own place last and its parents before it."""
    geo_type = row["ActionGeo_Type"].strip()
    if geo_type in ("", "0"):
        return []
    latitude, longitude = coordinates(row["ActionGeo_Lat"], row["ActionGeo_Long"], "ActionGeo coordinates")
    full_name = row["ActionGeo_FullName"].strip()
    parts = [p.strip() for p in full_name.split(",") if p.strip()]
    if not parts:
        return []
    fips = row["ActionGeo_CountryCode"].strip()
    adm1 = row["ActionGeo_ADM1Code"].strip()
    feature = row["ActionGeo_FeatureID"].strip()
    kind = GEO_KINDS.get(geo_type, "other")
    country_name = parts[-1]
    country = country_by_name().get(name_key(country_name))
    country_external = (("fips10-4", fips),) + ((("iso3166", country.alpha2),) if country else ())
    country_place = Place(slug(country_name), country_name, "country", external_ids=country_external)
    if kind == "country" or len(parts) == 1:
        return [
            Place(
                country_place.id,
                country_name,
                "country",
                latitude,
                longitude,
                external_ids=country_external,
                aliases=(full_name,) if full_name != country_name else (),
            )
        ]
    chain = [country_place]
    parent = country_place
    if kind == "city" and len(parts) >= 3 and adm1 and adm1 != fips:
        parent = Place(
            f"gdelt-adm1-{slug(adm1)}", parts[-2], "region", None, None, country_place.id, (("fips10-4-adm1", adm1),)
        )
        chain.append(parent)
    if kind == "region":
        key = f"gdelt-adm1-{slug(adm1 or full_name)}"
        external: tuple[tuple[str, str], ...] = (("fips10-4-adm1", adm1),) if adm1 else ()
    else:
        key = f"gdelt-feature-{slug(feature or full_name)}"
        external = (("gdelt-feature", feature),) if feature else ()
        if adm1:
            external += (("fips10-4-adm1", adm1),)
    chain.append(Place(key, parts[0], kind, latitude, longitude, parent.id, external, (full_name,)))
    return chain


def event_row(row: dict[str, str], version: str, batch: DatasetBatch) -> None:
    """Add one event row's facts to ``batch`` or raise :class:`ValidationError` naming what is wrong."""
    raw_id = row["GLOBALEVENTID"].strip()
    if not raw_id.isdigit():
        raise ValidationError(f"GLOBALEVENTID is not a number: {raw_id!r}")
    day = _day(row["SQLDATE"], "SQLDATE")
    code = row["EventCode"].strip()
    if not code.isdigit():
        raise ValidationError(f"EventCode is not a CAMEO code: {code!r}")
    actors = []
    for side in ("Actor1", "Actor2"):
        actor = gdelt_actor(
            row[f"{side}Code"],
            row[f"{side}Name"],
            row[f"{side}CountryCode"],
            row[f"{side}KnownGroupCode"].strip(),
            [row[f"{side}Type{n}Code"].strip() for n in (1, 2, 3) if row[f"{side}Type{n}Code"].strip()],
        )
        actors.append(actor)
    if actors[0] is None and actors[1] is None:
        raise ValidationError("no actor: Actor1Code, Actor1Name, Actor2Code and Actor2Name are all empty")
    places = action_places(row, version)
    attributes: dict[str, object] = {
        "dataset": "gdelt",
        "gdelt_version": version,
        "gdelt_id": int(raw_id),
        "cameo_code": code,
        "cameo_base_code": row["EventBaseCode"].strip(),
        "cameo_root_code": row["EventRootCode"].strip(),
        "is_root_event": row["IsRootEvent"].strip() == "1",
    }
    for column, key, parse in (
        ("QuadClass", "quad_class", int),
        ("GoldsteinScale", "goldstein_scale", float),
        ("NumMentions", "num_mentions", int),
        ("NumSources", "num_sources", int),
        ("NumArticles", "num_articles", int),
        ("AvgTone", "avg_tone", float),
    ):
        value = _number(row[column], column, parse)
        if value is not None:
            attributes[key] = value
    mentions: tuple[Mention, ...] = ()
    url = row.get("SOURCEURL", "").strip()
    if url:
        reported = _day(row["DATEADDED"], "DATEADDED")
        source = Source(source_id(url), url=url, publisher=urlsplit(url).hostname or "", published=reported)
        batch.sources[source.id] = source
        mentions = (Mention(source.id, claimed_earliest=day, claimed_latest=day, claimed_precision="day"),)
    participants = []
    for actor, role in zip(actors, ("agent", "target"), strict=True):
        if actor is not None:
            participants.append(Participation(actor.id, role))
            known = batch.actors.get(actor.id)
            if known is None or len(actor.aliases) > len(known.aliases):
                batch.actors[actor.id] = actor
    for place in places:
        if place.id not in batch.places or place.latitude is not None:
            batch.places[place.id] = place
    event_type = type_for_cameo(code)
    names = [a.name for a in actors if a is not None]
    label = f"{event_type.label} (CAMEO {code}): {' → '.join(names)}"
    if places:
        label += f", {places[-1].name}"
    event = Event(
        id=f"gdelt-{raw_id}",
        type=event_type.code,
        label=label,
        earliest=day,
        latest=day,
        precision="day",
        participants=tuple(participants),
        place_ids=(places[-1].id,) if places else (),
        mentions=mentions,
        attributes=tuple(sorted(attributes.items())),
    )
    previous = batch.events.get(event.id)
    if previous is not None:
        event = event.with_changes(mentions=tuple(dict.fromkeys(previous.mentions + event.mentions)))
    batch.events[event.id] = event


def mention_row(row: dict[str, str], batch: DatasetBatch) -> None:
    """A GDELT 2.0 mention: a source for an event that an export file already loaded."""
    raw_id = row["GLOBALEVENTID"].strip()
    if not raw_id.isdigit():
        raise ValidationError(f"GLOBALEVENTID is not a number: {raw_id!r}")
    reported = _day(row["MentionTimeDate"], "MentionTimeDate")
    identifier = row["MentionIdentifier"].strip()
    if not identifier:
        raise ValidationError("MentionIdentifier (the source) is empty")
    is_web = row["MentionType"].strip() == "1"
    offset = _number(row["ActionCharOffset"], "ActionCharOffset", int)
    source = Source(
        source_id(identifier),
        title="" if is_web else identifier,
        url=identifier if is_web else "",
        publisher=row["MentionSourceName"].strip(),
        published=reported,
    )
    batch.sources[source.id] = source
    mention = Mention(source.id, start=int(offset) if offset is not None and offset >= 0 else None)
    event_id = f"gdelt-{raw_id}"
    previous = batch.events.get(event_id)
    if previous is not None:
        batch.events[event_id] = previous.with_changes(mentions=tuple(dict.fromkeys((*previous.mentions, mention))))
        return
    batch.events[event_id] = Event(
        id=event_id,
        type="other",
        label="",
        earliest=None,
        latest=None,
        precision="unknown",
        mentions=(mention,),
        attributes=(("dataset", "gdelt"), (ATTACH_ONLY, True)),
    )


def load_gdelt(path: Path, options: LoadOptions, batch_size: int = BATCH_SIZE) -> Iterator[LoadResult]:
    """Yield GDELT facts in batches of ``batch_size`` rows, and a located error for each bad row."""
    batch = DatasetBatch()
    rows_in_batch = 0
    for item in read_lines(path, options.limits):
        if isinstance(item, ValidationError):
            if batch.events:
                yield batch.facts()
                batch, rows_in_batch = DatasetBatch(), 0
            yield item
            return
        where, number, line = item
        if not line.strip():
            continue
        cells = line.split("\t")
        layout = LAYOUTS.get(len(cells))
        if layout is None:
            yield ValidationError(
                f"expected {EXPECTED} tab-separated columns, found {len(cells)}", path=where, line=number
            )
            continue
        version, columns = layout
        row = dict(zip(columns, cells, strict=True))
        try:
            if version == "2.0-mentions":
                mention_row(row, batch)
            else:
                event_row(row, version, batch)
        except ValidationError as error:
            yield error.at(path=where, line=number)
            continue
        rows_in_batch += 1
        if rows_in_batch % ROW_TICK == 0:
            rows_read(ROW_TICK)
        if rows_in_batch >= batch_size:
            yield batch.facts()
            batch, rows_in_batch = DatasetBatch(), 0
    if batch.events:
        yield batch.facts()
