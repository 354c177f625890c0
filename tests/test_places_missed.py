"""Places events lost: an actor placed inside a passive's agent, a city the recogniser mislabels, local-language
subdivision names written in English, a named town no gazetteer knows, and water bodies."""

from __future__ import annotations

import pytest

from tests.test_places import places_of
from timelinekg.nlp.extract.places import gazetteer


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The ship's captain was arrested by officers in Mombasa on Friday.", "Mombasa"),
        ("Two activists were detained by soldiers in Kananga on Thursday.", "Kananga"),
        ("The mayor was charged by prosecutors in Rosario on Tuesday.", "Rosario"),
    ],
)
def test_the_agent_of_a_passive_placed_by_the_text_places_the_event(text: str, place: str) -> None:
    assert any(place in names for names in places_of(text))


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("A judge in Lyon charged two men with fraud on Wednesday.", "Lyon"),
        # the name as written, not the gazetteer's own "Pátra" (session 29: a city keeps the plain name written)
        ("A court in Patras sentenced the former mayor on Monday.", "Patras"),
    ],
)
def test_a_known_city_after_in_is_a_place_whatever_the_recogniser_called_it(text: str, place: str) -> None:
    assert any(place in names for names in places_of(text))


@pytest.mark.parametrize(
    ("written", "context", "iso"),
    [
        ("North Kivu", ["CD"], "CD-NK"),
        ("South Kivu province", ["CD"], "CD-SK"),
        ("South Ubangi", ["CD"], "CD-SU"),
        ("Upper Katanga", ["CD"], "CD-HK"),
        ("Ile de France", ["FR"], "FR-IDF"),
        ("Kasai Central", ["CD"], "CD-KC"),
    ],
)
def test_local_compass_words_in_subdivision_names_read_in_english(written: str, context: list[str], iso: str) -> None:
    place = gazetteer().resolve(written, context)
    assert place is not None and place.iso == iso and place.kind == "region"


def test_a_subdivision_with_a_local_compass_word_is_named_in_english() -> None:
    place = gazetteer().resolve("Nord-Kivu", ["CD"])
    assert place is not None and place.name == "North Kivu"


def places_with_kinds(text: str) -> list[dict[str, tuple[str, str | None]]]:
    import datetime as dt

    from timelinekg.nlp.extract import Article, extract_article

    facts = extract_article(Article(text=text, origin="t.txt", title="T", published=dt.date(2025, 3, 5)))
    by_id = {p.id: p for p in facts.places}
    parent = {p.id: by_id[p.parent_id].name if p.parent_id in by_id else None for p in facts.places}
    return [{by_id[i].name: (by_id[i].kind, parent[i]) for i in e.place_ids} for e in facts.events]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Nine people died after a minibus crashed near the village of Ruhango in Rwanda on Friday.", "Ruhango"),
        ("Six fishermen drowned when their canoe overturned on Lake Malawi near Mangochi on Monday.", "Mangochi"),
        ("Four miners were killed after a shaft collapsed in the town of Obuasi on Tuesday.", "Obuase"),
    ],
)
def test_casualties_of_an_accident_happen_where_it_happened(text: str, place: str) -> None:
    assert any(place in names for names in places_of(text))


def test_a_named_town_no_gazetteer_knows_keeps_its_kind_and_the_region_the_phrase_names() -> None:
    found = places_with_kinds("Rebels attacked the village of Bwindiro in North Kivu province on Sunday.")
    assert any(places.get("Bwindiro") == ("town", "North Kivu") for places in found)


def test_a_named_town_with_no_region_in_the_phrase_lies_in_the_articles_country() -> None:
    text = "Peru's army said on Monday it was searching the area. Gunmen attacked the town of Quilcapata on Sunday."
    found = places_with_kinds(text)
    assert any(places.get("Quilcapata") == ("town", "Peru") for places in found)


@pytest.mark.parametrize(
    ("text", "water", "kind"),
    [
        ("A cargo ship sank on Lake Tanganyika on Saturday.", "Lake Tanganyika", "lake"),
        ("A barge sank on the Congo River near Mbandaka on Tuesday.", "Congo River", "river"),
    ],
)
def test_a_lake_or_a_river_is_a_place_of_its_kind(text: str, water: str, kind: str) -> None:
    found = places_with_kinds(text)
    assert any(places.get(water, ("", None))[0] == kind for places in found), found


def test_an_attack_at_the_moment_someone_was_somewhere_happened_there() -> None:
    text = "Gunmen opened fire on the union leader as he left a meeting in the eastern city of Cucuta on Friday."
    assert any("Cúcuta" in names or "Cucuta" in names for names in places_of(text))


@pytest.mark.parametrize(
    ("written", "context", "iso"),
    [("Thessaly", ["GR"], "GR-E"), ("Normandy", ["FR"], "FR-NOR"), ("Lombardy region", ["IT"], "IT-25")],
)
def test_a_subdivision_named_in_english_keeps_the_english_name(written: str, context: list[str], iso: str) -> None:
    place = gazetteer().resolve(written, context)
    assert place is not None and place.iso == iso and place.name == written.removesuffix(" region")


def test_casualties_of_an_accident_event_are_not_placed_apart_from_it() -> None:
    # the derailment is an event placed near Zilina; the injured, placed too, would stand as a node of their own
    found = places_of(
        "Two people were killed and dozens injured when a freight train derailed near Zilina on Thursday."
    )
    assert sum(bool(names) for names in found) == 1
