"""Neo4j Browser on the seed graph, driven in headless Chromium: log in, run the between query, check the answer.

The test also takes the screenshot the README shows, into its temporary folder; with
``TIMELINEKG_REFRESH_SCREENSHOT=1`` it replaces the committed ``docs/neo4j-browser.png`` instead.  Locally
it skips when Chromium, chromedriver or selenium are missing or the test server is down; under CI (see
``neo4j_required``) that is a failure.  It uses the test server's Browser (``NEO4J_BROWSER_URL``, which
scripts/test exports beside ``NEO4J_URI``).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from tests.conftest import REPO, SEED_DIR, neo4j_unavailable, unavailable
from tests.neo4j_support import NO_SERVER

pytestmark = [pytest.mark.browser, pytest.mark.neo4j, pytest.mark.slow]

COMMITTED_SCREENSHOT = REPO / "docs" / "neo4j-browser.png"
REFRESH_SCREENSHOT = "TIMELINEKG_REFRESH_SCREENSHOT"
BETWEEN_FAVOURITE = REPO / "src" / "timelinekg" / "graph" / "neo4j" / "favourites" / "between.cypher"
WINDOW_START, WINDOW_END = "2024-11-05", "2024-11-10"

# Events of the seed article that overlap 2024-11-05..2024-11-10, by their labels.
EXPECTED_LABELS = [
    "U.S. presidential election won by Donald Trump",
    "Trump tells Putin in a phone call not to escalate the war in Ukraine",
    "Russia fires 145 drones at Ukraine overnight",
    "Ukraine launches dozens of drones at Moscow, closing three airports",
]
# Outside the window: listing it would mean the date filter did not run.
UNEXPECTED_LABEL = "Russia launches its full-scale invasion of Ukraine"

# The overlap question returning nodes, for the graph view in the screenshot: the shipped "Timeline graph"
# favourite (between.cypher returns a table).  With the events' actors and places the picture shows who took
# part where: Browser's "connect result nodes" draws the relationships between them.
TIMELINE_GRAPH_FAVOURITE = BETWEEN_FAVOURITE.with_name("timeline-graph.cypher")


WAIT_S = 20
# Chromium must not reach for the network: the machines are offline and every attempt costs time.
CHROMIUM_FLAGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--window-size=1600,1000",
]


def browser_url() -> str:
    url = os.environ.get("NEO4J_BROWSER_URL")
    if not url:
        pytest.fail(f"the Browser test also needs NEO4J_BROWSER_URL. {NO_SERVER}", pytrace=False)
    return url


def screenshot_path(tmp_path: Path) -> Path:
    """Where the picture goes: the test's own folder, or the committed file when asked to refresh it."""
    return COMMITTED_SCREENSHOT if os.environ.get(REFRESH_SCREENSHOT) == "1" else tmp_path / "neo4j-browser.png"


def one_line(text: str) -> str:
    """Browser runs the editor on Enter, so everything is typed as one line, with ``//`` comments dropped."""
    lines = [line.split("//", 1)[0].strip() for line in text.splitlines()]
    return " ".join(line for line in lines if line).rstrip(";")


def between_query() -> str:
    """The shipped favourite, which reads ``$start`` and ``$end``."""
    return one_line(BETWEEN_FAVOURITE.read_text(encoding="utf-8"))


def browser_style() -> str:
    """The GraSS sheet users load, from `timelinekg neo4j style`."""
    printed = subprocess.run(
        [sys.executable, "-m", "timelinekg", "neo4j", "style"], capture_output=True, text=True, timeout=30, check=True
    )
    # GraSS ignores line breaks, and Browser would run the command at the first one.
    return " ".join(printed.stdout.split())


@pytest.fixture
def neo4j_seed_loader() -> Iterator[tuple[Any, Callable[[], None]]]:
    """The connection Browser logs in with, and a function that loads the seed folder alone into Neo4j.

    The test loads just before it queries: other test runs on a shared dev server may wipe the database.
    """
    from timelinekg.graph.ingest import load_paths

    try:
        from tests.neo4j_support import empty_neo4j_store, neo4j_uri
        from timelinekg.graph.neo4j.store import Connection

        empty_neo4j_store().close()
    except Exception as error:
        neo4j_unavailable(error)

    def load_seed() -> None:
        store = empty_neo4j_store()
        try:
            load_paths(store, [SEED_DIR])  # what the README's `load examples/seed` loads
        finally:
            store.close()

    yield Connection.from_url(neo4j_uri()), load_seed


