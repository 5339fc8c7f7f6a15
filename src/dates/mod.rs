//! Dates: Gregorian and Hijri mentions, normalized and converted.
//!
//! Entry point: [`find_dates`]. The pipeline:
//! - `prefilter`: digit runs (Latin, Arabic-Indic, Persian) and lexicon words found in one pass
//!   (a case-insensitive DFA for Latin keys, another over Arabic stretches only); everything
//!   else is skipped. Small windows around these anchors are read.
//! - `token` + `lexicon` (`data/dates/lexicon.txt`): words folded to keys (case, macrons,
//!   apostrophes, Arabic diacritics/tatweel/alef/ya/ta-marbuta, one proclitic), multi-word
//!   names matched over tokens skipping transliteration articles and hyphens.
//! - `recognize`: candidates with their values as written: numeric dates with the order still
//!   open, named months, years in year contexts, ranges, relative dates, occasions, dual dates.
//! - `resolve`: the document's numeric order (proven by a date above 12 or a dual date's Hijri
//!   half, else assumed: day-first for Arabic text and Arabic-world outlets), the reference for
//!   relative dates (the option, else a citation after the mention, else a dateline; none: no
//!   value), calendar conversion, impossible days dropped, dual dates linked and cross-checked.
//! - Occasions named with a Gregorian year (`Eid al-Adha 2006`): a Hijri year is eleven days
//!   shorter, so a Gregorian year can hold the same occasion twice (10 January and 31 December
//!   2006). One mention is reported: the occurrence nearer the reference when the reference
//!   (the option, else the text's citation or dateline) falls in that year; else the first,
//!   with `ambiguous` set. The other occurrence is always given as `alternative`.
//! - Weeks (`last week`, `الأسبوع المقبل`, `the week of 5 January 2022`) have precision `week`:
//!   `iso` is the ISO-8601 week (`2022-W01`, the notation ISO gives that precision), Monday and
//!   Sunday as `gregorian_start`/`gregorian_end`; weekdays of a week (`Friday of next week`)
//!   stay days.
//! - Part qualifiers (`early March 2019`, `mid-2023`, `the end of the year`, `أوائل آذار`,
//!   `أواخر العام`) widen the mention and set `part` (`early`/`mid`/`late`); the precision stays
//!   the month's or year's. `منتصف` before an Arabic month name keeps its established reading as
//!   the fifteenth day, with `part` `mid` saying the words named the month's middle.
//!   Parts of a week are Monday–Wednesday, Tuesday–Thursday and Friday–Sunday (`the end of next
//!   week`); parts of a year are thirds (January–April, May–August, September–December), for
//!   `beginning` as for `end` (Duckling reads `beginning of the year` as its first quarter).
//! - Ranges (`5–8 January 2022`, `from the 13th to the 15th of July`, `July 13 through 15`,
//!   `between June and August 2010`, `من الثالث والعشرين وحتى السادس والعشرين من أكتوبر`) are
//!   their two ends, each a mention with full values: an end written without its month or year
//!   takes them from the other (`5 January to 8 February 2019`; the year before when the first
//!   month comes later: `28 December to 3 January 2019`). `2019–20` is two years. Counted spans
//!   (`the next three days`, `the last two years`) are not dates and are not reported; neither
//!   are ranges of quantities (`1500-2000 soldiers`) or pages (`pp. 1998-2005`).
//! - No precision below a year is invented and none above it exists: decades (`the 1990s`),
//!   centuries, seasons, quarters and fiscal years are not reported (`summer 2021` gives its
//!   year). A day and month without a year that names a past event (`the January 6 riot`,
//!   `هجمات 11 سبتمبر`) is dropped rather than given the reference's year.
//! - Web pages: `© 2022` and `c. 570` are years; a page's `Updated …` / `Published: …` /
//!   `آخر تحديث: …` line near the top is the document's reference for its relative dates.
//! - A bare year 1300–1500 after an Arabic year word (`عام 1443`) is Hijri only when the
//!   document writes another date as Hijri in so many words (an era, a Hijri month, a Hijri
//!   numeric date); otherwise it is read as Gregorian (`عام 1492` in a history of al-Andalus)
//!   with `ambiguous` set: the calendar was assumed. `1443 of the Hijra`, `1443 هجرية`,
//!   `العام الهجري 1443` are Hijri in any text.
//! - Counted forms: `the upcoming two days` / `2 upcoming months` / `اليومين المقبلين` (the
//!   day, month or year that many units ahead; `the next two days` is a span and is left
//!   alone), `the first Friday after Eid al-Adha 2022`, `3 Fridays from now` / `2 Thursdays ago` (the nth such weekday after or
//!   before the reference), `three days after Eid al-Fitr 2022` / `بعد يومين من 5 يناير`
//!   (counted from the date the text gives, not from the reference).
//! - A month without its year and an Arabic direction word (`نوفمبر الماضي`, `رمضان المقبل`,
//!   `نوفمبر من العام الماضي`) is the last/next such month (or day) around the reference;
//!   `the first week of January` is January's early part, not its first day; the eve of a date
//!   (`عشية عيد الأضحى`) is the day before it; `في مثل هذا اليوم` is an anniversary, not today.
//! - A weekday with a bare day (`Thursday the 15th`) picks the nearest month where that day is
//!   that weekday; after a date without its year (`Jul 18, Fri`) it picks the year.
//! - Orthodox/Coptic Easter and the days counted from it follow the Julian computus
//!   (`orthodox easter`, `شم النسيم`); Jumu'at al-Wida is the last Friday of Ramadan.
//! - Guard word lists (year contexts, nouns that may follow a year, names that contain dates)
//!   live in `data/dates/guards.txt`, compiled in, written as the tokenizer's folded keys.

