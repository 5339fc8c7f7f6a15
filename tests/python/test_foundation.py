"""The public contract of DESIGN.md: names, fields, types, errors, pickling, batches."""

from __future__ import annotations

import datetime as dt
import gc
import pickle
import subprocess
import sys
import textwrap

import cloudpickle
import pytest

import warraq

MIXED = "The minister said: «قال الوزير إن المحادثات مستمرة» (Reuters 6/1/2022).\n\nDr. Hamdan agreed."


def test_version_is_a_string():
    assert isinstance(warraq.__version__, str) and warraq.__version__.count(".") == 2


def test_analyze_returns_a_document_with_every_layer():
    doc = warraq.analyze(MIXED)
    assert isinstance(doc, warraq.Document)
    assert doc.text == MIXED
    for layer in ("runs", "tokens", "sentences", "dates", "quotes"):
        assert isinstance(getattr(doc, layer), list)
    d = doc.to_dict()
    assert set(d) == {"text", "runs", "tokens", "sentences", "dates", "quotes"}


def test_analyze_of_a_non_string_raises_type_error_naming_the_value():
    with pytest.raises(TypeError, match="123"):
        warraq.analyze(123)
    with pytest.raises(TypeError, match="bytes"):
        warraq.analyze(b"bytes")


def test_unknown_date_order_is_a_value_error_naming_it():
    with pytest.raises(ValueError, match='"dym"'):
        warraq.analyze("x", date_order="dym")
    with pytest.raises(warraq.InvalidOptionError):
        warraq.analyze("x", date_order="dym")


def test_reference_date_accepts_date_datetime_and_iso_text():
    for ref in (dt.date(2022, 1, 8), dt.datetime(2022, 1, 8, 12), "2022-01-08", "2022-01-08T04:30:00-02:00"):
        warraq.analyze("yesterday", reference_date=ref)
    with pytest.raises(ValueError, match="2022-02-30"):
        warraq.analyze("x", reference_date="2022-02-30")
    with pytest.raises(TypeError, match="reference_date"):
        warraq.analyze("x", reference_date=20220108)


def test_errors_form_one_tree_under_value_error():
    assert issubclass(warraq.WarraqError, ValueError)
    assert issubclass(warraq.InvalidDateError, warraq.WarraqError)
    assert issubclass(warraq.InvalidOptionError, warraq.WarraqError)
    # a bug is not bad input: a panic in the core surfaces as a RuntimeError, never a
    # BaseException that `except Exception` would miss
    assert issubclass(warraq.InternalError, RuntimeError)
    assert not issubclass(warraq.InternalError, ValueError)


def test_empty_text_gives_an_empty_document():
    doc = warraq.analyze("")
    assert (doc.runs, doc.tokens, doc.sentences, doc.dates, doc.quotes) == ([], [], [], [], [])


def test_runs_of_mixed_text_have_script_direction_and_language():
    doc = warraq.analyze("Cairo (Arabic: القاهرة, romanized: al-Qāhirah) is old.")
    arabic = [r for r in doc.runs if r.script == "Arabic"]
    assert [(r.text, r.direction, r.lang) for r in arabic] == [("القاهرة", "rtl", "ar")]
    assert doc.runs[0].script == "Latin" and doc.runs[0].direction == "ltr" and doc.runs[0].lang == "en"
    assert "".join(r.text for r in doc.runs) == doc.text


def test_persian_letters_make_a_persian_run():
    doc = warraq.analyze("He wrote: این کتاب را خواندم")
    assert [r.lang for r in doc.runs if r.script == "Arabic"] == ["fa"]


def test_span_classes_are_frozen_comparable_and_have_short_reprs():
    run = warraq.analyze("abc القاهرة").runs[-1]
    with pytest.raises(AttributeError):
        run.start = 3  # type: ignore[misc]
    same = warraq.Run(run.start, run.end, run.text, run.script, run.direction, run.lang)
    assert same == run
    assert repr(run).startswith("Run(start=4, end=11")
    assert run.to_dict() == {"start": 4, "end": 11, "text": "القاهرة", "script": "Arabic",
                             "direction": "rtl", "lang": "ar"}


