//! Segmentation: tokens and sentences.
//!
//! Entry point: [`segment`].
//!
//! # Sentence policy
//!
//! A sentence ends at `.` `!` `?` `…` `؟` `۔` and their runs (`?!`, `....`) when a new sentence
//! follows; at a paragraph break (a blank line); at a line break, unless the next line goes on in
//! lower case after a long line of prose; and before list items (`1.` `2)` `b.` after `a.`, `•`)
//! and after headings on their own line (`Question:`). The Arabic comma `،`, the semicolon `؛`
//! and the colon do not end a sentence, with one exception: a colon after a short Arabic label
//! (`سؤال وجواب:`, a dateline and an outlet's name) that does not introduce speech or a quotation.
//! With [`Options::arabic_clauses`] the Arabic comma and semicolon end clause units too.
//!
//! Abbreviations: titles before names never end a sentence (`Mr.`, `Dr.`, `Gen.`, `د.`, `أ.د.`);
//! initials, acronyms and other abbreviations (`J.`, `U.S.`, `a.m.`, `etc.`, `Co.`) end one only
//! when a sentence-opening word follows (`…the U.S. How…`). Numbers (`2.7`, `8/1/2022`), URLs,
//! e-mail addresses and ellipses followed by lower case never end a sentence. Closing quotes and
//! brackets stay with the sentence they close, and so does a citation right after a closing quote
//! (`….” (RT 8/1/2022)]`). Quotes do not suppress boundaries, so an unclosed quote never glues
//! the rest of a document into one sentence.
//!
//! Mixed English/Arabic text: the script changing at a sentence end is itself a sign. An
//! abbreviation or acronym ends an English sentence before an Arabic one (`…back to the U.S.
//! وصرح…`), and ends an Arabic one before an Arabic sentence opener (`…في U.S.A. وقد…`), but not
//! before an Arabic name inside the English (`e.g. شركة النفط, had bid`); an English ellipsis
//! before an Arabic sentence ends it, and an Arabic word's period ends it before English in
//! lower case (`…ما فهمت شي. what…`); `؟` (or a period between an English and an Arabic word)
//! ends a sentence even without a space after it (`ذلك؟What`, `said.وقال`); a Quran verse in
//! ornate brackets ends before an English sentence opener (`…﴾ This verse…`) and keeps its ayah
//! number and reference; emoji right after a sentence end stay with it (`!” 🇰🇿`); a dated
//! citation after a period stays with the sentence before (`. (Reuters, 9/1/2022) The…`); an
//! English label before an Arabic sentence ends at its colon (`Question: ما حكم…؟`), and so does
//! an Arabic dateline with its outlet (`عمّان (رويترز):`); list markers may be Arabic-Indic
//! digits (`١.`, `٢-`).
//!
//! A sentence's `lang` is the language of its dominant run (by letters). Its span is trimmed of
//! surrounding whitespace; bidi controls glued to its first or last visible character (an
//! embedding `U+202B…U+202C` around it, a mark after its period) stay in it.
//!
//! Informal text (chat, reviews, e-mail) is read with a few more rules, all general: a document
//! that often starts sentences in lower case gets boundaries before lower-case words too; a
//! sentence opener (`Please`, `We`, `Thanks`) right after a lower-case word marks a missing
//! period; greetings and sign-offs (`Hello Maryam,` `Thanks,`), e-mail addresses, bare URLs,
//! emoticons and separator runs (`-----`) end what comes before them; the date and time of a
//! forwarded message's header (`Mike Curry 11/14/2000 11:37 AM`) stand apart from the name before
//! them and the message after them, and so does the single name signing a sign-off.
//!
//! # Tokens
//!
//! See [`tokenize`]: UAX #29 word boundaries with Arabic rules on top (harakat and tatweel stay
//! inside words, Arabic-Indic numbers with `٫` `٬` are one number, `٢٠٢٢م` splits into number and
//! era marker, `U.S.` and `د.` keep their period), single tokens for URLs, e-mails, hashtags and
//! mentions, and with [`Options::split_clitics`] a light (letter-based, not morphological) stem.
//!
//! # Speed
//!
//! Both passes are byte scanners. The sentence splitter takes sixteen bytes at a time to the
//! next candidate byte (a lookup table of terminators, line breaks, colons, commas, capitals and
//! the second bytes of Arabic punctuation; one mask serves every candidate of the sixteen bytes),
//! passes over capitals that no rule can apply to, and
//! does bounded look-around at the others; word lists are asked only about words of a listed
//! shape (first byte and length). The tokenizer reads ASCII and Arabic words thirty-two bytes at a
//! time (SSE2 letter, digit and letter-pair masks; eight-byte bit tricks or bytes elsewhere), decides the common
//! endings (a space, most punctuation, a word's period) from bytes, and hands everything else to
//! the general step, which hands other scripts to unicode-segmentation; a property test checks
//! that the fast paths give the general step's tokens. A [`Token`] is sixteen bytes, built in
//! registers, with the script and language of the current run kept at hand. Unicode properties
//! (`is_alphabetic`, `is_lowercase`, …) of the common blocks come from a table computed once from
//! the same functions (`chars::Fast`), so the answers are the standard ones. Everything is linear
//! in the text.

