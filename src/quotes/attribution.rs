//! Who said it: the speech cue and the speaker, before or after the quote, in English and Arabic;
//! pronouns and descriptions (`he`, `the minister`) resolved to the nearest earlier named speaker.
//!
//! Work is bounded per quote (a window of a few hundred bytes to the left, a shorter one to the
//! right, and a bounded look-back for resolution), so the layer stays linear in the text.

use super::citation::{is_arabic, is_word_char};
use super::lexicon::{lexicon, word_list, ArCue, EnVerb, Words};
use super::marks::{is_quote_char, Para};
use aho_corasick::AhoCorasick;
use std::sync::LazyLock;

/// A token of the attribution windows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Tk {
    Word,
    Comma,
    Colon,
    Semi,
    /// `.` `!` `?` `…` `؟`
    Stop,
    /// A line break.
    Break,
    OpenBr,
    CloseBr,
    /// A whole earlier quote (marks and content).
    Quote,
    Dash,
    Other,
}

#[derive(Clone, Copy, Debug)]
pub(crate) struct Tok {
    pub s: usize,
    pub e: usize,
    pub k: Tk,
}

/// A quote already attributed, for later resolution.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Hist {
    pub open: usize,
    pub speaker: Option<(usize, usize)>,
    pub cue: Option<(usize, usize)>,
}

/// The attribution of one quote.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Attr {
    pub speaker: Option<(usize, usize)>,
    pub resolved: bool,
    pub cue: Option<(usize, usize)>,
    /// The outlet that relayed the words (`Reuters quoted X as saying`, `told Al Jazeera`,
    /// `نقلت وكالة رويترز عن`), when no citation names one.
    pub carrier: Option<(usize, usize)>,
}

impl Attr {
    /// A speaker as written (a name, a description or nothing), no carrier.
    fn unresolved(speaker: Option<(usize, usize)>, cue: Option<(usize, usize)>) -> Attr {
        Attr {
            speaker,
            resolved: false,
            cue,
            carrier: None,
        }
    }

    /// A speaker found by resolution (an earlier named speaker), no carrier.
    fn resolved(speaker: Option<(usize, usize)>, cue: Option<(usize, usize)>) -> Attr {
        Attr {
            speaker,
            resolved: true,
            cue,
            carrier: None,
        }
    }
}

/// True when `s` (an attribution between two quotes) is one clause: no sentence ends inside it
/// but at its end (`he told reporters in Sukkur.`, `said Dr. Tedros.`), unlike `the governor
/// said. Aid agencies disagreed.`
fn one_clause(s: &str) -> bool {
    let body = s.trim_end_matches(['.', '!', '?', '؟', ':', ',', '،', ' ']);
    body.char_indices().all(|(i, c)| match c {
        '!' | '?' | '؟' | ';' | '؛' => false,
        '.' => {
            let before = &body[..i];
            let w = before
                .rsplit(|c: char| !c.is_alphanumeric())
                .next()
                .unwrap_or("");
            let initial = w.len() == 1 && w.bytes().all(|b| b.is_ascii_uppercase());
            // `U.S.`, `Dr.`, a decimal or an initial end no sentence
            w.is_empty()
                || initial
                || crate::segment::is_title_abbreviation(w)
                || body[i + 1..]
                    .chars()
                    .next()
                    .is_some_and(|n| !n.is_whitespace())
        }
        _ => true,
    })
}

pub(crate) struct Ctx<'a> {
    pub text: &'a str,
    pub paras: &'a [Para],
    /// Every quote's `(open, close_end)` span, sorted by `open`.
    pub spans: &'a [(usize, usize)],
    pub hist: Vec<Hist>,
    /// Bytes the look-backs may still read at full width: past it, windows shrink, so that
    /// pathological input (a megabyte of `“a” he said`) stays linear with a small constant.
    pub budget: std::cell::Cell<usize>,
    /// The text has no blank line: every line is a paragraph.
    pub line_mode: bool,
}

fn floor_boundary(text: &str, mut i: usize) -> usize {
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}
fn ceil_boundary(text: &str, mut i: usize) -> usize {
    while i < text.len() && !text.is_char_boundary(i) {
        i += 1;
    }
    i.min(text.len())
}

impl<'a> Ctx<'a> {
    /// Tokens of `ws..we`, earlier quotes (from `spans`) folded into one `Quote` token each.
    pub fn tokens(&self, ws: usize, we: usize, skip_quote_at: Option<usize>) -> Vec<Tok> {
        let text = self.text;
        let mut out = Vec::new();
        let mut qi = self.spans.partition_point(|&(_, e)| e <= ws);
        let mut i = ws;
        let b = text.as_bytes();
        while i < we {
            while qi < self.spans.len() && self.spans[qi].1 <= i {
                qi += 1;
            }
            if let Some(&(qs, qe)) = self.spans.get(qi) {
                if qs <= i && Some(qs) != skip_quote_at {
                    out.push(Tok {
                        s: qs.max(ws),
                        e: qe.min(we),
                        k: Tk::Quote,
                    });
                    i = qe;
                    qi += 1;
                    continue;
                }
            }
            let c = if b[i] < 0x80 {
                char::from(b[i])
            } else {
                let Some(c) = text[i..].chars().next() else {
                    break;
                };
                c
            };
            let l = c.len_utf8();
            if is_word_char(c) {
                let mut j = i + l;
                while j < we {
                    if b[j].is_ascii_alphanumeric() {
                        j += 1;
                        continue;
                    }
                    let Some(d) = text[j..].chars().next() else {
                        break;
                    };
                    let joiner = matches!(d, '\'' | '’' | '-' | '.' | '‑')
                        && text[j + d.len_utf8()..we.max(j + d.len_utf8())]
                            .chars()
                            .next()
                            .is_some_and(|n| n.is_alphanumeric())
                        && !(d == '.' && b.get(j + 2).is_some_and(|&x| x == b' '));
                    if is_word_char(d) || joiner {
                        j += d.len_utf8();
                    } else {
                        break;
                    }
                }
                // `U.S.`, `J.` and `Dr.` keep their period: it ends no sentence inside a name
                if j < we && b.get(j) == Some(&b'.') {
                    let w = &text[i..j];
                    let initial = w.len() == 1 && w.as_bytes()[0].is_ascii_uppercase();
                    if w.contains('.') || initial || crate::segment::is_title_abbreviation(w) {
                        j += 1;
                    }
                }
                out.push(Tok {
                    s: i,
                    e: j,
                    k: Tk::Word,
                });
                i = j;
                continue;
            }
            let k = match c {
                ',' | '،' => Tk::Comma,
                ':' => Tk::Colon,
                ';' | '؛' => Tk::Semi,
                '.' | '!' | '?' | '…' | '؟' => Tk::Stop,
                // a line break inside a paragraph (hard-wrapped text) is a space
                '\n' if !self.line_mode && !self.blank_after(i) => {
                    i += l;
                    continue;
                }
                '\n' => Tk::Break,
                '(' | '[' | '{' | '﴿' => Tk::OpenBr,
                ')' | ']' | '}' | '﴾' => Tk::CloseBr,
                '-' | '–' | '—' => Tk::Dash,
                c if c.is_whitespace() => {
                    i += l;
                    continue;
                }
                c if is_quote_char(c) => Tk::Other,
                _ => Tk::Other,
            };
            out.push(Tok { s: i, e: i + l, k });
            i += l;
        }
        out
    }

    /// True when the line break at `i` starts or ends a blank line.
    fn blank_after(&self, i: usize) -> bool {
        let b = self.text.as_bytes();
        let mut k = i + 1;
        while k < b.len() && matches!(b[k], b' ' | b'\t' | b'\r') {
            k += 1;
        }
        if k >= b.len() || b[k] == b'\n' {
            return true;
        }
        let mut k = i;
        while k > 0 && matches!(b[k - 1], b' ' | b'\t' | b'\r') {
            k -= 1;
        }
        k == 0 || b[k - 1] == b'\n'
    }

    /// The width a look-back may use, charged to the budget.
    fn width(&self, full: usize, small: usize) -> usize {
        let b = self.budget.get();
        if b >= full {
            self.budget.set(b - full);
            full
        } else {
            small
        }
    }

    fn w(&self, t: &Tok) -> &'a str {
        &self.text[t.s..t.e]
    }

    fn para_of(&self, pos: usize) -> usize {
        self.paras
            .partition_point(|&(_, e)| e < pos)
            .min(self.paras.len().saturating_sub(1))
    }

    fn hist_at(&self, open: usize) -> Option<&Hist> {
        let i = self.hist.partition_point(|h| h.open < open);
        self.hist.get(i).filter(|h| h.open == open)
    }
}

static ABBREV: Words = LazyLock::new(|| word_list("abbrev"));

/// Index of the first token of the sentence that ends at the end of `toks`.
fn sentence_start(ctx: &Ctx, toks: &[Tok]) -> usize {
    let mut i = toks.len();
    while i > 0 {
        i -= 1;
        let t = toks[i];
        match t.k {
            Tk::Break | Tk::Semi => return i + 1,
            Tk::Stop => {
                let next = toks.get(i + 1);
                let Some(n) = next else { return i + 1 };
                // closing brackets after the stop belong to the sentence before
                let starts_upper = match n.k {
                    Tk::Word => ctx.w(n).chars().next().is_some_and(|c| !c.is_lowercase()),
                    Tk::OpenBr | Tk::Quote | Tk::Dash | Tk::Other => true,
                    _ => false,
                };
                if !starts_upper {
                    continue;
                }
                if ctx.w(&t) == "." && i > 0 && toks[i - 1].k == Tk::Word && toks[i - 1].e == t.s {
                    let pw = ctx.w(&toks[i - 1]);
                    let single_cap =
                        pw.chars().count() == 1 && pw.chars().all(|c| c.is_uppercase());
                    if single_cap || ABBREV.contains(&pw.to_ascii_lowercase().as_str()) {
                        continue;
                    }
                }
                return i + 1;
            }
            Tk::CloseBr => {
                // `…)].` and `.”` handled by the Stop case; `)]` after a stop ends a sentence too
            }
            Tk::Quote => {
                // a quote that ends its sentence inside its marks (`“We will not retreat.” The
                // army began …`): what follows starts a new sentence
                let inner = ctx.text[t.s..t.e]
                    .trim_end_matches(|c: char| is_quote_char(c) || c.is_whitespace() || c == ')');
                let next_upper = toks.get(i + 1).is_some_and(|n| {
                    n.k == Tk::Word && ctx.w(n).chars().next().is_some_and(char::is_uppercase)
                });
                if next_upper && inner.ends_with(['.', '!', '?', '…', '؟']) {
                    return i + 1;
                }
            }
            _ => {}
        }
    }
    0
}

static SKIP_BEFORE_VERB: Words = LazyLock::new(|| word_list("skip_before_verb"));
static BOUNDARY: Words = LazyLock::new(|| word_list("boundary"));
static NON_NP_START: Words = LazyLock::new(|| word_list("non_np_start"));
static PREPS: Words = LazyLock::new(|| word_list("preps"));
static TITLES: Words = LazyLock::new(|| word_list("titles"));
/// Particles and adverbials before an Arabic verb that are not its subject (forms folded by
/// `ar_key`: hamza-alef written as alef).
static AR_PARTICLES: Words = LazyLock::new(|| word_list("ar_particles"));

