"""Events left open-dated that stay apart from the dated node of the same act (session 27, helper `dating30`), each
class told first in our own wording, about other countries, people and kinds of story than the probes' where it was
seen.

1. A gerund of means or a participle after a main clause whose day is known shares that day: "The ministry reacted on
   Monday by dismissing the director" (probe28's "Tunisia's culture ministry reacted the following Monday by
   suspending the museum's curator") and "On Wednesday her supporters took over the palace and blocked the highway,
   cutting the main road link" (probe28's Juchitán live blog: the conjunct is dated by the time put first, the
   participle hung on it was not).  The act was left open (None..report) and stayed apart from the same suspension or
   blockade told with its day.  Guards: "after"/"before"/"since" + gerund is another time, not the main clause's; a
   gerund under a verb with no day stays open.
2. A relative time counted from a relative time: "struck down the budget on March 3. The farmers answered the next
   morning ... riot police broke it up at dawn two days later" is two days after the next morning (March 6), not after
   the last date written out (probe28's "which on June 23 threw out the whole result. Matus's supporters answered the
   next morning ... broke it up at dawn two days later", one day early).  Guard: a date written out after the relative
   time is the one counted from ("The request went out the next day. A first flight on 14 July turned back. Two days
   later the crew landed": 16 July, as in probe25).
"""

from __future__ import annotations

import datetime as dt

from tests.extract_support import dated_events, dates_of

D = dt.date


# 1. a gerund of means, a participle of a dated conjunct


def test_gerund_of_means_after_a_weekday_shares_its_day() -> None:
    text = (
        "Thieves broke into the municipal library of Cuenca on the night of March 1. The regional government reacted "
        "on Monday by dismissing the library's director and two guards."
    )
    assert dates_of(text, D(2026, 3, 20), "dismissing") == (D(2026, 3, 16), D(2026, 3, 16))


def test_gerund_of_means_after_a_written_date_shares_its_day() -> None:
    text = "The union of dockworkers in Rotterdam responded on 4 May by calling a strike."
    assert dates_of(text, D(2026, 5, 10), "calling a strike") == (D(2026, 5, 4), D(2026, 5, 4))


def test_gerund_of_means_after_a_relative_day() -> None:
    text = (
        "A court in Accra annulled the contract on June 2. The mining company retaliated the following day by "
        "suspending all payments to the district."
    )
    assert dates_of(text, D(2026, 6, 20), "suspending") == (D(2026, 6, 3), D(2026, 6, 3))


def test_participle_of_a_conjunct_dated_by_the_time_put_first() -> None:
    text = (
        "On Thursday students occupied the rectorate in Belgrade and blocked the main boulevard, cutting traffic to "
        "the city centre."
    )
    assert dates_of(text, D(2026, 4, 13), "cutting") == (D(2026, 4, 9), D(2026, 4, 9))


def test_gerund_after_after_is_not_the_main_clauses_day() -> None:
    text = "The football federation of Chile fined the club on Monday after suspending its coach."
    found = [earliest for label, earliest, _ in dated_events(text, D(2026, 3, 20)) if label.startswith("suspending")]
    assert found and found[0] != D(2026, 3, 16)


def test_gerund_under_an_undated_verb_stays_open() -> None:
    text = "The union of hospital staff in Lyon responded by calling a strike."
    earliest, latest = dates_of(text, D(2026, 3, 20), "calling a strike")
    assert earliest is None or earliest != latest


# 2. a relative time counted from a relative time


def test_two_days_after_the_next_morning() -> None:
    text = (
        "The regional court in Kraków struck down the council's budget on March 3. The farmers answered the next "
        "morning by driving tractors into the main square. The blockade lasted until riot police broke it up at dawn "
        "two days later."
    )
    assert dates_of(text, D(2026, 3, 20), "broke it up") == (D(2026, 3, 6), D(2026, 3, 6))


def test_a_week_after_the_next_day() -> None:
    text = (
        "Border guards detained eleven migrants near Narva on 9 February. The next day a court in Tallinn charged "
        "them. A week later a judge freed them on bail."
    )
    assert dates_of(text, D(2026, 3, 1), "freed") == (D(2026, 2, 17), D(2026, 2, 17))


def test_a_date_written_after_the_relative_time_is_counted_from() -> None:
    text = (
        "The climber fell near the summit on 12 July. The rescue request went to the air force the next day. A first "
        "helicopter sortie on 14 July turned back in fog. Two days later the same crew landed beside the camp."
    )
    assert dates_of(text, D(2026, 7, 27), "landed") == (D(2026, 7, 16), D(2026, 7, 16))


def test_a_new_episode_with_its_own_date_is_counted_from_that_date() -> None:
    text = (
        "Rebels seized the border post at Kidal on 4 June. The next day the army shelled the post. On 19 June the "
        "government signed a ceasefire with the rebels. Two days later the rebels withdrew from the post."
    )
    assert dates_of(text, D(2026, 7, 1), "withdrew") == (D(2026, 6, 21), D(2026, 6, 21))
