//! Bindings of the segmentation layer: `Token`, `Sentence`.

use pyo3::prelude::*;
use pyo3::types::PyList;

use super::convert::Ctx;
use super::values::{list_of, py_label, value_class, PyText, ScriptName};
use crate::segment::TokenKind;
use crate::text::Lang;

py_label!(TokenKind as "kind" { Word, Number, Punct, Symbol, Url, Email, Hashtag, Mention });

value_class! {
    /// A token: `kind` is `word`, `number`, `punct`, `symbol`, `url`, `email`, `hashtag` or
    /// `mention`; `stem` is the stem's `(start, end)` when clitics were split off.
    Token repr(start, end, kind, text) {
        start: usize,
        end: usize,
        text: PyText,
        kind: TokenKind,
        script: ScriptName,
        lang: Lang,
        stem: Option<(usize, usize)>,
    }
}

value_class! {
    /// A sentence and its language (that of its dominant run).
    Sentence repr(start, end, lang, text) {
        start: usize,
        end: usize,
        text: PyText,
        lang: Lang,
    }
}

pub(crate) fn tokens(ctx: &Ctx, tokens: &[crate::segment::Token]) -> Vec<Token> {
    tokens
        .iter()
        .map(|t| {
            let (start, end, text) = ctx.span(t.start(), t.end());
            Token {
                start,
                end,
                text,
                kind: t.kind,
                script: ScriptName(t.script),
                lang: t.lang,
                stem: ctx.opt_span(t.stem()),
            }
        })
        .collect()
}

/// The sentences as values, made one at a time as the caller takes them (no list of them all
/// before their Python objects).
pub(crate) fn sentences<'a, 't, 'py>(
    ctx: &'a Ctx<'t, 'py>,
    sentences: &'a [crate::segment::Sentence],
) -> impl ExactSizeIterator<Item = Sentence> + use<'a, 't, 'py> {
    sentences.iter().map(|s| {
        let (start, end, text) = ctx.span(s.start, s.end);
        Sentence {
            start,
            end,
            text,
            lang: s.lang,
        }
    })
}

/// split_sentences(text, *, arabic_clauses=False) -> list[Sentence]
///
/// The sentences of `text` alone, without the other layers (faster than `analyze` when only
/// sentences are needed).
#[pyfunction]
#[pyo3(signature = (text, *, arabic_clauses=false))]
fn split_sentences<'py>(
    py: Python<'py>,
    text: &Bound<'py, PyAny>,
    arabic_clauses: bool,
) -> PyResult<Bound<'py, PyList>> {
    super::extract_text("split_sentences", text)?;
    // the str's own UTF-8, not a copy
    let owned =
        pyo3::pybacked::PyBackedStr::try_from(text.cast::<pyo3::types::PyString>()?.clone())?;
    let opts = crate::Options {
        arabic_clauses,
        ..crate::Options::default()
    };
    let core = py.detach(|| {
        super::errors::guarded("sentences", || {
            let runs = crate::text::runs(&owned);
            crate::segment::sentences(&owned, &runs, &opts)
        })
    })?;
    list_of(py, sentences(&Ctx::new(&owned, text.cast()?), &core))
}

/// tokenize(text, *, split_clitics=False) -> list[Token]
///
/// The tokens of `text` alone, without the other layers.
#[pyfunction]
#[pyo3(signature = (text, *, split_clitics=false))]
fn tokenize<'py>(
    py: Python<'py>,
    text: &Bound<'py, PyAny>,
    split_clitics: bool,
) -> PyResult<Bound<'py, PyList>> {
    super::extract_text("tokenize", text)?;
    // the str's own UTF-8, not a copy
    let owned =
        pyo3::pybacked::PyBackedStr::try_from(text.cast::<pyo3::types::PyString>()?.clone())?;
    let opts = crate::Options {
        split_clitics,
        ..crate::Options::default()
    };
    let core = py.detach(|| {
        super::errors::guarded("tokens", || {
            let runs = crate::text::runs(&owned);
            crate::segment::tokenize(&owned, &runs, &opts)
        })
    })?;
    list_of(py, tokens(&Ctx::new(&owned, text.cast()?), &core))
}

pub(crate) fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<Token>()?;
    m.add_class::<Sentence>()?;
    m.add_function(wrap_pyfunction!(split_sentences, m)?)?;
    m.add_function(wrap_pyfunction!(tokenize, m)?)?;
    Ok(())
}
