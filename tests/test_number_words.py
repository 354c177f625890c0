"""The one table of English number words that the tagger, dating and merging share."""

from timelinekg.nlp.timex import lexicon
from timelinekg.schema.number_words import CARDINAL_WORDS, ORDINAL_WORDS


def test_every_compound_ordinal_is_written_with_its_hyphen() -> None:
    assert ORDINAL_WORDS["twenty-first"] == 21
    assert ORDINAL_WORDS["forty-fifth"] == 45
    assert ORDINAL_WORDS["ninety-ninth"] == 99
    assert ORDINAL_WORDS["hundredth"] == 100


def test_tens_and_teens_read_as_their_numbers() -> None:
    assert CARDINAL_WORDS["seventeen"] == 17
    assert CARDINAL_WORDS["sixty"] == 60
    assert ORDINAL_WORDS["thirteenth"] == 13
    assert ORDINAL_WORDS["seventieth"] == 70


def test_the_taggers_day_ordinals_stop_at_the_thirty_first_and_keep_last() -> None:
    assert max(lexicon.ORDINALS.values()) == 31
    assert lexicon.ORDINALS["last"] == -1
    assert "fortieth" not in lexicon.ORDINALS


def test_the_taggers_cardinals_keep_their_phrases() -> None:
    assert lexicon.CARDINALS["a dozen"] == 12
    assert lexicon.CARDINALS["ninety"] == 90


def test_an_anniversary_written_as_a_compound_or_teen_ordinal_dates_the_event_it_remembers() -> None:
    # dating reads the same table: before it, "twenty-third" and "thirteenth" were no ordinals
    import datetime as dt

    from tests.test_probe4_classes import read

    sunday = dt.date(2026, 5, 17)
    for text, year in (
        ("Veterans laid wreaths on Saturday on the twenty-third anniversary of the invasion.", 2003),
        ("Families gathered on Friday for the thirteenth anniversary of the mine explosion.", 2013),
    ):
        found = [e for e in read(text, sunday).events if "anniversary" not in e.label.lower()]
        assert found, text
        assert all(e.earliest is not None and e.earliest.year == year for e in found), text
