"""Helper types30's classes of session 27 (own sentences, other stories and countries than the probes'): nodes whose
type the verb's row gives by its word alone, where the kind of its doer or of what it acts on tells the act.

1. Civilians (students, farmers, a candidate's supporters) who occupy or take over a building hold a sit-in, a
   protest, not a military occupation (probe13's deputies on the podium, probe14's students in the rectorate,
   probe15's protesters in the ministry, probe28's supporters in the town hall). Guards: troops, rebels or armed
   men who occupy a town or take over a palace stay a military act; a named officer who takes over a ministry
   holds no sit-in (probe6).
2. People who burn something (inmates, persons, a crowd) commit arson, an attack, whoever they are; the row listed
   some trades only (probe12's inmates burning a workshop, probe28's armed persons burning ballots). Guards: a fire
   that burns hectares is a disaster; people burning to death or burning their hands are no arsonists, nor are
   farmers burning crop residue.
3. "Cut through the fence", "cut through the bars": a barrier cut to get in or out, no cut of a price or a
   dividend (probe13's escaped prisoners, probe28's museum thieves). Guard: a company's cut of prices or its
   dividend stays business.
4. A court or a chamber of a court that confirms a ruling, a sentence or a judgment rules (legal), as it upholds
   one; no confirmation of a report (probe28's electoral chamber confirming a judgment). Guard:
   a spokesman or a ministry confirming stays a statement or a confirmation.
5. (found, not fixed: xfail) A court that says it will rule, hear or decide a case tells of its own step in it
   (legal), no mere statement (probe24's appeal court reserving judgment, probe14's High Court on the appeal it
   will hear). Guards: a tribunal telling the turnout, or a court official speaking, stays a statement.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_s26_types28 import _types_of


# 1. civilians occupying a building
@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("On Tuesday hundreds of farmers took over the town hall in Nakuru.", "took over"),
        ("Supporters of the defeated candidate occupied the governor's office in Kano on Monday.", "occupied"),
        ("About 300 nurses occupied the offices of the health ministry in Accra on Wednesday.", "occupied"),
        ("Dozens of residents took over the headquarters of the water utility in Cusco on Monday.", "took over"),
        ("On Monday pensioners occupied the lobby of the social security building in Asuncion.", "occupied"),
    ],
)
def test_civilians_occupying_a_building_protest(tmp_path: Path, sentence: str, words: str) -> None:
    assert _types_of(tmp_path, sentence, words) == {"protest"}


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("Rebel fighters occupied the town of Bunia on Saturday.", "occupied"),
        ("Mutinous soldiers took over the state broadcaster's offices in Niamey on Monday.", "took over"),
        ("Armed men occupied the town hall of Gao on Monday.", "occupied"),
    ],
)
def test_forces_occupying_a_place_stay_military(tmp_path: Path, sentence: str, words: str) -> None:
    assert _types_of(tmp_path, sentence, words) == {"military"}


def test_a_named_officer_taking_over_a_ministry_holds_no_sit_in(tmp_path: Path) -> None:
    sentence = "Police general Hamid Karoui takes over the interior ministry on Monday."
    assert "protest" not in _types_of(tmp_path, sentence, "takes over")


# 2. people burning something
@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("The inmates burned down the kitchen block of the prison in Tacumbu on Monday.", "burned"),
        ("Masked persons burned the ballot boxes of four polling stations in Kasai on Sunday.", "burned"),
        ("On Monday night supporters of the mayor burned the records of the land registry in Pokhara.", "burned"),
        ("Striking miners burned two company trucks outside the Rustenburg shaft on Tuesday.", "burned"),
    ],
)
def test_people_burning_things_attack(tmp_path: Path, sentence: str, words: str) -> None:
    assert _types_of(tmp_path, sentence, words) == {"attack"}


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("A forest fire burned 2,000 hectares near Patras on Monday.", "burned"),
        ("Five people burned to death in a house fire in Ibadan on Monday.", "burned"),
        ("Three workers burned their hands in an accident at the Tema refinery on Monday.", "burned"),
        ("Farmers near Ludhiana burned crop residue on thousands of fields on Monday.", "burned"),
    ],
)
def test_no_arson_when_nothing_is_set_on_fire_by_someone(tmp_path: Path, sentence: str, words: str) -> None:
    assert "attack" not in _types_of(tmp_path, sentence, words)


# 3. a barrier cut through
@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("The gang cut through the bars of a window of the jewellery shop in Antwerp on Sunday night.", "cut"),
        ("Four inmates escaped from the jail in Gweru on Monday after cutting through a perimeter fence.", "cutting"),
        ("Burglars cut through the roof of the pharmacy in Tartu on Monday night.", "cut"),
    ],
)
def test_a_barrier_cut_through_is_no_business(tmp_path: Path, sentence: str, words: str) -> None:
    assert "business" not in _types_of(tmp_path, sentence, words)


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("The carmaker cut prices of its electric models by 10 percent on Monday.", "cut prices"),
        ("Shell cut its dividend on Thursday.", "cut its dividend"),
        ("The central bank cut its key rate by half a point on Thursday.", "cut its key rate"),
    ],
)
def test_a_cut_of_an_amount_stays_business(tmp_path: Path, sentence: str, words: str) -> None:
    assert _types_of(tmp_path, sentence, words) == {"business"}


# 4. a court confirming a ruling
@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("The Supreme Court confirmed the sentence of the former mayor of Cluj on Tuesday.", "confirmed"),
        (
            "On Monday the Criminal Chamber of the Court of Cassation confirmed the acquittal of the two officers.",
            "confirmed",
        ),
        ("An appeals court in Porto on Thursday confirmed the ruling that cleared the bank.", "confirmed"),
        ("The Constitutional Tribunal confirmed the annulment of the vote in Tarija on Wednesday.", "confirmed"),
    ],
)
def test_a_court_confirming_a_ruling_rules(tmp_path: Path, sentence: str, words: str) -> None:
    assert _types_of(tmp_path, sentence, words) == {"legal"}


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("A government spokesman confirmed on Monday that the border had been closed.", "confirmed"),
        ("The ministry confirmed on Monday that three soldiers had been killed.", "confirmed"),
    ],
)
def test_a_spokesman_confirming_stays_speech(tmp_path: Path, sentence: str, words: str) -> None:
    assert _types_of(tmp_path, sentence, words) <= {"statement", "confirmation"}


_FOLDS_ANOTHER_COURTS_RULING = pytest.mark.xfail(
    strict=True,
    reason="types30: typing 'the High Court has said it will hear the appeal' legal folds the Constitutional "
    "Court's ruling told earlier in the article into it (probe14 w05, the in-article fold of legal acts by generic "
    "'judges'); left until the fold tells two courts apart",
)


# 5. a court telling of its own step in the case
@_FOLDS_ANOTHER_COURTS_RULING
@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("The Court of Appeal in Ghent reserved its judgment and said it would rule on 14 May.", "rule on 14 May"),
        ("The Supreme Court in Nairobi said on Monday it would decide the petition within a month.", "petition"),
        ("The Constitutional Court has said it will hear the challenge to the election next week.", "hear"),
    ],
)
def test_a_court_telling_of_its_own_step_acts_in_the_case(tmp_path: Path, sentence: str, words: str) -> None:
    assert _types_of(tmp_path, sentence, words) == {"legal"}


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("Turnout was 48 percent, the electoral tribunal said on Monday.", "tribunal said"),
        ("A court official said on Monday that the judge had fallen ill.", "court official said"),
    ],
)
def test_a_court_telling_of_a_count_or_a_clerk_speaking_stays_a_statement(
    tmp_path: Path, sentence: str, words: str
) -> None:
    assert _types_of(tmp_path, sentence, words) == {"statement"}
