//! Recognition: date candidates over tokens, with their values as written (numeric order and
//! references still open; [`super::resolve`] settles them).

use super::lexicon::{lexicon, Cat, Era, Holiday, Lex, Lexicon};
use super::token::{Kind, Tok};
use super::{Calendar, Part};
use std::sync::LazyLock;

/// A year as the text gives it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum YearSpec {
    Given(i32),
    /// The reference's year plus an offset (`this year`, `last year`).
    Ref(i32),
    /// No year written: the reference's, or for a date the text supplies, the year that puts
    /// the day at or shortly before it.
    Missing,
}

/// Which occurrence of a month/holiday relative to the reference.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Occ {
    Year(YearSpec),
    Next,
    Last,
}

/// A month named or counted relative to the reference.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum MonthSpec {
    Named(u8, Occ),
    /// The reference month plus an offset.
    Rel(i32),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum WeekdayMode {
    /// Bare `Friday`: the reader's convention (see resolve).
    Bare,
    /// `next Friday` in English: Friday of next week.
    NextWeek,
    /// `this Friday`, `الجمعة المقبلة`: the coming one.
    Coming,
    /// `last Friday`: the one before the reference day.
    Last,
    /// `Friday of this/last/next week`: that week (Monday-based) plus offset.
    Week(i32),
    /// `Friday after next`.
    AfterNext,
    /// `said Tuesday`, `met on Monday`: after a past-tense verb, the one on or before the
    /// reference day.
    Past,
    /// `3 Fridays from now` (3), `2 Thursdays ago` (-2): the nth one after (before) the
    /// reference day.
    Nth(i32),
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Val {
    /// A calendar date as written.
    Date {
        cal: Calendar,
        year: YearSpec,
        month: Option<u8>,
        day: Option<u8>,
    },
    /// A numeric day and month whose order is still open (`5/1/2022`).
    Numeric {
        a: u8,
        b: u8,
        year: YearSpec,
        cal: Calendar,
        /// Written with dots (`5.1.2022`): day-first by convention.
        dotted: bool,
    },
    /// `yesterday`, `two days ago`.
    Days(i32),
    /// `three months ago` (a day), `20 of next month`.
    MonthShiftDay {
        months: i32,
        day: Option<u8>,
    },
    /// `last month`.
    Month(i32),
    /// `next year`.
    Year(i32),
    /// `last week`, `الأسبوع المقبل`: the reference's week (Monday to Sunday) plus an offset.
    Week(i32),
    /// A month name without its year (`in March`, `next March`).
    MonthName {
        month: u8,
        occ: Occ,
        day: Option<u8>,
    },
    Weekday {
        wd: u8,
        mode: WeekdayMode,
    },
    /// `the first Monday of March`; n < 0 counts from the end.
    NthWeekday {
        n: i8,
        wd: u8,
        month: MonthSpec,
        or_day: bool,
    },
    /// `on the 15th`: the coming day of that number.
    DayOfMonth(u8),
    /// `the last day of October 2015`, `third day of October`; n < 0 from the end.
    NthDay {
        n: i8,
        month: MonthSpec,
    },
    /// An Islamic occasion (Hijri month, day).
    Occasion {
        hm: u8,
        hd: u8,
        occ: Occ,
        hijri_year: bool,
    },
    Holiday {
        h: Holiday,
        occ: Occ,
    },
}

#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Raw {
    pub start: usize,
    pub end: usize,
    pub val: Val,
    /// The numeric order is fixed by the form (`2022-01-05`, or a part above 12).
    pub order_fixed: bool,
    /// Index (in the raw list) of the other half of a dual date.
    pub dual_with: Option<usize>,
    /// The weekday written before the date (`Friday, 18 July`), Monday = 0.
    pub weekday: Option<u8>,
    /// A named Gregorian month with a day: written day first (`6 January`) or not.
    pub day_first: Option<bool>,
    /// `the week of 5 January 2022`: the week holding the date.
    pub week: bool,
    /// `early March 2019`, `أواخر العام`: the part of the month or year named.
    pub part: Option<Part>,
    /// `عام 1443` with no era: Hijri only if the document's other dates are (see resolve).
    pub hijri_guess: bool,
    /// `three days after Eid al-Fitr 2022`: days added to the date.
    pub offset_days: i32,
    /// `the first Friday after Eid al-Adha 2022` (1, Friday), `the last Monday before 5 May`
    /// (-1, Monday): the nth weekday (Monday = 0) after (before) the date.
    pub nth_weekday: Option<(i8, u8)>,
    /// After a past-tense verb (`was signed on December 28`, `وقع الاتفاق في 28 ديسمبر`): a date
    /// without its year is the latest one on or before the reference.
    pub past: bool,
}

/// A word list of `data/dates/guards.txt`.
type Words = LazyLock<WordList>;

/// A word list of `data/dates/guards.txt`, with a bitmap over its words' lengths and edge
/// bytes: most words are in no list, and the bitmap says so without comparing strings.
pub(crate) struct WordList {
    words: Vec<&'static str>,
    filter: [u64; 16],
}

impl WordList {
    fn new(words: Vec<&'static str>) -> Self {
        let mut filter = [0u64; 16];
        for w in &words {
            let bit = Self::bit(w);
            if let Some(x) = filter.get_mut(bit / 64) {
                *x |= 1 << (bit % 64);
            }
        }
        WordList { words, filter }
    }

    /// A word's bit (0..1024), from its length and its first two and last bytes.
    #[inline]
    fn bit(w: &str) -> usize {
        let b = w.as_bytes();
        let n = b.len();
        let at = |i: usize| u64::from(b.get(i).copied().unwrap_or(0));
        let h = (n as u64) | at(0) << 8 | at(1) << 16 | at(n.wrapping_sub(1)) << 24;
        (h.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 54) as usize
    }

    /// `self.words.contains(w)`, most misses decided by the bitmap.
    #[inline]
    pub(crate) fn contains(&self, w: &&str) -> bool {
        let bit = Self::bit(w);
        self.filter
            .get(bit / 64)
            .is_some_and(|x| x & (1 << (bit % 64)) != 0)
            && self.words.contains(w)
    }
}

impl std::ops::Deref for WordList {
    type Target = [&'static str];
    fn deref(&self) -> &Self::Target {
        &self.words
    }
}

/// A set of words `is_word`/`is_ar` test a key against: a literal list or a `WordList`.
trait WordSet {
    fn has(&self, w: &str) -> bool;
}

impl WordSet for [&str] {
    #[inline]
    fn has(&self, w: &str) -> bool {
        self.contains(&w)
    }
}

impl<const N: usize> WordSet for [&str; N] {
    #[inline]
    fn has(&self, w: &str) -> bool {
        self.contains(&w)
    }
}

impl WordSet for Words {
    #[inline]
    fn has(&self, w: &str) -> bool {
        WordList::contains(self, &w)
    }
}

/// The words of section `[name]` of `data/dates/guards.txt` (one a line, `#` comments).
pub(crate) fn words(name: &str) -> WordList {
    const GUARDS: &str = include_str!("../../data/dates/guards.txt");
    let out = crate::text::wordlist::sections(GUARDS, |s| s == name)
        .into_iter()
        .map(|line| {
            // written as read (`حتى`, `إلى`), looked up as the tokenizer folds it (`حتي`, `الي`)
            match super::token::tokenize(line, 0).as_slice() {
                [t] if t.key != line => &*Box::leak(t.key.as_str().into()),
                _ => line,
            }
        })
        .collect();
    WordList::new(out)
}

static NAMES_AFTER: Words = LazyLock::new(|| words("names_after"));
static NAMES_BEFORE: Words = LazyLock::new(|| words("names_before"));
/// `on 5th st.`, `on the 3rd floor`: an ordinal that numbers a place.
const PLACE_AFTER_ORDINAL: [&str; 14] = [
    "st", "street", "ave", "avenue", "rd", "road", "floor", "fl", "place", "pl", "blvd", "lane",
    "round", "grade",
];
static EVENT_NOUNS_EN: Words = LazyLock::new(|| words("event_nouns_en"));
static EVENT_NOUNS_AR: Words = LazyLock::new(|| words("event_nouns_ar"));
static HIJRI_HONORIFICS: Words = LazyLock::new(|| words("hijri_honorifics"));
static NUMBERED_EN: Words = LazyLock::new(|| words("numbered_en"));
static NUMBERED_AR: Words = LazyLock::new(|| words("numbered_ar"));
static TODAY_OUTLETS: Words = LazyLock::new(|| words("today_outlets"));
static WEEKDAY_OPENERS: Words = LazyLock::new(|| words("weekday_openers"));
static NUMERIC_OPENERS: Words = LazyLock::new(|| words("numeric_openers"));
static WEEKDAY_NAMES_AR: Words = LazyLock::new(|| words("weekday_names_ar"));
static HIJRI_MONTH_CONTEXT_EN: Words = LazyLock::new(|| words("hijri_month_context_en"));
static HIJRI_MONTH_CONTEXT_AR: Words = LazyLock::new(|| words("hijri_month_context_ar"));
static MONTH_CONTEXT_EN: Words = LazyLock::new(|| words("month_context_en"));
static MONTH_CONTEXT_AR: Words = LazyLock::new(|| words("month_context_ar"));
static PART_EARLY_AR: Words = LazyLock::new(|| words("part_early_ar"));
static PART_MID_AR: Words = LazyLock::new(|| words("part_mid_ar"));
static PART_LATE_AR: Words = LazyLock::new(|| words("part_late_ar"));
static AFTER_YEAR_OK_AR: Words = LazyLock::new(|| words("after_year_ok_ar"));

/// Words that open a date without being in the lexicon themselves.
static STARTERS: Words = LazyLock::new(|| words("starters"));

const DASHES: &[char] = &['-', '–', '—', '‐', '‑', '−'];

fn is_dash(t: &Tok) -> bool {
    matches!(t.kind, Kind::Punct(c) if DASHES.contains(&c))
}

fn punct(t: Option<&Tok>, cs: &[char]) -> bool {
    matches!(t.map(|t| t.kind), Some(Kind::Punct(c)) if cs.contains(&c))
}

struct P<'a> {
    t: &'a [Tok<'a>],
    lex: &'a Lexicon,
    out: Vec<Raw>,
}

fn key<'a>(t: &'a [Tok], i: usize) -> &'a str {
    t.get(i).map(|t| t.key.as_str()).unwrap_or("")
}

fn is_word<S: WordSet + ?Sized>(t: &[Tok], i: usize, words: &S) -> bool {
    t.get(i)
        .is_some_and(|t| t.kind == Kind::Word && words.has(&t.key))
}

/// Arabic word with an optional one-letter proclitic (و ب ل ف).
fn is_ar<S: WordSet + ?Sized>(t: &[Tok], i: usize, words: &S) -> bool {
    let Some(tok) = t.get(i) else { return false };
    if tok.kind != Kind::Word || !tok.arabic {
        return false;
    }
    if words.has(&tok.key) {
        return true;
    }
    let mut cs = tok.key.chars();
    matches!(cs.next(), Some('و' | 'ب' | 'ل' | 'ف')) && words.has(cs.as_str())
}

/// `March 14 Alliance`, `قوى 14 آذار`, `26 July Street`: a date that names a group or a place.
fn names_something(t: &[Tok], start: usize, end: usize) -> bool {
    (t.get(end).is_some_and(|x| {
        x.kind == Kind::Word && !x.arabic && NAMES_AFTER.contains(&x.key.as_str())
    })) || (start > 0 && is_ar(t, start - 1, &NAMES_BEFORE))
}

/// A year BC as a negative year: 44 BC is -44 (historical numbering, with no year 0, as
/// Duckling and most annotations write it; ISO 8601's astronomical -0043 is not used).
fn bc_year(n: u32) -> i32 {
    -(n as i32)
}

/// A four-digit number in the year range at `i`.
fn n2_four(t: &[Tok], i: usize) -> bool {
    num(t, i).is_some_and(|n| n.digits == 4 && (1000..=2100).contains(&n.value))
}

fn num<'a, 'b>(t: &'a [Tok<'b>], i: usize) -> Option<&'a Tok<'b>> {
    t.get(i).filter(|t| t.kind == Kind::Num && !t.grouped)
}

static AR_YEAR: Words = LazyLock::new(|| words("ar_year"));
static AR_MONTH: Words = LazyLock::new(|| words("ar_month"));
static AR_WEEK: Words = LazyLock::new(|| words("ar_week"));
static AR_OF: Words = LazyLock::new(|| words("ar_of"));

/// Words after which a bare four-digit number is a year.
static YEAR_CONTEXT_EN: Words = LazyLock::new(|| words("year_context_en"));
static YEAR_CONTEXT_AR: Words = LazyLock::new(|| words("year_context_ar"));
/// Nouns that make `the 1991 ...` a year.
static YEAR_NOUNS: Words = LazyLock::new(|| words("year_nouns"));
/// Words that may follow a year (others, lowercase, make it a quantity: `1500 soldiers`).
static AFTER_YEAR_OK: Words = LazyLock::new(|| words("after_year_ok"));

impl<'a> P<'a> {
    #[inline]
    fn lx(&self, i: usize, cat: Cat) -> Option<(Lex, usize)> {
        // most calls land on numbers, plain words and words of other categories: known misses,
        // decided here (inlined at the caller) without a call
        if self.t.get(i).is_none_or(|tok| {
            tok.hit == Some(false) || (tok.lists.is_some() && tok.cats & (1u16 << cat as u16) == 0)
        }) {
            return None;
        }
        self.lx_read(i, cat)
    }

    /// `lx` past its quick test: reads the lexicon.
    #[inline(never)]
    fn lx_read(&self, i: usize, cat: Cat) -> Option<(Lex, usize)> {
        self.lex.get(self.t, i, cat)
    }

    /// Era marker at `i`: `AH`, `A.H.`, `H`, `هـ`, `CE`, `AD`, `م`, `BC`.
    fn era(&self, i: usize) -> Option<(Era, usize)> {
        let t = self.t;
        let tok = t.get(i)?;
        if tok.newline_before {
            return None;
        }
        // `1443 of the Hijra`
        if tok.kind == Kind::Word && !tok.arabic && tok.key == "of" {
            let j = if is_word(t, i + 1, &["the"]) {
                i + 2
            } else {
                i + 1
            };
            return match self.lx(j, Cat::Era) {
                Some((Lex::Era(Era::Hijri), end)) if !t[j].arabic => Some((Era::Hijri, end)),
                _ => None,
            };
        }
        if tok.kind == Kind::Word && !tok.arabic {
            // dotted forms
            let k = tok.key.as_str();
            if k.len() == 1 && punct(t.get(i + 1), &['.']) {
                let k2 = key(t, i + 2);
                let era = match (k, k2) {
                    ("a", "h") => Some(Era::Hijri),
                    ("a", "d") | ("c", "e") => Some(Era::Gregorian),
                    ("b", "c") => Some(Era::Bc),
                    _ => None,
                };
                if let Some(e) = era {
                    let mut end = i + 3;
                    if k2 == "c" && key(t, end) == "e" {
                        end += 1;
                    }
                    if punct(t.get(end), &['.']) && !t.get(end).is_some_and(|x| x.space_before) {
                        end += 1;
                    }
                    // `B.C.E.`
                    if e == Era::Bc && key(t, end) == "e" {
                        end += 1;
                        if punct(t.get(end), &['.']) {
                            end += 1;
                        }
                    }
                    return Some((e, end));
                }
            }
            if tok.key == "h" && tok.cap {
                let mut end = i + 1;
                if punct(t.get(end), &['.']) && !t.get(end).is_some_and(|x| x.space_before) {
                    end += 1;
                }
                return Some((Era::Hijri, end));
            }
            // `AH`, `CE`: uppercase or lowercase after a year
        }
        // `ق.م`, `ق. م.` (before Christ)
        if tok.arabic && tok.key == "ق" && punct(t.get(i + 1), &['.']) && key(t, i + 2) == "م" {
            let mut end = i + 3;
            if punct(t.get(end), &['.']) && !t[end].space_before {
                end += 1;
            }
            return Some((Era::Bc, end));
        }
        if let Some((Lex::Era(e), end)) = self.lx(i, Cat::Era) {
            // `م` and `ه` must be attached or be the whole word
            return Some((e, end));
        }
        None
    }

    /// A month name at `i` (Gregorian or Hijri), with `شهر` before it or `شهر 3`.
    fn month(&self, i: usize) -> Option<(Calendar, u8, usize)> {
        let t = self.t;
        let mut j = i;
        let mut shahr = false;
        if is_ar(t, j, &AR_MONTH) {
            shahr = true;
            j += 1;
        } else if matches!(key(t, j), "al" | "el") && !t[j].arabic {
            // `12 al-Muharram 1443`: the article before a transliterated Hijri month
            let k = if t.get(j + 1).is_some_and(is_dash) {
                j + 2
            } else {
                j + 1
            };
            if matches!(self.lx(k, Cat::HMonth), Some((Lex::HMonth(_), _))) {
                j = k;
            }
        }
        let m = if let Some((Lex::Month(m), e)) = self.lx(j, Cat::Month) {
            Some((Calendar::Gregorian, m, e))
        } else if let Some((Lex::HMonth(m), e)) = self.lx(j, Cat::HMonth) {
            Some((Calendar::Hijri, m, e))
        } else if shahr {
            // `شهر 3`, `شهر ثلاثة`
            if let Some(n) = num(t, j).filter(|n| (1..=12).contains(&n.value) && n.digits <= 2) {
                Some((Calendar::Gregorian, n.value as u8, j + 1))
            } else if let Some((Lex::Num(n), e)) = self.lx(j, Cat::Num) {
                (1..=12).contains(&n).then_some((Calendar::Gregorian, n, e))
            } else {
                None
            }
        } else {
            None
        };
        let (cal, m, mut end) = m?;
        // `رمضان المبارك`, `محرم الحرام`: an honorific after a Hijri month
        if cal == Calendar::Hijri && is_ar(t, end, &HIJRI_HONORIFICS) {
            end += 1;
        }
        // `Jan.`
        if punct(t.get(end), &['.']) && !t[end].space_before && !t[end - 1].arabic {
            let k = &t[end - 1].key;
            if k.len() <= 4 && !matches!(k.as_str(), "may" | "june" | "july") {
                end += 1;
            }
        }
        // `كانون الثاني/يناير`, `January (كانون الثاني)`
        if punct(t.get(end), &['/', '(']) {
            if let Some((Lex::Month(m2), e2)) = self.lx(end + 1, Cat::Month) {
                if m2 == m && cal == Calendar::Gregorian {
                    end = e2;
                    if punct(t.get(end), &[')']) {
                        end += 1;
                    }
                }
            }
        }
        Some((cal, m, end))
    }

