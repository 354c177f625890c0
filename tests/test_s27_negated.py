"""Acts denied by their subject (session 27, the lead): "None of the three had been retracted when we went to press"
(probe28, a statement node), "No one was arrested", "Neither minister resigned", "None of the hostages were freed":
a subject that denies the act tells, as "not" does, that it did not happen, yet each became an event.  Own
sentences of other stories; the guards keep "No fewer than 40 people were arrested", "None other than the governor
signed", and the real act beside a denied one."""

from __future__ import annotations

import datetime as dt

import pytest

from timelinekg.nlp.extract import Article, extract_article


def _labels(text: str) -> list[str]:
    facts = extract_article(Article(text=text, origin="t.txt", title="T", published=dt.date(2026, 6, 26)))
    return [event.label for event in facts.events]


@pytest.mark.parametrize(
    ("text", "denied"),
    [
        ("No one was arrested after the clashes in Tbilisi on Sunday.", "arrested"),
        ("Neither party signed the ceasefire agreement in Doha on Monday.", "signed"),
        ("None of the kidnapped teachers has been released, the governor of Zamfara said.", "released"),
        ("Nobody was charged over the collapse of the Genoa viaduct.", "charged"),
        ("No shots were fired when troops entered the town of Goma on Tuesday.", "fired"),
        ("None of the four papers had been retracted by the journal when we went to press.", "retracted"),
    ],
)
def test_an_act_denied_by_its_subject_is_no_event(text: str, denied: str) -> None:
    assert not [label for label in _labels(text) if denied in label]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("No fewer than 40 people were arrested in Dakar on Friday.", "arrested"),
        ("None other than the governor signed the decree on Thursday.", "signed"),
        ("Nobody has claimed the bombing that killed 12 people in Quetta on Monday.", "killed"),
        ("None of the 300 passengers was hurt when the ferry ran aground off Crete on Sunday.", "ran aground"),
    ],
)
def test_a_real_act_beside_a_denying_word_stays(text: str, kept: str) -> None:
    assert [label for label in _labels(text) if kept in label]