mod chars;
mod clitics;
mod lexicon;
mod sentences;
mod tokens;

use crate::text::{Lang, Run, Script};
use crate::Options;

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TokenKind {
    Word,
    Number,
    Punct,
    Symbol,
    Url,
    Email,
    Hashtag,
    Mention,
}

impl TokenKind {
    pub fn as_str(self) -> &'static str {
        match self {
            TokenKind::Word => "word",
            TokenKind::Number => "number",
            TokenKind::Punct => "punct",
            TokenKind::Symbol => "symbol",
            TokenKind::Url => "url",
            TokenKind::Email => "email",
            TokenKind::Hashtag => "hashtag",
            TokenKind::Mention => "mention",
        }
    }
}

/// One token, in byte offsets: [`Token::start`], [`Token::end`], [`Token::stem`].
///
/// Sixteen bytes (a document has about one token per five bytes of text, so their size is a
/// visible share of the tokenizer's time): the length is a `u32` (a longer token is cut into
/// pieces of at most 4 GiB) and the stem is kept as the byte offset where it starts inside the
/// token (a stem is always a suffix of its word; a proclitic prefix longer than 255 bytes, which
/// takes a pile of marks, is left unsplit).
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Token {
    start: usize,
    len: u32,
    pub kind: TokenKind,
    pub script: Script,
    pub lang: Lang,
    /// With `Options::split_clitics`: where the stem starts inside the token, 0 for none.
    stem_at: u8,
}

impl Token {
    /// A token of `kind` at `start..end` (`end - start` at most `u32::MAX`) in a run of
    /// `script` and `lang`.
    #[inline(always)]
    pub(crate) fn with_run(
        start: usize,
        end: usize,
        kind: TokenKind,
        script: Script,
        lang: Lang,
    ) -> Token {
        debug_assert!(end - start <= u32::MAX as usize);
        Token {
            start,
            len: (end - start) as u32,
            kind,
            script,
            lang,
            stem_at: 0,
        }
    }

    /// Where the token starts (byte offset).
    #[inline]
    pub fn start(&self) -> usize {
        self.start
    }

    /// Where the token ends (byte offset, exclusive).
    #[inline]
    pub fn end(&self) -> usize {
        self.start + self.len as usize
    }

    /// With `Options::split_clitics`: the stem left once Arabic proclitics are split off
    /// (`start..end` in bytes, a suffix of the token).
    #[inline]
    pub fn stem(&self) -> Option<(usize, usize)> {
        (self.stem_at > 0).then(|| (self.start + usize::from(self.stem_at), self.end()))
    }
}

impl std::fmt::Debug for Token {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Token")
            .field("start", &self.start())
            .field("end", &self.end())
            .field("kind", &self.kind)
            .field("script", &self.script)
            .field("lang", &self.lang)
            .field("stem", &self.stem())
            .finish()
    }
}

/// One sentence, in byte offsets.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sentence {
    pub start: usize,
    pub end: usize,
    pub lang: Lang,
}

/// Splits `text` into tokens and sentences. `runs` are the text's script runs.
pub fn segment(text: &str, runs: &[Run], options: &Options) -> (Vec<Token>, Vec<Sentence>) {
    (
        tokenize(text, runs, options),
        sentences(text, runs, options),
    )
}

/// The sentences of `text` (see the module docs for the policy).
pub fn sentences(text: &str, runs: &[Run], options: &Options) -> Vec<Sentence> {
    let spans = sentences::sentence_spans(text, options);
    let mut out = Vec::with_capacity(spans.len());
    let mut r = 0;
    for (start, end) in spans {
        // runs before this sentence are done with
        while r < runs.len() && runs[r].end <= start {
            r += 1;
        }
        // most sentences lie inside one run: its language (none for a Common run), no tally
        if let Some(run) = runs.get(r).filter(|run| run.start < end) {
            if runs.get(r + 1).is_none_or(|next| next.start >= end) {
                let lang = if run.script == Script::Common {
                    Lang::Und
                } else {
                    run.lang
                };
                out.push(Sentence { start, end, lang });
                continue;
            }
        }
        // letters by language, first estimated from the overlaps' lengths (Latin letters take
        // one byte in UTF-8, Arabic-script letters two); a near tie is counted exactly (see
        // `letters`)
        let mut best = dominant(runs, r, start, end, |_, lo, hi| hi - lo, |n| n / 2);
        if let Some((_, _, true)) = best {
            best = dominant(
                runs,
                r,
                start,
                end,
                |script, lo, hi| letters(text, script, lo, hi),
                |n| n,
            );
        }
        out.push(Sentence {
            start,
            end,
            lang: best.map_or(Lang::Und, |b| b.0),
        });
    }
    out
}

