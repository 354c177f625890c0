"""What ``timelinekg timex`` does, kept out of cli.py so the CLI stays a thin shell."""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from timelinekg.errors import ValidationError
from timelinekg.nlp.timex import find_dateline, tag, to_timeml


def parse_dct(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise ValidationError(f"invalid --dct {value!r}: expected a date as YYYY-MM-DD") from None


def read_text(path: str) -> str:
    """The file decoded as UTF-8 exactly as stored: no newline translation, so offsets match the bytes.

    ``-`` is standard input.
    """
    try:
        data = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
    except OSError as error:
        raise ValidationError(f"cannot read file: {error.strerror or error}", path=path) from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise ValidationError(f"not valid UTF-8 (byte {error.start})", path=path) from None


def render(paths: Sequence[str], dct: str | None, mode: str, output: str, *, southern: bool = False) -> str:
    """Tag every file; ``output`` is "json" or "timeml".

    JSON: one file gives a plain list of timexes (the scorer's contract); several
    files give an object keyed by path.  TimeML: one document per file, each
    preceded by a ``<!-- path -->`` comment when there are several.
    """
    fixed_dct = parse_dct(dct) if dct else None
    results: dict[str, object] = {}
    documents: list[str] = []
    for path in paths:
        text = read_text(path)
        day = fixed_dct or find_dateline(text)
        if day is None:
            raise ValidationError("no --dct given and no dateline found in the first lines", path=path)
        timexes = tag(text, day, mode, southern=southern)
        if output == "timeml":
            document = to_timeml(text, timexes)
            documents.append(f"<!-- {path} -->\n{document}" if len(paths) > 1 else document)
        else:
            results[path] = [t.as_json() for t in timexes]
    if output == "timeml":
        return "\n".join(documents)
    if len(paths) == 1:
        return json.dumps(results[paths[0]], ensure_ascii=False, indent=1)
    return json.dumps(results, ensure_ascii=False, indent=1)
