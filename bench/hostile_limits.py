"""Hostile inputs finish fast in bounded memory: billion laughs (YAML and front matter), zip and gzip bombs.

Each case is a real `timelinekg load` in its own process; its wall time and peak RSS
(VmHWM, read from /proc just before the process ends, via a tiny wrapper) are printed
as one JSON document.  Issue 14's bar: each case under 5 s and 200 MB, exit 1 with one
clear error line.

    python bench/hostile_limits.py            # prints JSON on stdout, progress on stderr
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path

from bench.measure import log

MAX_SECONDS = 5.0
MAX_RSS_MB = 200.0
GIB = 1024**3

# Runs the CLI in-process and prints its peak RSS last, so the figure is the loading process's own.
RUNNER = """
import sys
from timelinekg.cli import cli
code = 0
try:
    cli.main(args=sys.argv[1:], prog_name="timelinekg", standalone_mode=True)
except SystemExit as stop:
    code = stop.code if isinstance(stop.code, int) else 1
with open("/proc/self/status", encoding="ascii") as status:
    peak = next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
print(f"PEAK_RSS_KB={peak}", file=sys.stderr)
sys.exit(code)
"""


def billion_laughs(levels: int = 9, width: int = 9) -> str:
    lines = ['a0: &a0 ["lol"]']
    for level in range(1, levels + 1):
        lines.append(f"a{level}: &a{level} [" + ", ".join([f"*a{level - 1}"] * width) + "]")
    return "\n".join(lines) + "\n"


def write_yaml_laughs(folder: Path) -> Path:
    path = folder / "laughs.yaml"
    path.write_text(billion_laughs(), encoding="utf-8")
    return path


def write_front_matter_laughs(folder: Path) -> Path:
    path = folder / "laughs.md"
    path.write_text("---\n" + billion_laughs() + "---\nBody text.\n", encoding="utf-8")
    return path


def write_zip_bomb(folder: Path, expanded: int = GIB) -> Path:
    """One member of ``expanded`` zero bytes (about 1 MB compressed), written without holding it in memory."""
    path = folder / "bomb.export.csv.zip"
    chunk = b"0" * (16 * 1024 * 1024)
    with (
        zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive,
        archive.open("bomb.export.csv", "w", force_zip64=True) as member,
    ):
        for _ in range(expanded // len(chunk)):
            member.write(chunk)
    return path


def write_gzip_bomb(folder: Path, expanded: int = GIB) -> Path:
    path = folder / "bomb.export.csv.gz"
    compressor = zlib.compressobj(9, zlib.DEFLATED, 31)  # gzip container
    chunk = b"\n" * (16 * 1024 * 1024)  # many empty lines: the line cap does not stop it, the ratio cap must
    with path.open("wb") as out:
        for _ in range(expanded // len(chunk)):
            out.write(compressor.compress(chunk))
        out.write(compressor.flush())
    return path


CASES: list[tuple[str, Callable[[Path], Path], list[str]]] = [
    ("billion laughs in a YAML fact file", write_yaml_laughs, []),
    ("billion laughs in Markdown front matter", write_front_matter_laughs, []),
    ("zip bomb (1 GiB of zeros in a GDELT .zip)", write_zip_bomb, []),
    ("gzip bomb (1 GiB of newlines, --format gdelt)", write_gzip_bomb, ["--format", "gdelt"]),
]


def run_case(name: str, path: Path, extra: list[str], folder: Path) -> dict[str, object]:
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1] / "src")}
    command = [sys.executable, "-c", RUNNER, "--store", str(folder / f"{path.stem}.db"), "load", *extra, str(path)]
    started = time.perf_counter()
    finished = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)
    seconds = time.perf_counter() - started
    stderr_lines = finished.stderr.splitlines()
    peak_kb = next((int(line.split("=")[1]) for line in stderr_lines if line.startswith("PEAK_RSS_KB=")), 0)
    errors = [line for line in stderr_lines if line.startswith("error:")]
    peak_mb = peak_kb / 1024
    return {
        "case": name,
        "file_mb": round(path.stat().st_size / 1024**2, 2),
        "seconds": round(seconds, 2),
        "peak_rss_mb": round(peak_mb, 1),
        "exit_code": finished.returncode,
        "error": errors[0] if errors else None,
        "traceback": "Traceback" in finished.stderr,
        "within_limits": seconds < MAX_SECONDS
        and peak_mb < MAX_RSS_MB
        and finished.returncode == 1
        and len(errors) == 1
        and "Traceback" not in finished.stderr,
    }


def main() -> None:
    results = []
    with tempfile.TemporaryDirectory(prefix="hostile-") as tmp:
        folder = Path(tmp)
        for name, write, extra in CASES:
            log(f"writing: {name}")
            path = write(folder)
            log(f"loading: {name}")
            results.append(run_case(name, path, extra, folder))
            log(json.dumps(results[-1]))
    print(
        json.dumps(
            {
                "benchmark": "hostile_limits",
                "limits": {"seconds": MAX_SECONDS, "peak_rss_mb": MAX_RSS_MB},
                "cases": results,
                "all_within_limits": all(r["within_limits"] for r in results),
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
