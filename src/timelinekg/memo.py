"""A bounded memo for the hot read and export loops, where the same dates, roles and terms repeat."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")

MEMO_SIZE = 2048


class Memo(dict[K, V], Generic[K, V]):
    """``memo[key]`` is ``compute(key)``, computed once while it stays remembered.

    A hit is a plain dict lookup, with no Python call, which is why this is a dict subclass
    rather than ``functools.lru_cache``.  Memory stays bounded however many keys pass through:
    when ``size`` keys are remembered, they become the previous generation and the memo starts
    again empty; a key asked for again comes back from the previous generation instead of
    being computed, so the keys in steady use (popular actors, the days being read) survive.
    """

    def __init__(self, compute: Callable[[K], V], size: int = MEMO_SIZE) -> None:
        super().__init__()
        self.compute = compute
        self.size = size
        self._previous: dict[K, V] = {}

    def __missing__(self, key: K) -> V:
        if len(self) >= self.size:
            self._previous = dict(self)
            self.clear()
        try:
            value = self._previous[key]
        except KeyError:
            value = self.compute(key)
        self[key] = value
        return value