/// The gender an Arabic cue says of its speaker: `Some(true)` feminine (`قالت`، `أضافت`،
/// `مضيفة`), `Some(false)` masculine (`قال`، `يقول`، `مضيفاً`), None when it does not say (a
/// plural, an imperfect in ت, not a cue).
fn ar_gender(w: &str) -> Option<bool> {
    let (kind, plen) = lexicon().ar_cue(w)?;
    let key = super::lexicon::ar_key(w.get(plen..)?);
    match kind {
        ArCue::Participle => {
            if key.ends_with('ة') {
                Some(true)
            } else if key.ends_with('ا') {
                Some(false)
            } else {
                None
            }
        }
        ArCue::Verb => {
            if key.ends_with("وا") || key.ends_with('ن') {
                None
            } else if key.ends_with('ت') {
                Some(true)
            } else if key.starts_with('ي') {
                Some(false)
            } else if key.starts_with('ت') && !key.starts_with("تاب") {
                None
            } else {
                Some(false)
            }
        }
        ArCue::According => None,
    }
}

/// A passive verb as written with its damma (`ذُكر`, `أُعلن`).
fn ar_passive(w: &str) -> bool {
    let mut it = w.chars();
    it.next();
    it.next() == Some('\u{064F}')
}

/// Prepositions that never open a speaker mention (forms folded by `ar_key`).
static AR_STOP_WORDS: Words = LazyLock::new(|| word_list("ar_stop_words"));

/// Words that end an Arabic speaker mention once it has begun (forms folded by `ar_key`):
/// relative pronouns, verbs that open an unmarked relative clause, and adverbs written without
/// their tanween.
static AR_AFTER_SUBJECT: Words = LazyLock::new(|| word_list("ar_after_subject"));

/// Occasions after في/من that end a speaker mention (`قال الوزير في مؤتمر صحفي`), without ال.
static AR_OCCASION: Words = LazyLock::new(|| word_list("ar_occasion"));

const PRONOUNS: &[&str] = &["he", "she", "they", "we", "i", "it", "هو", "هي", "هم"];
const DETERMINERS: &[&str] = &[
    "the", "this", "that", "a", "an", "its", "his", "her", "their",
];

fn lower(s: &str) -> String {
    s.to_lowercase()
}

/// Capitalized, or an Arabic name with its article (`al-Burhan`, `el-Sisi`).
fn is_cap(s: &str) -> bool {
    if s.chars().next().is_some_and(|c| c.is_uppercase()) {
        return true;
    }
    [
        "al-", "el-", "ad-", "as-", "ash-", "an-", "ar-", "at-", "az-", "bin-", "abu-",
    ]
    .iter()
    .any(|p| {
        s.len() > p.len() + 1
            && s.starts_with(p)
            && s[p.len()..]
                .chars()
                .next()
                .is_some_and(|c| c.is_uppercase())
    })
}

fn is_title(s: &str) -> bool {
    TITLES.contains(&lower(s).as_str())
}

/// `ws..we` with whitespace trimmed, or None.
fn span_of(toks: &[Tok], a: usize, b: usize) -> Option<(usize, usize)> {
    (a <= b && b < toks.len()).then(|| (toks[a].s, toks[b].e))
}

/// An outlet's name: one of the known outlets, an Arabic phrase led by an outlet noun, or a
/// capitalized name with an outlet noun in it (`Iraq's state news agency INA`).
pub(crate) fn outlet_like(s: &str) -> bool {
    let s = s.trim();
    let bare = s
        .strip_prefix("the ")
        .or_else(|| s.strip_prefix("The "))
        .unwrap_or(s);
    let lex = lexicon();
    if lex.outlets.contains(bare) {
        return true;
    }
    let words: Vec<&str> = bare.split_whitespace().collect();
    if words.is_empty() || words.len() > 8 {
        return false;
    }
    // Arabic: led by an outlet noun
    if words[0].chars().next().is_some_and(is_arabic) && lex.outlet_nouns.contains(words[0]) {
        return true;
    }
    let noun = words.iter().any(|w| {
        lex.outlet_nouns
            .contains(lower(w.trim_end_matches("'s")).as_str())
    });
    (noun && words.iter().any(|w| is_cap(w))) || words.iter().any(|w| lex.outlets.contains(w))
}

/// The outlet's own name inside a described outlet: `INA` in `Iraq's state news agency INA`,
/// `IRNA` in `the official IRNA news agency`, the way a citation names it. A phrase that is all
/// name (`Saudi Press Agency`), an Arabic one, or one with two names is kept whole.
pub(crate) fn outlet_name(text: &str, span: (usize, usize)) -> (usize, usize) {
    let (s, e) = outlet_name_inner(text, span);
    // `The Saudi Press Agency` is cited as `Saudi Press Agency`; a listed name keeps its article
    // (`The Independent`)
    match text.get(s..e) {
        Some(p)
            if (p.starts_with("The ") || p.starts_with("the "))
                && p.len() > 4
                && !lexicon().outlets.contains(p) =>
        {
            (s + 4, e)
        }
        _ => (s, e),
    }
}

fn outlet_name_inner(text: &str, (s, e): (usize, usize)) -> (usize, usize) {
    let Some(phrase) = text.get(s..e) else {
        return (s, e);
    };
    let lex = lexicon();
    if lex.outlets.contains(phrase) {
        return (s, e);
    }
    let mut words = Vec::new();
    let mut off = 0;
    for w in phrase.split(' ') {
        words.push((off, off + w.len(), w));
        off += w.len() + 1;
    }
    let name_word = |k: usize, w: &str| {
        let lw = lower(w);
        let possessive = lw.ends_with("'s") || lw.ends_with("’s");
        let article = k == 0 && lw == "the";
        // `Qatar-based`, `Saudi-owned`: a description, not part of the name
        let described = w
            .rsplit_once('-')
            .is_some_and(|(_, last)| last.chars().next().is_some_and(char::is_lowercase));
        is_cap(w) && !possessive && !article && !described
    };
    let noun = |k: Option<&(usize, usize, &str)>, news: bool| {
        k.is_some_and(|&(_, _, w)| {
            let lw = lower(w);
            lex.outlet_nouns.contains(lw.as_str()) || (news && lw == "news")
        })
    };
    // the capitalized runs: the one that names the outlet, if exactly one does
    let mut named = None;
    let mut runs = 0;
    let mut k = 0;
    while k < words.len() {
        if !name_word(k, words[k].2) {
            k += 1;
            continue;
        }
        let first = k;
        while k < words.len() && name_word(k, words[k].2) {
            k += 1;
        }
        runs += 1;
        let (rs, re) = (words[first].0, words[k - 1].1);
        // a known outlet, or a name next to an outlet noun (`agency INA`, `IRNA news agency`);
        // not a nationality (`Iraqi state media`)
        if lex.outlets.contains(&phrase[rs..re])
            || (first > 0 && noun(words.get(first - 1), false))
            || noun(words.get(k), true)
        {
            if let Some((ps, pe)) = named {
                // two names: a known outlet beside another (`the Egyptian news agency MENA`)
                // is the name, else keep the phrase
                let known = lex.outlets.contains(&phrase[rs..re]);
                let prev_known = lex.outlets.contains(&phrase[ps..pe]);
                if known && !prev_known {
                    named = Some((rs, re));
                    continue;
                }
                if prev_known && !known {
                    continue;
                }
                return (s, e);
            }
            named = Some((rs, re));
        }
    }
    match named {
        // (with another capitalized run beside it only when that one is a known outlet)
        Some((rs, re)) if runs == 1 || lex.outlets.contains(&phrase[rs..re]) => (s + rs, s + re),
        _ => (s, e),
    }
}

/// The outlet a speaker spoke to, named anywhere in `text[from..to]` (the cue's sentence on the
/// side away from the quote): `Speaking to CNN, …`, `… in an interview with the BBC`, `in remarks
/// to Reuters`.
fn outlet_phrase(text: &str, from: usize, to: usize) -> Option<(usize, usize)> {
    const LEADS: &[&str] = &[
        "speaking to ",
        "interview with ",
        "remarks to ",
        "comments to ",
        "statement to ",
        "told ",
        "quoted by ",
        "cited by ",
        "carried by ",
        "published by ",
        "according to ",
    ];
    // every lead in one pass (a search per lead, each on a lower-cased copy, was a tenth of the
    // quotes layer's time)
    static FINDER: LazyLock<AhoCorasick> = LazyLock::new(|| {
        AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build(LEADS)
            .expect("the leads are plain words")
    });
    let window = text.get(from..to)?;
    // the earliest lead in the list that names an outlet, at its first place that does
    let mut best: Option<(usize, usize, (usize, usize))> = None;
    for m in FINDER.find_overlapping_iter(window) {
        let (lead, at) = (m.pattern().as_usize(), m.start());
        if best.is_some_and(|(l, a, _)| (l, a) <= (lead, at)) {
            continue;
        }
        // a word boundary before the lead
        if at > 0 && window.as_bytes()[at - 1].is_ascii_alphanumeric() {
            continue;
        }
        let span = if LEADS[lead].ends_with("by ") {
            by_outlet(window, m.end())
        } else {
            cap_name_outlet(window, m.end())
        };
        if let Some(span) = span {
            best = Some((lead, at, span));
        }
    }
    best.map(|(_, _, (s, e))| (from + s, from + e))
}

/// `“…,” an official said, according to Al-Ahram.`: the outlet named after `according to` right
/// after a right-side attribution ending at `at`.
pub(crate) fn according_outlet(text: &str, at: usize) -> Option<(usize, usize)> {
    let end = ceil_boundary(text, (at + 80).min(text.len()));
    let w = text.get(at..end)?;
    let lead = w.len() - w.trim_start_matches([' ', ',']).len();
    let rest = &w[lead..];
    if !rest.get(..13)?.eq_ignore_ascii_case("according to ") {
        return None;
    }
    cap_name_outlet(w, lead + 13).map(|(s, e)| (at + s, at + e))
}

/// `[the] Name Name` starting at `at` in `s`, when it names an outlet.
fn cap_name_outlet(s: &str, mut at: usize) -> Option<(usize, usize)> {
    let mut rest = s.get(at..)?;
    if let Some(r) = rest.strip_prefix("the ") {
        at += 4;
        rest = r;
    }
    let mut end = 0;
    for raw in rest.split(' ').take(6) {
        let w = raw.trim_end_matches([',', '.', ':', ';']);
        if w.is_empty() || !(is_cap(w) || w == "of") {
            break;
        }
        end = raw.as_ptr() as usize - rest.as_ptr() as usize + w.len();
        if w.len() != raw.len() {
            break; // punctuation ends the name
        }
    }
    let name = rest[..end].trim_end_matches(" of");
    (!name.is_empty() && outlet_like(name)).then(|| (at, at + name.len()))
}

/// The outlet after `by` at `at` in `s`: `quoted by AFP`, `quoted by the state news agency IRNA`
/// (up to seven words before a stop word or punctuation, the longest run that reads as an
/// outlet).
fn by_outlet(s: &str, at: usize) -> Option<(usize, usize)> {
    let rest = s.get(at..)?;
    let lead = rest.len() - rest.trim_start().len();
    let rest = &rest[lead..];
    let mut ends = Vec::new();
    for raw in rest.split(' ').take(7) {
        let w = raw.trim_end_matches([',', '.', ':', ';', '،', '؛']);
        let lw = lower(w);
        if w.is_empty()
            || matches!(
                lw.as_str(),
                "as" | "on" | "in" | "at" | "to" | "that" | "and" | "saying" | "said" | "says"
            )
            || w.starts_with(is_quote_char)
        {
            break;
        }
        ends.push(raw.as_ptr() as usize - rest.as_ptr() as usize + w.len());
        if w.len() != raw.len() {
            break; // punctuation ends the name
        }
    }
    let base = at + lead;
    ends.iter()
        .rev()
        .find(|&&e| outlet_like(&rest[..e]))
        .map(|&e| (base, base + e))
}

