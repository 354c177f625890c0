"""The timeline page: one offline HTML file whose data is the `between` JSON, drawn in a real browser.

The browser tests open the page in headless Chromium (the `chromium` fixture of the Neo4j Browser test).
``TIMELINEKG_UPDATE_DOCS=1 pytest tests/test_timeline.py`` also refreshes ``docs/timeline.png``, the README's
picture; otherwise the screenshot goes to the test's temporary folder.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import os
import re
import shutil
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner

from tests.conftest import REPO, SEED_DIR, SEED_FACTS
from tests.test_neo4j_browser import chromium  # noqa: F401  (a fixture)
from timelinekg.cli import cli
from timelinekg.exporters.timeline import DATA_ELEMENT_ID, SOURCES_ELEMENT_ID, render_page
from timelinekg.graph.base import Store
from timelinekg.graph.ingest import ingest
from timelinekg.graph.sqlite import SQLiteStore
from timelinekg.loaders.facts import read_fact_file
from timelinekg.queries import EventView, between, resolve
from timelinekg.schema.dates import DateRange, parse_day
from timelinekg.schema.model import Actor, Event, Mention, Participation, Source

SCREENSHOT = REPO / "docs" / "timeline.png"
WAIT_S = 20

# The seed's must-have events (../shared/data/seed/trump-putin-call.gold.json): id, the gold date bounds,
# and a quote the panel must show.
MUST = [
    ("election", "2024-11-05", "2024-11-05", "On the campaign trail ahead of the November 5 election"),
    ("trump-putin-call", "2024-11-07", "2024-11-07", "The Post said Trump took the call in Florida on November 7"),
    ("russian-drone-attack", "2024-11-09", "2024-11-10", "Zelenskiy said Russia had fired 145 drones at Ukraine"),
    ("ukrainian-drones-moscow", "2024-11-09", "2024-11-10", "Ukraine also launched dozens of drones targeting"),
]

HOSTILE_LABEL = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2"> O\'Neil \\ "quoted"'
HOSTILE_ACTOR = 'Владимир </script><script>window.__pwned = 3</script> "Vova" \\'
HOSTILE_QUOTE = "</script><!-- <script>window.__pwned = 4</script> 習近平 مرحبا \u2028 end & <b>bold</b>"
HOSTILE_PLACE = "<b>Київ</b> & Kyiv"
HOSTILE_URL = "javascript:window.__pwned = 5"


# ---- helpers ----


def seed_store(path: Path) -> SQLiteStore:
    store = SQLiteStore(path)
    ingest(store, read_fact_file(SEED_FACTS))
    return store


def between_records(store: Store, start: str, end: str, **filters: Any) -> list[dict[str, Any]]:
    return [view.as_json() for view in resolve(store, list(between(store, DateRange.parse(start, end), **filters)))]


def seed_page(store: Store, **options: Any) -> str:
    views = resolve(store, list(between(store, DateRange.parse("2024-11-01", "2024-11-12"))))
    return render_page(views, start=parse_day("2024-11-01"), end=parse_day("2024-11-12"), **options)


def write_seed_page(folder: Path, name: str, **options: Any) -> Path:
    """The seed's curated facts, 1..12 November 2024, as a page file."""
    store = seed_store(folder / f"{name}.db")
    try:
        path = folder / f"{name}.html"
        path.write_text(seed_page(store, **options), encoding="utf-8")
    finally:
        store.close()
    return path


def data_text(page: str, element_id: str = DATA_ELEMENT_ID) -> str:
    found = re.search(rf'<script type="application/json" id="{element_id}">(.*?)</script>', page, re.S)
    assert found, f"the page has no {element_id} element"
    return found.group(1)


def page_data(page: str) -> dict[str, Any]:
    """The page's data: the events' element and the sources' element together."""
    data: dict[str, Any] = {}
    for element_id in (DATA_ELEMENT_ID, SOURCES_ELEMENT_ID):
        part = json.loads(data_text(page, element_id))
        if "deflate" in part:
            part = json.loads(zlib.decompress(base64.b64decode(part["deflate"])))
        data.update(part)
    return data


