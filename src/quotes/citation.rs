//! Citations of an outlet and a date: `(RT 8/1/2022)`, `(The Independent Arabia, 7/1/2022)`,
//! `citing Al-Jazeera 6/1/2022)`, `(الجزيرة نت 6/1/2022)`; an outlet alone right after a quote
//! (`“…” (AFP).`) when it is a known outlet. A dateline (`BEIRUT (AFP) -`) or a photo credit is not
//! a citation.

use std::sync::OnceLock;

use regex::Regex;

use crate::dates::{Calendar, DateMention, Precision, SimpleDate};

use super::lexicon::{lexicon, word_list, Words};
use std::sync::LazyLock;

/// A citation: the outlet's span and the cited date.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Citation {
    /// The whole citation (parenthesis included, or the `citing …` phrase).
    pub start: usize,
    pub end: usize,
    pub source: (usize, usize),
    pub date: Option<SimpleDate>,
}

fn num_date_re() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    R.get_or_init(|| {
        Regex::new(r"\b([0-9٠-٩۰-۹]{1,2})[/.\-]([0-9٠-٩۰-۹]{1,2})[/.\-]([0-9٠-٩۰-۹]{4})\b")
            .expect("valid date regex")
    })
}

/// Where a `d/m/yyyy`-shaped date ends `s` (its byte offset in `s`). Its value comes from the
/// dates layer only; a date that layer did not report (such as `31/2/2022`) still separates the
/// outlet from what follows it, with no value.
fn trailing_numeric_date(s: &str) -> Option<usize> {
    let t = s.trim_end();
    let m = num_date_re().find_iter(t).last()?;
    (m.end() == t.len()).then_some(m.start())
}

/// The day a date mention names, in the Gregorian calendar.
fn mention_day(m: &DateMention) -> Option<SimpleDate> {
    if m.precision != Precision::Day {
        return None;
    }
    if m.calendar == Calendar::Gregorian {
        if let (Some(y), Some(mo), Some(d)) = (m.year, m.month, m.day) {
            return Some(SimpleDate {
                year: y,
                month: mo,
                day: d,
            });
        }
    }
    let iso = m.iso.as_deref()?;
    let mut it = iso.splitn(3, '-');
    let y = it.next()?.parse().ok()?;
    let mo = it.next()?.parse().ok()?;
    let d = it.next()?.parse().ok()?;
    Some(SimpleDate {
        year: y,
        month: mo,
        day: d,
    })
}

/// The last date mention lying inside `s..e` and ending at its end (spaces aside).
fn mention_at_end<'d>(
    text: &str,
    dates: &'d [DateMention],
    s: usize,
    e: usize,
) -> Option<&'d DateMention> {
    let i = dates.partition_point(|m| m.start < s);
    dates[i..]
        .iter()
        .take_while(|m| m.start < e)
        .filter(|m| m.end <= e && text[m.end..e].trim().is_empty())
        .last()
}

static CONNECTORS: Words = LazyLock::new(|| word_list("connectors"));

/// True when `s` reads as the name of an outlet: 1–7 words, capitalized (connectors aside) or
/// Arabic, no sentence punctuation.
fn looks_like_outlet(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    if words.is_empty() || words.len() > 7 || s.len() > 80 {
        return false;
    }
    if s.contains(['.', ';', '!', '?', ':', '"', '“', '”', '«', '»'])
        && !s.contains(".net")
        && !s.contains(".com")
    {
        return false;
    }
    let first = words[0].chars().next();
    // a web address: `aljazeera.net`
    if words.len() == 1
        && s.is_ascii()
        && s.contains('.')
        && !s.starts_with('.')
        && !s.ends_with('.')
    {
        return s.rsplit('.').next().is_some_and(|tld| {
            (2..=6).contains(&tld.len()) && tld.chars().all(|c| c.is_ascii_alphabetic())
        }) && s.split('.').all(|p| !p.is_empty());
    }
    if !first.is_some_and(|c| c.is_uppercase() || is_arabic(c)) {
        return false;
    }
    let bad_start = [
        "Photo",
        "Photos",
        "Image",
        "Picture",
        "Credit",
        "Source",
        "Video",
        "File",
        "صورة",
        "الصورة",
    ];
    if bad_start.contains(&words[0].trim_end_matches(':')) {
        return false;
    }
    words.iter().all(|w| {
        let c = w.chars().next().unwrap_or(' ');
        c.is_uppercase()
            || is_arabic(c)
            || c.is_ascii_digit()
            || CONNECTORS.contains(&w.to_ascii_lowercase().as_str())
            || w.starts_with("al-")
            || w.starts_with("el-")
    })
}