/// The outlet a speaker spoke to, read from `text[from..to]` right after the cue: `told
/// Reuters`, `told the BBC on Sunday`, `قال … لوكالة رويترز`, `في تصريح لقناة الجزيرة`.
/// A verb that relays another's words (`Reuters quoted X as saying`, `Interfax cites a source
/// as saying`), lower-cased.
fn is_relay_verb(w: &str) -> bool {
    matches!(w, "quoted" | "quotes" | "cited" | "cites")
}

fn told_outlet(text: &str, from: usize, to: usize) -> Option<(usize, usize)> {
    let cue_word = text[..from]
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    let window = text.get(from..to)?;
    if matches!(lower(cue_word).as_str(), "quoted" | "cited") {
        // `the official was quoted by Reuters as saying`
        let lead = window.len() - window.trim_start().len();
        return window[lead..]
            .strip_prefix("by ")
            .and_then(|_| by_outlet(window, lead + 3))
            .map(|(s, e)| (from + s, from + e));
    }
    if matches!(lower(cue_word).as_str(), "told" | "tells" | "telling") {
        // `told [the] Name Name`, capitalized words only
        let lead = window.len() - window.trim_start().len();
        return cap_name_outlet(window, lead)
            .or_else(|| by_outlet(window, lead))
            .map(|(s, e)| (from + s, from + e));
    }
    // Arabic: ل + an outlet noun + up to three words of its name
    let mut words = Vec::new();
    let mut off = 0;
    for w in window.split(' ') {
        words.push((off, w));
        off += w.len() + 1;
    }
    let is_outlet_noun =
        |w: &str| w.chars().next().is_some_and(is_arabic) && lexicon().outlet_nouns.contains(w);
    for (k, &(off, w)) in words.iter().enumerate() {
        // `لـ"العربي الجديد"`: the outlet's quoted name right after the particle, without marks
        if let Some(name) = w
            .strip_prefix("لـ")
            .filter(|r| r.starts_with(is_quote_char))
        {
            let open_len = name.chars().next().map_or(1, char::len_utf8);
            let s = from + off + "لـ".len() + open_len;
            for &(off3, w3) in words.iter().skip(k).take(4) {
                let w3 = w3.trim_end_matches(['،', ',', '.', ':', '؛']);
                let start_in = if off3 == off {
                    "لـ".len() + open_len
                } else {
                    0
                };
                if w3.len() > start_in && w3.ends_with(is_quote_char) {
                    let close_len = w3.chars().next_back().map_or(1, char::len_utf8);
                    let e = from + off3 + w3.len() - close_len;
                    return (e > s).then_some((s, e));
                }
            }
            return None;
        }
        if w.contains([':', '"', '“', '«']) {
            return None;
        }
        // `لوكالة رويترز`, or `مع قناة الجزيرة` (an interview with)
        let (k, s) = match w.strip_prefix('ل') {
            Some(body) if is_outlet_noun(body) => (k, from + off + 'ل'.len_utf8()),
            _ if w == "مع" => match words.get(k + 1) {
                Some(&(off1, n)) if is_outlet_noun(n) => (k + 1, from + off1),
                _ => continue,
            },
            _ => continue,
        };
        // the end of the outlet noun's word
        let mut e = from + words[k].0 + words[k].1.len();
        // a quoted name: `لصحيفة "الشرق الأوسط"`
        if words
            .get(k + 1)
            .is_some_and(|(_, n)| n.starts_with(is_quote_char))
        {
            for &(off3, w3) in words.iter().skip(k + 1).take(4) {
                let w3 = w3.trim_end_matches(['،', ',', '.', ':', '؛']);
                if w3.chars().count() > 1 && w3.ends_with(is_quote_char) {
                    return Some((s, from + off3 + w3.len()));
                }
            }
        }
        let name_start = from + words[k].0 + words[k].1.len() + 1;
        for &(off2, n) in words.iter().skip(k + 1).take(3) {
            let clean = n.trim_end_matches(['،', ',', '.', ':', '؛']);
            // `روسيا اليوم`: a time word that ends a known outlet's name is its name
            let known = clean == "اليوم"
                && text
                    .get(name_start..from + off2 + clean.len())
                    .is_some_and(|nm| lexicon().outlets.contains(nm));
            if !known
                && (!clean.chars().next().is_some_and(is_arabic)
                    || matches!(
                        clean,
                        "إن" | "أن"
                            | "بأن"
                            | "ان"
                            | "في"
                            | "على"
                            | "عن"
                            | "يوم"
                            | "أمس"
                            | "اليوم"
                            | "من"
                    ))
            {
                break;
            }
            e = from + off2 + clean.len();
            if clean.len() != n.len() {
                break;
            }
        }
        return Some((s, e));
    }
    None
}

/// How a speaker mention reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum MentionKind {
    Pronoun,
    Description,
    Named,
}

pub(crate) fn mention_kind(s: &str) -> MentionKind {
    let words: Vec<&str> = s.split_whitespace().collect();
    if words.len() == 1 && PRONOUNS.contains(&lower(words[0]).as_str()) {
        return MentionKind::Pronoun;
    }
    if words.len() <= 4
        && words
            .first()
            .is_some_and(|w| DETERMINERS.contains(&lower(w).as_str()))
        && words[1..]
            .iter()
            .all(|w| !is_cap(w) && !w.chars().any(is_arabic))
    {
        return MentionKind::Description;
    }
    MentionKind::Named
}

/// The name-like tail of `toks[a..=b]`: capitalized words and titles, `of` between them, and a
/// leading `the`.
fn nameish_tail(ctx: &Ctx, toks: &[Tok], a: usize, b: usize) -> Option<(usize, usize)> {
    if b >= toks.len() || a > b {
        return None;
    }
    let mut k = b;
    let mut start: Option<usize> = None;
    let mut has_name = false;
    loop {
        let t = toks[k];
        if t.k != Tk::Word {
            break;
        }
        let w = ctx.w(&t);
        let lw = lower(w);
        if is_cap(w) || is_title(w) {
            has_name |= is_cap(w) || is_title(w);
            start = Some(k);
        } else if matches!(
            lw.as_str(),
            "of" | "al" | "bin" | "ibn" | "el" | "de" | "for" | "in"
        ) && k > a
            && (is_cap(ctx.w(&toks[k - 1])) || is_title(ctx.w(&toks[k - 1])))
            && start.is_some()
        {
            // connector inside a name: keep going
        } else if matches!(lw.as_str(), "the") && start.is_some() {
            start = Some(k);
            break;
        } else {
            break;
        }
        if k == a {
            break;
        }
        k -= 1;
    }
    let s = start?;
    // do not start on a connector
    let mut s2 = s;
    while s2 <= b
        && matches!(
            lower(ctx.w(&toks[s2])).as_str(),
            "of" | "for" | "in" | "al" | "de"
        )
    {
        s2 += 1;
    }
    (has_name && s2 <= b).then(|| (toks[s2].s, toks[b].e))
}

fn np_like(ctx: &Ctx, toks: &[Tok], a: usize, b: usize) -> bool {
    if a > b || b - a > 12 {
        return false;
    }
    let first = lower(ctx.w(&toks[a]));
    if NON_NP_START.contains(&first.as_str()) || ctx.lex_en(&toks[a]).is_some() {
        return false;
    }
    let mut named = false;
    for t in &toks[a..=b] {
        let w = ctx.w(t);
        let lw = lower(w);
        if BOUNDARY.contains(&lw.as_str()) && lw != "as" {
            return false;
        }
        if ctx.lex_en(t).is_some_and(|v| !v.participle) && !is_cap(w) {
            return false;
        }
        named |= is_cap(w) || is_title(w);
    }
    named
}

impl<'a> Ctx<'a> {
    fn lex_en(&self, t: &Tok) -> Option<EnVerb> {
        if t.k != Tk::Word {
            return None;
        }
        lexicon().en_verb(self.w(t))
    }

    /// The English subject before the verb at `vi`: the clause's noun phrase, with appositives
    /// (`X, former adviser to Y, Z, said`). None when the verb is coordinated (`and said`).
    fn subject_before(&self, toks: &[Tok], vi: usize) -> Option<(usize, usize)> {
        let mut j = vi;
        loop {
            if j == 0 {
                return None;
            }
            j -= 1;
            let t = toks[j];
            if t.k == Tk::CloseBr {
                // `The Prophet (peace be upon him) said`: skip a parenthesis before the verb
                let mut m = j;
                while m > 0 && toks[m].k != Tk::OpenBr && j - m < 12 {
                    m -= 1;
                }
                if toks[m].k == Tk::OpenBr && m > 0 {
                    j = m;
                    continue;
                }
                return None;
            }
            let skip = match t.k {
                Tk::Comma => true,
                Tk::Word => {
                    let lw = lower(self.w(&t));
                    SKIP_BEFORE_VERB.contains(&lw.as_str())
                        || (lw.ends_with("ly") && !is_cap(self.w(&t)) && lw.len() > 4)
                }
                _ => false,
            };
            if !skip {
                break;
            }
        }
        if toks[j].k != Tk::Word {
            return None;
        }
        // `The minister, speaking in Doha, said`: skip the inserted phrase
        if j + 1 < vi && toks[j + 1].k == Tk::Comma {
            let mut m = j as isize;
            while m >= 0 && toks[m as usize].k == Tk::Word {
                m -= 1;
            }
            let a = (m + 1) as usize;
            if m >= 1 && toks[m as usize].k == Tk::Comma && a <= j {
                let fw = lower(self.w(&toks[a]));
                let inserted = fw.ends_with("ing") && lexicon().en_verb(&fw).is_some()
                    || matches!(
                        fw.as_str(),
                        "quoted" | "cited" | "asked" | "pressed" | "reached" | "interviewed"
                    )
                    || PREPS.contains(&fw.as_str()) && fw != "and" && fw != "but"
                    || matches!(
                        fw.as_str(),
                        "who"
                            | "which"
                            | "speaking"
                            | "according"
                            | "however"
                            | "meanwhile"
                            | "too"
                            | "though"
                    );
                if inserted && toks[(m - 1) as usize].k == Tk::Word {
                    j = (m - 1) as usize;
                }
            }
        }
        let end = j;
        // the segment next to the verb
        let mut k = j as isize;
        while k >= 0 {
            let t = toks[k as usize];
            if t.k != Tk::Word {
                break;
            }
            let lw = lower(self.w(&t));
            let is_and = lw == "and"
                && toks
                    .get(k as usize + 1)
                    .is_some_and(|n| n.k == Tk::Word && !is_cap(self.w(n)));
            if BOUNDARY.contains(&lw.as_str()) || is_and {
                break;
            }
            k -= 1;
        }
        let seg_start = (k + 1) as usize;
        if seg_start > end {
            return None;
        }
        let first = lower(self.w(&toks[seg_start]));
        let stopped_by_word = k >= 0 && toks[k as usize].k == Tk::Word;
        if PREPS.contains(&first.as_str()) || end - seg_start > 10 || first == "and" {
            return nameish_tail(self, toks, seg_start, end);
        }
        let mut start = seg_start;
        // appositive chain through commas
        if !stopped_by_word {
            let mut c = k;
            while c >= 1 && toks[c as usize].k == Tk::Comma {
                let mut m = c - 1;
                while m >= 0 && toks[m as usize].k == Tk::Word {
                    m -= 1;
                }
                let (a, b) = ((m + 1) as usize, (c - 1) as usize);
                if a > b || !np_like(self, toks, a, b) {
                    break;
                }
                start = a;
                c = m;
            }
        }
        Some((toks[start].s, toks[end].e))
    }

