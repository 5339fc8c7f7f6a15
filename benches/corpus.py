"""The benchmark corpora, built exactly as ``benches/common/mod.rs`` builds them.

Same paragraphs, same deterministic shuffle (splitmix64 seeded by the FNV-1a hash of the corpus
name), same target size, hence the same bytes: :func:`fnv1a` of each text is printed by both sides
and checked by ``compare.py``.

Corpora: ``mixed`` (translated commentary with Arabic passages, d/m/yyyy dates, Hijri datelines,
bracketed quotes with citations, a Quran reference), ``arabic`` (Arabic news), ``english`` (plain
English news), all date-dense, and ``news`` (ordinary English and Arabic news prose and
commentary with few dates, one every few KB), all written for this project
(``benches/corpus/*.txt``). When the evaluation files are present at run time
(``../shared/eval/*.jsonl`` or ``$WARRAQ_EVAL_DIR``), two more are built from them and never
stored: ``eval-seed`` (the seed document repeated) and ``eval-all`` (every distinct text in those
files).
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
MASK = (1 << 64) - 1


@dataclass
class Corpus:
    name: str
    text: str
    sources: int

    @property
    def nbytes(self) -> int:
        return len(self.text.encode("utf-8"))


def target_bytes() -> int:
    """``WARRAQ_BENCH_MB`` megabytes (MiB), 4 by default."""
    try:
        mb = float(os.environ.get("WARRAQ_BENCH_MB", "4"))
    except ValueError:
        mb = 4.0
    if mb <= 0:
        mb = 4.0
    return int(mb * 1024.0 * 1024.0)


def fnv1a(data: bytes) -> int:
    h = 0xCBF29CE484222325
    for b in data:
        h ^= b
        h = (h * 0x100000001B3) & MASK
    return h


def fnv1a_hex(text: str) -> str:
    return f"{fnv1a(text.encode('utf-8')):016x}"


class _SplitMix:
    def __init__(self, seed: int) -> None:
        self.state = seed & MASK

    def next(self) -> int:
        self.state = (self.state + 0x9E3779B97F4A7C15) & MASK
        z = self.state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
        return z ^ (z >> 31)


def paragraphs(file_text: str) -> list[str]:
    parts = (p.strip("\n") for p in file_text.replace("\r\n", "\n").split("\n\n"))
    return [p for p in parts if p.strip()]


def build(name: str, parts: list[str], target: int) -> str:
    """Each part followed by a blank line, in rounds of deterministic shuffles, to ``target`` bytes."""
    if not parts:
        return ""
    rng = _SplitMix(fnv1a(name.encode("utf-8")))
    encoded = [(p + "\n\n", len(p.encode("utf-8")) + 2) for p in parts]
    order = list(range(len(parts)))
    out: list[str] = []
    size = 0
    while size < target:
        for i in range(len(order) - 1, 0, -1):
            j = rng.next() % (i + 1)
            order[i], order[j] = order[j], order[i]
        for k in order:
            piece, n = encoded[k]
            out.append(piece)
            size += n
            if size >= target:
                break
    return "".join(out)


def eval_dir() -> Path | None:
    env = os.environ.get("WARRAQ_EVAL_DIR")
    d = Path(env) if env else ROOT.parent / "shared" / "eval"
    return d if d.is_dir() else None


def eval_texts(d: Path) -> tuple[list[str], list[str]]:
    """Distinct ``text`` fields of every ``*.jsonl`` (files in name order), and the seed's text."""
    all_texts: list[str] = []
    seed: list[str] = []
    seen: set[str] = set()
    for f in sorted(d.glob("*.jsonl")):
        is_seed = f.name.startswith("seed_")
        for line in f.read_text(encoding="utf-8").splitlines():
            try:
                row = json.loads(line)
            except ValueError:
                continue
            text = row.get("text") if isinstance(row, dict) else None
            if not isinstance(text, str) or not text.strip() or text in seen:
                continue
            seen.add(text)
            all_texts.append(text)
            if is_seed:
                seed.append(text)
    return all_texts, seed


def corpora(names: list[str] | None = None) -> list[Corpus]:
    target = target_bytes()
    out = []
    for name in ("mixed", "arabic", "english", "news"):
        if names and name not in names:
            continue
        parts = paragraphs((HERE / "corpus" / f"{name}.txt").read_text(encoding="utf-8"))
        out.append(Corpus(name, build(name, parts, target), len(parts)))
    d = eval_dir()
    if d is not None:
        all_texts, seed = eval_texts(d)
        for name, parts in (("eval-seed", seed), ("eval-all", all_texts)):
            if parts and (not names or name in names):
                out.append(Corpus(name, build(name, parts, target), len(parts)))
    return out


if __name__ == "__main__":
    for c in corpora():
        print(f"{c.name}: {c.nbytes} bytes from {c.sources} sources, fnv1a {fnv1a_hex(c.text)}")