pub mod calendar;
mod lexicon;
mod prefilter;
mod recognize;
mod resolve;
mod token;

use crate::Options;

/// A proleptic Gregorian calendar date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct SimpleDate {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

/// Order of the parts of a numeric date such as `5/1/2022`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum DateOrder {
    /// Inferred per document.
    #[default]
    Auto,
    Dmy,
    Mdy,
    Ymd,
}

impl std::str::FromStr for DateOrder {
    type Err = crate::Error;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "auto" => Ok(DateOrder::Auto),
            "dmy" => Ok(DateOrder::Dmy),
            "mdy" => Ok(DateOrder::Mdy),
            "ymd" => Ok(DateOrder::Ymd),
            _ => Err(crate::Error::InvalidOption(format!(
                "date_order must be 'auto', 'dmy', 'mdy' or 'ymd', not {s:?}"
            ))),
        }
    }
}

/// Which calendar a mention is written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Calendar {
    Gregorian,
    Hijri,
}

impl Calendar {
    pub fn as_str(self) -> &'static str {
        match self {
            Calendar::Gregorian => "gregorian",
            Calendar::Hijri => "hijri",
        }
    }
}

/// How precise a mention is: never padded beyond what the text says.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Precision {
    Year,
    Month,
    /// A calendar week, Monday to Sunday (`last week`, `the week of 5 January 2022`,
    /// `الأسبوع المقبل`): `iso` is the ISO-8601 week (`2022-W01`), `year` its ISO week-numbering
    /// year, `gregorian_start`/`gregorian_end` its Monday and Sunday.
    Week,
    Day,
}

impl Precision {
    pub fn as_str(self) -> &'static str {
        match self {
            Precision::Year => "year",
            Precision::Month => "month",
            Precision::Week => "week",
            Precision::Day => "day",
        }
    }
}

/// Hijri ↔ Gregorian conversion method.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Method {
    UmmAlQura,
    UmmAlQuraKacst,
    Tabular,
    TabularThursday,
}

impl Method {
    pub fn as_str(self) -> &'static str {
        match self {
            Method::UmmAlQura => "umm_al_qura",
            Method::UmmAlQuraKacst => "umm_al_qura_kacst",
            Method::Tabular => "tabular",
            Method::TabularThursday => "tabular_thursday",
        }
    }
}

impl std::str::FromStr for Method {
    type Err = crate::Error;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        // in any case, `-` or `_` between the words
        let norm = s.trim().to_ascii_lowercase().replace('-', "_");
        match norm.as_str() {
            "umm_al_qura" => Ok(Method::UmmAlQura),
            // The CLDR/ICU calendar names are accepted too: ICU's `islamic-umalqura` is the
            // KACST table.
            "umm_al_qura_kacst" | "islamic_umalqura" => Ok(Method::UmmAlQuraKacst),
            "tabular" | "islamic_civil" => Ok(Method::Tabular),
            "tabular_thursday" | "islamic_tbla" => Ok(Method::TabularThursday),
            _ => Err(crate::Error::InvalidOption(format!(
                "method must be 'umm_al_qura', 'umm_al_qura_kacst', 'tabular' or 'tabular_thursday', not {s:?}"
            ))),
        }
    }
}

