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


def test_irregular_plural_units_are_vague_durations() -> None:
    assert spans("The valley was farmed for centuries.") == [("centuries", "DURATION", "PXCE")]
    assert spans("Salt was traded there for millennia.") == [("millennia", "DURATION", "PXML")]
    # an abbreviation of one unit is no bare plural
    assert spans("The clerk waited for hr and min.") == []


def test_the_latest_unit_is_the_last_complete_one() -> None:
    assert spans("Sales reached $2 billion in the latest fiscal year.", dt.date(1989, 10, 26)) == [
        ("the latest fiscal year", "DATE", "1988")
    ]


def test_the_second_day_of_a_pair_written_with_one_month() -> None:
    assert spans("Leaders meet on June 11 and 12 in Oslo.") == [
        ("June 11", "DATE", "2003-06-11"),
        ("12", "DATE", "2003-06-12"),
    ]
    assert spans("The fair ran 3 to 5 October 2002.") == [
        ("3", "DATE", "2002-10-03"),
        ("5 October 2002", "DATE", "2002-10-05"),
    ]
    # a count after a date is no day: it is smaller than the day, or a quantity follows
    assert spans("On May 9 and 2 others were hurt; on May 9 and 12 percent fell.") == [
        ("May 9", "DATE", "2002-05-09"),
        ("May 9", "DATE", "2002-05-09"),
    ]


def test_a_short_range_end_is_a_year() -> None:
    assert spans("Output fell in 1995-96 and again in 1999-00.") == [
        ("1995", "DATE", "1995"),
        ("96", "DATE", "1996"),
        ("1999", "DATE", "1999"),
        ("00", "DATE", "2000"),
    ]
    # a year and a month, or a group of a longer number, are no range
    assert spans("Filed as 1998-03; serial 555-1998-99.") == [("1998", "DATE", "1998")]
    # the end of a range does not move a narrative's story year
    found = spans("The siege lasted from 1915-16. In March the relief failed.", mode="narrative")
    assert found[-1] == ("March", "DATE", "1915-03")


def test_an_article_before_a_length_used_as_an_adjective_stays_outside() -> None:
    assert spans("Shares hit a five year low after a two day rally.") == [
        ("five year", "DURATION", "P5Y"),
        ("two day", "DURATION", "P2D"),
    ]
    assert spans("Miners ended a month-long strike and the year-long talks; a months-long siege began.") == [
        ("month-long", "DURATION", "P1M"),
        ("year-long", "DURATION", "P1Y"),
        ("months-long", "DURATION", "PXM"),
    ]
    # a length that is the noun keeps its article
    assert spans("The band played the two days of the fair and stayed for a year.") == [
        ("the two days", "DURATION", "P2D"),
        ("a year", "DURATION", "P1Y"),
    ]


def test_counted_kinds_of_day_are_days() -> None:
    assert spans("Eight trading days after the crash, the index recovered; pay within ten business days.") == [
        ("Eight trading days", "DURATION", "P8D"),
        ("ten business days", "DURATION", "P10D"),
    ]


def test_news_leaves_just_only_about_outside_narratives_keep_them() -> None:
    text = "The crew had only 14 days left and rested about five hours, just a week after the storm."
    assert [(t.text, t.mod) for t in tag(text, DCT)] == [
        ("14 days", None),
        ("five hours", "APPROX"),
        ("a week", None),
    ]
    assert [t.text for t in tag(text, DCT, "narrative")] == ["only 14 days", "about five hours", "just a week after"]


def test_news_leaves_after_and_before_outside_the_length() -> None:
    found = tag("Rebels struck 13 days after the vote, the day before the talks.", DCT)
    assert [(t.text, t.value, t.relation) for t in found] == [
        ("13 days", "P13D", "after"),
        ("the day", "2003-04-15", None),
    ]
    # "ago" and "earlier" belong to the expression; narratives keep "after" too
    assert [t.text for t in tag("It fell two years ago and rose a year earlier.", DCT)] == [
        "two years ago",
        "a year earlier",
    ]
    assert [t.text for t in tag("Rebels struck 13 days after the vote.", DCT, "narrative")] == ["13 days after"]


