"""The timeline page at scale: 20,000 synthetic events, opened and zoomed in headless Chromium.

    python bench/timeline_render.py                 # 20,000 events
    python bench/timeline_render.py --events 2000   # a quick look

Steps:

1. Load ``--events`` synthetic events (``bench.synthetic``, 2000-2024) into a temporary embedded store.
2. Write the page with the command users run, ``timelinekg --store S timeline 2000 2024 -o page.html``
   (``export_s`` is its wall time; ``html_bytes`` the file's size).
3. Open the file in headless Chromium through Selenium.  ``open_ms`` is the page's own clock from the
   start of navigation to the end of its first complete drawing (the ``timelinekg-ready`` performance
   mark: HTML parsed, data parsed, lanes built and packed, the chart, axis and density strip drawn);
   ``open_wall_ms`` is the same seen from Python (from ``driver.get`` to the page reporting it is ready),
   driver round trips and polling included.
4. Zoom: ``--zooms`` wheel events are dispatched on the chart, zooming in from the whole range to days,
   then out again; each is timed in the page from the event to the second animation frame after it,
   so the new drawing is on screen.  ``zoom_ms`` is the slowest, ``zoom_ms_median`` the median.

The last line is JSON with ``events``, ``open_ms``, ``zoom_ms`` and ``html_bytes`` (targets: open <= 2,000 ms,
zoom <= 200 ms, page < 10 MB).
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.measure import log
from bench.synthetic import synthetic_facts
from timelinekg.graph.ingest import ingest
from timelinekg.graph.sqlite import SQLiteStore

# One wheel "notch" on the chart, then two animation frames: the first runs our drawing, the second
# starts only once that drawing has been handed to the compositor.
ZOOM_SCRIPT = """
const [deltaY, done] = arguments;
const chart = document.getElementById('chart');
const box = chart.getBoundingClientRect();
const started = performance.now();
chart.dispatchEvent(new WheelEvent('wheel', {deltaY, clientX: box.left + box.width * 0.6,
  clientY: box.top + box.height / 2, bubbles: true, cancelable: true}));
requestAnimationFrame(() => requestAnimationFrame(() => done(performance.now() - started)));
"""


def build_store(path: Path, n_events: int, seed: int) -> None:
    with SQLiteStore(path) as store:
        for facts in synthetic_facts(n_events, seed=seed, batch_size=5_000):
            ingest(store, facts, merge=False)


def open_chromium(profile: Path, window: str) -> Any:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from tests.test_neo4j_browser import CHROMIUM_FLAGS

    binary = next(filter(None, map(shutil.which, ("chromium", "chromium-browser", "google-chrome"))), None)
    chromedriver = shutil.which("chromedriver")
    if binary is None or chromedriver is None:
        raise SystemExit("chromium and chromedriver are needed (bash scripts/test.d/30-chromium.sh)")
    options = webdriver.ChromeOptions()
    options.binary_location = binary
    flags = [flag for flag in CHROMIUM_FLAGS if not flag.startswith("--window-size")]
    for flag in [*flags, f"--window-size={window}", f"--user-data-dir={profile}"]:
        options.add_argument(flag)
    return webdriver.Chrome(options=options, service=Service(chromedriver))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--zooms", type=int, default=16, help="wheel events: half zooming in, half out")
    parser.add_argument("--window", default="1600,1000", help="Chromium window size, WIDTH,HEIGHT")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="timeline-bench-") as folder:
        work = Path(folder)
        store_path, page = work / "store.db", work / "timeline.html"
        log(f"loading {args.events:,} synthetic events")
        build_store(store_path, args.events, args.seed)
        started = time.perf_counter()
        command = [sys.executable, "-m", "timelinekg", "--store", str(store_path), "timeline", "2000", "2024"]
        subprocess.run([*command, "-o", str(page)], check=True, stdout=subprocess.DEVNULL)
        export_s = time.perf_counter() - started
        html_bytes = page.stat().st_size
        log(f"page written in {export_s:.2f} s: {html_bytes:,} bytes")

        driver = open_chromium(work / "chromium-profile", args.window)
        try:
            driver.set_script_timeout(60)
            driver.get("about:blank")  # the browser is up before the clock starts
            started = time.perf_counter()
            driver.get(page.as_uri())
            # Large pages unpack their data after the load event: wait for the first drawing.
            while not driver.execute_script("return !!(window.timelinekg && window.timelinekg.ready)"):
                if time.perf_counter() - started > 60:
                    raise SystemExit("the page did not finish drawing within 60 s")
                time.sleep(0.01)
            open_wall_ms = (time.perf_counter() - started) * 1000
            open_ms = driver.execute_script("return performance.getEntriesByName('timelinekg-ready')[0].startTime")
            drawn_events = driver.execute_script("return window.timelinekg.events")
            half = max(1, args.zooms // 2)
            zooms = [driver.execute_async_script(ZOOM_SCRIPT, -240) for _ in range(half)]
            zooms += [driver.execute_async_script(ZOOM_SCRIPT, 240) for _ in range(half)]
            marks_in_view = driver.execute_script("return window.timelinekg.drawn().length")
        finally:
            driver.quit()

    result = {
        "events": drawn_events,
        "open_ms": round(open_ms, 1),
        "zoom_ms": round(max(zooms), 1),
        "html_bytes": html_bytes,
        "zoom_ms_median": round(statistics.median(zooms), 1),
        "zooms": len(zooms),
        "open_wall_ms": round(open_wall_ms, 1),
        "export_s": round(export_s, 2),
        "marks_in_view_after": marks_in_view,
    }
    print(json.dumps(result))


if __name__ == "__main__":
    main()