/// The language with the most letters in the runs from `runs[r]` on that overlap
/// `start..end`, by `count(script, lo, hi)` over each overlap (`scale` applied to non-Latin
/// counts), and whether the runner-up has more than three quarters as many (a near tie: the estimate
/// counts spaces, digits, punctuation and harakat too).
fn dominant(
    runs: &[Run],
    r: usize,
    start: usize,
    end: usize,
    count: impl Fn(Script, usize, usize) -> usize,
    scale: impl Fn(usize) -> usize,
) -> Option<(Lang, usize, bool)> {
    let mut tally: [(Lang, usize); 5] = [
        (Lang::En, 0),
        (Lang::Ar, 0),
        (Lang::Fa, 0),
        (Lang::Ur, 0),
        (Lang::Und, 0),
    ];
    let mut k = r;
    while k < runs.len() && runs[k].start < end {
        let run = &runs[k];
        if run.script != Script::Common {
            let (lo, hi) = (run.start.max(start), run.end.min(end));
            let n = count(run.script, lo, hi.max(lo));
            let n = if run.script == Script::Latin {
                n
            } else {
                scale(n)
            };
            if let Some(t) = tally.iter_mut().find(|t| t.0 == run.lang) {
                t.1 += n.max(1);
            }
        }
        k += 1;
    }
    let mut best: Option<(Lang, usize)> = None;
    let mut second = 0;
    for t in tally {
        if t.1 > 0 && best.is_none_or(|b| t.1 > b.1) {
            second = best.map_or(0, |b| b.1);
            best = Some(t);
        } else {
            second = second.max(t.1);
        }
    }
    best.map(|(lang, n)| (lang, n, second * 4 > n * 3))
}

/// The letters in `lo..hi` of a run of `script`, counted from the bytes: ASCII letters in a Latin
/// run, the non-ASCII chars (their lead bytes) but the Arabic harakat and Quranic marks in
/// another; not the spaces, digits, punctuation and quote marks a run also holds (which tip a
/// near tie to the side whose letters are shorter in UTF-8), nor the vowel marks of a fully
/// vocalized verse.
fn letters(text: &str, script: Script, lo: usize, hi: usize) -> usize {
    let bytes = text.as_bytes().get(lo..hi).unwrap_or_default();
    if script == Script::Latin {
        return bytes
            .iter()
            .map(|b| usize::from(b.is_ascii_alphabetic()))
            .sum();
    }
    // (sums of 0/1 over the bytes and their successors: loops the compiler vectorizes)
    let lead: usize = bytes.iter().map(|&b| usize::from(b >= 0xC0)).sum();
    let tail = bytes.get(1..).unwrap_or_default();
    let marks: usize = bytes
        .iter()
        .zip(tail)
        .map(|(&x, &y)| {
            usize::from(
                x == 0xD9 && ((0x8B..=0x9F).contains(&y) || y == 0xB0)
                    || x == 0xDB && (0x96..=0xAD).contains(&y),
            )
        })
        .sum();
    lead.saturating_sub(marks)
}

/// The tokens of `text`, each with the script and language of the run it starts in, and with
/// [`Options::split_clitics`] the stem of Arabic words that carry proclitics.
pub fn tokenize(text: &str, runs: &[Run], options: &Options) -> Vec<Token> {
    let mut out = tokens::tokenize(text, runs);
    if options.split_clitics {
        for t in out.iter_mut() {
            if t.kind == TokenKind::Word && t.script == Script::Arabic {
                let word = text.get(t.start()..t.end()).unwrap_or("");
                // the stem is a suffix of the word, starting after at least one letter
                t.stem_at = match clitics::stem(word) {
                    Some((s, e)) if e == word.len() => u8::try_from(s).unwrap_or(0),
                    _ => 0,
                };
            }
        }
    }
    out
}

/// True when `word` followed by a period is a title abbreviation (`Dr`, `Gen`, `Mr`) or an
/// Arabic one (`د`), which never ends a sentence before a name: for layers that read words
/// (speakers in the quotes layer).
pub(crate) fn is_title_abbreviation(word: &str) -> bool {
    let lex = lexicon::lexicon();
    matches!(lex.english(word), Some(lexicon::Abbrev::Title)) || lex.arabic(word)
}
