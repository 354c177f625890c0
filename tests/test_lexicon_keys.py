"""The packaged lexicon files name each word once per table: YAML keeps the last of two equal keys without a word,
so a second row for a verb (added by another hand, or by a merge) would silently replace the first."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from timelinekg.nlp.extract.lexicon import HERE


class _RefusesEqualKeys(yaml.SafeLoader):
    pass


def _mapping_once(loader: yaml.SafeLoader, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
    seen: set[Any] = set()
    # a table may take another's rows ("<<: *strikers"); a word it adds must not repeat one of them
    loader.flatten_mapping(node)
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            raise AssertionError(f"{key!r} twice in one table (line {key_node.start_mark.line + 1})")
        seen.add(key)
    return loader.construct_mapping(node, deep=deep)


_RefusesEqualKeys.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping_once)


@pytest.mark.parametrize("name", ["triggers.yaml", "aliases.yaml"])
def test_each_word_has_one_row_per_table(name: str) -> None:
    path = Path(HERE) / name
    yaml.load(path.read_text(encoding="utf-8"), Loader=_RefusesEqualKeys)
