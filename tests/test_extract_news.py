"""Event detection and dating on news in any wording: short articles written for these tests (no text from
the development corpora), one group per failure class of issue #12."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from timelinekg.graph.ingest import load_paths
from timelinekg.graph.sqlite import SQLiteStore
from timelinekg.loaders import LoadOptions
from timelinekg.nlp.extract import Article, extract_article
from timelinekg.schema.model import Event, Facts

pytest.importorskip("spacy")

D = dt.date
TUESDAY = D(2025, 3, 11)


def read(text: str, published: dt.date = TUESDAY) -> Facts:
    return extract_article(Article(text=text, origin="test.txt", title="Test", published=published))


def roles(facts: Facts, event: Event) -> dict[str, str]:
    by_id = {a.id: a.name for a in facts.actors}
    return {by_id[p.actor_id]: p.role for p in event.participants}


def kinds(facts: Facts) -> dict[str, str]:
    return {a.name: a.kind for a in facts.actors}


def only(facts: Facts, type: str) -> Event:
    found = [e for e in facts.events if e.type == type]
    assert len(found) == 1, [(e.type, e.label) for e in facts.events]
    return found[0]


# -- headline events in plain wording ------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "type", "agent", "day"),
    [
        ("The president signed the trade pact on Wednesday.", "diplomatic-cooperation", "president", D(2025, 3, 5)),
        ("On Saturday, tens of thousands of nurses marched through Madrid.", "protest", "nurses", D(2025, 3, 8)),
        ("Officers detained 14 protesters in Marseille on Sunday.", "coercion", "officers", D(2025, 3, 9)),
        ("On Monday, riot police arrested dozens of students in Santiago.", "coercion", "riot police", D(2025, 3, 10)),
        ("Ministers announced new sanctions on Iran on Monday.", "reduce-relations", "ministers", D(2025, 3, 10)),
        ("The two sides agreed to a ceasefire on Friday.", "yield", "sides", D(2025, 3, 7)),
        ("The finance minister resigned on Thursday.", "personnel", "finance minister", D(2025, 3, 6)),
        ("The mayor took the oath of office on Monday.", "personnel", "mayor", D(2025, 3, 10)),
    ],
)
def test_headline_events_are_found_with_unnamed_agents(text: str, type: str, agent: str, day: dt.date) -> None:
    facts = read(text)
    event = only(facts, type)
    assert agent in roles(facts, event)
    assert (event.earliest, event.latest) == (day, day)


def test_unnamed_groups_and_organisations_have_their_kinds() -> None:
    facts = read("Lawmakers voted to scrap the fuel tax after police detained thousands of farmers in Rome.")
    assert kinds(facts)["lawmakers"] == "group"
    assert kinds(facts)["police"] == "organisation"
    assert kinds(facts)["farmers"] == "group"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("A powerful 5.8 magnitude earthquake hit eastern Peru on Sunday.", "peru"),
        ("A fire destroyed a warehouse in Leeds.", "leeds"),
        ("Flooding killed 30 people in southern Brazil.", "brazil"),
    ],
)
def test_disasters_need_no_agent(text: str, place: str) -> None:
    event = only(read(text), "disaster")
    assert place in event.place_ids


# -- a trigger's type is decided in context ------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "type"),
    [
        ("The supreme court struck down the abortion ban.", "legal"),
        ("Rebels struck an army base near the border.", "attack"),
        ("Rebels launched dozens of drones at the capital overnight.", "attack"),
        ("North Korea launched a ballistic missile on Monday.", "attack"),
        ("Samsung launched a new phone on Monday.", "product-launch"),
        ("Authorities closed the airport in Oslo on Monday.", "other"),
        ("Ford Motor Company closed two factories in Ohio on Monday.", "business"),
        ("Thousands of teachers demonstrated outside parliament in Lisbon on Friday.", "protest"),
        ("Protesters clashed with police in Nairobi on Tuesday.", "protest"),
        ("Soldiers clashed with rebels near Goma.", "military"),
        ("Lawmakers approved the budget on Thursday.", "legal"),
        ("The airport closed on Sunday.", "other"),
    ],
)
def test_types_in_context(text: str, type: str) -> None:
    facts = read(text)
    assert [e.type for e in facts.events] == [type], [(e.type, e.label) for e in facts.events]


# -- an outlet's report is provenance ------------------------------------------------------------------------
def test_an_outlets_report_is_the_source_not_an_event() -> None:
    facts = read("Two officials told Reuters that rebels shelled the port on Sunday.")
    assert [e.type for e in facts.events] == ["attack"]
    assert "Reuters" not in kinds(facts)
    assert facts.events[0].attribute("reported_by") == "Reuters"


def test_the_associated_press_reporting_is_not_an_event() -> None:
    facts = read("The Associated Press reported that troops seized the airport in Goma on Sunday.")
    assert all(e.type != "statement" for e in facts.events)


# -- dates ---------------------------------------------------------------------------------------------------
def test_an_undated_past_event_is_bounded_by_its_report() -> None:
    event = only(read("The army criticised the report."), "disapproval")  # a denial is dated on publication, as "said"
    assert (event.earliest, event.latest, event.precision) == (None, TUESDAY, "reported")


def test_reported_speech_on_an_undated_occasion_is_not_stamped_with_the_report_day() -> None:
    event = only(read("During the campaign, the candidate said taxes would fall."), "statement")
    assert event.earliest is None and event.precision == "reported"


def test_a_day_later_counts_from_the_last_date_given_not_the_report() -> None:
    facts = read("Anna Berg said in 2024 that the plan was ready. Tom Wells said a day later that it was not.")
    [later] = [e for e in facts.events if "Tom Wells" in roles(facts, e)]
    assert later.precision != "day"  # a day after some day in 2024: no finer than that
    assert later.latest is not None and later.latest <= D(2025, 1, 1)


def test_a_comparison_does_not_date_a_second_event() -> None:
    facts = read(
        "Rebels shelled the city of Kharkiv on Monday. It was the heaviest shelling since the war began in 2022, "
        "residents said."
    )
    assert not [e for e in facts.events if e.earliest and e.earliest.year == 2022]
    assert len([e for e in facts.events if e.type == "attack"]) == 1


def test_a_weekday_in_the_past_is_the_most_recent_one() -> None:
    event = only(read("The mayor resigned on Monday.", published=D(2025, 3, 11)), "personnel")
    assert event.earliest == D(2025, 3, 10)
    event = only(read("The mayor resigned on Tuesday.", published=D(2025, 3, 11)), "personnel")
    assert event.earliest == D(2025, 3, 11)  # the report's own day


def test_early_hours_of_the_day_after_the_report_are_that_day_abroad() -> None:
    saturday = D(2025, 3, 8)
    early = only(read("The bridge collapsed at 3:30 a.m. on Sunday.", published=saturday), "disaster")
    assert early.earliest == D(2025, 3, 9)
    bare = only(read("Fire broke out at the plant in Turin on Sunday, killing two.", published=saturday), "disaster")
    assert bare.earliest == D(2025, 3, 2)  # no hour: the Sunday before


def test_a_speakers_other_statements_take_the_day_the_article_gives_for_that_speaker() -> None:
    # published Tuesday; the news is of Monday's hearing, and what else she said was said there
    facts = read(
        "Finance Minister Clara Voss said on Monday that the budget would be cut. "
        "Voss also said that pensions would not be touched. "
        "Later in the hearing, she told lawmakers the deficit was shrinking."
    )
    said = [e for e in facts.events if e.type == "statement" and "Clara Voss" in roles(facts, e)]
    assert said and all((e.earliest, e.latest) == (D(2025, 3, 10), D(2025, 3, 10)) for e in said)


def test_a_statement_long_before_the_report_does_not_date_the_speakers_news() -> None:
    facts = read("The governor promised in 2019 to build the dam. The governor said the work would begin soon.")
    assert not [e for e in facts.events if e.earliest and e.earliest.year == 2019 and "soon" in e.label]
    assert all(
        e.earliest is None or e.earliest.year != 2019
        for e in facts.events
        if e.type == "statement" and "work" in (e.mentions[0].quote or "")
    )


def test_a_dateline_is_not_the_day_the_news_is_of() -> None:
    # a dateline repeating the publication day, then news of the day before
    facts = read(
        "March 11, 2025\nThe port authority announced on Monday that the harbour would close. "
        "Captain Ruth Alder, a pilot, said the ships had already left.",
    )
    [said] = [e for e in facts.events if "Ruth Alder" in roles(facts, e)]
    assert said.precision != "day" or said.earliest == D(2025, 3, 10)


# -- bad input -----------------------------------------------------------------------------------------------
BAD = {
    "french.md": "Des milliers d'agriculteurs ont manifesté lundi à Paris contre la réforme. La police a arrêté "
    "vingt personnes près de l'Assemblée nationale. Le gouvernement a annoncé des mesures mardi.",
    "table.md": "| Party | Seats | Change |\n|---|---|---|\n| Blue | 120 | +4 |\n| Red | 98 | -7 |\n- one\n- two\n",
    "quotes.md": '"We will not back down."\n\n"This is a disgrace,"\n\n"Never again!"\n',
    "caps.md": "POLICE ARRESTED 20 PEOPLE IN LYON ON MONDAY AFTER THOUSANDS OF FARMERS PROTESTED.\n",
    "long.md": " and ".join(["the minister said that the council met in Rome"] * 300).capitalize() + ".\n",
    "good.md": "Police arrested 20 people in Lyon on Monday after thousands of farmers protested.\n",
}


def test_bad_input_loads_with_one_note_per_unreadable_file(tmp_path: Path) -> None:
    for name, body in BAD.items():
        (tmp_path / name).write_text(f"---\ntitle: {name}\npublished: 2025-03-11\n---\n{body}", encoding="utf-8")
    store = SQLiteStore(tmp_path / "bad.db")
    report = load_paths(store, sorted(tmp_path.glob("*.md")), LoadOptions())
    assert report.errors == []
    noted = sorted(Path(n.split(":")[0]).name for n in report.notices)
    assert noted == ["french.md", "quotes.md", "table.md"]
    assert all("nothing could be read" in n and "\n" not in n for n in report.notices)
    assert report.files == len(BAD)


def test_news_agencies_and_their_correspondents_are_sources() -> None:
    facts = read("Gunfire was heard in the capital on Monday, the Reuters and AFP news agencies reported.")
    assert all(e.type != "statement" for e in facts.events)
    facts = read("State media said rebels seized the airport in Goma on Sunday.")
    assert [e.type for e in facts.events] == ["military"]


def test_passive_arrests_without_an_agent_are_events() -> None:
    facts = read("Nine suspects were detained near the border, the ministry said.")
    assert [e.type for e in facts.events if e.type == "coercion"] == ["coercion"]


def test_condemnation_from_a_body_is_its_disapproval() -> None:
    facts = read("The coup drew swift condemnation from the African Union on Wednesday.")
    event = only(facts, "disapproval")
    assert roles(facts, event).get("African Union") == "agent"


def test_since_a_year_is_a_window_up_to_the_report() -> None:
    facts = read("Rebels have occupied the northern town since 2020, analysts said.")
    [occupied] = [e for e in facts.events if e.type != "statement"]
    assert (occupied.earliest, occupied.latest, occupied.precision) == (D(2020, 1, 1), TUESDAY, "unknown")


def test_a_trend_over_counted_places_is_no_event() -> None:
    # one verb for coups in four countries over years: none of them is an event of the story (issue #12)
    facts = read("Soldiers have seized power in four countries since 2020, analysts said.")
    assert not [e for e in facts.events if e.type == "coercion"], [(e.type, e.label) for e in facts.events]


def test_the_event_mentioned_again_joins_the_dated_one() -> None:
    facts = read(
        "A magnitude 6.2 earthquake struck western Peru on Sunday. Rescuers searched the rubble. "
        "The earthquake destroyed hundreds of homes in Arequipa."
    )
    assert len([e for e in facts.events if e.type == "disaster"]) == 1


@pytest.mark.parametrize(
    ("text", "bounds"),
    [
        (
            "Maria Lopez joined the board in 2001. Three years later Maria Lopez resigned.",
            (D(2004, 1, 1), D(2004, 12, 31), "year"),
        ),
        (
            "Omar Haddad resigned on March 3. Two days later Lena Fischer resigned.",
            (D(2025, 3, 5), D(2025, 3, 5), "day"),
        ),
    ],
)
def test_later_counts_from_the_date_before(text: str, bounds: tuple[dt.date, dt.date, str]) -> None:
    later = [e for e in read(text).events if e.type == "personnel"][-1]
    assert (later.earliest, later.latest, later.precision) == bounds


def test_a_numbered_recent_window_bounds_the_event() -> None:
    facts = read("Rebels have shelled the northern town in the last three years, analysts said.")
    [shelling] = [e for e in facts.events if e.type == "attack"]
    assert shelling.latest == TUESDAY and shelling.earliest is not None and shelling.earliest <= D(2022, 3, 12)


def test_a_bare_clock_time_in_a_next_day_article_spans_the_news_day() -> None:
    facts = read(
        "Voters chose a new parliament on Monday. Ines Duarte conceded defeat at 8.30pm in a speech in Lisbon.",
        published=TUESDAY,
    )
    [conceded] = [e for e in facts.events if "Ines Duarte" in roles(facts, e)]
    # the tagger puts a bare clock time in the sentence right after the event's day on that day (timex round twelve)
    assert (conceded.earliest, conceded.latest) == (D(2025, 3, 10), D(2025, 3, 10))


def test_a_quote_in_a_next_day_article_is_not_pinned_to_the_report_day() -> None:
    facts = read('The general was sworn in as president on Monday. "We will hold elections," said Ines Duarte.')
    [said] = [e for e in facts.events if e.type == "statement"]
    assert (said.earliest, said.latest) == (D(2025, 3, 10), TUESDAY)


def test_the_previous_election_is_another_one() -> None:
    facts = read("Farid Aziz won the election on Sunday. The previous election was marred by violence.")
    assert len({e.id for e in facts.events if e.type == "election"}) <= 2
    [won] = [e for e in facts.events if e.type == "election" and "Farid Aziz" in roles(facts, e)]
    assert len(won.mentions) == 1


def test_a_bare_clock_time_in_the_past_may_be_the_evening_before() -> None:
    facts = read("Ines Duarte conceded defeat at 8.30pm in a speech in Lisbon.")
    [conceded] = [e for e in facts.events if "Ines Duarte" in roles(facts, e)]
    assert (conceded.earliest, conceded.latest) == (D(2025, 3, 10), TUESDAY)


def test_what_weapons_were_aimed_at_is_the_target() -> None:
    facts = read("Iran launched drones at Israel on Saturday.")
    event = only(facts, "attack")
    assert roles(facts, event) == {"Iran": "agent", "Israel": "target"}


# -- planned events ------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("The Zephyr X2 from Halvard Labs is slated for a European release on March 28.", D(2025, 3, 28)),
        ("Nordvik Motors will open its new plant in Gdansk on April 3.", D(2025, 4, 3)),
        ("The Bremen city council is scheduled to vote on the budget on March 20.", D(2025, 3, 20)),
        ("The Rijksmuseum is set to reopen on May 1 after two years of repairs.", D(2025, 5, 1)),
    ],
)
def test_a_scheduled_event_with_a_date_is_kept_as_planned(text: str, day: dt.date) -> None:
    facts = read(text)
    planned = [e for e in facts.events if dict(e.attributes).get("planned")]
    assert [(e.earliest, e.latest) for e in planned] == [(day, day)], [(e.type, e.label) for e in facts.events]


@pytest.mark.parametrize(
    "text",
    [
        "Halvard Labs' Zephyr tablet will not be released on March 28.",  # negated
        "If the board agrees, Nordvik Motors will open the plant on April 3.",  # conditional
        "The Bremen city council could vote on the budget on March 20.",  # possible, not scheduled
        "The Rijksmuseum will reopen after two years of repairs.",  # no date: nothing to put on a timeline
        "Chancellor Olaf Brandt is not scheduled to meet the envoy on March 20.",
    ],
)
def test_negated_conditional_possible_or_undated_plans_are_not_events(text: str) -> None:
    facts = read(text)
    assert not [e for e in facts.events if dict(e.attributes).get("planned")], [(e.type, e.label) for e in facts.events]
    assert not [e for e in facts.events if e.earliest and e.earliest > TUESDAY]


def test_a_present_claim_about_an_old_agreement_is_made_now() -> None:
    # "claims" is said today; the year belongs to the agreement it talks about, not to the claim
    facts = read("Harbor Foods claims that its rival breaks an agreement reached between the two firms in 1998.")
    [claim] = [e for e in facts.events if "Harbor Foods" in roles(facts, e) and e.type == "statement"]
    assert (claim.earliest, claim.latest) == (TUESDAY, TUESDAY)


def test_a_planned_event_says_so_in_every_format() -> None:
    from timelinekg.queries.render import precision_text, when_text

    data = {
        "earliest": "2025-03-28",
        "latest": "2025-03-28",
        "precision": "day",
        "reported_by": None,
        "date_conflict": False,
        "attributes": {"planned": True},
    }
    assert "planned" in when_text(data) and "planned" in precision_text(data)


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            "In Ohio, a class-action lawsuit was filed against Norvex in March over claims of burns from "
            "Kettlepro heaters.",
            "Kettlepro",
        ),
        (
            "Velden Bank filed a suit against Arkon Systems on Friday over its purchase of Bramley Foods.",
            "Bramley Foods",
        ),
    ],
)
def test_what_a_dispute_is_over_is_its_subject(text: str, subject: str) -> None:
    facts = read(text)
    event = only(facts, "legal")
    assert roles(facts, event).get(subject) == "subject", roles(facts, event)


def test_a_product_named_in_passing_in_a_statement_is_not_what_it_is_about() -> None:
    facts = read(
        "Sony chief Ines Moreau said on Monday that the PlayStation 6 would be sold in a smaller box. "
        "Moreau also said on Monday that cloud saves would be built in to the Walkman seamlessly."
    )
    products = {a.name for a in facts.actors if a.kind == "product"}
    said = [roles(facts, e) for e in facts.events if e.type == "statement"]
    assert any("PlayStation 6" in r for r in said), (products, said)
    assert not any("Walkman" in r for r in said), (products, said)


def test_a_past_event_on_the_day_after_the_report_abroad_is_not_planned() -> None:
    early = only(read("The bridge collapsed at 3:30 a.m. on Sunday.", published=D(2025, 3, 8)), "disaster")
    assert early.earliest == D(2025, 3, 9) and not dict(early.attributes).get("planned")


# -- an article returning to its dated story without the date (issue #12: undated copies) -------------------
def dated_events(facts: Facts, type: str) -> list[Event]:
    return [e for e in facts.events if e.type == type]


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen stormed a wedding party in Kaduna on Saturday evening. "
        "Witnesses said the assailants fled on motorbikes. The attack on the wedding shocked the town. "
        "Police said militants attacked the guests with rifles.",
        "A road bridge collapsed in Porto Alegre on Monday morning, sending three cars into the river. "
        "Rescuers pulled two drivers from the water. The collapse of the bridge closed the main route north.",
        "Rebels shelled the port of Hodeidah on Sunday night. Residents said the shelling lasted two hours. "
        "Officials said the rebels shelled the port from the hills.",
    ],
)
def test_an_undated_report_of_the_articles_dated_event_joins_it(text: str) -> None:
    facts = read(text)
    kinds_found = {e.type for e in facts.events if e.type in ("attack", "disaster")}
    for type in kinds_found:
        nodes = dated_events(facts, type)
        assert len(nodes) == 1, [(e.label, e.earliest) for e in nodes]
        assert nodes[0].earliest is not None


def test_an_undated_report_of_another_place_stays_apart() -> None:
    facts = read(
        "Rebels shelled the port of Aden on Sunday night. "
        "Earlier, rebels shelled a market in Taiz, killing four people."
    )
    attacks = dated_events(facts, "attack")
    assert len(attacks) == 2, [(e.label, e.place_ids) for e in attacks]


def test_an_undated_attack_by_another_named_agent_stays_apart() -> None:
    facts = read(
        "Russia launched a wave of drones at Kyiv on Tuesday night. "
        "Ukraine has struck oil refineries in Russia with its own drones."
    )
    attacks = dated_events(facts, "attack")
    assert len(attacks) == 2, [(e.label, e.earliest) for e in attacks]


def load_articles(tmp_path: Path, articles: dict[str, tuple[str, str]]) -> list[Event]:
    """Load {file name: (publication day, text)} into one store; its events."""
    from timelinekg.graph.base import EventQuery

    for name, (day, body) in articles.items():
        (tmp_path / name).write_text(f"---\ntitle: {name}\npublished: {day}\n---\n{body}\n", encoding="utf-8")
    store = SQLiteStore(tmp_path / "news.db")
    report = load_paths(store, sorted(tmp_path.glob("*.md")), LoadOptions())
    assert report.errors == []
    return list(store.events(EventQuery()))


@pytest.mark.parametrize("order", ["dated first", "undated first"])
def test_headline_news_retold_undated_the_next_day_joins_the_dated_event(tmp_path: Path, order: str) -> None:
    dated = ("2025-03-09", "A fire destroyed a market in Mombasa on Sunday.")
    undated = (
        "2025-03-10",
        "Traders counted their losses after the fire destroyed the market in Mombasa, officials said.",
    )
    names = ("a.md", "b.md") if order == "dated first" else ("b.md", "a.md")
    events = load_articles(tmp_path, {names[0]: dated, names[1]: undated})
    fires = [e for e in events if e.type == "disaster"]
    assert len(fires) == 1, [(e.label, e.earliest, e.latest) for e in fires]
    assert fires[0].earliest == D(2025, 3, 9) and len(fires[0].source_ids) == 2
    assert any("undated report" in line for line in fires[0].attribute("merge_evidence", ()))


def test_an_undated_attack_a_month_later_is_not_the_dated_one(tmp_path: Path) -> None:
    events = load_articles(
        tmp_path,
        {
            "a.md": ("2025-02-02", "Rebels shelled the port of Aden on Sunday."),
            "b.md": ("2025-03-10", "Rebels shelled the port of Aden again, residents said."),
        },
    )
    assert len([e for e in events if e.type == "attack"]) == 2


def test_a_speaker_quoted_again_without_a_date_spoke_on_the_occasion_the_article_dates() -> None:
    facts = read(
        # (a curfew declared is the restriction put in force, coercion, not a statement: what they declared here
        # is words, so both acts are statements)
        "In a televised address on Sunday, the generals declared that the constitution was suspended. "
        "The bodies that the generals declared dissolved included the senate and the courts."
    )
    said = [e for e in facts.events if e.type in ("statement",) and "generals" in roles(facts, e)]
    assert len(said) == 2 and all(e.earliest == e.latest == D(2025, 3, 9) for e in said), [
        (e.label, e.earliest, e.latest) for e in said
    ]


def test_a_speaker_with_two_dated_statements_does_not_lend_either_date() -> None:
    facts = read(
        "The minister said on Friday that taxes would rise. On Monday the minister said the plan was delayed. "
        "The minister also warned that the deficit was growing."
    )
    [warning] = [e for e in facts.events if "warned" in e.label]
    assert warning.earliest not in (D(2025, 3, 7), D(2025, 3, 10)), (warning.earliest, warning.latest)


def test_an_article_telling_its_dated_massacre_twice_still_anchors_the_undated_attack() -> None:
    facts = read(
        "Gunmen killed 30 villagers in Zamfara on Friday night. "
        "Friday's massacre in the village was condemned across the country. "
        "Survivors said the attackers opened fire on the market without warning."
    )
    violent = [e for e in facts.events if e.type in ("attack", "mass-violence")]
    assert all(e.earliest is not None for e in violent), [(e.type, e.label, e.earliest) for e in violent]


def test_what_a_call_discussed_in_the_same_sentence_is_the_call() -> None:
    facts = read(
        "The chancellor called the Japanese prime minister on Monday. "
        "The chancellor has spoken with the prime minister and discussed trade tariffs."
    )
    assert [e.type for e in facts.events] == ["communication"], [(e.type, e.label) for e in facts.events]


def test_background_over_years_is_no_anchor_for_the_articles_story() -> None:
    facts = read(
        "Four other countries in the region have undergone coups in the last three years. "
        "The deposed president remains under house arrest."
    )
    arrests = [e for e in facts.events if e.type == "coercion" and "arrest" in e.label]
    assert all(e.earliest is None for e in arrests), [(e.label, e.earliest, e.latest) for e in facts.events]


def test_the_definite_coup_is_not_background_over_years() -> None:
    facts = read(
        "Three other countries in the region have undergone coups in the last three years. "
        "The regional bloc condemned the seizure of power."
    )
    background = [e for e in facts.events if e.type == "coercion" and e.earliest is not None]
    assert all(len(e.mentions) == 1 for e in background), [(e.label, len(e.mentions)) for e in background]


def test_a_definite_event_noun_naming_someone_else_is_not_the_dated_event() -> None:
    facts = read(
        "On Wednesday the junta appointed General Ana Ruiz as interim leader. "
        "Ruiz rose through the ranks after the dismissal of her mentor Carlos Vega."
    )
    appointment = next(e for e in facts.events if "appointed" in e.label)
    assert len(appointment.mentions) == 1, [m.quote for m in appointment.mentions]