def rows(table: dict[str, Any]) -> list[dict[str, Any]]:
    """A table of the page's data as rows, reading its columns as the page does."""
    length = table["length"]

    def column(spec: Any) -> list[Any]:
        if isinstance(spec, list):
            return spec
        if "constant" in spec:
            return [spec["constant"]] * length
        return [spec["values"][code] for code in spec["codes"]]

    columns = {key: column(spec) for key, spec in table["columns"].items()}
    return [{key: values[i] for key, values in columns.items()} for i in range(length)]


def expand(document: dict[str, Any]) -> list[dict[str, Any]]:
    """The `between` records back from the page's data."""
    actors, places, sources = rows(document["actors"]), rows(document["places"]), rows(document["sources"])
    participants = iter(rows(document["participants"]))
    event_places = iter(rows(document["event_places"]))
    mentions = iter(rows(document["mentions"]))
    records = []
    for event in rows(document["events"]):
        taken = [next(participants) for _ in range(event["actors"])]
        event["actors"] = [{**actors[p["actor"]], "role": p["role"]} for p in taken]
        event["places"] = [places[next(event_places)["place"]] for _ in range(event["places"])]
        quoted = [next(mentions) for _ in range(event["sources"])]
        event["sources"] = [{**sources[m["source"]], **{k: v for k, v in m.items() if k != "source"}} for m in quoted]
        records.append(event)
    return records


def hostile_facts(folder: Path) -> Path:
    facts = {
        "sources": [
            {"title": HOSTILE_LABEL, "publisher": HOSTILE_ACTOR, "published": "2024-11-08", "url": HOSTILE_URL}
        ],
        "actors": [{"name": HOSTILE_ACTOR, "kind": "person"}, {"name": "Ordinary Actor", "kind": "person"}],
        "places": [{"name": HOSTILE_PLACE, "kind": "city"}],
        "events": [
            {
                "id": "hostile",
                "type": "statement",
                "label": HOSTILE_LABEL,
                "date": "2024-11-07",
                "actors": [{"name": HOSTILE_ACTOR, "role": "agent"}, {"name": "Ordinary Actor", "role": "recipient"}],
                "places": [HOSTILE_PLACE],
                "evidence": [HOSTILE_QUOTE],
            }
        ],
    }
    path = folder / "hostile.yaml"
    path.write_text(yaml.safe_dump(facts, allow_unicode=True), encoding="utf-8")
    return path


# ---- the page's data and the command, without a browser ----


def test_the_page_data_is_the_between_json(tmp_path: Path) -> None:
    store = seed_store(tmp_path / "seed.db")
    try:
        records = between_records(store, "2024-11-01", "2024-11-12")
        page = seed_page(store)
    finally:
        store.close()
    assert len(records) >= 8
    document = page_data(page)
    assert document["format"] == "timelinekg-timeline/1"
    assert document["meta"]["start"] == "2024-11-01" and document["meta"]["end"] == "2024-11-12"
    assert expand(document) == records


def test_every_store_gives_the_page_its_between_json(store: Store) -> None:
    ingest(store, read_fact_file(SEED_FACTS))
    records = between_records(store, "2024-11", "2024-11", actor="Donald Trump")
    views = resolve(store, list(between(store, DateRange.parse("2024-11", "2024-11"), actor="Donald Trump")))
    page = render_page(views, start=parse_day("2024-11-01"), end=parse_day("2024-11-30"))
    assert expand(page_data(page)) == records
    assert {"election", "trump-putin-call"} <= {r["id"] for r in records}


def test_large_pages_carry_the_same_data_deflated(tmp_path: Path) -> None:
    store = seed_store(tmp_path / "seed.db")
    try:
        plain, deflated = seed_page(store), seed_page(store, deflate_above=0)
    finally:
        store.close()
    for element_id in (DATA_ELEMENT_ID, SOURCES_ELEMENT_ID):
        assert "deflate" not in json.loads(data_text(plain, element_id))
        assert "deflate" in json.loads(data_text(deflated, element_id))
    assert page_data(deflated) == page_data(plain)


def test_the_data_element_cannot_be_ended_by_the_data(tmp_path: Path) -> None:
    store = SQLiteStore(tmp_path / "hostile.db")
    try:
        ingest(store, read_fact_file(hostile_facts(tmp_path)))
        page = seed_page(store)
    finally:
        store.close()
    for text in (data_text(page), data_text(page, SOURCES_ELEMENT_ID)):
        for character in ("<", ">", "&", "\u2028", "\u2029"):
            assert character not in text
    assert page.count("<script") == 3  # the events, the sources and the renderer: nothing from the data
    event = expand(page_data(page))[0]
    assert event["label"] == HOSTILE_LABEL
    assert event["sources"][0]["quote"] == HOSTILE_QUOTE


