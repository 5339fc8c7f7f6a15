"""The dates layer through the public Python contract (DESIGN.md)."""

import datetime as dt
import pickle

import pytest
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


# ------------------------------------------------------------ Hijri and Arabic forms (issue #4)
# Our own strings in the forms other date libraries test (numeric Hijri datelines with times,
# transliterations with diacritics, honorifics, Arabic-Indic digits); the facts are the calendar's.

HIJRI_FORMS = [
    ("نُشر في 14-09-1432 هـ، 09:40 صباحاً", "2011-08-14", "1432-09-14"),
    ("الأحد 1 رمضان 1443هـ", "2022-04-02", "1443-09-01"),
    ("صدر التعميم بتاريخ 1443/9/1 هـ", "2022-04-02", "1443-09-01"),
    ("التعميم رقم 12 وتاريخ ١٤٤٣/٠٩/٠١هـ", "2022-04-02", "1443-09-01"),
    ("غرة رمضان 1443", "2022-04-02", "1443-09-01"),
    ("the decree of 1 Ramaḍān 1443 AH", "2022-04-02", "1443-09-01"),
    ("signed on 12 Rabīʿ al-Awwal 1444 H.", "2022-10-08", "1444-03-12"),
    ("held on 1 Muharram-ul-Haram 1444", "2022-07-30", "1444-01-01"),
    ("the 1st of Ramadan, 1443 AH", "2022-04-02", "1443-09-01"),
    ("1 Dhū al-Ḥijjah 1443", "2022-06-30", "1443-12-01"),
    ("١ ذي الحجة ١٤٤٣", "2022-06-30", "1443-12-01"),
    ("15 شعبان 1443ه", "2022-03-18", "1443-08-15"),
]


@pytest.mark.parametrize(("text", "iso", "hijri"), HIJRI_FORMS)
def test_hijri_day_forms(text, iso, hijri):
    (m,) = warraq.analyze(text).dates
    assert (m.calendar, m.iso, m.hijri) == ("hijri", iso, hijri)
    assert text[m.start : m.end] == m.text


@pytest.mark.parametrize(
    ("text", "hijri", "first", "last"),
    [
        ("in Rabīʿ ath-Thānī 1443", "1443-04", "2021-11-06", "2021-12-04"),
        ("Zū al-Qaʿdah 1443", "1443-11", "2022-05-31", "2022-06-29"),
        ("in the Hijri year 1443", "1443", "2021-08-09", "2022-07-29"),
        ("في عام 1443 للهجرة", "1443", "2021-08-09", "2022-07-29"),
    ],
)
def test_hijri_months_and_years_have_their_gregorian_span(text, hijri, first, last):
    (m,) = warraq.analyze(text).dates
    assert (m.calendar, m.iso, m.hijri) == ("hijri", None, hijri)
    assert (m.gregorian_start, m.gregorian_end) == (first, last)


def test_times_next_to_dates_are_not_dates():
    text = "الجمعة 14 يناير 2022 الساعة 10:12 ص"
    assert isos(text) == [("الجمعة 14 يناير 2022", "2022-01-14")]
    assert isos("٦ يناير، ٢٠١٥، الساعة ١١:٠٠ صباحاً") == [("٦ يناير، ٢٠١٥", "2015-01-06")]


def test_arabic_dual_dateline_of_a_news_site():
    text = "آخر تحديث: الأربعاء 02 جمادى الآخرة 1443هـ - 05 يناير 2022م"
    h, g = warraq.analyze(text).dates
    assert (h.calendar, g.calendar) == ("hijri", "gregorian")
    assert h.iso == g.iso == "2022-01-05" and h.linked == 1 and h.agrees is True


# ------------------------------------------------------------ web pages (issue #4)
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Updated 3:45 PM GMT, Jan 5, 2022", [("Jan 5, 2022", "2022-01-05")]),
        ("Published On 5 Jan 2022", [("5 Jan 2022", "2022-01-05")]),
        ("2022-01-05T13:45:00Z", [("2022-01-05", "2022-01-05")]),
        ("Last modified on Wed 5 Jan 2022 14.02 GMT", [("Wed 5 Jan 2022", "2022-01-05")]),
        ("٥ يناير ٢٠٢٢ - ١٣:٤٥", [("٥ يناير ٢٠٢٢", "2022-01-05")]),
        ("© 2022 Reuters. All rights reserved.", [("2022", "2022")]),
        ("the 2019–20 season", [("2019", "2019"), ("20", "2020")]),
        ("in mid-2021", [("mid-2021", "2021")]),
        ("Retrieved 5 January 2022.", [("5 January 2022", "2022-01-05")]),
    ],
)
def test_page_datelines_and_citations(text, want):
    assert isos(text) == want


def test_a_decade_is_not_padded_to_a_year():
    assert isos("in the 1990s") == []
    assert isos("أواسط الثمانينيات") == []


