"""The dates layer through the public Python contract (DESIGN.md)."""

import datetime as dt
import pickle

from hypothesis import given
from hypothesis import strategies as st

import warraq


def isos(text, **kw):
    return [(m.text, m.iso) for m in warraq.analyze(text, **kw).dates]


def test_offsets_are_code_points_in_arabic_text():
    text = "صدر البيان يوم الخميس ٦ يناير ٢٠٢٢م في القاهرة"
    (m,) = warraq.analyze(text).dates
    assert text[m.start : m.end] == m.text
    assert m.iso == "2022-01-06"
    assert m.hijri == "1443-06-03"
    assert m.method == "umm_al_qura"


def test_russia_today_is_not_a_date():
    text = "Russia Today quoted the spokesman (Al Jazeera 6/1/2022)."
    assert isos(text) == [("6/1/2022", "2022-01-06")]


def test_dual_dateline_is_linked():
    dates = warraq.analyze("12 Jumada II 1443 AH – 15/01/2022 CE").dates
    assert [d.calendar for d in dates] == ["hijri", "gregorian"]
    assert dates[0].linked == 1 and dates[1].linked == 0
    assert dates[0].agrees is True
    assert dates[0].iso == dates[1].iso == "2022-01-15"


def test_impossible_hijri_day_is_not_reported():
    assert warraq.analyze("dated 30 Jumada II 1443 AH").dates == []


def test_hijri_year_1443_is_not_gregorian():
    (m,) = warraq.analyze("It was completed in 1443 AH.").dates
    assert m.calendar == "hijri" and m.iso is None and m.hijri == "1443"
    assert m.gregorian_start == "2021-08-09" and m.gregorian_end == "2022-07-29"


def test_relative_dates_need_a_reference():
    (m,) = warraq.analyze("The envoy arrived yesterday.").dates
    assert m.iso is None
    (m,) = warraq.analyze("The envoy arrived yesterday.", reference_date=dt.date(2022, 1, 8)).dates
    assert m.iso == "2022-01-07" and m.inferred


def test_date_order_can_be_forced():
    assert isos("signed 2/3/2022", date_order="mdy") == [("2/3/2022", "2022-02-03")]
    assert isos("signed 2/3/2022", date_order="dmy") == [("2/3/2022", "2022-03-02")]


def test_mentions_pickle_and_convert():
    (m,) = warraq.analyze("in March 2019").dates
    assert pickle.loads(pickle.dumps(m)) == m
    d = m.to_dict()
    assert d["precision"] == "month" and d["iso"] == "2019-03"


@given(st.text(max_size=60))
def test_spans_are_text_slices(text):
    for m in warraq.analyze(text).dates:
        assert text[m.start : m.end] == m.text


@given(st.from_regex(r"[0-9٠-٩/\-. هـمAHCE]{0,30}", fullmatch=True))
def test_numeric_noise_never_crashes(text):
    for m in warraq.analyze(text).dates:
        assert 0 <= m.start < m.end <= len(text)


def test_a_year_holding_an_occasion_twice_gives_the_other_as_alternative():
    (m,) = warraq.analyze("Pilgrims marked Eid al-Adha 2006 in Mecca.").dates
    assert (m.iso, m.ambiguous, m.alternative) == ("2006-01-10", True, "2006-12-31")
    (m,) = warraq.analyze("Eid al-Adha 2006", reference_date=dt.date(2006, 12, 20)).dates
    assert (m.iso, m.ambiguous, m.alternative) == ("2006-12-31", False, "2006-01-10")
    assert m.to_dict()["alternative"] == "2006-01-10"
    assert pickle.loads(pickle.dumps(m)) == m


def test_a_week_has_week_precision_and_an_iso_week():
    (m,) = warraq.analyze("The talks resumed last week.", reference_date=dt.date(2022, 1, 12)).dates
    assert (m.precision, m.iso, m.gregorian_start, m.gregorian_end) == (
        "week",
        "2022-W01",
        "2022-01-03",
        "2022-01-09",
    )
    (m,) = warraq.analyze("الأسبوع المقبل", reference_date=dt.date(2022, 1, 12)).dates
    assert (m.precision, m.iso) == ("week", "2022-W03")


def test_part_qualifiers_keep_precision_and_name_the_part():
    (m,) = warraq.analyze("The offensive began in early March 2019.").dates
    assert (m.text, m.precision, m.iso, m.part) == ("early March 2019", "month", "2019-03", "early")
    (m,) = warraq.analyze("ستجرى الانتخابات أواخر العام", reference_date=dt.date(2022, 1, 12)).dates
    assert (m.text, m.precision, m.iso, m.part) == ("أواخر العام", "year", "2022", "late")


def test_a_bare_arabic_year_in_a_gregorian_text_is_gregorian_and_ambiguous():
    (m,) = warraq.analyze("سقطت غرناطة عام 1492 وانتهى حكم المسلمين في الأندلس").dates
    assert (m.calendar, m.iso, m.ambiguous) == ("gregorian", "1492", True)
    (m,) = warraq.analyze("صدر الكتاب سنة 1443 للهجرة").dates
    assert (m.calendar, m.hijri, m.ambiguous) == ("hijri", "1443", False)