def test_the_page_asks_no_other_host_for_anything(tmp_path: Path) -> None:
    store = seed_store(tmp_path / "seed.db")
    try:
        page = seed_page(store)
    finally:
        store.close()
    code = page.replace(data_text(page), "").replace(data_text(page, SOURCES_ELEMENT_ID), "")
    # Links to the sources are made only when a reader opens them; nothing else names or loads a resource.
    outside = r"https?://|\bsrc\s*=|<link|<img|<iframe|url\(|@import|@font-face|fetch\(|XMLHttpRequest|import\("
    assert not re.search(outside, code), "an outside request"
    assert "default-src 'none'" in code  # the Content-Security-Policy forbids any that slipped in


def test_the_command_writes_timeline_html_here_and_prints_its_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seed_store(tmp_path / "seed.db").close()
    here = tmp_path / "here"
    here.mkdir()
    monkeypatch.chdir(here)
    result = CliRunner().invoke(cli, ["--store", str(tmp_path / "seed.db"), "timeline", "2024-11-01", "2024-11-12"])
    assert result.exit_code == 0, result.output
    written = here / "timeline.html"
    assert result.output.strip() == str(written.resolve())
    ids = {event["id"] for event in expand(page_data(written.read_text(encoding="utf-8")))}
    assert {must[0] for must in MUST} <= ids


def test_the_command_filters_like_between(tmp_path: Path) -> None:
    store = seed_store(tmp_path / "seed.db")
    try:
        expected = [r["id"] for r in between_records(store, "2024-11", "2024-11", actor="Putin", type="communication")]
    finally:
        store.close()
    output = tmp_path / "putin.html"
    argv = ["--store", str(tmp_path / "seed.db"), "timeline", "2024-11", "2024-11", "--actor", "Putin"]
    result = CliRunner().invoke(cli, [*argv, "--type", "communication", "--lanes", "type", "-o", str(output)])
    assert result.exit_code == 0, result.output
    document = page_data(output.read_text(encoding="utf-8"))
    assert [event["id"] for event in expand(document)] == expected == ["trump-putin-call"]
    assert document["meta"]["lanes"] == "type"
    assert document["meta"]["filters"] == {"actor": "Putin", "type": "communication"}
    assert document["meta"]["end"] == "2024-11-30"


@pytest.mark.parametrize("browser_found", [True, False])
def test_open_hands_the_page_to_the_web_browser(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, browser_found: bool
) -> None:
    import webbrowser

    opened: list[str] = []

    def fake_open(url: str) -> bool:
        opened.append(url)
        return browser_found

    monkeypatch.setattr(webbrowser, "open", fake_open)
    output = tmp_path / "open.html"
    SQLiteStore(tmp_path / "empty.db").close()  # reads never create a store
    argv = ["--store", str(tmp_path / "empty.db"), "timeline", "2024", "2024", "-o", str(output), "--open"]
    result = CliRunner().invoke(cli, argv)
    assert result.exit_code == 0, result.output
    assert opened == [output.resolve().as_uri()]
    assert ("no web browser" in result.output) is not browser_found


def test_the_command_refuses_a_backward_range_in_one_line(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["--store", str(tmp_path / "empty.db"), "timeline", "2024-12", "2024-11"])
    assert result.exit_code != 0
    assert "before it starts" in result.output and "Traceback" not in result.output


# ---- in Chromium ----