/// One date mention, in byte offsets.
#[derive(Clone, Debug, PartialEq)]
pub struct DateMention {
    pub start: usize,
    pub end: usize,
    pub calendar: Calendar,
    /// The values as written, in the mention's own calendar.
    pub year: Option<i32>,
    pub month: Option<u8>,
    pub day: Option<u8>,
    pub precision: Precision,
    /// The Gregorian value at `precision`: `2022-01-15`, `2019-03`, `1991`.
    pub iso: Option<String>,
    /// The Hijri value (`1443-06-12`), for Hijri mentions and Gregorian ones at day precision.
    pub hijri: Option<String>,
    pub method: Option<Method>,
    /// The numeric order was assumed, not proven.
    pub ambiguous: bool,
    /// A part (such as the year) came from context.
    pub inferred: bool,
    /// First and last Gregorian day a Hijri month or year covers.
    pub gregorian_start: Option<String>,
    pub gregorian_end: Option<String>,
    /// Index (in `Document::dates`) of the other half of a dual date.
    pub linked: Option<usize>,
    /// For a dual date: whether both halves name the same day under `method`.
    pub agrees: Option<bool>,
    /// The other reading, when the words allow two: a Gregorian year holds the same Islamic
    /// occasion twice (`Eid al-Adha 2006`: 10 January and 31 December). The mention is the one
    /// that fits the reference (the nearer, when the reference falls in that year), else the
    /// first, with `ambiguous` set; this is the other one's `iso`, or for a whole Hijri month
    /// (`Ramadan 2030`) its `hijri` (`1452-09`).
    pub alternative: Option<String>,
    /// The part of a month or year a qualifier names (`early March 2019`, `منتصف يناير`,
    /// `أواخر العام`): `early`, `mid` or `late`; the precision stays the month's or year's.
    pub part: Option<Part>,
}

/// The part of a month or year a qualifier names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Part {
    Early,
    Mid,
    Late,
}

impl Part {
    pub fn as_str(self) -> &'static str {
        match self {
            Part::Early => "early",
            Part::Mid => "mid",
            Part::Late => "late",
        }
    }
}

/// Finds every date mention in `text`.
///
/// Candidates are found by a prefilter (digits and the lexicon's words), read over small token
/// windows around them, then resolved for the whole document: numeric order, references for
/// relative dates, Hijri/Gregorian conversion, dual dates. It needs no other layer, so
/// `analyze(text).dates` does not pay for sentences.
pub fn find_dates(text: &str, options: &Options) -> Vec<DateMention> {
    let mut raws = Vec::new();
    // one token buffer for every window, its keys' allocations reused
    let (mut toks, mut spare) = (Vec::new(), Vec::new());
    for (ws, we) in prefilter::windows(text) {
        let Some(slice) = text.get(ws..we) else {
            continue;
        };
        token::tokenize_into(slice, ws, &mut toks, &mut spare);
        let mut found = recognize::recognize(&mut toks);
        let base = raws.len();
        for r in &mut found {
            r.dual_with = r.dual_with.map(|k| k + base);
        }
        raws.extend(found);
    }
    // in text order (a weekday prefix or a range can start a mention earlier), links remapped;
    // most often they already are
    if raws
        .windows(2)
        .all(|w| (w[0].start, w[0].end) <= (w[1].start, w[1].end))
    {
        let hints = || prefilter::hints(text);
        return resolve::resolve(text, &raws, options, &hints);
    }
    let mut order: Vec<usize> = (0..raws.len()).collect();
    order.sort_by_key(|&k| (raws[k].start, raws[k].end));
    let mut pos = vec![0; raws.len()];
    for (new, &old) in order.iter().enumerate() {
        pos[old] = new;
    }
    let mut sorted: Vec<recognize::Raw> = order.iter().map(|&k| raws[k].clone()).collect();
    for r in &mut sorted {
        r.dual_with = r.dual_with.and_then(|k| pos.get(k).copied());
    }
    let raws = sorted;
    let hints = || prefilter::hints(text);
    resolve::resolve(text, &raws, options, &hints)
}
