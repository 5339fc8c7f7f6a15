#!/usr/bin/env python3
"""warraq beside other libraries on the same texts, in one run; writes BENCHMARKS.md.

Usage (``scripts/bench`` runs the Rust benches first, then this)::

    python benches/compare.py [--criterion DIR] [--facts DIR] [--out BENCHMARKS.md] [--quick]

What it measures, on the corpora of ``benches/corpus.py`` (the same bytes as the Rust benches):

- sentences: ``warraq.analyze(text).sentences`` vs pySBD, blingfire ``text_to_sentences`` and
  PyICU's sentence ``BreakIterator``; beside speed, sentence-boundary F1 and exact-match rate on the
  evaluation sets in ``../shared/eval/`` when they are present;
- dates: ``warraq.analyze(text).dates`` vs ``dateparser.search.search_dates``, both timed on the
  same slices of about 20 KB spread through each corpus (dateparser is too slow for megabytes), and
  warraq on the whole corpus too;
- Hijri conversion: ``warraq.gregorian_to_hijri`` vs ``hijridate`` per call, and the vectorized
  ``warraq.gregorian_to_hijri_many`` when the build has it;
- quotes and the whole pipeline: ``warraq.analyze`` MB/s, and ``warraq.analyze_many`` on documents.

Throughput is UTF-8 bytes of input per second, MB = 10^6 bytes. Each figure is the median of
several runs after a warm-up. A library that is not installed gets a row saying so.
A slow library is timed on a prefix of the corpus (cut at a paragraph break) so that the run stays
short; the table gives the size it was measured on.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import importlib.metadata
import json
import os
import platform
import re
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpus as corpora_mod  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
KB = 1024
# The speed targets of the issues, filled in while measuring: (target, measured, verdict).
TARGETS: list[tuple[str, str, str]] = []


def add_target(what: str, value: float | None, need: float, unit: str, detail: str = "",
           stub: bool = False) -> None:
    if stub:
        TARGETS.append((what, "—", "stub in this build: not measurable yet"))
    elif value is None:
        TARGETS.append((what, "—", "not measured"))
    else:
        verdict = "met" if value >= need else "**not met**"
        TARGETS.append((what, f"{fmt_rate(value)}{unit}{detail}", verdict))


STUB = ("**warraq found no {0} on at least one corpus: that layer is a stub in this build (or broken), so "
        "the figures above do not include its cost yet.**")


# ------------------------------------------------------------------------------------------ timing
@dataclass
class Timing:
    seconds: float  # median seconds per run
    nbytes: int  # bytes per run
    runs: int
    whole: bool  # measured on the whole corpus (not a prefix)
    result: object = None

    @property
    def mbps(self) -> float:
        return self.nbytes / self.seconds / 1e6 if self.seconds > 0 else float("inf")


def utf8_len(s: str) -> int:
    return len(s.encode("utf-8"))


def prefix(text: str, nbytes: int) -> str:
    """The longest prefix of at most ``nbytes`` UTF-8 bytes, cut at a paragraph break if possible."""
    if nbytes >= utf8_len(text):
        return text
    head = text.encode("utf-8")[:nbytes].decode("utf-8", "ignore")
    cut = head.rfind("\n\n")
    if cut > len(head) // 2:
        head = head[: cut + 2]
    return head


DATE_SLICES = 5


def spread_slices(text: str, count: int, nbytes: int) -> list[str]:
    """``count`` pieces of about ``nbytes`` UTF-8 bytes, spread evenly through ``text``, each starting
    after a paragraph break when one is near and cut like :func:`prefix`."""
    if utf8_len(text) <= nbytes * count:
        return [text]
    out = []
    step = len(text) // count
    for k in range(count):
        at = k * step
        if at:
            brk = text.find("\n\n", at, at + step // 2)
            at = brk + 2 if brk >= 0 else at
        out.append(prefix(text[at:], nbytes))
    return out


def run_timed(fn: Callable[[str], object], text: str, min_time: float, min_runs: int = 3,
              max_runs: int = 30) -> tuple[float, int, object]:
    times: list[float] = []
    result = None
    while len(times) < min_runs or (sum(times) < min_time and len(times) < max_runs):
        t0 = time.perf_counter()
        result = fn(text)
        times.append(time.perf_counter() - t0)
    return statistics.median(times), len(times), result


def measure(fn: Callable[[str], object], text: str, *, budget: float, fixed_bytes: int | None = None,
            min_time: float = 1.0) -> Timing:
    """Times ``fn`` on ``text``, or on a prefix of it when a run on the whole would exceed ``budget``/3 s."""
    fn(prefix(text, 2 * KB))  # warm-up: imports, lazy tables, caches
    total = utf8_len(text)
    if fixed_bytes is not None:
        piece = prefix(text, fixed_bytes)
    else:
        probe = prefix(text, 64 * KB)
        t0 = time.perf_counter()
        fn(probe)
        rate = utf8_len(probe) / max(time.perf_counter() - t0, 1e-9)
        per_run = budget / 3
        piece = text if total / rate <= per_run else prefix(text, max(64 * KB, int(rate * per_run)))
    secs, runs, result = run_timed(fn, piece, min_time=min(min_time, budget))
    nbytes = utf8_len(piece)
    return Timing(secs, nbytes, runs, nbytes >= total, result)


# ------------------------------------------------------------------------------------- libraries
def version(dist: str) -> str:
    try:
        return importlib.metadata.version(dist)
    except importlib.metadata.PackageNotFoundError:
        return "?"


def try_import(name: str):
    try:
        return importlib.import_module(name), None
    except Exception as e:  # any import failure means "not usable here"
        return None, f"{type(e).__name__}: {e}"


def lang_of(corpus_name: str) -> str:
    return "ar" if corpus_name == "arabic" else "en"


class SentenceLib:
    """A sentence splitter: ``split(text, lang) -> list of sentence strings``; ``fast(text, lang)``
    is what is timed (the library's natural output)."""

    def __init__(self, name: str, dist: str | None, module: str | None):
        self.name = name
        self.version = version(dist) if dist else ""
        self.error = None
        self.mod = None
        if module:
            self.mod, self.error = try_import(module)

    @property
    def label(self) -> str:
        return f"{self.name} {self.version}".strip()


class WarraqSentences(SentenceLib):
    def __init__(self, warraq):
        super().__init__("warraq", None, None)
        self.mod = warraq
        self.version = getattr(warraq, "__version__", "?")
        self.output = "Sentence objects"

    def fast(self, text, lang):
        return len(self.mod.analyze(text).sentences)

    def split(self, text, lang):
        return [s.text for s in self.mod.analyze(text).sentences]


class PySBD(SentenceLib):
    output = "list of str"

    def __init__(self):
        super().__init__("pySBD", "pysbd", "pysbd")
        self._seg = {}

    def _segmenter(self, lang):
        if lang not in self._seg:
            self._seg[lang] = self.mod.Segmenter(language=lang, clean=False)
        return self._seg[lang]

    def fast(self, text, lang):
        return len(self._segmenter(lang).segment(text))

    def split(self, text, lang):
        return self._segmenter(lang).segment(text)


class Blingfire(SentenceLib):
    output = "str joined by newlines, split"

    def __init__(self):
        super().__init__("blingfire", "blingfire", "blingfire")

    def fast(self, text, lang):
        return len(self.mod.text_to_sentences(text).split("\n"))

    def split(self, text, lang):
        return self.mod.text_to_sentences(text).split("\n")


class PyICU(SentenceLib):
    output = "boundary offsets (UTF-16)"

    def __init__(self):
        super().__init__("PyICU", "PyICU", "icu")
        if self.mod is not None:
            self.version = f"{self.version} (ICU {self.mod.ICU_VERSION})"
        self._bi = {}

    def _iter(self, lang):
        if lang not in self._bi:
            self._bi[lang] = self.mod.BreakIterator.createSentenceInstance(self.mod.Locale(lang))
        return self._bi[lang]

    def fast(self, text, lang):
        bi = self._iter(lang)
        bi.setText(text)
        return len(list(bi))

    def split(self, text, lang):
        bi = self._iter(lang)
        bi.setText(text)
        units = text.encode("utf-16-le")
        out, prev = [], 0
        for b in bi:
            out.append(units[2 * prev: 2 * b].decode("utf-16-le"))
            prev = b
        return out


# ------------------------------------------------------------------------------------ accuracy
def _norm(s: str) -> str:
    return " ".join(s.split())


def sentence_ends(text: str, sentences: list[str]) -> set[int]:
    """End offsets of the sentences, located in order in ``text`` (whitespace inside a sentence may
    differ: some libraries rewrite it)."""
    ends, pos = set(), 0
    for s in sentences:
        s = s.strip()
        if not s:
            continue
        i = text.find(s, pos)
        if i >= 0:
            end = i + len(s)
        else:
            m = re.compile(r"\s+".join(re.escape(w) for w in s.split())).search(text, pos)
            if m is None:
                continue
            end = m.end()
        ends.add(end)
        pos = end
    return ends


def score_sentences(lib: SentenceLib, rows: list[dict]) -> dict:
    exact = tp = n_pred = n_gold = 0
    for row in rows:
        text, lang = row["text"], row.get("lang", "en")
        got = [g for g in (_norm(s) for s in lib.split(text, lang)) if g]
        want = [w for w in (_norm(s) for s in row["sentences"]) if w]
        exact += got == want
        g, p = sentence_ends(text, row["sentences"]), sentence_ends(text, lib.split(text, lang))
        tp += len(g & p)
        n_pred += len(p)
        n_gold += len(g)
    prec = tp / n_pred if n_pred else 0.0
    rec = tp / n_gold if n_gold else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return {"exact": exact / len(rows) if rows else 0.0, "p": prec, "r": rec, "f1": f1, "n": len(rows)}


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


# ---------------------------------------------------------------------------------------- report
def fmt_rate(x: float | None) -> str:
    if x is None:
        return "n/a"
    if x >= 100:
        return f"{x:,.0f}"
    if x >= 10:
        return f"{x:.1f}"
    if x >= 0.1:
        return f"{x:.2f}"
    return f"{x:.4f}"


def fmt_ratio(ours: float | None, theirs: float | None) -> str:
    if not ours or not theirs:
        return "n/a"
    r = ours / theirs
    return f"{r:,.0f}×" if r >= 100 else f"{r:.1f}×" if r >= 1 else f"{r:.2f}×"


def on_what(t: Timing) -> str:
    return "whole corpus" if t.whole else f"first {fmt_size(t.nbytes)} (extrapolated)"


def fmt_size(nbytes: int) -> str:
    return f"{nbytes / 1e6:.2f} MB" if nbytes >= 1e6 else f"{nbytes / 1e3:.0f} KB"


def sh(*cmd: str) -> str:
    try:
        return subprocess.run(cmd, capture_output=True, text=True, check=False, cwd=ROOT).stdout.strip()
    except OSError:
        return ""


def machine_info() -> list[str]:
    cpu = "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        cpu = platform.processor() or "?"
    commit = sh("git", "rev-parse", "--short", "HEAD") or "?"
    changed = sh("git", "status", "--porcelain", "--untracked-files=no")
    dirty = " (with uncommitted changes)" if changed else ""
    return [
        f"- date: {dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M} UTC",
        f"- commit: `{commit}`{dirty}",
        f"- CPU: {cpu}, {os.cpu_count()} logical cores; "
        f"load average before the Python run: {', '.join(f'{x:.2f}' for x in os.getloadavg())}",
        f"- OS: {platform.system()} {platform.release()}",
        f"- Python {platform.python_version()} ({platform.python_implementation()}); "
        f"{sh('rustc', '--version') or 'rustc ?'}",
    ]


def criterion_results(cdir: Path | None) -> list[dict]:
    out = []
    if cdir is None or not cdir.is_dir():
        return out
    for bj in sorted(cdir.rglob("new/benchmark.json")):
        try:
            bench = json.loads(bj.read_text())
            est = json.loads((bj.parent / "estimates.json").read_text())
        except (OSError, ValueError):
            continue
        mean = est["mean"]["point_estimate"]  # ns per iteration
        lo = est["mean"]["confidence_interval"]["lower_bound"]
        hi = est["mean"]["confidence_interval"]["upper_bound"]
        thr = bench.get("throughput") or {}
        out.append({"group": bench.get("group_id"), "function": bench.get("function_id"),
                    "ns": mean, "ns_lo": lo, "ns_hi": hi, "bytes": thr.get("Bytes"),
                    "elements": thr.get("Elements")})
    return out


# (criterion function id, row label, target MB/s, what the layer finds: a layer that found none of
# these on a corpus is a stub in this build and gets no figure)
RUST_ROWS = [
    ("ref: chars().count()", "reference: UTF-8 decode, `chars().count()`", None, ()),
    ("ref: script of each char", "reference: `unicode_script` script of each char", None, ()),
    ("ref: strong_script of each char", "reference: warraq `text::strong_script` of each char (ASCII fast "
     "path)", None, ()),
    ("ref: unicode-segmentation split_word_bounds", "reference: unicode-segmentation `split_word_bounds`",
     None, ()),
    ("ref: unicode-segmentation unicode_sentences", "reference: unicode-segmentation `unicode_sentences`",
     None, ()),
    ("text::runs", "warraq `text::runs`", None, ("runs",)),
    ("segment::segment", "warraq `segment::segment` (tokens + sentences)", 300, ("tokens", "sentences")),
    ("dates::find_dates", "warraq `dates::find_dates`", 100, ("dates",)),
    ("quotes::find_quotes", "warraq `quotes::find_quotes`", 50, ("quotes",)),
    ("analyze", "warraq `analyze` (whole pipeline)", None, ()),
    ("analyze, first 256 KiB", "warraq `analyze` on the first 256 KiB only (far above the line before: "
     "superlinear cost)", None, ()),
]


def rust_section(results: list[dict], facts: dict[str, dict], corpus_names: list[str]) -> list[str]:
    lines = ["## Rust (criterion), single thread", ""]
    if not results:
        for _, label, need, _ in RUST_ROWS:
            if need is not None:
                add_target(f"Rust {label.removeprefix('warraq ')} ≥ {need} MB/s", None, need, "")
        return lines + ["Not run: `cargo bench` results were not found (run `scripts/bench`).", ""]
    by = {(r["group"], r["function"]): r for r in results}
    groups = [n for n in corpus_names if any(g == n for g, _ in by)]
    groups += sorted({g for g, _ in by if g not in groups and g != "calendar"})
    if groups:
        lines += ["MB/s (10^6 bytes of UTF-8 per second; mean of 10 samples; the range is the 95% "
                  "confidence interval of the mean, in brackets where it spans more than ±5%).", ""]
        lines.append("| bench | " + " | ".join(groups) + " | target |")
        lines.append("|---|" + "---:|" * len(groups) + "---:|")
        stubs = False
        for fid, label, target, finds in RUST_ROWS:
            cells = []
            for g in groups:
                r = by.get((g, fid))
                if r is None or not r["bytes"]:
                    cells.append("—")
                    continue
                found = facts.get(g, {}).get("found")
                if finds and found is not None and not any(found.get(k) for k in finds):
                    cells.append("stub¹")
                    stubs = True
                    continue
                mbps = r["bytes"] / r["ns"] * 1e3
                lo_mbps, hi_mbps = r["bytes"] / r["ns_hi"] * 1e3, r["bytes"] / r["ns_lo"] * 1e3
                cell = fmt_rate(mbps)
                if hi_mbps - lo_mbps > 0.1 * mbps:
                    cell += f" [{fmt_rate(lo_mbps)}–{fmt_rate(hi_mbps)}]"
                cells.append(cell)
            lines.append(f"| {label} | " + " | ".join(cells) + f" | {f'≥ {target}' if target else ''} |")
        lines.append("")
        if stubs:
            lines += ["¹ the layer found nothing on this corpus: it is a stub in this build, and its "
                      "time (nanoseconds) means nothing yet.", ""]
        found = [(g, facts[g]) for g in groups if g in facts]
        if found:
            lines += ["What the Rust pipeline found on each corpus (a layer that finds nothing is not "
                      "implemented in this build, and its figure means nothing yet):", ""]
            lines.append("| corpus | bytes | runs | tokens | sentences | dates | quotes |")
            lines.append("|---|---:|---:|---:|---:|---:|---:|")
            for g, f in found:
                n = f.get("found", {})
                lines.append(f"| {g} | {f.get('bytes', 0):,} | " + " | ".join(
                    f"{n.get(k, 0):,}" for k in ("runs", "tokens", "sentences", "dates", "quotes")) + " |")
            lines.append("")
    for fid, label, need, finds in RUST_ROWS:
        if need is None:
            continue
        if fid.startswith("quotes"):
            checks = [(" on the seed genre", [g for g in groups if g in ("mixed", "eval-seed")])]
        elif fid.startswith("dates") and "news" in groups:
            # the target is text with few dates (`news`); the date-dense corpora are
            # held to the same figure as a further check
            checks = [(" on text with few dates (news)", ["news"]),
                      (" on the date-dense corpora too", [g for g in groups if g != "news"])]
        else:
            checks = [("", groups)]
        for suffix, on in checks:
            rates, stub = [], False
            for g in on:
                r = by.get((g, fid))
                found = facts.get(g, {}).get("found")
                if found is not None and not any(found.get(k) for k in finds):
                    stub = True
                elif r is not None and r["bytes"]:
                    rates.append((r["bytes"] / r["ns"] * 1e3, g))
            worst = min(rates) if rates else None
            add_target(f"Rust {label.removeprefix('warraq ')} ≥ {need} MB/s" + suffix,
                       worst[0] if worst else None, need, " MB/s",
                       f" (slowest: {worst[1]})" if worst else "", stub=stub and not rates)
    cal = [r for r in results if r["group"] == "calendar"]
    lines += ["### Hijri conversion in Rust, one call at a time", ""]
    if cal:
        lines += ["| conversion | million conversions/s |", "|---|---:|"]
        for r in sorted(cal, key=lambda r: r["function"]):
            n = r["elements"] or 0
            lines.append(f"| `{r['function']}` | {n / r['ns'] * 1e3:.1f} |")
    else:
        lines.append("Not timed: the calendar conversions fail in this build (not implemented yet).")
    lines.append("")
    return lines


# ---------------------------------------------------------------------------------------- main
def main(argv: list[str] | None = None) -> int:
    # One thread means one thread: numpy (loaded by pandas, which `import warraq` loads when it
    # is installed) would otherwise start OpenBLAS workers that spin on the other core and slow
    # whatever is timed next, every library alike. Set before anything imports numpy.
    for var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(var, "1")
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--criterion", type=Path, default=None,
                    help="criterion output folder (target/criterion) to collect Rust figures from")
    ap.add_argument("--facts", type=Path, default=None,
                    help="folder of corpus-*.json written by the Rust bench (WARRAQ_BENCH_OUT)")
    ap.add_argument("--out", type=Path, default=None, help="write the report here (default: stdout only)")
    ap.add_argument("--corpora", default="", help="comma-separated corpus names (default: all)")
    ap.add_argument("--quick", action="store_true", help="shorter timing budgets")
    ap.add_argument("--rust-command", default="scripts/bench",
                    help="command shown in the report as the way to reproduce it")
    args = ap.parse_args(argv)

    budget = 1.5 if args.quick else 6.0
    min_time = 0.3 if args.quick else 1.0

    warraq, err = try_import("warraq")
    if warraq is None:
        print(f"cannot import warraq ({err}); build it first: maturin develop --release", file=sys.stderr)
        return 2

    names = [n.strip() for n in args.corpora.split(",") if n.strip()] or None
    corpora = corpora_mod.corpora(names)
    facts: dict[str, dict] = {}
    if args.facts and args.facts.is_dir():
        for f in args.facts.glob("corpus-*.json"):
            try:
                d = json.loads(f.read_text())
                facts[d["corpus"]] = d
            except (OSError, ValueError, KeyError):
                pass

    out: list[str] = []
    say = out.append
    say("# Benchmarks")
    say("")
    say("Written by `benches/compare.py`; reproduce everything (Rust benches, then this comparison) with "
        f"one command: `{args.rust_command}`. Throughput is bytes of UTF-8 input per second, "
        "MB = 10^6 bytes. Python figures are medians of several runs after a warm-up, one thread unless "
        "said otherwise.")
    say("")
    say("## Machine")
    say("")
    out.extend(machine_info())
    say("- run: " + ("`--quick` (criterion `--quick`, short Python budgets): a check, not final figures"
                     if args.quick else "full (criterion 10 samples × 3 s per bench, Python budget 6 s)"))
    say(f"- corpus size: {corpora_mod.target_bytes() / 2**20:g} MiB each (`WARRAQ_BENCH_MB`)")
    say("")
    summary_at = len(out)

    # -- corpora
    say("## Corpora")
    say("")
    say("Built by `benches/corpus.py` and `benches/common/mod.rs` (the same bytes: FNV-1a checked): "
        "paragraphs written for this project (`benches/corpus/*.txt`), shuffled deterministically and "
        "concatenated to the target size. `eval-*` corpora are built at run time from "
        "`../shared/eval/*.jsonl` when present (never stored in the repository).")
    say("")
    say("| corpus | what | bytes | chars | paragraphs/texts | FNV-1a | same bytes as Rust |")
    say("|---|---|---:|---:|---:|---|---|")
    what = {"mixed": "translated commentary, English with Arabic passages, dates, citations",
            "arabic": "Arabic news", "english": "plain English news",
            "news": "ordinary English and Arabic news prose and commentary, few dates (one every few KB)",
            "eval-seed": "the seed document, repeated", "eval-all": "every distinct text of the eval sets"}
    for c in corpora:
        h = corpora_mod.fnv1a_hex(c.text)
        rust = facts.get(c.name, {}).get("fnv1a")
        same = "n/a (no Rust run)" if rust is None else ("yes" if rust == h else f"**NO** (Rust {rust})")
        say(f"| {c.name} | {what.get(c.name, '')} | {c.nbytes:,} | {len(c.text):,} | {c.sources} | "
            f"`{h}` | {same} |")
    say("")

    # -- Rust
    out.extend(rust_section(criterion_results(args.criterion), facts, [c.name for c in corpora]))

    # -- sentences
    libs: list[SentenceLib] = [WarraqSentences(warraq), PyICU(), Blingfire(), PySBD()]
    say("## Sentences: warraq vs pySBD, blingfire, PyICU")
    say("")
    say("`warraq.analyze(text).sentences` (the whole pipeline, Python objects included) against each "
        "library's sentence splitter on the same text. `warraq ÷` is warraq's speed divided by the "
        "library's. A library (pySBD, and any slow one) is timed on a prefix when a run on the whole "
        "corpus would exceed the time budget: the `measured on` column says so.")
    say("")
    say("| corpus | library | output | MB/s | warraq ÷ | measured on | sentences |")
    say("|---|---|---|---:|---:|---|---:|")
    sent_speed: dict[tuple[str, str], float] = {}
    stub_note: set[str] = set()
    stub_corpora: set[tuple[str, str]] = set()
    for c in corpora:
        lang = lang_of(c.name)
        warraq_mbps = None
        for lib in libs:
            if lib.mod is None:
                say(f"| {c.name} | {lib.name} | | not installed | | | |")
                continue
            try:
                t = measure(lambda s, lib=lib, lang=lang: lib.fast(s, lang), c.text,
                            budget=budget, min_time=min_time)
            except Exception as e:  # a library failing on a corpus is a result, not a crash
                say(f"| {c.name} | {lib.label} | | failed: {type(e).__name__} | | | |")
                continue
            if lib.name == "warraq":
                warraq_mbps = t.mbps
                if not t.result:
                    stub_note.add("sentences")
                    stub_corpora.add((c.name, "sentences"))
            sent_speed[(c.name, lib.name)] = t.mbps
            on = on_what(t)
            ratio = "1×" if lib.name == "warraq" else fmt_ratio(warraq_mbps, t.mbps)
            if lib.name != "warraq" and (c.name, "sentences") in stub_corpora:
                ratio = "n/a (stub)"
            say(f"| {c.name} | {lib.label} | {lib.output} | {fmt_rate(t.mbps)} | {ratio} | {on} | "
                f"{t.result:,} |")
        print(f"sentences {c.name} done", file=sys.stderr)
    ratios = [(sent_speed[(c.name, "warraq")] / sent_speed[(c.name, "PyICU")], c.name) for c in corpora
              if (c.name, "warraq") in sent_speed and (c.name, "PyICU") in sent_speed]
    worst = min(ratios) if ratios else None
    add_target("`analyze(text).sentences` at least as fast as PyICU's sentence iterator",
           worst[0] if worst else None, 1.0, "×", f" (slowest: {worst[1]})" if worst else "",
           stub=any(n == "sentences" for _, n in stub_corpora))
    say("")
    if "sentences" in stub_note:
        say(STUB.format("sentences"))
        say("")

    # -- sentence accuracy
    edir = corpora_mod.eval_dir()
    sets = [("sentences_golden_en.jsonl", "golden rules EN"),
            ("sentences_golden_ar.jsonl", "golden rules AR"),
            ("sentences_ud_en.jsonl", "UD English-EWT"),
            ("sentences_ud_ar.jsonl", "UD Arabic-PUD")]
    present = [(edir / f, label) for f, label in sets if edir is not None and (edir / f).is_file()]
    # our own mixed English/Arabic set: written for this project and used to fix warraq's rules, so
    # warraq's figure on it is a regression check, the others' a fair measure
    present.append((ROOT / "tests" / "fixtures" / "sentences_mixed.jsonl",
                    "mixed EN/AR (ours: warraq's rules were fixed on it)"))
    say("### Sentence accuracy beside speed")
    say("")
    if len(present) == 1:
        say("The evaluation sets (`../shared/eval/sentences_*.jsonl`) are not present: only our own set "
            "is scored.")
        say("")
    say("Boundary F1 (sentence ends located in the text) and exact rate (the whole list of sentences, "
        "whitespace-normalized, equals the gold list), per document set; scored by this script's own "
        "code, so figures may differ slightly from `score.py`'s.")
    say("")
    say("| set | docs | " + " | ".join(lib.name for lib in libs) + " |")
    say("|---|---:|" + "---:|" * len(libs))
    for path, label in present:
        rows = read_jsonl(path)
        cells = []
        for lib in libs:
            if lib.mod is None:
                cells.append("not installed")
                continue
            try:
                s = score_sentences(lib, rows)
                cells.append(f"F1 {s['f1']:.3f} · exact {s['exact']:.3f}")
            except Exception as e:
                cells.append(f"failed: {type(e).__name__}")
        say(f"| {label} | {len(rows)} | " + " | ".join(cells) + " |")
    print("sentence accuracy done", file=sys.stderr)
    say("")

    # -- dates
    say("## Dates: warraq vs dateparser")
    say("")
    say("`warraq.analyze(text).dates` (the whole pipeline, Python objects included) against "
        "`dateparser.search.search_dates` (languages given, so it does not detect them), **on the same "
        f"text**: {DATE_SLICES} slices of about 20 KB spread evenly through each corpus (cut at paragraph "
        "breaks). On each slice the two are timed back to back (dateparser twice, warraq for at least "
        "0.2 s; medians), so a load change on the shared machine hits both; the ratio is the median of the "
        "slices' ratios, with the lowest and highest beside it. warraq's speed on the whole corpus is "
        "given too (its slices fit in the CPU's cache, the whole corpus does not), and beside the ratio "
        "the stricter one of warraq on the whole corpus to dateparser on the slices.")
    say("")
    say("| corpus | warraq MB/s (whole corpus) | warraq MB/s (slices) | dateparser MB/s (slices) | "
        "warraq ÷ dateparser (median of slices) | lowest – highest | warraq whole corpus ÷ dateparser slices "
        "| dates found in the slices (warraq / dateparser) | target |")
    say("|---|---:|---:|---:|---:|---|---:|---|---:|")
    dp_mod, dp_err = try_import("dateparser.search")
    date_ratios: list[tuple[float, str]] = []
    date_stub = False
    for c in corpora:
        try:
            wt = measure(lambda s: len(warraq.analyze(s).dates), c.text, budget=budget, min_time=min_time)
        except Exception as e:  # a failure is a row of the report, not a crash of the benchmark
            say(f"| {c.name} | failed: {type(e).__name__}: {e} | | | | | | | |")
            continue
        if not wt.result:
            stub_note.add("dates")
            date_stub = True
        if dp_mod is None:
            say(f"| {c.name} | {fmt_rate(wt.mbps)} | | dateparser not installed | | | | | |")
            continue
        langs = ["ar"] if c.name == "arabic" else ["en"] if c.name == "english" else ["en", "ar"]

        def dp(s, langs=langs):
            found = dp_mod.search_dates(s, languages=langs)
            return len(found or [])

        def ours(s):
            return len(warraq.analyze(s).dates)

        try:
            dp(prefix(c.text, 2 * KB))  # warm-up: dateparser loads its language data lazily
            ratios, w_secs, d_secs, nbytes, w_found, d_found = [], 0.0, 0.0, 0, 0, 0
            for piece in spread_slices(c.text, DATE_SLICES, 20 * KB):
                n = utf8_len(piece)
                ws, _, wn = run_timed(ours, piece, min_time=0.2)
                ds, _, dn = run_timed(dp, piece, min_time=0.0, min_runs=2)
                ratios.append(ds / ws)
                w_secs, d_secs, nbytes = w_secs + ws, d_secs + ds, nbytes + n
                w_found, d_found = w_found + wn, d_found + dn
            ratio = statistics.median(ratios)
            date_ratios.append((ratio, c.name))
            say(f"| {c.name} | {fmt_rate(wt.mbps)} | {fmt_rate(nbytes / w_secs / 1e6)} | "
                f"{fmt_rate(nbytes / d_secs / 1e6)} | "
                f"{'n/a (stub)' if not wt.result else f'{ratio:,.0f}×'} | "
                f"{min(ratios):,.0f}× – {max(ratios):,.0f}× | {fmt_ratio(wt.mbps, nbytes / d_secs / 1e6)} | "
                f"{w_found:,} / {d_found:,} in "
                f"{fmt_size(nbytes)} | ≥ 1000× |")
        except Exception as e:
            say(f"| {c.name} | {fmt_rate(wt.mbps)} | | dateparser failed: {type(e).__name__}: {e} "
                "| | | | | |")
        print(f"dates {c.name} done", file=sys.stderr)
    say("")
    worst = min(date_ratios) if date_ratios else None
    add_target("date finding ≥ 1000× `dateparser.search_dates` (same text)", worst[0] if worst else None,
               1000, "×", f" (slowest: {worst[1]})" if worst else "", stub=date_stub)
    if "dates" in stub_note:
        say(STUB.format("dates"))
        say("")

    out.extend(date_accuracy_section(warraq, dp_mod))
    print("date accuracy done", file=sys.stderr)

    # -- Hijri conversion
    out.extend(hijri_section(warraq, min_time))
    print("hijri done", file=sys.stderr)

    # -- quotes and the whole pipeline
    say("## Quotes and the whole pipeline")
    say("")
    say("`warraq.analyze(text)` runs every layer, so `analyze(text).quotes` costs the whole pipeline: "
        "the per-layer cost of quotes is in the Rust table. `analyze_many` takes the corpus cut into "
        "documents of about 10 KB (at paragraph breaks) and uses every core (rayon, GIL released).")
    say("")
    say("| corpus | `analyze(text).quotes` MB/s | quotes found | `analyze_many(docs)` MB/s | documents |")
    say("|---|---:|---:|---:|---:|")
    for c in corpora:
        try:
            qt = measure(lambda s: len(warraq.analyze(s).quotes), c.text, budget=budget, min_time=min_time)
            docs = split_docs(c.text, 10 * KB)
            # time a batch of documents sized from a first small batch, so a run stays near budget/3 s
            t0 = time.perf_counter()
            warraq.analyze_many(docs[:8])
            rate = sum(map(utf8_len, docs[:8])) / max(time.perf_counter() - t0, 1e-9)
            batch, size = [], 0
            for d in docs:
                if batch and size > rate * budget / 3:
                    break
                batch.append(d)
                size += utf8_len(d)
            secs, _, _ = run_timed(lambda _, batch=batch: warraq.analyze_many(batch), "",
                                   min_time=min(min_time, budget))
            many = size / secs / 1e6
        except Exception as e:  # a failure is a row of the report, not a crash of the benchmark
            say(f"| {c.name} | failed: {type(e).__name__}: {e} | | | |")
            continue
        say(f"| {c.name} | {fmt_rate(qt.mbps)} | {qt.result:,} | {fmt_rate(many)} | "
            f"{len(batch):,} of ~10 KB |")
        if not qt.result:
            stub_note.add("quotes")
    say("")
    if "quotes" in stub_note:
        say(STUB.format("quotes"))
        say("")

    say("## Notes")
    say("")
    say("- The 2-core machine above is shared; figures from a busy machine are lower bounds. The Rust "
        "table is single-threaded; `analyze_many` uses all cores.")
    say("- Python figures for warraq include building the Python result objects; the Rust figures do not.")
    say("- pySBD and dateparser are too slow to run on megabytes within a benchmark: pySBD's MB/s comes from "
        "a prefix and assumes linear cost (if it is superlinear, this flatters it); dateparser is compared "
        "with warraq on the same slices.")
    say("- PyICU returns only boundary offsets (the cheapest possible output); blingfire returns one "
        "string with newlines; pySBD and warraq return a list of sentences.")
    say("- To see where a layer spends its time: `cargo bench --bench layers --no-run`, then "
        "`WARRAQ_BENCH_CORPORA=mixed perf record -g target/release/deps/layers-<hash> --bench "
        "--profile-time 5 'mixed/dates::find_dates'` and `perf report --no-children`.")
    say("")

    summary = ["## Speed targets (from the issues)", "",
               "| target | measured (worst corpus) | verdict |", "|---|---|---|"]
    summary += [f"| {w} | {m} | {v} |" for w, m, v in TARGETS] + [""]
    out[summary_at:summary_at] = summary
    report = "\n".join(out)
    print(report)
    if args.out:
        args.out.write_text(report, encoding="utf-8")
        print(f"wrote {args.out}", file=sys.stderr)
    return 0