class Page:
    """The timeline page in Chromium, through the hooks it leaves on ``window.timelinekg``."""

    def __init__(self, driver: Any, path: Path) -> None:
        from selenium.webdriver.support.ui import WebDriverWait

        self.driver = driver
        driver.get(path.as_uri())
        WebDriverWait(driver, WAIT_S).until(
            lambda d: d.execute_script("return !!(window.timelinekg && window.timelinekg.ready)")
        )

    def script(self, code: str, *args: Any) -> Any:
        return self.driver.execute_script(code, *args)

    def drawn(self) -> list[dict[str, Any]]:
        found: list[dict[str, Any]] = self.script("return window.timelinekg.drawn()")
        return found

    def canvas(self) -> Any:
        from selenium.webdriver.common.by import By

        return self.driver.find_element(By.ID, "chart")

    def at_mark(self, mark: dict[str, Any]) -> Any:
        """Actions that move the pointer onto a drawn mark (offsets are from the canvas's centre)."""
        from selenium.webdriver.common.action_chains import ActionChains

        canvas = self.canvas()
        size = canvas.size
        x, y = round(mark["cx"] - size["width"] / 2), round(mark["cy"] - size["height"] / 2)
        return ActionChains(self.driver).move_to_element_with_offset(canvas, x, y)

    def text(self, element_id: str) -> str:
        return str(self.script("return document.getElementById(arguments[0]).innerText", element_id))

    def open_event(self, event_id: str) -> str:
        """Selects an event as a click does and returns the panel's text once it shows that event."""
        self.script("window.timelinekg.select(arguments[0])", event_id)
        self.until(lambda: self.script("return window.timelinekg.shown() === arguments[0]", event_id), "the panel")
        return self.text("panel")

    def until(self, condition: Callable[[], Any], what: str) -> Any:
        from selenium.webdriver.support.ui import WebDriverWait

        return WebDriverWait(self.driver, WAIT_S).until(lambda _: condition(), f"timed out waiting for {what}")


@pytest.fixture
def seed_html(tmp_path: Path) -> Iterator[Path]:
    """The acceptance page: the whole seed folder (article and curated facts) loaded by the command line."""
    store, page = tmp_path / "seed.db", tmp_path / "seed.html"
    runner = CliRunner()
    loaded = runner.invoke(cli, ["--store", str(store), "load", str(SEED_DIR)])
    assert loaded.exit_code == 0, loaded.output
    written = runner.invoke(cli, ["--store", str(store), "timeline", "2024-11-01", "2024-11-12", "-o", str(page)])
    assert written.exit_code == 0, written.output
    yield page


@pytest.mark.browser
@pytest.mark.slow
def test_chromium_draws_the_seed_and_shows_a_quote_on_click(
    seed_html: Path,
    chromium: Any,  # noqa: F811
    tmp_path: Path,
) -> None:
    chromium.set_window_size(1600, 1000)
    page = Page(chromium, seed_html)
    drawn = page.drawn()
    for event_id, earliest, latest, _quote in MUST:
        marks = [m for m in drawn if m["id"] == event_id]
        assert marks, f"{event_id} is not drawn"
        left, right = page.script(
            "return [window.timelinekg.xOfDate(arguments[0]), window.timelinekg.xOfDate(arguments[1]) + "
            "(window.timelinekg.xOfDate('2024-11-02') - window.timelinekg.xOfDate('2024-11-01'))]",
            earliest,
            latest,
        )
        for mark in marks:  # drawn within the days the gold gives, and from its own bounds
            assert left - 0.5 <= mark["dayLeft"] < mark["dayRight"] <= right + 0.5, (event_id, mark, left, right)
            assert mark["dayLeft"] == pytest.approx(
                page.script("return window.timelinekg.xOfDate(arguments[0])", mark["earliest"])
            )
    # An event with two actors is in both lanes.
    assert {m["lane"] for m in drawn if m["id"] == "trump-putin-call"} >= {"Donald Trump", "Vladimir Putin"}

    election = next(m for m in drawn if m["id"] == "election")
    page.at_mark(election).perform()
    page.until(lambda: "2024-11-05" in page.text("tip"), "the tooltip's date")
    assert "U.S. presidential election won by Donald Trump" in page.text("tip")
    assert "election" in page.text("tip")

    call = next(m for m in page.drawn() if m["id"] == "trump-putin-call" and m["lane"] == "Donald Trump")
    page.at_mark(call).click().perform()
    page.until(lambda: page.script("return !document.getElementById('panel').hidden"), "the panel")
    panel = page.text("panel")
    for expected in (
        "Trump tells Putin in a phone call not to escalate the war in Ukraine",
        "communication",
        "2024-11-07",
        "Donald Trump (agent",
        "Vladimir Putin (recipient",
        "Florida",
        "Radio Free Europe/Radio Liberty",
        MUST[1][3],
    ):
        assert expected in panel, expected

    # The picture: the panel open, the pointer (and its tooltip) off the chart.
    from selenium.webdriver.common.action_chains import ActionChains

    ActionChains(chromium).move_to_element_with_offset(
        page.canvas(), -page.canvas().size["width"] // 2 + 5, 0
    ).perform()
    page.until(lambda: page.script("return document.getElementById('tip').hidden"), "the tooltip to go")
    picture = tmp_path / "timeline.png"
    chromium.save_screenshot(str(picture))
    assert picture.stat().st_size > 20_000
    if os.environ.get("TIMELINEKG_UPDATE_DOCS") == "1":
        shutil.copyfile(picture, SCREENSHOT)


