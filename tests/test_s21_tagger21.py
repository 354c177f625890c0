"""Session 21 (helper tagger21): which way an underspecified weekday or month goes, by the tense of its verb.

Round nineteen of docs/timex.md: a parse census (bench/timex_tense_direction.py) of every bare weekday and yearless
month over the tbaq dev part and the own sets.  The classes the tagger already gets right are pinned with new
sentences (past, perfect, reported past, future, modal, reported "would", a plan with its infinitive, a timetable
verb of the list); the class it missed, a weekday governed by any verb in the simple present's third person, is
fixed, with sentences where an "-s" word is a plural noun or a verb that tells what a text holds, which stay back.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import sys
from pathlib import Path

import pytest

from timelinekg.nlp.timex import tag

WEDNESDAY = dt.date(2019, 3, 13)


def _value(sentence: str, expression: str, dct: dt.date = WEDNESDAY) -> list[str]:
    return [t.value for t in tag(sentence, dct) if t.text == expression]


@pytest.mark.parametrize(
    ("sentence", "expression", "value"),
    [
        # past and perfect: back
        ("The ferry sank off the coast on Monday, the coastguard said.", "Monday", "2019-03-11"),
        ("Investigators have interviewed the crew since Sunday.", "Sunday", "2019-03-10"),
        ("The mayor told reporters on Tuesday that the bridge had reopened.", "Tuesday", "2019-03-12"),
        ("The regulator agreed to delay the ruling, announced on Monday, by a month.", "Monday", "2019-03-11"),
        ("Farmers harvested the first olives in November.", "November", "2018-11"),
        ("The board has met twice since January.", "January", "2019-01"),
        ("The museum reopened on Feb. 2 after a flood.", "Feb. 2", "2019-02-02"),
        # future, modal, reported "would", a plan with its infinitive: ahead
        ("The committee will publish its findings on Friday.", "Friday", "2019-03-15"),
        ("Inspectors may return to the plant on Saturday.", "Saturday", "2019-03-16"),
        ("The minister said the envoys would sign the accord on Thursday.", "Thursday", "2019-03-14"),
        ("The orchestra plans to perform the new symphony on Sunday.", "Sunday", "2019-03-17"),
        ("The new terminal will open in June.", "June", "2019-06"),
        ("The tunnel is expected to carry its first trains in September.", "September", "2019-09"),
        ("Officials said the census would start on April 1.", "April 1", "2019-04-01"),
        # a timetable verb of the list
        ("The two delegations meet in Geneva on Friday.", "Friday", "2019-03-15"),
    ],
)
def test_direction_classes_the_tagger_already_follows(sentence: str, expression: str, value: str) -> None:
    assert _value(sentence, expression) == [value]


@pytest.mark.parametrize(
    ("sentence", "expression", "value"),
    [
        ("The regional airline introduces its summer schedule on Sunday.", "Sunday", "2019-03-17"),
        ("The bakery opens its second shop on Saturday.", "Saturday", "2019-03-16"),
        ("The council debates the budget on Thursday.", "Thursday", "2019-03-14"),
        ("The new law takes effect from Monday.", "Monday", "2019-03-18"),
        ("The ski lift closes for the season from Saturday.", "Saturday", "2019-03-16"),
        # a weekday inside its subject takes the verb right after it
        ("The first lecture on Monday starts at 9 a.m.", "Monday", "2019-03-18"),
        ("The winter schedule on Sunday adds two flights.", "Sunday", "2019-03-17"),
    ],
)
def test_weekday_governed_by_a_third_person_present_lies_ahead(sentence: str, expression: str, value: str) -> None:
    assert _value(sentence, expression) == [value]


@pytest.mark.parametrize(
    ("sentence", "expression", "value"),
    [
        # an "-s" word before the day is a plural noun when a past verb follows it in the clause
        ("Oil prices on Friday rose to a record.", "Friday", "2019-03-08"),
        ("Its shares on Monday closed higher.", "Monday", "2019-03-11"),
        ("The company's results on Tuesday disappointed investors.", "Tuesday", "2019-03-12"),
        # a list after a comma has no verb of its own: the sentence's past verb governs it
        ("Protesters hurled stones, bottles and fireworks on Monday.", "Monday", "2019-03-11"),
        # an amount before the "-s" word makes it a noun
        ("Turnover rose to 900 million, up from 640 million shares Tuesday.", "Tuesday", "2019-03-12"),
        # a verb that tells what a text or a person holds is no timetable
        ("The report covers losses on Monday and Tuesday.", "Monday", "2019-03-11"),
        ("The ministry says the talks on Tuesday went well.", "Tuesday", "2019-03-12"),
        # a perfect or a passive's auxiliary before the day keeps it back
        ("Dozens of people have been hurt in the clashes near the stadium on Sunday.", "Sunday", "2019-03-10"),
        ("Members of the assembly on Tuesday voted to remove the mayor.", "Tuesday", "2019-03-12"),
    ],
)
def test_plural_nouns_and_telling_verbs_stay_back(sentence: str, expression: str, value: str) -> None:
    assert _value(sentence, expression) == [value]


def _bench() -> object:
    path = Path(__file__).resolve().parents[1] / "bench" / "timex_tense_direction.py"
    sys.path.insert(0, str(path.parent))
    spec = importlib.util.spec_from_file_location("timex_tense_direction", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_census_direction_is_taken_at_the_values_granularity() -> None:
    bench = _bench()
    direction = bench.direction  # type: ignore[attr-defined]
    assert direction("2019-03-11", "2019-03-13") == "before"
    assert direction("2019-03-13", "2019-03-13") == "same"
    assert direction("2019-03-15T09:00", "2019-03-13") == "after"
    assert direction("2019-03", "2019-03-13") == "same"
    assert direction("2018-11", "2019-03-13") == "before"
    assert direction("PAST_REF", "2019-03-13") is None
    assert bench.BARE_WEEKDAY.match("Tuesday morning")  # type: ignore[attr-defined]
    assert bench.BARE_MONTH.match("mid-March") and bench.BARE_MONTH.match("Feb. 2")  # type: ignore[attr-defined]
    assert not bench.BARE_MONTH.match("March 2019")  # type: ignore[attr-defined]