    /// The noun phrase after `vi` (Arabic verb-subject order, English `said Blinken`).
    fn np_after(&self, toks: &[Tok], vi: usize, arabic: bool) -> Option<(usize, usize)> {
        let mut a = None;
        let mut b = None;
        let mut skip_to = 0;
        for (n, (i, t)) in toks.iter().enumerate().skip(vi + 1).enumerate() {
            if i <= skip_to {
                continue;
            }
            // a body's quoted name: `صحيفة "الشرق الأوسط"`, `حركة "حماس"`
            if let (Some(_), Some(prev)) = (b, b.and_then(|k: usize| toks.get(k))) {
                if let Some(close) = self.quoted_name(toks, i, self.w(prev)) {
                    b = Some(close);
                    skip_to = close;
                    continue;
                }
            }
            if t.k != Tk::Word || n >= 11 {
                break;
            }
            let w = self.w(t);
            if arabic {
                let k = super::lexicon::ar_key(w);
                // `السفير الكازاخي في أنقرة`: a place after في/من belongs to the mention, an
                // occasion (`في مؤتمر صحفي`, `في بيان`) does not
                // (`المندوب الروسي لدى الأمم المتحدة`: the post's seat after لدى)
                // (`المبعوث الأممي إلى ليبيا`: an envoy's or ambassador's destination after إلى)
                let envoy_to = k == "الى"
                    && a.and_then(|a| toks.get(a)).is_some_and(|h| {
                        let hk = super::lexicon::ar_key(self.w(h));
                        ["مبعوث", "سفير", "مندوب", "ممثل"]
                            .iter()
                            .any(|t| hk.contains(t))
                    });
                let place_follows =
                    (k == "في" || k == "من" || k == "لدى" || k == "لدي" || envoy_to)
                        && a.is_some()
                        && toks.get(i + 1).is_some_and(|n| {
                            n.k == Tk::Word && {
                                let nk = super::lexicon::ar_key(self.w(n));
                                let bare = nk.strip_prefix("ال").unwrap_or(&nk);
                                // `في حديثه`, `في كلمتها`: the occasion with its pronoun
                                let stem = ["هما", "هم", "ها", "ه"]
                                    .iter()
                                    .find_map(|p| bare.strip_suffix(p))
                                    .filter(|s| s.chars().count() >= 3);
                                let stem_occasion = stem.is_some_and(|s| {
                                    AR_OCCASION.contains(&s)
                                        || s.strip_suffix('ت').is_some_and(|s| {
                                            AR_OCCASION
                                                .iter()
                                                .any(|o| o.strip_suffix('ة') == Some(s))
                                        })
                                });
                                !AR_OCCASION.contains(&bare)
                                    && !stem_occasion
                                    && !AR_STOP.contains(&nk.as_str())
                            }
                        });
                if place_follows {
                    b = Some(i);
                    continue;
                }
                // `قال لنا الضابط`: the object pronoun before the subject
                if a.is_none()
                    && matches!(
                        k.as_str(),
                        "لي" | "لنا" | "له" | "لها" | "لهم" | "لك" | "لكم"
                    )
                {
                    continue;
                }
                if AR_STOP.contains(&k.as_str())
                    || AR_STOP.contains(&w)
                    || lexicon().ar_cue(w).is_some()
                {
                    break;
                }
                // `لشبكة "سي إن إن"`, `للتلفزيون الرسمي`: to an outlet (right after the verb too:
                // `قال لبرنامج "…" على بي بي سي`, the speaker unwritten)
                {
                    let rest = k
                        .strip_prefix("لل")
                        .or_else(|| k.strip_prefix('ل'))
                        .unwrap_or("");
                    let outlets = &lexicon().outlet_nouns;
                    if !rest.is_empty()
                        && (outlets.contains(rest)
                            || outlets.contains(format!("ال{rest}").as_str()))
                    {
                        break;
                    }
                }
                // after the subject: a relative clause (`الوزير الذي كان يتحدث`, `مسؤول طلب عدم
                // الكشف عن اسمه`) or an adverb (`مجدداً`, `سابقاً`: the accusative tanween)
                if a.is_some() && (AR_AFTER_SUBJECT.contains(&k.as_str()) || w.contains('\u{064B}'))
                {
                    break;
                }
                if !w.chars().any(is_arabic) {
                    break;
                }
                let letters = k.chars().count();
                // a prepositional object after the subject (`رحبت الوزيرة بالتصريح`)
                if a.is_some() && k.starts_with("بال") && letters >= 5 {
                    break;
                }
                // an object with its pronoun after the subject (`أعلن الجيش سيطرته`)
                if a.is_some()
                    && !k.starts_with("ال")
                    && letters >= 4
                    && (k.ends_with('ه')
                        || k.ends_with("ها")
                        || k.ends_with("هم")
                        || k.ends_with("هما"))
                {
                    break;
                }
            } else {
                let lw = lower(w);
                if EN_STOP.contains(&lw.as_str()) || (lexicon().en_verb(w).is_some() && !is_cap(w))
                {
                    break;
                }
                if !(is_cap(w)
                    || is_title(w)
                    || matches!(lw.as_str(), "the" | "of" | "a" | "an" | "his" | "her"))
                {
                    break;
                }
            }
            if a.is_none() {
                a = Some(i);
            }
            b = Some(i);
        }
        let (a, mut b) = (a?, b?);
        // a preposition left at the end (`الوزير في` before an occasion it did not know)
        while arabic
            && b > a
            && matches!(
                super::lexicon::ar_key(self.w(&toks[b])).as_str(),
                "في" | "من" | "لدى" | "لدي" | "الى"
            )
        {
            b -= 1;
        }
        if !arabic && toks.get(b + 1).is_some_and(|t| t.k == Tk::Comma) {
            // `said the foreign minister, Sameh Shoukry.`: an appositive name closing the clause
            let mut c = b + 2;
            while c < toks.len() && c < b + 6 && toks[c].k == Tk::Word && is_cap(self.w(&toks[c])) {
                c += 1;
            }
            if c > b + 2
                && toks
                    .get(c)
                    .is_none_or(|t| matches!(t.k, Tk::Stop | Tk::Comma | Tk::Break | Tk::Quote))
            {
                b = c - 1;
            }
        }
        // a trailing determiner or connector is not part of the phrase
        let mut b2 = b;
        while b2 > a
            && matches!(
                lower(self.w(&toks[b2])).as_str(),
                "the" | "of" | "a" | "an" | "his" | "her"
            )
        {
            b2 -= 1;
        }
        span_of(toks, a, b2)
    }

    /// The index of the closing mark when `toks[i]` opens a short quoted name right after the
    /// body noun `noun` (`صحيفة "الشرق الأوسط"`, `the daily "Al-Ahram"`).
    fn quoted_name(&self, toks: &[Tok], i: usize, noun: &str) -> Option<usize> {
        let open = toks.get(i)?;
        if open.k != Tk::Other || !self.w(open).chars().all(is_quote_char) {
            return None;
        }
        if !super::names_a_body_noun(noun) {
            return None;
        }
        (i + 2..(i + 6).min(toks.len())).find(|&j| {
            toks[j].k == Tk::Other
                && self.w(&toks[j]).chars().all(is_quote_char)
                && toks[i + 1..j].iter().all(|t| t.k == Tk::Word)
        })
    }

    /// `according to X` / `بحسب X`: the phrase after the cue words, `the statement of` dropped.
    /// Arabic `بحسب X` / `وفق X`: X ends like a speaker after a verb (`بحسب وزير الخارجية في
    /// مؤتمر صحفي`); `بحسب ما قاله X` reads X after the verb, and `وفق ما نقلته وكالة رويترز عن
    /// مسؤول` the speaker after عن with the outlet as the carrier.
    fn ar_according(&self, toks: &[Tok], from: usize) -> Attr {
        let word = |i: usize| toks.get(i).filter(|t| t.k == Tk::Word).map(|t| self.w(t));
        if word(from) == Some("ما") && word(from + 1).is_some() {
            let v = from + 1;
            let key = super::lexicon::ar_key(self.w(&toks[v]));
            let np = self.np_after(toks, v, true);
            if key.starts_with("نقل") {
                let after = np.map_or(v + 1, |(_, e)| toks.partition_point(|x| x.s < e));
                if word(after) == Some("عن") {
                    return Attr {
                        speaker: self.np_after(toks, after, true),
                        resolved: false,
                        cue: None,
                        carrier: np.filter(|&(s, e)| outlet_like(&self.text[s..e])),
                    };
                }
            }
            if np.is_some() {
                return Attr::unresolved(np, None);
            }
        }
        if from > 0 {
            if let Some(sp) = self.np_after(toks, from - 1, true) {
                return Attr::unresolved(Some(sp), None);
            }
        }
        Attr::unresolved(self.according_np(toks, from), None)
    }

    fn according_np(&self, toks: &[Tok], from: usize) -> Option<(usize, usize)> {
        let mut a = None;
        let mut b = None;
        for (i, t) in toks.iter().enumerate().skip(from) {
            if t.k != Tk::Word || i - from > 12 {
                break;
            }
            if a.is_none() {
                a = Some(i);
            }
            b = Some(i);
        }
        let (mut a, b) = (a?, b?);
        // `the statement of`, `a report by`, `sources in`
        for i in a..b {
            let lw = lower(self.w(&toks[i]));
            if matches!(lw.as_str(), "of" | "by" | "from") && i < b {
                let head = lower(self.w(&toks[i.saturating_sub(1)]));
                if matches!(
                    head.as_str(),
                    "statement"
                        | "report"
                        | "words"
                        | "text"
                        | "account"
                        | "remarks"
                        | "spokesman"
                        | "website"
                        | "sources"
                ) {
                    a = i + 1;
                    break;
                }
            }
        }
        // Arabic `وفقاً لـ X`, `وفقا للوزير`: the particle ل
        if self.w(&toks[a]) == "لـ" || self.w(&toks[a]) == "ل" {
            a += 1;
        }
        span_of(toks, a, b)
    }

    fn after_determiner(&self, toks: &[Tok], vi: usize) -> bool {
        vi > 0
            && toks[vi - 1].k == Tk::Word
            && matches!(
                lower(self.w(&toks[vi - 1])).as_str(),
                "the"
                    | "a"
                    | "an"
                    | "his"
                    | "her"
                    | "its"
                    | "their"
                    | "these"
                    | "those"
                    | "this"
                    | "such"
                    | "no"
                    | "any"
                    | "some"
                    | "many"
                    | "several"
                    | "our"
                    | "my"
                    | "your"
                    | "whose"
                    | "of"
                    | "to"
            )
    }

    fn is_passive(&self, toks: &[Tok], vi: usize) -> bool {
        let mut j = vi;
        let mut hops = 0;
        while j > 0 && hops < 3 {
            j -= 1;
            hops += 1;
            if toks[j].k != Tk::Word {
                return false;
            }
            let lw = lower(self.w(&toks[j]));
            if matches!(
                lw.as_str(),
                "is" | "was" | "were" | "are" | "been" | "be" | "being" | "'s" | "’s"
            ) {
                return true;
            }
            if !matches!(
                lw.as_str(),
                "also" | "further" | "widely" | "often" | "not" | "already" | "reportedly"
            ) {
                return false;
            }
        }
        false
    }