@pytest.fixture
def chromium(tmp_path: Path) -> Iterator[Any]:
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        unavailable("selenium is not installed (pip install -e '.[dev]')")
    binary = next(filter(None, map(shutil.which, ("chromium", "chromium-browser", "google-chrome"))), None)
    chromedriver = shutil.which("chromedriver")
    if binary is None or chromedriver is None:
        unavailable("chromium and chromedriver are not installed (bash scripts/test.d/30-chromium.sh)")

    options = webdriver.ChromeOptions()
    options.binary_location = binary
    for flag in [*CHROMIUM_FLAGS, f"--user-data-dir={tmp_path / 'chromium-profile'}"]:
        options.add_argument(flag)
    driver = webdriver.Chrome(options=options, service=Service(chromedriver))
    try:
        yield driver
    finally:
        driver.quit()


class NeoBrowser:
    """The few Neo4j Browser moves the test needs, found by the app's data-testid attributes and titles."""

    def __init__(self, driver: Any, debug_dir: Path) -> None:
        from selenium.common.exceptions import (
            ElementClickInterceptedException,
            ElementNotInteractableException,
            StaleElementReferenceException,
        )
        from selenium.webdriver.support.ui import WebDriverWait

        self.driver = driver
        self.debug_dir = debug_dir
        # Frames slide in and re-render as results stream: a click can land mid-animation and is then retried.
        retried = (ElementClickInterceptedException, ElementNotInteractableException, StaleElementReferenceException)
        self.wait = WebDriverWait(driver, WAIT_S, poll_frequency=0.2, ignored_exceptions=retried)

    def until(self, condition: Callable[[Any], Any], what: str) -> Any:
        from selenium.common.exceptions import TimeoutException

        try:
            return self.wait.until(condition)
        except TimeoutException:
            self.driver.save_screenshot(str(self.debug_dir / "failure.png"))
            (self.debug_dir / "failure.html").write_text(self.driver.page_source, encoding="utf-8")
            pytest.fail(f"Neo4j Browser: timed out waiting for {what}; screenshot and page in {self.debug_dir}")

    def css_all(self, selector: str, within: Any = None) -> list[Any]:
        from selenium.webdriver.common.by import By

        return list((within or self.driver).find_elements(By.CSS_SELECTOR, selector))

    def shown(self, selector: str, within: Any = None) -> Any:
        """The first displayed match, or False (a WebDriverWait condition)."""
        found = [element for element in self.css_all(selector, within) if element.is_displayed()]
        return found[0] if found else False

    def click(self, selector: str, what: str, within: Any = None) -> None:
        def clicked(_: Any) -> bool:
            element = self.shown(selector, within)
            if element:
                element.click()
            return bool(element)

        self.until(clicked, what)

    def log_in(self, uri: str, username: str, password: str) -> None:
        from selenium.webdriver.common.keys import Keys
        from selenium.webdriver.support.ui import Select

        parts = urlsplit(uri)
        self.driver.get(browser_url())
        address = self.until(lambda _: self.shown("[data-testid=boltaddress]"), "the login form")
        Select(self.shown("[data-testid=bolt-scheme-select]")).select_by_visible_text(f"{parts.scheme}://")
        # The inputs are React-controlled: clear() is undone on the next render, select-all + type is not.
        address.send_keys(Keys.CONTROL, "a")
        address.send_keys(parts.netloc)
        self.shown("[data-testid=username]").send_keys(username)
        self.shown("[data-testid=password]").send_keys(password)
        self.click("[data-testid=connect]", "the Connect button")
        self.until(lambda d: "You are connected as user" in d.page_source, "the login to succeed")

    def send(self, command: str) -> None:
        from selenium.webdriver.common.keys import Keys

        self.click("[data-testid=activeEditor]", "the editor")
        # insertText arrives as one edit: typing key by key would trigger the editor's bracket auto-closing.
        self.driver.execute_cdp_cmd("Input.insertText", {"text": command})
        self.driver.switch_to.active_element.send_keys(Keys.CONTROL, Keys.ENTER)

    def run(self, command: str) -> Any:
        """Runs ``command`` and returns its frame: the newest, which is first in the stream."""
        frames_before = len(self.css_all("[data-testid=frame]"))
        self.send(command)
        self.until(lambda _: len(self.css_all("[data-testid=frame]")) > frames_before, f"a frame for {command!r}")
        return self.css_all("[data-testid=frame]")[0]

    def clear_stream(self) -> None:
        self.send(":clear")
        self.until(lambda _: not self.css_all("[data-testid=frame]"), "the stream to clear")

    def graph_settled(self, frame: Any) -> Callable[[Any], bool]:
        """A wait condition: the force layout has drawn nodes and stopped moving them."""
        last: list[list[str]] = []

        def settled(_: Any) -> bool:
            positions = [str(node.get_attribute("transform")) for node in self.css_all("svg g.node", frame)]
            still = bool(positions) and last == [positions]
            last[:] = [positions]
            return still

        return settled