def test_an_article_before_a_hyphenated_quarter_adjective_stays_outside() -> None:
    found = spans("A factor in the third-quarter loss was weak demand in the fourth quarter.", dt.date(1989, 10, 30))
    assert found == [("third-quarter", "DATE", "1989-Q3"), ("the fourth quarter", "DATE", "1989-Q4")]


def test_march_the_procession_and_month_ranges() -> None:
    text = "Mothers led the March of the Mothers; the March to the sea ended. The March figures were weak."
    assert spans(text) == [("March", "DATE", "2003-03")]
    # a verb "may" next to a month range is still the month
    assert [t.text for t in tag("Islands were shelled (May-August 1950), and rain may fall.", DCT, "narrative")] == [
        "May",
        "August 1950",
    ]


def test_a_length_noun_joins_its_adjectival_length() -> None:
    assert spans("Rates rose over a three-year period; she won a one-year term.") == [
        ("a three-year period", "DURATION", "P3Y"),
        ("a one-year term", "DURATION", "P1Y"),
    ]
    assert [(t.text, t.mod) for t in tag("Talks lasted over a year.", DCT)] == [("over a year", "MORE_THAN")]


def test_news_leaves_the_of_a_bare_plural_unit_outside() -> None:
    text = "Police watched the house in the weeks before the raid."
    assert [t.text for t in tag(text, DCT)] == ["weeks"]
    assert [t.text for t in tag(text, DCT, "narrative")] == ["the weeks before"]
    # a counted or qualified plural keeps it
    assert [t.text for t in tag("Prices rose in the past weeks and the two years.", DCT)] == [
        "the past weeks",
        "the two years",
    ]


def test_a_hedge_after_an_expression_is_part_of_it() -> None:
    found = tag("Rates may hold for the next year or so; the plant runs through 2010 or later.", DCT)
    assert [(t.text, t.value, t.mod) for t in found] == [
        ("the next year or so", "2004", "APPROX"),
        ("2010 or later", "2010", "ON_OR_AFTER"),
    ]


def test_circa_is_part_of_the_year() -> None:
    found = tag("The temple was built ca. 466 BC and rebuilt circa 1200.", DCT, "narrative")
    assert [(t.text, t.value, t.mod) for t in found] == [
        ("ca. 466 BC", "BC0466", "APPROX"),
        ("circa 1200", "1200", "APPROX"),
    ]


def test_a_rate_after_an_amount_is_left_to_the_learned_counts() -> None:
    # news annotators leave most rates untagged (learned_words.tsv "NUMBER a UNIT"); narratives mark them
    assert spans("The stock pays a dividend of $2.10 a year.") == []
    assert spans("Ferries will run six sailings a week from Dover.") == []
    assert spans("Rooms cost $80 a night at the inn.") == []
    assert spans("Raids averaged 40 a day in the valley.", mode="narrative") == [("a day", "SET", "P1D")]
    # a length that only looks like a rate stays one
    assert spans("Prices rose 4% a year earlier.", dt.date(1999, 5, 3)) == [("a year earlier", "DATE", "1998")]
    assert spans("She waited a year for the verdict.") == [("a year", "DURATION", "P1Y")]


def test_a_reference_word_before_any_plural_unit() -> None:
    assert spans("Margins narrowed in recent quarters.") == [("recent quarters", "DURATION", "PXQ")]
    assert spans("Losses will shrink in future quarters.") == [("future quarters", "DATE", "FUTURE_REF")]
    assert spans("Demand may ease in coming decades.")[0][0] == "coming decades"


def test_a_weekday_part_in_the_plural_recurs() -> None:
    assert spans("The ferry sails on Tuesday nights.") == [("Tuesday nights", "SET", "XXXX-WXX-2TNI")]
    assert spans("The club meets Sunday mornings at ten.")[0] == ("Sunday mornings", "SET", "XXXX-WXX-7TMO")


def test_a_frequency_is_a_set_of_its_period() -> None:
    assert spans("The council meets twice a month.") == [("twice a month", "SET", "P1M")]
    assert spans("Buses stop there three times a day.") == [("three times a day", "SET", "P1D")]
    assert spans("He flies home once every two weeks.") == [("once every two weeks", "SET", "P2W")]
    # "once" alone is no frequency
    assert spans("Polly Peck, once a small wholesaler, grew fast.") == []


