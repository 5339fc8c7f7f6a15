"""The Hijri calendars, checked against the oracles when they are installed (the `test` extra):
`hijridate` (the published Umm al-Qura calendar) on every day it covers, and
`convertdate.islamic` (the tabular calendar, Friday epoch) over centuries."""

from __future__ import annotations

import datetime
import pickle

import pytest
from hypothesis import given
from hypothesis import strategies as st

import warraq

try:
    import hijridate
except ImportError:  # pragma: no cover
    hijridate = None
try:
    from convertdate import islamic
except ImportError:  # pragma: no cover
    islamic = None
try:
    import numpy as np
except ImportError:  # pragma: no cover
    np = None
try:
    import pandas as pd
except ImportError:  # pragma: no cover
    pd = None

needs_hijridate = pytest.mark.skipif(hijridate is None, reason="hijridate is not installed")
needs_convertdate = pytest.mark.skipif(islamic is None, reason="convertdate is not installed")
needs_numpy = pytest.mark.skipif(np is None, reason="numpy is not installed")
needs_pandas = pytest.mark.skipif(pd is None, reason="pandas is not installed")

METHODS = ["umm_al_qura", "umm_al_qura_kacst", "tabular", "tabular_thursday"]
ONE_DAY = datetime.timedelta(days=1)


def days(first: datetime.date, last: datetime.date, step: int = 1):
    d = first
    while True:
        yield d
        if (last - d).days < step:
            return
        d += datetime.timedelta(days=step)


# --- the published Umm al-Qura calendar: every day of hijridate's range, both ways -------------


@needs_hijridate
def test_every_day_of_the_published_calendar_matches_hijridate_both_ways():
    first = datetime.date(1924, 8, 1)
    last = datetime.date(2077, 11, 16)
    n = 0
    for g in days(first, last):
        expected = hijridate.Gregorian(g.year, g.month, g.day).to_hijri().datetuple()
        h = warraq.gregorian_to_hijri(g)
        assert (h.year, h.month, h.day) == expected, g
        assert h.method == "umm_al_qura"
        assert warraq.hijri_to_gregorian(*expected) == g, expected
        n += 1
    assert n == (last - first).days + 1 > 55_000


@needs_hijridate
def test_the_vectorized_forms_match_hijridate_too():
    all_days = list(days(datetime.date(1924, 8, 1), datetime.date(2077, 11, 16)))
    got = warraq.gregorian_to_hijri_many(all_days)
    expected = [hijridate.Gregorian(g.year, g.month, g.day).to_hijri().datetuple() for g in all_days]
    assert [(h.year, h.month, h.day) for h in got] == expected
    ys, ms, ds = zip(*expected)
    assert warraq.hijri_to_gregorian_many(list(ys), list(ms), list(ds)) == all_days


@needs_hijridate
def test_every_month_length_matches_hijridate():
    for year in range(1343, 1501):
        for month in range(1, 13):
            expected = hijridate.Hijri(year, month, 1).month_length()
            assert warraq.hijri_month_length(year, month) == expected, (year, month)
        assert warraq.hijri_year_length(year) == hijridate.Hijri(year, 1, 1).year_length()


@needs_hijridate
def test_the_printed_calendar_has_a_28_day_ramadan_in_1343():
    assert hijridate.Hijri(1343, 9, 1).month_length() == 28
    assert warraq.hijri_month_length(1343, 9) == 28
    assert warraq.hijri_month_length(1343, 9, "umm_al_qura_kacst") == 29
    with pytest.raises(warraq.InvalidDateError, match="28 days"):
        warraq.hijri_to_gregorian(1343, 9, 29)


# --- the tabular calendar against convertdate.islamic ---------------------------------------


@needs_convertdate
def test_tabular_matches_convertdate_every_day_from_1900_to_2100():
    for g in days(datetime.date(1900, 1, 1), datetime.date(2100, 12, 31)):
        expected = islamic.from_gregorian(g.year, g.month, g.day)
        h = warraq.gregorian_to_hijri(g, method="tabular")
        assert (h.year, h.month, h.day) == expected, g
        assert warraq.hijri_to_gregorian(*expected, method="tabular") == g


@needs_convertdate
def test_tabular_matches_convertdate_from_the_hijra_to_year_9999():
    # convertdate works in the proleptic Gregorian calendar too (via Julian days).
    for g in days(datetime.date(622, 7, 19), datetime.date(9999, 12, 31), step=61):
        expected = islamic.from_gregorian(g.year, g.month, g.day)
        assert (
            tuple(
                warraq.gregorian_to_hijri(g, method="tabular").to_dict()[k] for k in ("year", "month", "day")
            )
            == expected
        )
    for year in range(1, 9000, 7):
        for month in range(1, 13):
            assert warraq.hijri_month_length(year, month, "tabular") == islamic.month_length(year, month)
            expected = datetime.date(*islamic.to_gregorian(year, month, 1))
            assert warraq.hijri_to_gregorian(year, month, 1, "tabular") == expected