def test_a_range_is_two_full_mentions():
    got = isos("talks from the 13th to the 15th of July 2022")
    assert got == [("the 13th", "2022-07-13"), ("the 15th of July 2022", "2022-07-15")]


def test_part_of_a_week_narrows_its_span():
    (m,) = warraq.analyze("at the end of next week", reference_date=dt.date(2013, 2, 12)).dates
    assert (m.part, m.gregorian_start, m.gregorian_end) == ("late", "2013-02-22", "2013-02-24")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("between June and August 2010", ["2010-06", "2010-08"]),
        ("from 28 December to 3 January 2019", ["2018-12-28", "2019-01-03"]),
        ("من مارس إلى مايو 2021", ["2021-03", "2021-05"]),
    ],
)
def test_a_range_with_one_year_gives_both_ends_that_year(text, want):
    assert [m.iso for m in warraq.analyze(text, reference_date=dt.date(2022, 3, 1)).dates] == want


def test_arabic_before_last_and_after_next():
    ref = dt.date(2022, 3, 1)  # a Tuesday
    assert isos("الأحد قبل الماضي", reference_date=ref) == [("الأحد قبل الماضي", "2022-02-20")]
    assert isos("العام قبل الماضي", reference_date=ref) == [("العام قبل الماضي", "2020")]


def test_nth_weekday_of_a_hijri_month():
    assert isos("آخر جمعة من رمضان 1443 هـ") == [("آخر جمعة من رمضان 1443 هـ", "2022-04-29")]


def test_a_date_naming_a_past_event_is_not_this_year():
    assert isos("since the January 6 riot", reference_date=dt.date(2022, 3, 1)) == []


def test_score_ranges_script_counts_one_mention_or_two_ends(tmp_path, capsys):
    import importlib.util
    import json
    import pathlib

    path = pathlib.Path(__file__).resolve().parents[2] / "scripts" / "score_ranges.py"
    spec = importlib.util.spec_from_file_location("score_ranges", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    rows = [
        # two ends
        {
            "id": "a",
            "lang": "en",
            "text": "July 13-15, 2022",
            "expected": {"grain": "day", "from": "2022-07-13", "to_exclusive": "2022-07-16"},
        },
        # one month mention
        {
            "id": "b",
            "lang": "en",
            "text": "in March 2019",
            "expected": {"grain": "month", "from": "2019-03-01", "to_exclusive": "2019-04-01"},
        },
        # a part: early March is the 1st to the 10th
        {
            "id": "c",
            "lang": "en",
            "text": "early March 2019",
            "expected": {"grain": "day", "from": "2019-03-01", "to_exclusive": "2019-03-11"},
        },
        {
            "id": "d",
            "lang": "en",
            "text": "nothing here",
            "expected": {"grain": "day", "from": "2019-03-01", "to_exclusive": "2019-03-02"},
        },
    ]
    f = tmp_path / "ranges.jsonl"
    f.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    assert mod.main([str(f), "--show", "5"]) == 0
    out = capsys.readouterr().out
    assert out.strip().splitlines()[-1] == "hit rate 3/4 = 0.750"
    assert "MISS d:" in out


# ---- held-out forms: web-page datelines and other libraries' Arabic/Hijri forms ----

WEB_DATELINES = [
    ("Published 5 January 2022, 10:32 GMT", "2022-01-05"),
    ("Updated: Jan. 5, 2022 at 10:32 a.m. ET", "2022-01-05"),
    ("Posted 2022-01-05T10:32:00Z by staff", "2022-01-05"),
    ("نُشر في: ٥ يناير ٢٠٢٢ - ١٠:٣٢ ص", "2022-01-05"),
    ("آخر تحديث: الأربعاء 5 يناير 2022", "2022-01-05"),
    ("وقّع الطرفان يوم ٠٥\u200f/٠١\u200f/٢٠٢٢ في الرياض", "2022-01-05"),
    ("صدر التعميم بتاريخ 1443/6/12هـ", "2022-01-15"),
]


@pytest.mark.parametrize("text,iso", WEB_DATELINES)
def test_dateline_with_time_gives_its_date_and_the_time_is_not_a_date(text, iso):
    dates = warraq.analyze(text).dates
    assert [d.iso for d in dates] == [iso]
    assert text[dates[0].start : dates[0].end] == dates[0].text


def test_reporting_periods_and_decades():
    assert [d.iso for d in warraq.analyze("Growth slowed in Q3 2021.").dates] == ["2021"]
    assert [d.iso for d in warraq.analyze("Revenue fell in fiscal 2022.").dates] == ["2022"]
    # decades have no single year/month/day value: not reported
    assert warraq.analyze("Such movements flourished in the 1990s.").dates == []


def test_said_tuesday_is_the_tuesday_before_the_reference():
    ref = dt.date(2022, 1, 12)  # a Wednesday
    d = warraq.analyze("The minister said Tuesday that talks would resume.", reference_date=ref).dates
    assert [(x.text, x.iso) for x in d] == [("Tuesday", "2022-01-11")]