def _overlap(a0: int, a1: int, b0: int, b1: int) -> bool:
    return a0 < b1 and b0 < a1


def _prf(tp: int, n_pred: int, n_gold: int) -> str:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"P {p:.3f} · R {r:.3f} · F1 {f:.3f}"


def date_accuracy_section(warraq, dp_mod) -> list[str]:
    """Precision/recall of date mentions on ``seed_dates.jsonl``: a prediction counts when it overlaps
    a gold mention and its value at the gold's precision (``1991``, ``2019-03``, ``2022-01-08``) equals
    the gold value. dateparser gives no offsets: its matched substrings are located in order; its
    values are full datetimes, compared only at the gold's precision (which favours it)."""
    lines = ["### Date accuracy beside speed", ""]
    edir = corpora_mod.eval_dir()
    path = edir / "seed_dates.jsonl" if edir is not None else None
    if path is None or not path.is_file():
        return lines + ["Not measured: `../shared/eval/seed_dates.jsonl` is not present.", ""]
    rows = read_jsonl(path)
    lines += ["Mentions on the seed document (`seed_dates.jsonl`, numeric order d/m/y given to both); "
              "a hit overlaps a gold mention and has its value at the gold's precision. Scored by this "
              "script, so figures may differ slightly from `score.py`'s.", "",
              "| library | seed dates |", "|---|---|"]

    def score(predict) -> str:
        tp = n_pred = n_gold = 0
        for row in rows:
            golds = row.get("dates") or []
            preds = predict(row)
            used: set[int] = set()
            for g in golds:
                for i, (a, b, value) in enumerate(preds):
                    if i not in used and _overlap(g["start"], g["end"], a, b) and value is not None \
                            and value[: len(g["value"])] == g["value"]:
                        used.add(i)
                        break
            tp += len(used)
            n_pred += len(preds)
            n_gold += len(golds)
        return _prf(tp, n_pred, n_gold)

    def warraq_preds(row):
        doc = warraq.analyze(row["text"], date_order=row.get("date_order", "auto"))
        return [(m.start, m.end, m.iso) for m in doc.dates]

    def dateparser_preds(row):
        order = (row.get("date_order") or "dmy").upper()
        found = dp_mod.search_dates(row["text"], languages=["en", "ar"],
                                    settings={"DATE_ORDER": order}) or []
        out, pos = [], 0
        for sub, when in found:
            i = row["text"].find(sub, pos)
            if i < 0:
                continue
            pos = i + len(sub)
            out.append((i, pos, when.strftime("%Y-%m-%d")))
        return out

    try:
        lines.append(f"| warraq {warraq.__version__} | {score(warraq_preds)} |")
    except Exception as e:  # a stub or a failure is a result
        lines.append(f"| warraq | failed: {type(e).__name__}: {e} |")
    if dp_mod is None:
        lines.append("| dateparser | not installed |")
    else:
        try:
            lines.append(f"| dateparser {version('dateparser')} | {score(dateparser_preds)} |")
        except Exception as e:
            lines.append(f"| dateparser | failed: {type(e).__name__}: {e} |")
    lines.append("")
    return lines


