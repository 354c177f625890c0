"""Events told as a support verb and an event noun the hand-written lexicon does not list ("conducted a
devaluation", "handed down a sentence", "staged a walkout"), the nouns learned from annotated news or derived
from a lexicon verb, and a few verbal idioms ("opened fire on", "the bridge gave way", "left the city without
power", "declared the envoys persona non grata"); sentences written for these tests in several wordings."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.test_support_verbs import FRIDAY, MONDAY, SATURDAY, SUNDAY, TUESDAY, dated_types, read

D = dt.date


@pytest.mark.parametrize(
    ("text", "types", "day"),
    [
        # event nouns derived from a lexicon verb, or equal to one, as the object of a support verb
        ("The Nigerian central bank conducted a second devaluation of the naira on Monday.", {"business"}, MONDAY),
        ("Kazakhstan carried out a surprise devaluation of the tenge on Friday.", {"business"}, FRIDAY),
        ("A judge in Lyon handed down a 12-year sentence to the former mayor on Tuesday.", {"legal"}, TUESDAY),
        ("The tribunal handed down life sentences to four militia leaders on Sunday.", {"legal"}, SUNDAY),
        ("Farmers staged a march on the agriculture ministry in Nairobi on Saturday.", {"protest"}, SATURDAY),
        ("Students held a march through the old town of Krakow on Monday.", {"protest"}, MONDAY),
        ("Troops carried out the expulsion of 300 settlers from the valley on Tuesday.", {"coercion"}, TUESDAY),
        ("Special forces mounted a rescue of the kidnapped engineers on Friday.", {"yield", "other", "aid"}, FRIDAY),
        # verbal idioms
        ("Masked men opened fire on a bus carrying pilgrims near Quetta on Sunday.", {"attack"}, SUNDAY),
        ("A sniper opened fire at shoppers in a market in Kharkiv on Monday.", {"attack"}, MONDAY),
        ("A footbridge over the Drina gave way under a crowd of fans on Saturday.", {"disaster"}, SATURDAY),
        ("The roof of the textile factory in Dhaka caved in on Tuesday.", {"disaster"}, TUESDAY),
        ("A storm left half of Auckland without power on Friday.", {"disaster"}, FRIDAY),
        ("A grid fault plunged most of Chile into darkness on Monday.", {"disaster"}, MONDAY),
        (
            "Estonia declared two Belarusian consuls persona non grata on Tuesday.",
            {"reduce-relations", "coercion"},
            TUESDAY,
        ),
        ("Workers brought electricity back to the capital on Sunday.", {"other", "aid"}, SUNDAY),
        ("Crews restored electricity to the island on Tuesday.", {"other", "aid"}, TUESDAY),
        ("Power was restored to most homes in Lagos on Sunday.", {"other", "aid"}, SUNDAY),
    ],
)
def test_support_verb_with_an_event_noun(text: str, types: set[str], day: dt.date) -> None:
    found = dated_types(read(text), day)
    assert found & types, (text, found)


@pytest.mark.parametrize(
    "text",
    [
        # a learned noun alone, or under a verb that does not carry events, is no event of its own
        "The minister gave way to pressure from his party and resigned on Monday.",
        "Fears of a recession gave way to relief on Tuesday.",
        "The report made a comparison between the two budgets.",
        "The finance minister caved in to pressure from unions on Friday.",
        "Samsung launched a new phone in Seoul on Monday.",
        "The navy launched a new ship at the Gdansk yard on Tuesday.",
    ],
)
def test_no_event_from_idiom_in_other_sense(text: str) -> None:
    types = {e.type for e in read(text).events}
    assert not types & {"disaster", "communication", "military"}, (text, types)
