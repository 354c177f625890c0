"""``python -m timelinekg.nlp.timex FILE... --dct YYYY-MM-DD``: the tagger without the full CLI."""

from __future__ import annotations

import argparse
import os
import sys

from timelinekg.errors import TimelineKGError
from timelinekg.nlp.timex import MODES
from timelinekg.nlp.timex.command import render


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m timelinekg.nlp.timex")
    parser.add_argument("files", nargs="+")
    parser.add_argument("--dct")
    parser.add_argument("--mode", choices=MODES, default="news")
    parser.add_argument("--southern", action="store_true")
    parser.add_argument("--json", dest="output", action="store_const", const="json", default="json")
    parser.add_argument("--timeml", dest="output", action="store_const", const="timeml")
    args = parser.parse_args(argv)
    try:
        print(render(args.files, args.dct, args.mode, args.output, southern=args.southern))
        sys.stdout.flush()
    except TimelineKGError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # `... | head` closed the pipe: not an error, and no traceback
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    return 0


if __name__ == "__main__":
    sys.exit(main())
