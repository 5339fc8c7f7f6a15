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
    Day,
}

impl Precision {
    pub fn as_str(self) -> &'static str {
        match self {
            Precision::Year => "year",
            Precision::Month => "month",
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
        match s {
            "umm_al_qura" => Ok(Method::UmmAlQura),
            // The CLDR/ICU calendar names are accepted too: ICU's `islamic-umalqura` is the
            // KACST table.
            "umm_al_qura_kacst" | "islamic-umalqura" => Ok(Method::UmmAlQuraKacst),
            "tabular" | "islamic-civil" => Ok(Method::Tabular),
            "tabular_thursday" | "islamic-tbla" => Ok(Method::TabularThursday),
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
