"""Properties that hold for every text: offsets are Python string indices for every span of
every layer, runs tile the text, nothing crashes."""

from __future__ import annotations

import pickle

from hypothesis import given, settings
from hypothesis import strategies as st

import warraq

from conftest import genre_text, mixed_text

LAYERS = ("runs", "tokens", "sentences", "dates", "quotes")


def check_offsets(text: str, doc: warraq.Document) -> None:
    assert doc.text == text
    for layer in LAYERS:
        prev_start = -1
        for span in getattr(doc, layer):
            assert 0 <= span.start <= span.end <= len(text), (layer, span)
            assert text[span.start:span.end] == span.text, (layer, span)
            assert span.start >= prev_start, (layer, "out of order", span)
            prev_start = span.start
    for q in doc.quotes:
        for sub in (q.speaker_span, q.cue_span, q.source_span):
            if sub is not None:
                assert 0 <= sub[0] <= sub[1] <= len(text)
        if q.speaker_span is not None and not q.speaker_resolved:
            assert text[q.speaker_span[0]:q.speaker_span[1]] == q.speaker
        if q.source_span is not None:
            assert text[q.source_span[0]:q.source_span[1]] == q.source
    for t in doc.tokens:
        if t.stem is not None:
            assert t.start <= t.stem[0] <= t.stem[1] <= t.end


@settings(max_examples=300, deadline=None)
@given(mixed_text)
def test_offsets_are_string_indices_on_random_text(text):
    check_offsets(text, warraq.analyze(text))


@settings(max_examples=300, deadline=None)
@given(genre_text, st.sampled_from(["auto", "dmy", "mdy"]), st.booleans())
def test_offsets_are_string_indices_on_genre_text(text, order, clauses):
    check_offsets(text, warraq.analyze(text, date_order=order, arabic_clauses=clauses, split_clitics=clauses))


@settings(max_examples=200, deadline=None)
@given(mixed_text)
def test_runs_tile_the_text(text):
    runs = warraq.analyze(text).runs
    assert "".join(r.text for r in runs) == text
    for a, b in zip(runs, runs[1:]):
        assert a.end == b.start
        assert a.script != b.script


@settings(max_examples=100, deadline=None)
@given(genre_text)
def test_documents_round_trip_through_pickle(text):
    doc = warraq.analyze(text)
    assert pickle.loads(pickle.dumps(doc)) == doc


@settings(max_examples=200, deadline=None)
@given(mixed_text, st.booleans(), st.booleans(), st.booleans())
def test_normalize_map_is_monotonic_and_in_range(text, ya, ta, nfkc):
    out, mapping = warraq.normalize(text, return_map=True, ya=ya, ta_marbuta=ta, nfkc=nfkc)
    assert len(mapping) == len(out) + 1
    assert mapping[-1] == len(text)
    assert all(0 <= m <= len(text) for m in mapping)
    assert mapping == sorted(mapping)
    assert warraq.normalize(text, ya=ya, ta_marbuta=ta, nfkc=nfkc) == out


def test_pathological_inputs_finish():
    # Linear time: each is 200k characters of one mark that tempts a pairing or lookback loop.
    for ch in ".«“([:/0٠\n ":
        doc = warraq.analyze(ch * 200_000)
        check_offsets(ch * 200_000, doc) if len(doc.tokens) < 1000 else None
