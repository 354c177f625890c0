"""Synthetic events with a realistic shape: the one generator every benchmark shares.

    from bench.synthetic import synthetic_facts
    for facts in synthetic_facts(1_000_000, seed=0):
        ...

Shape, chosen to resemble coded news-event datasets such as GDELT:

* dates spread uniformly over 2000-01-01 .. 2024-12-31, mostly day precision,
  some week/month and a few year-precision events (those overlap many windows);
* actors drawn from a pool of ~10,000 (countries, people, organisations,
  groups) with Zipf popularity, so a few actors are in a large share of events;
* places with coordinates drawn with Zipf popularity; cities sit inside countries
  (``parent_id``);
* 1–3 sources per event (or a fixed number), some articles reporting several
  events, each mention with a quote, character offsets and the claimed date;
* event types weighted roughly like GDELT's CAMEO root distribution, plus a few
  types beyond CAMEO.

Deterministic per seed: the same ``(n_events, seed, ...)`` gives the same facts.
Actors, places and sources are emitted in the batch where they are first used,
so each batch can be written on its own.  Events carry ``("dataset",
"synthetic")`` so the merge rule treats them as dataset events (identity by id).

Run ``python -m bench.synthetic --events 1000 --json`` to see a few events.

``synthetic_articles`` (``--articles FOLDER``) writes news articles instead, each of a known event
reported by one to three outlets in their own words, for the extraction paths (``load``, ``spark-load``).
"""

from __future__ import annotations

import argparse
import bisect
import datetime as dt
import itertools
import json
import random
import sys
from collections.abc import Iterator, Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any

from timelinekg.schema.model import Actor, Event, Facts, Mention, Participation, Place, Source

FIRST_DAY = dt.date(2000, 1, 1).toordinal()
LAST_DAY = dt.date(2024, 12, 31).toordinal()
ACTOR_POOL = 10_000
PLACE_POOL = 5_000
ZIPF_EXPONENT = 1.07

# (type code, CAMEO-ish verb, weight): weights loosely follow GDELT's root-code shares.
EVENT_TYPES: tuple[tuple[str, str, float], ...] = (
    ("statement", "commented on", 14.0),
    ("appeal", "appealed to", 6.0),
    ("intent-to-cooperate", "pledged to cooperate with", 8.0),
    ("consultation", "held talks with", 12.0),
    ("communication", "spoke by phone with", 4.0),
    ("meeting", "met", 10.0),
    ("diplomatic-cooperation", "signed an agreement with", 7.0),
    ("material-cooperation", "cooperated with", 2.0),
    ("aid", "sent aid to", 3.0),
    ("yield", "eased restrictions on", 2.0),
    ("investigation", "investigated", 1.5),
    ("demand", "demanded action from", 1.5),
    ("disapproval", "criticised", 6.0),
    ("rejection", "rejected", 1.5),
    ("threat", "threatened", 1.5),
    ("protest", "protested against", 2.5),
    ("force-posture", "mobilised forces near", 0.8),
    ("reduce-relations", "imposed sanctions on", 1.0),
    ("coercion", "arrested members of", 3.5),
    ("attack", "attacked", 3.0),
    ("military", "fought", 2.0),
    ("mass-violence", "committed mass violence against", 0.1),
    ("election", "won an election against", 0.8),
    ("legal", "sued", 1.0),
    ("business", "agreed a deal with", 1.5),
    ("personnel", "appointed a representative to", 0.8),
    ("disaster", "was hit by a disaster alongside", 0.5),
)
# (precision, weight): year-precision events overlap ~52 one-week windows each, so keep them rare.
PRECISIONS: tuple[tuple[str, float], ...] = (("day", 90.0), ("week", 4.0), ("month", 5.5), ("year", 0.5))

