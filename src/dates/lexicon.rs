//! The date lexicon (`data/dates/lexicon.txt`): month, weekday, era, relative-date and occasion
//! words, matched over tokens by their folded keys.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

/// A small fast hasher (the Fx multiply-rotate scheme) for the lexicon's short keys.
#[derive(Default, Clone, Copy)]
pub(crate) struct FxHasher(u64);

const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            self.0 = (self.0.rotate_left(5) ^ u64::from_le_bytes(w)).wrapping_mul(K);
        }
        // the last one to seven bytes in one step (most keys are that short): two overlapping
        // four-byte reads, or the first, middle and last byte, with the length
        let r = chunks.remainder();
        let n = r.len();
        let w = if n >= 4 {
            let (mut a, mut b) = ([0u8; 4], [0u8; 4]);
            a.copy_from_slice(&r[..4]);
            b.copy_from_slice(&r[n - 4..]);
            u64::from(u32::from_le_bytes(a)) | u64::from(u32::from_le_bytes(b)) << 32
        } else if n > 0 {
            u64::from(r[0]) | u64::from(r[n / 2]) << 8 | u64::from(r[n - 1]) << 16
        } else {
            return;
        };
        self.0 = (self.0.rotate_left(5) ^ w ^ (n as u64) << 60).wrapping_mul(K);
    }
    #[inline]
    fn write_u8(&mut self, b: u8) {
        self.0 = (self.0.rotate_left(5) ^ b as u64).wrapping_mul(K);
    }
    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }
}

type FxMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;

use super::token::{tokenize, Kind, Tok};

/// What a lexicon entry means.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Lex {
    Month(u8),
    HMonth(u8),
    Weekday(u8),
    RelDay(i8),
    Unit(u16),
    Dual(u16),
    Dir(i8),
    ArDir(i8),
    Num(u8),
    Ord(u8),
    OrdLast,
    Era(Era),
    /// Hijri month and day.
    Occasion(u8, u8),
    Holiday(Holiday),
}

