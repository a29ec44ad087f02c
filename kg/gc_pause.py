"""Pausing the cyclic garbage collector around bulk work on long-lived objects."""
from __future__ import annotations

import gc
from contextlib import contextmanager
from typing import Iterator


@contextmanager
def gc_paused() -> Iterator[None]:
    """The cyclic garbage collector off while many long-lived, acyclic objects are made.

    Loading a cache entry or resolving a graph allocates hundreds of thousands
    of objects that all survive; every collection the allocations trigger
    walks them again for nothing (a quarter of the load time). Reference
    counting still frees everything; the previous state is restored after.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


@contextmanager
def gc_resumed(enabled: bool = True) -> Iterator[None]:
    """Inside a ``gc_paused`` block: the collector back on (when ``enabled``: pass whether it was
    on before the pause) for work that may leave cyclic garbage, e.g. running the pipeline in
    this process; paused again after."""
    was_enabled = gc.isenabled()
    if enabled:
        gc.enable()
    try:
        yield
    finally:
        if not was_enabled:
            gc.disable()
