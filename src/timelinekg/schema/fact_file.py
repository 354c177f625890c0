"""The declared schema of a curated fact file (YAML or JSON), as pydantic v2 models.

A fact file is validated against these models before any of it is turned into
facts, so every type, enum, range, required key and unknown key is checked in
one place and every problem comes back with its key path
(``events[3].actors[0].name``).  ``fact-file.schema.json`` beside this module is
the same schema as JSON Schema, generated from these models
(``python -m timelinekg.schema.fact_file``; ``tests/test_hostile_input.py``
checks it is up to date) so that editors can check a fact file as it is typed.

The models only say what is well formed.  What needs the whole file (an
evidence naming a source the file declares, a place referred to by id, a quote
found in the source text) is checked by :mod:`timelinekg.loaders.facts`.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Discriminator,
    Field,
    StrictBool,
    StrictFloat,
    StrictInt,
    StrictStr,
    Tag,
    model_validator,
)

from timelinekg.errors import ValidationError
from timelinekg.schema.dates import parse_bounds
from timelinekg.schema.event_types import BY_CODE
from timelinekg.schema.model import ACTOR_KINDS, PLACE_KINDS, PRECISIONS, ROLES

SCHEMA_JSON = Path(__file__).with_name("fact-file.schema.json")
SCHEMA_ID = "https://timelinekg.org/schema/fact-file.schema.json"

# External id schemes a fact file may give as keys (the JSON export writes the same keys).
ACTOR_SCHEMES = ("wikidata", "geonames", "cameo", "acled", "iso3166")
PLACE_SCHEMES = ("geonames", "iso3166", "wikidata", "fips10-4", "fips10-4-adm1", "gdelt-feature")
# Tags for the "a name or a mapping" unions; the loader leaves them out of key paths.
AS_TEXT, AS_MAPPING = "<text>", "<mapping>"
DATE_PATTERN = r"^\d{4}(-(\d{2}(-\d{2})?|W\d{2}|Q[1-4]))?(T.*)?$"


def _one_of(noun: str, known: tuple[str, ...]) -> Callable[[str], str]:
    def check(value: str) -> str:
        if value not in known:
            raise ValueError(f"unknown {noun} {value!r} (known: {', '.join(known)})")
        return value

    return check


def _date_text(value: str | int) -> str | int:
    try:
        parse_bounds(str(value))
    except ValidationError as error:
        raise ValueError(error.message) from None
    return value


def _full_day(value: str | int) -> str | int:
    _date_text(value)
    low, high, _ = parse_bounds(str(value))
    if low != high:
        raise ValueError(f"expected a full date YYYY-MM-DD, got {value!r}")
    return value


# Enums: checked by our own validator (one clear "unknown role 'x' (known: ...)" line), published as "enum".
EventTypeCode = Annotated[
    StrictStr, AfterValidator(_one_of("event type", tuple(BY_CODE))), Field(json_schema_extra={"enum": list(BY_CODE)})
]
Precision = Annotated[
    StrictStr, AfterValidator(_one_of("precision", PRECISIONS)), Field(json_schema_extra={"enum": list(PRECISIONS)})
]
Role = Annotated[StrictStr, AfterValidator(_one_of("role", ROLES)), Field(json_schema_extra={"enum": list(ROLES)})]
ActorKind = Annotated[
    StrictStr, AfterValidator(_one_of("actor kind", ACTOR_KINDS)), Field(json_schema_extra={"enum": list(ACTOR_KINDS)})
]
PlaceKind = Annotated[
    StrictStr, AfterValidator(_one_of("place kind", PLACE_KINDS)), Field(json_schema_extra={"enum": list(PLACE_KINDS)})
]

Text = StrictStr
NonEmptyText = Annotated[StrictStr, Field(min_length=1)]
Identifier = Annotated[StrictStr | StrictInt, Field(description="text, or a whole number")]
ExternalId = StrictStr | StrictInt
_DATE_STRING_SCHEMA = {"anyOf": [{"type": "string", "pattern": DATE_PATTERN}, {"type": "integer"}]}
DateText = Annotated[
    StrictStr | StrictInt,
    AfterValidator(_date_text),
    Field(json_schema_extra=_DATE_STRING_SCHEMA, description="YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Www or YYYY-Qn"),
]
Day = Annotated[
    StrictStr | StrictInt,
    AfterValidator(_full_day),
    Field(json_schema_extra=_DATE_STRING_SCHEMA, description="a full date YYYY-MM-DD"),
]
Latitude = Annotated[StrictFloat | StrictInt, Field(ge=-90, le=90, allow_inf_nan=False)]
Longitude = Annotated[StrictFloat | StrictInt, Field(ge=-180, le=180, allow_inf_nan=False)]
Offset = Annotated[StrictInt, Field(ge=0)]
AttributeValue = StrictStr | StrictInt | Annotated[StrictFloat, Field(allow_inf_nan=False)] | StrictBool | None


class _Entry(BaseModel):
    model_config = ConfigDict(strict=True, extra="forbid", populate_by_name=True)


class _Named(_Entry):
    """An actor or place: named, or a reference by ``id`` to one declared in the file."""

    id: Identifier | None = None
    name: NonEmptyText | None = None

    @model_validator(mode="after")
    def _named_or_referenced(self) -> _Named:
        if self.name is None and self.id is None:
            raise ValueError("give a 'name' (or the 'id' of one declared in the file)")
        return self


def _text_or_mapping(value: Any) -> str:
    return AS_TEXT if isinstance(value, str) else AS_MAPPING


class SourceEntry(_Entry):
    """A source: an article, report or dataset a claim comes from."""

    id: Identifier | None = None
    title: StrictStr | StrictInt | None = None
    url: Text | None = None
    publisher: Text | None = None
    published: Day | None = None
    text: Text | None = Field(
        None, description="the article's text file, relative to the fact file's folder (or --text-root)"
    )


class ActorEntry(_Named):
    """An actor declared in ``actors:`` (or inline in an event, with a ``role``)."""

    kind: ActorKind | None = None
    aliases: list[Text] | None = None
    title: Text | None = None
    country: Text | None = None
    wikidata: ExternalId | None = None
    geonames: ExternalId | None = None
    cameo: ExternalId | None = None
    acled: ExternalId | None = None
    iso3166: ExternalId | None = None


# a name or a mapping, told apart before validation so that an error names the right alternative
ActorOrName = Annotated[
    Annotated[NonEmptyText, Tag(AS_TEXT)] | Annotated[ActorEntry, Tag(AS_MAPPING)], Discriminator(_text_or_mapping)
]


class EventActorEntry(ActorEntry):
    role: Role | None = None


EventActorOrName = Annotated[
    Annotated[NonEmptyText, Tag(AS_TEXT)] | Annotated[EventActorEntry, Tag(AS_MAPPING)], Discriminator(_text_or_mapping)
]


class PlaceEntry(_Named):
    """A place declared in ``places:`` (or inline in an event or as a parent)."""

    kind: PlaceKind | None = None
    parent: PlaceOrName | None = None
    lat: Latitude | None = None
    lon: Longitude | None = None
    aliases: list[Text] | None = None
    geonames: ExternalId | None = None
    iso3166: ExternalId | None = None
    wikidata: ExternalId | None = None
    fips10_4: ExternalId | None = Field(None, alias="fips10-4")
    fips10_4_adm1: ExternalId | None = Field(None, alias="fips10-4-adm1")
    gdelt_feature: ExternalId | None = Field(None, alias="gdelt-feature")


PlaceOrName = Annotated[
    Annotated[NonEmptyText, Tag(AS_TEXT)] | Annotated[PlaceEntry, Tag(AS_MAPPING)], Discriminator(_text_or_mapping)
]
PlaceEntry.model_rebuild()  # its parent is a PlaceOrName


class EvidenceEntry(_Entry):
    """One source reporting the event: a quote, its offsets and the date the source claimed."""

    source: Identifier | None = None
    quote: Text | None = None
    start: Offset | None = None
    end: Offset | None = None
    claimed_earliest: DateText | None = None
    claimed_latest: DateText | None = None
    claimed_precision: Precision | None = None

    @model_validator(mode="after")
    def _offsets_in_order(self) -> EvidenceEntry:
        if self.start is not None and self.end is not None and self.end < self.start:
            raise ValueError(f"'end' {self.end} is before 'start' {self.start}")
        _check_interval(self, "claimed_earliest", "claimed_latest")
        return self


QuoteOrEvidence = Annotated[
    Annotated[Text, Tag(AS_TEXT)] | Annotated[EvidenceEntry, Tag(AS_MAPPING)], Discriminator(_text_or_mapping)
]


class EventEntry(_Entry):
    """An event: what happened, when (bounds, not points), who took part, where, and who said so."""

    id: Identifier | None = None
    type: EventTypeCode
    label: NonEmptyText
    date: DateText | None = None
    earliest: DateText | None = None
    latest: DateText | None = None
    precision: Precision | None = None
    start: Day | None = None
    end: Day | None = None
    date_conflict: StrictBool | None = None
    actors: list[EventActorOrName] | None = None
    places: list[PlaceOrName] | None = None
    evidence: list[QuoteOrEvidence] | None = None
    attributes: dict[StrictStr, AttributeValue] | None = None
    disputes: Identifier | list[Identifier] | None = Field(
        None, description="the id(s) of the event(s) this one disputes: a denial, correction or retraction"
    )
    confirms: Identifier | list[Identifier] | None = Field(
        None, description="the id(s) of the event(s) this one confirms, e.g. a participant's statement"
    )
    recorded_at: Text | None = Field(None, description="written by the JSON export; the store sets its own")

    @model_validator(mode="after")
    def _dated(self) -> EventEntry:
        if self.date is None and "earliest" not in self.model_fields_set and "latest" not in self.model_fields_set:
            raise ValueError("missing date: give 'date' (YYYY, YYYY-MM, YYYY-MM-DD) or 'earliest' and 'latest'")
        if self.date is None:
            if self.earliest is None and self.latest is None:
                raise ValueError("'earliest' and 'latest' are both null: give at least one bound")
            _check_interval(self, "earliest", "latest")
        return self


def _check_interval(entry: BaseModel, low_key: str, high_key: str) -> None:
    """Both keys or neither (null for an open bound), and the upper bound not before the lower."""
    given = entry.model_fields_set
    if (low_key in given) != (high_key in given):
        raise ValueError(f"give both '{low_key}' and '{high_key}' (null for an open bound)")
    low_value, high_value = getattr(entry, low_key), getattr(entry, high_key)
    if (
        low_value is not None
        and high_value is not None
        and parse_bounds(str(high_value))[1] < parse_bounds(str(low_value))[0]
    ):
        raise ValueError(f"'{high_key}' {high_value} is before '{low_key}' {low_value}")


class FactFile(_Entry):
    """A curated fact file: sources, actors, places and events, written by hand or by ``export --format json``."""

    model_config = ConfigDict(
        title="timelinekg fact file",
        json_schema_extra={"$id": SCHEMA_ID},
    )

    schema_: Text | None = Field(None, alias="$schema", description="the JSON Schema this file follows")
    sources: list[SourceEntry] | None = None
    actors: list[ActorOrName] | None = None
    places: list[PlaceOrName] | None = None
    events: list[EventEntry] | None = None


def json_schema() -> dict[str, Any]:
    """The fact-file schema as JSON Schema (draft 2020-12), as published in ``fact-file.schema.json``."""
    schema = FactFile.model_json_schema(by_alias=True)
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", **schema}


def json_schema_text() -> str:
    return json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n"


if __name__ == "__main__":
    SCHEMA_JSON.write_text(json_schema_text(), encoding="utf-8")
    print(f"wrote {SCHEMA_JSON}")