def test_the_thursday_epoch_is_one_day_earlier():
    for g in days(datetime.date(1990, 1, 1), datetime.date(2030, 1, 1), step=3):
        h = warraq.gregorian_to_hijri(g, "tabular")
        assert warraq.hijri_to_gregorian(h.year, h.month, h.day, "tabular_thursday") == g - ONE_DAY
    assert warraq.hijri_to_gregorian(1, 1, 1, "tabular") == datetime.date(622, 7, 19)
    assert warraq.hijri_to_gregorian(1, 1, 1, "tabular_thursday") == datetime.date(622, 7, 18)


# --- methods and fallback ----------------------------------------------------------------------


def test_the_two_umm_al_qura_tables_differ_and_users_can_choose():
    differ = [
        (y, m)
        for y in range(1343, 1501)
        for m in range(1, 13)
        if warraq.hijri_to_gregorian(y, m, 1) != warraq.hijri_to_gregorian(y, m, 1, "umm_al_qura_kacst")
    ]
    assert len(differ) > 100
    assert warraq.hijri_table_years() == (1343, 1500)
    assert warraq.hijri_table_years("umm_al_qura_kacst") == (1300, 1600)
    assert warraq.hijri_table_years("tabular") is None


def test_cldr_calendar_names_are_accepted_as_methods():
    g = datetime.date(1400, 1, 1)
    assert warraq.gregorian_to_hijri(g, "islamic-civil") == warraq.gregorian_to_hijri(g, "tabular")
    assert warraq.gregorian_to_hijri(g, "islamic-tbla").method == "tabular_thursday"
    # ICU's islamic-umalqura is the KACST table.
    assert (
        warraq.gregorian_to_hijri(datetime.date(1950, 1, 1), "islamic-umalqura").method == "umm_al_qura_kacst"
    )


def test_method_names_ignore_case_and_hyphens():
    g = datetime.date(2022, 1, 15)
    assert warraq.gregorian_to_hijri(g, "Umm-Al-Qura") == warraq.gregorian_to_hijri(g, "umm_al_qura")
    assert warraq.gregorian_to_hijri(g, "ISLAMIC_CIVIL").method == "tabular"
    with pytest.raises(ValueError, match="ummalqura"):
        warraq.gregorian_to_hijri(g, "ummalqura")


def test_outside_the_table_the_method_says_tabular():
    before = warraq.gregorian_to_hijri(datetime.date(1900, 1, 1))
    assert before.method == "tabular"
    assert (
        warraq.gregorian_to_hijri(datetime.date(1900, 1, 1), "umm_al_qura_kacst").method
        == "umm_al_qura_kacst"
    )
    after = warraq.gregorian_to_hijri(datetime.date(2100, 1, 1))
    assert after.method == "tabular"
    assert warraq.hijri_to_gregorian(1600, 1, 1) == warraq.hijri_to_gregorian(1600, 1, 1, "tabular")


@given(st.dates(min_value=datetime.date(623, 1, 1)), st.sampled_from(METHODS))
def test_every_day_round_trips_under_the_method_reported(g, method):
    h = warraq.gregorian_to_hijri(g, method)
    assert warraq.hijri_to_gregorian(h.year, h.month, h.day, h.method) == g
    assert 1 <= h.day <= warraq.hijri_month_length(h.year, h.month, h.method)


# --- errors --------------------------------------------------------------------------------------


def test_30_jumada_ii_1443_is_an_error_naming_the_month_length():
    with pytest.raises(warraq.InvalidDateError, match="29 days") as e:
        warraq.hijri_to_gregorian(1443, 6, 30)
    assert isinstance(e.value, ValueError)
    assert "Jumada al-Akhirah 1443" in str(e.value)
    # It does not roll over into Rajab.
    assert warraq.hijri_to_gregorian(1443, 6, 29) + ONE_DAY == warraq.hijri_to_gregorian(1443, 7, 1)


@pytest.mark.parametrize(
    "args", [(1443, 13, 1), (1443, 0, 1), (1443, 1, 0), (1443, 1, 31), (0, 1, 1), (-5, 1, 1)]
)
def test_impossible_dates_raise(args):
    for method in METHODS:
        with pytest.raises(warraq.InvalidDateError):
            warraq.hijri_to_gregorian(*args, method=method)


def test_huge_values_raise_instead_of_overflowing():
    with pytest.raises(warraq.InvalidDateError):
        warraq.hijri_to_gregorian(10**30, 1, 1)
    with pytest.raises(warraq.InvalidDateError, match="9999"):
        warraq.hijri_to_gregorian(9999, 1, 1)
    with pytest.raises(warraq.InvalidDateError):
        warraq.hijri_to_gregorian(1443, 1, 10**20)