def frame_text(frame: Any) -> str:
    return str(frame.get_attribute("innerText") or "")


def query_answered(browser: NeoBrowser, query: str) -> Any:
    """Runs ``query`` and returns its frame once the result is in; an empty result fails the test at once."""
    frame = browser.run(query)
    browser.until(lambda _: browser.css_all("[data-testid=cypherFrameSidebarTable]", frame), "the query result")
    if "(no changes, no records)" in frame_text(frame):
        pytest.fail(
            "Neo4j Browser: the query found nothing, though the seed was just loaded; "
            "did another test run empty the same Neo4j?"
        )
    return frame


def test_browser_lists_the_seed_events_between_two_dates(
    neo4j_seed_loader: tuple[Any, Callable[[], None]], chromium: Any, tmp_path: Path
) -> None:
    connection, load_seed = neo4j_seed_loader
    browser = NeoBrowser(chromium, tmp_path)
    browser.log_in(connection.uri, connection.username, connection.password)

    browser.clear_stream()
    # As the favourite's header tells Browser users to set them.
    browser.run(f":param start => '{WINDOW_START}'")
    browser.run(f":param end => '{WINDOW_END}'")
    style_frame = browser.run(f":style {browser_style()}")
    assert "Could not parse" not in frame_text(style_frame)
    browser.clear_stream()

    load_seed()
    frame = query_answered(browser, between_query())
    browser.click("[data-testid=cypherFrameSidebarTable]", "the result's Table view", within=frame)
    browser.until(lambda _: all(label in frame_text(frame) for label in EXPECTED_LABELS), "the expected events")
    listed = frame_text(frame)
    assert UNEXPECTED_LABEL not in listed
    assert "ERROR" not in listed, listed[:2000]

    # The README's picture: the same question as a graph, full screen.
    if not browser.css_all("[data-testid=cypherFrameSidebarVisualization]", frame):
        frame = query_answered(browser, one_line(TIMELINE_GRAPH_FAVOURITE.read_text(encoding="utf-8")))
    browser.click("[data-testid=cypherFrameSidebarVisualization]", "the result's Graph view", within=frame)
    browser.click("button[title=Fullscreen]", "the frame's Fullscreen button", within=frame)
    browser.until(browser.graph_settled(frame), "the graph layout to settle")
    # More room for the graph, then scale it to fill that room.
    browser.click("button[title='Collapse the node properties display']", "the inspector's collapse", frame)
    browser.click("button[aria-label=zoom-to-fit]", "the zoom-to-fit button", within=frame)
    browser.until(browser.graph_settled(frame), "the zoom to finish")
    screenshot = screenshot_path(tmp_path)
    screenshot.parent.mkdir(parents=True, exist_ok=True)
    chromium.save_screenshot(str(screenshot))
    assert screenshot.stat().st_size > 10_000