    /// Is the month token at `i` usable alone (not `may` the verb, not `march` the verb)?
    fn month_word_strong(&self, i: usize) -> bool {
        let t = &self.t[i];
        if t.arabic {
            return true;
        }
        if !t.cap {
            return false;
        }
        !matches!(
            t.key.as_str(),
            "mar" | "jun" | "jul" | "sun" | "sat" | "dec" | "jan" | "may"
        ) || t.key == "may"
    }

    /// A day number at `i`: `6`, `6th`, `sixth`, `السادس`.
    fn day(&self, i: usize) -> Option<(u8, usize)> {
        if let Some(n) = num(self.t, i) {
            if n.digits <= 2 && (1..=31).contains(&n.value) {
                return Some((n.value as u8, i + 1));
            }
            return None;
        }
        if let Some((Lex::Ord(d), e)) = self.lx(i, Cat::Ord) {
            return Some((d, e));
        }
        None
    }

    /// A year after a date: `, 2022`, `2022`, `1443 AH`, `of this year`, `من عام 2014`.
    fn year_after(&self, i: usize) -> Option<(YearSpec, Option<Era>, usize)> {
        self.year_after_cal(i, false)
    }

    /// [`Self::year_after`]; after a Hijri month, three-digit years count too (`Safar 581`).
    fn year_after_cal(&self, i: usize, hijri: bool) -> Option<(YearSpec, Option<Era>, usize)> {
        let t = self.t;
        let mut j = i;
        if punct(t.get(j), &[',', '،']) {
            j += 1;
        } else if punct(t.get(j), &['-', '/'])
            && !t[j].space_before
            && num(t, j + 1).is_some_and(|n| n.digits == 4)
            && !t[j + 1].space_before
        {
            // `Jan-2022`, `يناير/2022`
            j += 1;
        }
        let mut ctx = false;
        if is_word(t, j, &["of", "in"]) || is_ar(t, j, &AR_OF) {
            j += 1;
            ctx = true;
        }
        // (`من العام الماضي` is read whole by `rel_unit` below)
        let before_year_word = j;
        if is_ar(t, j, &AR_YEAR) || is_word(t, j, &["year"]) {
            j += 1;
            ctx = true;
        }
        // `5th Jan '22`, `June ’21`: a two-digit year after an apostrophe
        if !hijri
            && punct(t.get(j), &['\'', '’', '‘'])
            && !t[j].newline_before
            && t.get(j + 1).is_some_and(|x| !x.space_before)
        {
            let n = num(t, j + 1)?;
            if n.digits != 2 || n.ordinal || punct(t.get(j + 2), &['%', '٪', ':']) {
                return None;
            }
            return Some((YearSpec::Given(expand_year(n.value, 2)), None, j + 2));
        }
        if let Some(n) = num(t, j) {
            if t[j].newline_before {
                return None;
            }
            let era = self.era(j + 1);
            let ok = n.digits == 4
                || (era.is_some() && n.digits <= 4 && n.value > 0)
                || (ctx && n.digits >= 3)
                || (hijri
                    && n.digits == 3
                    && t.get(j + 1)
                        .is_none_or(|x| x.kind != Kind::Word || x.newline_before));
            if ok && !n.ordinal {
                if punct(t.get(j + 1), &['%', '٪']) {
                    return None;
                }
                let (era, end) = match era {
                    Some((e, end)) => (Some(e), end),
                    None => (None, j + 1),
                };
                let y = if era == Some(Era::Bc) {
                    bc_year(n.value)
                } else {
                    n.value as i32
                };
                return Some((YearSpec::Given(y), era, end));
            }
            return None;
        }
        // `of this year`, `of next year`, `من هذا العام`, `من العام الماضي`
        if let Some((k, end)) = self
            .rel_unit(j, 365)
            .or_else(|| self.rel_unit(before_year_word, 365))
        {
            return Some((YearSpec::Ref(k), None, end));
        }
        None
    }

    /// The first month of a month range whose year is written once, after the last:
    /// `between June and August 2010`, `January–March 2022`, `من مارس إلى مايو 2021`,
    /// `ما بين حزيران وآب من عام 2010`. The first month takes the year (the year before when
    /// it comes later in the year: `December to February 2021`); read before as a month of the
    /// reference's year, it is read again.
    fn month_range_start(&mut self, i: usize, cal: Calendar, m2: u8, y: i32) {
        let t = self.t;
        // the link: a word or dash before the month, or the proclitic و on it (`وآب`)
        let clitic = t[i].arabic && t[i].key.starts_with('و') && self.month(i).is_some();
        let link_end = if clitic {
            i
        } else if i >= 1
            && (is_dash(&t[i - 1])
                || is_word(t, i - 1, &["to", "and", "until", "till", "through", "thru"])
                || is_ar(t, i - 1, &["الي", "حتي"]))
        {
            i - 1
        } else {
            return;
        };
        let Some((k, m1)) = [link_end.saturating_sub(1), link_end.saturating_sub(2)]
            .into_iter()
            .filter(|&k| k < link_end)
            .find_map(|k| match self.month(k) {
                Some((c, m1, e)) if e == link_end && c == cal && t[k].arabic == t[i].arabic => {
                    Some((k, m1))
                }
                _ => None,
            })
        else {
            return;
        };
        // (not when the first month has its own year or day: `March 2020 to May 2021`)
        if let Some(last) = self.out.last() {
            if last.end > t[k].start {
                let bare = matches!(
                    last.val,
                    Val::MonthName {
                        day: None,
                        occ: Occ::Year(YearSpec::Ref(0) | YearSpec::Missing),
                        ..
                    } | Val::Date {
                        day: None,
                        year: YearSpec::Missing,
                        ..
                    }
                );
                if !bare || last.start < t[k.saturating_sub(1)].start {
                    return;
                }
                self.out.pop();
            }
        }
        let v = Val::Date {
            cal,
            year: YearSpec::Given(if m1 > m2 { y - 1 } else { y }),
            month: Some(m1),
            day: None,
        };
        self.push(k, link_end, v, true);
    }

    /// A three-digit year closing a day and month: `10 October 680)`, `(3 June 632)`. Only where
    /// nothing but a closing mark or the text's end follows, so `5 May 300 soldiers` stays a
    /// day without its year.
    fn old_year_after_day(&self, i: usize) -> Option<(YearSpec, Option<Era>, usize)> {
        let t = self.t;
        let j = if punct(t.get(i), &[',', '،']) {
            i + 1
        } else {
            i
        };
        let n = num(t, j)?;
        if n.digits != 3 || n.ordinal || t[j].newline_before || !t[j].space_before {
            return None;
        }
        let closes = match t.get(j + 1) {
            None => true,
            Some(x) => x.newline_before || punct(Some(x), &[')', ']', ';', '.', ',', '،']),
        };
        if !closes || (punct(t.get(j + 1), &['.', ',']) && num(t, j + 2).is_some()) {
            return None;
        }
        Some((YearSpec::Given(n.value as i32), None, j + 1))
    }

    /// `this year` / `last month` / `العام الماضي` / `هذا الشهر` for the unit (30 or 365):
    /// the offset and the end.
    fn rel_unit(&self, i: usize, unit: u16) -> Option<(i32, usize)> {
        let t = self.t;
        let mut j = i;
        if is_word(t, j, &["the"]) {
            j += 1;
        }
        if let Some((Lex::Dir(d), e)) = self.lx(j, Cat::Dir) {
            // `the past year` is a span and `the following year` the narrative's, not a calendar
            // year of the reference
            if matches!(key(t, j), "past" | "prior" | "preceding" | "following") {
                return None;
            }
            if let Some((Lex::Unit(u), e2)) = self.lx(e, Cat::Unit) {
                if u == unit && !t[e].arabic {
                    return Some((d as i32, e2));
                }
            }
        }
        if unit == 365 && is_word(t, j, &["current"]) && is_word(t, j + 1, &["year"]) {
            return Some((0, j + 2));
        }
        // Arabic: هذا العام / هذه السنة
        if is_ar(t, j, &["هذا", "هذه"]) {
            if let Some((Lex::Unit(u), e2)) = self.lx(j + 1, Cat::Unit) {
                if u == unit && t[j + 1].key.starts_with("ال") {
                    return Some((0, e2));
                }
            }
        }
        // Arabic: العام الماضي / الشهر القادم / السنة الحالية / العام قبل الماضي
        if let Some((Lex::Unit(u), e)) = self.lx(j, Cat::Unit) {
            if u == unit && t[j].arabic && t[j].key.starts_with("ال") {
                if let Some((d, e2)) = self.ar_dir2(e) {
                    return Some((d, e2));
                }
                if let Some((Lex::ArDir(d), e2)) = self.lx(e, Cat::ArDir) {
                    if !matches!(key(t, e), "هذا" | "هذه") {
                        return Some((d as i32, e2));
                    }
                }
            }
        }
        None
    }

    /// An Arabic direction word right after a month name (`آذار المقبل`, `رمضان الماضي`):
    /// the month is a date even without `في` or `شهر` before it.
    fn ar_dir_after(&self, e: usize) -> bool {
        let t = self.t;
        e > 0
            && t[e - 1].arabic
            && t.get(e).is_some_and(|x| x.arabic && !x.newline_before)
            && !matches!(key(t, e), "هذا" | "هذه")
            && self.lx(e, Cat::ArDir).is_some()
    }

    /// `قبل الماضي` (the one before last, -2) and `بعد القادم` / `بعد المقبل` (the one after
    /// next, 2) at `i`.
    fn ar_dir2(&self, i: usize) -> Option<(i32, usize)> {
        let t = self.t;
        let want = if is_ar(t, i, &["قبل"]) {
            -1
        } else if is_ar(t, i, &["بعد"]) {
            1
        } else {
            return None;
        };
        match self.lx(i + 1, Cat::ArDir) {
            Some((Lex::ArDir(d), e)) if d as i32 == want => Some((2 * want, e)),
            _ => None,
        }
    }

    fn push(&mut self, start: usize, end: usize, val: Val, order_fixed: bool) -> usize {
        let t = self.t;
        if end <= start || end > t.len() {
            return self.out.len().saturating_sub(1);
        }
        let s = t[start].start;
        let e = t[end - 1].end;
        self.out.push(Raw {
            start: s,
            end: e,
            val,
            order_fixed,
            dual_with: None,
            weekday: None,
            day_first: None,
            week: false,
            part: None,
            hijri_guess: false,
            offset_days: 0,
            nth_weekday: None,
            past: false,
        });
        self.out.len() - 1
    }

    /// Dates written with digits only: `5/1/2022`, `2022-01-05`, `١٥/٠١/٢٠٢٢`, `31-Oct-74`.
    fn numeric(&mut self, i: usize) -> Option<usize> {
        let t = self.t;
        let a = num(t, i)?;
        if a.ordinal || a.digits > 4 {
            return None;
        }
        // not the tail of a longer number chain (`1/2/3/2022`, `1.2.2022` after a digit)
        if i >= 2
            && punct(t.get(i - 1), &['/', '.', '-', '–'])
            && !t[i].space_before
            && t[i - 2].kind == Kind::Num
            && !t[i - 1].space_before
        {
            return None;
        }
        if i >= 1
            && matches!(
                t[i - 1].kind,
                Kind::Punct('$' | '€' | '£' | '#' | '+' | ':')
            )
            && !t[i].space_before
        {
            return None;
        }
        // `version 1.2.2022`, `v1.2.2022`: a version number
        if i >= 1
            && punct(t.get(i + 1), &['.'])
            && !t[i - 1].arabic
            && is_word(
                t,
                i - 1,
                &["version", "v", "ver", "release", "build", "firmware"],
            )
        {
            return None;
        }
        let sep_tok = t.get(i + 1)?;
        let sep = match sep_tok.kind {
            Kind::Punct(c) if ['/', '-', '.', '–', '\\'].contains(&c) => c,
            Kind::Word => ' ',
            // `31 10 1974`: checked below
            _ => ' ',
        };
        let spaced = sep_tok.space_before || t.get(i + 2).is_some_and(|x| x.space_before);
        if sep == ' ' {
            // `31 10 1974`
            let (b, c) = (num(t, i + 1)?, num(t, i + 2)?);
            if a.digits > 2 || b.digits > 2 || c.digits != 4 {
                return None;
            }
            if !(t[i + 1].space_before && t[i + 2].space_before)
                || t[i + 1].newline_before
                || t[i + 2].newline_before
                || num(t, i + 3).is_some()
                || (i > 0 && t[i - 1].kind == Kind::Num)
            {
                return None;
            }
            return self.numeric3(i, i + 3, a.value, b.value, c.value, false, c.digits);
        }
        // `31-Oct-74`, `31/Oct/1974`
        if let Some((Calendar::Gregorian, m, e)) = self.month(i + 2) {
            if punct(t.get(e), &[sep]) && a.digits <= 2 && (1..=31).contains(&a.value) {
                let y = num(t, e + 1)?;
                if y.digits != 4 && y.digits != 2 {
                    return None;
                }
                let yv = expand_year(y.value, y.digits);
                let v = Val::Date {
                    cal: Calendar::Gregorian,
                    year: YearSpec::Given(yv),
                    month: Some(m),
                    day: Some(a.value as u8),
                };
                self.push(i, e + 2, v, true);
                return Some(e + 2);
            }
            return None;
        }
        let b = num(t, i + 2)?;
        if b.ordinal || b.digits > 4 || t[i + 2].newline_before {
            return None;
        }
        if spaced && sep != '-' && sep != '/' {
            return None;
        }
        // third part
        let third = punct(t.get(i + 3), &[sep]) && num(t, i + 4).is_some();
        if third {
            let c = num(t, i + 4)?;
            if c.ordinal || t[i + 4].newline_before {
                return None;
            }
            if spaced != (t[i + 3].space_before || t[i + 4].space_before) {
                return None;
            }
            // a fourth part: not a date (IP addresses, versions)
            if punct(t.get(i + 5), &['/', '-', '.', '–'])
                && num(t, i + 6).is_some()
                && !t[i + 5].space_before
                && !t[i + 6].space_before
            {
                return None;
            }
            if a.digits == 4 {
                // ymd
                if b.digits > 2 || c.digits > 2 {
                    return None;
                }
                let end = i + 5;
                let (cal, end) = self.era_cal(end, a.value as i32);
                let v = Val::Date {
                    cal,
                    year: YearSpec::Given(a.value as i32),
                    month: Some(u8::try_from(b.value).ok()?),
                    day: Some(u8::try_from(c.value).ok()?),
                };
                if !(1..=12).contains(&b.value) || !(1..=31).contains(&c.value) {
                    return None;
                }
                self.push(i, end, v, true);
                return Some(end);
            }
            if a.digits > 2 || b.digits > 2 || !(c.digits == 4 || c.digits == 2) {
                return None;
            }
            if sep == '.' && c.digits == 2 {
                return None;
            }
            return self.numeric3(i, i + 5, a.value, b.value, c.value, sep == '.', c.digits);
        }
        // two parts
        if sep == '.' || sep == '\\' {
            return None;
        }
        if punct(t.get(i + 3), &['/', '-', '.'])
            && !t[i + 3].space_before
            && num(t, i + 4).is_some()
        {
            return None;
        }
        if a.digits == 4
            && b.digits == 2
            && (1..=12).contains(&b.value)
            && !spaced
            && b.value != (a.value + 1) % 100
        {
            // `2014-10`, `2014/10`
            if sep == '-' && num(t, i + 4).is_some() {
                return None;
            }
            let v = Val::Date {
                cal: Calendar::Gregorian,
                year: YearSpec::Given(a.value as i32),
                month: Some(b.value as u8),
                day: None,
            };
            self.push(i, i + 3, v, true);
            return Some(i + 3);
        }
        let numbered = i > 0
            && (is_word(t, i - 1, &NUMBERED_EN)
                || is_ar(t, i - 1, &NUMBERED_AR)
                || punct(t.get(i - 1), &['#', '№'])
                || (i > 1 && punct(t.get(i - 1), &['.']) && is_word(t, i - 2, &["no", "nos"])));
        if a.digits <= 2 && b.digits == 4 && (1..=12).contains(&a.value) && sep == '/' && !numbered
        {
            // `2/2013`
            let (cal, end) = self.era_cal(i + 3, b.value as i32);
            let v = Val::Date {
                cal,
                year: YearSpec::Given(b.value as i32),
                month: Some(a.value as u8),
                day: None,
            };
            self.push(i, end, v, true);
            return Some(end);
        }
        // `15/2`, `on 2/15`: day and month without a year, only after a date word
        if a.digits <= 2 && b.digits <= 2 && !t[i].ordinal {
            let ctx = i > 0
                && (is_word(t, i - 1, &NUMERIC_OPENERS)
                    || is_ar(t, i - 1, &["يوم", "يومي", "في", "بتاريخ", "تاريخ"])
                    || self.lx(i - 1, Cat::Weekday).is_some());
            // the partner of a day and month just read: `on 6/1 and 7/1`, `يومي 6/1 و7/1`,
            // `on 6/1, 7/1 and 8/1`, `from 6/1 to 9/1`
            let partner = i >= 2
                && !is_word(t, i + 3, &["of"])
                && !is_ar(t, i + 3, &["من"])
                && (is_word(t, i - 1, &["and", "or", "to", "until", "till", "through"])
                    || is_ar(t, i - 1, &["و", "او", "الي", "حتي"])
                    || punct(t.get(i - 1), &[',', '،', '-', '–']))
                && self.out.last().is_some_and(|r| {
                    r.end == t[i - 2].end
                        && matches!(
                            r.val,
                            Val::Numeric {
                                year: YearSpec::Missing,
                                ..
                            }
                        )
                });
            // `between 6/1 and 7/1`
            let between = i > 0
                && (is_word(t, i - 1, &["between", "from"]) || is_ar(t, i - 1, &["بين", "من"]))
                && (is_word(t, i + 3, &["and", "to"]) || is_ar(t, i + 3, &["و", "الي", "حتي"]))
                && matches!(
                    (num(t, i + 4), t.get(i + 5)),
                    (Some(n), Some(sl)) if n.digits <= 2 && punct(Some(sl), &['/'])
                )
                // fractions: `between 1/2 and 3/4 of the members`
                && !is_word(t, i + 7, &["of"])
                && !is_ar(t, i + 7, &["من"]);
            let ctx = ctx || partner || between;
            let whole = i == 0 && t.len() == 3;
            if !(ctx || whole) {
                return None;
            }
            if punct(t.get(i + 3), &[':', '%']) {
                return None;
            }
            // `في 2/3 من الحالات`, `in 2/3 of cases`: a fraction (but `5/3 من العام الجاري`)
            if is_word(t, i + 3, &["of"]) || is_ar(t, i + 3, &["من"]) {
                let k = if is_word(t, i + 4, &["the", "this"]) || is_ar(t, i + 4, &["هذا", "هذه"])
                {
                    i + 5
                } else {
                    i + 4
                };
                let time_word = is_ar(t, k, &AR_YEAR)
                    || is_ar(t, k, &AR_MONTH)
                    || is_word(t, k, &["year", "month"])
                    || num(t, k).is_some();
                if !time_word {
                    return None;
                }
            }
            let (x, y) = (a.value, b.value);
            if !((1..=12).contains(&x) && (1..=31).contains(&y)
                || (1..=12).contains(&y) && (1..=31).contains(&x))
            {
                return None;
            }
            let fixed = x > 12 || y > 12;
            // `في 5/3 من عام 2022`, `on 5/3 of this year`: the year written after
            let (year, end) = match self.year_after(i + 3) {
                Some((yr, None, e)) if is_word(t, i + 3, &["of"]) || is_ar(t, i + 3, &AR_OF) => {
                    (yr, e)
                }
                _ => (YearSpec::Missing, i + 3),
            };
            let v = Val::Numeric {
                a: x as u8,
                b: y as u8,
                year,
                cal: Calendar::Gregorian,
                dotted: false,
            };
            self.push(i, end, v, fixed);
            return Some(end);
        }
        None
    }