pub(crate) use crate::text::is_arabic_letter;

/// A word character for the attribution windows: ASCII and Arabic without table lookups.
#[inline]
pub(crate) fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    if ('\u{0600}'..='\u{06FF}').contains(&c) {
        return is_arabic_letter(c)
            || matches!(c, '\u{0660}'..='\u{0669}' | '\u{06F0}'..='\u{06F9}' | '\u{0640}')
            || crate::text::normalize::is_arabic_diacritic(c);
    }
    c.is_alphanumeric() || crate::text::normalize::is_arabic_diacritic(c)
}

pub(crate) fn is_arabic(c: char) -> bool {
    ('\u{0600}'..='\u{06FF}').contains(&c)
        || ('\u{0750}'..='\u{077F}').contains(&c)
        || ('\u{FB50}'..='\u{FEFF}').contains(&c)
}

/// Reads `text[open..=close]` (a parenthesis) as a citation.
pub(crate) fn paren_citation(
    text: &str,
    open: usize,
    close: usize,
    dates: &[DateMention],
    outlet_alone_ok: bool,
) -> Option<Citation> {
    let cs = open + 1;
    let ce = close;
    if ce <= cs || ce - cs > 120 {
        return None;
    }
    // a dateline: `BEIRUT (AFP) -`
    let after = text[close + 1..].trim_start_matches([' ', '\t']);
    if after.starts_with(['-', '–', '—']) && !after.starts_with("--") {
        return None;
    }
    read_outlet_date(text, cs, ce, dates, outlet_alone_ok).map(|(source, date)| Citation {
        start: open,
        end: close + 1,
        source,
        date,
    })
}

/// `Outlet[,] date` within `cs..ce`.
fn read_outlet_date(
    text: &str,
    cs: usize,
    ce: usize,
    dates: &[DateMention],
    outlet_alone_ok: bool,
) -> Option<((usize, usize), Option<SimpleDate>)> {
    let (date_start, date) =
        if let Some(m) = mention_at_end(text, dates, cs, ce).filter(|m| m.start > cs) {
            (m.start, mention_day(m))
        } else if let Some(off) = trailing_numeric_date(&text[cs..ce]) {
            (cs + off, None)
        } else {
            (ce, None)
        };
    let outlet_raw = &text[cs..date_start];
    let trimmed = outlet_raw.trim_end_matches(|c: char| {
        c.is_whitespace() || c == ',' || c == '،' || c == '-' || c == '–'
    });
    let lead = trimmed.len() - trimmed.trim_start().len();
    let mut outlet = trimmed.trim_start();
    let mut lead = lead;
    // `(Source: Reuters 5/5/2022)`, `(المصدر: الجزيرة 5/5/2022)`
    for p in ["Source:", "source:", "Via", "المصدر:"] {
        if let Some(r) = outlet.strip_prefix(p) {
            let r2 = r.trim_start();
            lead += outlet.len() - r2.len();
            outlet = r2;
        }
    }
    if outlet.is_empty() || !looks_like_outlet(outlet) {
        return None;
    }
    if date_start == ce {
        // no date: only a known outlet, and only where the caller allows it
        if !outlet_alone_ok || !lexicon().outlets.contains(outlet) {
            return None;
        }
    }
    let s = cs + lead;
    Some(((s, s + outlet.len()), date))
}

