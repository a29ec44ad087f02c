"""The collector paused around bulk work, and resumed inside a pause for work that may leave cycles."""
from __future__ import annotations

import gc

from kg.gc_pause import gc_paused, gc_resumed


def test_paused_and_resumed_restore_the_state_they_found():
    assert gc.isenabled()
    with gc_paused():
        assert not gc.isenabled()
        with gc_resumed():
            assert gc.isenabled()
        assert not gc.isenabled()
        with gc_resumed(False):  # the collector was off before the pause: it stays off
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()


def test_a_pause_inside_a_pause_does_not_turn_the_collector_on():
    with gc_paused():
        with gc_paused():
            pass
        assert not gc.isenabled()
    assert gc.isenabled()
