"""What every benchmark measures with: CPU time, peak memory, percentiles and timed calls."""

from __future__ import annotations

import os
import resource
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeVar

T = TypeVar("T")


def log(message: str) -> None:
    """Progress goes to stderr, so that a benchmark's stdout ends with its JSON line."""
    print(message, file=sys.stderr, flush=True)


def cpu_seconds() -> float:
    """This process's user + system CPU time: the cost when other work shares the machine."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def process_cpu_seconds(pid: int) -> float | None:
    """Another process's user + system CPU time (Linux ``/proc``); ``None`` when it cannot be read."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            # Fields after the parenthesised command name; utime and stime are the 12th and 13th.
            fields = stat.read().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def thread_cpu_seconds(pid: int) -> dict[str, float]:
    """Another process's CPU time by thread name, numbers dropped ("GC Thread#0" and "#1" are one), so that
    a server's own work (its query threads) can be told from its housekeeping (garbage collection,
    compilation, index updates after commit)."""
    import re

    found: dict[str, float] = {}
    try:
        threads = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return found
    for thread in threads:
        try:
            with open(f"/proc/{pid}/task/{thread}/comm", encoding="utf-8", errors="replace") as comm:
                name = re.sub(r"[\d#-]+$|\d+", "", comm.read().strip()).strip() or "?"
            with open(f"/proc/{pid}/task/{thread}/stat", encoding="ascii") as stat:
                fields = stat.read().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        found[name] = found.get(name, 0.0) + (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return found


def peak_rss_mb() -> float:
    """This process's peak RSS.  VmHWM, not ru_maxrss: a child's ru_maxrss starts at its parent's at fork."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        pass
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)  # Linux reports KiB


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def timed_ms(action: Callable[[], Any]) -> tuple[float, Any]:
    started = time.perf_counter()
    result = action()
    return (time.perf_counter() - started) * 1000, result


class Stopwatch:
    """Seconds spent inside ``timed_items`` pulling items, kept apart from the work done with them."""

    def __init__(self) -> None:
        self.seconds = 0.0


def timed_items(items: Iterable[T], stopwatch: Stopwatch) -> Iterator[T]:
    """The items, with the time taken to produce each one (e.g. generating synthetic batches) on the stopwatch."""
    iterator = iter(items)
    while True:
        started = time.perf_counter()
        item = next(iterator, None)
        stopwatch.seconds += time.perf_counter() - started
        if item is None:
            return
        yield item