def split_docs(text: str, size: int) -> list[str]:
    """Cuts ``text`` into documents of about ``size`` bytes at paragraph breaks."""
    docs, cur, n = [], [], 0
    for para in text.split("\n\n"):
        if not para:
            continue
        cur.append(para)
        n += utf8_len(para) + 2
        if n >= size:
            docs.append("\n\n".join(cur) + "\n\n")
            cur, n = [], 0
    if cur:
        docs.append("\n\n".join(cur) + "\n\n")
    return docs


def hijri_section(warraq, min_time: float) -> list[str]:
    lines = ["## Hijri conversion from Python", ""]
    n = 50_000
    first = dt.date(1940, 1, 1)
    days = [first + dt.timedelta(days=i) for i in range(n)]
    lines += [f"Gregorian → Hijri (Umm al-Qura) over {n:,} consecutive days from {first} "
              "(inside the published table), one Python call per date unless said otherwise.", ""]
    lines += ["| path | conversions/s | vs hijridate | agreement with hijridate | target |",
              "|---|---:|---:|---|---|"]

    def per_call(fn) -> tuple[float, list]:
        res: list = []

        def loop(_):
            res.clear()
            res.extend(fn(d) for d in days)

        secs, _, _ = run_timed(loop, "", min_time=min_time, min_runs=3, max_runs=10)
        return n / secs, list(res)

    hd, hd_err = try_import("hijridate")
    hd_rate = hd_vals = None
    if hd is not None:
        hd_rate, hd_res = per_call(lambda d: hd.Gregorian(d.year, d.month, d.day).to_hijri())
        hd_vals = [(h.year, h.month, h.day) for h in hd_res]

    w_rate = None
    try:
        warraq.gregorian_to_hijri(days[0])
        w_rate, w_res = per_call(warraq.gregorian_to_hijri)
        w_vals = [(h.year, h.month, h.day) for h in w_res]
        agree = (f"{sum(a == b for a, b in zip(w_vals, hd_vals)):,} / {n:,} days" if hd_vals
                 else "n/a (hijridate not installed)")
        add_target("scalar `gregorian_to_hijri` from Python ≥ 5× hijridate",
               w_rate / hd_rate if hd_rate else None, 5, "×")
        lines.append(f"| `warraq.gregorian_to_hijri(date)` | {w_rate:,.0f} | {fmt_ratio(w_rate, hd_rate)} | "
                     f"{agree} | ≥ 5× hijridate |")
    except Exception as e:  # not implemented in this build
        add_target("scalar `gregorian_to_hijri` from Python ≥ 5× hijridate", None, 5, "×", stub=True)
        lines.append(f"| `warraq.gregorian_to_hijri(date)` | n/a: {type(e).__name__}: {e} | | | "
                     "≥ 5× hijridate |")

    many = getattr(warraq, "gregorian_to_hijri_many", None)
    if many is None:
        add_target("vectorized Gregorian → Hijri ≥ 10 million conversions/s", None, 1e7, "/s", stub=True)
        lines.append("| `warraq.gregorian_to_hijri_many(dates)` (vectorized) | n/a (not in this build) | | | "
                     "≥ 10 million/s |")
    else:
        lines.append(vectorized_row(many, days, hd_rate, hd_vals, min_time))

    if hd is not None:
        lines.append(f"| `hijridate.Gregorian(y, m, d).to_hijri()` {version('hijridate')} | {hd_rate:,.0f} | "
                     "1× | | |")
    else:
        lines.append(f"| hijridate | not installed ({hd_err}) | | | |")
    lines.append("")
    return lines


