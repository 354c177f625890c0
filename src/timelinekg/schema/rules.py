"""What every store accepts, decided once: facts are checked here before any store sees them.

The embedded store would take almost anything and Neo4j refuses some values (a non-finite
coordinate, a text too big for its range indexes, an event whose earliest day is after its latest
one); checking here instead makes both stores give the same graph or the same one-line error.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable

from timelinekg.errors import ValidationError
from timelinekg.schema.model import Actor, Event, Facts, Place, Source

# Neo4j's range indexes hold keys up to about 8 KB; ids, names, types and URLs longer than this
# are not names but accidents (a whole article pasted into a name cell), so they are refused.
MAX_INDEXED_BYTES = 4096
# A query limit beyond this is no limit (and would not fit a 64-bit integer in either store).
MAX_LIMIT = 2**63 - 1


def _too_long(text: str) -> bool:
    # A character is at most 4 UTF-8 bytes: most texts are decided without encoding them.
    return len(text) * 4 > MAX_INDEXED_BYTES and len(text.encode("utf-8", "surrogatepass")) > MAX_INDEXED_BYTES


def _short(text: str) -> str:
    return repr(text if len(text) <= 40 else text[:40] + "...")


def _check_texts(kind: str, item_id: str, texts: Iterable[tuple[str, str]]) -> None:
    for what, text in texts:
        if _too_long(text):
            size = len(text.encode("utf-8", "surrogatepass"))
            raise ValidationError(
                f"{kind} {_short(item_id)}: {what} is {size} bytes long; at most {MAX_INDEXED_BYTES} are allowed"
            )


def check_coordinates(place: Place) -> None:
    for what, value, bound in (("latitude", place.latitude, 90.0), ("longitude", place.longitude, 180.0)):
        if value is not None and not (math.isfinite(value) and -bound <= value <= bound):
            raise ValidationError(
                f"place {_short(place.id)}: {what} {value!r} is not a number in [-{bound:g}, {bound:g}]"
            )


def check_bounds(event_id: str, what: str, earliest: dt.date | None, latest: dt.date | None) -> None:
    if earliest is not None and latest is not None and earliest > latest:
        raise ValidationError(f"event {_short(event_id)}: {what}earliest {earliest} is after {what}latest {latest}")


def check_actor(actor: Actor) -> None:
    _check_texts("actor", actor.id, (("id", actor.id), ("name", actor.name)))


def check_place(place: Place) -> None:
    _check_texts("place", place.id, (("id", place.id), ("name", place.name)))
    check_coordinates(place)


def check_source(source: Source) -> None:
    _check_texts("source", source.id, (("id", source.id), ("url", source.url)))


def check_event(event: Event) -> None:
    _check_texts("event", event.id, (("id", event.id), ("type", event.type)))
    check_bounds(event.id, "", event.earliest, event.latest)
    for mention in event.mentions:
        check_bounds(event.id, "a mention's claimed ", mention.claimed_earliest, mention.claimed_latest)


def check_facts(facts: Facts) -> None:
    """Raise :class:`ValidationError` for the first value no store may hold."""
    # Bulk loads check millions of items: the common case is decided inline, the message built only on failure.
    short = MAX_INDEXED_BYTES // 4  # no text of this many characters can be too long
    for source in facts.sources:
        if len(source.id) > short or len(source.url) > short:
            check_source(source)
    for actor in facts.actors:
        if len(actor.id) > short or len(actor.name) > short:
            check_actor(actor)
    for place in facts.places:
        if (
            len(place.id) > short
            or len(place.name) > short
            or place.latitude is not None
            or place.longitude is not None
        ):
            check_place(place)
    for event in facts.events:
        earliest, latest = event.earliest, event.latest
        if len(event.id) > short or len(event.type) > short or (earliest and latest and earliest > latest):
            check_event(event)
        for mention in event.mentions:
            low, high = mention.claimed_earliest, mention.claimed_latest
            if low is not None and high is not None and low > high:
                check_event(event)


def check_limit(limit: int | None) -> int | None:
    """A query's limit as stores take it: at least 0; beyond any store's size it means no limit."""
    if limit is None:
        return None
    if limit < 0:
        raise ValidationError(f"limit must be 0 or more, got {limit}")
    return None if limit > MAX_LIMIT else limit
