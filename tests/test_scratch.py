"""Scratch directories left by a killed process are removed by the next one; live ones are kept."""

import os
import signal
import subprocess
import sys
import time

import pytest

from kg_builder.scratch import LOCK_NAME, scratch_directory, sweep

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="flock is POSIX")

#: Makes a scratch directory under argv[1], prints its path, writes a file into it and waits.
_HOLDER = """
import sys, time
from kg_builder.scratch import scratch_directory
with scratch_directory(sys.argv[2], sys.argv[1]) as scratch:
    (scratch / "loaded.nq").write_bytes(b"x" * 1000)
    print(scratch, flush=True)
    time.sleep(600)
"""


def _holder(parent, kind="build"):
    process = subprocess.Popen([sys.executable, "-c", _HOLDER, str(parent), kind], stdout=subprocess.PIPE, text=True)
    return process, process.stdout.readline().strip()


def _kill(process):
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    process.stdout.close()


def test_a_killed_process_leaves_its_scratch_and_the_next_one_removes_it(tmp_path):
    holder, left = _holder(tmp_path)
    _kill(holder)
    assert os.path.exists(os.path.join(left, "loaded.nq")), "SIGKILL gives no chance to clean up"
    with scratch_directory("build", tmp_path) as mine:
        assert not os.path.exists(left)
        assert sorted(p.name for p in tmp_path.iterdir()) == [mine.name]
    assert list(tmp_path.iterdir()) == []


def test_the_scratch_of_a_live_process_is_kept(tmp_path):
    holder, alive = _holder(tmp_path)
    try:
        assert sweep("build", tmp_path) == []
        with scratch_directory("build", tmp_path):
            assert os.path.exists(os.path.join(alive, "loaded.nq"))
    finally:
        _kill(holder)
    assert [str(p) for p in sweep("build", tmp_path)] == [alive]


def test_only_its_own_kind_and_only_directories_with_a_lock_are_removed(tmp_path):
    holder, export = _holder(tmp_path, kind="export")
    _kill(holder)
    unlocked = tmp_path / "kgb-build-old"  # an older version's scratch, or not ours: no lock in it
    unlocked.mkdir()
    other = tmp_path / "build-something"
    other.mkdir()
    (other / LOCK_NAME).touch()
    assert sweep("build", tmp_path) == []
    assert unlocked.exists() and other.exists() and os.path.exists(export)
    assert [str(p) for p in sweep("export", tmp_path)] == [export]


def test_the_lock_is_held_from_the_moment_it_appears(tmp_path):
    """A sweep racing with a new scratch directory never removes it."""
    holders = [_holder(tmp_path)[0] for _ in range(3)]
    try:
        deadline = time.monotonic() + 2
        while time.monotonic() < deadline:
            with scratch_directory("build", tmp_path) as mine:
                assert mine.exists() and (mine / LOCK_NAME).exists()
        assert len(list(tmp_path.glob("kgb-build-*"))) == 3
    finally:
        for holder in holders:
            _kill(holder)
