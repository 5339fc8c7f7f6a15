"""Sentences and Arabic runs on mixed English/Arabic passages: every row of
`tests/fixtures/sentences_mixed.jsonl` (the project's own fixtures, in the genre of translated
political commentary, news, Q&A, Quran and hadith citations) must come out exactly."""

from __future__ import annotations

import json
import pathlib

import pytest

import warraq

FIXTURES = pathlib.Path(__file__).resolve().parents[1] / "fixtures" / "sentences_mixed.jsonl"
ROWS = [json.loads(line) for line in FIXTURES.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_the_fixture_set_is_large_and_well_formed():
    assert len(ROWS) >= 60
    assert len({row["id"] for row in ROWS}) == len(ROWS)
    for row in ROWS:
        # the gold sentences are pieces of the text, in order
        pos = 0
        for s in row["sentences"]:
            k = row["text"].find(s, pos)
            assert k >= 0, (row["id"], s)
            pos = k + len(s)


@pytest.mark.parametrize("row", ROWS, ids=[row["id"] for row in ROWS])
def test_sentences(row):
    doc = warraq.analyze(row["text"])
    got = [s.text.strip() for s in doc.sentences if s.text.strip()]
    want = [s.strip() for s in row["sentences"] if s.strip()]
    assert got == want, f"{row['id']} ({row['note']})"


@pytest.mark.parametrize(
    "row", [r for r in ROWS if "arabic_runs" in r], ids=[r["id"] for r in ROWS if "arabic_runs" in r]
)
def test_arabic_runs_cover_exactly_the_arabic_words(row):
    doc = warraq.analyze(row["text"])
    got = [r.text for r in doc.runs if r.script == "Arabic"]
    assert got == row["arabic_runs"], f"{row['id']} ({row['note']})"


@pytest.mark.parametrize("row", ROWS, ids=[row["id"] for row in ROWS])
def test_sentence_lang_is_that_of_its_dominant_letters(row):
    # a sentence is `ar` (or `fa`/`ur`) when it has clearly more Arabic-script letters than Latin
    # ones, `en` when it has clearly fewer (the language of a near tie is an estimate from the
    # runs' bytes, spaces included, and may go either way)
    doc = warraq.analyze(row["text"])
    for s in doc.sentences:
        arabic = sum(1 for c in s.text if "\u0600" <= c <= "\u06ff" and c.isalpha())
        latin = sum(1 for c in s.text if c.isascii() and c.isalpha())
        if arabic > 1.3 * latin:
            assert s.lang in ("ar", "fa", "ur"), (row["id"], s.text, s.lang)
        elif latin > 1.3 * arabic:
            assert s.lang == "en", (row["id"], s.text, s.lang)
