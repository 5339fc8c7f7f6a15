//! Bindings of the segmentation layer: `Token`, `Sentence`.

use pyo3::prelude::*;

use super::convert::Ctx;
use super::values::value_class;

value_class! {
    /// A token: `kind` is `word`, `number`, `punct`, `symbol`, `url`, `email`, `hashtag` or
    /// `mention`; `stem` is the stem's `(start, end)` when clitics were split off.
    Token repr(start, end, kind, text) {
        start: usize,
        end: usize,
        text: String,
        kind: String,
        script: String,
        lang: String,
        stem: Option<(usize, usize)>,
    }
}

value_class! {
    /// A sentence and its language (that of its dominant run).
    Sentence repr(start, end, lang, text) {
        start: usize,
        end: usize,
        text: String,
        lang: String,
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
                kind: t.kind.as_str().to_owned(),
                script: t.script.full_name().to_owned(),
                lang: t.lang.as_str().to_owned(),
                stem: ctx.opt_span(t.stem()),
            }
        })
        .collect()
}

pub(crate) fn sentences(ctx: &Ctx, sentences: &[crate::segment::Sentence]) -> Vec<Sentence> {
    sentences
        .iter()
        .map(|s| {
            let (start, end, text) = ctx.span(s.start, s.end);
            Sentence {
                start,
                end,
                text,
                lang: s.lang.as_str().to_owned(),
            }
        })
        .collect()
}

/// split_sentences(text, *, arabic_clauses=False) -> list[Sentence]
///
/// The sentences of `text` alone, without the other layers (faster than `analyze` when only
/// sentences are needed).
#[pyfunction]
#[pyo3(signature = (text, *, arabic_clauses=false))]
fn split_sentences(
    py: Python<'_>,
    text: &Bound<'_, PyAny>,
    arabic_clauses: bool,
) -> PyResult<Vec<Sentence>> {
    let owned = super::extract_text("split_sentences", text)?.to_owned();
    let opts = crate::Options {
        arabic_clauses,
        ..crate::Options::default()
    };
    let core = py.detach(|| {
        let runs = crate::text::runs(&owned);
        crate::segment::sentences(&owned, &runs, &opts)
    });
    Ok(sentences(&Ctx::new(&owned), &core))
}

/// tokenize(text, *, split_clitics=False) -> list[Token]
///
/// The tokens of `text` alone, without the other layers.
#[pyfunction]
#[pyo3(signature = (text, *, split_clitics=false))]
fn tokenize(py: Python<'_>, text: &Bound<'_, PyAny>, split_clitics: bool) -> PyResult<Vec<Token>> {
    let owned = super::extract_text("tokenize", text)?.to_owned();
    let opts = crate::Options {
        split_clitics,
        ..crate::Options::default()
    };
    let core = py.detach(|| {
        let runs = crate::text::runs(&owned);
        crate::segment::tokenize(&owned, &runs, &opts)
    });
    Ok(tokens(&Ctx::new(&owned), &core))
}

pub(crate) fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<Token>()?;
    m.add_class::<Sentence>()?;
    m.add_function(wrap_pyfunction!(split_sentences, m)?)?;
    m.add_function(wrap_pyfunction!(tokenize, m)?)?;
    Ok(())
}
