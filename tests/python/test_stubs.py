"""The hand-written stubs agree with the compiled module (mypy's stubtest), when mypy is installed."""

from __future__ import annotations

import pathlib
import subprocess
import sys

import pytest

pytest.importorskip("mypy")

HERE = pathlib.Path(__file__).parent


def test_stubs_match_the_native_module():
    out = subprocess.run(
        [sys.executable, "-m", "mypy.stubtest", "warraq._warraq", "--concise",
         "--allowlist", str(HERE / "stubtest_allowlist.txt")],
        capture_output=True, text=True, timeout=600,
    )
    assert out.returncode == 0, out.stdout + out.stderr