def test_every_named_season_or_month_and_every_few_units() -> None:
    assert spans("Floods return each spring.") == [("each spring", "SET", "XXXX-SP")]
    assert spans("The fair opens every September.") == [("every September", "SET", "XXXX-09")]
    assert spans("The treaty is reviewed every few years.") == [("every few years", "SET", "PXY")]


def test_a_count_of_quarters_is_a_length_but_a_fraction_is_not() -> None:
    assert spans("Sales fell for six consecutive quarters.") == [("six consecutive quarters", "DURATION", "P6Q")]
    assert spans("Three quarters of the members voted.") == []
    assert spans("A quarter of the shares changed hands.") == []


def test_a_hedged_article_length() -> None:
    # "nearly a year" is a year, less than it
    found = tag("The talks dragged on for nearly a year.", DCT)
    assert [(t.text, t.value, t.mod) for t in found] == [("nearly a year", "P1Y", "LESS_THAN")]


def test_an_hour_placed_by_the_part_of_the_day() -> None:
    assert spans("The convoy will leave at 4 in the morning.") == [("4 in the morning", "TIME", "2003-04-16T04:00")]
    assert spans("We met at 2:30 in the afternoon.") == [("2:30 in the afternoon", "TIME", "2003-04-16T14:30")]
    assert spans("The bell rang at ten o'clock at night.") == [("ten o'clock at night", "TIME", "2003-04-16T22:00")]
    # a bare number needs a word that takes a time
    assert [t for t, _, _ in spans("Read page 3 in the morning edition.")] == ["the morning"]


def test_a_clock_time_after_a_named_day_is_on_that_day() -> None:
    # "set for" schedules ahead: the coming Tuesday
    assert spans("The vote is set for Tuesday at 8 p.m.") == [
        ("Tuesday", "DATE", "2003-04-22"),
        ("8 p.m.", "TIME", "2003-04-22T20:00"),
    ]
    assert spans("Police arrived on March 3, at about 2:30 p.m.")[1] == ("2:30 p.m.", "TIME", "2003-03-03T14:30")


def test_early_and_late_belong_to_a_weekday_part() -> None:
    found = tag("The storm hit late Tuesday night.", DCT)
    assert [(t.text, t.value, t.mod) for t in found] == [("late Tuesday night", "2003-04-15", "END")]


def test_a_quarter_or_half_century_is_a_length() -> None:
    assert spans("Prices are the lowest in the last quarter century.") == [
        ("the last quarter century", "DURATION", "P25Y")
    ]
    assert spans("The party ruled for a half-century.") == [("a half-century", "DURATION", "P50Y")]


def test_this_past_weekend_is_the_weekend_before() -> None:
    assert spans("Storms hit the coast this past weekend.") == [("this past weekend", "DATE", "2003-W15-WE")]


def test_an_ordinal_week_of_a_month_is_one_week() -> None:
    found = tag("Talks resume in the first week of March 2003.", DCT)
    assert [(t.text, t.value, t.earliest) for t in found] == [
        ("the first week of March 2003", "2003-W10", dt.date(2003, 3, 3))
    ]
    assert spans("Ballots are due the third week of next month.") == [
        ("the third week of next month", "DATE", "2003-W20")
    ]


def test_the_last_century_is_the_one_before() -> None:
    assert spans("Cities grew fast in the last century.") == [("the last century", "DATE", "19")]


def test_spoken_thousands() -> None:
    assert spans("The approach of the year two thousand alarmed them.") == [("the year two thousand", "DATE", "2000")]
    assert spans("The guild kept its secrets for more than two thousand years.") == [
        ("more than two thousand years", "DURATION", "P2000Y")
    ]
    assert spans("Two thousand people marched.") == []


def test_early_or_late_joins_a_relative_day() -> None:
    found = tag("Officials were not available late yesterday.", DCT)
    assert [(t.text, t.value, t.mod) for t in found] == [("late yesterday", "2003-04-15", "END")]