@pytest.mark.browser
def test_chromium_draws_the_page_with_networking_off(
    tmp_path: Path,
    chromium: Any,  # noqa: F811
) -> None:
    path = write_seed_page(tmp_path, "offline", deflate_above=0)  # the large pages' form too
    chromium.execute_cdp_cmd("Network.enable", {})
    chromium.execute_cdp_cmd(
        "Network.emulateNetworkConditions",
        {"offline": True, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1},
    )
    page = Page(chromium, path)
    assert {must[0] for must in MUST} <= {m["id"] for m in page.drawn()}
    assert page.script("return performance.getEntriesByType('resource').length") == 0
    assert "Cannot show" not in page.text("chart-wrap")


@pytest.mark.browser
def test_hostile_names_and_quotes_are_shown_as_text_and_never_run(
    tmp_path: Path,
    chromium: Any,  # noqa: F811
) -> None:
    path = tmp_path / "hostile.html"
    result = CliRunner().invoke(cli, ["--store", str(tmp_path / "h.db"), "load", str(hostile_facts(tmp_path))])
    assert result.exit_code == 0, result.output
    result = CliRunner().invoke(cli, ["--store", str(tmp_path / "h.db"), "timeline", "2024", "2024", "-o", str(path)])
    assert result.exit_code == 0, result.output
    page = Page(chromium, path)
    assert {m["lane"] for m in page.drawn()} == {HOSTILE_ACTOR, "Ordinary Actor"}
    panel = page.open_event("hostile")
    for text in (HOSTILE_LABEL, HOSTILE_ACTOR, HOSTILE_PLACE, HOSTILE_URL):
        assert text in panel, text
    quote = page.script("return document.querySelector('#panel blockquote').textContent")
    assert quote == f"“{HOSTILE_QUOTE}”"
    assert page.script("return window.__pwned") is None
    assert page.script("return document.scripts.length") == 3
    assert page.script("return document.querySelectorAll('img, b, iframe, #panel a').length") == 0


