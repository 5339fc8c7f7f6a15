//! Segmentation: tokens and sentences.
//!
//! Entry point: [`segment`].

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

/// One token, in byte offsets.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub kind: TokenKind,
    pub script: Script,
    pub lang: Lang,
    /// With `Options::split_clitics`: the stem left once Arabic proclitics are split off.
    pub stem: Option<(usize, usize)>,
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
    let _ = (text, runs, options);
    (Vec::new(), Vec::new())
}
