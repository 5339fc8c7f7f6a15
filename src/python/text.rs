//! Bindings of the text layer: `Run`, `normalize`.

use pyo3::prelude::*;

use super::convert::Ctx;
use super::values::{py_label, value_class, PyText, ScriptName};
use crate::text::{Direction, Lang};

py_label!(Lang as "lang" { En, Ar, Fa, Ur, Und });
py_label!(Direction as "direction" { Ltr, Rtl });
use crate::text::{normalize_with_map, NormalizeOptions};

value_class! {
    /// A maximal script run: `script` is the Unicode long name (`Latin`, `Arabic`, `Common`),
    /// `direction` is `ltr` or `rtl`, `lang` a BCP 47 tag (`en`, `ar`, `fa`, `ur`, `und`).
    Run repr(start, end, script, text) {
        start: usize,
        end: usize,
        text: PyText,
        script: ScriptName,
        direction: Direction,
        lang: Lang,
    }
}

pub(crate) fn runs(ctx: &Ctx, runs: &[crate::text::Run]) -> Vec<Run> {
    runs.iter()
        .map(|r| {
            let (start, end, text) = ctx.span(r.start, r.end);
            Run {
                start,
                end,
                text,
                script: ScriptName(r.script),
                direction: r.direction,
                lang: r.lang,
            }
        })
        .collect()
}

/// normalize(text, *, diacritics=True, tatweel=True, alef=True, ya=False, ta_marbuta=False,
/// digits=True, bidi_controls=True, nfkc=False, return_map=False)
#[pyfunction]
#[pyo3(signature = (text, *, diacritics=true, tatweel=true, alef=true, ya=false, ta_marbuta=false,
                    digits=true, bidi_controls=true, nfkc=false, return_map=false))]
#[allow(clippy::too_many_arguments)]
fn normalize<'py>(
    py: Python<'py>,
    text: &Bound<'py, PyAny>,
    diacritics: bool,
    tatweel: bool,
    alef: bool,
    ya: bool,
    ta_marbuta: bool,
    digits: bool,
    bidi_controls: bool,
    nfkc: bool,
    return_map: bool,
) -> PyResult<Bound<'py, PyAny>> {
    use pyo3::IntoPyObjectExt;
    let s = super::extract_text("normalize", text)?;
    let o = NormalizeOptions {
        diacritics,
        tatweel,
        alef,
        ya,
        ta_marbuta,
        digits,
        bidi_controls,
        nfkc,
    };
    if return_map {
        let (out, map) =
            py.detach(|| super::errors::guarded("normalize", || normalize_with_map(s, &o)))?;
        (out, map).into_bound_py_any(py)
    } else {
        py.detach(|| super::errors::guarded("normalize", || crate::text::normalize(s, &o)))?
            .into_bound_py_any(py)
    }
}

pub(crate) fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<Run>()?;
    m.add_function(wrap_pyfunction!(normalize, m)?)?;
    Ok(())
}