    /// Is the weak verb at `vi` close enough to the quote / a complement to count?
    fn weak_ok(&self, toks: &[Tok], vi: usize) -> bool {
        if toks.len() - vi <= 3 {
            return true;
        }
        toks[vi + 1..(vi + 3).min(toks.len())]
            .iter()
            .any(|t| match t.k {
                Tk::Colon | Tk::Comma | Tk::Quote => true,
                Tk::Word => lower(self.w(t)) == "that",
                _ => false,
            })
    }

    fn prev_quote_speaker(&self, toks: &[Tok], before: usize) -> Option<(usize, usize)> {
        toks[..before]
            .iter()
            .rev()
            .filter(|t| t.k == Tk::Quote)
            .find_map(|t| self.hist_at(t.s).and_then(|h| h.speaker))
    }

    /// The left-side attribution of a quote opening at `open`, and whether it is strong (the cue
    /// or a colon right before the quote).
    fn left(&self, open: usize) -> (Attr, bool, bool) {
        let pi = self.para_of(open);
        let mut ps = self.paras.get(pi).map_or(0, |p| p.0).min(open);
        // a quote opening its paragraph after a paragraph that ends with a colon
        // (`… said:` / blank line / `“…”`) is introduced by that paragraph's last sentence
        let mut te = open;
        if pi > 0 && self.text[ps..open].trim().is_empty() {
            if let Some(&(pps, ppe)) = self.paras.get(pi - 1) {
                if pps <= ppe && ppe <= ps && self.text[pps..ppe].trim_end().ends_with(':') {
                    ps = pps;
                    te = ppe;
                }
            }
        }
        let width = self.width(400, 160);
        let ws = floor_boundary(self.text, te.saturating_sub(width).max(ps));
        let all = self.tokens(ws, te, None);
        let ss = sentence_start(self, &all);
        let toks = &all[ss..];
        if toks.is_empty() {
            return (Attr::default(), false, false);
        }
        // strong: colon / comma / `that` right before the quote, or a cue among the last words
        let mut last = toks.len();
        while last > 0 && matches!(toks[last - 1].k, Tk::OpenBr | Tk::Other) {
            last -= 1;
        }
        let mut strong = last > 0
            && match toks[last - 1].k {
                Tk::Colon | Tk::Comma => true,
                Tk::Word => {
                    let w = lower(self.w(&toks[last - 1]));
                    // `فإن` / `وأن`: the conjunction glued to the complementizer
                    let w = match w.strip_prefix(['ف', 'و']) {
                        Some(bare) if bare.chars().count() == 2 => bare,
                        _ => &w,
                    };
                    matches!(w, "that" | "أن" | "إن" | "بأن" | "ان")
                }
                _ => false,
            };
        if let Some(a) = self.in_words_of(toks, open) {
            return (a, true, true);
        }
        let mut words_seen = 0;
        let mut cue: Option<(usize, usize)> = None;
        let mut passive_fallback: Option<Attr> = None;
        let mut participle_at: Option<usize> = None;
        let mut i = toks.len();
        while i > 0 {
            i -= 1;
            let t = toks[i];
            if t.k != Tk::Word {
                continue;
            }
            words_seen += 1;
            let w = self.w(&t);
            if w.chars().next().is_some_and(is_arabic) {
                if let Some((c, plen)) = lexicon().ar_cue(w) {
                    if words_seen <= 10 {
                        strong = true;
                    }
                    let cue_span = Some((t.s + plen, t.e));
                    match c {
                        ArCue::According => {
                            let mut from = i + 1;
                            if toks
                                .get(from)
                                .is_some_and(|x| matches!(self.w(x), "لـ" | "ل"))
                            {
                                from += 1;
                            }
                            return (self.ar_according(toks, from), strong, true);
                        }
                        ArCue::Participle => {
                            cue.get_or_insert((t.s + plen, t.e));
                            participle_at.get_or_insert(i);
                            continue;
                        }
                        ArCue::Verb => {
                            let cue = cue.or(cue_span);
                            // نقلت وكالة … عن X
                            let key = super::lexicon::ar_key(w);
                            let np = self.np_after(toks, i, true);
                            let relay = key.ends_with("نقلت") || key.ends_with("نقل");
                            // نسبت الصحيفة إلى X قوله
                            let ascribe = key.ends_with("نسبت");
                            let from_word = |x: &Tok| {
                                let w = self.w(x);
                                if ascribe {
                                    matches!(w, "إلى" | "الى")
                                } else {
                                    w == "عن"
                                }
                            };
                            if relay || ascribe {
                                let mut after =
                                    np.map_or(i + 1, |(_, e)| toks.partition_point(|x| x.s < e));
                                // the outlet's short name in brackets: `وكالة الأنباء السعودية (واس)`
                                let mut np = np;
                                if np.is_some()
                                    && toks.get(after).is_some_and(|x| x.k == Tk::OpenBr)
                                {
                                    if let Some(c) = (after + 2..(after + 6).min(toks.len()))
                                        .find(|&c| toks[c].k == Tk::CloseBr)
                                    {
                                        if toks[after + 1..c].iter().all(|x| x.k == Tk::Word) {
                                            after = c + 1;
                                        }
                                    }
                                }
                                // the outlet's quoted name: `نقلت صحيفة "الشرق الأوسط" عن`
                                if let (Some((s, _)), Some(q)) = (np, toks.get(after)) {
                                    if q.k == Tk::Quote
                                        && toks.get(after + 1).is_some_and(from_word)
                                    {
                                        np = Some((s, q.e));
                                        after += 1;
                                    }
                                }
                                if toks.get(after).is_some_and(from_word) {
                                    let sp = self.np_after(toks, after, true);
                                    return (
                                        Attr {
                                            speaker: sp,
                                            resolved: false,
                                            cue,
                                            carrier: np.filter(|&(s, e)| {
                                                let name = &self.text[s..e];
                                                outlet_like(name) || name.starts_with("وسائل")
                                            }),
                                        },
                                        strong,
                                        true,
                                    );
                                }
                            }
                            // `وصف التيار الخطاب بأنه …`: verb, subject, object, then ب
                            let np = if key.ends_with("وصف") || key.ends_with("وصفت") {
                                np.map(|(s, e)| {
                                    let next = toks.partition_point(|x| x.s < e);
                                    let last = next.saturating_sub(1);
                                    let by = toks.get(next).is_some_and(|x| {
                                        x.k == Tk::Word && self.w(x).starts_with('ب')
                                    });
                                    if by && last > 0 && toks[last - 1].s >= s && toks[last].s > s {
                                        (s, toks[last - 1].e)
                                    } else {
                                        (s, e)
                                    }
                                })
                            } else {
                                np
                            };
                            if np.is_some() {
                                return (Attr::unresolved(np, cue), strong, true);
                            }
                            // passive (`ذُكر أن`): no speaker
                            if ar_passive(&w[plen..]) {
                                return (Attr::unresolved(None, cue), strong, true);
                            }
                            // subject before the verb (`الرئيس الكازاخي قال إن`, `أما الوزير
                            // فقال`)
                            if plen == 0 || w.starts_with('ف') {
                                if let Some(sp) = self.ar_subject_before(toks, i) {
                                    return (Attr::unresolved(Some(sp), cue), strong, true);
                                }
                            }
                            // pro-drop (وأضاف أن): the previous speaker
                            return (self.inherit(toks, i, open, cue), strong, true);
                        }
                    }
                }
                continue;
            }
            // English
            let lw = lower(w);
            if lw == "according" && toks.get(i + 1).is_some_and(|n| lower(self.w(n)) == "to") {
                if words_seen <= 12 {
                    strong = true;
                }
                let sp = self.according_np(toks, i + 2);
                return (Attr::unresolved(sp, None), strong, true);
            }
            if is_relay_verb(&lw) && !(is_cap(w) && i > 0) {
                if let Some(a) = self.relayed(toks, i, open, participle_at, cue) {
                    return (a, strong || words_seen <= 10, true);
                }
            }
            let Some(v) = lexicon().en_verb(w) else {
                continue;
            };
            if (is_cap(w) && i > 0) || self.after_determiner(toks, i) {
                // `Said` inside a name, `the reports` as a noun: not a verb
                continue;
            }
            if v.weak && !self.weak_ok(toks, i) {
                continue;
            }
            if words_seen <= 10 {
                strong = true;
            }
            let span = (t.s, t.e);
            if v.participle {
                cue.get_or_insert(span);
                participle_at.get_or_insert(i);
                continue;
            }
            if self.is_passive(toks, i) {
                if passive_fallback.is_none() {
                    // `was reported by X`
                    let agent = toks
                        .get(i + 1)
                        .filter(|n| lower(self.w(n)) == "by")
                        .and_then(|_| self.np_after(toks, i + 1, false));
                    passive_fallback = Some(Attr::unresolved(agent, Some(span)));
                }
                continue;
            }
            let cue = cue.or(Some(span));
            match self.subject_before(toks, i) {
                Some(sp) => {
                    let a = self.finish(sp, open, cue);
                    return (a, strong, true);
                }
                None => {
                    // coordinated (`and said`): the subject of an earlier verb
                    if let Some(a) = self.earlier_subject(toks, i, open, cue) {
                        return (a, strong, true);
                    }
                    return (self.inherit(toks, i, open, cue), strong, true);
                }
            }
        }
        if let Some(pi) = participle_at {
            if let Some(sp) = self.prev_quote_speaker(toks, pi) {
                return (Attr::resolved(Some(sp), cue), strong, true);
            }
            if let Some(sp) = self.sentence_subject(toks, 0, pi) {
                return (self.finish(sp, open, cue), strong, true);
            }
            let mut j = pi;
            while j > 0
                && toks[j - 1].k == Tk::Word
                && matches!(
                    lower(self.w(&toks[j - 1])).as_str(),
                    "when" | "while" | "by" | "after" | "before" | "in"
                )
            {
                j -= 1;
            }
            while j > 0 && toks[j - 1].k == Tk::Comma {
                j -= 1;
            }
            if j > 0 {
                if let Some(sp) = nameish_tail(self, toks, 0, j - 1) {
                    return (self.finish(sp, open, cue), strong, true);
                }
            }
            return (self.inherit(toks, pi, open, cue), strong, true);
        }
        if let Some(a) = passive_fallback {
            return (a, strong, true);
        }
        if let Some(sp) = self.headline_speaker(toks) {
            return (Attr::unresolved(Some(sp), None), true, true);
        }
        (Attr::default(), false, false)
    }

    /// A headline or list line `Name: “…”` (`Sergei Lavrov: “…”`, `وزير الخارجية القطري: «…»`):
    /// a whole sentence of nothing but a name before the colon. English: capitalized words and
    /// titles. Arabic: a title noun in it, or a short name without the article.
    fn headline_speaker(&self, toks: &[Tok]) -> Option<(usize, usize)> {
        let mut n = toks.len();
        while n > 0 && matches!(toks[n - 1].k, Tk::OpenBr | Tk::Other) {
            n -= 1;
        }
        if n < 2 || toks[n - 1].k != Tk::Colon || n - 1 > 8 {
            return None;
        }
        let words = &toks[..n - 1];
        if !words.iter().all(|t| t.k == Tk::Word) {
            return None;
        }
        let keys: Vec<String> = words
            .iter()
            .map(|t| super::lexicon::ar_key(self.w(t)))
            .collect();
        if keys.iter().any(|k| NOT_NAMES.contains(&lower(k).as_str())) {
            return None;
        }
        let arabic = words.iter().all(|t| self.w(t).chars().any(is_arabic));
        let ok = if arabic {
            keys.len() <= 6
                && (keys.iter().any(|k| AR_TITLES.contains(&k.as_str()))
                    || (keys.len() <= 3
                        && keys.last().is_some_and(|k| !k.starts_with("ال"))
                        && !keys.iter().any(|k| AR_PARTICLES.contains(&k.as_str()))))
        } else {
            words
                .iter()
                .any(|t| is_cap(self.w(t)) && !is_title(self.w(t)))
                && words.iter().all(|t| {
                    let w = self.w(t);
                    is_cap(w) || is_title(w) || matches!(lower(w).as_str(), "of" | "al" | "bin")
                })
                && lexicon().en_verb(self.w(&words[0])).is_none()
        };
        ok.then(|| (words[0].s, words[words.len() - 1].e))
    }