/// An occasion's Hijri day from `LAST_WEEKDAY` up is the month's last weekday
/// (`LAST_WEEKDAY + 4`: its last Friday, Jumu'at al-Wida in Ramadan).
pub(crate) const LAST_WEEKDAY: u8 = 100;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Era {
    Hijri,
    Gregorian,
    Bc,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Holiday {
    Fixed(u8, u8),
    Easter(i16),
    /// Days from Orthodox (Julian-computus) Easter, as the Eastern churches and Egypt's Copts
    /// keep it.
    OrthodoxEaster(i16),
    /// Month, nth (negative: from the end), weekday (Monday = 0).
    Nth(u8, i8, u8),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Cat {
    Month,
    HMonth,
    Weekday,
    RelDay,
    Unit,
    Dual,
    Dir,
    ArDir,
    Num,
    Ord,
    OrdLast,
    Era,
    Occasion,
    Holiday,
}

impl Lex {
    fn cat(self) -> Cat {
        match self {
            Lex::Month(_) => Cat::Month,
            Lex::HMonth(_) => Cat::HMonth,
            Lex::Weekday(_) => Cat::Weekday,
            Lex::RelDay(_) => Cat::RelDay,
            Lex::Unit(_) => Cat::Unit,
            Lex::Dual(_) => Cat::Dual,
            Lex::Dir(_) => Cat::Dir,
            Lex::ArDir(_) => Cat::ArDir,
            Lex::Num(_) => Cat::Num,
            Lex::Ord(_) => Cat::Ord,
            Lex::OrdLast => Cat::OrdLast,
            Lex::Era(_) => Cat::Era,
            Lex::Occasion(..) => Cat::Occasion,
            Lex::Holiday(_) => Cat::Holiday,
        }
    }
}

/// The entries starting with one key: (remaining keys, meaning), longest first.
type EntryList = Vec<(Vec<String>, Lex)>;

pub(crate) struct Lexicon {
    /// Entry lists, addressed by the indices in `entries` and `lookup`.
    lists: Vec<EntryList>,
    /// For each list, the categories it holds (bit `1 << Cat`): `get` skips words such as
    /// `the` or `in`, which start entries, but not of the category asked for.
    cats: Vec<u16>,
    /// First key (folded) -> its entry list.
    entries: FxMap<String, u32>,
    /// Any key -> the entry list of its folded form: `entries[folded(key)]` in one probe,
    /// since this runs for every word of every window.
    lookup: FxMap<String, u32>,
    fold: FxMap<String, String>,
    /// The same kind of bitmaps over the keys of `entries` and of `lookup`.
    entries_filter: KeyFilter,
    lookup_filter: KeyFilter,
    /// A bitmap (`fold_bit`) over the fold variants: most words are no variant, and this says
    /// so without hashing them.
    fold_filter: KeyFilter,
    /// Keys whose folded form is one of `ARTICLES`.
    article_keys: Vec<String>,
    /// The longest of them, in bytes.
    article_max_len: usize,
    /// The same kind of bitmap over them.
    article_filter: KeyFilter,
    /// Every key after the first of an entry folds to itself, so a token whose key equals it
    /// matches without a fold lookup.
    rest_keys_folded: bool,
}

/// Latin articles skipped between the words of a transliterated name (`Dhu al-Hijjah`).
const ARTICLES: &[&str] = &[
    "al", "el", "ul", "il", "ad", "ath", "as", "ash", "at", "an", "ar", "az", "adh", "l", "of",
    "the",
];

/// A bitmap over keys (`fold_bit`): most words are in no key set, and it says so without
/// hashing them.
const FILTER_WORDS: usize = 256;
type KeyFilter = [u64; FILTER_WORDS];

fn set_bit(filter: &mut KeyFilter, key: &str) {
    let bit = fold_bit(key);
    filter[bit / 64] |= 1 << (bit % 64);
}

/// Whether `key` may be in the set `filter` was made from (false: surely not).
#[inline]
fn has_bit(filter: &KeyFilter, key: &str) -> bool {
    let bit = fold_bit(key);
    filter[bit / 64] & (1 << (bit % 64)) != 0
}

/// A key's bit in a key filter (0..16384), from its length and its first two and last two
/// bytes (Arabic letters are two bytes: the first of each is nearly always the same).
#[inline]
fn fold_bit(key: &str) -> usize {
    let b = key.as_bytes();
    let n = b.len();
    let at = |i: usize| u64::from(b.get(i).copied().unwrap_or(0));
    let h = (n as u64)
        | at(0) << 8
        | at(1) << 16
        | at(n.wrapping_sub(1)) << 24
        | at(n.wrapping_sub(2)) << 32;
    (h.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 50) as usize
}

pub(crate) fn lexicon() -> &'static Lexicon {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    LEX.get_or_init(|| Lexicon::parse(include_str!("../../data/dates/lexicon.txt")))
}

fn parse_value(cat: &str, v: &str) -> Option<Lex> {
    let num = |s: &str| s.parse::<i32>().ok();
    Some(match cat {
        "month" => Lex::Month(num(v)? as u8),
        "hmonth" => Lex::HMonth(num(v)? as u8),
        "weekday" => Lex::Weekday(num(v)? as u8),
        "relday" => Lex::RelDay(num(v)? as i8),
        "unit" => Lex::Unit(num(v)? as u16),
        "dual" => Lex::Dual(num(v)? as u16),
        "dir" => Lex::Dir(num(v)? as i8),
        "ardir" => Lex::ArDir(num(v)? as i8),
        "num" => Lex::Num(num(v)? as u8),
        "ord" => Lex::Ord(num(v)? as u8),
        "ordlast" => Lex::OrdLast,
        "era" => Lex::Era(match v {
            "h" => Era::Hijri,
            "g" => Era::Gregorian,
            _ => Era::Bc,
        }),
        "occasion" => {
            let (m, d) = v.split_once('.')?;
            // `9.L4`: the month's last Friday, stored as LAST_WEEKDAY + weekday
            let d = match d.strip_prefix('L') {
                Some(wd) => LAST_WEEKDAY + num(wd)? as u8,
                None => num(d)? as u8,
            };
            Lex::Occasion(num(m)? as u8, d)
        }
        "holiday" => {
            if let Some(spec) = v.strip_prefix('n') {
                let mut it = spec.split('.');
                let m = num(it.next()?)? as u8;
                let n = num(it.next()?)? as i8;
                let wd = num(it.next()?)? as u8;
                Lex::Holiday(Holiday::Nth(m, n, wd))
            } else if let Some(off) = v.strip_prefix('o') {
                Lex::Holiday(Holiday::OrthodoxEaster(num(off)? as i16))
            } else if let Some(off) = v.strip_prefix('e') {
                Lex::Holiday(Holiday::Easter(num(off)? as i16))
            } else {
                let (m, d) = v.split_once('.')?;
                Lex::Holiday(Holiday::Fixed(num(m)? as u8, num(d)? as u8))
            }
        }
        _ => return None,
    })
}

impl Lexicon {
    fn parse(data: &str) -> Lexicon {
        let mut lex = Lexicon {
            lists: Vec::new(),
            cats: Vec::new(),
            entries: FxMap::default(),
            lookup: FxMap::default(),
            fold: FxMap::default(),
            fold_filter: [0; FILTER_WORDS],
            entries_filter: [0; FILTER_WORDS],
            lookup_filter: [0; FILTER_WORDS],
            article_keys: Vec::new(),
            article_max_len: 0,
            article_filter: [0; FILTER_WORDS],
            rest_keys_folded: false,
        };
        let mut entries: FxMap<String, EntryList> = FxMap::default();
        // folds first: entries are keyed after folding
        for line in data.lines() {
            let line = line.trim();
            if let Some(rest) = line.strip_prefix("fold ") {
                if let Some((canon, variants)) = rest.split_once(':') {
                    for v in variants.split('|') {
                        for t in tokenize(v.trim(), 0) {
                            lex.fold
                                .insert(t.key.as_str().to_owned(), canon.trim().to_owned());
                        }
                    }
                }
            }
        }
        for v in lex.fold.keys() {
            set_bit(&mut lex.fold_filter, v);
        }
        for line in data.lines() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') || line.starts_with("fold ") {
                continue;
            }
            let Some((head, variants)) = line.split_once(':') else {
                continue;
            };
            let mut h = head.split_whitespace();
            let (Some(cat), Some(val)) = (h.next(), h.next()) else {
                continue;
            };
            let Some(meaning) = parse_value(cat, val) else {
                continue;
            };
            for v in variants.split('|') {
                let toks = tokenize(v.trim(), 0);
                let mut keys: Vec<String> = Vec::new();
                for (n, t) in toks.iter().enumerate() {
                    match t.kind {
                        Kind::Word | Kind::Num => {
                            let k = lex.folded(&t.key).to_owned();
                            if n > 0
                                && !t.arabic
                                && ARTICLES.contains(&k.as_str())
                                && !keys.is_empty()
                            {
                                continue;
                            }
                            keys.push(k);
                        }
                        Kind::Punct(c) if c == '\'' || c == '’' || c == '-' => {}
                        Kind::Punct(c) => keys.push(c.to_string()),
                    }
                }
                if keys.is_empty() {
                    continue;
                }
                let first = keys.remove(0);
                let list = entries.entry(first).or_default();
                if !list.iter().any(|(k, m)| *k == keys && *m == meaning) {
                    list.push((keys, meaning));
                }
            }
        }
        for (key, mut list) in entries {
            list.sort_by_key(|e| std::cmp::Reverse(e.0.len()));
            lex.entries.insert(key, lex.lists.len() as u32);
            lex.cats
                .push(list.iter().fold(0, |m, (_, l)| m | 1 << l.cat() as u16));
            lex.lists.push(list);
        }
        // every entry key and every fold variant, straight to the list of its folded form
        let keys: Vec<String> = lex.entries.keys().chain(lex.fold.keys()).cloned().collect();
        for k in keys {
            if let Some(&idx) = lex.entries.get(lex.folded(&k)) {
                lex.lookup.insert(k, idx);
            }
        }
        for k in lex.entries.keys() {
            set_bit(&mut lex.entries_filter, k);
        }
        for k in lex.lookup.keys() {
            set_bit(&mut lex.lookup_filter, k);
        }
        let mut articles: Vec<String> = ARTICLES
            .iter()
            .filter(|a| !lex.fold.contains_key(**a))
            .map(|a| a.to_string())
            .collect();
        articles.extend(
            lex.fold
                .iter()
                .filter(|(_, canon)| ARTICLES.contains(&canon.as_str()))
                .map(|(v, _)| v.clone()),
        );
        lex.article_max_len = articles.iter().map(String::len).max().unwrap_or(0);
        for a in &articles {
            set_bit(&mut lex.article_filter, a);
        }
        lex.article_keys = articles;
        lex.rest_keys_folded = lex
            .lists
            .iter()
            .flatten()
            .flat_map(|(rest, _)| rest)
            .all(|k| lex.folded(k) == k);
        lex
    }

    /// `ARTICLES.contains(self.folded(key))`, without hashing.
    #[inline]
    fn is_article(&self, key: &str) -> bool {
        key.len() <= self.article_max_len
            && has_bit(&self.article_filter, key)
            && self.article_keys.iter().any(|a| a == key)
    }

    /// Whether `key` (as it is, not folded) starts an entry.
    #[inline]
    fn is_entry(&self, key: &str) -> bool {
        has_bit(&self.entries_filter, key) && self.entries.contains_key(key)
    }

    /// The entry list of `key`'s folded form.
    #[inline]
    fn list(&self, key: &str) -> Option<u32> {
        if !has_bit(&self.lookup_filter, key) {
            return None;
        }
        self.lookup.get(key).copied()
    }

    /// The categories the entry lists `lists` hold together (bits `1 << Cat`).
    #[inline]
    pub(crate) fn cats_of(&self, lists: [Option<u32>; 3]) -> u16 {
        lists
            .into_iter()
            .flatten()
            .filter_map(|k| self.cats.get(k as usize))
            .fold(0, |acc, m| acc | m)
    }

    /// The entry lists `get_any` reads for a token: its key's, then (Arabic) its stem's after one
    /// proclitic (و ف ب ل ك), then after `و` + one of ب ل ف.
    pub(crate) fn lists_of(&self, tok: &Tok) -> [Option<u32>; 3] {
        self.lists_with(tok, self.list(&tok.key))
    }

    /// `lists_of`, the key's own list (`self.list(&tok.key)`) already looked up.
    #[inline]
    fn lists_with(&self, tok: &Tok, whole: Option<u32>) -> [Option<u32>; 3] {
        let mut out = [whole, None, None];
        if tok.arabic {
            let mut cs = tok.key.chars();
            if let Some(c) = cs.next() {
                let rest = cs.as_str();
                if matches!(c, 'و' | 'ف' | 'ب' | 'ل' | 'ك') && rest.chars().nth(1).is_some() {
                    out[1] = self.list(rest);
                    if c == 'و' {
                        let mut cs2 = rest.chars();
                        if let Some(c2) = cs2.next() {
                            if matches!(c2, 'ب' | 'ل' | 'ف')
                                && cs2.as_str().chars().nth(1).is_some()
                            {
                                out[2] = self.list(cs2.as_str());
                            }
                        }
                    }
                }
            }
        }
        out
    }

    pub(crate) fn folded<'a>(&'a self, key: &'a str) -> &'a str {
        if !has_bit(&self.fold_filter, key) {
            return key;
        }
        self.fold.get(key).map(|s| s.as_str()).unwrap_or(key)
    }

    /// True when every entry starting with `key` is a unit word (`day`, `years`).
    pub(crate) fn is_unit_only(&self, key: &str) -> bool {
        self.list(key)
            .and_then(|i| self.lists.get(i as usize))
            .is_some_and(|l| {
                l.iter()
                    .all(|(rest, m)| rest.is_empty() && matches!(m, Lex::Unit(_)))
            })
    }

    /// The longest entry of category `cat` starting at token `i`: its meaning and the index after it.
    #[inline]
    pub(crate) fn get(&self, t: &[Tok], i: usize, cat: Cat) -> Option<(Lex, usize)> {
        let tok = t.get(i)?;
        if tok.lists.is_some() && tok.cats & (1u16 << cat as u16) == 0 {
            return None;
        }
        self.get_any(t, i, |l| l.cat() == cat)
    }

    /// Whether an entry of a category in `mask` (bits `1 << Cat`) can start at `tok`: false when
    /// the entry lists the recognizer looked up for it hold none (true when not looked up).
    #[inline]
    pub(crate) fn may_start(&self, tok: &Tok, mask: u16) -> bool {
        tok.lists.is_none() || tok.cats & mask != 0
    }

    /// The longest entry accepted by `want` starting at token `i`.
    pub(crate) fn get_any(
        &self,
        t: &[Tok],
        i: usize,
        want: impl Fn(Lex) -> bool,
    ) -> Option<(Lex, usize)> {
        let tok = t.get(i)?;
        if !matches!(tok.kind, Kind::Word | Kind::Num) || tok.hit == Some(false) {
            return None;
        }
        let mut best: Option<(Lex, usize)> = None;
        let try_list = |idx: Option<u32>, best: &mut Option<(Lex, usize)>| {
            let Some(list) = idx.and_then(|i| self.lists.get(i as usize)) else {
                return;
            };
            for (rest, meaning) in list {
                if !want(*meaning) {
                    continue;
                }
                if let Some(end) = self.match_rest(t, i + 1, rest) {
                    if best.is_none_or(|(_, e)| end > e) {
                        *best = Some((*meaning, end));
                    }
                }
            }
        };
        // looked up once per token by the recognizer; computed here otherwise
        let [whole, stem, stem2] = tok.lists.unwrap_or_else(|| self.lists_of(tok));
        try_list(whole, &mut best);
        if best.is_none() {
            try_list(stem, &mut best);
        }
        if best.is_none() {
            try_list(stem2, &mut best);
        }
        best
    }

    /// For a token that hits (its key, or its stem after one or two proclitics, starts an
    /// entry) its `lists_of(tok)`, the key's own list looked up once; `None` otherwise.
    #[inline]
    pub(crate) fn hit_lists(&self, tok: &Tok) -> Option<[Option<u32>; 3]> {
        if tok.kind != Kind::Word {
            return None;
        }
        if let Some(whole) = self.list(&tok.key) {
            return Some(self.lists_with(tok, Some(whole)));
        }
        (tok.arabic && self.stem_hit(tok)).then(|| self.lists_with(tok, None))
    }

    /// An Arabic word's stem after one or two proclitics starts an entry.
    #[inline]
    fn stem_hit(&self, tok: &Tok) -> bool {
        let mut cs = tok.key.chars();
        match cs.next() {
            Some('و' | 'ف' | 'ب' | 'ل' | 'ك') => {}
            _ => return false,
        }
        let rest = cs.as_str();
        if self.is_entry(rest) {
            return true;
        }
        let mut cs2 = rest.chars();
        matches!(cs2.next(), Some('ب' | 'ل' | 'ف')) && self.is_entry(cs2.as_str())
    }

    fn match_rest(&self, t: &[Tok], mut j: usize, rest: &[String]) -> Option<usize> {
        for k in rest {
            loop {
                let tok = t.get(j)?;
                if tok.newline_before {
                    return None;
                }
                match tok.kind {
                    Kind::Punct('-' | '\'' | '’' | 'ʿ' | 'ʾ' | '‘' | '`' | 'ʼ' | 'ʻ') => {
                        j += 1
                    }
                    Kind::Word if !tok.arabic && tok.key != *k && self.is_article(&tok.key) => {
                        j += 1
                    }
                    _ => break,
                }
            }
            let tok = t.get(j)?;
            // (most tokens are no fold variant: the bitmap says so, without a second compare)
            let same = if self.rest_keys_folded {
                tok.key == *k
                    || (has_bit(&self.fold_filter, &tok.key) && self.folded(&tok.key) == k)
            } else {
                self.folded(&tok.key) == k
            };
            if !same {
                // allow `الـ` + word spelled without a space in Arabic compounds
                return None;
            }
            j += 1;
        }
        Some(j)
    }
}