def test_a_named_day_is_not_the_nearest_weekday() -> None:
    assert spans("Prices have not recovered since Black Monday.") == []
    # Good Friday is its own day, counted from Easter (2003: 18 April), not a Friday near the DCT (session 31)
    assert spans("Shops close on Good Friday.") == [("Good Friday", "DATE", "2003-04-18")]
    assert spans("Shops closed on Good Friday.") == [("Good Friday", "DATE", "2002-03-29")]
    assert spans("Prices fell Monday.") == [("Monday", "DATE", "2003-04-14")]


def test_the_parts_of_one_length_join() -> None:
    assert spans("He spent two years and three months in jail.") == [
        ("two years and three months", "DURATION", "P2Y3M")
    ]
    assert spans("The flight took 3 hours and 20 minutes.") == [("3 hours and 20 minutes", "DURATION", "PT3H20M")]
    # a larger unit after a smaller one, or a choice, is two lengths
    assert [t for t, _, _ in spans("Shifts of two days and three years of training.")] == ["two days", "three years"]


def test_a_unit_long_adjective_is_one_unit() -> None:
    assert spans("The minister ended a weeklong visit.") == [("weeklong", "DURATION", "P1W")]


def test_business_periods() -> None:
    dct = dt.date(2009, 4, 16)
    assert spans("Sales fell in H2 2008.", dct) == [("H2 2008", "DATE", "2008-H2")]
    assert spans("Profit will rise this financial year.", dct) == [("this financial year", "DATE", "2009")]
    found = tag("Debt should peak by end-2009.", dct)
    assert [(t.text, t.value, t.mod) for t in found] == [("end-2009", "2009", "END")]


def test_idioms_that_look_like_times() -> None:
    assert spans("For Poland, high noon comes today.")[0][0] == "today"
    assert spans("The quarter-to-quarter comparison improved.") == []


def test_a_bare_plural_unit_coordinated_with_a_vague_one_joins_it_in_news() -> None:
    # "recent weeks and months" is one expression (tbaq dev part 1 of 1); a counted length keeps its own span
    assert spans("Freight rates in recent days and weeks have doubled.") == [
        ("recent days and weeks", "DURATION", "PXD")
    ]
    assert spans("Talks dragged on for two years and months of appeals followed.") == [
        ("two years", "DURATION", "P2Y"),
        ("months", "DURATION", "PXM"),
    ]
    # narratives keep the parts apart
    assert len(spans("Freight rates in recent days and weeks have doubled.", mode="narrative")) == 2


def test_a_year_back_length_is_one_expression() -> None:
    # "the year-earlier nine months" is one length (tbaq dev part 1 of 1), not a year-ago date and a length
    text = "Revenue for the nine months rose 8%; the year-ago nine months included a charge."
    assert spans(text)[-1] == ("the year-ago nine months", "DURATION", "P9M")
    assert spans("Costs in the comparable year-earlier six weeks fell.") == [
        ("the comparable year-earlier six weeks", "DURATION", "P6W")
    ]


def test_a_capitalised_time_word_inside_a_sentence_is_part_of_a_name() -> None:
    # newspapers and programmes: the capital inside a sentence marks the name (tbaq dev part 0 of 2 marked)
    text = "The minister told Gulf Daily that talks resume Friday, and repeated it on the Breakfast Today programme."
    assert spans(text) == [("Friday", "DATE", "2003-04-11")]
    assert spans('Asked on ABC\'s "This Week," the envoy said nothing had changed.') == []
    # at a sentence's or a line's start the capital says nothing
    assert spans("Today the depot reopened.") == [("Today", "DATE", "2003-04-16")]
    assert spans("Lagos, April 16, 2003\nYesterday , the depot reopened.") == [
        ("April 16, 2003", "DATE", "2003-04-16"),
        ("Yesterday", "DATE", "2003-04-15"),
    ]


def test_a_weekday_naming_a_newspaper_is_no_date() -> None:
    assert spans("The Sunday Telegraph reported on Monday that the mine would close.") == [
        ("Monday", "DATE", "2003-04-14")
    ]
    assert spans("A columnist in the Mail on Sunday disagreed.") == []


def test_a_headline_keeps_its_capitalised_time_words() -> None:
    text = "Dockers Return To Work Today After Long Strike\n\nThe dockers went back to work today."
    assert [found for found, _, _ in spans(text)] == ["Today", "today"]
