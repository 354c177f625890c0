"""Which way a bare weekday goes in news (issue 13, helper tagger8): the governing verb's tense and modality decide.

A bare weekday in news is the DCT's own day or one of the six before it unless the verb that governs it looks
ahead: a future ("will be freed"), a modal ("could", "may"), a plan or expectation told in the present ("is
expected to vote", "plan to meet"), a timetable in the simple present ("takes effect"), or an infinitive after
such a verb.  A plan told in the past ("was due to", "had planned to") and an infinitive after a past verb
("wanted to visit", "voted to close") stay back.  Every sentence is written for this test, not taken from a corpus.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timelinekg.nlp.timex import tag

# a Wednesday: the Monday before is 03-10, the one after 03-17; the Friday before is 03-07, the one after 03-14
DCT = dt.date(2031, 3, 12)

PAST = {"Monday": "2031-03-10", "Tuesday": "2031-03-11", "Thursday": "2031-03-06", "Friday": "2031-03-07"}
PAST |= {"Saturday": "2031-03-08", "Sunday": "2031-03-09"}
AHEAD = {"Monday": "2031-03-17", "Tuesday": "2031-03-18", "Thursday": "2031-03-13", "Friday": "2031-03-14"}
AHEAD |= {"Saturday": "2031-03-15", "Sunday": "2031-03-16"}


def weekday_values(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, DCT) if t.text in PAST]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # a future or a modal before the verb
        ("The two aid workers will be freed on Monday, a spokesman said.", "Monday"),
        ("The kidnappers say they will let the hostages go on Monday.", "Monday"),
        ("The hostages could be released as early as Monday.", "Monday"),
        ("The two sides may meet again on Tuesday.", "Tuesday"),
        ("The mayor might announce his decision Friday.", "Friday"),
        ("The talks should conclude Thursday, diplomats say.", "Thursday"),
        ("Tenants must leave the building by Friday.", "Friday"),
        # a plan, an expectation or a schedule told in the present
        ("Parliament is expected to vote Thursday on the budget.", "Thursday"),
        ("The court is due to rule on the appeal Friday.", "Friday"),
        ("Ministers plan to meet again on Monday.", "Monday"),
        ("Relief convoys are likely to reach the town on Saturday.", "Saturday"),
        ("The results are set to be announced Friday.", "Friday"),
        ("The envoy is scheduled to testify on Thursday.", "Thursday"),
        ("Talks are to resume on Tuesday.", "Tuesday"),
        ("The company hopes to close the sale by Friday.", "Friday"),
        ("The finance ministers are meeting on Thursday to discuss the debt.", "Thursday"),
        ("Voters go to the polls on Sunday.", "Sunday"),
        # reported plans: "would" and an infinitive after a verb of saying or promising
        ("The rebels said they would let the hostages go on Monday.", "Monday"),
        ("The government said it would publish the figures on Friday.", "Friday"),
        ("The union has threatened to strike on Friday.", "Friday"),
        ("Officials said they intend to reopen the crossing on Monday.", "Monday"),
        ("A spokesman said the militia would hand over the prisoners by Tuesday.", "Tuesday"),
        # the future verb far back in the clause
        ("The government will hand the remaining 14 hostages over to an international committee on Monday.", "Monday"),
        (
            "The rebels are expected to take the remaining captives across the river to the border town on Tuesday.",
            "Tuesday",
        ),
        # a plan or an expectation in the present passive, with no infinitive
        ("A second round of talks is planned for Friday.", "Friday"),
        ("A verdict is expected Thursday.", "Thursday"),
        ("Both foreign ministers are pencilled in for Saturday.", "Saturday"),
        # a timetable verb with a prefix
        ("The land border reopens on Monday, the ministry says.", "Monday"),
        ("The inquiry reconvenes Tuesday.", "Tuesday"),
        ("The cycling race gets under way on Saturday.", "Saturday"),
        ("The referendum goes ahead on Sunday despite the boycott.", "Sunday"),
    ],
)
def test_a_weekday_governed_by_a_verb_that_looks_ahead_lies_ahead(text: str, day: str) -> None:
    assert weekday_values(text) == [(day, AHEAD[day])]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # the plain past and the passive past
        ("Gunmen freed the two engineers on Monday.", "Monday"),
        ("The hostages were freed Monday, police said.", "Monday"),
        # a plan told in the past tense
        ("The freighter was due to dock on Monday but storms kept it at sea.", "Monday"),
        ("The envoys had planned to meet on Friday, but the talks were called off.", "Friday"),
        ("The report was expected to be released Tuesday but has been delayed.", "Tuesday"),
        ("The verdict had been expected Thursday.", "Thursday"),
        ("The debate was planned for Friday, but the speaker fell ill.", "Friday"),
        # an infinitive after a past verb
        ("The minister wanted to visit the camp on Tuesday but was turned back.", "Tuesday"),
        ("Riot police tried to stop the march on Saturday.", "Saturday"),
        # a past verb between a distant future and the day
        ("The envoy will meet the families of the seven fishermen who were released on Saturday.", "Saturday"),
        ("The hostages will be freed, a spokesman for the kidnappers told reporters on Monday.", "Monday"),
        ("The board voted Thursday to close the plant.", "Thursday"),
        ("The company agreed to pay the fine on Friday.", "Friday"),
        ("The senator decided on Monday to run again.", "Monday"),
        # a modal that tells the past, a refusal, and a past intention
        ("The pilot may have died on Sunday, the coroner says.", "Sunday"),
        ("The spokesman could not be reached Monday.", "Monday"),
        ("Divers could see the wreck from the surface on Sunday.", "Sunday"),
        ("The governor did not want to meet the strikers on Tuesday.", "Tuesday"),
        ("Farmers were preparing to leave the valley on Saturday when the dam broke.", "Saturday"),
        # a present progressive that is no arrangement: the day belongs to a past event
        ("Police are investigating a fire that destroyed a warehouse on Sunday.", "Sunday"),
    ],
)
def test_a_weekday_governed_by_a_past_verb_lies_back(text: str, day: str) -> None:
    assert weekday_values(text) == [(day, PAST[day])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two verbs joined: each weekday follows its own verb
        (
            "The decree was signed on Friday and takes effect on Monday.",
            [("Friday", PAST["Friday"]), ("Monday", AHEAD["Monday"])],
        ),
        (
            "The strike, which began on Monday, will end on Friday.",
            [("Monday", PAST["Monday"]), ("Friday", AHEAD["Friday"])],
        ),
        (
            "The refinery, which shut on Friday, reopens on Monday.",
            [("Friday", PAST["Friday"]), ("Monday", AHEAD["Monday"])],
        ),
        (
            "Lawmakers approved the bill on Tuesday and the president will sign it on Friday.",
            [("Tuesday", PAST["Tuesday"]), ("Friday", AHEAD["Friday"])],
        ),
    ],
)
def test_each_weekday_follows_its_own_verb(text: str, expected: list[tuple[str, str]]) -> None:
    assert weekday_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a month before the DCT's under a modal, an intention or a present plan is next year's
        ("The smelter may close in February.", "2032-02"),
        ("The bank is planning to cut jobs in February.", "2032-02"),
        ("Growers are likely to see lower prices in January.", "2032-01"),
        ("Tenants must leave the estate by February.", "2032-02"),
        # under a past verb, or a modal of the past, it is this year's
        ("The smelter closed in February.", "2031-02"),
        ("The smelter may have closed in February.", "2031-02"),
    ],
)
def test_a_month_follows_the_same_modality(text: str, expected: str) -> None:
    assert [t.value for t in tag(text, DCT)] == [expected]