def vectorized_row(many, days, hd_rate, hd_vals, min_time) -> str:
    """Times the vectorized path on the widest input form it accepts: a numpy datetime64 array, then a
    list of dates. Whatever it returns, its length must match."""
    reps = 20
    inputs = []
    try:
        import numpy as np

        arr = np.array(days, dtype="datetime64[D]")
        inputs.append(("numpy datetime64[D] array", np.tile(arr, reps)))
        inputs.append(("numpy int64 array of days since 1970-01-01", np.tile(arr.astype("int64"), reps)))
    except Exception:  # numpy missing: lists only
        pass
    inputs.append(("list of datetime.date", days * reps))
    errors = []
    for form, data in inputs:
        try:
            res = many(data)
            # a list of HijriDate, or columns (years, months, days) for array input
            n = len(res[0]) if isinstance(res, tuple) and len(res) == 3 else len(res)
            if n != len(data):
                errors.append(f"{form}: returned {n} for {len(data)}")
                continue
        except Exception as e:
            errors.append(f"{form}: {type(e).__name__}")
            continue
        secs, _, _ = run_timed(lambda _, data=data: many(data), "", min_time=min_time,
                               min_runs=3, max_runs=10)
        rate = len(data) / secs
        add_target("vectorized Gregorian → Hijri ≥ 10 million conversions/s", rate / 1e6, 10, " million/s",
               f" ({form})")
        return (f"| `warraq.gregorian_to_hijri_many(...)` on a {form} of {len(data):,} | {rate:,.0f} | "
                f"{fmt_ratio(rate, hd_rate)} | | ≥ 10 million/s |")
    add_target("vectorized Gregorian → Hijri ≥ 10 million conversions/s", None, 10, "")
    return f"| `warraq.gregorian_to_hijri_many` | failed: {'; '.join(errors)} | | | ≥ 10 million/s |"


if __name__ == "__main__":
    sys.exit(main())
