"""Extractors: one module per entity type, relations last. Each a ``Stage``."""
from __future__ import annotations

from .analyse import analyse
from .regions import regions

DEFAULT_STAGES = (analyse, regions)
