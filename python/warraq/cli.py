"""The `warraq` command.

    warraq demo                                  analyze the built-in sample, print every layer
    warraq analyze [FILE|-]... [--format table|json|jsonl] [--date-order auto|dmy|mdy|ymd] [--strict]

JSON output (stable): `--format jsonl` prints one object per input, `--format json` one list of
them. Each object is ``{"file": NAME, "text": ..., "runs": [...], "tokens": [...],
"sentences": [...], "dates": [...], "quotes": [...]}`` where every span is the ``to_dict()`` of
its class (fields as in DESIGN.md; offsets are code-point indices into ``text``). An input that
cannot be read is reported on stderr in one line naming the file; the others are still
processed and the exit code is 1 (``--strict`` stops at the first failure).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Sequence
from typing import Any

import warraq

LAYERS = ("runs", "sentences", "tokens", "dates", "quotes")

# Columns shown by the table format, per layer (all fields are in the JSON formats).
COLUMNS: dict[str, tuple[str, ...]] = {
    "runs": ("start", "end", "script", "direction", "lang", "text"),
    "sentences": ("start", "end", "lang", "text"),
    "tokens": ("start", "end", "kind", "script", "text"),
    "dates": ("start", "end", "text", "calendar", "precision", "iso", "hijri", "method", "ambiguous"),
    "quotes": ("start", "end", "kind", "speaker", "cue", "source", "source_date", "verse", "text"),
}
MAX_CELL = 60


def _cell(value: Any) -> str:
    if value is None:
        return "-"
    s = str(value).replace("\n", "⏎")
    return s if len(s) <= MAX_CELL else s[: MAX_CELL - 1] + "…"


def format_table(rows: Sequence[Any], columns: Sequence[str]) -> str:
    """Formats objects as an aligned text table of the given attributes."""
    cells = [[_cell(getattr(r, c)) for c in columns] for r in rows]
    widths = [max([len(c)] + [len(row[i]) for row in cells]) for i, c in enumerate(columns)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(columns, widths)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(v.ljust(w) for v, w in zip(row, widths)).rstrip() for row in cells]
    return "\n".join(lines)


def render_table(name: str, doc: warraq.Document, layers: Iterable[str] = LAYERS) -> str:
    out = [f"== {name}: {doc!r}"]
    for layer in layers:
        rows = getattr(doc, layer)
        out.append(f"\n{layer} ({len(rows)})")
        if rows:
            out.append(format_table(rows, COLUMNS[layer]))
    return "\n".join(out)


def _read(path: str) -> str:
    if path == "-":
        data = sys.stdin.buffer.read()
    else:
        with open(path, "rb") as f:
            data = f.read()
    return data.decode("utf-8")


def _emit(fmt: str, name: str, doc: warraq.Document, out: list[dict[str, Any]]) -> None:
    if fmt == "table":
        print(render_table(name, doc))
        print()
    else:
        record = {"file": name, **doc.to_dict()}
        if fmt == "jsonl":
            print(json.dumps(record, ensure_ascii=False))
        else:
            out.append(record)


def cmd_analyze(args: argparse.Namespace) -> int:
    failed = False
    collected: list[dict[str, Any]] = []
    for path in args.files or ["-"]:
        name = "<stdin>" if path == "-" else path
        try:
            text = _read(path)
        except UnicodeDecodeError as e:
            print(f"warraq: {name}: not UTF-8 text (byte {e.start}: {e.reason})", file=sys.stderr)
            failed = True
        except OSError as e:
            print(f"warraq: {name}: cannot read: {e.strerror or e}", file=sys.stderr)
            failed = True
        else:
            doc = warraq.analyze(text, date_order=args.date_order)
            _emit(args.format, name, doc, collected)
            continue
        if args.strict:
            break
    if args.format == "json":
        print(json.dumps(collected, ensure_ascii=False, indent=2))
    return 1 if failed else 0


def cmd_demo(args: argparse.Namespace) -> int:
    from warraq._demo import SAMPLE

    doc = warraq.analyze(SAMPLE)
    if args.format == "table":
        print("warraq demo: the built-in sample text\n")
        print(SAMPLE)
        print(render_table("sample", doc, ("sentences", "dates", "quotes", "runs")))
    else:
        collected: list[dict[str, Any]] = []
        _emit(args.format, "sample", doc, collected)
        if collected:
            print(json.dumps(collected, ensure_ascii=False, indent=2))
    return 0


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="warraq",
        description="Read English, Arabic and mixed text: runs, sentences, tokens, dates, quotes.",
    )
    p.add_argument("--version", action="version", version=f"warraq {warraq.__version__}")
    sub = p.add_subparsers(dest="command", required=True)
    d = sub.add_parser("demo", help="analyze a built-in bilingual sample and print each layer")
    d.add_argument("--format", choices=("table", "json", "jsonl"), default="table")
    d.set_defaults(func=cmd_demo)
    a = sub.add_parser("analyze", help="analyze files (or - for standard input)")
    a.add_argument("files", nargs="*", metavar="FILE", help="UTF-8 text files; - or none for stdin")
    a.add_argument("--format", choices=("table", "json", "jsonl"), default="table")
    a.add_argument("--date-order", choices=("auto", "dmy", "mdy", "ymd"), default="auto")
    a.add_argument("--strict", action="store_true", help="stop at the first input that fails")
    a.set_defaults(func=cmd_analyze)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except BrokenPipeError:  # `warraq analyze ... | head`
        return 0
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