def test_label_fields_are_plain_strings_and_reject_unknown_values_by_name():
    run = warraq.analyze("abc القاهرة").runs[-1]
    assert type(run.lang) is str and type(run.script) is str and type(run.direction) is str
    token = warraq.tokenize("Reuters")[0]
    assert (token.kind, token.script, token.lang) == ("word", "Latin", "en")
    with pytest.raises(ValueError, match="'xx'"):
        warraq.Run(0, 3, "abc", "Latin", "ltr", "xx")
    with pytest.raises(ValueError, match="'Klingon'"):
        warraq.Run(0, 3, "abc", "Klingon", "ltr", "en")
    with pytest.raises(ValueError, match="'lunar'"):
        warraq.HijriDate(1443, 6, 12, "lunar")
    # other scripts still come through by their Unicode long name
    assert warraq.Run(0, 1, "α", "Greek", "ltr", "und").script == "Greek"


def test_span_text_is_cut_from_the_document_once_and_kept():
    text = "قال الوزير: «لا». He left."
    doc = warraq.analyze(text)
    s = doc.sentences[0]
    assert s.text is s.text and type(s.text) is str
    assert text[s.start : s.end] == s.text
    # a span outlives its document and pickles with its own text
    del doc
    back = pickle.loads(pickle.dumps(s))
    assert back == s and back.text == "قال الوزير: «لا»."


def test_result_values_stay_off_the_cycle_collector():
    # they hold no references to other objects, so the collector never needs to walk them
    # (pyo3 would register them anyway): keeping a million tokens must not slow every collection
    doc = warraq.analyze(MIXED)
    for layer in ("runs", "tokens", "sentences", "dates", "quotes"):
        assert not any(gc.is_tracked(v) for v in getattr(doc, layer)), layer
    assert not gc.is_tracked(warraq.gregorian_to_hijri("2022-01-15"))
    assert not any(gc.is_tracked(s) for s in warraq.split_sentences("One. Two."))
    gc.collect()
    assert [s.text for s in warraq.split_sentences("One. Two.")] == ["One.", "Two."]


@pytest.mark.parametrize("dumps,loads", [(pickle.dumps, pickle.loads), (cloudpickle.dumps, pickle.loads)])
def test_document_round_trips_through_pickle(dumps, loads):
    doc = warraq.analyze(MIXED)
    back = loads(dumps(doc))
    assert back == doc
    assert back.to_dict() == doc.to_dict()
    for layer in ("runs", "tokens", "sentences", "dates", "quotes"):
        for span in getattr(doc, layer):
            assert loads(dumps(span)) == span


def test_a_pickled_document_carries_its_text_and_options_not_its_layers():
    text = "He left yesterday, “for good,” he said (RT 8/1/2022). " * 50
    doc = warraq.analyze(text, date_order="dmy", reference_date=dt.date(2022, 1, 9), split_clitics=True)
    fresh = len(pickle.dumps(doc))
    _ = doc.tokens, doc.dates, doc.quotes
    assert len(pickle.dumps(doc)) == fresh < len(text.encode()) + 500
    back = pickle.loads(pickle.dumps(doc))
    # the options travel: the relative date resolves against the same reference, in the same order
    assert back.dates == doc.dates and back.dates[0].iso == "2022-01-08"
    assert back == doc


def test_value_classes_pickle_by_their_module():
    classes = (warraq.Run, warraq.Token, warraq.Sentence, warraq.DateMention, warraq.Quote, warraq.HijriDate)
    for cls in classes:
        assert cls.__module__ == "warraq._warraq"
    h = warraq.HijriDate(1443, 6, 12, "umm_al_qura")
    assert pickle.loads(pickle.dumps(h)) == h


def test_analyze_many_matches_analyze_in_order():
    texts = [MIXED, "", "كتب المراسل: «نعم».", "Plain text."] * 10
    for threads in (None, 1, 2):
        docs = warraq.analyze_many(texts, threads=threads)
        assert [d.text for d in docs] == texts
        assert docs == [warraq.analyze(t) for t in texts]


