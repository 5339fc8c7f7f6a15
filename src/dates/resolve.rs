//! Resolution: numeric order per document, references for relative dates, calendar conversion,
//! dual dates.

use super::calendar::{self, gregorian, HijriDate};
use super::lexicon::{Holiday, LAST_WEEKDAY};
use super::recognize::{MonthSpec, Occ, Raw, Val, WeekdayMode, YearSpec};
use super::{Calendar, DateMention, DateOrder, Method, Precision, SimpleDate};
use crate::Options;

const METHOD: Method = Method::UmmAlQura;

/// Facts about the document that decide the numeric order when no date proves it.
pub(crate) struct DocHints {
    pub arabic: bool,
    pub arab_outlet: bool,
}

fn iso_day(d: SimpleDate) -> String {
    if d.year >= 0 {
        return ymd(d.year, d.month, d.day);
    }
    format!("{}-{:02}-{:02}", fmt_year(d.year), d.month, d.day)
}

/// `{y:04}-{m:02}-{d:02}`, written digit by digit: dense text has a date every few hundred
/// bytes, and `format!` was a tenth of the layer's time there.
fn ymd(y: i32, m: u8, d: u8) -> String {
    let Ok(y) = u32::try_from(y) else {
        return format!("{y:04}-{m:02}-{d:02}");
    };
    let mut s = String::with_capacity(10);
    push_padded(&mut s, y, 4);
    s.push('-');
    push_padded(&mut s, m.into(), 2);
    s.push('-');
    push_padded(&mut s, d.into(), 2);
    s
}

