"""Helper typed30's classes of session 29 (own sentences, other stories and countries than the probes'): event types
the open probes' first contact got wrong again and again.

1. A labour strike is a protest, not an armed attack: "started a strike concerning the ... personnel" by a union,
   "the last major strike by ... crews", and the bare "The strike ended on ..." of a text whose first strike was
   a walkout (probe30's icebreaker story three times, probe27's "calls the strike illegal", the strikes of
   probe2, 3, 6, 7, 8, 9, 11, 13, 17, 20 and 27's gold). Guards: a missile strike, a strike by jets, a strike told
   after an air raid stay attacks.
2. People suspended from their work are a personnel act, not a cut in relations: "suspended the pilot and
   co-pilot" (probe30), "suspending the museum's curator and the three night guards" (probe28), "suspended Sergiu
   Plamadeala from all FIDE-rated events" (probe29), "the physician was suspended" (probe27). Guards: imports,
   talks and ties suspended by a state stay a cut in relations; an order suspended by a court stays legal.
3. A "said" after a clause that tells an event of its own only names the event's source: "..., police said",
   "..., officials on both sides said" (probe30), "..., doctors said" (probe20), "..., a police spokesman said",
   "..., the armed forces said" (probe22), "..., local officials said" (probe24), "..., officials said" (probe26),
   "..., prosecutors in Adjara said" (probe29): spurious or mistyped statements. Guards: a quotation, a clause
   that tells no event, a "said" that adds more, a "said that" before its clause stay statements.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_s26_types28 import _types_of
from tests.test_s28_typed29 import _all_types, _labels


# 1. a labour strike is a protest
@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        (
            "The Portuguese Cabin Crew Union started a strike concerning the flight attendants of the airline on "
            "Tuesday at 05.00.",
            "started a strike",
        ),
        (
            "The Hamburg Port Workers' Union HPV eV started a strike concerning the crane operators of the terminal "
            "on Monday at 06.00.",
            "started a strike",
        ),
        ("The last big strike by Norwegian ferry crews, in 2019, ended after six days.", "strike"),
        ("A two-week strike by Chilean copper miners ended on Thursday after a bonus was agreed.", "strike"),
        (
            "Nurses at three hospitals in Bergen walked out on Monday over shift pay. The strike ended on Friday at "
            "midnight, when the nurses returned to the wards.",
            "The strike ended",
        ),
        (
            "Bus drivers in Lyon began an open-ended strike on Monday. The strike ended on Thursday, when the drivers "
            "accepted the offer.",
            "The strike ended",
        ),
        ("Refinery staff at Sines began an open-ended strike on Monday over the new shift rota.", "strike"),
    ],
)
def test_a_labour_strike_is_a_protest(tmp_path: Path, sentence: str, words: str) -> None:
    assert _types_of(tmp_path, sentence, words) == {"protest"}


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("A Russian missile strike hit a power station near Odesa on Monday.", "strike"),
        ("The strike by Israeli jets on Tuesday killed three commanders in southern Lebanon.", "strike"),
        (
            "Warplanes bombed a fuel depot outside Hodeidah on Sunday. The strike killed four guards, the port "
            "authority said.",
            "strike",
        ),
        ("The last major strike by the coalition's drones, in 2021, hit a wedding party.", "strike"),
    ],
)
def test_an_armed_strike_stays_an_attack(tmp_path: Path, sentence: str, words: str) -> None:
    types = _all_types(tmp_path, sentence)
    assert "attack" in types
    assert "protest" not in types


# 2. people suspended from their work
@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        (
            "Peru's navy suspended the commander and first officer of a patrol boat that ran aground near Paita.",
            "suspended",
        ),
        ("The university hospital in Graz suspended two surgeons on Tuesday after a patient died.", "suspended"),
        (
            "Kenya's police service on Monday suspended three officers who were filmed beating a street vendor.",
            "suspended",
        ),
        ("The football association suspended the referee on Monday for six matches.", "suspended"),
        ("The ministry of health suspended the hospital's director and two nurses on Wednesday.", "suspended"),
    ],
)
def test_people_suspended_are_a_personnel_act(tmp_path: Path, sentence: str, words: str) -> None:
    assert _types_of(tmp_path, sentence, words) == {"personnel"}


@pytest.mark.parametrize(
    ("sentence", "words", "kind"),
    [
        ("China suspended imports of Norwegian salmon on Monday.", "suspended", "reduce-relations"),
        ("Armenia suspended talks with Azerbaijan on Tuesday.", "suspended", "reduce-relations"),
        ("The constitutional court suspended the decree on Friday.", "suspended", "legal"),
    ],
)
def test_things_suspended_keep_their_kind(tmp_path: Path, sentence: str, words: str, kind: str) -> None:
    assert kind in _types_of(tmp_path, sentence, words)


# 3. an attribution after a clause that tells an event is no event of its own
@pytest.mark.parametrize(
    ("sentence", "told"),
    [
        ("A ferry ran aground off Crete on Wednesday, officials said.", "disaster"),
        ("Rescuers pulled two climbers from a crevasse near Zermatt on Thursday, a police spokesman said.", "aid"),
        ("Border guards detained 14 migrants near Subotica on Sunday, the interior ministry said.", "coercion"),
        ("The bank's chief executive resigned on Monday, the company says.", "personnel"),
    ],
)
def test_an_attribution_of_an_event_is_no_statement(tmp_path: Path, sentence: str, told: str) -> None:
    types = _all_types(tmp_path, sentence)
    assert told in types
    assert "statement" not in types


@pytest.mark.parametrize(
    "sentence",
    [
        '"We will not pay a ransom for anyone," the minister said.',
        "The minister will not resign, a spokeswoman said.",
        "Police fired tear gas at the marchers on Tuesday, a spokesman said, adding that 12 people were detained.",
        "The finance ministry said on Monday that customs officers had seized 40 kilograms of cocaine in Durres.",
        "Customs officers seized 40 kilograms of cocaine in Durres on Sunday, the finance ministry said on Monday.",
        "Benchmark diesel prices in the Mediterranean rose $11 a tonne on Monday, traders said.",
    ],
)
def test_a_statement_of_its_own_stays(tmp_path: Path, sentence: str) -> None:
    assert "said" in " ".join(_labels(tmp_path, sentence))


@pytest.mark.xfail(
    strict=True,
    reason="typed30: with both acts personnel, the undated removal folds into the dated suspension of the same "
    "sentence; keeping same-type acts of two named bodies apart in the fold split Iran's and the IRGC's attack "
    "and Erdogan's dismissal of the governor (realnews e1, probe4 s03), so the guard was dropped",
)
def test_two_bodies_suspending_one_player_stay_two_acts(tmp_path: Path) -> None:
    """probe29: "FIDE provisionally suspended X ..., and a day later his own federation followed: the Chess
    Federation of Moldova removed him from its Olympiad squad": both personnel acts now, of two bodies."""
    labels = _labels(
        tmp_path,
        "On Thursday the International Fencing Federation provisionally suspended Anna Kovacs from all events "
        "while it investigates, and a day later her own federation followed: the Hungarian Fencing Federation "
        "removed her from its Olympic squad and froze her national title.",
    )
    assert any("removed her" in label for label in labels), labels
    assert any("suspended Anna Kovacs" in label for label in labels), labels


def test_a_quotation_before_said_and_its_speaker_stays_a_statement(tmp_path: Path) -> None:
    sentence = '"After a raid like this, the villagers expect arrests," said the district commissioner, Joan Achieng.'
    assert "statement" in _all_types(tmp_path, sentence)
