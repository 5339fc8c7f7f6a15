"""Robustness of every layer through Python on texts built from the genre's pieces.

Dates in every form, quote marks of every kind (paired or not), speech verbs, outlets in
parentheses, brackets, line breaks of every kind, bidi controls, harakat, tatweel, emoji, NUL, very
long numbers and random unicode. For every layer: no crash, offsets are code-point indices with
``text[start:end] == span.text``, spans in order, dates never overlap, sentences leave only space
between them, dual dates link both ways, ``iso`` parses at its precision, a span of Gregorian
days never ends before it starts, and a quote's speaker/cue/source lie inside the text.
"""

from __future__ import annotations

import datetime
import re

from hypothesis import given, settings
from hypothesis import strategies as st

import warraq

PIECES = [
    # numeric dates: / - . separators, Arabic-Indic and Persian digits, bare years, long numbers
    "15/01/2022", "1/1/", "8/1/2022", "2022-01-15", "15.01.2022", "15-1-2022", "١٥/٠١/٢٠٢٢",
    "٢٠٢٢", "۱۴۰۱", "1443", "12", "31", "0", "2022", "123456789012345678901234567890", "1st", "21st",
    # months: English, Arabic, Levantine, Maghrebi, Hijri (Arabic and transliterated)
    "January", "Sept.", "May", "يناير", "أيار", "كانون الثاني", "تشرين الأول", "جانفي", "غشت",
    "محرم", "ربيع الأول", "جمادى الآخرة", "رمضان", "ذو الحجة", "Muharram", "Rabi' al-Awwal",
    "Jumada II", "Ramadan", "Dhu al-Hijjah",
    # eras, ranges, links
    "هـ", "م", "AH", "CE", "BC", "BH", "للهجرة", "–", " to ", "إلى", "حتى", "الموافق",
    # relative words, weekdays, parts, occasions
    "the following day", "the previous year", "last Friday", "التالي", "الماضي", "المقبل",
    "Monday", "الجمعة", "early", "mid-", "late", "أوائل", "منتصف", "أواخر", "Eid al-Adha",
    "عيد الفطر", "Ashura", "the year", "العام", "in", "في", "عام",
    # quote marks of every kind
    "“", "”", '"', "«", "»", "‘", "’", "'", "﴿", "﴾",
    # speech verbs, speakers, outlets, brackets, Quran references
    "said", "said:", "told", "according to", "he said", "قال", "قال:", "صرّح", "أكد", "أضاف",
    "وفق", "حسب", "وقال الوزير", "Lavrov", "(RT 8/1/2022)", "(TASS)", "(", ")", "[", "]",
    "[Al-Hajj: 40]", "[البقرة: 255]",
    # sentence pieces
    ". ", "? ", "؟ ", "، ", "… ", "Dr.", "U.S.", "د.", "1- ", "a- ",
    # line breaks, bidi controls, tatweel, harakat, combining marks, NUL, emoji
    " ", "\n", "\n\n", "\r\n", "\r", "\u2028", "\u200e", "\u200f", "\u202a", "\u202b", "\u202e",
    "\u202c", "\u2066", "\u2067", "\u2069", "\u061c", "ـ", "\u064e\u0651", "e\u0301", "\u0301",
    "\u200d", "\ufeff", "\x00", "😀", "👍🏽", "🇸🇦",
    "the", "minister", "الوزير", "بيان",
]

piece = st.one_of(
    st.sampled_from(PIECES),
    st.sampled_from(PIECES),
    st.sampled_from(PIECES),
    st.text(max_size=4),  # random unicode, surrogates excluded by hypothesis
    st.from_regex(r"[0-9٠-٩]{1,25}", fullmatch=True),
)
glue = st.sampled_from(["", " ", " ", "\n", ", "])
genre_text = st.lists(st.tuples(piece, glue), max_size=40).map(lambda ps: "".join(p + g for p, g in ps))

BLANK = re.compile(r"[\s\x00\u200b-\u200f\u202a-\u202e\u2060-\u2069\u061c\ufeff]*")
ISO = {
    "year": re.compile(r"-?\d{4,}"),
    "month": re.compile(r"-?\d{4,}-(0[1-9]|1[0-2])"),
    "week": re.compile(r"-?\d{4,}-W(0[1-9]|[1-4]\d|5[0-3])"),
    "day": re.compile(r"-?\d{4,}-\d\d-\d\d"),
}


