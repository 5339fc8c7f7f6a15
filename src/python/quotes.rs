//! Bindings of the quotes layer: `Quote`.

use pyo3::prelude::*;

use super::convert::Ctx;
use super::values::{py_label, value_class, PyText};
use crate::quotes::QuoteKind;
use crate::text::Lang;

py_label!(QuoteKind as "kind" { Direct, Partial, Passage, Verse });

value_class! {
    /// A quote: `text` is the content without its marks. `speaker`, `cue` and `source` are the
    /// text as written (their spans in `speaker_span`, `cue_span`, `source_span`);
    /// `source_date` is ISO; `verse` is `(surah, first_ayah, last_ayah)`.
    Quote repr(start, end, kind, speaker, source, text) {
        start: usize,
        end: usize,
        text: PyText,
        kind: QuoteKind,
        lang: Lang,
        closed: bool,
        speaker: Option<String>,
        cue: Option<String>,
        source: Option<String>,
        source_date: Option<String>,
        verse: Option<(u16, u16, u16)>,
        speaker_span: Option<(usize, usize)>,
        cue_span: Option<(usize, usize)>,
        source_span: Option<(usize, usize)>,
        speaker_resolved: bool,
    }
}

pub(crate) fn quotes(ctx: &Ctx, quotes: &[crate::quotes::Quote]) -> Vec<Quote> {
    quotes
        .iter()
        .map(|q| {
            let (start, end, text) = ctx.span(q.start, q.end);
            Quote {
                start,
                end,
                text,
                kind: q.kind,
                lang: q.lang,
                closed: q.closed,
                speaker: ctx.opt_text(q.speaker),
                cue: ctx.opt_text(q.cue),
                source: ctx.opt_text(q.source),
                source_date: q.source_date.map(super::dates::iso),
                verse: q.verse,
                speaker_span: ctx.opt_span(q.speaker),
                cue_span: ctx.opt_span(q.cue),
                source_span: ctx.opt_span(q.source),
                speaker_resolved: q.speaker_resolved,
            }
        })
        .collect()
}

/// quran_reference(text) -> (surah, first_ayah, last_ayah) | None
///
/// Reads a Quran reference as written in a bracket: `Al-Hajj: 40`, `22:40`, `البقرة: 255`,
/// `Al-Baqarah 2:255-257`; None when it names no surah or an ayah the surah does not have.
#[pyfunction]
fn quran_reference(text: &str) -> Option<(u16, u16, u16)> {
    crate::quotes::quran::parse_reference(
        text.trim()
            .trim_start_matches(['[', '('])
            .trim_end_matches([']', ')']),
    )
}

pub(crate) fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<Quote>()?;
    m.add_function(wrap_pyfunction!(quran_reference, m)?)?;
    Ok(())
}