impl Lexicon {
    /// Keys that anchor a date for the prefilter: the first key of each month, weekday,
    /// relative-day, unit, era, occasion and holiday entry, or its last key when the first is
    /// a common word (`the day before yesterday`, `new year's eve`).
    pub(crate) fn anchor_keys(&self) -> Vec<&str> {
        const COMMON: &[&str] = &[
            "the",
            "new",
            "good",
            "palm",
            "night",
            "day",
            "st",
            "saint",
            "mardi",
            "feast",
            "sacrifice",
            "black",
            "first",
            "last",
            "next",
            "this",
            "a",
            "an",
            "whit",
            "trinity",
            "maundy",
            "pancake",
            "shrove",
            "id",
            "eid",
            "orthodox",
            "clean",
            "holy",
            "eastern",
            "coptic",
            "ash",
            "ascension",
            "covenant",
            "branch",
            "white",
            "pentecost",
            "ides",
        ];
        let mut out: Vec<&str> = Vec::new();
        for (k, &idx) in &self.entries {
            let Some(list) = self.lists.get(idx as usize) else {
                continue;
            };
            for (rest, m) in list {
                if !matches!(
                    m,
                    Lex::Month(_)
                        | Lex::HMonth(_)
                        | Lex::Weekday(_)
                        | Lex::RelDay(_)
                        | Lex::Unit(_)
                        | Lex::Dual(_)
                        | Lex::Era(_)
                        | Lex::Occasion(..)
                        | Lex::Holiday(_)
                ) {
                    continue;
                }
                match rest.last() {
                    // a first key too short to anchor (`ذي الحجة`): its last key does
                    Some(last) if COMMON.contains(&k.as_str()) || k.chars().count() < 3 => {
                        out.push(last.as_str())
                    }
                    _ => out.push(k.as_str()),
                }
            }
        }
        for (variant, canon) in &self.fold {
            if self.entries.contains_key(canon) {
                out.push(variant.as_str());
            }
        }
        out.sort_unstable();
        out.dedup();
        out
    }