    /// A relay verb at `vi` (`quoted`, `cited`) with `as saying` after it (`participle_at`):
    /// `Reuters quoted a senior official as saying` (the official speaks, Reuters carries the
    /// words), `Interfax cited a source as saying`, and the passive `the minister was quoted
    /// [by Reuters] as saying`.
    fn relayed(
        &self,
        toks: &[Tok],
        vi: usize,
        open: usize,
        participle_at: Option<usize>,
        cue: Option<(usize, usize)>,
    ) -> Option<Attr> {
        let pi = participle_at.filter(|&pi| {
            pi > vi + 1
                && lower(self.w(&toks[pi - 1])) == "as"
                && toks[vi + 1..pi - 1].iter().all(|x| x.k == Tk::Word)
        })?;
        let cue = cue.or(Some((toks[vi].s, toks[vi].e)));
        if self.is_passive(toks, vi) {
            let sp = self.subject_before(toks, vi)?;
            let mut a = self.finish(sp, open, cue);
            a.carrier = (pi > vi + 2 && lower(self.w(&toks[vi + 1])) == "by")
                .then(|| by_outlet(self.text, toks[vi + 1].e))
                .flatten()
                .filter(|&(_, e)| e <= toks[pi - 1].s);
            return Some(a);
        }
        let sp = span_of(toks, vi + 1, pi - 2)?;
        let mut a = self.finish(sp, open, cue);
        // an outlet, or the media (`Iraqi state media quoted …`)
        a.carrier = self.subject_before(toks, vi).filter(|&(s, e)| {
            let name = &self.text[s..e];
            outlet_like(name) || lower(name).ends_with(" media")
        });
        Some(a)
    }

    /// The object of a relay verb at `vi` followed by `as saying` (`quoted a senior official as
    /// saying`), as [`Ctx::relayed`] reads it.
    fn relayed_object(&self, toks: &[Tok], vi: usize) -> Option<(usize, usize)> {
        if !is_relay_verb(&lower(self.w(toks.get(vi)?))) {
            return None;
        }
        let as_at = (vi + 2..(vi + 12).min(toks.len()))
            .take_while(|&k| toks[k].k == Tk::Word)
            .find(|&k| {
                lower(self.w(&toks[k])) == "as"
                    && toks
                        .get(k + 1)
                        .is_some_and(|p| self.lex_en(p).is_some_and(|v| v.participle))
            })?;
        span_of(toks, vi + 1, as_at - 1)
    }

    /// A speaker named by a phrase that ends with a colon or a comma right before the quote:
    /// `As the minister put it, “…”`, `In the words of the envoy, “…”`, `The president’s words:
    /// “…”`, `على حد تعبير الوزير: «…»`, `بتعبير الوزير، «…»`, `على لسان المتحدث: «…»`.
    fn in_words_of(&self, toks: &[Tok], open: usize) -> Option<Attr> {
        let mut n = toks.len();
        while n > 0 && matches!(toks[n - 1].k, Tk::OpenBr | Tk::Other) {
            n -= 1;
        }
        if n < 3 || !matches!(toks[n - 1].k, Tk::Comma | Tk::Colon) {
            return None;
        }
        let last = n - 2;
        // the words of the phrase, at most twelve back, without punctuation
        let mut first = last;
        while first > 0 && last - first < 12 && toks[first - 1].k == Tk::Word {
            first -= 1;
        }
        if toks[last].k != Tk::Word {
            return None;
        }
        let lw = |i: usize| lower(self.w(&toks[i]));
        let ar = |i: usize| super::lexicon::ar_key(self.w(&toks[i]));
        // `As X put it`
        if lw(last) == "it" && last >= first + 3 && lw(last - 1) == "put" {
            let as_at = (first..last - 1).rev().find(|&k| lw(k) == "as")?;
            let sp = span_of(toks, as_at + 1, last - 2)?;
            return Some(self.finish(sp, open, Some((toks[last - 1].s, toks[last].e))));
        }
        // `X’s words`, `in X’s words`
        if lw(last) == "words" && last > first {
            let owner = self.w(&toks[last - 1]);
            let bare = owner
                .strip_suffix("’s")
                .or_else(|| owner.strip_suffix("'s"))
                .filter(|b| !b.is_empty())?;
            // the owner: capitalized words, titles, `of` and a determiner before them
            let mut a = last - 1;
            while a > first && last - 1 - a < 6 {
                let p = self.w(&toks[a - 1]);
                let lp = lower(p);
                let det = DETERMINERS.contains(&lp.as_str()) && !BOUNDARY.contains(&lp.as_str());
                if !(is_cap(p) || is_title(p) || lp == "of" || det) {
                    break;
                }
                a -= 1;
                if det {
                    break;
                }
            }
            while a < last - 1 && NON_NP_START.contains(&lw(a).as_str()) {
                a += 1;
            }
            let sp = (toks[a].s, toks[last - 1].s + bare.len());
            let cue = Some((toks[last].s, toks[last].e));
            return Some(self.finish(sp, open, cue));
        }
        // `in the words of X`
        if let Some(wi) = (first..last)
            .rev()
            .take(10)
            .find(|&k| lw(k) == "words" && lw(k + 1) == "of" && k > first && lw(k - 1) == "the")
        {
            let sp = span_of(toks, wi + 2, last)?;
            return Some(self.finish(sp, open, Some((toks[wi].s, toks[wi].e))));
        }
        // Arabic: `على حد تعبير X`, `بتعبير X`, `على حد قول X`, `على لسان X`
        let wi = (first..last).rev().take(10).find(|&k| {
            let key = ar(k);
            let prev = if k > first { ar(k - 1) } else { String::new() };
            matches!(key.as_str(), "تعبير" | "بتعبير" | "وبتعبير")
                || (key == "قول" && prev == "حد")
                || (key == "لسان" && matches!(prev.as_str(), "على" | "وعلى"))
        })?;
        if toks[wi + 1..=last]
            .iter()
            .any(|t| !self.w(t).chars().any(is_arabic))
        {
            return None;
        }
        let sp = span_of(toks, wi + 1, last)?;
        Some(Attr::unresolved(Some(sp), Some((toks[wi].s, toks[wi].e))))
    }

    /// The subject noun phrase opening the sentence `toks[a..]` (introductory phrases skipped):
    /// `After the talks, Qatar's emir spoke …` → `Qatar's emir`.
    fn sentence_subject(&self, toks: &[Tok], a: usize, end: usize) -> Option<(usize, usize)> {
        let mut i = a;
        // skip introductory comma phrases
        loop {
            let first = toks.get(i).filter(|t| t.k == Tk::Word)?;
            if NON_NP_START.contains(&lower(self.w(first)).as_str()) {
                let mut j = i;
                while j < end && toks[j].k != Tk::Comma {
                    if matches!(toks[j].k, Tk::Stop | Tk::Break | Tk::Quote) {
                        return None;
                    }
                    j += 1;
                }
                if j >= end {
                    return None;
                }
                i = j + 1;
                continue;
            }
            break;
        }
        let mut b = None;
        let mut named = false;
        let mut j = i;
        while j < end && toks[j].k == Tk::Word && j - i < 10 {
            let w = self.w(&toks[j]);
            let lw = lower(w);
            if is_cap(w) || is_title(w) {
                named |= (is_cap(w) && !DETERMINERS.contains(&lw.as_str())) || is_title(w);
                b = Some(j);
            } else if !((DETERMINERS.contains(&lw.as_str()) && j == i)
                || matches!(
                    lw.as_str(),
                    "of" | "in" | "for" | "at" | "al" | "bin" | "el"
                ) && toks
                    .get(j + 1)
                    .is_some_and(|n| n.k == Tk::Word && is_cap(self.w(n))))
            {
                break;
            }
            j += 1;
        }
        let b = b?;
        (named).then(|| (toks[i].s, toks[b].e))
    }

    /// Arabic words right before the verb at `vi` (subject-verb order), particles dropped.
    fn ar_subject_before(&self, toks: &[Tok], vi: usize) -> Option<(usize, usize)> {
        // `وكان الرئيس قد قال`: the subject sits between كان and قد
        let mut vi = vi;
        if vi > 1
            && matches!(
                super::lexicon::ar_key(self.w(&toks[vi - 1])).as_str(),
                "قد" | "وقد" | "لقد"
            )
        {
            vi -= 1;
        }
        // `وزير الخارجية الروسي سيرغي لافروف، قال`: one comma between subject and verb
        let comma = vi > 1 && toks[vi - 1].k == Tk::Comma && toks[vi - 2].k == Tk::Word;
        if comma {
            vi -= 1;
        }
        let mut a = vi;
        while a > 0
            && vi - a < 6
            && toks[a - 1].k == Tk::Word
            && self.w(&toks[a - 1]).chars().any(is_arabic)
        {
            a -= 1;
        }
        let a0 = a;
        while a < vi && AR_PARTICLES.contains(&super::lexicon::ar_key(self.w(&toks[a])).as_str()) {
            a += 1;
        }
        // before a comma, only a whole clause that reads as a mention (not `وفي تصريح
        // للصحفيين، قال`)
        if comma
            && (a != a0
                || (a > 0 && toks[a - 1].k == Tk::Word)
                || toks[a..vi].iter().any(|t| {
                    let k = super::lexicon::ar_key(self.w(t));
                    let bare = k.strip_prefix("ال").unwrap_or(&k);
                    AR_OCCASION.contains(&bare)
                        || k.starts_with("لل")
                        || AR_STOP_WORDS.contains(&k.as_str())
                }))
        {
            return None;
        }
        if a >= vi
            || toks[a..vi]
                .iter()
                .any(|t| AR_PARTICLES.contains(&super::lexicon::ar_key(self.w(t)).as_str()))
        {
            return None;
        }
        Some((toks[a].s, toks[vi - 1].e))
    }

    /// The subject of an earlier finite cue in the same sentence (before token `vi`).
    fn earlier_subject(
        &self,
        toks: &[Tok],
        vi: usize,
        open: usize,
        cue: Option<(usize, usize)>,
    ) -> Option<Attr> {
        let mut i = vi;
        while i > 0 {
            i -= 1;
            let t = toks[i];
            if t.k != Tk::Word {
                continue;
            }
            let w = self.w(&t);
            let Some(v) = lexicon().en_verb(w) else {
                continue;
            };
            if v.participle || is_cap(w) || self.is_passive(toks, i) {
                continue;
            }
            if let Some(sp) = self.subject_before(toks, i) {
                return Some(self.finish(sp, open, cue));
            }
        }
        None
    }

