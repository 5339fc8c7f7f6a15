//! warraq reads English, Arabic and mixed English/Arabic text the way a careful research
//! assistant would: script runs, tokens, sentences, Gregorian and Hijri dates, and quotes with
//! their speakers, outlets and dates.
//!
//! The core is plain Rust and works in **byte offsets** into the `&str` it was given; the Python
//! bindings (feature `python`) convert to code-point offsets at the boundary.
//!
//! ```
//! let text = "Cairo (Arabic: القاهرة) is old.";
//! let doc = warraq::analyze(text, &warraq::Options::default());
//! let arabic: Vec<&str> = doc
//!     .runs
//!     .iter()
//!     .filter(|r| r.script == warraq::text::Script::Arabic)
//!     .map(|r| &text[r.start..r.end])
//!     .collect();
//! assert_eq!(arabic, ["القاهرة"]);
//! ```

pub mod dates;
pub mod error;
pub mod quotes;
pub mod segment;
pub mod text;

#[cfg(feature = "python")]
mod python;

pub use error::Error;

use std::sync::OnceLock;

use dates::{DateMention, DateOrder, SimpleDate};
use quotes::Quote;
use segment::{Sentence, Token};
use text::Run;

/// How [`analyze`] reads a document.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Options {
    /// Order of numeric dates (`5/1/2022`): inferred per document by default.
    pub date_order: DateOrder,
    /// The date that relative expressions (`yesterday`, `last Friday`) are read against.
    /// `None` means: the date the text itself supplies (a citation, a dateline), else no value.
    pub reference_date: Option<SimpleDate>,
    /// Split Arabic proclitics (و ف ب ك ل ال س) off their stems in `Token::stem`.
    pub split_clitics: bool,
    /// Split sentences at the Arabic comma `،` too (clause units).
    pub arabic_clauses: bool,
}

/// Everything warraq found in one text. All offsets are byte offsets into that text.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Document {
    pub runs: Vec<Run>,
    pub tokens: Vec<Token>,
    pub sentences: Vec<Sentence>,
    pub dates: Vec<DateMention>,
    pub quotes: Vec<Quote>,
}

/// Analyzes `text` through every layer: runs, then tokens and sentences, then dates, then
/// quotes (which reuse the dates found before them).
pub fn analyze(text: &str, options: &Options) -> Document {
    let runs = text::runs(text);
    let (tokens, sentences) = segment::segment(text, &runs, options);
    let dates = dates::find_dates(text, options);
    let quotes = quotes::find_quotes(text, &dates, options);
    Document {
        runs,
        tokens,
        sentences,
        dates,
        quotes,
    }
}

/// A text analyzed on demand: each layer is computed the first time it is asked for, together
/// with the layers it needs, and kept. `analysis.sentences()` never pays for quotes.
///
/// ```
/// let a = warraq::Analysis::new("Hello. World.".to_string(), warraq::Options::default());
/// assert_eq!(a.runs().len(), 1);
/// assert_eq!(a.document(), warraq::analyze("Hello. World.", &warraq::Options::default()));
/// ```
pub struct Analysis {
    /// The text, in whatever owns it: a `String`, or (from Python) the caller's own `str`, so a
    /// large text is not copied.
    text: Box<dyn AsRef<str> + Send + Sync>,
    options: Options,
    runs: OnceLock<Vec<Run>>,
    tokens: OnceLock<Vec<Token>>,
    sentences: OnceLock<Vec<Sentence>>,
    dates: OnceLock<Vec<DateMention>>,
    quotes: OnceLock<Vec<Quote>>,
}

impl std::fmt::Debug for Analysis {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Analysis")
            .field("text", &self.text())
            .field("options", &self.options)
            .finish_non_exhaustive()
    }
}

impl Default for Analysis {
    fn default() -> Self {
        Analysis::new(String::new(), Options::default())
    }
}

impl Analysis {
    pub fn new(text: String, options: Options) -> Self {
        Analysis::from_text(text, options)
    }

    /// Like [`Analysis::new`], for a text owned by something else than a `String` (anything
    /// that reads as `&str`): it is kept, not copied.
    pub fn from_text(text: impl AsRef<str> + Send + Sync + 'static, options: Options) -> Self {
        Analysis {
            text: Box::new(text),
            options,
            runs: OnceLock::new(),
            tokens: OnceLock::new(),
            sentences: OnceLock::new(),
            dates: OnceLock::new(),
            quotes: OnceLock::new(),
        }
    }

    /// Computes every layer now (for batches run in parallel).
    pub fn complete(self) -> Self {
        self.quotes();
        self.tokens();
        self
    }

    pub fn text(&self) -> &str {
        (*self.text).as_ref()
    }

    pub fn options(&self) -> &Options {
        &self.options
    }

    pub fn runs(&self) -> &[Run] {
        self.runs.get_or_init(|| text::runs(self.text()))
    }

    pub fn tokens(&self) -> &[Token] {
        self.tokens
            .get_or_init(|| segment::tokenize(self.text(), self.runs(), &self.options))
    }

    pub fn sentences(&self) -> &[Sentence] {
        self.sentences
            .get_or_init(|| segment::sentences(self.text(), self.runs(), &self.options))
    }

    pub fn dates(&self) -> &[DateMention] {
        self.dates
            .get_or_init(|| dates::find_dates(self.text(), &self.options))
    }

    pub fn quotes(&self) -> &[Quote] {
        self.quotes
            .get_or_init(|| quotes::find_quotes(self.text(), self.dates(), &self.options))
    }

    /// Every layer, as one [`Document`].
    pub fn document(&self) -> Document {
        Document {
            runs: self.runs().to_vec(),
            tokens: self.tokens().to_vec(),
            sentences: self.sentences().to_vec(),
            dates: self.dates().to_vec(),
            quotes: self.quotes().to_vec(),
        }
    }
}
