"""Helper typed31's classes of session 30 (own sentences, other stories and countries than the probes'): event types
the open probes got wrong again and again.

1. A "said" or "says" BEFORE a clause that tells an event of its own only names whose report the event is, as the
   "said" after such a clause does (typed30): "A hauliers' union said 11 drivers were briefly detained" and
   "Police said the rally was largely peaceful, but two men were detained" (probe31), "Police say the former
   contractor ... has been banned from leaving the country" (probe22), "Supermercados Alcázar says it cleared its
   shelves" (probe25), "The company said the stage failed to carry out its planned deorbit burn" (probe26), "the
   police spokesperson said about 80 kilogrammes of meat were seized" (probe27), "Baltimore officials said
   several vehicles plunged into the water" (real news): each a statement node whose quote reports the act, typed
   statement where the act is news. Guards: a saying with a day of its own, a clause of what will be done, a
   negated clause, a clause that tells no event, a quotation, a "said" that adds more stay statements, and so does
   a toll given ("the ministry said 62 people had been killed", real news' death-toll statements) or an event
   judged ("officials said Monday's outbreak was the worst"). A notice's opening before "that" ("The Administrative
   Court - Plovdiv informs that ...", probe31; "The Constitutional Chamber announces that it has struck down the
   law", probe22; "The Uruguayan Antarctic Institute reports that ...", probe30) is the same attribution; and a
   plural's possessive ("A hauliers' union said ...") is no quotation mark.
2. The act an accusation, a charge or a suspicion names is alleged, no event of its own: "is accused of causing
   death by negligence" (probe10, probe19: personnel), "on charges of causing death by negligence" (probe7), "is
   accused of passing it to a small circle of pupils" (probe28), "faces four charges under the Active Mobility Act of
   selling power-assisted bicycles" (probe31: business). Guards: the accusation, arrest or charge itself stays; a
   dated act ("charged with damaging the cable early on Wednesday") stays an act.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_s28_typed29 import _all_types, _labels


# 1. an attribution before a clause that tells an event is no event of its own
@pytest.mark.xfail(
    reason="typed31's class 1 was reverted by the lead: dropping the statement before its clause also dropped dated "
    "sayings ('The coast guard said on Tuesday it had rescued 12 fishermen') and claims about another's act ('Rebels "
    "say the soldiers burned the market'), which session 24's tests keep as statements on purpose; left for a "
    "narrower rule",
    strict=False,
)
@pytest.mark.parametrize(
    ("sentence", "told"),
    [
        (
            "A farmers' association said nine protesters were briefly detained outside the ministry in Nairobi.",
            "coercion",
        ),
        (
            "Police in Tbilisi said two men were arrested after stones were thrown at the parliament building.",
            "coercion",
        ),
        ("Prosecutors in Porto said the former mayor had been charged with embezzlement.", "legal"),
        ("The coast guard says a cargo ship ran aground off Gotland early on Saturday.", "disaster"),
        ("Civil defence officials said a landslide buried six houses in the hill village of Kamza.", "disaster"),
        ("Kenyan police say the two suspects were arrested at dawn in the Kibera district of Nairobi.", "coercion"),
        ("The Norwegian grid operator said that hackers had knocked out its billing system.", "attack"),
        (
            "Prosecutors in Lille said a 41-year-old nurse was charged with manslaughter, and two others released.",
            "legal",
        ),
        ("The farmers' union said 14 tractor drivers were briefly detained near the Brenner pass.", "coercion"),
        ("Thirty miners were briefly detained outside the mine on Monday, the miners' union said.", "coercion"),
        ("The Peruvian Navy reports that its patrol boats rescued 14 fishermen off Callao.", "aid"),
        ("The interior ministry informs that 23 migrants were detained at the border post of Namanga.", "coercion"),
        (
            "The Chilean navy said that its divers had rescued three fishermen from a capsized boat near Valparaíso.",
            "aid",
        ),
    ],
)
def test_an_attribution_before_its_event_is_no_statement(tmp_path: Path, sentence: str, told: str) -> None:
    types = _all_types(tmp_path, sentence)
    assert told in types
    assert "statement" not in types


@pytest.mark.parametrize(
    "sentence",
    [
        "The finance minister said the government would raise the fuel tax next year.",
        "The union said it would strike on Monday if the talks failed.",
        "The bottling company said it had not dismissed any workers at the plant.",
        "The mayor of Split said the old bridge was safe for traffic.",
        'The police chief said: "Two officers were injured and we arrested five men."',
        "The airline said on Tuesday that a plane had skidded off the runway in Lyon.",
        "The ministry said a fisherman was rescued off Crete, adding that the search for two others would go on.",
        "Regional officials said the festival went ahead peacefully, but four fans were fighting outside.",
        "The health minister said the hospital could have treated the boy sooner.",
        "Mexico's foreign minister said on Wednesday the ambassador had been recalled for consultations.",
        "The Bolivian health ministry said at least 41 people had died in the floods around Cochabamba.",
        "Farmers in the Ebro valley say the drought this summer was the worst since 1995.",
        "The cycling federation announced that it will appeal against the ban.",
        "The federation announced on Friday that the coach had been dismissed.",
        "Israeli officials said air raid sirens sounded across the north as the drones approached.",
    ],
)
def test_a_statement_before_its_clause_stays(tmp_path: Path, sentence: str) -> None:
    assert "statement" in _all_types(tmp_path, sentence)


@pytest.mark.xfail(
    strict=True,
    reason="typed31: a row typing people 'picked up' as detained was written and dropped: the picked-up retelling of "
    "an arrest the lead told ('Detectives last night arrested ...' / 'was picked up at the departure gate by "
    "officers', probe21; probe31's PLCC) stays a second node, so duplicates rose where mistyped did not fall",
)
def test_people_picked_up_are_detained(tmp_path: Path) -> None:
    """probe31 "were picked up at dawn in the Cocody district", probe21 "was picked up at the departure gate", probe26
    "The businessman was picked up at his home", probe9 "The warders were picked up at their quarters"."""
    assert "coercion" in _all_types(
        tmp_path, "Two customs officers were picked up at their homes in Mombasa on Monday."
    )


# 2. the act an accusation, a charge or a suspicion names is alleged
@pytest.mark.parametrize(
    ("sentence", "alleged", "kept"),
    [
        ("The bus driver, 47, is accused of causing death by dangerous driving.", "causing", "disapproval"),
        (
            "A pharmacist in Graz was arrested on Monday on charges of causing death by negligence.",
            "causing",
            "coercion",
        ),
        ("A 40-year-old man was arrested on suspicion of selling counterfeit vodka in Tallinn.", "selling", "coercion"),
        (
            "The owner of the shop, 52, faces three charges under the Consumer Protection Act of selling heaters that "
            "failed safety tests.",
            "selling",
            None,
        ),
        (
            "Jana Novak, 51, the owner of Volt Scooters, faces five charges under the Road Traffic Act of selling "
            "scooters that no longer matched the approved model.",
            "selling",
            None,
        ),
        (
            "The opposition accused the harbour master of hiring 40 staff outside the approved budget.",
            "hiring",
            "disapproval",
        ),
    ],
)
def test_an_alleged_act_is_no_event_of_its_own(tmp_path: Path, sentence: str, alleged: str, kept: str | None) -> None:
    labels = _labels(tmp_path, sentence)
    assert not any(label.startswith(alleged) for label in labels), labels
    assert kept is None or kept in _all_types(tmp_path, sentence)


def test_a_killing_a_gang_is_accused_of_stays_an_attack(tmp_path: Path) -> None:
    sentence = "The Los Lobos gang is accused of killing a provincial judge outside her home in Cuenca in March."
    assert "attack" in _all_types(tmp_path, sentence)


def test_a_dated_act_charged_stays_an_act(tmp_path: Path) -> None:
    labels = _labels(
        tmp_path, "The trawler captain was charged on Friday with damaging the power cable early on Wednesday."
    )
    assert any(label.startswith("damaging") for label in labels), labels
