"""The `warraq` command: demo, analyze, output formats, errors per file."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

WARRAQ = [sys.executable, "-m", "warraq"]


def run(*args, stdin=None):
    return subprocess.run([*WARRAQ, *args], input=stdin, capture_output=True, timeout=120)


def test_demo_prints_every_layer_with_arabic():
    out = run("demo")
    assert out.returncode == 0, out.stderr
    text = out.stdout.decode()
    for header in ("sentences (", "dates (", "quotes (", "runs ("):
        assert header in text
    assert "Arabic" in text and "rtl" in text
    assert "المفاوضات" in text


def test_analyze_jsonl_gives_one_object_per_file(tmp_path):
    a = tmp_path / "a.txt"
    a.write_text("قال الوزير: «نعم».", encoding="utf-8")
    b = tmp_path / "b.txt"
    b.write_text("Plain English.", encoding="utf-8")
    out = run("analyze", str(a), str(b), "--format", "jsonl")
    assert out.returncode == 0, out.stderr
    lines = out.stdout.decode().splitlines()
    recs = [json.loads(line) for line in lines]
    assert [r["file"] for r in recs] == [str(a), str(b)]
    assert set(recs[0]) == {"file", "text", "runs", "tokens", "sentences", "dates", "quotes"}
    assert recs[0]["runs"][0]["script"] == "Arabic"


def test_analyze_json_reads_stdin():
    out = run("analyze", "-", "--format", "json", stdin=b"Hello world.")
    assert out.returncode == 0
    recs = json.loads(out.stdout)
    assert recs[0]["file"] == "<stdin>" and recs[0]["text"] == "Hello world."


def test_bad_files_are_named_and_the_rest_still_processed(tmp_path):
    bad = tmp_path / "latin1.txt"
    bad.write_bytes("caf\xe9".encode("latin-1"))
    good = tmp_path / "good.txt"
    good.write_text("ok", encoding="utf-8")
    missing = tmp_path / "missing.txt"
    out = run("analyze", str(bad), str(missing), str(good), "--format", "jsonl")
    assert out.returncode == 1
    err = out.stderr.decode().strip().splitlines()
    assert len(err) == 2
    assert str(bad) in err[0] and "UTF-8" in err[0]
    assert str(missing) in err[1]
    assert [json.loads(x)["file"] for x in out.stdout.decode().splitlines()] == [str(good)]


def test_strict_stops_at_the_first_failure(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("ok", encoding="utf-8")
    out = run("analyze", str(tmp_path / "nope.txt"), str(good), "--format", "jsonl", "--strict")
    assert out.returncode == 1
    assert out.stdout == b""


def test_table_format_is_the_default(tmp_path):
    f = tmp_path / "t.txt"
    f.write_text("Cairo القاهرة", encoding="utf-8")
    out = run("analyze", str(f))
    assert out.returncode == 0
    assert "runs (3)" in out.stdout.decode()


@pytest.mark.parametrize("order", ["dmy", "mdy", "auto"])
def test_date_order_is_accepted(order, tmp_path):
    f = tmp_path / "t.txt"
    f.write_text("On 5/1/2022.", encoding="utf-8")
    assert run("analyze", str(f), "--date-order", order).returncode == 0