@pytest.mark.browser
def test_wheel_buttons_drag_search_and_strip_move_the_view(
    tmp_path: Path,
    chromium: Any,  # noqa: F811
) -> None:
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By

    path = write_seed_page(tmp_path, "moves")
    putin = {  # the search looks in labels, actor names and place names
        r["id"]
        for r in expand(page_data(path.read_text(encoding="utf-8")))
        if "putin" in " ".join([r["label"], *(a["name"] for a in r["actors"])]).lower()
    }
    chromium.set_window_size(1400, 900)
    page = Page(chromium, path)

    def span() -> float:
        days: float = page.script(
            "const v = window.timelinekg; return (v.xOfDate('2024-11-02') - v.xOfDate('2024-11-01'))"
        )
        return days  # pixels per day

    def first_day_x() -> float:
        x: float = page.script("return window.timelinekg.xOfDate('2024-11-01')")
        return x

    scale = span()
    page.script(
        "const c = document.getElementById('chart'), b = c.getBoundingClientRect();"
        "c.dispatchEvent(new WheelEvent('wheel', {deltaY: -400, clientX: b.left + b.width / 2,"
        " clientY: b.top + b.height / 2, bubbles: true, cancelable: true}))"
    )
    page.until(lambda: span() > scale * 1.5, "the wheel to zoom in")
    scale = span()
    chromium.find_element(By.ID, "zoom-out").click()
    page.until(lambda: span() < scale, "the − button to zoom out")

    before = first_day_x()
    canvas = page.canvas()
    ActionChains(chromium).move_to_element(canvas).click_and_hold().move_by_offset(-150, 0).release().perform()
    page.until(lambda: first_day_x() < before - 100, "the drag to pan")
    assert page.script("return document.getElementById('panel').hidden"), "a drag is not a click"

    strip = chromium.find_element(By.ID, "density")
    before = first_day_x()
    ActionChains(chromium).move_to_element_with_offset(strip, strip.size["width"] // 2 - 5, 0).click().perform()
    page.until(lambda: abs(first_day_x() - before) > 1, "a click on the density strip to move the view")

    chromium.find_element(By.ID, "fit").click()
    chromium.find_element(By.ID, "search").send_keys("putin")
    page.until(lambda: "of" in page.text("summary"), "the search to filter")
    drawn = {m["id"] for m in page.drawn()}
    assert drawn == putin and "post-report" in drawn  # by actor, and by a word of the label


def marks_page(path: Path) -> Path:
    """One event of each kind of date the page draws differently."""
    day = dt.date.fromisoformat
    source = Source("src-marks", "Marks", "https://example.org/marks", "Example Wire", day("2024-11-12"))
    actor = Actor("a-marks", "Marks Actor", "person")

    def event(event_id: str, earliest: str | None, latest: str | None, precision: str, **more: Any) -> Event:
        mention = Mention(source.id, f"quote for {event_id}", 0, 10, None, None)
        return Event(
            event_id,
            "statement",
            f"label of {event_id}",
            day(earliest) if earliest else None,
            day(latest) if latest else None,
            precision,
            (Participation(actor.id, "agent"),),
            (),
            (mention,),
            **more,
        )

    events = [
        event("exact", "2024-11-02", "2024-11-02", "day"),
        event("uncertain", "2024-11-03", "2024-11-06", "day"),
        event("month", "2024-11-01", "2024-11-30", "month"),
        event("lasting", "2024-11-03", "2024-11-09", "day", start=day("2024-11-04"), end=day("2024-11-08")),
        event("open-start", None, "2024-11-08", "unknown"),
        event("reported", None, "2024-11-10", "reported"),
        event("conflict", "2024-11-02", "2024-11-05", "day", date_conflict=True),
    ]
    views = [EventView(e, {actor.id: actor}, {}, {source.id: source}) for e in events]
    path.write_text(render_page(views, start=day("2024-11-01"), end=day("2024-11-30")), encoding="utf-8")
    return path


@pytest.mark.browser
def test_each_kind_of_date_is_drawn_its_own_way(
    tmp_path: Path,
    chromium: Any,  # noqa: F811
) -> None:
    page = Page(chromium, marks_page(tmp_path / "marks.html"))
    marks = {m["id"]: m for m in page.drawn()}
    assert marks["exact"]["kind"] == "point"
    assert marks["uncertain"]["kind"] == marks["month"]["kind"] == "uncertain"
    assert marks["lasting"]["kind"] == "lasting"
    assert marks["open-start"]["openStart"] and not marks["open-start"]["openEnd"]
    assert marks["reported"]["kind"] == "reported"
    assert marks["conflict"]["conflict"] and not marks["exact"]["conflict"]
    assert "happened by 2024-11-10" in page.open_event("reported")
    assert "Conflicting reports" in page.open_event("conflict")
    chromium.save_screenshot(str(tmp_path / "marks.png"))


@pytest.mark.browser
def test_the_page_reads_at_phone_width_in_dark_mode(
    tmp_path: Path,
    chromium: Any,  # noqa: F811
) -> None:
    path = write_seed_page(tmp_path, "phone")
    chromium.execute_cdp_cmd(
        "Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": "dark"}]}
    )
    chromium.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride", {"width": 390, "height": 844, "deviceScaleFactor": 2, "mobile": True}
    )
    page = Page(chromium, path)
    assert page.script("return document.documentElement.scrollWidth <= window.innerWidth")
    background = page.script("return getComputedStyle(document.body).backgroundColor")
    assert sum(int(n) for n in re.findall(r"\d+", background)[:3]) < 150, background  # dark
    drawn = page.drawn()
    assert any(m["id"] == "trump-putin-call" for m in drawn)
    page.open_event("trump-putin-call")
    width = page.script("return document.getElementById('panel').getBoundingClientRect().width")
    assert width == pytest.approx(390, abs=2)  # a bottom sheet across the phone
    chromium.save_screenshot(str(tmp_path / "phone-dark.png"))
