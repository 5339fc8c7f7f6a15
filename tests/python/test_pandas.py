"""The pandas accessor `series.warraq`: one row per mention, keyed like `str.extractall`."""

from __future__ import annotations

import pandas as pd
import pytest

import warraq  # registers the accessor


def test_runs_are_keyed_by_the_original_index_and_match_number():
    s = pd.Series(["Cairo القاهرة", None, "abc"], index=pd.Index(["a", "b", "c"], name="doc"))
    df = s.warraq.runs()
    assert df.index.names == ["doc", "match"]
    assert list(df.index) == [("a", 0), ("a", 1), ("a", 2), ("c", 0)]
    assert str(df["start"].dtype) == "Int64"
    assert str(df["script"].dtype) == "string"
    for (key, _), row in df.iterrows():
        assert s[key][row.start:row.end] == row.text


def test_empty_result_has_the_columns():
    df = pd.Series(["", None]).warraq.dates()
    assert len(df) == 0
    assert {"start", "end", "text", "iso", "hijri", "calendar"} <= set(df.columns)


@pytest.mark.parametrize("layer", ["runs", "sentences", "tokens", "dates", "quotes"])
def test_every_field_of_the_value_class_is_a_column(layer):
    # A field added to a Python value class must reach the DataFrame too, not be silently dropped.
    from warraq._warraq import _analyze_columns

    cols = set(_analyze_columns(["x"], layer)) - {"row"}
    df = getattr(pd.Series(["x"]).warraq, layer)()
    assert set(df.columns) == cols


def test_dates_frame_links_the_two_calendars_of_a_dual_date_by_match_number():
    s = pd.Series(["12 Jumada II 1443 AH – 15/01/2022 CE. Early March 2019."], index=["doc1"])
    df = s.warraq.dates()
    assert df["linked"].tolist() == [1, 0, pd.NA]
    assert df["agrees"].tolist() == [True, True, pd.NA]
    assert df.loc[("doc1", 2), "part"] == "early"
    assert df.loc[("doc1", 2), "gregorian_start"] == "2019-03-01"
    assert str(df["linked"].dtype) == "Int64"


def test_non_string_values_raise_type_error_naming_the_row():
    with pytest.raises(TypeError, match="index 1"):
        pd.Series(["ok", 5]).warraq.sentences()


def test_analyze_gives_documents_aligned_with_the_index():
    s = pd.Series(["a", None], index=[10, 20])
    out = s.warraq.analyze()
    assert out.index.tolist() == [10, 20]
    assert out[10].text == "a" and out[20] is None


def test_normalize_keeps_missing_values():
    out = pd.Series(["الْعَرَبِيَّة", None]).warraq.normalize()
    assert out[0] == "العربية" and out.isna()[1]


def _partition_sentences(part: pd.Series) -> pd.DataFrame:
    return part.warraq.sentences()


def test_accessor_runs_in_spawned_worker_processes_like_dask():
    # Dask's LocalCluster and Spark start fresh worker processes: the function, its inputs and the
    # results (DataFrames, Documents) must all pickle.
    import concurrent.futures
    import multiprocessing


    parts = [pd.Series(["First one. Second one.", "قال: نعم."], index=[i * 2, i * 2 + 1]) for i in range(3)]
    ctx = multiprocessing.get_context("spawn")
    with concurrent.futures.ProcessPoolExecutor(2, mp_context=ctx) as ex:
        frames = list(ex.map(_partition_sentences, parts))
        docs = list(ex.map(warraq.analyze, ["a b", "ج د"]))
    want = pd.concat([p.warraq.sentences() for p in parts])
    pd.testing.assert_frame_equal(pd.concat(frames), want)
    assert docs == [warraq.analyze("a b"), warraq.analyze("ج د")]