def day_key(iso: str) -> tuple[int, int, int]:
    """`[-]YYYY-MM-DD` as a comparable triple, checking it names a real day."""
    assert ISO["day"].fullmatch(iso), iso
    neg = iso.startswith("-")
    y, m, d = (int(x) for x in iso.lstrip("-").split("-"))
    # a real day (proleptic Gregorian leap rule, any year)
    leap = y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    days = [31, 29 if leap else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    assert 1 <= m <= 12 and 1 <= d <= days[m - 1], iso
    return (-y if neg else y, m, d)


def check(text: str, doc: warraq.Document) -> None:
    n = len(text)
    for layer in ("runs", "tokens", "sentences", "dates", "quotes"):
        prev = -1
        for span in getattr(doc, layer):
            assert 0 <= span.start <= span.end <= n, (layer, span)
            assert text[span.start:span.end] == span.text, (layer, span)
            assert span.start >= prev, (layer, "out of order", span)
            prev = span.start

    # tokens and dates never overlap; sentences leave only blank text between them
    for layer in ("tokens", "dates", "sentences"):
        spans = getattr(doc, layer)
        for a, b in zip(spans, spans[1:]):
            assert a.end <= b.start, (layer, "overlap", a, b)
    at = 0
    for s in doc.sentences:
        assert BLANK.fullmatch(text[at:s.start]), ("outside any sentence", text[at:s.start])
        at = s.end
    assert BLANK.fullmatch(text[at:]), ("after the last sentence", text[at:])

    dates = doc.dates
    for i, d in enumerate(dates):
        if d.linked is not None:
            assert 0 <= d.linked < len(dates) and d.linked != i, d
            assert dates[d.linked].linked == i, ("link does not point back", d)
        if d.iso is not None:
            assert ISO[d.precision].fullmatch(d.iso), (d.precision, d.iso)
            if d.precision == "day":
                day_key(d.iso)
                if not d.iso.startswith("-") and len(d.iso) == 10 and d.iso[:4] != "0000":
                    datetime.date.fromisoformat(d.iso)
        if d.gregorian_start is not None and d.gregorian_end is not None:
            assert day_key(d.gregorian_start) <= day_key(d.gregorian_end), d
        assert d.month is None or 1 <= d.month <= 12, d
        assert d.day is None or 1 <= d.day <= 31, d

    for q in doc.quotes:
        for sub in (q.speaker_span, q.cue_span, q.source_span):
            if sub is not None:
                assert 0 <= sub[0] <= sub[1] <= n, q
        if q.cue_span is not None:
            assert text[q.cue_span[0]:q.cue_span[1]] == q.cue, q
        if q.source_span is not None:
            assert text[q.source_span[0]:q.source_span[1]] == q.source, q
        if q.speaker_span is not None and not q.speaker_resolved:
            assert text[q.speaker_span[0]:q.speaker_span[1]] == q.speaker, q


@settings(max_examples=600, deadline=None)
@given(genre_text, st.sampled_from(["auto", "dmy", "mdy"]), st.booleans())
def test_every_layer_holds_its_promises_on_genre_text(text, order, flag):
    check(text, warraq.analyze(text, date_order=order, arabic_clauses=flag, split_clitics=flag))


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_every_layer_holds_its_promises_on_random_unicode(text):
    check(text, warraq.analyze(text))


@settings(max_examples=100, deadline=None)
@given(genre_text)
def test_layers_asked_in_any_order_agree_with_the_whole_document(text):
    whole = warraq.analyze(text)
    lazy = warraq.analyze(text)
    assert lazy.quotes == whole.quotes
    assert lazy.dates == whole.dates
    assert lazy.sentences == whole.sentences
    assert lazy.tokens == whole.tokens


def test_the_following_at_the_end_of_a_window_does_not_crash():
    for text in ("كانون الثاني the minister said the following dayA", "January the following"):
        check(text, warraq.analyze(text))


def test_nul_lone_cr_and_bidi_controls_around_a_quote_keep_offsets():
    text = "\u202bقال الوزير:\r«\u200fلن نتراجع\x00»\u202c (RT 8/1/2022)\r\n😀 “he said"
    check(text, warraq.analyze(text))


def test_a_date_between_two_of_the_other_calendar_is_the_dual_of_the_first_only():
    text = "15/01/2022 1محرم15/01/2022"
    doc = warraq.analyze(text)
    check(text, doc)
    assert any(d.linked is not None for d in doc.dates)
