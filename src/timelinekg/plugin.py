"""Lazy ``"module:attribute"`` targets: stores, loaders and exporters are registered by name
and imported only when used, so that heavy optional dependencies load only for what needs them."""

from __future__ import annotations

import importlib
from typing import Any


def load_target(target: str) -> Any:
    """``"timelinekg.loaders.facts:load_fact_file"`` -> that function, importing its module now."""
    module_name, attribute = target.split(":")
    return getattr(importlib.import_module(module_name), attribute)
