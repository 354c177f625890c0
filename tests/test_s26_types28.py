"""Helper types28's classes of session 26 (own sentences, other stories and countries than the probes'): nodes whose
type is not the act's.

- (found, not fixed: xfail) a named person who holds no office, told by a kind in apposition ("Marta Silva, a shop
  assistant, died"), dying is a casualty (a disaster, or the attack's toll), not a personnel change; an office
  holder's death ("Carlos Mesa, a former president, died") stays one;
- goods or people seized by someone who is no armed force, or by no one named ("300 kg of cocaine were seized at
  the port"), are confiscated or abducted (coercion), not taken in war; a town, a base or an oil field seized, or
  anything seized by troops or rebels, stays a military act;
- a win of a named contest that is no place or body, of a score or of nothing, in a sentence naming no vote ("won
  the Paris Masters", "Al Ahly won 3-1"), is a contest of sport, no election; a seat, a term, a state won, or a
  sentence naming a vote, keeps the election.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.test_s20_lead import _events

MONDAY = "2026-11-16"


def _types_of(tmp_path: Path, sentence: str, words: str) -> set[str]:
    """The types of the events of a wire story of Friday 20 November 2026 whose label holds ``words``."""
    text = f"Desk\n\nLIMA, Nov 20 (Example Wire) - {sentence}\n"
    events: list[dict[str, Any]] = _events(tmp_path, text)
    found = {event["type"] for event in events if words.lower() in (event.get("label") or "").lower()}
    assert found, events
    return found


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        # (typed34 of session 31 typed these deaths and keeps the accident told after them apart: no longer xfail)
        ("Marta Silva, a shop assistant, died in hospital on Monday.", "died"),
        ("Jonas Berg, the delivery driver, died at the scene on Monday.", "died"),
        ("Ahmed Farouk, a 54-year-old fisherman from Alexandria, died in hospital on Monday.", "died"),
        ("The hiker, Lena Brandt, died on Monday after falling into a ravine.", "died"),
        ("Priya Nair, a nurse at the district clinic, died of her injuries on Monday.", "died"),
    ],
)
def test_a_named_person_of_no_office_dying_is_no_personnel_change(tmp_path: Path, sentence: str, words: str) -> None:
    found = _types_of(tmp_path, sentence, words)
    assert "personnel" not in found, found


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("Carlos Ortega, a former president of the republic, died on Monday.", "died"),
        ("The mayor of Arequipa, Rosa Quispe, died on Monday.", "died"),
        ("Bishop Tomas Lira died on Monday at the age of 91.", "died"),
    ],
)
def test_an_office_holders_death_stays_a_personnel_change(tmp_path: Path, sentence: str, words: str) -> None:
    assert _types_of(tmp_path, sentence, words) == {"personnel"}


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("About 300 kilograms of cocaine were seized at the port of Callao on Monday.", "seized"),
        ("Two tonnes of counterfeit cheese were seized at a warehouse in Cusco on Monday.", "seized"),
        ("Customs staff seized 12,000 smuggled cigarettes at the Tacna border crossing on Monday.", "seized"),
        ("Gunmen seized four engineers from a mining camp near Puno on Monday.", "seized"),
        ("Two aid workers were seized by armed men near the border on Monday.", "seized"),
    ],
)
def test_goods_or_people_seized_by_no_armed_force_are_no_act_of_war(tmp_path: Path, sentence: str, words: str) -> None:
    found = _types_of(tmp_path, sentence, words)
    assert "military" not in found, found
    assert "coercion" in found, found


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("Rebels seized the town of Tingo on Monday after a night of fighting.", "seized"),
        ("Militants seized an army base near the border on Monday.", "seized"),
        ("Troops seized the airport of the northern city on Monday.", "seized"),
    ],
)
def test_a_place_seized_in_war_stays_military(tmp_path: Path, sentence: str, words: str) -> None:
    assert _types_of(tmp_path, sentence, words) == {"military"}


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("Jihadist fighters seized Menaka on Monday.", "seized"),
        ("The town of Kidal was seized on Monday, the army said.", "seized"),
    ],
)
def test_a_named_place_seized_stays_military(tmp_path: Path, sentence: str, words: str) -> None:
    assert "military" in _types_of(tmp_path, sentence, words)


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("Police seized the passports of the three suspects in Piura on Monday.", "seized"),
        ("Tax inspectors seized the accounts of the mining firm on Monday.", "seized"),
    ],
)
def test_what_police_or_inspectors_seize_stays_a_confiscation(tmp_path: Path, sentence: str, words: str) -> None:
    assert _types_of(tmp_path, sentence, words) == {"coercion"}


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("Jannik Sinner won the Paris Masters on Monday.", "Masters"),
        ("Aryna Sabalenka won the Australian Open on Monday.", "Open"),
        ("Al Ahly won 3-1 on Monday.", "3-1"),
        ("Galatasaray won 2-0 at home on Monday.", "2-0"),
    ],
)
def test_a_named_contest_or_a_score_won_is_no_election(tmp_path: Path, sentence: str, words: str) -> None:
    assert _types_of(tmp_path, sentence, words) == {"other"}


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("The ruling party won 61 of the 100 seats on Monday.", "seats"),
        ("Mayor Ortiz won a second term on Monday.", "term"),
        ("Senator Ruiz won Nevada on Monday.", "Nevada"),
        ("The opposition won Monday's parliamentary election.", "election"),
        ("Ms Obi won comfortably on Monday in the mayoral race.", "won"),
    ],
)
def test_a_win_that_names_a_vote_stays_an_election(tmp_path: Path, sentence: str, words: str) -> None:
    assert _types_of(tmp_path, sentence, words) == {"election"}