/// A `citing Outlet date` phrase starting at `from` (after a quote's closing mark).
pub(crate) fn citing_phrase(text: &str, from: usize, dates: &[DateMention]) -> Option<Citation> {
    let rest = &text[from..];
    let lead = rest.len() - rest.trim_start().len();
    let r = &rest[lead..];
    let r2 = r.trim_start_matches(',').trim_start();
    let skip = lead + (r.len() - r2.len());
    let kw = [
        "citing ",
        "quoting ",
        "according to ",
        "نقلا عن ",
        "نقلاً عن ",
        "عن ",
    ];
    let k = kw.iter().find(|k| {
        r2.len() >= k.len() && r2.is_char_boundary(k.len()) && r2[..k.len()].eq_ignore_ascii_case(k)
    })?;
    let cs = from + skip + k.len();
    // the phrase ends at `)` `]` or a line break, within 80 bytes
    let window_end = (cs + 100).min(text.len());
    let mut we = window_end;
    while !text.is_char_boundary(we) {
        we -= 1;
    }
    let tail = &text[cs..we];
    let mut end_rel = tail.find([')', ']', '\n']).unwrap_or(tail.len());
    // or at the end of its sentence (`. ` and not the period of `15.1.2022` or `U.S.`)
    if let Some(stop) = tail[..end_rel].find(". ") {
        end_rel = stop;
    }
    // a phrase that ends its sentence: `…, citing RT 8/1/2022.`
    let phrase = tail[..end_rel].trim_end_matches(|c: char| c.is_whitespace() || c == '.');
    let ce = cs + phrase.len();
    let ((s, e), date) = read_outlet_date(text, cs, ce, dates, false)?;
    date?;
    let end = if text[ce..].starts_with(')') {
        ce + 1
    } else {
        ce
    };
    Some(Citation {
        start: from + skip,
        end,
        source: (s, e),
        date,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cite(t: &str) -> Option<(String, Option<SimpleDate>)> {
        let open = t.find('(')?;
        let close = t.rfind(')')?;
        let dates = crate::dates::find_dates(t, &crate::Options::default());
        paren_citation(t, open, close, &dates, true)
            .map(|c| (t[c.source.0..c.source.1].to_string(), c.date))
    }

    fn d(y: i32, m: u8, dd: u8) -> Option<SimpleDate> {
        Some(SimpleDate {
            year: y,
            month: m,
            day: dd,
        })
    }

    #[test]
    fn citation_forms() {
        assert_eq!(cite("(RT 19/2/2021)"), Some(("RT".into(), d(2021, 2, 19))));
        assert_eq!(
            cite("(Gulf News, 13/4/2020)"),
            Some(("Gulf News".into(), d(2020, 4, 13)))
        );
        assert_eq!(
            cite("(الجزيرة نت 16/3/2021)"),
            Some(("الجزيرة نت".into(), d(2021, 3, 16)))
        );
        assert_eq!(cite("(AFP)"), Some(("AFP".into(), None)));
    }

    #[test]
    fn not_citations() {
        assert_eq!(cite("(formerly Astana)"), None);
        assert_eq!(cite("(sent on 6/1/2022)"), None);
        assert_eq!(cite("BEIRUT (AFP) - The army said"), None);
        assert_eq!(cite("(Photo: AFP 3/3/2021)"), None);
        // an impossible date is no value: the outlet stands, undated
        assert_eq!(cite("(RT 31/2/2022)"), Some(("RT".into(), None)));
    }

    #[test]
    fn citing_phrase_reads_outlet_and_date() {
        let t = "” citing Gulf Times 14/5/2020)]";
        let dates = crate::dates::find_dates(t, &crate::Options::default());
        let c = citing_phrase(t, "”".len(), &dates).expect("citation");
        assert_eq!(&t[c.source.0..c.source.1], "Gulf Times");
        assert_eq!(c.date, d(2020, 5, 14));
    }
}
