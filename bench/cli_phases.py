"""The timelinekg CLI, noting when the phases of `load` end (for bench/extract_speed.py).

    TIMELINEKG_PHASES=phases.json python bench/cli_phases.py --store news.db load --workers 2 articles/

runs the command exactly as ``python -m timelinekg`` does, and at exit writes to the file named by
``TIMELINEKG_PHASES`` the moments (``time.monotonic()``, comparable between processes) and this process's
CPU seconds at: its start, the start and end of loading what extraction needs before workers are forked
(``--workers`` above 1, as the writer picks how to start them), the first article stored and the last; and
the CPU seconds of its child processes (the gazetteer helper, counted when loading ends, and the workers).
"""

from __future__ import annotations

import atexit
import json
import os
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

Moment = tuple[float, float]  # monotonic seconds, this process's CPU seconds


def _now() -> Moment:
    return time.monotonic(), time.process_time()


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    moments: dict[str, Any] = {"started": _now()}
    from timelinekg import cli
    from timelinekg.graph import ingest
    from timelinekg.loaders import parallel

    store = ingest.ingest

    def timed_store(*args: Any, **options: Any) -> Any:
        moments.setdefault("first_stored", _now())
        result = store(*args, **options)
        moments["last_stored"] = _now()
        return result

    ingest.ingest = timed_store  # the writer calls it once per article
    # Before forking workers, the writer loads what they need (the model, the gazetteer, ...), then picks the
    # way to start them: that is the loading phase.
    worker_context: Callable[[], Any] = parallel._worker_context

    def timed_worker_context() -> Any:
        moments["loading"] = _now()
        context = worker_context()
        moments["loaded"] = _now()
        moments["helper_cpu"] = _children_cpu()
        return context

    parallel._worker_context = timed_worker_context

    def write() -> None:
        moments["ended"] = _now()
        moments["children_cpu"] = _children_cpu()
        Path(os.environ["TIMELINEKG_PHASES"]).write_text(json.dumps(moments), encoding="utf-8")

    atexit.register(write)
    sys.argv[0] = "timelinekg"
    cli.main()


if __name__ == "__main__":
    main()
