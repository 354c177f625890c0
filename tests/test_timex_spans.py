"""The temporal tagger's span and type decisions: which words are expressions, where they start and end."""

from __future__ import annotations

import datetime as dt

from timelinekg.nlp.timex import tag

DCT = dt.date(2003, 4, 16)  # a Wednesday


def spans(text: str, dct: dt.date = DCT, mode: str = "news") -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag(text, dct, mode)]


def test_every_alternative_of_a_rule_ends_on_a_word_boundary() -> None:
    # "quarterly" is an adjective, not "the first quarter" with a suffix
    assert spans("The shipper posted its first quarterly loss; the quarterly dividend was cut.") == []
    assert spans("Its fourth-quarterly report is due.") == []
    assert spans("Profit rose in the first quarter.") == [("the first quarter", "DATE", "2003-Q1")]