/// `n` in decimal, zero-padded to `width` digits (more digits when it has more).
fn push_padded(s: &mut String, mut n: u32, width: usize) {
    let mut buf = [b'0'; 10];
    let mut i = buf.len();
    loop {
        i -= 1;
        buf[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 || i == 0 {
            break;
        }
    }
    let digits = buf.len() - i;
    for _ in digits..width {
        s.push('0');
    }
    s.extend(buf[i..].iter().map(|&c| c as char));
}

fn fmt_year(y: i32) -> String {
    if y < 0 {
        format!("-{:04}", -y)
    } else {
        format!("{y:04}")
    }
}

/// The Gregorian days a part qualifier covers, as `gregorian_start`/`gregorian_end`: of a month,
/// days 1-10 (`early`), 11-20 (`mid`) and 21 to its end (`late`); of a week, Monday-Wednesday,
/// Tuesday-Thursday and Friday-Sunday; of a year, January-April, May-August and
/// September-December. `iso` keeps the honest precision (the month, the year).
fn narrow_to_part(m: &mut DateMention, part: super::Part) {
    let parse = |s: &Option<String>| -> Option<SimpleDate> {
        let s = s.as_deref()?;
        let mut it = s.splitn(3, '-');
        Some(SimpleDate {
            year: it.next()?.parse().ok()?,
            month: it.next()?.parse().ok()?,
            day: it.next()?.parse().ok()?,
        })
    };
    let (start, end) = match (
        parse(&m.gregorian_start),
        parse(&m.gregorian_end),
        m.precision,
        m.calendar,
    ) {
        (Some(a), Some(b), _, _) => (a, b),
        (_, _, Precision::Month, Calendar::Gregorian) => {
            let (Some(y), Some(mo)) = (m.year, m.month) else {
                return;
            };
            let last = gregorian::days_in_month(y, mo);
            let a = SimpleDate {
                year: y,
                month: mo,
                day: 1,
            };
            (a, SimpleDate { day: last, ..a })
        }
        (_, _, Precision::Year, Calendar::Gregorian) => {
            let Some(y) = m.year else { return };
            (
                SimpleDate {
                    year: y,
                    month: 1,
                    day: 1,
                },
                SimpleDate {
                    year: y,
                    month: 12,
                    day: 31,
                },
            )
        }
        _ => return,
    };
    let (a, b) = match m.precision {
        Precision::Month => {
            let z = gregorian::days_from_civil(start);
            let zb = gregorian::days_from_civil(end);
            match part {
                super::Part::Early => (z, (z + 9).min(zb)),
                super::Part::Mid => ((z + 10).min(zb), (z + 19).min(zb)),
                super::Part::Late => ((z + 20).min(zb), zb),
            }
        }
        // of a week (Monday to Sunday): Monday-Wednesday, Tuesday-Thursday, Friday-Sunday
        Precision::Week => {
            let z = gregorian::days_from_civil(start);
            match part {
                super::Part::Early => (z, z + 2),
                super::Part::Mid => (z + 1, z + 3),
                super::Part::Late => (z + 4, z + 6),
            }
        }
        Precision::Year if m.calendar == Calendar::Gregorian => {
            let y = start.year;
            let (m0, m1) = match part {
                super::Part::Early => (1, 4),
                super::Part::Mid => (5, 8),
                super::Part::Late => (9, 12),
            };
            (
                gregorian::days_from_civil(SimpleDate {
                    year: y,
                    month: m0,
                    day: 1,
                }),
                gregorian::days_from_civil(SimpleDate {
                    year: y,
                    month: m1,
                    day: gregorian::days_in_month(y, m1),
                }),
            )
        }
        _ => return,
    };
    m.gregorian_start = Some(iso_day(gregorian::civil_from_days(a)));
    m.gregorian_end = Some(iso_day(gregorian::civil_from_days(b)));
}

fn add_days(d: SimpleDate, n: i64) -> SimpleDate {
    gregorian::civil_from_days(gregorian::days_from_civil(d) + n)
}

fn add_months(d: SimpleDate, n: i32) -> SimpleDate {
    let total = d.year * 12 + (d.month as i32 - 1) + n;
    let y = total.div_euclid(12);
    let m = (total.rem_euclid(12) + 1) as u8;
    let day = d.day.min(gregorian::days_in_month(y, m));
    SimpleDate {
        year: y,
        month: m,
        day,
    }
}

/// Monday = 0 … Sunday = 6.
fn wd0(d: SimpleDate) -> i64 {
    gregorian::weekday(d) as i64 - 1
}

fn easter(y: i32) -> Option<SimpleDate> {
    // Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
    if y < 1583 {
        return None;
    }
    let a = y % 19;
    let b = y / 100;
    let c = y % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    Some(SimpleDate {
        year: y,
        month: month as u8,
        day: day as u8,
    })
}

/// Orthodox Easter in the Gregorian calendar: the Julian computus (Meeus), then the Julian
/// date moved to the Gregorian one.
fn orthodox_easter(y: i32) -> Option<SimpleDate> {
    if y < 1583 {
        return None;
    }
    let (a, b, c) = (y % 4, y % 7, y % 19);
    let d = (19 * c + 15) % 30;
    let e = (2 * a + 4 * b - d + 34) % 7;
    let month = (d + e + 114) / 31;
    let day = (d + e + 114) % 31 + 1;
    // the Julian calendar runs y/100 - y/400 - 2 days behind (13 from 1900 to 2099)
    let julian = SimpleDate {
        year: y,
        month: month as u8,
        day: day as u8,
    };
    Some(add_days(julian, (y / 100 - y / 400 - 2) as i64))
}

fn h2g(y: i32, m: u8, d: u8) -> Option<(SimpleDate, Method)> {
    calendar::hijri_to_gregorian(
        HijriDate {
            year: y,
            month: m,
            day: d,
        },
        METHOD,
    )
    .ok()
}

fn g2h(d: SimpleDate) -> Option<(HijriDate, Method)> {
    calendar::gregorian_to_hijri(d, METHOD).ok()
}

fn hlen(y: i32, m: u8) -> Option<u8> {
    calendar::hijri_month_length(y, m, METHOD).ok().map(|x| x.0)
}

/// A resolved value before it becomes a mention.
struct Value {
    cal: Calendar,
    year: Option<i32>,
    month: Option<u8>,
    day: Option<u8>,
    precision: Precision,
}

impl Value {
    fn greg(d: SimpleDate) -> Value {
        Value {
            cal: Calendar::Gregorian,
            year: Some(d.year),
            month: Some(d.month),
            day: Some(d.day),
            precision: Precision::Day,
        }
    }
}

/// Fills a mention from a value; `None` when the date does not exist (never shifted).
fn fill(start: usize, end: usize, v: Value) -> Option<DateMention> {
    let mut m = DateMention {
        start,
        end,
        calendar: v.cal,
        year: v.year,
        month: v.month,
        day: v.day,
        precision: v.precision,
        iso: None,
        hijri: None,
        method: None,
        ambiguous: false,
        inferred: false,
        gregorian_start: None,
        gregorian_end: None,
        linked: None,
        agrees: None,
        alternative: None,
        part: None,
    };
    let Some(y) = v.year else { return Some(m) };
    match (v.cal, v.month, v.day) {
        (Calendar::Gregorian, Some(mo), Some(d)) => {
            let g = SimpleDate {
                year: y,
                month: mo,
                day: d,
            };
            if !(1..=12).contains(&mo) || !gregorian::is_valid(g) {
                return None;
            }
            m.iso = Some(iso_day(g));
            if let Some((h, meth)) = g2h(g) {
                m.hijri = Some(ymd(h.year, h.month, h.day));
                m.method = Some(meth);
            }
        }
        (Calendar::Gregorian, Some(mo), None) => {
            if !(1..=12).contains(&mo) {
                return None;
            }
            m.iso = Some(format!("{}-{:02}", fmt_year(y), mo));
        }
        (Calendar::Gregorian, None, _) => m.iso = Some(fmt_year(y)),
        (Calendar::Hijri, Some(mo), Some(d)) => {
            if !(1..=12).contains(&mo) || !(1..=30).contains(&d) || y < 1 {
                return None;
            }
            if let Some(len) = hlen(y, mo) {
                if d > len {
                    // `30 Jumada II 1443`: that month has 29 days; not a date
                    return None;
                }
            }
            m.hijri = Some(ymd(y, mo, d));
            if let Some((g, meth)) = h2g(y, mo, d) {
                m.iso = Some(iso_day(g));
                m.method = Some(meth);
            }
        }
        (Calendar::Hijri, Some(mo), None) => {
            if !(1..=12).contains(&mo) || y < 1 {
                return None;
            }
            m.hijri = Some(format!("{y:04}-{mo:02}"));
            if let (Some((a, meth)), Some(len)) = (h2g(y, mo, 1), hlen(y, mo)) {
                m.gregorian_start = Some(iso_day(a));
                m.gregorian_end = Some(iso_day(add_days(a, len as i64 - 1)));
                m.method = Some(meth);
            }
        }
        (Calendar::Hijri, None, _) => {
            if y < 1 {
                return None;
            }
            m.hijri = Some(format!("{y:04}"));
            if let (Some((a, meth)), Some((b, _))) = (h2g(y, 1, 1), h2g(y + 1, 1, 1)) {
                m.gregorian_start = Some(iso_day(a));
                m.gregorian_end = Some(iso_day(add_days(b, -1)));
                m.method = Some(meth);
            }
        }
    }
    Some(m)
}

/// The Hijri day an occasion names in Hijri year `hy`: its fixed day, or its month's last weekday
/// (`LAST_WEEKDAY + wd`); None for a whole month (day 0).
fn occ_day(hy: i32, hm: u8, hd: u8) -> Option<u8> {
    if hd < LAST_WEEKDAY {
        return (hd > 0).then_some(hd);
    }
    let wd = (hd - LAST_WEEKDAY) as i64;
    let len = hlen(hy, hm)?;
    let (last, _) = h2g(hy, hm, len)?;
    let back = (wd0(last) - wd).rem_euclid(7);
    u8::try_from(len as i64 - back).ok()
}

/// The Gregorian date of Hijri (month, day) in Gregorian year `gy`: the first one in that year.
fn hijri_in_greg_year(gy: i32, hm: u8, hd: u8) -> Option<(i32, SimpleDate)> {
    let (h0, _) = g2h(SimpleDate {
        year: gy,
        month: 1,
        day: 1,
    })?;
    for hy in [h0.year - 1, h0.year, h0.year + 1] {
        if let Some((g, _)) = h2g(hy, hm, occ_day(hy, hm, hd).unwrap_or(1)) {
            if g.year == gy {
                return Some((hy, g));
            }
        }
    }
    None
}

/// A day-precision mention made the week (Monday to Sunday) that holds its day: `iso` the ISO
/// week (`2022-W01`), `year` its week-numbering year, the Monday and Sunday as
/// `gregorian_start`/`gregorian_end`. Without a day (no reference), only the precision changes.
fn weekify(mut m: DateMention) -> DateMention {
    m.precision = Precision::Week;
    let day = m.iso.as_deref().filter(|s| s.len() == 10).and_then(|s| {
        Some(SimpleDate {
            year: s.get(0..4)?.parse().ok()?,
            month: s.get(5..7)?.parse().ok()?,
            day: s.get(8..10)?.parse().ok()?,
        })
    });
    m.calendar = Calendar::Gregorian;
    m.month = None;
    m.day = None;
    m.hijri = None;
    m.method = None;
    m.iso = None;
    let Some(d) = day else {
        m.year = None;
        return m;
    };
    let monday = add_days(d, -wd0(d));
    let thursday = add_days(monday, 3);
    let jan1 = SimpleDate {
        year: thursday.year,
        month: 1,
        day: 1,
    };
    let week = (gregorian::days_from_civil(thursday) - gregorian::days_from_civil(jan1)) / 7 + 1;
    m.year = Some(thursday.year);
    m.iso = Some(format!("{}-W{week:02}", fmt_year(thursday.year)));
    m.gregorian_start = Some(iso_day(monday));
    m.gregorian_end = Some(iso_day(add_days(monday, 6)));
    m
}

/// Every Gregorian date of Hijri (month, day) in Gregorian year `gy`, in order: a Hijri year is
/// eleven days shorter, so a Gregorian year can hold the same day twice (10 Dhu al-Hijjah fell on
/// 10 January and on 31 December 2006).
fn hijri_all_in_greg_year(gy: i32, hm: u8, hd: u8) -> Vec<(i32, SimpleDate)> {
    let Some((h0, _)) = g2h(SimpleDate {
        year: gy,
        month: 1,
        day: 1,
    }) else {
        return Vec::new();
    };
    [h0.year - 1, h0.year, h0.year + 1]
        .into_iter()
        .filter_map(|hy| h2g(hy, hm, occ_day(hy, hm, hd).unwrap_or(1)).map(|(g, _)| (hy, g)))
        .filter(|(_, g)| g.year == gy)
        .collect()
}

/// An occasion named with a Gregorian year that holds it twice (`Eid al-Adha 2006`): the one
/// nearer the reference when the reference falls in that year, else the first one, marked
/// `ambiguous`; the other is given as `alternative`. `m` holds the first one on entry.
fn two_occasions(raw: &Raw, m: &mut DateMention, r: &dyn Fn() -> Option<SimpleDate>) {
    let Val::Occasion {
        hm,
        hd,
        occ: Occ::Year(ys),
        hijri_year: false,
    } = raw.val
    else {
        return;
    };
    let gy = match ys {
        YearSpec::Given(y) => y,
        YearSpec::Ref(k) if k != 0 => match r() {
            Some(r) => r.year + k,
            None => return,
        },
        _ => return,
    };
    let all = hijri_all_in_greg_year(gy, hm, hd);
    let [(hy1, g1), (hy2, g2)] = all[..] else {
        return;
    };
    let day = |d: SimpleDate| gregorian::days_from_civil(d);
    let pick_second = match r() {
        Some(r) if r.year == gy => {
            let (a, b, x) = (day(g1), day(g2), day(r));
            (b - x).abs() < (x - a).abs()
        }
        _ => {
            m.ambiguous = true;
            false
        }
    };
    let (hy, other) = if pick_second { (hy2, g1) } else { (hy1, g2) };
    if pick_second {
        let v = Value {
            cal: Calendar::Hijri,
            year: Some(hy),
            month: Some(hm),
            day: occ_day(hy, hm, hd),
            precision: precision_of(&raw.val),
        };
        if let Some(mut n) = fill(raw.start, raw.end, v) {
            n.inferred = m.inferred;
            *m = n;
        }
    }
    // a whole Hijri month (`Ramadan 2030`) has no single Gregorian day: its Hijri value
    m.alternative = Some(if hd == 0 {
        let oy = if pick_second { hy1 } else { hy2 };
        format!("{oy:04}-{hm:02}")
    } else {
        iso_day(other)
    });
}

fn holiday_in(h: Holiday, y: i32) -> Option<SimpleDate> {
    match h {
        Holiday::Fixed(m, d) => {
            let g = SimpleDate {
                year: y,
                month: m,
                day: d,
            };
            gregorian::is_valid(g).then_some(g)
        }
        Holiday::Easter(off) => easter(y).map(|e| add_days(e, off as i64)),
        Holiday::OrthodoxEaster(off) => orthodox_easter(y).map(|e| add_days(e, off as i64)),
        Holiday::Nth(m, n, wd) => {
            let first = SimpleDate {
                year: y,
                month: m,
                day: 1,
            };
            let len = gregorian::days_in_month(y, m) as i64;
            if n > 0 {
                let off = (wd as i64 - wd0(first)).rem_euclid(7) + 7 * (n as i64 - 1);
                (off < len).then(|| add_days(first, off))
            } else {
                let last = SimpleDate {
                    year: y,
                    month: m,
                    day: len as u8,
                };
                Some(add_days(last, -(wd0(last) - wd as i64).rem_euclid(7)))
            }
        }
    }
}

/// The date of a yearly event by occurrence rule. `in_year` gives its date in a Gregorian year.
fn occurrence(
    occ: Occ,
    r: Option<SimpleDate>,
    in_year: &dyn Fn(i32) -> Option<SimpleDate>,
) -> Option<(SimpleDate, bool)> {
    match occ {
        Occ::Year(YearSpec::Given(y)) => in_year(y).map(|d| (d, false)),
        Occ::Year(YearSpec::Ref(0) | YearSpec::Missing) | Occ::Next => {
            let r = r?;
            for y in [r.year, r.year + 1] {
                if let Some(d) = in_year(y) {
                    if d >= r {
                        return Some((d, true));
                    }
                }
            }
            None
        }
        Occ::Year(YearSpec::Ref(k)) => in_year(r?.year + k).map(|d| (d, true)),
        Occ::Last => {
            let r = r?;
            for y in [r.year, r.year - 1] {
                if let Some(d) = in_year(y) {
                    if d < r {
                        return Some((d, true));
                    }
                }
            }
            None
        }
    }
}

fn month_of(spec: MonthSpec, r: Option<SimpleDate>) -> Option<(i32, u8)> {
    match spec {
        MonthSpec::Named(m, Occ::Year(YearSpec::Given(y))) => Some((y, m)),
        MonthSpec::Named(m, Occ::Year(YearSpec::Ref(k))) => Some((r?.year + k, m)),
        MonthSpec::Named(m, Occ::Year(YearSpec::Missing)) => Some((r?.year, m)),
        MonthSpec::Named(m, Occ::Next) => {
            let r = r?;
            Some(if m > r.month {
                (r.year, m)
            } else {
                (r.year + 1, m)
            })
        }
        MonthSpec::Named(m, Occ::Last) => {
            let r = r?;
            Some(if m < r.month {
                (r.year, m)
            } else {
                (r.year - 1, m)
            })
        }
        MonthSpec::Rel(k) => {
            let d = add_months(r?, k);
            Some((d.year, d.month))
        }
    }
}

/// Whether a value needs the reference date.
fn needs_ref(v: &Val) -> bool {
    match v {
        Val::Date { year, .. } | Val::Numeric { year, .. } => {
            matches!(year, YearSpec::Ref(_) | YearSpec::Missing)
        }
        Val::Occasion { occ, .. } | Val::Holiday { occ, .. } => {
            !matches!(occ, Occ::Year(YearSpec::Given(_)))
        }
        Val::NthWeekday { month, .. } | Val::NthDay { month, .. } => {
            !matches!(month, MonthSpec::Named(_, Occ::Year(YearSpec::Given(_))))
        }
        _ => true,
    }
}

fn precision_of(v: &Val) -> Precision {
    match v {
        Val::Month(_) => Precision::Month,
        Val::Year(_) => Precision::Year,
        Val::Week(_) => Precision::Week,
        Val::MonthName { day: None, .. } => Precision::Month,
        Val::Date { month: None, .. } => Precision::Year,
        Val::Date { day: None, .. } => Precision::Month,
        Val::Occasion { hd: 0, .. } => Precision::Month,
        _ => Precision::Day,
    }
}

/// Resolves one raw value against the numeric order and the reference `r`.
fn value(
    raw: &Raw,
    (order, assumed): (DateOrder, bool),
    r: Option<SimpleDate>,
    from_text: bool,
) -> Option<Value> {
    let year = |y: YearSpec| -> Option<i32> {
        match y {
            YearSpec::Given(y) => Some(y),
            YearSpec::Ref(k) => r.map(|r| r.year + k),
            YearSpec::Missing => r.map(|r| r.year),
        }
    };
    // A day or month without a year, dated by the text itself (a dateline, a citation): the
    // year that puts it nearest the text's date. A report dated 5 January 2022 that says
    // `on 28 December` means 2021; one dated 14 March 2023 that says Eid `falls around
    // April 21` means 2023; one dated 28 December that looks ahead to `3 January`, the next
    // year. Ties go to the past (news reports more than it announces). Against a reference the
    // caller gave, the year is the reference's (Duckling's convention).
    let back = |y: Option<i32>, m: Option<u8>, d: Option<u8>| -> Option<i32> {
        let (y, r) = (y?, r?);
        if !from_text && raw.past {
            // `was signed on December 28`: the latest such day on or before the reference
            let on_or_before = |yy: i32| {
                m.is_some_and(|m| {
                    let c = SimpleDate {
                        year: yy,
                        month: m,
                        day: d.unwrap_or(1),
                    };
                    gregorian::is_valid(c) && c <= r
                })
            };
            return Some(if on_or_before(y) { y } else { y - 1 });
        }
        if !from_text {
            return Some(y);
        }
        let rd = gregorian::days_from_civil(r);
        let dist = |yy: i32| {
            let c = SimpleDate {
                year: yy,
                month: m?,
                day: d.unwrap_or(1),
            };
            gregorian::is_valid(c).then(|| (gregorian::days_from_civil(c) - rd).abs())
        };
        [y - 1, y, y + 1]
            .into_iter()
            .filter_map(|yy| dist(yy).map(|k| (k, yy)))
            .min()
            .map(|(_, yy)| yy)
            .or(Some(y))
    };
    Some(match raw.val {
        Val::Date {
            cal,
            year: y,
            month,
            day,
        } => {
            let yv = match (cal, y) {
                (Calendar::Hijri, YearSpec::Ref(k)) => {
                    let (h, _) = g2h(r?)?;
                    Some(h.year + k)
                }
                (Calendar::Hijri, YearSpec::Missing) => Some(g2h(r?)?.0.year),
                (_, YearSpec::Missing) => {
                    let y0 = back(year(y), month, day);
                    match (raw.weekday, y0, month, day) {
                        // `Fri, Jul 18`: the nearest year where that day is a Friday
                        (Some(wd), Some(y0), Some(m), Some(d)) => {
                            let dir: i32 = if from_text { -1 } else { 1 };
                            (0..=6)
                                .flat_map(|k| [dir * k, -dir * k])
                                .map(|k| y0 + k)
                                .find(|&yy| {
                                    let c = SimpleDate {
                                        year: yy,
                                        month: m,
                                        day: d,
                                    };
                                    gregorian::is_valid(c) && wd0(c) == wd as i64
                                })
                                .or(Some(y0))
                        }
                        _ => y0,
                    }
                }
                _ => year(y),
            };
            Value {
                cal,
                year: yv,
                month,
                day,
                precision: precision_of(&raw.val),
            }
        }
        Val::Numeric {
            a,
            b,
            year: y,
            cal,
            dotted,
        } => {
            let (d, m) = match order {
                // dotted and Hijri numeric dates are day-first unless the document proves otherwise
                DateOrder::Mdy if !((dotted || cal == Calendar::Hijri) && assumed) => (b, a),
                _ => (a, b),
            };
            let (d, m) = if m > 12 { (m, d) } else { (d, m) };
            let yv = match (cal, y) {
                (Calendar::Hijri, YearSpec::Ref(_) | YearSpec::Missing) => None,
                (_, YearSpec::Missing) => back(year(y), Some(m), Some(d)),
                _ => year(y),
            };
            Value {
                cal,
                year: yv,
                month: Some(m),
                day: Some(d),
                precision: Precision::Day,
            }
        }
        Val::Days(n) => Value::greg(add_days(r?, n as i64)),
        Val::MonthShiftDay {
            months: 0,
            day: Some(day),
        } if raw.weekday.is_some() => {
            // `Thursday the 15th`: the nearest month whose 15th is a Thursday (a text's own
            // date looks back, a reference forward)
            let (r, wd) = (r?, raw.weekday? as i64);
            let dir: i32 = if from_text { -1 } else { 1 };
            let first = SimpleDate { day: 1, ..r };
            let d = (0..=28)
                .map(|k| SimpleDate {
                    day,
                    ..add_months(first, dir * k)
                })
                .find(|d| gregorian::is_valid(*d) && wd0(*d) == wd)?;
            Value::greg(d)
        }
        Val::MonthShiftDay { months, day } => {
            let mut d = add_months(r?, months);
            if let Some(day) = day {
                d.day = day;
                if !gregorian::is_valid(d) {
                    return None;
                }
            }
            Value::greg(d)
        }
        Val::Month(k) => {
            let d = add_months(r?, k);
            Value {
                cal: Calendar::Gregorian,
                year: Some(d.year),
                month: Some(d.month),
                day: None,
                precision: Precision::Month,
            }
        }
        Val::Week(k) => {
            let r = r?;
            Value::greg(add_days(r, 7 * k as i64 - wd0(r)))
        }
        Val::Year(k) => Value {
            cal: Calendar::Gregorian,
            year: Some(r?.year + k),
            month: None,
            day: None,
            precision: Precision::Year,
        },
        // `5 نوفمبر الماضي`: the last 5 November before the reference (this year's, if passed)
        Val::MonthName {
            month,
            occ: occ @ (Occ::Last | Occ::Next),
            day: Some(day),
        } => {
            let r = r?;
            let this = SimpleDate {
                year: r.year,
                month,
                day,
            };
            let y = match occ {
                Occ::Last if this < r => r.year,
                Occ::Last => r.year - 1,
                _ if this > r => r.year,
                _ => r.year + 1,
            };
            Value::greg(SimpleDate {
                year: y,
                month,
                day,
            })
        }
        Val::MonthName {
            month,
            occ: Occ::Year(YearSpec::Missing),
            day,
        } => Value {
            cal: Calendar::Gregorian,
            year: back(r.map(|r| r.year), Some(month), day),
            month: Some(month),
            day,
            precision: if day.is_some() {
                Precision::Day
            } else {
                Precision::Month
            },
        },
        Val::MonthName { month, occ, day } => {
            let (y, m) = month_of(MonthSpec::Named(month, occ), r)?;
            Value {
                cal: Calendar::Gregorian,
                year: Some(y),
                month: Some(m),
                day,
                precision: if day.is_some() {
                    Precision::Day
                } else {
                    Precision::Month
                },
            }
        }
        Val::Weekday { wd, mode } => {
            let r = r?;
            let cur = wd0(r);
            let wd = wd as i64;
            let monday = add_days(r, -cur);
            let mode = match mode {
                // a text's own date looks back: `on Friday` in a report is the Friday before it
                WeekdayMode::Bare if from_text => {
                    if cur == wd {
                        return Some(Value::greg(r));
                    }
                    WeekdayMode::Last
                }
                m => m,
            };
            let d = match mode {
                WeekdayMode::Bare | WeekdayMode::Coming => {
                    let mut diff = (wd - cur).rem_euclid(7);
                    if diff == 0 {
                        diff = 7;
                    }
                    add_days(r, diff)
                }
                WeekdayMode::NextWeek => add_days(monday, 7 + wd),
                WeekdayMode::Last => {
                    let mut diff = (cur - wd).rem_euclid(7);
                    if diff == 0 {
                        diff = 7;
                    }
                    add_days(r, -diff)
                }
                WeekdayMode::Past => add_days(r, -(cur - wd).rem_euclid(7)),
                WeekdayMode::Week(k) => add_days(monday, 7 * k as i64 + wd),
                WeekdayMode::Nth(n) if n < 0 => {
                    let mut diff = (cur - wd).rem_euclid(7);
                    if diff == 0 {
                        diff = 7;
                    }
                    add_days(r, -diff - 7 * (-n as i64 - 1))
                }
                WeekdayMode::Nth(n) => {
                    let mut diff = (wd - cur).rem_euclid(7);
                    if diff == 0 {
                        diff = 7;
                    }
                    add_days(r, diff + 7 * (n as i64 - 1))
                }
                WeekdayMode::AfterNext => {
                    let mut diff = (wd - cur).rem_euclid(7);
                    if diff == 0 {
                        diff = 7;
                    }
                    add_days(r, diff + 7)
                }
            };
            Value::greg(d)
        }
        Val::DayOfMonth(day) => {
            let r = r?;
            let mut d = SimpleDate { day, ..r };
            if raw.past && !from_text {
                // `was released on the 5th`: this month's if not after the reference, else the
                // last month's
                if day > r.day || !gregorian::is_valid(d) {
                    d = add_months(SimpleDate { day: 1, ..r }, -1);
                    d.day = day;
                }
                return gregorian::is_valid(d).then(|| Value::greg(d));
            }
            if day < r.day || !gregorian::is_valid(d) {
                d = add_months(SimpleDate { day: 1, ..r }, 1);
                d.day = day;
            }
            if !gregorian::is_valid(d) {
                return None;
            }
            Value::greg(d)
        }
        Val::NthWeekday {
            n,
            wd,
            month,
            or_day,
        } => {
            let (y, m) = month_of(month, r)?;
            let first = SimpleDate {
                year: y,
                month: m,
                day: 1,
            };
            if or_day && n > 0 {
                let d = SimpleDate {
                    year: y,
                    month: m,
                    day: n as u8,
                };
                if wd0(d) == wd as i64 {
                    return Some(Value::greg(d));
                }
            }
            let len = gregorian::days_in_month(y, m) as i64;
            let d = if n > 0 {
                let off = (wd as i64 - wd0(first)).rem_euclid(7) + 7 * (n as i64 - 1);
                if off >= len {
                    return None;
                }
                add_days(first, off)
            } else {
                let last = SimpleDate {
                    year: y,
                    month: m,
                    day: len as u8,
                };
                add_days(last, -(wd0(last) - wd as i64).rem_euclid(7))
            };
            Value::greg(d)
        }
        Val::NthDay { n, month } => {
            let (y, m) = month_of(month, r)?;
            let len = gregorian::days_in_month(y, m) as i32;
            let day = if n > 0 { n as i32 } else { len + 1 + n as i32 };
            if day < 1 || day > len {
                return None;
            }
            Value::greg(SimpleDate {
                year: y,
                month: m,
                day: day as u8,
            })
        }
        Val::Occasion {
            hm,
            hd,
            occ,
            hijri_year,
        } => {
            if hijri_year {
                if let Occ::Year(YearSpec::Given(hy)) = occ {
                    return Some(Value {
                        cal: Calendar::Hijri,
                        year: Some(hy),
                        month: Some(hm),
                        day: occ_day(hy, hm, hd),
                        precision: if hd > 0 {
                            Precision::Day
                        } else {
                            Precision::Month
                        },
                    });
                }
            }
            let f = |gy: i32| hijri_in_greg_year(gy, hm, hd).map(|x| x.1);
            let (g, _) = occurrence(occ, r, &f)?;
            let (h, _) = g2h(g)?;
            Value {
                cal: Calendar::Hijri,
                year: Some(h.year),
                month: Some(hm),
                day: occ_day(h.year, hm, hd),
                precision: if hd > 0 {
                    Precision::Day
                } else {
                    Precision::Month
                },
            }
        }
        Val::Holiday { h, occ } => {
            let f = |gy: i32| holiday_in(h, gy);
            let (g, _) = occurrence(occ, r, &f)?;
            Value::greg(g)
        }
    })
}

/// [`value`], then the days counted from it (`three days after Eid al-Fitr 2022`): a Gregorian
/// day.
fn value_shifted(
    raw: &Raw,
    ord: (DateOrder, bool),
    r: Option<SimpleDate>,
    from_text: bool,
) -> Option<Value> {
    let v = value(raw, ord, r, from_text)?;
    if raw.offset_days == 0 && raw.nth_weekday.is_none() {
        return Some(v);
    }
    let (y, m, d) = (v.year?, v.month?, v.day?);
    let g = match v.cal {
        Calendar::Gregorian => SimpleDate {
            year: y,
            month: m,
            day: d,
        },
        Calendar::Hijri => h2g(y, m, d)?.0,
    };
    if !gregorian::is_valid(g) {
        return None;
    }
    let g = add_days(g, raw.offset_days as i64);
    let Some((n, wd)) = raw.nth_weekday else {
        return Some(Value::greg(g));
    };
    // the nth such weekday strictly after (before) the date
    let (n, wd, cur) = (n as i64, wd as i64, wd0(g));
    let d = if n > 0 {
        let mut diff = (wd - cur).rem_euclid(7);
        if diff == 0 {
            diff = 7;
        }
        add_days(g, diff + 7 * (n - 1))
    } else {
        let mut diff = (cur - wd).rem_euclid(7);
        if diff == 0 {
            diff = 7;
        }
        add_days(g, -diff - 7 * (-n - 1))
    };
    Some(Value::greg(d))
}

/// The Gregorian day of the Hijri date linked to `r` in a dual date.
fn dual_day(raws: &[Raw], r: &Raw) -> Option<SimpleDate> {
    let other = raws.get(r.dual_with?)?;
    match other.val {
        Val::Date {
            cal: Calendar::Hijri,
            year: YearSpec::Given(y),
            month: Some(m),
            day: Some(d),
        } => h2g(y, m, d).map(|x| x.0),
        _ => None,
    }
}

/// The order of numeric dates in this document, and whether it was assumed.
fn doc_order(raws: &[Raw], options: &Options, hints: &dyn Fn() -> DocHints) -> (DateOrder, bool) {
    if options.date_order != DateOrder::Auto {
        return (options.date_order, false);
    }
    let (mut dmy, mut mdy) = (0, 0);
    let mut hijri = false;
    for r in raws {
        match r.val {
            Val::Numeric {
                a,
                b,
                year: YearSpec::Given(y),
                cal: Calendar::Gregorian,
                ..
            } => {
                if a > 12 && b <= 12 {
                    dmy += 1;
                } else if b > 12 && a <= 12 {
                    mdy += 1;
                } else {
                    // the Hijri half of a dual date, or the weekday written before the date
                    // (`Tue 4/1/2022`: 4 January was a Tuesday, 1 April a Friday), proves the
                    // order when it fits one reading only
                    let dm = SimpleDate {
                        year: y,
                        month: b,
                        day: a,
                    };
                    let md = SimpleDate {
                        year: y,
                        month: a,
                        day: b,
                    };
                    let fits = |c: SimpleDate| match (dual_day(raws, r), r.weekday) {
                        (Some(g), _) => g == c,
                        (None, Some(wd)) => gregorian::is_valid(c) && wd0(c) == i64::from(wd),
                        (None, None) => false,
                    };
                    match (fits(dm), fits(md)) {
                        (true, false) => dmy += 1,
                        (false, true) => mdy += 1,
                        _ => {}
                    }
                }
            }
            Val::Numeric { a, b, .. } => {
                if a > 12 && b <= 12 {
                    dmy += 1;
                } else if b > 12 && a <= 12 {
                    mdy += 1;
                }
            }
            Val::Date {
                cal: Calendar::Hijri,
                ..
            } => hijri = true,
            _ => {}
        }
    }
    if dmy > mdy {
        return (DateOrder::Dmy, false);
    }
    if mdy > dmy {
        return (DateOrder::Mdy, false);
    }
    if !raws.iter().any(|r| matches!(r.val, Val::Numeric { .. })) {
        return (DateOrder::Dmy, true);
    }
    // a document that writes `6 January` uses day-first numbers too; `January 6`, month-first
    let named_dmy = raws.iter().filter(|r| r.day_first == Some(true)).count();
    let named_mdy = raws.iter().filter(|r| r.day_first == Some(false)).count();
    if named_dmy > named_mdy {
        return (DateOrder::Dmy, true);
    }
    let h = hints();
    if h.arabic || h.arab_outlet || hijri {
        (DateOrder::Dmy, true)
    } else {
        // month-first, whether `January 6` says so or nothing does
        (DateOrder::Mdy, true)
    }
}

/// The date the text supplies for the mention at `pos..end`: a citation after it in the same
/// paragraph (`(RT 8/1/2022)`), else the document's dateline.
fn text_reference(
    text: &str,
    abs: &[&DateMention],
    end: usize,
    dl: &dyn Fn() -> Option<SimpleDate>,
) -> Option<SimpleDate> {
    let day_of = |m: &DateMention| -> Option<SimpleDate> {
        let iso = m.iso.as_deref()?;
        if iso.len() != 10 {
            return None;
        }
        let y = iso.get(0..4)?.parse().ok()?;
        let mo = iso.get(5..7)?.parse().ok()?;
        let d = iso.get(8..10)?.parse().ok()?;
        Some(SimpleDate {
            year: y,
            month: mo,
            day: d,
        })
    };
    // citation: the first day-precision date after `end`, before the paragraph ends, that sits
    // in a parenthesis `(Outlet d/m/y)`
    let horizon = (end + 4000).min(text.len());
    let para_end =
        memchr::memchr(b'\n', text.as_bytes().get(end..horizon)?).map_or(horizon, |p| end + p);
    let first = abs.partition_point(|m| m.start < end);
    for m in abs[first..].iter().take(8).filter(|m| m.end <= para_end) {
        let Some(d) = day_of(m) else { continue };
        let from = m.start.saturating_sub(80);
        let before = text.get(floor(text, from)..m.start).unwrap_or("");
        if let Some(p) = before.rfind('(') {
            let inside = &before[p + 1..];
            if !inside.contains(')')
                && inside.chars().all(|c| {
                    c.is_alphanumeric()
                        || " .,-'’:،".contains(c)
                        || crate::text::normalize::is_bidi_control(c)
                })
            {
                return Some(d);
            }
        }
        // `citing Al-Jazeera 6/1/2022)]`: a date that closes a bracket
        let after = text.get(m.end..).unwrap_or("").trim_start();
        if after.starts_with(')') || after.starts_with(']') {
            return Some(d);
        }
    }
    // dateline: a full date on the first or the last short line
    dl()
}

/// Words that count from a time the text has just named, not from the text's date:
/// `the following year`, `the previous day`, `العام التالي`, `اليوم السابق`.
static ANAPHORIC: std::sync::LazyLock<super::recognize::WordList> =
    std::sync::LazyLock::new(|| super::recognize::words("anaphoric"));

/// For a relative mention worded anaphorically (`the following year`), the date it counts
/// from: the nearest date named before it in the text, when that date is precise enough for
/// the unit counted (a day for days and weeks, a month for months, a year for years);
/// `Some(None)` when the nearest is too coarse (`in 2011 ... the following day`: no value
/// rather than a wrong one). When the text names no earlier date, the reference the caller
/// gave (Duckling's `الشهر التالي` counts from it), else no value: the text's own date is not
/// the day a story's `following day` follows. `None` when the wording is deictic (`next year`).
fn anaphoric_anchor(
    text: &str,
    raw: &Raw,
    abs: &[&DateMention],
    given: Option<SimpleDate>,
) -> Option<Option<SimpleDate>> {
    let need = match raw.val {
        Val::Year(_) => Precision::Year,
        Val::Month(_) => Precision::Month,
        Val::Days(_) | Val::Week(_) => Precision::Day,
        _ => return None,
    };
    let words = super::token::tokenize(text.get(raw.start..raw.end)?, 0);
    if !words.iter().any(|w| ANAPHORIC.contains(&w.key.as_str())) {
        return None;
    }
    let before = abs.partition_point(|m| m.start < raw.start);
    let Some(prev) = abs[..before].iter().rev().find(|m| m.end <= raw.start) else {
        return Some(given);
    };
    // a Hijri month or year has no single Gregorian value to count from
    let Some(iso) = prev.iso.as_deref() else {
        return Some(None);
    };
    let part = |a: usize, b: usize| iso.get(a..b).and_then(|x| x.parse::<u8>().ok());
    let Some(year) = iso.get(0..4).and_then(|y| y.parse::<i32>().ok()) else {
        return Some(None);
    };
    let (month, day) = (part(5, 7), part(8, 10));
    let precise = match need {
        Precision::Year => true,
        Precision::Month => month.is_some(),
        _ => day.is_some(),
    };
    Some(precise.then_some(SimpleDate {
        year,
        month: month.unwrap_or(1),
        day: day.unwrap_or(1),
    }))
}

/// The document's own date: a dateline at its start, a page's `Updated`/`Published`/`نشر في`
/// line near the top, or a short last line.
fn dateline(text: &str, abs: &[&DateMention]) -> Option<SimpleDate> {
    let day_of = |m: &DateMention| -> Option<SimpleDate> {
        let iso = m.iso.as_deref()?;
        if iso.len() != 10 {
            return None;
        }
        Some(SimpleDate {
            year: iso.get(0..4)?.parse().ok()?,
            month: iso.get(5..7)?.parse().ok()?,
            day: iso.get(8..10)?.parse().ok()?,
        })
    };
    // a dateline opens the text (`CAIRO, 5 January 2022 —`) or closes it on a short line of its own
    let lead = text.len() - text.trim_start().len();
    if let Some(d) = abs
        .iter()
        .copied()
        .filter(|m| m.start <= lead + 100 && m.calendar == Calendar::Gregorian)
        .find_map(day_of)
    {
        return Some(d);
    }
    // a web page's `Updated …` / `Published: …` / `نشر في …` / `آخر تحديث: …` line near the top
    const STAMPS: [&str; 8] = [
        "updated",
        "published",
        "posted",
        "modified",
        "نشر",
        "تحديث",
        "تاريخ",
        "بتاريخ",
    ];
    if let Some(d) = abs
        .iter()
        .copied()
        .take_while(|m| m.start <= lead + 600)
        .filter(|m| m.calendar == Calendar::Gregorian || m.linked.is_some())
        .filter(|m| {
            let line = text.get(..m.start).unwrap_or("");
            let from = memchr::memrchr(b'\n', line.as_bytes()).map_or(0, |p| p + 1);
            let before = line.get(from..).unwrap_or("");
            before.chars().count() <= 60 && {
                let low = before.to_lowercase();
                STAMPS.iter().any(|k| low.contains(k))
            }
        })
        .find_map(day_of)
    {
        return Some(d);
    }
    // the last short lines (a closing line like `(Translated)` may follow the dateline)
    let mut end = text.trim_end().len();
    for _ in 0..3 {
        let head = text.get(..end).unwrap_or("");
        let start = memchr::memrchr(b'\n', head.as_bytes()).map_or(0, |p| p + 1);
        if start == 0 {
            break;
        }
        if end - start <= 80 {
            let on_line = abs
                .iter()
                .copied()
                .filter(|m| m.start >= start && m.end <= end);
            if let Some(d) = on_line
                .clone()
                .filter(|m| m.calendar == Calendar::Gregorian)
                .find_map(day_of)
                .or_else(|| on_line.clone().find_map(day_of))
            {
                return Some(d);
            }
        } else {
            break;
        }
        end = text.get(..start).unwrap_or("").trim_end().len();
    }
    None
}

fn floor(text: &str, mut i: usize) -> usize {
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Whether the document writes a date as Hijri in so many words: an era (`هـ`, `AH`), a Hijri
/// month, a Hijri numeric date, an occasion with its Hijri year.
fn hijri_dated(raws: &[Raw]) -> bool {
    raws.iter().any(|r| match r.val {
        Val::Date {
            cal: Calendar::Hijri,
            ..
        } => !r.hijri_guess,
        Val::Numeric {
            cal: Calendar::Hijri,
            ..
        } => true,
        Val::Occasion { hijri_year, .. } => hijri_year,
        _ => false,
    })
}

/// Resolves the recognized candidates into mentions.
pub(crate) fn resolve(
    text: &str,
    raws: &[Raw],
    options: &Options,
    hints: &dyn Fn() -> DocHints,
) -> Vec<DateMention> {
    // `عام 1443` with no era is Hijri only in a document whose other dates are Hijri
    let swapped: Vec<Raw>;
    let raws = if raws.iter().any(|r| r.hijri_guess) && !hijri_dated(raws) {
        swapped = raws
            .iter()
            .map(|r| {
                let mut r = r.clone();
                if let Val::Date { ref mut cal, .. } = r.val {
                    if r.hijri_guess {
                        *cal = Calendar::Gregorian;
                    }
                }
                r
            })
            .collect();
        &swapped[..]
    } else {
        raws
    };
    let (order, assumed) = doc_order(raws, options, hints);
    let mut out: Vec<Option<DateMention>> = Vec::with_capacity(raws.len());
    // absolute ones first: they supply references
    for raw in raws {
        if needs_ref(&raw.val) {
            out.push(None);
            continue;
        }
        let m = value_shifted(raw, (order, assumed), None, false)
            .and_then(|v| fill(raw.start, raw.end, v))
            .map(|mut m| {
                if let Val::Numeric { a, b, .. } = raw.val {
                    m.ambiguous = !raw.order_fixed && assumed && a != b;
                }
                m
            })
            .map(|m| if raw.week { weekify(m) } else { m });
        out.push(m);
    }
    // the relative ones read the absolute ones (by reference: no copy), and are put in after
    let abs: Vec<&DateMention> = out.iter().flatten().collect();
    let mut relative: Vec<(usize, Option<DateMention>)> = Vec::new();
    let dl_cell: std::cell::OnceCell<Option<SimpleDate>> = std::cell::OnceCell::new();
    let dl = || *dl_cell.get_or_init(|| dateline(text, &abs));
    for (k, raw) in raws.iter().enumerate() {
        if !needs_ref(&raw.val) {
            continue;
        }
        let anchor = anaphoric_anchor(text, raw, &abs, options.reference_date);
        let (r, from_text) = match (anchor, options.reference_date) {
            // `the following year` after `in 2011`: the year after 2011, whatever the reference
            (Some(a), _) => (a, true),
            (None, Some(d)) => (Some(d), false),
            (None, None) => (text_reference(text, &abs, raw.end, &dl), true),
        };
        let m = match value_shifted(raw, (order, assumed), r, from_text) {
            Some(v) => fill(raw.start, raw.end, v),
            None => {
                // no reference: reported without a value
                let mut v = Value {
                    cal: Calendar::Gregorian,
                    year: None,
                    month: None,
                    day: None,
                    precision: precision_of(&raw.val),
                };
                match raw.val {
                    Val::Date {
                        cal, month, day, ..
                    } => {
                        v.cal = cal;
                        v.month = month;
                        v.day = day;
                    }
                    Val::MonthName { month, day, .. } => {
                        v.month = Some(month);
                        v.day = day;
                    }
                    Val::Occasion { hm, hd, .. } => {
                        v.cal = Calendar::Hijri;
                        v.month = Some(hm);
                        v.day = (hd > 0 && hd < LAST_WEEKDAY).then_some(hd);
                    }
                    _ => {}
                }
                if r.is_some() {
                    // a reference exists but the value does not (an impossible day)
                    None
                } else {
                    fill(raw.start, raw.end, v)
                }
            }
        };
        let m = m.map(|mut m| {
            m.inferred = true;
            if let Val::Numeric { a, b, .. } = raw.val {
                m.ambiguous = !raw.order_fixed && assumed && a != b;
            }
            if raw.week || matches!(raw.val, Val::Week(_)) {
                m = weekify(m);
            }
            m
        });
        relative.push((k, m));
    }
    // occasions in a Gregorian year that holds them twice: the reference each may need is read
    // while the absolute mentions are at hand, and applied once every mention is in place
    let occasion_refs: Vec<(usize, Option<SimpleDate>)> = raws
        .iter()
        .enumerate()
        .filter(|(_, raw)| {
            matches!(
                raw.val,
                Val::Occasion {
                    hijri_year: false,
                    ..
                }
            )
        })
        .map(|(k, raw)| {
            let r = options
                .reference_date
                .or_else(|| text_reference(text, &abs, raw.end, &dl));
            (k, r)
        })
        .collect();
    drop(abs);
    for (k, m) in relative {
        out[k] = m;
    }
    for (k, r) in occasion_refs {
        if let Some(m) = out[k].as_mut() {
            two_occasions(&raws[k], m, &|| r);
        }
    }
    // mentions never overlap: where two readings of the same words both survived (a rare mix of
    // new forms, `أواخر الأسبوع شوال 2`), the one that starts first is kept, the longer of two
    // that start together (`out` is in order of start, then end)
    let mut kept: Option<(usize, usize, usize)> = None; // (index, start, end)
    for k in 0..out.len() {
        let Some((s, e)) = out[k].as_ref().map(|x| (x.start, x.end)) else {
            continue;
        };
        match kept {
            Some((j, ks, ke)) if s < ke => {
                if s == ks && e > ke {
                    out[j] = None;
                    kept = Some((k, s, e));
                } else {
                    out[k] = None;
                }
            }
            _ => kept = Some((k, s, e)),
        }
    }
    // indices after dropping
    let mut index = vec![None; out.len()];
    let mut n = 0;
    for (k, m) in out.iter().enumerate() {
        if m.is_some() {
            index[k] = Some(n);
            n += 1;
        }
    }
    // dual links read both halves: worked out first, then every mention is moved (not cloned)
    let mut links: Vec<(usize, usize, Option<bool>, Option<Method>)> = Vec::new();
    for (k, m) in out.iter().enumerate() {
        let Some(m) = m else { continue };
        if let Some(other) = raws[k]
            .dual_with
            .and_then(|o| index.get(o).copied().flatten())
        {
            let (mut agrees, mut method) = (m.agrees, m.method);
            if let Some(Some(o)) = out.get(raws[k].dual_with.unwrap_or(usize::MAX)) {
                agrees = match (&m.iso, &o.iso) {
                    (Some(a), Some(b)) => Some(a == b),
                    _ => None,
                };
                if method.is_none() {
                    method = o.method;
                }
            }
            links.push((k, other, agrees, method));
        }
    }
    for (k, m) in out.iter_mut().enumerate() {
        let Some(m) = m else { continue };
        m.part = raws[k].part;
        if let Some(part) = m.part {
            narrow_to_part(m, part);
        }
        // the calendar of a bare year was assumed
        if raws[k].hijri_guess && m.calendar == Calendar::Gregorian {
            m.ambiguous = true;
        }
    }
    // (collected in place: the same allocation)
    let mut result: Vec<DateMention> = out.into_iter().flatten().collect();
    debug_assert_eq!(result.len(), n);
    for (k, other, agrees, method) in links {
        if let Some(m) = index[k].and_then(|i| result.get_mut(i)) {
            m.linked = Some(other);
            m.agrees = agrees;
            m.method = method;
        }
    }
    result
}
