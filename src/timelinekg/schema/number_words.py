"""Numbers spelled out in English, shared by the temporal tagger, event dating and merging.

One table each, so "twenty-first", "fortieth" or "seventeen" is read the same way everywhere.
"""

from __future__ import annotations

_UNITS = (
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
)  # fmt: skip
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")

CARDINAL_WORDS: dict[str, int] = {
    **{word: n for n, word in enumerate(_UNITS)},
    **{word: 10 * n for n, word in enumerate(_TENS, start=2)},
    "hundred": 100,
    "thousand": 1000,
}

_UNIT_ORDINALS = (
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
    "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
)  # fmt: skip
_TENS_ORDINALS = ("twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth")


def _compound_ordinals() -> dict[str, int]:
    """ "twenty-first" to "ninety-ninth": the written form of every two-word ordinal."""
    return {
        f"{tens}-{unit}": 10 * t + u
        for t, tens in enumerate(_TENS, start=2)
        for u, unit in enumerate(_UNIT_ORDINALS[:9], start=1)
    }


ORDINAL_WORDS: dict[str, int] = {
    **{word: n for n, word in enumerate(_UNIT_ORDINALS, start=1)},
    **{word: 10 * n for n, word in enumerate(_TENS_ORDINALS, start=2)},
    **_compound_ordinals(),
    "hundredth": 100,
}