    /// A speaker mention found as written: pronouns and descriptions resolved.
    fn finish(&self, sp: (usize, usize), at: usize, cue: Option<(usize, usize)>) -> Attr {
        let s = &self.text[sp.0..sp.1];
        // A pronoun resolves to the nearest named speaker; a description (`the minister`) to
        // the nearest one its head word fits.
        let head = match mention_kind(s) {
            MentionKind::Named => None,
            MentionKind::Pronoun => Some(None),
            MentionKind::Description => Some(s.split_whitespace().last().map(lower)),
        };
        let pronoun = head == Some(None);
        let resolved = head.and_then(|h| self.resolve(sp.0.min(at), h.as_deref()));
        // a pronoun with no named speaker before it: the nearest quote's described speaker, in
        // this paragraph or the previous one (`The spokesman said: “…” He added that “…”`)
        let resolved = resolved.or_else(|| {
            if !pronoun {
                return None;
            }
            let pos = sp.0.min(at);
            let pi = self.para_of(pos);
            let lo = self.paras.get(pi.saturating_sub(1)).map_or(0, |p| p.0);
            self.hist
                .iter()
                .rev()
                .take(4)
                .filter(|h| lo <= h.open && h.open < pos)
                .find_map(|h| h.speaker)
                .filter(|&(a, b)| mention_kind(&self.text[a..b]) == MentionKind::Description)
        });
        Attr {
            speaker: Some(resolved.unwrap_or(sp)),
            resolved: resolved.is_some(),
            cue,
            carrier: None,
        }
    }

    /// No subject written (pro-drop, a participle with nothing before it): the nearest earlier
    /// named speaker.
    fn inherit(&self, toks: &[Tok], i: usize, open: usize, cue: Option<(usize, usize)>) -> Attr {
        let at = toks.get(i).map_or(open, |t| t.s);
        // an Arabic verb says the speaker's gender (`وأضافت` after a man and a woman spoke)
        let gender = toks.get(i).and_then(|t| ar_gender(self.w(t)));
        match self.resolve_g(at, None, gender) {
            Some(r) => Attr::resolved(Some(r), cue),
            None => Attr::unresolved(None, cue),
        }
    }

    /// The nearest named speaker before `pos`, in its paragraph or the previous one: subjects of
    /// speech verbs and speakers of earlier quotes. With `head`, only a mention containing it.
    pub fn resolve(&self, pos: usize, head: Option<&str>) -> Option<(usize, usize)> {
        self.resolve_g(pos, head, None)
    }

    /// [`Ctx::resolve`], skipping speakers whose Arabic cue verb has the other gender than
    /// `gender` (true: feminine).
    fn resolve_g(
        &self,
        pos: usize,
        head: Option<&str>,
        gender: Option<bool>,
    ) -> Option<(usize, usize)> {
        let same = |cue: Option<&str>| {
            gender.is_none_or(|g| cue.and_then(ar_gender).is_none_or(|g2| g == g2))
        };
        let pi = self.para_of(pos);
        let lo = self.paras.get(pi.saturating_sub(1)).map_or(0, |p| p.0);
        let width = self.width(1500, 300);
        let ws = floor_boundary(self.text, lo.max(pos.saturating_sub(width)));
        let toks = self.tokens(ws, pos, None);
        let ok = |sp: (usize, usize)| {
            let s = &self.text[sp.0..sp.1];
            mention_kind(s) == MentionKind::Named && head.is_none_or(|h| lower(s).contains(h))
        };
        let mut i = toks.len();
        while i > 0 {
            i -= 1;
            let t = toks[i];
            match t.k {
                Tk::Quote => {
                    if let Some(h) = self.hist_at(t.s) {
                        let cue = h.cue.map(|(s, e)| &self.text[s..e]);
                        if let Some(sp) = h.speaker.filter(|_| same(cue)) {
                            if ok(sp) {
                                return Some(sp);
                            }
                        }
                    }
                }
                Tk::Word => {
                    let w = self.w(&t);
                    if w.chars().next().is_some_and(is_arabic) {
                        if let Some((ArCue::Verb, _)) = lexicon().ar_cue(w) {
                            if let Some(sp) =
                                self.np_after(&toks, i, true).filter(|_| same(Some(w)))
                            {
                                if ok(sp) {
                                    return Some(sp);
                                }
                            }
                        }
                        continue;
                    }
                    let Some(v) = lexicon().en_verb(w) else {
                        continue;
                    };
                    // an infinitive (`declined to say`, `fashionable to say`) has no subject
                    let infinitive =
                        i > 0 && toks[i - 1].k == Tk::Word && lower(self.w(&toks[i - 1])) == "to";
                    if v.participle || is_cap(w) || infinitive || self.is_passive(&toks, i) {
                        continue;
                    }
                    // `Reuters quoted a senior official as saying …`: the official spoke (a
                    // pronoun after it is the official, even unnamed), Reuters only carried it
                    if let Some(sp) = self.relayed_object(&toks, i) {
                        let s = lower(&self.text[sp.0..sp.1]);
                        if head.is_none_or(|h| s.contains(h)) {
                            return Some(sp);
                        }
                        continue;
                    }
                    if let Some(sp) = self.subject_before(&toks, i) {
                        if ok(sp) {
                            return Some(sp);
                        }
                        // a resolved pronoun of an earlier quote with this cue
                        if let Some(h) = self
                            .hist
                            .iter()
                            .rev()
                            .take(8)
                            .find(|h| h.cue == Some((t.s, t.e)))
                        {
                            if let Some(s2) = h.speaker.filter(|&s2| ok(s2)) {
                                return Some(s2);
                            }
                        }
                    }
                }
                _ => {}
            }
        }
        if head.is_some() {
            return None;
        }
        // no speech verb: the subject of one of the nearest sentences (`X addressed the troops.
        // He said: …`)
        let mut seen = 0;
        let mut i = toks.len();
        while i > 0 && seen < 4 {
            i -= 1;
            let starts = i == 0
                || matches!(toks[i - 1].k, Tk::Break)
                || (toks[i - 1].k == Tk::Stop && toks[i].k == Tk::Word && is_cap(self.w(&toks[i])));
            if starts && toks[i].k == Tk::Word {
                seen += 1;
                if let Some(sp) = self.sentence_subject(&toks, i, toks.len()) {
                    if ok(sp) && mention_kind(&self.text[sp.0..sp.1]) == MentionKind::Named {
                        return Some(sp);
                    }
                }
            }
        }
        None
    }

    /// The right-side attribution: `“…,” he said`, `“…,” said Blinken`, `«…»، قال المتحدث`.
    fn right(&self, close_end: usize, content_end_char: Option<char>) -> Option<Attr> {
        let pi = self.para_of(close_end);
        let pe = self
            .paras
            .get(pi)
            .map_or(self.text.len(), |p| p.1)
            .max(close_end);
        let we = ceil_boundary(self.text, (close_end + 200).min(pe));
        let toks = self.tokens(close_end, we, None);
        let mut i = 0;
        while i < toks.len() && matches!(toks[i].k, Tk::Comma | Tk::Dash) {
            i += 1;
        }
        // `«…». قال الوزير.`: a full stop after the quote, then a sentence of its own
        let mut fresh = false;
        if i == 0
            && toks
                .first()
                .is_some_and(|t| t.k == Tk::Stop && self.w(t) == ".")
        {
            i = 1;
            fresh = true;
        }
        let first = toks.get(i)?;
        if first.k != Tk::Word {
            return None;
        }
        let ended = content_end_char.is_some_and(|c| matches!(c, '.' | '!' | '?' | '…' | '؟'));
        if ended
            && (is_cap(self.w(first)) || self.w(first).chars().next().is_some_and(is_arabic))
            && i == 0
        {
            // the sentence ended with the quote: what follows is another sentence
            let w = self.w(first);
            let arabic_cue = lexicon().ar_cue(w).is_some();
            if !arabic_cue && (lexicon().en_verb(w).is_none() || w.starts_with(char::is_uppercase))
            {
                fresh = true;
            }
        }
        if !fresh {
            return self.right_from(&toks, i, close_end);
        }
        // a new sentence attributes the quote only when it is nothing but the attribution
        // (`Lavrov said.`, `The minister told reporters in Moscow.`, `قال الوزير.`), not a
        // new report (`The minister said the talks failed.`)
        if lower(self.w(first)) == "according" {
            return None;
        }
        let a = self.right_from(&toks, i, close_end)?;
        let end = [a.speaker, a.cue]
            .into_iter()
            .flatten()
            .filter(|&(s, _)| s >= close_end)
            .map(|(_, e)| e)
            .max()?;
        let k = toks.partition_point(|t| t.s < end);
        self.bare_end(&toks, k, a.cue).then_some(a)
    }

    /// After an attribution that makes a sentence of its own, what may follow: the sentence
    /// end, a comma, or a prepositional or time phrase (an object first after `told`).
    fn bare_end(&self, toks: &[Tok], mut k: usize, cue: Option<(usize, usize)>) -> bool {
        if cue.is_some_and(|(s, e)| matches!(lower(&self.text[s..e]).as_str(), "told" | "tells")) {
            let mut n = 0;
            while n < 3
                && toks.get(k).is_some_and(|t| {
                    t.k == Tk::Word
                        && !matches!(lower(self.w(t)).as_str(), "that" | "on" | "in" | "at")
                })
            {
                k += 1;
                n += 1;
            }
        }
        // the sentence goes on to introduce another quote (`The President had declared, “…”`)
        if toks[k.min(toks.len())..]
            .iter()
            .take_while(|t| !matches!(t.k, Tk::Stop | Tk::Break))
            .any(|t| matches!(t.k, Tk::Quote | Tk::Colon) || self.w(t).chars().all(is_quote_char))
        {
            return false;
        }
        let Some(t) = toks.get(k) else { return true };
        match t.k {
            Tk::Stop | Tk::Comma | Tk::Break | Tk::Semi | Tk::OpenBr => true,
            Tk::Word => {
                let w = self.w(t);
                let lw = lower(w);
                let key = super::lexicon::ar_key(w);
                matches!(
                    lw.as_str(),
                    "on" | "in"
                        | "at"
                        | "during"
                        | "after"
                        | "before"
                        | "late"
                        | "earlier"
                        | "later"
                        | "yesterday"
                        | "today"
                        | "tonight"
                        | "last"
                        | "this"
                        | "when"
                        | "while"
                        | "from"
                        | "via"
                        | "through"
                        | "monday"
                        | "tuesday"
                        | "wednesday"
                        | "thursday"
                        | "friday"
                        | "saturday"
                        | "sunday"
                ) || matches!(
                    key.as_str(),
                    "في" | "خلال"
                        | "يوم"
                        | "امس"
                        | "اليوم"
                        | "مساء"
                        | "صباح"
                        | "عبر"
                        | "اثناء"
                        | "عقب"
                        | "لدى"
                        | "على"
                ) || (key.starts_with('ل') && w.chars().any(is_arabic))
            }
            _ => false,
        }
    }

