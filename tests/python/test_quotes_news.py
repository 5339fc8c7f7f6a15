"""Quotes on our own news fixtures: wire copy, statements, interviews, relayed and cited quotes.

`tests/fixtures/quotes_news.jsonl` holds one document a line in the `seed_quotes.jsonl` format
(offsets are Python string indices of the quote content without its marks). Every document's
quotes are compared with the analysis field by field; a failure names the document and field.
"""

import json
from pathlib import Path

import pytest

import warraq

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "quotes_news.jsonl"
DOCS = [json.loads(line) for line in FIXTURE.read_text(encoding="utf-8").splitlines() if line.strip()]


def norm(s):
    return " ".join("".join(c.lower() if c.isalnum() else " " for c in (s or "")).split())


def speaker_ok(gold, pred):
    """The gold speaker's head word (surname, or a body's last word) is in the predicted speaker."""
    if gold is None:
        return not norm(pred)
    return bool(pred) and norm(gold).split()[-1] in norm(pred).split()


def test_fixture_is_balanced_and_consistent():
    assert len(DOCS) >= 40
    langs = [d["lang"] for d in DOCS]
    assert abs(langs.count("en") - langs.count("ar")) <= 4
    for d in DOCS:
        for g in d["quotes"]:
            assert d["text"][g["start"] : g["end"]] == g["quote"], d["id"]


@pytest.mark.parametrize("doc", DOCS, ids=[d["id"] for d in DOCS])
def test_document(doc):
    preds = [q for q in warraq.analyze(doc["text"]).quotes if q.kind != "verse"]
    got = [(q.start, q.end) for q in preds]
    want = [(g["start"], g["end"]) for g in doc["quotes"]]
    assert got == want, f"{doc['id']}: spans {[q.text for q in preds]}"
    problems = []
    for g, q in zip(doc["quotes"], preds):
        where = f"{doc['id']} {g['quote'][:30]!r}"
        if not speaker_ok(g["speaker"], q.speaker):
            problems.append(f"{where} speaker {g['speaker']!r} != {q.speaker!r}")
        if g["cue"] != q.cue:
            problems.append(f"{where} cue {g['cue']!r} != {q.cue!r}")
        if norm(g["source"]) != norm(q.source):
            problems.append(f"{where} source {g['source']!r} != {q.source!r}")
        if g["source_date"] != q.source_date:
            problems.append(f"{where} source_date {g['source_date']!r} != {q.source_date!r}")
        if g["kind"] != q.kind:
            problems.append(f"{where} kind {g['kind']!r} != {q.kind!r}")
    assert not problems, "\n".join(problems)
