"""A text with no full stop for thousands of words (a transcript, a hostile file) is cut into sentences of
bounded length, so that extraction time grows with the text, not with the square of its longest sentence."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from timelinekg.nlp.extract.nlp import RUN_ON_TOKENS, pipeline

CLAUSE = "the council said the mayor opened the new clinic in the harbour district on Friday"


@pytest.mark.parametrize("joiner", [" and ", ", ", " "])
def test_a_run_on_text_is_cut_into_bounded_sentences(joiner: str) -> None:
    doc = pipeline()(joiner.join([CLAUSE] * 120) + ".")
    assert max(len(sentence) for sentence in doc.sents) <= RUN_ON_TOKENS + 1


def test_a_cut_falls_after_a_conjunction_when_there_is_one() -> None:
    doc = pipeline()(" and ".join([CLAUSE] * 40) + ".")
    starts = [sentence[0] for sentence in doc.sents][1:]
    assert starts and all(doc[token.i - 1].lower_ in {"and", ","} for token in starts)


def test_ordinary_long_sentences_are_left_to_the_parser() -> None:
    text = (
        "The finance minister, who had promised on Monday that no bank would fail, said on Tuesday that the "
        "government would take a majority stake in the country's second-largest lender, which had lost most "
        "of its deposits in a week of withdrawals, and would replace its board, its chief executive and its "
        "auditors before the markets opened on Wednesday morning."
    )
    assert len(list(pipeline()(text).sents)) == 1