_GIVEN = (
    "Amara",
    "Boris",
    "Chen",
    "Dalia",
    "Emil",
    "Farah",
    "Goran",
    "Hana",
    "Ivan",
    "Jonas",
    "Kenji",
    "Leila",
    "Mateo",
    "Nadia",
    "Omar",
    "Priya",
    "Quentin",
    "Rosa",
    "Sergei",
    "Tariq",
    "Ugo",
    "Vera",
    "Wei",
    "Ximena",
    "Yusuf",
    "Zofia",
    "Aiko",
    "Bjorn",
    "Carmen",
    "Dmitri",
    "Elena",
    "Felipe",
    "Greta",
    "Hassan",
    "Ingrid",
    "Jamal",
    "Katya",
    "Luis",
    "Mira",
    "Nikolai",
)
_FAMILY = (
    "Abara",
    "Bianchi",
    "Castellanos",
    "Dubois",
    "Eriksen",
    "Fischer",
    "Garcia",
    "Haddad",
    "Ivanova",
    "Jensen",
    "Kovacs",
    "Lindqvist",
    "Moreau",
    "Nakamura",
    "Okafor",
    "Petrov",
    "Quispe",
    "Rahman",
    "Schmidt",
    "Tanaka",
    "Usman",
    "Varga",
    "Weber",
    "Xu",
    "Yilmaz",
    "Zapata",
    "Achebe",
    "Borges",
    "Cohen",
    "Demir",
    "Esposito",
    "Fontaine",
    "Gupta",
    "Horvat",
    "Ibrahim",
    "Jovanovic",
    "Kim",
    "Lopez",
    "Mensah",
    "Novak",
)
_ORG_STEMS = (
    "Northern",
    "Atlantic",
    "United",
    "National",
    "Federal",
    "Pacific",
    "Central",
    "Eastern",
    "Western",
    "Global",
    "Continental",
    "Coastal",
    "Highland",
    "Republican",
    "Popular",
    "Democratic",
    "Independent",
    "Allied",
)
_ORG_KINDS = (
    "Ministry of Defence",
    "Energy Company",
    "Workers' Union",
    "Development Bank",
    "Electoral Commission",
    "Broadcasting Corporation",
    "Supreme Court",
    "Airlines",
    "Chamber of Commerce",
    "Red Cross Society",
    "Police Service",
    "Health Agency",
    "Telecom",
    "Mining Corporation",
    "University",
)
_GROUP_KINDS = ("Front", "Movement", "Brigade", "Militia", "Liberation Army", "Alliance", "Resistance", "Party")
_SYLLABLES = (
    "ka",
    "lor",
    "mi",
    "den",
    "sa",
    "tor",
    "vel",
    "ar",
    "is",
    "ban",
    "ost",
    "ria",
    "nor",
    "qua",
    "zel",
    "um",
    "bre",
    "tan",
    "esh",
    "mon",
    "gal",
    "dor",
    "pen",
    "ul",
)
_PUBLISHERS = (
    ("Daily Ledger", "dailyledger.example"),
    ("World Wire", "worldwire.example"),
    ("The Chronicle", "chronicle.example"),
    ("Evening Post", "eveningpost.example"),
    ("Radio Free Example", "rfe.example"),
    ("Global Times Example", "globaltimes.example"),
    ("Morning Herald", "herald.example"),
    ("Capital Gazette", "gazette.example"),
    ("Frontier Observer", "observer.example"),
    ("Metro Tribune", "tribune.example"),
)


def _zipf_cumulative(size: int, exponent: float = ZIPF_EXPONENT) -> list[float]:
    return list(itertools.accumulate(1.0 / (rank**exponent) for rank in range(1, size + 1)))


def _cumulative(weights: Sequence[float]) -> list[float]:
    return list(itertools.accumulate(weights))


def _invented_name(rng: random.Random, parts: int) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(parts)).capitalize()


def _countries(rng: random.Random, count: int) -> list[tuple[str, float, float]]:
    """Invented country names with a centre (latitude, longitude)."""
    seen: set[str] = set()
    found: list[tuple[str, float, float]] = []
    while len(found) < count:
        name = _invented_name(rng, rng.choice((2, 3))) + rng.choice(("ia", "land", "stan", "ar", "ova", ""))
        if name in seen:
            continue
        seen.add(name)
        found.append((name, round(rng.uniform(-55.0, 70.0), 4), round(rng.uniform(-170.0, 175.0), 4)))
    return found


