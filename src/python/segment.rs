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
            let (start, end, text) = ctx.span(t.start, t.end);
            Token {
                start,
                end,
                text,
                kind: t.kind.as_str().to_owned(),
                script: t.script.full_name().to_owned(),
                lang: t.lang.as_str().to_owned(),
                stem: ctx.opt_span(t.stem),
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

pub(crate) fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<Token>()?;
    m.add_class::<Sentence>()?;
    Ok(())
}