    /// Era after a numeric date: Hijri or Gregorian, and the end.
    fn era_cal(&self, end: usize, year: i32) -> (Calendar, usize) {
        match self.era(end) {
            Some((Era::Hijri, e)) => (Calendar::Hijri, e),
            Some((_, e)) => (Calendar::Gregorian, e),
            // `1443/06/12`: a modern Hijri year (1300–1500 AH is 1882–2077 CE)
            None if (1300..=1500).contains(&year) => (Calendar::Hijri, end),
            None => (Calendar::Gregorian, end),
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn numeric3(
        &mut self,
        i: usize,
        end: usize,
        a: u32,
        b: u32,
        c: u32,
        dotted: bool,
        cd: u8,
    ) -> Option<usize> {
        let y = expand_year(c, cd);
        if !((1..=31).contains(&a) && (1..=31).contains(&b)) {
            return None;
        }
        if a > 12 && b > 12 {
            return None;
        }
        let (cal, end) = self.era_cal(end, y);
        let fixed = a > 12 || b > 12 || a == b;
        let v = Val::Numeric {
            a: a as u8,
            b: b as u8,
            year: YearSpec::Given(y),
            cal,
            dotted,
        };
        self.push(i, end, v, fixed);
        Some(end)
    }

    /// `6 January 2022`, `6th of January`, `الأول من آذار`, `12 Jumada II 1443 AH`.
    fn day_month(&mut self, i: usize) -> Option<usize> {
        let t = self.t;
        let mut j = i;
        if is_word(t, j, &["the"]) {
            j += 1;
        }
        // `اليوم الثالث من اكتوبر`
        if is_ar(t, j, &["اليوم", "يوم"]) && self.lx(j + 1, Cat::Ord).is_some() {
            j += 1;
        }
        let (d, mut k) = self.day(j)?;
        let day_is_word = num(t, j).is_none();
        // `2. أكتوبر`, `2- أكتوبر`, `2/ أكتوبر`: a mark after the day, then an Arabic month name
        if !day_is_word
            && punct(t.get(k), &['.', '-', '/'])
            && !t[k].space_before
            && t.get(k + 1).is_some_and(|x| x.space_before && x.arabic)
            && matches!(self.lx(k + 1, Cat::Month), Some((Lex::Month(_), _)))
        {
            k += 1;
        }
        let mut of = false;
        if is_word(t, k, &["of"]) || is_ar(t, k, &["من", "في"]) {
            k += 1;
            of = true;
        }
        if is_word(t, k, &["the"]) {
            k += 1;
        }
        if t.get(k).is_none_or(|x| x.newline_before) {
            return None;
        }
        let (cal, m, mut e) = self.month(k)?;
        if day_is_word && !of && !t[j].arabic {
            return None;
        }
        if names_something(t, i, e) {
            return None;
        }
        if !t[k].arabic && !t[k].cap && !of && num(t, j).is_some_and(|n| !n.ordinal) {
            // `5 may`: lowercase month after a bare number only with a year
            if matches!(t[k].key.as_str(), "may" | "march" | "mar") && self.year_after(e).is_none()
            {
                return None;
            }
        }
        let year = self
            .year_after_cal(e, cal == Calendar::Hijri)
            .or_else(|| self.old_year_after_day(e));
        let (year, era) = match year {
            Some((y, era, end)) => {
                e = end;
                (y, era)
            }
            None => (YearSpec::Missing, None),
        };
        let cal = match (cal, era) {
            (Calendar::Gregorian, Some(Era::Hijri)) => Calendar::Gregorian,
            (c, _) => c,
        };
        // a Hijri month and a year in the Gregorian range: `Ramadan 2022` is not a day here
        let v = Val::Date {
            cal,
            year,
            month: Some(m),
            day: Some(d),
        };
        // ranges: `5–8 January 2022`, `5 to 8 January`, `from the 13th to the 15th of July`
        if i >= 2 {
            let link = &t[i - 1];
            let is_link = is_dash(link)
                || matches!(
                    link.key.as_str(),
                    "to" | "and" | "until" | "till" | "through" | "thru" | "الي" | "حتي" | "و"
                );
            let is_link = is_link || is_ar(t, i - 1, &["الي", "حتي"]);
            // `from the first to the third of July`, `من الثالث والعشرين وحتى السادس والعشرين
            // من أكتوبر`: the first end in ordinal words, one or two tokens before the link
            if is_link && day_is_word && num(t, i - 2).is_none() {
                for k in [i.saturating_sub(3), i - 2] {
                    if let Some((Lex::Ord(d0), e0)) = self.lx(k, Cat::Ord) {
                        if e0 == i - 1 && d0 < d && t[k].arabic == t[i].arabic {
                            let v0 = Val::Date {
                                cal,
                                year,
                                month: Some(m),
                                day: Some(d0),
                            };
                            let k0 = if k > 0 && is_word(t, k - 1, &["the"]) {
                                k - 1
                            } else {
                                k
                            };
                            self.push(k0, i - 1, v0, true);
                            break;
                        }
                    }
                }
            }
            if is_link {
                // (a day already read as part of an earlier date is not this range's start)
                let taken = self.out.last().is_some_and(|r| r.end >= t[i - 2].end);
                if let Some(d0) = num(t, i - 2).filter(|_| !taken) {
                    let the0 = i >= 3 && is_word(t, i - 3, &["the"]);
                    let from0 = i >= 3 && is_word(t, i - 3, &["from", "between"]);
                    if d0.digits <= 2
                        && (1..=31).contains(&d0.value)
                        && (d0.value as u8) < d
                        && !(i >= 3 && punct(t.get(i - 3), &['/', '.', '-', ',']))
                        && (j == i || the0 || from0 || d0.ordinal)
                    {
                        let v0 = Val::Date {
                            cal,
                            year,
                            month: Some(m),
                            day: Some(d0.value as u8),
                        };
                        self.push(if the0 { i - 3 } else { i - 2 }, i - 1, v0, true);
                    }
                }
            }
        }
        let n = self.push(i, e, v, true);
        if cal == Calendar::Gregorian && !t[k].arabic {
            if let Some(r) = self.out.get_mut(n) {
                r.day_first = Some(true);
            }
        }
        Some(e)
    }

    /// `January 6, 2022`, `March 2019`, `Ramadan 1443`, `February the 15th`, `in March`.
    fn month_first(&mut self, i: usize) -> Option<usize> {
        let t = self.t;
        let (cal, m, e) = self.month(i)?;
        let lower_ambiguous = !t[i].arabic && !t[i].cap;
        // `0 Muharram 1243`: an impossible day before the month; not a date at all
        if i > 0 && num(t, i - 1).is_some_and(|n| n.digits <= 2 && (n.value == 0 || n.value > 31)) {
            return None;
        }
        // month + year
        if let Some((year, era, end)) = self.year_after_cal(e, cal == Calendar::Hijri) {
            if let YearSpec::Given(y) = year {
                if cal == Calendar::Hijri && era != Some(Era::Hijri) && y >= 1700 {
                    // `Ramadan 2022`: the Hijri month that falls in that Gregorian year
                    let v = Val::Occasion {
                        hm: m,
                        hd: 0,
                        occ: Occ::Year(YearSpec::Given(y)),
                        hijri_year: false,
                    };
                    self.push(i, end, v, true);
                    return Some(end);
                }
            }
            if num(t, e).is_some() || !lower_ambiguous {
                let cal = if era == Some(Era::Hijri) {
                    Calendar::Hijri
                } else {
                    cal
                };
                if let YearSpec::Given(y) = year {
                    self.month_range_start(i, cal, m, y);
                }
                let v = Val::Date {
                    cal,
                    year,
                    month: Some(m),
                    day: None,
                };
                self.push(i, end, v, true);
                return Some(end);
            }
        }
        // month + day
        let mut k = e;
        if is_word(t, k, &["the"]) {
            k += 1;
        }
        if let Some((d, mut end)) = self.day(k) {
            let is_num = num(t, k).is_some();
            let ok = if is_num {
                // not `May 5:30`, not a quantity (`January 10: talks resume`, a headline's
                // date before its colon, is a date)
                !punct(t.get(end), &[':', '%', '.'])
                    || (punct(t.get(end), &['.']) && num(t, end + 1).is_none())
                    || (punct(t.get(end), &[':'])
                        && t.get(end + 1)
                            .is_some_and(|x| x.space_before && x.kind == Kind::Word))
            } else {
                // `يناير الثاني والعشرين، 2018` (translated `January 22nd, 2018`): an Arabic
                // ordinal after a Gregorian month only with its year
                !t[k].arabic || (cal == Calendar::Gregorian && self.year_after(end).is_some())
            };
            let verb_may = lower_ambiguous
                && matches!(t[i].key.as_str(), "may" | "mar")
                && !t[k].ordinal
                && self.year_after(end).is_none();
            let named = names_something(t, i, end);
            if ok && !named && !t[k].newline_before && !verb_may {
                let mut year = YearSpec::Missing;
                let mut era = None;
                if let Some((y, er, e2)) = self.year_after(end) {
                    year = y;
                    era = er;
                    end = e2;
                }
                let cal = if era == Some(Era::Hijri) {
                    Calendar::Hijri
                } else {
                    cal
                };
                // range `January 13-15`
                let v = Val::Date {
                    cal,
                    year,
                    month: Some(m),
                    day: Some(d),
                };
                let n = self.push(i, end, v, true);
                if cal == Calendar::Gregorian && !t[i].arabic {
                    if let Some(r) = self.out.get_mut(n) {
                        r.day_first = Some(false);
                    }
                }
                if is_num
                    && (is_dash(&t[end.min(t.len() - 1)])
                        || is_word(
                            t,
                            end,
                            &[
                                "to", "and", "until", "till", "through", "thru", "الي", "حتي", "و",
                            ],
                        ))
                {
                    // (not `from February 13 to 15 July`: the second end has its own month)
                    let own_month = self.month(end + 2).is_some();
                    if let Some(d2) = num(t, end + 1).filter(|_| !own_month) {
                        if d2.digits <= 2 && (d as u32) < d2.value && d2.value <= 31 {
                            let mut year2 = year;
                            let mut end2 = end + 2;
                            if let Some((y, _, e3)) = self.year_after(end2) {
                                year2 = y;
                                end2 = e3;
                                if let Some(r) = self.out.last_mut() {
                                    if let Val::Date { year: yy, .. } = &mut r.val {
                                        *yy = y;
                                    }
                                }
                            }
                            let v2 = Val::Date {
                                cal,
                                year: year2,
                                month: Some(m),
                                day: Some(d2.value as u8),
                            };
                            self.push(end + 1, end2, v2, true);
                            return Some(end2);
                        }
                    }
                }
                return Some(end);
            }
        }
        // (`pi`: the token before; none at the window's start)
        let pi = i.checked_sub(1).unwrap_or(usize::MAX);
        // a Hijri month alone, in a month context: `during Ramadan`, `شهر رمضان`, `في محرم`
        if cal == Calendar::Hijri && (i > 0 || self.ar_dir_after(e)) && (t[i].arabic || t[i].cap) {
            let en = !t[i].arabic
                && ((is_word(t, pi, &HIJRI_MONTH_CONTEXT_EN)
                    && !(i > 1 && t[pi].key == "of" && t[i - 2].cap))
                    // `mid-Ramadan`, `early Muharram`
                    || is_word(t, pi, &["early", "mid", "late"])
                    || (i >= 2
                        && t[pi].kind == Kind::Punct('-')
                        && !t[i].space_before
                        && is_word(t, i - 2, &["early", "mid", "late"])));
            let ar = t[i].arabic
                && (is_ar(t, pi, &AR_MONTH)
                    || is_ar(t, pi, &HIJRI_MONTH_CONTEXT_AR)
                    || self.ar_dir_after(e)
                    || ten_of(t, i).is_some());
            if en || ar {
                let start = if is_ar(t, pi, &AR_MONTH) { pi } else { i };
                let v = Val::Date {
                    cal: Calendar::Hijri,
                    year: YearSpec::Missing,
                    month: Some(m),
                    day: None,
                };
                self.push(start, e, v, false);
                return Some(e);
            }
        }
        // month alone, in a month context
        if cal == Calendar::Gregorian
            && self.month_word_strong(i)
            && (i > 0 || self.ar_dir_after(e))
        {
            let prev = key(t, pi);
            let ctx_en = MONTH_CONTEXT_EN.contains(&prev)
                || (prev.is_empty()
                    && i >= 2
                    && t[i - 1].kind == Kind::Punct('-')
                    && !t[i].space_before
                    && is_word(t, i - 2, &["mid", "early", "late"]));
            let ctx_ar =
                is_ar(t, pi, &MONTH_CONTEXT_AR) || is_ar(t, i, &AR_MONTH) || self.ar_dir_after(e);
            if (ctx_en && !t[i].arabic) || (ctx_ar && t[i].arabic) {
                if is_ar(t, pi, &["منتصف", "نصف", "نص"]) {
                    let v = Val::MonthName {
                        month: m,
                        occ: Occ::Year(YearSpec::Missing),
                        day: Some(15),
                    };
                    // (the fifteenth, as Arabic writers and Duckling read it; `part` says the
                    // words named the month's middle, not a day)
                    let n = self.push(i - 1, e, v, true);
                    if let Some(r) = self.out.get_mut(n) {
                        r.part = Some(Part::Mid);
                    }
                    return Some(e);
                }
                // no year: the one nearest the reference (resolve), unlike `this March`
                let v = Val::MonthName {
                    month: m,
                    occ: Occ::Year(YearSpec::Missing),
                    day: None,
                };
                self.push(i, e, v, true);
                return Some(e);
            }
            if matches!(prev, "next" | "last" | "this") && !t[i].arabic {
                let occ = match prev {
                    "next" => Occ::Next,
                    "last" => Occ::Last,
                    _ => Occ::Year(YearSpec::Ref(0)),
                };
                let v = Val::MonthName {
                    month: m,
                    occ,
                    day: None,
                };
                self.push(i - 1, e, v, true);
                return Some(e);
            }
        }
        None
    }

    /// A year alone in a year context: `in 1991`, `since 1989`, `1443 AH`, `عام 1991`, and ranges
    /// `from 1443 to 1445 AH`, `between 2019 and 2021`.
    fn year_alone(&mut self, i: usize) -> Option<usize> {
        let t = self.t;
        let n = num(t, i)?;
        if n.ordinal || n.digits > 4 || n.value == 0 {
            return None;
        }
        // `pp. 1998-2005`, `pages 1443-1450`: page numbers
        let page = |k: usize| is_word(t, k, &["pp", "p", "page", "pages"]);
        if i > 0 && (page(i - 1) || (i > 1 && punct(t.get(i - 1), &['.']) && page(i - 2))) {
            return None;
        }
        // `العام 1,5 مليون`: a decimal, not a year
        if punct(t.get(i + 1), &[',', '.', '٫'])
            && num(t, i + 2).is_some()
            && !t[i + 1].space_before
            && !t[i + 2].space_before
        {
            return None;
        }
        let era = self.era(i + 1);
        // a range partner `1443–1445 AH`, `2019 and 2021`
        let mut second: Option<(usize, u32)> = None;
        if (t.get(i + 1).is_some_and(is_dash)
            || is_word(t, i + 1, &["to", "and", "until", "through", "thru"])
            || is_ar(t, i + 1, &["الي", "حتي"])
            || key(t, i + 1) == "و")
            && era.is_none()
        {
            if let Some(n2) = num(t, i + 2) {
                if n2.digits == n.digits && n2.value > n.value && !n2.ordinal {
                    second = Some((i + 2, n2.value));
                } else if n.digits == 4
                    && (1500..=2100).contains(&n.value)
                    && n2.digits == 2
                    && !n2.ordinal
                    && (n2.value > n.value % 100 || n2.value == (n.value + 1) % 100)
                    && t.get(i + 1).is_some_and(is_dash)
                    && !t[i + 1].space_before
                    && !t[i + 2].space_before
                    && num(t, i + 4).is_none()
                {
                    // `2019–20`, `1939–45`, `r. 1520–66`, `the 1999-00 season`: the second year
                    // abbreviated to its last two digits
                    let v2 = if n2.value > n.value % 100 {
                        n.value - n.value % 100 + n2.value
                    } else {
                        n.value + 1
                    };
                    second = Some((i + 2, v2));
                }
            }
        }
        let era_all = match (era, second) {
            (Some(e), _) => Some(e),
            (None, Some((j, _))) => self.era(j + 1),
            _ => None,
        };
        let mut prev_ctx = i > 0
            && !t[i].newline_before
            && ((!t[i - 1].arabic && YEAR_CONTEXT_EN.contains(&key(t, i - 1)))
                || (t[i - 1].arabic && is_ar(t, i - 1, &YEAR_CONTEXT_AR)));
        let four = n.digits == 4 && (1000..=2100).contains(&n.value);
        // `mid-2023`, `early-2020`
        if !prev_ctx
            && four
            && i >= 2
            && t[i - 1].kind == Kind::Punct('-')
            && !t[i].space_before
            && is_word(t, i - 2, &["mid", "early", "late"])
        {
            prev_ctx = true;
        }
        // `(2019)`, `(1945–2020)`
        if !prev_ctx && four && i > 0 && punct(t.get(i - 1), &['(', '[']) {
            let close = if second.is_some() { i + 3 } else { i + 1 };
            if punct(t.get(close), &[')', ']']) {
                prev_ctx = true;
            }
        }
        // `c. 570`, `ca. 1850` (circa): a year, three digits too
        let circa = i >= 2
            && !t[i].newline_before
            && punct(t.get(i - 1), &['.'])
            && is_word(t, i - 2, &["c", "ca"])
            && (n.digits == 4 && (1000..=2100).contains(&n.value) || n.digits == 3)
            && !(i >= 3 && t[i - 3].kind == Kind::Word && !t[i - 2].space_before);
        if circa {
            prev_ctx = true;
        }
        // `Ramadan 1443/2022`, `عام 1443هـ/2022م`: the Gregorian year after a Hijri one
        if !prev_ctx
            && four
            && i >= 2
            && punct(t.get(i - 1), &['/'])
            && self.out.last().is_some_and(|r| {
                r.end == t[i - 2].end
                    && matches!(
                        r.val,
                        Val::Date {
                            cal: Calendar::Hijri,
                            ..
                        }
                    )
            })
        {
            prev_ctx = true;
        }
        // `Q3 2021`, `H1 2022`, `fiscal 2022`, `FY2022`: a reporting period's year, whatever
        // word follows it (`FY2022 earnings rose`)
        let period = four
            && i > 0
            && !t[i].newline_before
            && (is_word(t, i - 1, &["fiscal", "fy"])
                || (i >= 2 && is_word(t, i - 1, &["year"]) && is_word(t, i - 2, &["fiscal"]))
                // `الربع الأول من 2022`, `النصف الثاني من 2021`
                || (i >= 3
                    && is_ar(t, i - 1, &["من"])
                    && matches!(self.lx(i - 2, Cat::Ord), Some((Lex::Ord(1..=4), e)) if e == i - 1)
                    && is_ar(t, i - 3, &["الربع", "النصف"]))
                || (i >= 2
                    && num(t, i - 1).is_some_and(|q| q.digits == 1 && (1..=4).contains(&q.value))
                    && !t[i - 1].space_before
                    && t[i - 2].cap
                    && (is_word(t, i - 2, &["q"])
                        || (is_word(t, i - 2, &["h"]) && t[i - 1].value <= 2))));
        if period {
            prev_ctx = true;
        }
        // `© 2022`, `Copyright 2021`, `(c) 2020`
        let copyright = four
            && i > 0
            && !t[i].newline_before
            && (punct(t.get(i - 1), &['©'])
                || is_word(t, i - 1, &["copyright"])
                || (i >= 3
                    && punct(t.get(i - 1), &[')'])
                    && is_word(t, i - 2, &["c"])
                    && punct(t.get(i - 3), &['('])));
        if copyright {
            prev_ctx = true;
        }
        // `the 2021/22 season`, `FY 2021/22`: two years, the second abbreviated, after a slash
        if second.is_none()
            && era.is_none()
            && four
            && !(i > 0 && punct(t.get(i - 1), &['/', '-', '.']) && !t[i].space_before)
            && punct(t.get(i + 1), &['/'])
            && !t[i + 1].space_before
            && t.get(i + 2).is_some_and(|x| !x.space_before)
            && num(t, i + 2).is_some_and(|n2| {
                (n2.digits == 2 && n2.value == (n.value + 1) % 100)
                    // `the 2021/2022 season`
                    || (n2.digits == 4 && n2.value == n.value + 1 && i > 0 && is_word(t, i - 1, &["the"]))
            })
            && num(t, i + 4).is_none()
        {
            second = Some((i + 2, n.value + 1));
            prev_ctx = prev_ctx || !(i > 0 && t[i - 1].kind == Kind::Num);
        }
        // `1945–2020`: two years joined by a dash; spaced (`1960 - 1961`) when the second
        // follows within a century
        if !prev_ctx
            && four
            && t.get(i + 1).is_some_and(is_dash)
            && second.is_some_and(|(_, v2)| {
                !t[i + 1].space_before || (n2_four(t, i + 2) && v2 - n.value <= 100)
            })
        {
            prev_ctx = !(i > 0 && t[i - 1].kind == Kind::Num);
        }
        // `the 1991 war`, `the 2022 World Cup`
        let the_noun = i > 0
            && is_word(t, i - 1, &["the", "its", "his", "her", "their"])
            && four
            && n.value >= 1900
            && t.get(i + 1).is_some_and(|nx| {
                nx.kind == Kind::Word
                    && !nx.arabic
                    && (nx.cap || YEAR_NOUNS.contains(&nx.key.as_str()))
                    && !nx.newline_before
            });
        if the_noun {
            prev_ctx = true;
        }
        // `السنة الهجرية 1443`, `العام الهجري 1444`, `the Hijri year 1443`, `Islamic year 1444`
        let hijri_word = i > 0
            && (is_ar(t, i - 1, &["الهجري", "الهجريه", "هجري", "هجريه"])
                || (i >= 2
                    && is_word(t, i - 1, &["year"])
                    && is_word(t, i - 2, &["hijri", "hijra", "hijrah", "islamic"])));
        let explicit_year_word =
            i > 0 && (is_ar(t, i - 1, &AR_YEAR) || is_word(t, i - 1, &["year"]) || hijri_word);
        if hijri_word {
            prev_ctx = true;
        }
        let ok_range = |v: u32| {
            if era_all.is_some() || explicit_year_word || circa {
                (1..=9999).contains(&v)
            } else {
                (1000..=2100).contains(&v) && n.digits == 4
            }
        };
        if !ok_range(n.value) || !(prev_ctx || era_all.is_some()) {
            return None;
        }
        // `5 م` is five metres, `20 H` a grade: short numbers need a year word before an era
        if n.digits < 3 && !explicit_year_word && !prev_ctx {
            return None;
        }
        if era_all.is_none() && n.digits != 4 && !explicit_year_word && !circa {
            return None;
        }
        // not a quantity: `in 1500 soldiers`, `of 2019 dollars`
        let after = match (era, second) {
            (Some((_, e)), _) => e,
            (None, Some((j, _))) => self.era(j + 1).map(|x| x.1).unwrap_or(j + 1),
            _ => i + 1,
        };
        // `منذ 1400 عام`, `since 1400 years`: a count of units
        if second.is_none() && self.lx(i + 1, Cat::Unit).is_some() && !t[i + 1].newline_before {
            return None;
        }
        // `1500-2000 soldiers`, `between 1500 and 2000 troops`: a range of quantities
        // (`the 2019-2021 period` names a span)
        let determiner = i > 0 && is_word(t, i - 1, &["the", "its", "his", "her", "their", "this"]);
        if let (None, Some((j, _)), false) = (era_all, second, determiner) {
            if t.get(j + 1).is_some_and(|nx| {
                nx.kind == Kind::Word
                    && !nx.arabic
                    && !nx.cap
                    && !nx.newline_before
                    && !AFTER_YEAR_OK.contains(&nx.key.as_str())
                    && !YEAR_NOUNS.contains(&nx.key.as_str())
            }) {
                return None;
            }
        }
        if era_all.is_none() {
            if let Some(nx) = t.get(i + 1) {
                if matches!(nx.kind, Kind::Punct('%' | '٪' | '$')) {
                    return None;
                }
                // (after `the`, a year noun was checked above: `the 2020 presidential election`)
                if second.is_none()
                    && !the_noun
                    && !copyright
                    && !period
                    && nx.kind == Kind::Word
                    && !nx.arabic
                    && !nx.cap
                    && !nx.newline_before
                    && !AFTER_YEAR_OK.contains(&nx.key.as_str())
                {
                    return None;
                }
                if second.is_none()
                    && nx.kind == Kind::Word
                    && nx.arabic
                    && !nx.newline_before
                    && !explicit_year_word
                    && is_ar(t, i - 1, &["في", "قبل", "بعد"])
                    && !(1950..=2100).contains(&n.value)
                {
                    // `في 1500 جندي`: Arabic counted nouns follow numbers
                    let ok_words: &[&str] = &AFTER_YEAR_OK_AR;
                    if !ok_words.contains(&nx.key.as_str()) {
                        return None;
                    }
                }
            }
        }
        // `1443/2022`: a Hijri year with its Gregorian year after a slash
        let greg_after = (1300..=1500).contains(&n.value)
            && punct(t.get(i + 1), &['/'])
            && num(t, i + 2).is_some_and(|g| {
                g.digits == 4 && g.value > n.value && (577..=584).contains(&(g.value - n.value))
            });
        let cal = match era_all {
            Some((Era::Hijri, _)) => Calendar::Hijri,
            None if hijri_word || greg_after => Calendar::Hijri,
            // `عام 1443` in Arabic: a Hijri year if the document's other dates are Hijri (see
            // `hijri_guess`; `عام 1492` in a history of Granada is Gregorian)
            None if (1300..=1500).contains(&n.value) && i > 0 && t[i - 1].arabic => Calendar::Hijri,
            _ => Calendar::Gregorian,
        };
        let guess = cal == Calendar::Hijri && era_all.is_none() && !hijri_word && !greg_after;
        let base = self.out.len();
        let bc = matches!(era_all, Some((Era::Bc, _)));
        let signed = |v: u32| if bc { bc_year(v) } else { v as i32 };
        let start = i;
        let first_end = match era {
            Some((_, e)) => e,
            None => i + 1,
        };
        let v = Val::Date {
            cal,
            year: YearSpec::Given(signed(n.value)),
            month: None,
            day: None,
        };
        self.push(start, first_end, v, true);
        if second.is_none() && era_all.is_none() {
            // `in 2019, 2020 and 2021`
            let mut k = first_end;
            let mut last = n.value;
            loop {
                let sep_ok = punct(t.get(k), &[',', '،'])
                    || is_word(t, k, &["and", "or"])
                    || key(t, k) == "و";
                let mut k2 = k + 1;
                if punct(t.get(k), &[',']) && is_word(t, k2, &["and", "or"]) {
                    k2 += 1;
                }
                let Some(nx) = num(t, k2).filter(|x| {
                    sep_ok
                        && x.digits == 4
                        && (1000..=2100).contains(&x.value)
                        && x.value > last
                        && !x.ordinal
                }) else {
                    break;
                };
                if t.get(k2 + 1).is_some_and(|w| {
                    w.kind == Kind::Word
                        && !w.arabic
                        && !w.cap
                        && !AFTER_YEAR_OK.contains(&w.key.as_str())
                }) {
                    break;
                }
                last = nx.value;
                let v = Val::Date {
                    cal,
                    year: YearSpec::Given(nx.value as i32),
                    month: None,
                    day: None,
                };
                self.push(k2, k2 + 1, v, true);
                k = k2 + 1;
            }
            self.mark_hijri_guess(base, guess);
            return Some(k);
        }
        if let Some((j, v2)) = second {
            let v = Val::Date {
                cal,
                year: YearSpec::Given(signed(v2)),
                month: None,
                day: None,
            };
            self.push(j, after, v, true);
        }
        self.mark_hijri_guess(base, guess);
        Some(after)
    }

    /// Marks the years pushed since `base` as Hijri by guess (no era written).
    fn mark_hijri_guess(&mut self, base: usize, guess: bool) {
        if guess {
            for r in self.out.iter_mut().skip(base) {
                r.hijri_guess = true;
            }
        }
    }

    /// Islamic occasions and holidays, with an optional year or direction.
    fn occasion(&mut self, i: usize) -> Option<usize> {
        let t = self.t;
        let mut start = i;
        let mut occ = Occ::Year(YearSpec::Ref(0));
        let mut j = i;
        if let Some((Lex::Dir(d), e)) = self.lx(i, Cat::Dir) {
            if matches!(key(t, i), "next" | "last" | "this") {
                occ = match d {
                    1 => Occ::Next,
                    -1 => Occ::Last,
                    _ => Occ::Year(YearSpec::Ref(0)),
                };
                j = e;
            }
        }
        // (most words that start an entry start no occasion: decided without reading the lists)
        let mask = (1 << Cat::Occasion as u16) | (1 << Cat::Holiday as u16);
        if !t.get(j).is_some_and(|x| self.lex.may_start(x, mask)) {
            return None;
        }
        let (lex, mut e) = self
            .lex
            .get_any(t, j, |l| matches!(l, Lex::Occasion(..) | Lex::Holiday(_)))?;
        let mut hijri_year = false;
        if let Some((y, era, end)) = self.year_after(e) {
            if let YearSpec::Given(v) = y {
                hijri_year = era == Some(Era::Hijri) || (era.is_none() && v < 1600);
            }
            occ = Occ::Year(y);
            e = end;
        } else if let Some((k, end)) = self.rel_unit(e, 365) {
            occ = Occ::Year(YearSpec::Ref(k));
            e = end;
        }
        if j != i {
            start = i;
        }
        let v = match lex {
            Lex::Occasion(hm, hd) => Val::Occasion {
                hm,
                hd,
                occ,
                hijri_year,
            },
            Lex::Holiday(h) => Val::Holiday { h, occ },
            _ => return None,
        };
        self.push(start, e, v, true);
        Some(e)
    }

    /// `the first Monday of March`, `last Friday in October`, `الثلاثاء الثالث من شهر ايلول`,
    /// `the last day of October 2015`, `third day of October`.
    fn nth(&mut self, i: usize) -> Option<usize> {
        let t = self.t;
        let mut j = i;
        if is_word(t, j, &["the"]) || is_ar(t, j, &["اليوم"]) && self.lx(j + 1, Cat::Ord).is_some()
        {
            j += 1;
        }
        // ordinal first (English and Arabic `ثالث ثلاثاء`) or weekday first (Arabic `الثلاثاء الثالث`)
        let ordinal = |p: &Self, k: usize| -> Option<(i8, usize)> {
            if let Some((Lex::OrdLast, e)) = p.lx(k, Cat::OrdLast) {
                return Some((-1, e));
            }
            if let Some((Lex::Ord(n), e)) = p.lx(k, Cat::Ord) {
                if n <= 5 {
                    return Some((n as i8, e));
                }
            }
            if let Some(n) = num(p.t, k) {
                if n.ordinal && n.value <= 5 {
                    return Some((n.value as i8, k + 1));
                }
            }
            None
        };
        let mut or_day = false;
        let (n, wd, k) = if let Some((n, e)) = ordinal(self, j) {
            let mut e = e;
            if is_ar(t, e, &["يوم"]) || is_word(t, e, &["day"]) {
                // `third day of October`, `ثالث يوم من شهر عشرة`, `ثالث يوم ثلاثاء`
                if let Some((Lex::Weekday(wd), e2)) = self.lx(e + 1, Cat::Weekday) {
                    (n, Some(wd), e2)
                } else {
                    e += 1;
                    (n, None, e)
                }
            } else if let Some((Lex::Weekday(wd), e2)) = self.lx(e, Cat::Weekday) {
                (n, Some(wd), e2)
            } else {
                return None;
            }
        } else if let Some((Lex::Weekday(wd), e)) = self.lx(j, Cat::Weekday) {
            if !t[j].arabic {
                return None;
            }
            let (n, e2) = ordinal(self, e)?;
            // `الخميس الخامس من يناير`: the fifth, if that day is a Thursday
            or_day = n > 0;
            (n, Some(wd), e2)
        } else if is_ar(t, j, &["اليوم", "يوم"]) {
            let (n, e2) = ordinal(self, j + 1)?;
            (n, None, e2)
        } else {
            return None;
        };
        // of / in / من / ب / في
        let mut k = k;
        let mut linked = false;
        if is_word(t, k, &["of", "in"]) || is_ar(t, k, &["من", "في"]) {
            k += 1;
            linked = true;
        }
        if is_word(t, k, &["the"]) {
            k += 1;
        }
        let (month, mut e) = if let Some((cal, m, e)) = self.month(k) {
            if cal != Calendar::Gregorian {
                let Some(wd) = wd else {
                    // `the first day of Ramadan 1443 AH`: that day of the Hijri month
                    if !(1..=30).contains(&n) || !linked {
                        return None;
                    }
                    let (year, end) = match self.year_after_cal(e, true) {
                        Some((YearSpec::Given(y), era, _))
                            if y >= 1700 && era != Some(Era::Hijri) =>
                        {
                            return None;
                        }
                        Some((y, _, end)) => (y, end),
                        None => (YearSpec::Missing, e),
                    };
                    let v = Val::Date {
                        cal: Calendar::Hijri,
                        year,
                        month: Some(m),
                        day: Some(n as u8),
                    };
                    self.push(i, end, v, true);
                    return Some(end);
                };
                return self.nth_of_hijri_month(i, n, wd, m, e);
            }
            (MonthSpec::Named(m, Occ::Year(YearSpec::Ref(0))), e)
        } else if t.get(k).is_some_and(|x| x.arabic) && !linked {
            // `بايلول`: the month with a clitic
            let (cal, m, e) = self.month(k)?;
            if cal != Calendar::Gregorian {
                return None;
            }
            (MonthSpec::Named(m, Occ::Year(YearSpec::Ref(0))), e)
        } else if let Some((d, e)) = self.rel_unit(k, 30) {
            (MonthSpec::Rel(d), e)
        } else if is_word(t, k, &["month"]) || is_ar(t, k, &["الشهر"]) {
            (MonthSpec::Rel(0), k + 1)
        } else {
            return None;
        };
        if !linked && !t[k].arabic {
            return None;
        }
        if let MonthSpec::Named(m, _) = month {
            if let Some((y, _, end)) = self.year_after(e) {
                e = end;
                let month = MonthSpec::Named(m, Occ::Year(y));
                let v = match wd {
                    Some(wd) => Val::NthWeekday {
                        n,
                        wd,
                        month,
                        or_day,
                    },
                    None => Val::NthDay { n, month },
                };
                self.push(i, e, v, true);
                return Some(e);
            }
            // `من عام 2014` after `من شهر ايلول`, or `السنة القادمة`
            if let Some((k2, end)) = self.rel_unit(e, 365) {
                e = end;
                let month = MonthSpec::Named(m, Occ::Year(YearSpec::Ref(k2)));
                let v = match wd {
                    Some(wd) => Val::NthWeekday {
                        n,
                        wd,
                        month,
                        or_day,
                    },
                    None => Val::NthDay { n, month },
                };
                self.push(i, e, v, true);
                return Some(e);
            }
        }
        let v = match wd {
            Some(wd) => Val::NthWeekday {
                n,
                wd,
                month,
                or_day,
            },
            None => Val::NthDay { n, month },
        };
        self.push(i, e, v, true);
        Some(e)
    }

    /// `the first Monday of Jumada I 1443`, `آخر جمعة من رمضان 1443 هـ`: the nth weekday of a
    /// Hijri month with its Hijri year, counted from the month's first day (or back from the
    /// next month's first day for the last one).
    fn nth_of_hijri_month(&mut self, i: usize, n: i8, wd: u8, m: u8, e: usize) -> Option<usize> {
        let t = self.t;
        let mut k = e;
        if is_ar(t, k, &AR_OF) || is_word(t, k, &["of", "in"]) {
            k += 1;
        }
        let (year, era, end) = self.year_after_cal(k, true)?;
        let YearSpec::Given(y) = year else {
            return None;
        };
        // a Hijri year: written with its era, or in the Hijri range (`Ramadan 2022` is the
        // Gregorian year's Ramadan, left to the occasion rules)
        if !(era == Some(Era::Hijri) || (era.is_none() && (1..1700).contains(&y))) {
            return None;
        }
        let (year, month, offset) = if n > 0 {
            (y, m, -1)
        } else if m == 12 {
            (y + 1, 1, 0)
        } else {
            (y, m + 1, 0)
        };
        let v = Val::Date {
            cal: Calendar::Hijri,
            year: YearSpec::Given(year),
            month: Some(month),
            day: Some(1),
        };
        let r = self.push(i, end, v, true);
        if let Some(r) = self.out.get_mut(r) {
            r.offset_days = offset;
            r.nth_weekday = Some((n, wd));
        }
        Some(end)
    }

    /// Relative dates: `yesterday`, `last Friday`, `two days ago`, `next month`, `منذ ثلاثة أيام`.
    fn relative(&mut self, i: usize) -> Option<usize> {
        let t = self.t;
        let tok = &t[i];
        // today/yesterday/tomorrow
        if let Some((Lex::RelDay(d), e)) = self.lx(i, Cat::RelDay) {
            // `Russia Today`, `USA Today`: a capitalized name before a capitalized `Today`
            if tok.key == "today"
                && tok.cap
                && i > 0
                && t[i - 1].cap
                && !t[i - 1].arabic
                && t[i - 1].kind == Kind::Word
                && !tok.newline_before
            {
                return None;
            }
            if tok.arabic && tok.key == "اليوم" && e == i + 1 {
                // outlet names: `روسيا اليوم`, `المصري اليوم`, `أخبار اليوم`, `فلسطين اليوم`
                if i > 0 && is_ar(t, i - 1, &TODAY_OUTLETS) {
                    return None;
                }
                // `اليوم التالي`, `اليوم السابق`: the day after (before) the date the text has
                // just named (resolve reads the anaphoric word)
                if let Some((Lex::ArDir(d @ (1 | -1)), e2)) = self.lx(i + 1, Cat::ArDir) {
                    // (`اليوم التالي للانتخابات` counts from an event, not a date)
                    if matches!(key(t, i + 1), "التالي" | "السابق")
                        && !t
                            .get(e2)
                            .is_some_and(|n| n.arabic && n.key.starts_with("لل"))
                    {
                        self.push(i, e2, Val::Days(d as i32), false);
                        return Some(e2);
                    }
                }
                // `اليوم الأول من الحرب`, `اليوم الوطني`
                if self.lx(i + 1, Cat::Ord).is_some()
                    || self.lx(i + 1, Cat::ArDir).is_some()
                    || self.lx(i + 1, Cat::OrdLast).is_some()
                {
                    return None;
                }
                if t.get(i + 1)
                    .is_some_and(|n| n.arabic && n.key.starts_with("ال") && !n.space_before)
                {
                    return None;
                }
                if t.get(i + 1).is_some_and(|n| {
                    n.arabic
                        && n.key.starts_with("ال")
                        && !matches!(
                            n.key.as_str(),
                            "الاثنين"
                                | "الثلاثاء"
                                | "الاربعاء"
                                | "الخميس"
                                | "الجمعه"
                                | "السبت"
                                | "الاحد"
                        )
                }) && i > 0
                    && !is_ar(t, i - 1, &["في", "هذا"])
                {
                    // `اليوم العالمي`: an adjective follows
                    self.lx(i + 1, Cat::Weekday)?;
                }
            }
            if tok.arabic
                && matches!(tok.key.as_str(), "غد" | "الغد")
                && e == i + 1
                && !(i > 0 && is_ar(t, i - 1, &["يوم", "صباح", "مساء"]))
            {
                return None;
            }
            let v = Val::Days(d as i32);
            self.push(i, e, v, false);
            return Some(e);
        }
        // English: last/next/this + weekday / month / year
        if let Some((Lex::Dir(d), e)) = self.lx(i, Cat::Dir) {
            let k = key(t, i);
            if let Some((Lex::Weekday(wd), e2)) = self.lx(e, Cat::Weekday) {
                if t[e].arabic {
                    return None;
                }
                let mode = match (k, d) {
                    ("last" | "past" | "previous", _) => WeekdayMode::Last,
                    ("next", _) => WeekdayMode::NextWeek,
                    ("this" | "coming", _) => WeekdayMode::Coming,
                    _ => return None,
                };
                let v = Val::Weekday { wd, mode };
                self.push(i, e2, v, false);
                return Some(e2);
            }
            // `last week's Sunday`
            if key(t, e) == "week" && punct(t.get(e + 1), &['\'', '’']) && key(t, e + 2) == "s" {
                if let Some((Lex::Weekday(wd), e2)) = self.lx(e + 3, Cat::Weekday) {
                    let v = Val::Weekday {
                        wd,
                        mode: WeekdayMode::Week(d as i32),
                    };
                    self.push(i, e2, v, false);
                    return Some(e2);
                }
            }
            // `last week`, `this week`, `next week`, `previous week`
            // (`the last week of March`, `the last week` of a campaign: its final week;
            // `the previous week` counts from a time the story names)
            if matches!(
                k,
                "last" | "next" | "this" | "coming" | "current" | "previous"
            ) && is_word(t, e, &["week"])
                && !is_word(t, e + 1, &["of", "in"])
                && !(i > 0 && is_word(t, i - 1, &["the"]))
            {
                self.push(i, e + 1, Val::Week(d as i32), false);
                return Some(e + 1);
            }
            if matches!(k, "last" | "next" | "this" | "coming" | "current") {
                if let Some((Lex::Unit(u), e2)) = self.lx(e, Cat::Unit) {
                    if !t[e].arabic && matches!(t[e].key.as_str(), "month" | "year" | "yr") {
                        let v = if u == 30 {
                            Val::Month(d as i32)
                        } else {
                            Val::Year(d as i32)
                        };
                        if u == 30 || u == 365 {
                            self.push(i, e2, v, false);
                            return Some(e2);
                        }
                    }
                }
            }
            // `the following year`, `the previous day`: counted from the date the text has just
            // named (resolve reads the anaphoric word), after `the` only
            if matches!(k, "following" | "previous" | "preceding" | "prior")
                && i > 0
                && is_word(t, i - 1, &["the"])
                && t.get(e).is_some_and(|x| !x.arabic)
            {
                let v = match t.get(e).map(|x| x.key.as_str()) {
                    Some("day") => Val::Days(d as i32),
                    Some("week") => Val::Week(d as i32),
                    Some("month") => Val::Month(d as i32),
                    Some("year") => Val::Year(d as i32),
                    _ => return None,
                };
                // `the following day's session` is still that day; `the previous year's figures` too
                self.push(i - 1, e + 1, v, false);
                return Some(e + 1);
            }
            return None;
        }
        // weekday forms
        if let Some((Lex::Weekday(wd), e)) = self.lx(i, Cat::Weekday) {
            let mut start = i;
            if i > 0 && is_ar(t, i - 1, &["يوم"]) {
                start = i - 1;
            }
            if tok.arabic {
                // `الأحد قبل الماضي` (the Sunday before last), `الخميس بعد القادم`
                if let Some((d, e2)) = self.ar_dir2(e) {
                    let mode = if d < 0 {
                        WeekdayMode::Nth(-2)
                    } else {
                        WeekdayMode::AfterNext
                    };
                    self.push(start, e2, Val::Weekday { wd, mode }, false);
                    return Some(e2);
                }
                // `الثلاثاء الماضي`, `الاحد من الاسبوع الماضي`, `ثلاثاء الاسبوع الفائت`
                if let Some((Lex::ArDir(d), e2)) = self.lx(e, Cat::ArDir) {
                    if !matches!(key(t, e), "هذا" | "هذه") {
                        let mode = match d {
                            -1 => WeekdayMode::Last,
                            1 => WeekdayMode::Coming,
                            _ => WeekdayMode::Week(0),
                        };
                        self.push(start, e2, Val::Weekday { wd, mode }, false);
                        return Some(e2);
                    }
                }
                let mut k = e;
                if is_ar(t, k, &["من"]) {
                    k += 1;
                }
                let this = is_ar(t, k, &["هذا"]);
                if this {
                    k += 1;
                }
                if is_ar(t, k, &AR_WEEK) {
                    if this {
                        self.push(
                            start,
                            k + 1,
                            Val::Weekday {
                                wd,
                                mode: WeekdayMode::Week(0),
                            },
                            false,
                        );
                        return Some(k + 1);
                    }
                    if let Some((Lex::ArDir(d), e2)) = self.lx(k + 1, Cat::ArDir) {
                        self.push(
                            start,
                            e2,
                            Val::Weekday {
                                wd,
                                mode: WeekdayMode::Week(d as i32),
                            },
                            false,
                        );
                        return Some(e2);
                    }
                }
                // `الثلاثاء التاسع عشر من هذا الشهر`, `السبت السادس عشر`
                if let Some((Lex::Ord(d), e2)) = self.lx(e, Cat::Ord) {
                    let mut end = e2;
                    let mut months = 0;
                    if is_ar(t, end, &["من"]) {
                        if let Some((k2, e3)) = self.rel_unit(end + 1, 30) {
                            months = k2;
                            end = e3;
                        }
                    }
                    self.push(
                        start,
                        end,
                        Val::MonthShiftDay {
                            months,
                            day: Some(d),
                        },
                        false,
                    );
                    return Some(end);
                }
                if !tok.key.starts_with("ال") && start == i {
                    return None;
                }
                // `صلاة الجمعة`: the Friday prayer, not a date
                if i > 0 && is_ar(t, i - 1, &WEEKDAY_NAMES_AR) {
                    return None;
                }
                let mode = if ar_past_clause(t, start) {
                    WeekdayMode::Past
                } else {
                    WeekdayMode::Bare
                };
                self.push(start, e, Val::Weekday { wd, mode }, false);
                return Some(e);
            }
            // English
            let abbreviated = t[i].key.len() <= 4;
            let mut k = e;
            if punct(t.get(k), &['.']) && !t[k].space_before {
                k += 1;
            }
            // `Tuesday the 19th`, `Tuesday 19th`
            {
                let mut k2 = k;
                if is_word(t, k2, &["the"]) {
                    k2 += 1;
                }
                if let Some(n) = num(t, k2) {
                    if n.ordinal && n.value <= 31 && n.value > 0 {
                        self.push(
                            i,
                            k2 + 1,
                            Val::MonthShiftDay {
                                months: 0,
                                day: Some(n.value as u8),
                            },
                            false,
                        );
                        return Some(k2 + 1);
                    }
                }
            }
            if is_word(t, k, &["of", "from"]) {
                if let Some((Lex::Dir(d), e2)) = self.lx(k + 1, Cat::Dir) {
                    if key(t, e2) == "week" {
                        self.push(
                            i,
                            e2 + 1,
                            Val::Weekday {
                                wd,
                                mode: WeekdayMode::Week(d as i32),
                            },
                            false,
                        );
                        return Some(e2 + 1);
                    }
                }
            }
            if let Some((Lex::Dir(d), e2)) = self.lx(k, Cat::Dir) {
                if key(t, e2) == "week" {
                    self.push(
                        i,
                        e2 + 1,
                        Val::Weekday {
                            wd,
                            mode: WeekdayMode::Week(d as i32),
                        },
                        false,
                    );
                    return Some(e2 + 1);
                }
            }
            if is_word(t, k, &["after"]) && is_word(t, k + 1, &["next"]) {
                self.push(
                    i,
                    k + 2,
                    Val::Weekday {
                        wd,
                        mode: WeekdayMode::AfterNext,
                    },
                    false,
                );
                return Some(k + 2);
            }
            // `said Tuesday`, `spoke on Wednesday`, `met Monday`: news reports look back
            let verb_at = if i >= 2 && is_word(t, i - 1, &["on"]) {
                i - 2
            } else {
                i.wrapping_sub(1)
            };
            // (`met Monday and Tuesday`: the second day too)
            let past = past_verb(t, verb_at)
                || (i >= 2
                    && is_word(t, i - 1, &["and", "or"])
                    && self.out.last().is_some_and(|r| {
                        r.end == t[i - 2].end
                            && matches!(
                                r.val,
                                Val::Weekday {
                                    mode: WeekdayMode::Past,
                                    ..
                                }
                            )
                    }));
            // `Black Friday`, `Super Tuesday`, `Palm Sunday`: names, not dates
            let prev_ok = i == 0
                || t[i].newline_before
                || matches!(t[i - 1].kind, Kind::Punct(_))
                || is_word(t, i - 1, &WEEKDAY_OPENERS)
                || past;
            // `Sun`, `Sat`, `Wed` alone are words (and newspapers), not dates
            if !prev_ok || abbreviated {
                return None;
            }
            let mode = if past {
                WeekdayMode::Past
            } else {
                WeekdayMode::Bare
            };
            self.push(i, e, Val::Weekday { wd, mode }, false);
            return Some(e);
        }
        // Arabic: هذا الاثنين
        if is_ar(t, i, &["هذا", "هذه"]) {
            if let Some((Lex::Weekday(wd), e)) = self.lx(i + 1, Cat::Weekday) {
                self.push(
                    i,
                    e,
                    Val::Weekday {
                        wd,
                        mode: WeekdayMode::Coming,
                    },
                    false,
                );
                return Some(e);
            }
        }
        // Arabic week relative: الأسبوع الماضي, هذا الأسبوع, الأسبوع المقبل
        if tok.arabic {
            if let Some((k, e)) = self.rel_unit(i, 7) {
                // `الأسبوع المقبل يوم الجمعة`, `الأسبوع الماضي الأحد`: that week's day (not when
                // a date follows the weekday: `... يوم الخميس 17 نوفمبر` is read from there)
                let j = if is_ar(t, e, &["يوم"]) { e + 1 } else { e };
                if let Some((Lex::Weekday(wd), e2)) = self.lx(j, Cat::Weekday) {
                    let date_after = num(t, e2).is_some()
                        || self.lx(e2, Cat::Ord).is_some()
                        || self.month(e2).is_some();
                    if t[j].arabic && !t[j].newline_before && !date_after {
                        let v = Val::Weekday {
                            wd,
                            mode: WeekdayMode::Week(k),
                        };
                        self.push(i, e2, v, false);
                        return Some(e2);
                    }
                }
                self.push(i, e, Val::Week(k), false);
                return Some(e);
            }
        }
        // Arabic month/year relative: الشهر الماضي, هذه السنة
        if tok.arabic {
            if let Some((k, e)) = self.rel_unit(i, 30) {
                self.push(i, e, Val::Month(k), false);
                return Some(e);
            }
            if let Some((k, e)) = self.rel_unit(i, 365) {
                if num(t, e).is_none() {
                    self.push(i, e, Val::Year(k), false);
                    return Some(e);
                }
            }
        } else if matches!(tok.key.as_str(), "current") {
            if let Some((k, e)) = self.rel_unit(i, 365) {
                self.push(i, e, Val::Year(k), false);
                return Some(e);
            }
        }
        // Arabic ago/after: منذ ثلاثة أيام, قبل أسبوع, بعد يومين
        if is_ar(t, i, &["منذ", "قبل", "بعد"]) {
            let sign = if tok.key.ends_with("بعد") { 1 } else { -1 };
            let mut k = i + 1;
            let mut count: Option<i32> = None;
            if let Some(n) = num(t, k) {
                if n.digits <= 3 && !n.ordinal {
                    count = Some(n.value as i32);
                    k += 1;
                }
            } else if let Some((Lex::Num(n), e)) = self.lx(k, Cat::Num) {
                if !matches!(key(t, k), "a" | "an") {
                    count = Some(n as i32);
                    k = e;
                }
            }
            let (unit, e) = match self.lx(k, Cat::Dual) {
                Some((Lex::Dual(u), e)) if count.is_none() => {
                    count = Some(2);
                    (u, e)
                }
                _ => match self.lx(k, Cat::Unit) {
                    Some((Lex::Unit(u), e)) if t[k].arabic && !t[k].key.starts_with("ال") => {
                        (u, e)
                    }
                    _ => return None,
                },
            };
            // `منذ عام 1991` is a year
            if num(t, e).is_some() {
                return None;
            }
            let c = count.unwrap_or(1);
            // `منذ سنوات` with no count: vague
            if count.is_none()
                && matches!(
                    t[k].key.as_str(),
                    "ايام" | "اسابيع" | "اشهر" | "شهور" | "سنوات" | "سنين" | "اعوام"
                )
            {
                return None;
            }
            let v = self.shift(sign * c, unit);
            self.push(i, e, v, false);
            return Some(e);
        }
        // English: `two days ago`, `a week ago`, `3 years from today`, `in 1 week`, `three weeks hence`
        {
            let mut k = i;
            let inn = is_word(t, k, &["in"]);
            if inn {
                k += 1;
            }
            let count = if let Some(n) = num(t, k) {
                if n.digits <= 3 && !n.ordinal {
                    Some((n.value as i32, k + 1))
                } else {
                    None
                }
            } else if let Some((Lex::Num(n), e)) = self.lx(k, Cat::Num) {
                (!t[k].arabic).then_some((n as i32, e))
            } else {
                None
            };
            let (c, k2) = count?;
            let Some((Lex::Unit(u), e)) = self.lx(k2, Cat::Unit) else {
                return None;
            };
            if t[k2].arabic {
                return None;
            }
            if is_word(t, e, &["ago", "back"]) {
                let v = self.shift(-c, u);
                self.push(i, e + 1, v, false);
                return Some(e + 1);
            }
            if is_word(t, e, &["hence"]) {
                let v = self.shift(c, u);
                self.push(i, e + 1, v, false);
                return Some(e + 1);
            }
            if is_word(t, e, &["from"]) && is_word(t, e + 1, &["now", "today"]) {
                let v = if u == 365 {
                    Val::MonthShiftDay {
                        months: 12 * c,
                        day: None,
                    }
                } else {
                    self.shift(c, u)
                };
                self.push(i, e + 2, v, false);
                return Some(e + 2);
            }
            if inn && !is_word(t, e, &["of"]) && u <= 7 {
                let v = self.shift(c, u);
                self.push(i, e, v, false);
                return Some(e);
            }
        }
        None
    }

    fn shift(&self, c: i32, unit: u16) -> Val {
        match unit {
            1 => Val::Days(c),
            7 => Val::Days(7 * c),
            30 => Val::MonthShiftDay {
                months: c,
                day: None,
            },
            _ => Val::Year(c),
        }
    }

    /// `20 of next month`, `20th of the current month`, `20th day of next month`, `on the 15th`.
    fn day_of_rel_month(&mut self, i: usize) -> Option<usize> {
        let t = self.t;
        let mut j = i;
        if is_word(t, i, &["on"]) {
            let mut k = i + 1;
            if is_word(t, k, &["the"]) {
                k += 1;
            }
            let d =
                if let Some(n) = num(t, k).filter(|n| n.ordinal && n.value >= 1 && n.value <= 31) {
                    Some((n.value as u8, k + 1))
                } else if k == i + 2 {
                    match self.lx(k, Cat::Ord) {
                        Some((Lex::Ord(d), e)) if !t[k].arabic => Some((d, e)),
                        _ => None,
                    }
                } else {
                    None
                };
            if let Some((d, e)) = d {
                // (`on 5th st.`, `on the 3rd floor`: places, not days)
                let place = t.get(e).is_some_and(|x| {
                    x.kind == Kind::Word
                        && !x.arabic
                        && PLACE_AFTER_ORDINAL.contains(&x.key.as_str())
                });
                if self.month(e).is_none() && !is_word(t, e, &["of", "day"]) && !place {
                    self.push(i, e, Val::DayOfMonth(d), false);
                    return Some(e);
                }
            }
        }
        if is_word(t, j, &["the"]) {
            j += 1;
        }
        // `20th of next month`, `الثاني من الشهر الجاري`, `20 من الشهر الماضي`
        let (day, mut k) = self.day(j)?;
        if num(t, j).is_none() && !t[j].arabic && !is_word(t, j.wrapping_sub(1), &["the"]) {
            return None;
        }
        if is_word(t, k, &["day"]) {
            k += 1;
        }
        // (Arabic may leave `من` out: `14 الشهر المقبل`)
        let k = if is_word(t, k, &["of"]) || is_ar(t, k, &["من"]) {
            k + 1
        } else if (t[j].arabic || t.get(k).is_some_and(|x| x.arabic && x.key.starts_with("ال")))
            // (after a date word only: `قتل 14 الشهر الماضي` counts people)
            && (j == 0
                || is_ar(t, j - 1, &["في", "يوم", "حتي", "منذ", "بتاريخ", "الموافق"])
                || self.lx(j - 1, Cat::Weekday).is_some())
        {
            k
        } else {
            return None;
        };
        let (m, e) = self.rel_unit(k, 30)?;
        self.push(
            i,
            e,
            Val::MonthShiftDay {
                months: m,
                day: Some(day),
            },
            false,
        );
        Some(e)
    }

    /// `901 Rabīʿ I`, `901 Rabīʿ I 12`: a Hijri year written before its month.
    fn year_first_hijri(&mut self, i: usize) -> Option<usize> {
        let t = self.t;
        let y = num(t, i).filter(|n| (3..=4).contains(&n.digits) && !n.ordinal && n.value > 0)?;
        let (cal, m, mut e) = self.month(i + 1)?;
        if cal != Calendar::Hijri || t[i + 1].newline_before {
            return None;
        }
        let mut day = None;
        if let Some(d) = num(t, e).filter(|d| d.digits <= 2 && (1..=30).contains(&d.value)) {
            if !t[e].newline_before && num(t, e + 1).is_none() {
                day = Some(d.value as u8);
                e += 1;
            }
        }
        let v = Val::Date {
            cal: Calendar::Hijri,
            year: YearSpec::Given(y.value as i32),
            month: Some(m),
            day,
        };
        self.push(i, e, v, true);
        Some(e)
    }

    /// `AH 1443`, `A.D. 2019`, `CE 622`: a Latin era marker written before the year.
    fn era_first(&mut self, i: usize) -> Option<usize> {
        let t = self.t;
        let tok = t.get(i)?;
        if tok.arabic || tok.kind != Kind::Word || !tok.cap {
            return None;
        }
        let (era, e) = self.era(i)?;
        if e == i + 1 && !matches!(tok.key.as_str(), "ah" | "ad" | "ce") {
            return None;
        }
        let n = num(t, e).filter(|n| (3..=4).contains(&n.digits) && !n.ordinal && n.value > 0)?;
        if t[e].newline_before || num(t, e + 1).is_some() || punct(t.get(e + 1), &['%', '/']) {
            return None;
        }
        let cal = if era == Era::Hijri {
            Calendar::Hijri
        } else {
            Calendar::Gregorian
        };
        let y = if era == Era::Bc {
            bc_year(n.value)
        } else {
            n.value as i32
        };
        let v = Val::Date {
            cal,
            year: YearSpec::Given(y),
            month: None,
            day: None,
        };
        self.push(i, e + 1, v, true);
        Some(e + 1)
    }

    /// `the week of 5 January 2022`, `the week beginning 3 January`, `أسبوع 5 يناير`: the week
    /// holding a day.
    fn week_of(&mut self, i: usize) -> Option<usize> {
        let t = self.t;
        let mut j = i;
        if is_word(t, j, &["the"]) {
            j += 1;
        }
        let k = if is_word(t, j, &["week"]) {
            if !is_word(
                t,
                j + 1,
                &["of", "beginning", "starting", "commencing", "ending"],
            ) {
                return None;
            }
            j + 2
        } else if j == i && is_ar(t, j, &["اسبوع"]) {
            j + 1
        } else {
            return None;
        };
        if t.get(k).is_none_or(|x| x.newline_before) {
            return None;
        }
        let before = self.out.len();
        let end = self
            .numeric(k)
            .or_else(|| self.day_month(k))
            .or_else(|| self.month_first(k))?;
        // one date with its day, else not a week
        let one_day = self.out.len() == before + 1
            && self.out.last().is_some_and(|r| match r.val {
                Val::Date { day, .. } => day.is_some(),
                Val::Numeric { .. } => true,
                _ => false,
            });
        if !one_day {
            self.out.truncate(before);
            return None;
        }
        if let Some(r) = self.out.last_mut() {
            r.start = t[i].start;
            r.week = true;
        }
        Some(end)
    }

    /// `the end of the year`, `the beginning of the month`, `أواخر العام`, `منتصف الشهر`: a part
    /// of the reference's year, month or week, read back from the unit word at `i`.
    fn part_of_unit(&mut self, i: usize) -> Option<usize> {
        let t = self.t;
        let tok = t.get(i)?;
        if tok.kind != Kind::Word || i == 0 || tok.newline_before {
            return None;
        }
        let val = if tok.arabic {
            match tok.key.as_str() {
                "العام" | "السنه" => Val::Year(0),
                "الشهر" => Val::Month(0),
                "الاسبوع" => Val::Week(0),
                _ => return None,
            }
        } else {
            match tok.key.as_str() {
                "year" => Val::Year(0),
                "month" => Val::Month(0),
                "week" => Val::Week(0),
                _ => return None,
            }
        };
        // a year or a direction after it is another date (`the end of the year 2020`,
        // `أواخر العام الماضي`)
        if num(t, i + 1).is_some()
            || self.lx(i + 1, Cat::ArDir).is_some()
            || punct(t.get(i + 1), &['\'', '’'])
        {
            return None;
        }
        // `السنة الهجرية 1444`, `العام الدراسي`: an adjective makes it another year
        if tok.arabic
            && t.get(i + 1).is_some_and(|x| {
                x.kind == Kind::Word && x.arabic && x.key.starts_with("ال") && !x.newline_before
            })
        {
            return None;
        }
        let (part, start) = if tok.arabic {
            (part_word(t, i - 1)?, i - 1)
        } else {
            // [the] end|beginning|start|middle of [the] year, early|late in the year
            let mut j = i - 1;
            if is_word(t, j, &["the"]) && j > 0 {
                j -= 1;
            }
            if is_word(t, j, &["in"]) && j > 0 && is_word(t, j - 1, &["early", "late"]) {
                let q = j - 1;
                let part = part_word(t, q)?;
                let k = self.push(q, i + 1, val, false);
                if let Some(r) = self.out.get_mut(k) {
                    r.part = Some(part);
                }
                return Some(i + 1);
            }
            if !is_word(t, j, &["of"]) || j == 0 {
                return None;
            }
            let q = j - 1;
            if !is_word(t, q, &["end", "beginning", "start", "middle", "close"]) {
                return None;
            }
            let part = part_word(t, q)?;
            let start = if q > 0 && is_word(t, q - 1, &["the"]) {
                q - 1
            } else {
                q
            };
            (part, start)
        };
        let k = self.push(start, i + 1, val, false);
        if let Some(r) = self.out.get_mut(k) {
            r.part = Some(part);
        }
        Some(i + 1)
    }

    /// `the upcoming two days`, `2 upcoming months` (the day, month or year that many units
    /// ahead), `3 Fridays from now`, `two Thursdays ago` (the nth such weekday after or before
    /// the reference).
    fn counted(&mut self, i: usize) -> Option<usize> {
        let t = self.t;
        let tok = t.get(i)?;
        if tok.arabic {
            return self.counted_ar(i);
        }
        let count = |k: usize| -> Option<(i32, usize)> {
            if let Some(n) = num(t, k) {
                return (n.digits <= 3 && !n.ordinal && n.value > 0)
                    .then_some((n.value as i32, k + 1));
            }
            match self.lx(k, Cat::Num) {
                Some((Lex::Num(n), e)) if !t[k].arabic && !matches!(key(t, k), "a" | "an") => {
                    Some((n as i32, e))
                }
                _ => None,
            }
        };
        let up = |k: usize| is_word(t, k, &["upcoming", "coming"]);
        let mut j = i;
        if is_word(t, j, &["the"]) {
            j += 1;
        }
        // `upcoming two days`, `two upcoming days`
        let ahead = if up(j) {
            count(j + 1)
        } else {
            count(j).filter(|&(_, k)| up(k)).map(|(c, k)| (c, k + 1))
        };
        if let Some((c, k)) = ahead {
            if let Some((Lex::Unit(u), e)) = self.lx(k, Cat::Unit) {
                if !t[k].arabic {
                    let v = match u {
                        1 => Val::Days(c),
                        7 => Val::Days(7 * c),
                        30 => Val::Month(c),
                        _ => Val::Year(c),
                    };
                    self.push(i, e, v, false);
                    return Some(e);
                }
            }
            return None;
        }
        if j != i {
            return None;
        }
        // `3 Fridays from now`, `two Thursdays ago`
        let (c, k) = count(i)?;
        let wd = [
            "mondays",
            "tuesdays",
            "wednesdays",
            "thursdays",
            "fridays",
            "saturdays",
            "sundays",
        ]
        .iter()
        .position(|w| key(t, k) == *w)? as u8;
        let (n, e) = if is_word(t, k + 1, &["from"]) && is_word(t, k + 2, &["now", "today"]) {
            (c, k + 3)
        } else if is_word(t, k + 1, &["ago", "back"]) {
            (-c, k + 2)
        } else if is_word(t, k + 1, &["hence"]) {
            (c, k + 2)
        } else {
            return None;
        };
        self.push(
            i,
            e,
            Val::Weekday {
                wd,
                mode: WeekdayMode::Nth(n),
            },
            false,
        );
        Some(e)
    }

    /// `اليومين المقبلين`, `الأسبوعين القادمين`: the Arabic `upcoming two days`.
    fn counted_ar(&mut self, i: usize) -> Option<usize> {
        let t = self.t;
        let tok = t.get(i)?;
        let k = tok.key.as_str();
        let k = k
            .strip_prefix("ال")
            .or_else(|| k.strip_prefix("وال"))
            .or_else(|| k.strip_prefix("بال"))?;
        let (c, u, e) = match k {
            "يومين" => (2, 1, i + 1),
            "اسبوعين" => (2, 7, i + 1),
            "شهرين" => (2, 30, i + 1),
            "سنتين" | "عامين" => (2, 365, i + 1),
            _ => return None,
        };
        // only ahead: `المقبلين`, `القادمة`
        let (d, e2) = match self.lx(e, Cat::ArDir) {
            Some((Lex::ArDir(d), e2)) => (d, e2),
            _ => return None,
        };
        if d != 1 {
            return None;
        }
        let v = match u {
            1 => Val::Days(c),
            7 => Val::Days(7 * c),
            30 => Val::Month(c),
            _ => Val::Year(c),
        };
        self.push(i, e2, v, false);
        Some(e2)
    }

    /// `three days after Eid al-Fitr 2022`, `a week before 5 January`, `بعد يومين من عيد الأضحى`:
    /// a day counted from a date the text gives (not from the reference).
    fn days_from_date(&mut self, i: usize) -> Option<usize> {
        let t = self.t;
        let tok = t.get(i)?;
        let ar = tok.arabic;
        // Arabic: `بعد/قبل` first
        let (mut sign, mut k) = (0, i);
        if ar {
            sign = match tok.key.as_str() {
                "بعد" => 1,
                "قبل" => -1,
                _ => return None,
            };
            k += 1;
        }
        let (c, k) = if let Some(n) = num(t, k) {
            if n.digits > 2 || n.ordinal || n.value == 0 {
                return None;
            }
            let c = n.value as i32;
            match self.lx(k + 1, Cat::Unit) {
                Some((Lex::Unit(u @ (1 | 7)), e)) if t[k + 1].arabic == ar => (c * u as i32, e),
                _ => return None,
            }
        } else if let Some((Lex::Dual(u @ (1 | 7)), e)) = self.lx(k, Cat::Dual) {
            if !ar {
                return None;
            }
            (2 * u as i32, e)
        } else {
            let (n, e) = match self.lx(k, Cat::Num) {
                Some((Lex::Num(n), e)) if t[k].arabic == ar => (n as i32, e),
                _ if ar => (1, k),
                _ => return None,
            };
            match self.lx(e, Cat::Unit) {
                Some((Lex::Unit(u @ (1 | 7)), e2)) if t[e].arabic == ar => (n * u as i32, e2),
                _ => return None,
            }
        };
        let mut k = k;
        if ar {
            if !is_ar(t, k, &["من", "علي"]) {
                return None;
            }
            k += 1;
        } else {
            sign = match key(t, k) {
                "after" | "following" => 1,
                "before" => -1,
                _ => return None,
            };
            k += 1;
            if is_word(t, k, &["the"]) {
                k += 1;
            }
        }
        let (end, day_level) = self.anchor_date(k)?;
        if day_level {
            if let Some(r) = self.out.last_mut() {
                r.start = t[i].start;
                r.offset_days = sign * c;
            }
        }
        Some(end)
    }

    /// The date a counted expression is anchored on, read at token `k` (on the same line): its
    /// end, and whether it was read as one mention of a single day (the only anchor the count
    /// can move).
    fn anchor_date(&mut self, k: usize) -> Option<(usize, bool)> {
        let t = self.t;
        if t.get(k).is_none_or(|x| x.newline_before) {
            return None;
        }
        let before = self.out.len();
        let end = self
            .numeric(k)
            .or_else(|| self.day_month(k))
            .or_else(|| self.month_first(k))
            .or_else(|| self.occasion(k))?;
        let day_level = self.out.len() == before + 1
            && self.out.last().is_some_and(|r| match r.val {
                Val::Date { day, .. } => day.is_some(),
                Val::Numeric { .. } | Val::Holiday { .. } => true,
                Val::Occasion { hd, .. } => hd > 0,
                _ => false,
            });
        Some((end, day_level))
    }

    /// `the third Tuesday after Christmas 2014`, `the first Friday after Eid al-Adha`,
    /// `ثالث ثلاثاء بعد كريسماس 2014`: the nth weekday after (before) a date the text gives.
    fn weekday_from_date(&mut self, i: usize) -> Option<usize> {
        let t = self.t;
        let mut j = i;
        if is_word(t, j, &["on"]) {
            j += 1;
        }
        let start = j;
        if is_word(t, j, &["the"]) {
            j += 1;
        }
        let (n, k) = if let Some(n) = num(t, j) {
            if !n.ordinal || n.value == 0 || n.value > 5 {
                return None;
            }
            (n.value as i8, j + 1)
        } else if let Some((Lex::OrdLast, e)) = self.lx(j, Cat::OrdLast) {
            // `the last Monday before 5 May`: the nearest one before
            (1, e)
        } else {
            match self.lx(j, Cat::Ord) {
                Some((Lex::Ord(n), e)) if n <= 5 => (n as i8, e),
                _ => return None,
            }
        };
        let Some((Lex::Weekday(wd), k)) = self.lx(k, Cat::Weekday) else {
            return None;
        };
        let ar = t[j].arabic;
        let sign = if ar {
            match key(t, k) {
                "بعد" => 1,
                "قبل" => -1,
                _ => return None,
            }
        } else {
            match key(t, k) {
                "after" | "following" => 1,
                "before" => -1,
                _ => return None,
            }
        };
        let mut k = k + 1;
        if is_word(t, k, &["the"]) {
            k += 1;
        }
        let (end, day_level) = self.anchor_date(k)?;
        if day_level {
            if let Some(r) = self.out.last_mut() {
                r.start = t[start].start;
                r.nth_weekday = Some((sign * n, wd));
            }
        }
        Some(end)
    }

    /// `on the eve of Eid al-Fitr 2022`, `عشية عيد الأضحى`: the day before a date the text gives.
    fn eve_of(&mut self, i: usize) -> Option<usize> {
        let t = self.t;
        let tok = t.get(i)?;
        let k = if tok.arabic {
            if !is_ar(t, i, &["عشيه"]) {
                return None;
            }
            i + 1
        } else {
            let mut j = i;
            if is_word(t, j, &["on"]) {
                j += 1;
            }
            if is_word(t, j, &["the"]) {
                j += 1;
            }
            if !is_word(t, j, &["eve"]) || !is_word(t, j + 1, &["of"]) {
                return None;
            }
            let mut k = j + 2;
            if is_word(t, k, &["the"]) {
                k += 1;
            }
            k
        };
        let (end, day_level) = self.anchor_date(k)?;
        if day_level {
            let start = if tok.arabic || !is_word(t, i, &["on"]) {
                i
            } else {
                i + 1
            };
            if let Some(r) = self.out.last_mut() {
                r.start = t[start].start;
                r.offset_days = -1;
            }
        }
        Some(end)
    }

    /// `last Ramadan`, `next Muharram`: the last (next) such Hijri month before (after) the
    /// reference.
    fn hijri_month_dir(&mut self, i: usize) -> Option<usize> {
        let t = self.t;
        let occ = match key(t, i) {
            "last" | "previous" => Occ::Last,
            "next" | "coming" => Occ::Next,
            _ => return None,
        };
        if t[i].arabic {
            return None;
        }
        let (cal, m, e) = self.month(i + 1)?;
        if cal != Calendar::Hijri || !t[i + 1].cap || self.year_after(e).is_some() {
            return None;
        }
        let v = Val::Occasion {
            hm: m,
            hd: 0,
            occ,
            hijri_year: false,
        };
        self.push(i, e, v, false);
        Some(e)
    }

    /// A month without its year followed by an Arabic direction word (`نوفمبر الماضي`,
    /// `في 5 آذار المقبل`, `رمضان الماضي`): the last (next) such month before (after) the
    /// reference.
    fn mark_month_dirs(&mut self) {
        let t = self.t;
        let mut drop: Vec<usize> = Vec::new();
        for k in 0..self.out.len() {
            if drop.last() == Some(&k) {
                continue;
            }
            let r = &self.out[k];
            let (month, day, hijri) = match r.val {
                Val::MonthName {
                    month,
                    occ: Occ::Year(YearSpec::Ref(0) | YearSpec::Missing),
                    day,
                } => (month, day, false),
                Val::Date {
                    cal,
                    year: YearSpec::Missing,
                    month: Some(month),
                    day,
                } => (month, day, cal == Calendar::Hijri),
                _ => continue,
            };
            let j = t.partition_point(|x| x.start < r.end);
            let Some(tok) = t.get(j) else { continue };
            if !tok.arabic || tok.newline_before || matches!(tok.key.as_str(), "هذا" | "هذه")
            {
                continue;
            }
            // `نوفمبر من العام الماضي`: the year relative to the reference's
            if is_ar(t, j, &AR_OF) {
                let Some((y, e)) = self.rel_unit(j + 1, 365) else {
                    continue;
                };
                let end = t[e - 1].end;
                let r = &mut self.out[k];
                r.val = if hijri {
                    Val::Occasion {
                        hm: month,
                        hd: day.unwrap_or(0),
                        occ: Occ::Year(YearSpec::Ref(y)),
                        hijri_year: false,
                    }
                } else {
                    Val::MonthName {
                        month,
                        occ: Occ::Year(YearSpec::Ref(y)),
                        day,
                    }
                };
                r.end = end;
                // the year read on its own before
                if self.out.get(k + 1).is_some_and(|n| n.start < end) {
                    drop.push(k + 1);
                }
                continue;
            }
            let Some((Lex::ArDir(d), e)) = self.lx(j, Cat::ArDir) else {
                continue;
            };
            if self.out.get(k + 1).is_some_and(|n| n.start < t[e - 1].end) {
                continue;
            }
            let occ = match d {
                -1 => Occ::Last,
                1 => Occ::Next,
                _ => Occ::Year(YearSpec::Ref(0)),
            };
            let end = t[e - 1].end;
            let r = &mut self.out[k];
            if hijri {
                // `رمضان الماضي`: the last Ramadan begun before the reference (`الجاري` stays
                // the reference's Hijri year)
                if d == 0 {
                    continue;
                }
                r.val = Val::Occasion {
                    hm: month,
                    hd: day.unwrap_or(0),
                    occ,
                    hijri_year: false,
                };
            } else {
                r.val = Val::MonthName { month, occ, day };
            }
            r.end = end;
        }
        if !drop.is_empty() {
            let mut k = 0;
            self.out.retain(|_| {
                k += 1;
                !drop.contains(&(k - 1))
            });
        }
    }

    /// A weekday named with a day of the month (`Thursday the 15th`, `السبت السادس عشر`), or
    /// after a date without its year (`Jul 18, Fri`): the weekday picks the month or the year.
    fn mark_weekdays(&mut self) {
        let t = self.t;
        for k in 0..self.out.len() {
            let r = &self.out[k];
            if r.weekday.is_some() {
                continue;
            }
            let i = t.partition_point(|x| x.start < r.start);
            match r.val {
                Val::MonthShiftDay {
                    months: 0,
                    day: Some(_),
                } => {
                    let mut j = i;
                    if is_ar(t, j, &["يوم"]) {
                        j += 1;
                    }
                    if let Some((Lex::Weekday(wd), _)) = self.lx(j, Cat::Weekday) {
                        self.out[k].weekday = Some(wd);
                    }
                }
                Val::Date {
                    year: YearSpec::Missing,
                    day: Some(_),
                    ..
                } => {
                    // `Jul 18, Fri`, `Jul 18 (Friday)`
                    let mut j = t.partition_point(|x| x.start < r.end);
                    if punct(t.get(j), &[',', '،', '(']) {
                        j += 1;
                    }
                    let Some((Lex::Weekday(wd), mut e)) = self.lx(j, Cat::Weekday) else {
                        continue;
                    };
                    if t[j].newline_before
                        || self.out.get(k + 1).is_some_and(|n| n.start <= t[j].start)
                    {
                        continue;
                    }
                    if punct(t.get(e), &['.']) && !t[e].space_before {
                        e += 1;
                    }
                    if punct(t.get(e), &[')']) {
                        e += 1;
                    }
                    let end = t[e - 1].end;
                    let r = &mut self.out[k];
                    r.weekday = Some(wd);
                    r.end = end;
                }
                _ => {}
            }
        }
    }

    /// Any date starting at token `i`; the index after it.
    ///
    /// Most attempts fail, so each parser is entered only when the token at `i` can start it:
    /// its kind (number, English or Arabic word), its key for the few function words a parser
    /// reads first (`the`, `on`), and the lexicon categories of its entries (`tok.cats`: what
    /// `lx` would find there). Each guard is the first lines of its parser read back; a guard
    /// that lets a token through only costs the parser's own (failing) check.
    fn at(&mut self, i: usize) -> Option<usize> {
        let t = self.t;
        let tok = t.get(i)?;
        let is_num = tok.kind == Kind::Num;
        let word = tok.kind == Kind::Word;
        let ar = word && tok.arabic;
        let en = word && !tok.arabic;
        let key = tok.key.as_str();
        // the lexicon categories `lx(i, _)` can find (none on a token without entries)
        let cats = if tok.hit == Some(true) { tok.cats } else { 0 };
        let has = |cs: &[Cat]| cs.iter().any(|&c| cats & (1u16 << c as u16) != 0);
        // `اليوم` / `يوم`, which a few parsers read before an ordinal or a weekday
        let yawm = ar && is_ar(t, i, &["اليوم", "يوم"]);
        if (en && matches!(key, "the" | "week")) || ar {
            if let Some(e) = self.week_of(i) {
                return Some(e);
            }
        }
        if word {
            if let Some(e) = self.part_of_unit(i) {
                return Some(e);
            }
        }
        if tok.arabic
            || is_num
            || has(&[Cat::Num])
            || (word && matches!(key, "the" | "upcoming" | "coming"))
        {
            if let Some(e) = self.counted(i) {
                return Some(e);
            }
        }
        let from_date = if tok.arabic {
            word && matches!(key, "بعد" | "قبل")
        } else {
            is_num || has(&[Cat::Dual, Cat::Num])
        };
        if from_date {
            if let Some(e) = self.days_from_date(i) {
                return Some(e);
            }
        }
        if (is_num && tok.ordinal)
            || (word && matches!(key, "on" | "the"))
            || has(&[Cat::Ord, Cat::OrdLast])
        {
            if let Some(e) = self.weekday_from_date(i) {
                return Some(e);
            }
        }
        if en {
            if let Some(e) = self.hijri_month_dir(i) {
                return Some(e);
            }
        }
        if word {
            if let Some(e) = self.eve_of(i) {
                return Some(e);
            }
        }
        // weekday prefix before an absolute date: `Thursday, January 6, 2022`, `الخميس ٦ يناير`
        let mut j = i;
        if t[i].arabic && self.lx(i, Cat::Weekday).is_some() {
            if let Some(e) = self.nth(i) {
                return Some(e);
            }
        }
        if yawm && is_ar(t, j, &["يوم"]) && self.lx(j + 1, Cat::Weekday).is_some() {
            j += 1;
        }
        // (no weekday here nor after `يوم` unless the token is Arabic or has a weekday entry)
        let weekday = if yawm || has(&[Cat::Weekday]) {
            self.lx(j, Cat::Weekday)
        } else {
            None
        };
        if let Some((Lex::Weekday(wd), e)) = weekday {
            let mut k = e;
            if punct(t.get(k), &['.']) && !t[k].space_before {
                k += 1;
            }
            if punct(t.get(k), &[',', '،']) {
                k += 1;
            }
            if is_word(t, k, &["the"]) && num(t, k + 1).is_some_and(|n| !n.ordinal) {
                k += 1;
            }
            if is_ar(t, k, &["الموافق", "في"]) {
                k += 1;
            }
            let before = self.out.len();
            let got = self
                .numeric(k)
                .or_else(|| self.day_month(k))
                .or_else(|| self.month_first(k))
                // `الخميس 17 من الشهر الجاري`, `Thursday the 17th of next month`
                .or_else(|| self.day_of_rel_month(k));
            if let Some(end) = got {
                if let Some(r) = self.out.get_mut(before) {
                    r.start = t[i].start;
                }
                if let Some(r) = self.out.last_mut() {
                    r.weekday = Some(wd);
                }
                return Some(end);
            }
        }
        let the = en && key == "the";
        if the || yawm || (is_num && tok.ordinal) || has(&[Cat::Ord, Cat::OrdLast, Cat::Weekday]) {
            if let Some(e) = self.nth(i) {
                return Some(e);
            }
        }
        if is_num || has(&[Cat::Ord]) || (word && matches!(key, "on" | "the")) {
            if let Some(e) = self.day_of_rel_month(i) {
                return Some(e);
            }
        }
        if is_num {
            if let Some(e) = self.numeric(i) {
                return Some(e);
            }
            if let Some(e) = self.year_first_hijri(i) {
                return Some(e);
            }
        }
        if en {
            if let Some(e) = self.era_first(i) {
                return Some(e);
            }
        }
        if is_num || yawm || the || has(&[Cat::Ord]) {
            if let Some(e) = self.day_month(i) {
                return Some(e);
            }
        }
        if has(&[Cat::Month, Cat::HMonth]) || (ar && is_ar(t, i, &AR_MONTH)) {
            if let Some(e) = self.month_first(i) {
                return Some(e);
            }
        }
        if is_num {
            if let Some(e) = self.year_alone(i) {
                return Some(e);
            }
        }
        // (a direction word starts an occasion only as `next` / `last` / `this`)
        if has(&[Cat::Occasion, Cat::Holiday])
            || (has(&[Cat::Dir]) && matches!(key, "next" | "last" | "this"))
        {
            if let Some(e) = self.occasion(i) {
                return Some(e);
            }
        }
        if tok.arabic
            || is_num
            || has(&[Cat::RelDay, Cat::Dir, Cat::Weekday, Cat::Num])
            || (word && key == "in")
        {
            return self.relative(i);
        }
        None
    }
}

static PAST_VERBS_EN: Words = LazyLock::new(|| words("past_verbs_en"));

/// A past-tense English verb at `i` (`said`, `met`, `announced`): a lowercase word from the
/// list of irregular past forms, or a regular `-ed` form; not a participle after `be`, `will`,
/// `is` (`will be signed`, `is scheduled`).
fn past_verb(t: &[Tok], i: usize) -> bool {
    let aux = i > 0
        && is_word(
            t,
            i - 1,
            &[
                "be", "is", "are", "am", "will", "to", "being", "shall", "would",
            ],
        );
    !aux && t.get(i).is_some_and(|x| {
        x.kind == Kind::Word
            && !x.arabic
            && !x.cap
            && !x.newline_before
            && (PAST_VERBS_EN.contains(&x.key.as_str())
                || (x.key.len() >= 5 && x.key.ends_with("ed")))
    })
}

static PAST_VERBS_AR: Words = LazyLock::new(|| words("past_verbs_ar"));

/// `قال الوزير، الثلاثاء، إن ...`, `أعلنت الوزارة الأحد`: the clause before token `i` is led
/// by a past-tense verb (within eight tokens, not across a sentence end or the `أن`/`إن`
/// that opens reported speech, whose own tense may be future).
fn ar_past_clause(t: &[Tok], i: usize) -> bool {
    for k in (i.saturating_sub(8)..i).rev() {
        let x = &t[k];
        match x.kind {
            Kind::Punct('.' | '؟' | '?' | '!' | ':' | '«' | '"' | '“') => return false,
            Kind::Word if is_ar(t, k, &["ان", "بان", "انه", "انها", "سوف"]) => {
                return false
            }
            Kind::Word if is_ar(t, k, &PAST_VERBS_AR) => return true,
            _ => {}
        }
        if x.newline_before {
            return false;
        }
    }
    false
}

fn expand_year(v: u32, digits: u8) -> i32 {
    if digits == 2 {
        if v < 50 {
            2000 + v as i32
        } else {
            1900 + v as i32
        }
    } else {
        v as i32
    }
}

/// Recognizes the dates in `t`.
pub(crate) fn recognize(t: &mut [Tok]) -> Vec<Raw> {
    let lex = lexicon();
    for tok in t.iter_mut() {
        let lists = lex.hit_lists(tok);
        tok.hit = Some(lists.is_some());
        tok.cats = lists.map_or(0, |l| lex.cats_of(l));
        tok.lists = lists;
    }
    let t: &[Tok] = t;
    let mut p = P {
        t,
        lex,
        out: Vec::new(),
    };
    let mut i = 0;
    while i < t.len() {
        // only numbers, lexicon words and a few openers start a date
        let tok = &t[i];
        // (the cheap test on the next tokens first: most words are followed by plain words)
        let starter = tok.kind == Kind::Num
            || tok.hit == Some(true)
            || (tok.kind == Kind::Word
                && t[i + 1..]
                    .iter()
                    .take(3)
                    .any(|x| x.kind == Kind::Num || x.hit == Some(true))
                && STARTERS.contains(&tok.key.as_str()));
        if !starter {
            i += 1;
            continue;
        }
        match p.at(i) {
            Some(e) if e > i => i = e,
            _ => i += 1,
        }
    }
    share_range_year(t, &mut p.out);
    p.mark_weekdays();
    p.mark_month_dirs();
    drop_anniversaries(t, &mut p.out);
    drop_event_names(t, &mut p.out);
    drop_before_hijra(t, &mut p.out);
    mark_parts(t, &mut p.out);
    join_deictic_weekday(t, &mut p.out);
    link_duals(t, &mut p.out);
    mark_past(t, &mut p.out);
    p.out
}

/// `اليوم الأربعاء`, `أمس الثلاثاء`, `today, Wednesday`, `yesterday (Tuesday)`: a day word and the
/// weekday that names the same day are one mention (the news formula), counted from the
/// reference like the day word alone, the weekday kept beside it.
fn join_deictic_weekday(t: &[Tok], out: &mut Vec<Raw>) {
    let mut joined = false;
    for k in 0..out.len().saturating_sub(1) {
        let (a, b) = (&out[k], &out[k + 1]);
        let (
            Val::Days(-1..=1),
            Val::Weekday {
                wd,
                mode: WeekdayMode::Bare | WeekdayMode::Past,
            },
        ) = (a.val, b.val)
        else {
            continue;
        };
        // (before `link_duals`: no index into the list is held yet)
        if a.weekday.is_some() || a.end > b.start {
            continue;
        }
        let from = t.partition_point(|x| x.start < a.end);
        let to = t.partition_point(|x| x.start < b.start);
        if !t
            .get(to)
            .is_some_and(|w| w.start == b.start && !w.newline_before)
        {
            continue;
        }
        let sep = &t[from..to];
        if sep.len() > 1 || !sep.iter().all(|x| punct(Some(x), &[',', '،', '('])) {
            continue;
        }
        // `(Tuesday)`: the closing bracket goes with the mention
        let after = t.partition_point(|x| x.start < b.end);
        let bracketed = sep.first().is_some_and(|x| punct(Some(x), &['(']));
        let end = match t.get(after) {
            Some(c) if bracketed && punct(Some(c), &[')']) => c.end,
            _ if bracketed => continue,
            _ => b.end,
        };
        out[k].end = end;
        out[k].weekday = Some(wd);
        // the weekday's own mention is dropped below
        out[k + 1].start = usize::MAX;
        joined = true;
    }
    if joined {
        out.retain(|r| r.start != usize::MAX);
    }
}

/// Marks the dates without a year that a past-tense verb introduces: `was signed on December
/// 28`, `met in March`, `وقع الاتفاق في 28 ديسمبر`, `was released on the 5th`.
fn mark_past(t: &[Tok], out: &mut [Raw]) {
    for r in out.iter_mut() {
        if !matches!(
            r.val,
            Val::Date {
                cal: Calendar::Gregorian,
                year: YearSpec::Missing,
                month: Some(_),
                ..
            } | Val::DayOfMonth(_)
                | Val::MonthName {
                    occ: Occ::Year(YearSpec::Missing),
                    ..
                }
        ) {
            continue;
        }
        let i = t.partition_point(|x| x.start < r.start);
        let Some(first) = t.get(i) else { continue };
        let arabic = first.arabic || (i > 0 && t[i - 1].arabic);
        r.past = if arabic {
            ar_past_clause(t, i)
        } else {
            let v = if i >= 1 && is_word(t, i - 1, &["on", "in", "since"]) {
                i.wrapping_sub(2)
            } else {
                i.wrapping_sub(1)
            };
            past_verb(t, v)
        };
    }
}

/// The part a qualifier word at `i` names: `early`, `mid-`, `late`, `beginning`, `end`,
/// `أوائل`, `مطلع`, `منتصف`, `أواخر`, `نهاية`.
fn part_word(t: &[Tok], i: usize) -> Option<Part> {
    let tok = t.get(i)?;
    if tok.kind != Kind::Word {
        return None;
    }
    if tok.arabic {
        return if is_ar(t, i, &PART_EARLY_AR) {
            Some(Part::Early)
        } else if is_ar(t, i, &PART_MID_AR) {
            Some(Part::Mid)
        } else if is_ar(t, i, &PART_LATE_AR) {
            Some(Part::Late)
        } else {
            None
        };
    }
    match tok.key.as_str() {
        "early" | "beginning" | "start" => Some(Part::Early),
        "mid" | "middle" => Some(Part::Mid),
        "late" | "end" | "close" => Some(Part::Late),
        _ => None,
    }
}

/// `في مثل هذا اليوم من عام 1948` (on this day in 1948): an anniversary, not today.
fn drop_anniversaries(t: &[Tok], out: &mut Vec<Raw>) {
    out.retain(|r| {
        if r.val != Val::Days(0) {
            return true;
        }
        let i = t.partition_point(|x| x.start < r.start);
        !(i > 0 && is_ar(t, i - 1, &["مثل"]))
    });
}

/// `5 January to 8 February 2019`, `Jan 5 to Jan 8, 2019`, `من 28 ديسمبر إلى 3 يناير 2019`:
/// a range of days whose year is written once, after the last, gives the first its year (the
/// year before when its month comes later: `28 December to 3 January 2019`).
fn share_range_year(t: &[Tok], out: &mut [Raw]) {
    for k in 1..out.len() {
        let (head, tail) = out.split_at_mut(k);
        let (Some(a), Some(b)) = (head.last_mut(), tail.first()) else {
            continue;
        };
        let (
            Val::Date {
                cal: ca,
                year: YearSpec::Missing,
                month: Some(ma),
                day: Some(_),
            },
            Val::Date {
                cal: cb,
                year: YearSpec::Given(y),
                month: Some(mb),
                day: Some(_),
            },
        ) = (&a.val, &b.val)
        else {
            continue;
        };
        if ca != cb || a.end > b.start {
            continue;
        }
        // only a link between them: `to`, `until`, `-`, `–`, `إلى`, `حتى`, `and`, `و`
        let first = t.partition_point(|x| x.start < a.end);
        let between: Vec<&Tok> = t[first..]
            .iter()
            .take_while(|x| x.end <= b.start)
            .take(3)
            .collect();
        let link = match between.as_slice() {
            [x] => {
                is_dash(x)
                    || (x.kind == Kind::Word
                        && (matches!(
                            x.key.as_str(),
                            "to" | "until" | "till" | "through" | "thru" | "and"
                        ) || (x.arabic && is_ar(t, first, &["الي", "حتي", "و"]))))
            }
            // `to the 8th of February 2019`
            [x, y] => {
                x.kind == Kind::Word
                    && matches!(x.key.as_str(), "to" | "until" | "till" | "through")
                    && y.key == "the"
            }
            _ => false,
        };
        if !link || between.iter().any(|x| x.newline_before) {
            continue;
        }
        let year = if ma > mb { *y - 1 } else { *y };
        if let Val::Date { year: ya, .. } = &mut a.val {
            *ya = YearSpec::Given(year);
        }
    }
}

/// `the January 6 riot`, `هجمات 11 سبتمبر`: a day and month without a year that names a past
/// event is not that day this year; the mention is dropped rather than given the wrong year.
fn drop_event_names(t: &[Tok], out: &mut Vec<Raw>) {
    out.retain(|r| {
        if !matches!(
            r.val,
            Val::Date {
                year: YearSpec::Missing,
                day: Some(_),
                ..
            }
        ) {
            return true;
        }
        let i = t.partition_point(|x| x.start < r.start);
        let e = t.partition_point(|x| x.start < r.end);
        let after = t.get(e).is_some_and(|x| {
            x.kind == Kind::Word
                && !x.arabic
                && !x.newline_before
                && EVENT_NOUNS_EN.contains(&x.key.as_str())
        });
        let before = i > 0 && t[i - 1].arabic && is_ar(t, i - 1, &EVENT_NOUNS_AR);
        !(after || before)
    });
}

/// `53 BH`, `عام 13 قبل الهجرة`, `12 Rabi' al-Awwal 53 BH`: a year counted back from the
/// Hijra. The Hijri calendars here start at 1 AH, so such a mention is dropped, with the day and
/// month written before its year, rather than read as the Gregorian year 53 or given a year
/// from elsewhere in the text.
fn drop_before_hijra(t: &[Tok], out: &mut Vec<Raw>) {
    let bh_at = |k: usize| -> bool {
        let Some(x) = t.get(k) else { return false };
        if x.kind != Kind::Word || x.newline_before {
            return false;
        }
        if x.arabic {
            // `قبل الهجرة`, `ق.هـ`, `ق هـ`
            return (x.key == "قبل" && key(t, k + 1) == "الهجره")
                || (x.key == "ق"
                    && (key(t, k + 1) == "ه"
                        || (punct(t.get(k + 1), &['.']) && key(t, k + 2) == "ه")));
        }
        // `BH`, `B.H.`, `before the Hijra`
        x.key == "bh"
            || (x.key == "b" && punct(t.get(k + 1), &['.']) && key(t, k + 2) == "h")
            || (x.key == "before"
                && is_word(t, k + 1, &["the"])
                && is_word(t, k + 2, &["hijra", "hijrah", "hegira"]))
    };
    out.retain(|r| {
        let e = t.partition_point(|x| x.start < r.end);
        // the marker right after the mention, or after the year the mention stopped before
        !(bh_at(e) || (t.get(e).is_some_and(|x| x.kind == Kind::Num) && bh_at(e + 1)))
    });
}

/// `the first week of January`, `الأسبوع الأول من يناير`: not a day but a part of the month
/// (first week: early; second and third: mid; fourth and last: late).
fn week_of_month(t: &[Tok], r: &mut Raw) {
    let part_of = |n: u8| match n {
        1 => Part::Early,
        2 | 3 => Part::Mid,
        _ => Part::Late,
    };
    let i = t.partition_point(|x| x.start < r.start);
    let Some(first) = t.get(i) else { return };
    match &mut r.val {
        // Arabic: `الأول من يناير` read as a day, after `الأسبوع`
        Val::Date {
            month: Some(_),
            day,
            ..
        }
        | Val::MonthName { day, .. }
            if day.is_some_and(|d| d <= 5)
                && first.arabic
                && first.kind == Kind::Word
                && i > 0
                && is_ar(t, i - 1, &AR_WEEK) =>
        {
            r.part = day.take().map(part_of);
            r.start = t[i - 1].start;
        }
        // English: `the first week of January`
        Val::Date { day: None, .. } | Val::MonthName { day: None, .. }
            if i >= 3 && is_word(t, i - 1, &["of", "in"]) && is_word(t, i - 2, &["week"]) =>
        {
            let q = i - 3;
            let n = match key(t, q) {
                "first" => 1,
                "second" => 2,
                "third" => 3,
                "fourth" | "last" | "final" => 4,
                _ => return,
            };
            r.part = Some(part_of(n));
            r.start = if q > 0 && is_word(t, q - 1, &["the"]) {
                t[q - 1].start
            } else {
                t[q].start
            };
        }
        _ => {}
    }
}

/// `العشر الأواخر من رمضان` (the last ten days of Ramadan), `العشر الأوائل من ذي الحجة`:
/// the part, and the token it starts at, for the month at `i`.
fn ten_of(t: &[Tok], i: usize) -> Option<(Part, usize)> {
    if i < 3 || !is_ar(t, i - 1, &["من"]) || !is_ar(t, i - 3, &["العشر", "العشره"]) {
        return None;
    }
    if is_ar(t, i - 2, &["الاواخر"]) {
        Some((Part::Late, i - 3))
    } else if is_ar(t, i - 2, &["الاوائل", "الاول", "الاولي"]) {
        Some((Part::Early, i - 3))
    } else {
        None
    }
}

/// Marks months and years written with a part qualifier before them (`early March 2019`,
/// `mid-2023`, `the end of 2021`, `أوائل آذار`, `مطلع عام 2020`, `أواخر العام الماضي`): the
/// mention grows over the qualifier and keeps its precision.
fn mark_parts(t: &[Tok], out: &mut [Raw]) {
    for r in out.iter_mut() {
        week_of_month(t, r);
        let month_or_year = match r.val {
            Val::Date { day: None, .. }
            | Val::MonthName { day: None, .. }
            | Val::Occasion { hd: 0, .. }
            | Val::Year(_)
            | Val::Month(_)
            | Val::Week(_) => !r.week && r.part.is_none(),
            _ => false,
        };
        if !month_or_year {
            continue;
        }
        let i = t.partition_point(|x| x.start < r.start);
        if i == 0 || t.get(i).is_none_or(|x| x.newline_before) {
            continue;
        }
        let found = if let Some(found) = ten_of(t, i) {
            Some(found)
        } else if t[i].arabic || t[i - 1].arabic {
            // `أوائل آذار`, `مطلع عام 2020`, `في أواخر شهر مارس`
            let mut q = i - 1;
            if q > 0 && (is_ar(t, q, &AR_YEAR) || is_ar(t, q, &AR_MONTH)) {
                q -= 1;
            }
            part_word(t, q).map(|p| (p, q))
        } else if t[i - 1].kind == Kind::Punct('-') && i >= 2 && !t[i].space_before {
            // `mid-2023`, `early-March`
            is_word(t, i - 2, &["early", "mid", "late"])
                .then(|| part_word(t, i - 2).map(|p| (p, i - 2)))
                .flatten()
        } else if is_word(t, i - 1, &["early", "mid", "late"]) {
            part_word(t, i - 1).map(|p| (p, i - 1))
        } else if is_word(t, i - 1, &["in"]) && i >= 2 && is_word(t, i - 2, &["early", "late"]) {
            // `late in 2019`
            part_word(t, i - 2).map(|p| (p, i - 2))
        } else if is_word(t, i - 1, &["of"])
            && i >= 2
            && is_word(t, i - 2, &["end", "beginning", "start", "middle", "close"])
        {
            let q = i - 2;
            let q = if q > 0 && is_word(t, q - 1, &["the"]) {
                q - 1
            } else {
                q
            };
            part_word(t, i - 2).map(|p| (p, q))
        } else {
            None
        };
        if let Some((p, q)) = found {
            r.part = Some(p);
            r.start = t[q].start;
        }
    }
}

/// Links a Hijri date and a Gregorian date written side by side (`12 Jumada II 1443 AH –
/// 15/01/2022 CE`, `... هـ الموافق ... م`).
fn link_duals(t: &[Tok], out: &mut [Raw]) {
    for k in 0..out.len().saturating_sub(1) {
        // a date between two of the other calendar is the dual of the first only
        // (`15/01/2022 1 محرم 15/01/2022`): links always point back
        if out[k].dual_with.is_some() {
            continue;
        }
        let (a, b) = (&out[k], &out[k + 1]);
        let cal_of = |r: &Raw| match r.val {
            Val::Date {
                cal, day: Some(_), ..
            } => Some(cal),
            Val::Numeric { cal, .. } => Some(cal),
            _ => None,
        };
        let (Some(ca), Some(cb)) = (cal_of(a), cal_of(b)) else {
            continue;
        };
        if ca == cb {
            continue;
        }
        // only connectors between them
        let first = t.partition_point(|x| x.start < a.end);
        let between: Vec<&Tok> = t[first..]
            .iter()
            .take_while(|x| x.end <= b.start)
            .take(4)
            .collect();
        if between.len() > 3 {
            continue;
        }
        let ok = between.iter().all(|x| {
            matches!(
                x.kind,
                Kind::Punct('-' | '–' | '—' | '/' | '(' | ',' | '،' | '|' | '=' | ':')
            ) || matches!(
                x.key.as_str(),
                "الموافق"
                    | "الموافقه"
                    | "الموافقة"
                    | "corresponding"
                    | "to"
                    | "ل"
                    | "لـ"
                    | "موافق"
                    | "i"
                    | "e"
            )
        }) && !between.iter().any(|x| x.newline_before);
        if ok {
            out[k].dual_with = Some(k + 1);
            out[k + 1].dual_with = Some(k);
        }
    }
}

#[cfg(test)]
mod guard_tests {
    use super::*;

    #[test]
    fn every_guard_list_loads_from_the_data_file() {
        let lists: [&Words; 26] = [
            &STARTERS,
            &PAST_VERBS_EN,
            &PAST_VERBS_AR,
            &NAMES_AFTER,
            &NAMES_BEFORE,
            &EVENT_NOUNS_EN,
            &EVENT_NOUNS_AR,
            &AR_YEAR,
            &AR_MONTH,
            &AR_WEEK,
            &AR_OF,
            &YEAR_CONTEXT_EN,
            &YEAR_CONTEXT_AR,
            &YEAR_NOUNS,
            &AFTER_YEAR_OK,
            &AFTER_YEAR_OK_AR,
            &HIJRI_HONORIFICS,
            &NUMBERED_EN,
            &NUMBERED_AR,
            &TODAY_OUTLETS,
            &WEEKDAY_OPENERS,
            &NUMERIC_OPENERS,
            &WEEKDAY_NAMES_AR,
            &HIJRI_MONTH_CONTEXT_EN,
            &HIJRI_MONTH_CONTEXT_AR,
            &MONTH_CONTEXT_EN,
        ];
        for l in lists {
            assert!(!l.is_empty());
            assert!(l.iter().all(|w| !w.is_empty() && !w.contains(' ')));
        }
        assert!(!MONTH_CONTEXT_AR.is_empty());
    }

    #[test]
    fn fewer_words_may_follow_a_year_than_make_the_year_a_year() {
        // `the 1991 war` and `in 1991 war broke out`: both lists hold `war`
        assert!(YEAR_NOUNS.contains(&"war") && AFTER_YEAR_OK.contains(&"war"));
        // `the 2020 presidential election` is a year, `in 2020 presidential ...` is not read
        assert!(YEAR_NOUNS.contains(&"presidential") && !AFTER_YEAR_OK.contains(&"presidential"));
        // `1500 soldiers`
        assert!(!AFTER_YEAR_OK.contains(&"soldiers"));
    }
}

#[cfg(test)]
mod fold_tests {
    use super::*;

    #[test]
    fn guard_words_are_written_as_folded_keys() {
        // the tokenizer folds ى to ي, ة to ه and the hamza alefs to ا: a list word written
        // otherwise would never match (`حتى` is the key `حتي`)
        let lists: [&Words; 12] = [
            &STARTERS,
            &NAMES_BEFORE,
            &AR_YEAR,
            &AR_MONTH,
            &AR_WEEK,
            &AR_OF,
            &YEAR_CONTEXT_AR,
            &AFTER_YEAR_OK_AR,
            &HIJRI_MONTH_CONTEXT_AR,
            &MONTH_CONTEXT_AR,
            &TODAY_OUTLETS,
            &PART_LATE_AR,
        ];
        for l in lists {
            for w in l.iter() {
                assert!(
                    !w.contains(['ى', 'ة', 'أ', 'إ', 'آ']),
                    "{w} is not a folded key"
                );
            }
        }
    }
}

#[cfg(test)]
mod start_guard_tests {
    //! `at` enters a parser only when the first token can start it: one phrase per kind of
    //! opener (function word, number, ordinal, Arabic word, lexicon word) still reads whole.
    use crate::dates::find_dates;
    use crate::Options;

    fn spans(text: &str) -> Vec<&str> {
        find_dates(text, &Options::default())
            .iter()
            .filter_map(|m| text.get(m.start..m.end))
            .collect()
    }

    #[test]
    fn each_kind_of_opener_still_starts_its_date() {
        for (text, want) in [
            ("The talks resume on the 15th, he said.", "on the 15th"),
            (
                "She left three days after Eid al-Fitr 2022.",
                "three days after Eid al-Fitr 2022",
            ),
            (
                "It met on the third Tuesday after Christmas 2014.",
                "the third Tuesday after Christmas 2014",
            ),
            (
                "Fighting resumed the week of 5 January 2022.",
                "the week of 5 January 2022",
            ),
            (
                "The vote is due next Ramadan, officials said.",
                "next Ramadan",
            ),
            ("Prices rose in 3 weeks.", "in 3 weeks"),
            (
                "وصل الوفد يوم الخميس 6 يناير 2022.",
                "يوم الخميس 6 يناير 2022",
            ),
            (
                "عقد الاجتماع في اليوم الثالث من اكتوبر.",
                "اليوم الثالث من اكتوبر",
            ),
            (
                "وقع الاتفاق في شهر 3 من العام الماضي.",
                "شهر 3 من العام الماضي",
            ),
        ] {
            assert_eq!(spans(text), [want], "{text:?}");
        }
    }
}
