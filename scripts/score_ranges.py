#!/usr/bin/env python3
"""Scores warraq on date intervals (Duckling-style `{grain, from, to_exclusive}` rows).

    python scripts/score_ranges.py ../shared/eval/dates_duckling_ranges.jsonl --show 40

Each row is `{"id", "text", "expected": {"grain", "from", "to_exclusive"}, "reference_time"?}`.
It is scored through the public Python contract only (`warraq.analyze(...).dates`). A row is a
hit when warraq reports the interval [from, to_exclusive - 1 day]:

- one mention covers it exactly: a day mention whose `iso` is both ends, or a month, year, week
  or part mention whose `gregorian_start`/`gregorian_end` are the two ends; or
- two or more mentions (a range's two ends, each a mention with full values): the first starts
  at `from` and the last ends at the last day.

A mention's own interval is read the same way: `gregorian_start`..`gregorian_end` when given,
else its `iso` at day precision, else the whole month (`2019-03`) or year (`1991`) `iso` names.
The last line printed is the hit rate.
"""

from __future__ import annotations

import argparse
import calendar
import datetime as dt
import json
import sys


def load_jsonl(path: str) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def span_of(m) -> tuple[dt.date, dt.date] | None:
    """First and last Gregorian day a mention covers, or None when it has no value."""
    gs, ge = getattr(m, "gregorian_start", None), getattr(m, "gregorian_end", None)
    if gs and ge:
        return dt.date.fromisoformat(gs), dt.date.fromisoformat(ge)
    iso = m.iso
    if not iso:
        return None
    parts = iso.split("-")
    try:
        if len(parts) == 3:
            d = dt.date.fromisoformat(iso)
            return d, d
        if len(parts) == 2 and not parts[1].startswith("W"):
            y, mo = int(parts[0]), int(parts[1])
            return dt.date(y, mo, 1), dt.date(y, mo, calendar.monthrange(y, mo)[1])
        if len(parts) == 1:
            y = int(parts[0])
            return dt.date(y, 1, 1), dt.date(y, 12, 31)
    except ValueError:
        return None
    return None


def analyze(warraq, row: dict):
    kwargs = {}
    ref = row.get("reference_date") or row.get("reference_time")
    if ref:
        kwargs["reference_date"] = dt.date.fromisoformat(ref[:10])
    if row.get("date_order"):
        kwargs["date_order"] = row["date_order"]
    return warraq.analyze(row["text"], **kwargs)


def is_hit(spans: list[tuple[dt.date, dt.date]], first: dt.date, last: dt.date) -> bool:
    if any(s == (first, last) for s in spans):
        return True
    # a range written as its two ends: the earliest-starting mention opens it, the last closes it
    if len(spans) >= 2:
        return spans[0][0] == first and spans[-1][1] == last
    return False


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("file", nargs="?", default="../shared/eval/dates_duckling_ranges.jsonl")
    ap.add_argument("--show", type=int, default=0, help="print up to N misses")
    ap.add_argument("--lang", help="only rows of this language")
    ap.add_argument("--module", default="warraq", help="score another module with the same contract")
    args = ap.parse_args(argv)
    try:
        rows = load_jsonl(args.file)
    except OSError as e:
        print(f"cannot read {args.file}: {e}", file=sys.stderr)
        return 2
    if args.lang:
        rows = [r for r in rows if r.get("lang") == args.lang]
    warraq = __import__(args.module)
    hits = 0
    by_lang: dict[str, list[int]] = {}
    misses = []
    for row in rows:
        exp = row["expected"]
        first = dt.date.fromisoformat(exp["from"])
        last = dt.date.fromisoformat(exp["to_exclusive"]) - dt.timedelta(days=1)
        mentions = sorted(analyze(warraq, row).dates, key=lambda m: (m.start, m.end))
        spans = [s for s in (span_of(m) for m in mentions) if s]
        ok = is_hit(spans, first, last)
        hits += ok
        tally = by_lang.setdefault(row.get("lang", "?"), [0, 0])
        tally[0] += ok
        tally[1] += 1
        if not ok:
            got = [(m.text, f"{s[0]}..{s[1]}" if s else None) for m, s in ((m, span_of(m)) for m in mentions)]
            misses.append(f"MISS {row['id']}: {row['text']!r} want {first}..{last} got {got}")
    for line in misses[: args.show]:
        print(line)
    for lang, (h, n) in sorted(by_lang.items()):
        print(f"{lang}: {h}/{n} = {h / n:.3f}")
    n = len(rows)
    print(f"hit rate {hits}/{n} = {hits / n if n else 1.0:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