@pytest.mark.parametrize("bad", [1443.0, "1443", None, True, [1443]])
def test_wrong_types_raise_type_error_naming_the_value(bad):
    with pytest.raises(TypeError, match="year"):
        warraq.hijri_to_gregorian(bad, 1, 1)


def test_gregorian_to_hijri_wants_a_date():
    with pytest.raises(TypeError, match="20220115"):
        warraq.gregorian_to_hijri(20220115)
    with pytest.raises(warraq.InvalidDateError, match="2023-02-29"):
        warraq.gregorian_to_hijri("2023-02-29")
    assert warraq.gregorian_to_hijri("2022-01-15") == warraq.gregorian_to_hijri(datetime.date(2022, 1, 15))
    moment = datetime.datetime(2022, 1, 15, 23, 59)
    assert warraq.gregorian_to_hijri(moment) == warraq.gregorian_to_hijri(datetime.date(2022, 1, 15))


def test_the_day_before_the_hijra_is_not_a_hijri_date():
    with pytest.raises(warraq.InvalidDateError):
        warraq.gregorian_to_hijri(datetime.date(622, 7, 18), "tabular")
    with pytest.raises(warraq.InvalidDateError):
        warraq.gregorian_to_hijri(datetime.date(1, 1, 1))


def test_an_unknown_method_names_itself():
    with pytest.raises(warraq.InvalidOptionError, match="islamic-lunar"):
        warraq.hijri_to_gregorian(1443, 1, 1, method="islamic-lunar")
    with pytest.raises(warraq.InvalidOptionError, match="ummalqura"):
        warraq.gregorian_to_hijri(datetime.date(2022, 1, 1), "ummalqura")
    with pytest.raises(TypeError, match="method"):
        warraq.hijri_month_length(1443, 1, method=1)


# --- names, bounds, lengths ----------------------------------------------------------------------


def test_month_names_in_english_and_arabic():
    assert warraq.hijri_month_name(1) == "Muharram"
    assert warraq.hijri_month_name(9, lang="en") == "Ramadan"
    assert warraq.hijri_month_name(9, lang="ar") == "رمضان"
    assert warraq.hijri_month_name(6, "ar") == "جمادى الآخرة"
    assert len({warraq.hijri_month_name(m, lang) for m in range(1, 13) for lang in ("en", "ar")}) == 24
    with pytest.raises(warraq.InvalidDateError):
        warraq.hijri_month_name(13)
    with pytest.raises(warraq.InvalidOptionError, match="fr"):
        warraq.hijri_month_name(1, lang="fr")


def test_bounds_of_ramadan_and_of_the_year_1443():
    assert warraq.hijri_month_bounds(1443, 9) == (datetime.date(2022, 4, 2), datetime.date(2022, 5, 1))
    first, last = warraq.hijri_year_bounds(1443)
    assert (last - first).days + 1 == warraq.hijri_year_length(1443) == 355
    assert warraq.hijri_to_gregorian(1444, 1, 1) == last + ONE_DAY


def test_eid_al_fitr_can_fall_twice_in_one_gregorian_year():
    eids = warraq.hijri_in_gregorian_year(10, 1, 2000)
    assert len(eids) == 2 and eids[0].year == eids[1].year == 2000
    assert [warraq.gregorian_to_hijri(d).year for d in eids] == [1420, 1421]
    assert warraq.hijri_in_gregorian_year(10, 1, 2022) == [datetime.date(2022, 5, 2)]
    with pytest.raises(warraq.InvalidDateError):
        warraq.hijri_in_gregorian_year(13, 1, 2022)


def test_hijri_date_pickles_and_compares():
    h = warraq.gregorian_to_hijri(datetime.date(2022, 1, 15))
    assert pickle.loads(pickle.dumps(h)) == h
    assert h.to_dict() == {"year": 1443, "month": 6, "day": 12, "method": "umm_al_qura"}
    assert repr(h) == "HijriDate(year=1443, month=6, day=12, method='umm_al_qura')"


# --- vectorized forms --------------------------------------------------------------------------


def test_many_with_lists_keeps_missing_rows():
    got = warraq.hijri_to_gregorian_many([1443, None, 1444], [9, 9, 9], [1, 1, 1])
    assert got == [datetime.date(2022, 4, 2), None, datetime.date(2023, 3, 23)]
    hs = warraq.gregorian_to_hijri_many([datetime.date(2022, 1, 15), None, "2022-04-02", 0])
    assert [None if h is None else (h.year, h.month, h.day) for h in hs] == [
        (1443, 6, 12),
        None,
        (1443, 9, 1),
        (1389, 10, 23),
    ]