    /// The right-side attribution read from token `i` of `toks` (the window after the quote).
    fn right_from(&self, toks: &[Tok], i: usize, close_end: usize) -> Option<Attr> {
        let first = toks.get(i)?;
        if lower(self.w(first)) == "according"
            && toks.get(i + 1).is_some_and(|n| lower(self.w(n)) == "to")
        {
            // `“…,” according to the ministry.`
            return Some(Attr::unresolved(self.according_np(toks, i + 2), None));
        }
        // `“…,” Lavrov, the Russian foreign minister, told reporters.`: a name, an appositive
        // between commas, then the verb
        // (`the UN envoy to Sudan, Ramtane Lamamra, said`: a description, then the name)
        if let Some(c1) = (i + 1..toks.len().min(i + 8)).find(|&j| toks[j].k == Tk::Comma) {
            let name_ok = toks[i..c1].iter().all(|t| t.k == Tk::Word)
                && (toks[i..c1].iter().all(|t| is_cap(self.w(t)))
                    || np_like(self, toks, i, c1 - 1));
            let c2 = (c1 + 2..toks.len().min(c1 + 12)).find(|&j| toks[j].k == Tk::Comma);
            if let (true, Some(c2)) = (name_ok, c2) {
                let verb = toks.get(c2 + 1).filter(|t| {
                    t.k == Tk::Word
                        && !is_cap(self.w(t))
                        && lexicon().en_verb(self.w(t)).is_some_and(|v| !v.participle)
                });
                if let (Some(v), true) = (verb, toks[c1 + 1..c2].iter().all(|t| t.k == Tk::Word)) {
                    // a description first and the name between the commas: both are the speaker
                    let name_second = !toks[i..c1].iter().all(|t| is_cap(self.w(t)))
                        && toks[c1 + 1..c2].iter().all(|t| is_cap(self.w(t)));
                    let sp_end = if name_second { c2 - 1 } else { c1 - 1 };
                    let sp = (toks[i].s, toks[sp_end].e);
                    return Some(self.finish(sp, close_end, Some((v.s, v.e))));
                }
            }
        }
        let mut words = 0;
        for j in i..toks.len() {
            let t = toks[j];
            if t.k != Tk::Word {
                break;
            }
            words += 1;
            if words > 12 {
                break;
            }
            let w = self.w(&t);
            if w.chars().next().is_some_and(is_arabic) {
                let Some((c, plen)) = lexicon().ar_cue(w) else {
                    continue;
                };
                let cue = Some((t.s + plen, t.e));
                return match c {
                    ArCue::According => {
                        let mut from = j + 1;
                        if toks
                            .get(from)
                            .is_some_and(|x| matches!(self.w(x), "لـ" | "ل"))
                        {
                            from += 1;
                        }
                        Some(self.ar_according(toks, from))
                    }
                    _ => match self.np_after(toks, j, true) {
                        // `«…»، نقلت رويترز عن مسؤول`: the official speaks, Reuters carries
                        Some(np) => Some(
                            self.ar_relayed_right(toks, j, np)
                                .unwrap_or(Attr::unresolved(Some(np), cue)),
                        ),
                        None => Some(self.inherit(toks, j, close_end, cue)),
                    },
                };
            }
            let Some(v) = lexicon().en_verb(w) else {
                continue;
            };
            if is_cap(w) && j > i {
                continue;
            }
            let cue = Some((t.s, t.e));
            if j == i {
                // `said Blinken`
                return self
                    .np_after(toks, j, false)
                    .map(|sp| self.finish(sp, close_end, cue));
            }
            if v.participle {
                return None;
            }
            // `he added`, `the minister said`
            let mut b = j - 1;
            while b > i && SKIP_BEFORE_VERB.contains(&lower(self.w(&toks[b])).as_str()) {
                b -= 1;
            }
            let sp = (toks[i].s, toks[b].e);
            // `“…,” Interfax quoted a source as saying.`: the source speaks, Interfax carries
            if is_relay_verb(&lower(w)) && !self.is_passive(toks, j) {
                let as_at = (j + 2..(j + 10).min(toks.len())).find(|&m| {
                    lower(self.w(&toks[m])) == "as"
                        && toks
                            .get(m + 1)
                            .is_some_and(|p| self.lex_en(p).is_some_and(|v| v.participle))
                });
                if let Some(m) = as_at.filter(|&m| toks[j + 1..m].iter().all(|x| x.k == Tk::Word)) {
                    let said = toks[m + 1];
                    let mut a = self.finish(
                        (toks[j + 1].s, toks[m - 1].e),
                        close_end,
                        Some((said.s, said.e)),
                    );
                    a.carrier = outlet_like(&self.text[sp.0..sp.1]).then_some(sp);
                    return Some(a);
                }
            }
            // a long subject is a name with its titles, after at most a determiner
            let det = usize::from(DETERMINERS.contains(&lower(self.w(&toks[i])).as_str()));
            if lower(self.w(&toks[i])) == "and"
                || (b - i > 5
                    && !toks[i + det..=b]
                        .iter()
                        .all(|t| is_cap(self.w(t)) || is_title(self.w(t))))
            {
                return None;
            }
            return Some(self.finish(sp, close_end, cue));
        }
        None
    }

    /// `نقلت رويترز عن مسؤول` / `نسبت الصحيفة إلى مسؤول` read after a quote: the verb at `vi`,
    /// its subject `np` the carrier when it reads as an outlet, the speaker after عن / إلى.
    fn ar_relayed_right(&self, toks: &[Tok], vi: usize, np: (usize, usize)) -> Option<Attr> {
        let key = super::lexicon::ar_key(self.w(&toks[vi]));
        let from = if key.ends_with("نقلت") || key.ends_with("نقل") {
            "عن"
        } else if key.ends_with("نسبت") {
            "إلى"
        } else {
            return None;
        };
        let after = toks.partition_point(|x| x.s < np.1);
        let w = toks.get(after).map(|t| self.w(t))?;
        if w != from && !(from == "إلى" && w == "الى") {
            return None;
        }
        let speaker = self.np_after(toks, after, true)?;
        let name = &self.text[np.0..np.1];
        Some(Attr {
            speaker: Some(speaker),
            resolved: false,
            cue: Some((
                toks[vi].s + lexicon().ar_cue(self.w(&toks[vi])).map_or(0, |c| c.1),
                toks[vi].e,
            )),
            carrier: (outlet_like(name) || name.starts_with("وسائل")).then_some(np),
        })
    }

    /// A quote with no attribution of its own that follows another quote of its paragraph with
    /// nothing but spaces between them (`said: “A.” “B.”`) continues that speaker.
    fn continued(&self, open: usize) -> Option<Attr> {
        let i = self.spans.partition_point(|&(o, _)| o < open);
        let &(_, prev_end) = self.spans.get(i.checked_sub(1)?)?;
        if prev_end > open || self.text[prev_end..open].contains('\n') || open - prev_end > 200 {
            return None;
        }
        let h = self.hist.last()?;
        // only spaces between, or exactly the previous quote's own attribution (`“A,” said X. “B.”`,
        // `“A,” he told reporters in Sukkur. “B.”`: one clause holding its cue, no other sentence)
        let gap = self.text[prev_end..open].trim();
        let gap_ok = gap.is_empty()
            || gap.len() <= 160
                && one_clause(gap)
                && h.cue.is_some_and(|(cs, ce)| prev_end <= cs && ce <= open)
                && (h
                    .speaker
                    .is_some_and(|(ss, se)| prev_end <= ss && se <= open)
                    || gap.len() <= 120);
        if !gap_ok {
            return None;
        }
        let sp = h.speaker?;
        Some(Attr::resolved(Some(sp), h.cue))
    }

    /// A cited passage without a speaker outside it: its own opening clause
    /// (`[The committee announced …]`, `[أعلنت اللجنة …]`).
    pub fn inside(&self, open: usize, start: usize, end: usize) -> Option<Attr> {
        let we = floor_boundary(self.text, end.min(start + 200));
        let toks = self.tokens(start, we, Some(open));
        for (i, t) in toks.iter().enumerate().take(14) {
            if t.k != Tk::Word {
                if matches!(t.k, Tk::Stop | Tk::Break | Tk::Quote) {
                    break;
                }
                continue;
            }
            let w = self.w(t);
            if w.chars().next().is_some_and(is_arabic) {
                if let Some((ArCue::Verb, plen)) = lexicon().ar_cue(w) {
                    let sp = self.np_after(&toks, i, true)?;
                    return Some(Attr::unresolved(Some(sp), Some((t.s + plen, t.e))));
                }
                continue;
            }
            let Some(v) = lexicon().en_verb(w) else {
                continue;
            };
            if v.participle
                || is_cap(w)
                || self.after_determiner(&toks, i)
                || self.is_passive(&toks, i)
            {
                continue;
            }
            let sp = self.subject_before(&toks, i)?;
            return Some(self.finish(sp, start, Some((t.s, t.e))));
        }
        None
    }

    /// Attributes the quote `open..close_end` whose content ends with `last`.
    pub fn attribute(
        &mut self,
        open: usize,
        close_end: usize,
        closed: bool,
        last: Option<char>,
        right_from: usize,
    ) -> Attr {
        let (left, strong, found) = self.left(open);
        let a = if found && strong {
            left
        } else if let Some(r) = closed
            .then(|| self.right(right_from.max(close_end), last))
            .flatten()
        {
            r
        } else {
            left
        };
        let mut a = if a.speaker.is_none() && a.cue.is_none() {
            self.continued(open).unwrap_or(a)
        } else {
            a
        };
        if a.carrier.is_none() {
            if let Some((_, ce)) = a.cue {
                // between the cue and the quote when the cue comes first, else a short window
                // (bounded: a cue far before its quote must not make every quote rescan the gap)
                let we = if ce <= open {
                    open.min(ceil_boundary(self.text, (ce + 160).min(self.text.len())))
                } else {
                    ceil_boundary(self.text, (ce + 160).min(self.text.len()))
                };
                a.carrier = told_outlet(self.text, ce, we);
                if a.carrier.is_none() {
                    // elsewhere in the cue's sentence, on the side away from the quote
                    let (cs, _) = a.cue.unwrap_or((ce, ce));
                    let (lo, hi) = if ce <= open {
                        let lo = floor_boundary(self.text, cs.saturating_sub(160));
                        let lo = self.text[lo..cs]
                            .rfind(['.', '!', '?', '\n', '؟', '"', '”', '»'])
                            .map_or(lo, |k| ceil_boundary(self.text, lo + k + 1));
                        (lo, we)
                    } else {
                        let lo = close_end.max(floor_boundary(self.text, cs.saturating_sub(160)));
                        let hi = ceil_boundary(self.text, (ce + 160).min(self.text.len()));
                        let hi = self.text[ce..hi]
                            .find(['.', '!', '?', '\n', '؟'])
                            .map_or(hi, |k| ce + k);
                        (lo, hi)
                    };
                    a.carrier = outlet_phrase(self.text, lo, hi);
                    // `وفي تصريح لقناة الجزيرة، قال X إن «…»`: the outlet before the cue
                    // (the outlet's name may be in guillemets: `في حديث لصحيفة «الشرق الأوسط»`,
                    // so only a sentence's end bounds the look-back)
                    if a.carrier.is_none()
                        && ce <= open
                        && self.text[cs..ce].chars().next().is_some_and(is_arabic)
                    {
                        let lo = floor_boundary(self.text, cs.saturating_sub(160));
                        let lo = self.text[lo..cs]
                            .rfind(['.', '!', '?', '\n', '؟'])
                            .map_or(lo, |k| ceil_boundary(self.text, lo + k + 1));
                        a.carrier = told_outlet(self.text, lo, cs);
                    }
                }
            }
        }
        self.hist.push(Hist {
            open,
            speaker: a.speaker,
            cue: a.cue,
        });
        a
    }
}

/// Words that end an Arabic speaker phrase after its verb (`np_after`): prepositions,
/// conjunctions and clause openers.
static AR_STOP: Words = LazyLock::new(|| word_list("ar_stop"));
/// Words that end an English speaker phrase after its verb (`np_after`).
static EN_STOP: Words = LazyLock::new(|| word_list("en_stop"));
/// Labels that are not speakers before a colon (`Update: “…”`, `عاجل: «…»`).
static NOT_NAMES: Words = LazyLock::new(|| word_list("not_names"));
/// Arabic title nouns that make a short phrase before a colon a speaker (`headline_speaker`).
static AR_TITLES: Words = LazyLock::new(|| word_list("ar_titles"));