def test_text_with_lone_surrogates_raises_unicode_error_naming_the_character():
    with pytest.raises(UnicodeEncodeError, match="udc80"):
        warraq.analyze("bad \udc80 bytes")
    with pytest.raises(UnicodeEncodeError) as info:
        warraq.analyze_many(["fine", "bad \udc80 bytes"])
    assert any("texts[1]" in note for note in getattr(info.value, "__notes__", ["texts[1]"]))


def test_analyze_many_names_the_bad_item():
    with pytest.raises(TypeError, match=r"texts\[1\]"):
        warraq.analyze_many(["ok", 5])
    with pytest.raises(TypeError, match="not one str"):
        warraq.analyze_many("a single string")
    with pytest.raises(ValueError, match="threads"):
        warraq.analyze_many(["x"], threads=0)
    with pytest.raises(ValueError, match="not -1"):
        warraq.analyze_many(["x", "y"], threads=-1)


def test_more_threads_than_texts_is_not_an_error():
    # The pool is never larger than the batch: a huge count neither fails nor spawns idle threads.
    docs = warraq.analyze_many(["On 5 January 2022.", "Second."], threads=10**9)
    assert [d.dates[0].iso for d in docs[:1]] == ["2022-01-05"]


def test_fork_after_a_parallel_batch_does_not_hang():
    code = textwrap.dedent(
        """
        import multiprocessing as mp, warraq
        warraq.analyze_many(["a b", "c d"] * 50)
        def work(_):
            return len(warraq.analyze_many(["x y", "z"] * 20))
        if __name__ == "__main__":
            with mp.get_context("fork").Pool(2) as pool:
                print(sum(pool.map(work, range(4))))
        """
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "160"


def test_normalize_defaults():
    assert warraq.normalize("الْعَرَبِيَّة") == "العربية"
    assert warraq.normalize("كـــتاب") == "كتاب"
    assert warraq.normalize("٢٠٢٢") == "2022"
    assert warraq.normalize("۱۴۰۱") == "1401"
    assert warraq.normalize("أإآٱ") == "اااا"
    assert warraq.normalize("على مدرسة") == "على مدرسة"
    assert warraq.normalize("على مدرسة", ya=True, ta_marbuta=True) == "علي مدرسه"
    assert warraq.normalize("د\u202a.\u202c") == "د."
    assert warraq.normalize("الْعَرَبِيَّة", diacritics=False) == "الْعَرَبِيَّة"


def test_normalize_map_points_back_into_the_original():
    text = "قَالَ ـ الوزير ٢٠٢٢ \u200fنعم"
    out, mapping = warraq.normalize(text, return_map=True)
    assert len(mapping) == len(out) + 1
    assert mapping[-1] == len(text)
    for i, ch in enumerate(out):
        assert warraq.normalize(text[mapping[i]]) == ch


def test_normalize_rejects_non_strings():
    with pytest.raises(TypeError, match="normalize"):
        warraq.normalize(None)


def test_jupyter_html_marks_arabic_runs_and_escapes_text():
    doc = warraq.analyze("Cairo <b> القاهرة")
    out = doc._repr_html_()
    assert "<bdi>القاهرة</bdi>" in out
    assert "&lt;b&gt;" in out and 'dir="auto"' in out


def test_columns_agree_with_the_objects():
    from warraq._warraq import _analyze_columns

    texts = ["Cairo القاهرة x", "", "قال: «نعم». Dr. Smith said “yes” (AFP 6/1/2022)."]
    docs = warraq.analyze_many(texts)
    for layer in ("runs", "tokens", "sentences", "dates", "quotes"):
        cols = _analyze_columns(texts, layer)
        want = [(i, s.to_dict()) for i, d in enumerate(docs) for s in getattr(d, layer)]
        got = [(r, {k: cols[k][j] for k in cols if k != "row"}) for j, r in enumerate(cols["row"])]
        assert got == want
    with pytest.raises(ValueError, match='"words"'):
        _analyze_columns(texts, "words")