def test_many_raises_naming_the_row_or_coerces():
    with pytest.raises(warraq.InvalidDateError, match="row 1: .*29 days"):
        warraq.hijri_to_gregorian_many([1443, 1443], [6, 6], [29, 30])
    assert warraq.hijri_to_gregorian_many([1443, 1443], [6, 6], [29, 30], errors="coerce")[1] is None
    assert warraq.gregorian_to_hijri_many(["2022-13-01"], errors="coerce") == [None]
    with pytest.raises(warraq.InvalidOptionError):
        warraq.hijri_to_gregorian_many([1], [1], [1], errors="ignore")
    with pytest.raises(warraq.WarraqError, match="same length"):
        warraq.hijri_to_gregorian_many([1443], [1, 2], [1])
    with pytest.raises(TypeError, match=r"years\[1\]"):
        warraq.hijri_to_gregorian_many([1443, "x"], [1, 1], [1, 1])
    with pytest.raises(TypeError):
        warraq.gregorian_to_hijri_many("2022-01-15")


@needs_numpy
def test_many_with_numpy_arrays():
    z = np.arange(-20_000, 60_000, dtype=np.int64)
    ys, ms, ds = warraq.gregorian_to_hijri_many(z)
    assert ys.dtype == np.int64
    back = warraq.hijri_to_gregorian_many(ys, ms, ds)
    assert back.dtype == np.dtype("datetime64[D]")
    assert (back.view("i8") == z).all()
    assert warraq.gregorian_to_hijri(datetime.date(1970, 1, 1)).day == ds[20_000]
    # NaT and NaN are missing rows.
    dates = np.array(["2022-01-15", "NaT"], dtype="datetime64[D]")
    ys, ms, ds = warraq.gregorian_to_hijri_many(dates)
    assert ys[0] == 1443 and np.isnan(ys[1])
    out = warraq.hijri_to_gregorian_many(np.array([1443.0, np.nan]), np.array([9, 9]), np.array([1, 1]))
    assert str(out[0]) == "2022-04-02" and np.isnat(out[1])
    out = warraq.hijri_to_gregorian_many(np.array([1443]), np.array([6]), np.array([30]), errors="coerce")
    assert np.isnat(out[0])
    with pytest.raises(TypeError, match="dtype"):
        warraq.hijri_to_gregorian_many(np.array([True]), np.array([1]), np.array([1]))
    # numpy scalars work where Python ints and dates do.
    assert warraq.hijri_to_gregorian(np.int64(1443), np.int32(9), np.uint8(1)) == datetime.date(2022, 4, 2)
    assert warraq.gregorian_to_hijri(np.datetime64("2022-01-15")).day == 12
    with pytest.raises(warraq.InvalidDateError, match="NaT"):
        warraq.gregorian_to_hijri(np.datetime64("NaT"))


@needs_pandas
def test_many_with_pandas_series():
    s = pd.Series(pd.to_datetime(["2022-01-15", None, "2022-04-02"]))
    ys, ms, _ds = warraq.gregorian_to_hijri_many(s)
    assert list(ys[[0, 2]]) == [1443, 1443] and list(ms[[0, 2]]) == [6, 9] and np.isnan(ms[1])
    assert warraq.gregorian_to_hijri(pd.Timestamp("2022-01-15 13:00")).day == 12
    nullable = warraq.hijri_to_gregorian_many(pd.Series([1443, None], dtype="Int64"), [9, 9], [1, 1])
    assert str(nullable[0]) == "2022-04-02" and np.isnat(nullable[1])
    out = warraq.hijri_to_gregorian_many(pd.Series([1443, 1444]), pd.Series([9, 9]), pd.Series([1, 1]))
    assert list(pd.Series(out).dt.strftime("%Y-%m-%d")) == ["2022-04-02", "2023-03-23"]


# --- the docstring examples run ------------------------------------------------------------------

CALENDAR_FUNCTIONS = [
    "hijri_to_gregorian",
    "gregorian_to_hijri",
    "hijri_month_length",
    "hijri_year_length",
    "hijri_month_bounds",
    "hijri_year_bounds",
    "hijri_month_name",
    "hijri_table_years",
    "hijri_in_gregorian_year",
    "hijri_to_gregorian_many",
    "gregorian_to_hijri_many",
]


@pytest.mark.parametrize("name", CALENDAR_FUNCTIONS)
def test_docstring_example(name):
    import doctest

    func = getattr(warraq, name)
    assert ">>>" in (func.__doc__ or ""), f"{name} has no example"
    assert "None" not in (func.__text_signature__ or ""), "the signature shows the real defaults"
    parser = doctest.DocTestParser()
    test = parser.get_doctest(func.__doc__, {"warraq": warraq, "datetime": datetime}, name, None, 0)
    runner = doctest.DocTestRunner(optionflags=doctest.IGNORE_EXCEPTION_DETAIL)
    runner.run(test)
    assert runner.failures == 0