class _World:
    """The pools events draw from, built once per seed."""

    def __init__(self, rng: random.Random, n_actors: int, n_places: int) -> None:
        n_countries = max(10, min(200, n_actors // 50, n_places // 5))
        countries = _countries(rng, n_countries)

        self.places: list[Place] = []
        for index, (name, lat, lon) in enumerate(countries):
            self.places.append(Place(f"syn-place-{index}", name, "country", lat, lon, None, (("synthetic", name),)))
        used_places: set[tuple[str, str]] = set()
        while len(self.places) < n_places:
            country_index = min(int(rng.paretovariate(1.2)) - 1, n_countries - 1)
            country = self.places[country_index]
            name = _invented_name(rng, rng.choice((2, 3))) + rng.choice(("", "grad", "ville", "burg", " City", "port"))
            if (name, country.id) in used_places:
                continue
            used_places.add((name, country.id))
            kind = rng.choices(("city", "town", "site", "region"), (6, 3, 1, 1))[0]
            lat = max(-90.0, min(90.0, (country.latitude or 0.0) + rng.uniform(-4, 4)))
            lon = ((country.longitude or 0.0) + rng.uniform(-6, 6) + 180.0) % 360.0 - 180.0
            self.places.append(
                Place(f"syn-place-{len(self.places)}", name, kind, round(lat, 4), round(lon, 4), country.id)
            )

        # Countries are the most popular actors (as in GDELT); then people, organisations, groups.
        self.actors: list[Actor] = []
        for index, (name, _lat, _lon) in enumerate(countries):
            self.actors.append(Actor(f"syn-actor-{index}", name, "country", (name.upper(),)))
        used_names = {a.name for a in self.actors}
        while len(self.actors) < n_actors:
            kind = rng.choices(("person", "organisation", "group"), (6, 3, 1))[0]
            country_name = countries[min(int(rng.paretovariate(1.2)) - 1, n_countries - 1)][0]
            if kind == "person":
                name = f"{rng.choice(_GIVEN)} {rng.choice(_FAMILY)}"
            elif kind == "organisation":
                name = f"{country_name} {rng.choice(_ORG_KINDS)}"
            else:
                name = f"{rng.choice(_ORG_STEMS)} {_invented_name(rng, 2)} {rng.choice(_GROUP_KINDS)}"
            if name in used_names:
                name = f"{name} {_invented_name(rng, 1)}"
                if name in used_names:
                    continue
            used_names.add(name)
            aliases = (name.split()[-1],) if kind == "person" and rng.random() < 0.3 else ()
            self.actors.append(Actor(f"syn-actor-{len(self.actors)}", name, kind, aliases))
        # Shuffle everything but the first few countries so popularity is not sorted by kind.
        head, tail = self.actors[:20], self.actors[20:]
        rng.shuffle(tail)
        self.actors = head + tail
        self.actor_weights = _zipf_cumulative(len(self.actors))
        self.place_weights = _zipf_cumulative(len(self.places))
        self.type_weights = _cumulative([w for _, _, w in EVENT_TYPES])
        self.precision_weights = _cumulative([w for _, w in PRECISIONS])


def _bounds(day: int, precision: str) -> tuple[dt.date, dt.date]:
    date = dt.date.fromordinal(day)
    if precision == "day":
        return date, date
    if precision == "week":
        monday = date - dt.timedelta(days=date.weekday())
        return monday, monday + dt.timedelta(days=6)
    if precision == "month":
        first = date.replace(day=1)
        following = (first + dt.timedelta(days=32)).replace(day=1)
        return first, following - dt.timedelta(days=1)
    return date.replace(month=1, day=1), date.replace(month=12, day=31)


def synthetic_facts(
    n_events: int,
    seed: int = 0,
    batch_size: int = 10_000,
    *,
    actors_per_event: int | None = None,
    places_per_event: int = 1,
    sources_per_event: int | None = None,
    n_actors: int = ACTOR_POOL,
    n_places: int = PLACE_POOL,
) -> Iterator[Facts]:
    """Yield ``n_events`` synthetic events in batches of ``batch_size``.

    ``actors_per_event`` and ``sources_per_event`` fix those counts (e.g. 3 and 2
    for the Neo4j bench); left as ``None`` they vary (1–3 actors, 1–3 sources).
    """
    if n_events < 0 or batch_size < 1:
        raise ValueError("n_events must be >= 0 and batch_size >= 1")
    rng = random.Random(seed)
    world = _World(random.Random(f"world-{seed}"), n_actors, n_places)
    actors, places = world.actors, world.places
    n_actor_pool, n_place_pool = len(actors), len(places)
    actor_cum, place_cum = world.actor_weights, world.place_weights
    actor_total, place_total = actor_cum[-1], place_cum[-1]
    type_cum, type_total = world.type_weights, world.type_weights[-1]
    precision_cum, precision_total = world.precision_weights, world.precision_weights[-1]
    random_ = rng.random
    bisect_ = bisect.bisect_left

    emitted_actors: set[int] = set()
    emitted_places: set[int] = set()
    participation_cache: dict[tuple[int, str], Participation] = {}
    roles = ("agent", "target", "participant", "participant", "participant")
    same_day_source: dict[int, Source] = {}  # an article may report several events of its day
    source_count = 0

    facts = Facts()
    for index in range(n_events):
        # Actors: distinct picks by Zipf popularity.
        wanted = actors_per_event if actors_per_event is not None else (1, 2, 2, 2, 3)[int(random_() * 5)]
        wanted = min(wanted, n_actor_pool)
        picked: list[int] = []
        while len(picked) < wanted:
            candidate = min(bisect_(actor_cum, random_() * actor_total), n_actor_pool - 1)
            if candidate not in picked:
                picked.append(candidate)
        participants = []
        for position, actor_index in enumerate(picked):
            role = roles[position]
            key = (actor_index, role)
            participation = participation_cache.get(key)
            if participation is None:
                participation = participation_cache[key] = Participation(actors[actor_index].id, role)
            participants.append(participation)
            if actor_index not in emitted_actors:
                emitted_actors.add(actor_index)
                facts.actors.append(actors[actor_index])

        place_ids: list[str] = []
        for _ in range(places_per_event):
            place_index = min(bisect_(place_cum, random_() * place_total), n_place_pool - 1)
            place = places[place_index]
            if place.id in place_ids:
                continue
            place_ids.append(place.id)
            # A place's parent is emitted before (or with) the place itself.
            chain: list[int] = []
            current: Place | None = place
            current_index = place_index
            while current is not None and current_index not in emitted_places:
                chain.append(current_index)
                if current.parent_id is None:
                    break
                current_index = int(current.parent_id.rsplit("-", 1)[1])
                current = places[current_index]
            for chain_index in reversed(chain):
                emitted_places.add(chain_index)
                facts.places.append(places[chain_index])

        type_code, verb, _weight = EVENT_TYPES[bisect_(type_cum, random_() * type_total)]
        precision = PRECISIONS[bisect_(precision_cum, random_() * precision_total)][0]
        day = FIRST_DAY + int(random_() * (LAST_DAY - FIRST_DAY + 1))
        earliest, latest = _bounds(day, precision)
        agent = actors[picked[0]].name
        others = [actors[i].name for i in picked[1:]]
        label = f"{agent} {verb} {' and '.join(others) or 'others'}"
        where = places[int(place_ids[0].rsplit("-", 1)[1])].name if place_ids else ""
        quote = f"{label} in {where}, officials said." if where else f"{label}, officials said."

        n_sources = sources_per_event if sources_per_event is not None else (1, 1, 2, 2, 3)[int(random_() * 5)]
        mentions = []
        used_sources: set[str] = set()
        for _ in range(n_sources):
            reused = same_day_source.get(day)
            if reused is not None and reused.id not in used_sources and random_() < 0.25:
                source = reused
            else:
                publisher, domain = _PUBLISHERS[int(random_() * len(_PUBLISHERS))]
                published = latest + dt.timedelta(days=int(random_() * 3))
                source = Source(
                    id=f"syn-src-{seed}-{source_count}",
                    title=f"{label} ({publisher})",
                    url=f"https://{domain}/{published.year}/{published.month:02d}/story-{seed}-{source_count}",
                    publisher=publisher,
                    published=published,
                )
                source_count += 1
                facts.sources.append(source)
                same_day_source[day] = source
            used_sources.add(source.id)
            start = int(random_() * 4000)
            mentions.append(Mention(source.id, quote, start, start + len(quote), earliest, latest, precision))

        facts.events.append(
            Event(
                id=f"syn-{seed}-{index}",
                type=type_code,
                label=label,
                earliest=earliest,
                latest=latest,
                precision=precision,
                participants=tuple(participants),
                place_ids=tuple(place_ids),
                mentions=tuple(mentions),
                attributes=(("dataset", "synthetic"),),
            )
        )
        if len(facts.events) >= batch_size:
            yield facts
            facts = Facts()
    if facts.events or len(facts):
        yield facts


# -- news articles with known events (`spark-load` and `load --workers` read them) ---------------------------
# Real countries and capitals (the extractor resolves places against a gazetteer), invented people.
_CAPITALS = (
    ("France", "Paris"),
    ("Germany", "Berlin"),
    ("Kenya", "Nairobi"),
    ("Japan", "Tokyo"),
    ("Brazil", "Brasilia"),
    ("Egypt", "Cairo"),
    ("Poland", "Warsaw"),
    ("Canada", "Ottawa"),
    ("India", "New Delhi"),
    ("Spain", "Madrid"),
    ("Turkey", "Ankara"),
    ("Nigeria", "Abuja"),
    ("Mexico", "Mexico City"),
    ("Indonesia", "Jakarta"),
    ("Norway", "Oslo"),
    ("Argentina", "Buenos Aires"),
)
_TITLES = ("foreign minister", "prime minister", "president", "defence minister", "trade minister")
# (event type, how a report says it): {a} and {b} are people, {city} a capital, {day} "March 3".
_STORIES: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "meeting",
        (
            "{a} met {b} in {city} on {day}.",
            "{a} held a meeting with {b} in {city} on {day}, officials said.",
            "On {day}, {a} met {b} in {city} to discuss trade.",
        ),
    ),
    (
        "diplomatic-cooperation",
        (
            "{a} signed an agreement with {b} in {city} on {day}.",
            "On {day}, {a} and {b} signed an agreement in {city}.",
        ),
    ),
    (
        "disapproval",
        (
            "{a} criticised {b} in {city} on {day} over the border dispute.",
            "On {day}, {a} criticised {b} during a visit to {city}.",
        ),
    ),
)
_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_FILLER = (
    "The talks had been planned for several weeks.",
    "Analysts expect further negotiations later this year.",
    "Neither side gave details of what was discussed.",
    "Diplomats described the atmosphere as constructive.",
)