    /// Whether `key` (a whole word) anchors a date.
    pub(crate) fn is_anchor(&self, key: &str) -> bool {
        static SET: OnceLock<FxMap<String, ()>> = OnceLock::new();
        SET.get_or_init(|| {
            lexicon()
                .anchor_keys()
                .into_iter()
                .map(|k| (k.to_owned(), ()))
                .collect()
        })
        .contains_key(key)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dates::token::tokenize;

    fn month_of(s: &str) -> Option<Lex> {
        let t = tokenize(s, 0);
        lexicon()
            .get_any(&t, 0, |l| matches!(l, Lex::Month(_) | Lex::HMonth(_)))
            .map(|x| x.0)
    }

    #[test]
    fn every_month_has_its_names() {
        let greg = [
            ["January", "يناير", "كانون الثاني", "جانفي"],
            ["February", "فبراير", "شباط", "فيفري"],
            ["March", "مارس", "آذار", "مارس"],
            ["April", "أبريل", "نيسان", "أفريل"],
            ["May", "مايو", "أيار", "ماي"],
            ["June", "يونيه", "حزيران", "جوان"],
            ["July", "يوليه", "تموز", "يوليوز"],
            ["August", "أغسطس", "آب", "غشت"],
            ["September", "سبتمبر", "أيلول", "شتنبر"],
            ["October", "أكتوبر", "تشرين الأول", "أكتوبر"],
            ["November", "نوفمبر", "تشرين الثاني", "نونبر"],
            ["December", "ديسمبر", "كانون الأول", "دجنبر"],
        ];
        for (m, names) in greg.iter().enumerate() {
            for n in names {
                assert_eq!(month_of(n), Some(Lex::Month(m as u8 + 1)), "{n}");
            }
        }
        let hijri = [
            "Muharram",
            "Safar",
            "Rabi al-Awwal",
            "Rabi al-Thani",
            "Jumada al-Ula",
            "Jumada al-Akhirah",
            "Rajab",
            "Sha'ban",
            "Ramadhan",
            "Shawwal",
            "Dhu al-Qi'dah",
            "Dhu al-Hijjah",
        ];
        for (m, n) in hijri.iter().enumerate() {
            assert_eq!(month_of(n), Some(Lex::HMonth(m as u8 + 1)), "{n}");
        }
        for (n, m) in [
            ("ربيع الآخر", 4),
            ("جمادى الأولى", 5),
            ("ذي القعدة", 11),
            ("ذو الحجة", 12),
        ] {
            assert_eq!(month_of(n), Some(Lex::HMonth(m)), "{n}");
        }
    }

    /// `match_rest` compares keys directly when the data allows it: keep the data that way.
    #[test]
    fn later_keys_of_entries_are_already_folded() {
        assert!(lexicon().rest_keys_folded);
    }

    #[test]
    fn proclitics_are_read_through() {
        assert_eq!(month_of("وآذار"), Some(Lex::Month(3)));
        assert_eq!(month_of("بأيلول"), Some(Lex::Month(9)));
    }
}