def synthetic_articles(folder: Path, n_articles: int, seed: int = 0) -> list[dict[str, Any]]:
    """Write ``n_articles`` Markdown news articles into ``folder``, each reporting one known event that
    one to three articles (different outlets, different wording, published up to three days later)
    report; return the known events (type, people, place, day, the articles reporting it)."""
    rng = random.Random(f"articles-{seed}")
    folder.mkdir(parents=True, exist_ok=True)
    people = [f"{given} {family}" for given in _GIVEN for family in _FAMILY]
    rng.shuffle(people)
    known: list[dict[str, Any]] = []
    written = 0
    while written < n_articles:
        type_code, wordings = _STORIES[int(rng.random() * len(_STORIES))]
        (country_a, _), (country_b, city) = rng.sample(_CAPITALS, 2)
        a, b = rng.sample(people[:400], 2)
        day = dt.date(2023, 1, 1) + dt.timedelta(days=int(rng.random() * 700))
        said = f"{_MONTHS[day.month - 1]} {day.day}"
        title_a, title_b = rng.choice(_TITLES), rng.choice(_TITLES)
        reports = min(n_articles - written, (1, 2, 2, 3)[int(rng.random() * 4)])
        articles: list[str] = []
        event = {"type": type_code, "agent": a, "other": b, "place": city, "day": day.isoformat(), "articles": articles}
        for report in range(reports):
            publisher, domain = _PUBLISHERS[int(rng.random() * len(_PUBLISHERS))]
            published = day + dt.timedelta(days=int(rng.random() * 4))
            first = rng.choice(wordings).format(
                a=f"{country_a}'s {title_a} {a}", b=f"{country_b}'s {title_b} {b}", city=city, day=said
            )
            first = first[0].upper() + first[1:]
            body = " ".join([first, *rng.sample(_FILLER, 2)])
            name = f"{seed}-{written:05d}.md"
            headline = f"{a.split()[-1]} and {b.split()[-1]} in {city}"
            (folder / name).write_text(
                f"---\ntitle: {headline}\npublished: {published.isoformat()}\n"
                f"url: https://{domain}/{published.year}/{seed}-{written}-{report}\npublisher: {publisher}\n---\n"
                f"{headline}\n\n{body}\n",
                encoding="utf-8",
            )
            articles.append(name)
            written += 1
        known.append(event)
    return known


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--batch-size", type=int, default=10_000)
    parser.add_argument("--actors-per-event", type=int, default=None)
    parser.add_argument("--sources-per-event", type=int, default=None)
    parser.add_argument("--json", action="store_true", help="print the first five events as JSON")
    parser.add_argument(
        "--articles", type=Path, metavar="FOLDER", help="write --events news articles there instead; print their events"
    )
    args = parser.parse_args(argv)
    if args.articles is not None:
        json.dump(synthetic_articles(args.articles, args.events, args.seed), sys.stdout, indent=1)
        print()
        return
    totals = {"events": 0, "actors": 0, "places": 0, "sources": 0, "batches": 0}
    shown = 0
    for facts in synthetic_facts(
        args.events,
        args.seed,
        args.batch_size,
        actors_per_event=args.actors_per_event,
        sources_per_event=args.sources_per_event,
    ):
        totals["batches"] += 1
        totals["events"] += len(facts.events)
        totals["actors"] += len(facts.actors)
        totals["places"] += len(facts.places)
        totals["sources"] += len(facts.sources)
        if args.json:
            for event in facts.events[: max(0, 5 - shown)]:
                print(json.dumps(asdict(event), default=str))
                shown += 1
    json.dump(totals, sys.stdout)
    print()


if __name__ == "__main__":
    main()
