//! The Python bindings (`warraq._warraq`). They convert arguments and results, release the GIL
//! and map errors; every rule lives in the core.

mod convert;
mod dates;
mod document;
mod errors;
mod quotes;
mod segment;
mod text;
pub(crate) mod values;

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use pyo3::prelude::*;
use pyo3::pybacked::PyBackedStr;
use pyo3::types::{PyDict, PyList, PyString};
use rayon::prelude::*;

use crate::dates::{DateOrder, SimpleDate};
use crate::Options;
use document::{Core, Document};
use errors::{type_error, InvalidOptionError};

/// Borrows a `str` argument, or raises `TypeError` naming what was passed.
pub(crate) fn extract_text<'a, 'py>(func: &str, obj: &'a Bound<'py, PyAny>) -> PyResult<&'a str> {
    match obj.cast::<PyString>() {
        Ok(s) => s.to_str(),
        Err(_) => Err(type_error(func, "text", "str", obj)),
    }
}

fn parse_reference_date(obj: Option<&Bound<'_, PyAny>>) -> PyResult<Option<SimpleDate>> {
    let Some(obj) = obj else { return Ok(None) };
    if obj.is_none() {
        return Ok(None);
    }
    if let Ok(s) = obj.cast::<PyString>() {
        let s = s.to_str()?;
        return parse_iso(s).map(Some).ok_or_else(|| {
            InvalidOptionError::new_err(format!(
                "reference_date must be an ISO date such as '2022-01-15', not {s:?}"
            ))
        });
    }
    if obj.hasattr("year")? && obj.hasattr("month")? && obj.hasattr("day")? {
        let year: i32 = obj.getattr("year")?.extract()?;
        let month: u8 = obj.getattr("month")?.extract()?;
        let day: u8 = obj.getattr("day")?.extract()?;
        return Ok(Some(SimpleDate { year, month, day }));
    }
    Err(type_error(
        "analyze",
        "reference_date",
        "a datetime.date, an ISO string or None",
        obj,
    ))
}

fn parse_iso(s: &str) -> Option<SimpleDate> {
    let s = s.get(..10).unwrap_or(s);
    let mut it = s.split('-');
    let (y, m, d) = (it.next()?, it.next()?, it.next()?);
    if it.next().is_some() || y.len() != 4 || m.len() != 2 || d.len() != 2 {
        return None;
    }
    let date = SimpleDate {
        year: y.parse().ok()?,
        month: m.parse().ok()?,
        day: d.parse().ok()?,
    };
    let dim = match date.month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (date.year % 4 == 0 && date.year % 100 != 0) || date.year % 400 == 0 => 29,
        2 => 28,
        _ => return None,
    };
    (date.day >= 1 && date.day <= dim).then_some(date)
}

fn options(
    date_order: &str,
    reference_date: Option<&Bound<'_, PyAny>>,
    split_clitics: bool,
    arabic_clauses: bool,
) -> PyResult<Options> {
    let order: DateOrder = date_order.parse().map_err(errors::to_pyerr)?;
    Ok(Options {
        date_order: order,
        reference_date: parse_reference_date(reference_date)?,
        split_clitics,
        arabic_clauses,
    })
}

/// analyze(text, *, date_order="auto", reference_date=None, split_clitics=False,
/// arabic_clauses=False) -> Document
#[pyfunction]
#[pyo3(signature = (text, *, date_order="auto", reference_date=None, split_clitics=false, arabic_clauses=false))]
fn analyze(
    py: Python<'_>,
    text: &Bound<'_, PyAny>,
    date_order: &str,
    reference_date: Option<&Bound<'_, PyAny>>,
    split_clitics: bool,
    arabic_clauses: bool,
) -> PyResult<Document> {
    extract_text("analyze", text)?;
    let opts = options(date_order, reference_date, split_clitics, arabic_clauses)?;
    let pystr = text.cast::<PyString>()?.clone();
    // The core reads the str's own UTF-8 (kept alive with it), not a copy. Layers are computed
    // lazily, when first asked for (see `Document`).
    let core = Core::from_text(pyo3::pybacked::PyBackedStr::try_from(pystr.clone())?, opts);
    let pystr = pystr.unbind();
    Ok(Document::from_core(py, pystr, core))
}

/// _analyze_pickled(text, date_order, reference_date, split_clitics, arabic_clauses) -> Document
///
/// How a pickled `Document` comes back: from its text and options, its layers computed again
/// lazily, on first access (the same result: every layer is a function of the two).
#[pyfunction]
fn _analyze_pickled(
    py: Python<'_>,
    text: &Bound<'_, PyAny>,
    date_order: &str,
    reference_date: Option<&Bound<'_, PyAny>>,
    split_clitics: bool,
    arabic_clauses: bool,
) -> PyResult<Document> {
    analyze(
        py,
        text,
        date_order,
        reference_date,
        split_clitics,
        arabic_clauses,
    )
}

/// The arguments of `_analyze_pickled` that give back a Document analyzed with `opts`.
pub(crate) fn pickled_options(opts: &Options) -> (&'static str, Option<String>, bool, bool) {
    let order = match opts.date_order {
        DateOrder::Auto => "auto",
        DateOrder::Dmy => "dmy",
        DateOrder::Mdy => "mdy",
        DateOrder::Ymd => "ymd",
    };
    let reference = opts
        .reference_date
        .map(|d| format!("{:04}-{:02}-{:02}", d.year, d.month, d.day));
    (order, reference, opts.split_clitics, opts.arabic_clauses)
}

/// Set once a parallel batch ran; a child forked after that must not touch rayon's pool.
static POOL_USED: AtomicBool = AtomicBool::new(false);
static POOL_FORBIDDEN: AtomicBool = AtomicBool::new(false);

/// Called in a forked child (registered with `os.register_at_fork`): rayon's threads did not
/// survive the fork, so batches run on the calling thread from now on.
#[pyfunction]
fn _after_fork_in_child() {
    if POOL_USED.load(Ordering::SeqCst) {
        POOL_FORBIDDEN.store(true, Ordering::SeqCst);
    }
}

fn parallel_allowed() -> bool {
    if POOL_FORBIDDEN.load(Ordering::SeqCst) {
        return false;
    }
    !matches!(
        std::env::var("WARRAQ_PARALLELISM").ok().as_deref(),
        Some("0" | "false" | "off" | "no")
    )
}

/// The texts of a batch argument, as Python strings and their UTF-8 for the core (borrowed
/// from the strings themselves, which keep it alive: no copies).
fn batch_texts(
    func: &str,
    texts: &Bound<'_, PyAny>,
) -> PyResult<(Vec<Py<PyString>>, Vec<PyBackedStr>)> {
    if texts.cast::<PyString>().is_ok() {
        return Err(type_error(
            func,
            "texts",
            "an iterable of str (not one str)",
            texts,
        ));
    }
    let mut pystrs = Vec::new();
    let mut owned = Vec::new();
    for (i, item) in texts.try_iter()?.enumerate() {
        let item = item?;
        let Ok(s) = item.cast::<PyString>() else {
            return Err(type_error(func, &format!("texts[{i}]"), "str", &item));
        };
        // a str that is not valid Unicode (lone surrogates): its UnicodeEncodeError, noted with
        // which text it was
        let text = PyBackedStr::try_from(s.clone()).inspect_err(|e| {
            let note = format!("in {func}() argument 'texts[{i}]'");
            let _ = e.value(s.py()).call_method1("add_note", (note,));
        })?;
        owned.push(text);
        pystrs.push(s.clone().unbind());
    }
    Ok((pystrs, owned))
}

/// One layer of a document.
#[derive(Clone, Copy)]
enum Layer {
    Runs,
    Tokens,
    Sentences,
    Dates,
    Quotes,
}

/// Analyzes `owned` with the GIL released, in parallel unless told otherwise.
fn run_batch(
    py: Python<'_>,
    owned: Vec<PyBackedStr>,
    threads: Option<i64>,
    opts: Options,
    layer: Option<Layer>,
) -> PyResult<Vec<Core>> {
    let threads = match threads {
        None => None,
        Some(n) if n < 1 => {
            return Err(InvalidOptionError::new_err(format!(
                "threads must be None or >= 1, not {n}"
            )));
        }
        // More threads than texts would only be spawned to idle (and a huge count would
        // exhaust the process), so the pool is never larger than the batch.
        Some(n) => Some(
            usize::try_from(n)
                .unwrap_or(usize::MAX)
                .min(owned.len().max(1)),
        ),
    };
    let opts = Arc::new(opts);
    py.detach(move || {
        let one = |t: PyBackedStr| {
            errors::guarded("analysis of a batch text", || match layer {
                None => Core::from_text(t, (*opts).clone()).complete(),
                Some(l) => {
                    let core = Core::from_text(t, (*opts).clone());
                    match l {
                        Layer::Runs => core.runs().len(),
                        Layer::Tokens => core.tokens().len(),
                        Layer::Sentences => core.sentences().len(),
                        Layer::Dates => core.dates().len(),
                        Layer::Quotes => core.quotes().len(),
                    };
                    core
                }
            })
        };
        if threads == Some(1) || owned.len() < 2 || !parallel_allowed() {
            return owned.into_iter().map(one).collect();
        }
        POOL_USED.store(true, Ordering::SeqCst);
        match threads {
            None => owned.into_par_iter().map(one).collect(),
            Some(n) => {
                let pool = rayon::ThreadPoolBuilder::new()
                    .num_threads(n)
                    .build()
                    .map_err(|e| InvalidOptionError::new_err(format!("threads={n}: {e}")))?;
                pool.install(|| owned.into_par_iter().map(one).collect())
            }
        }
    })
}

/// analyze_many(texts, *, threads=None, ...) -> list[Document]: the GIL is released and the
/// texts are analyzed in parallel (rayon); `threads=1`, or `WARRAQ_PARALLELISM=0`, runs them
/// on the calling thread.
#[pyfunction]
#[pyo3(signature = (texts, *, threads=None, date_order="auto", reference_date=None, split_clitics=false, arabic_clauses=false))]
fn analyze_many<'py>(
    py: Python<'py>,
    texts: &Bound<'py, PyAny>,
    threads: Option<i64>,
    date_order: &str,
    reference_date: Option<&Bound<'py, PyAny>>,
    split_clitics: bool,
    arabic_clauses: bool,
) -> PyResult<Bound<'py, PyList>> {
    let opts = options(date_order, reference_date, split_clitics, arabic_clauses)?;
    let (pystrs, owned) = batch_texts("analyze_many", texts)?;
    let cores = run_batch(py, owned, threads, opts, None)?;
    let _pause = convert::GcPause::new(py);
    let docs = pystrs
        .into_iter()
        .zip(cores)
        .map(|(s, c)| Bound::new(py, Document::from_core(py, s, c)))
        .collect::<PyResult<Vec<_>>>()?;
    PyList::new(py, docs)
}

/// _analyze_columns(texts, layer, *, threads=None, ...) -> dict[str, list]: one layer of many
/// texts as columns (`row` is the position of the text in `texts`), without creating one
/// Python object per span. The pandas accessor is built on it.
#[pyfunction]
#[pyo3(signature = (texts, layer, *, threads=None, date_order="auto", reference_date=None, split_clitics=false, arabic_clauses=false))]
#[allow(clippy::too_many_arguments)]
fn _analyze_columns<'py>(
    py: Python<'py>,
    texts: &Bound<'py, PyAny>,
    layer: &str,
    threads: Option<i64>,
    date_order: &str,
    reference_date: Option<&Bound<'py, PyAny>>,
    split_clitics: bool,
    arabic_clauses: bool,
) -> PyResult<Bound<'py, PyDict>> {
    let which = match layer {
        "runs" => Layer::Runs,
        "tokens" => Layer::Tokens,
        "sentences" => Layer::Sentences,
        "dates" => Layer::Dates,
        "quotes" => Layer::Quotes,
        _ => {
            return Err(InvalidOptionError::new_err(format!(
                "layer must be 'runs', 'tokens', 'sentences', 'dates' or 'quotes', not {layer:?}"
            )))
        }
    };
    let opts = options(date_order, reference_date, split_clitics, arabic_clauses)?;
    let (pystrs, owned) = batch_texts("_analyze_columns", texts)?;
    let cores = run_batch(py, owned, threads, opts, Some(which))?;
    let mut rows: Vec<usize> = Vec::new();
    let dict = PyDict::new(py);
    macro_rules! collect {
        ($conv:path, $field:ident, $class:ty) => {{
            let mut all: Vec<$class> = Vec::new();
            for (i, (c, s)) in cores.iter().zip(&pystrs).enumerate() {
                let ctx = convert::Ctx::new(c.text(), s.bind(py));
                let items = $conv(&ctx, c.$field());
                rows.extend(std::iter::repeat_n(i, items.len()));
                all.extend(items);
            }
            <$class>::columns(py, &all, &dict)?;
        }};
    }
    match which {
        Layer::Runs => collect!(text::runs, runs, text::Run),
        Layer::Tokens => collect!(segment::tokens, tokens, segment::Token),
        Layer::Sentences => collect!(segment::sentences, sentences, segment::Sentence),
        Layer::Dates => collect!(dates::dates, dates, dates::DateMention),
        Layer::Quotes => collect!(quotes::quotes, quotes, quotes::Quote),
    }
    dict.set_item("row", rows)?;
    Ok(dict)
}

#[pymodule]
fn _warraq(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    errors::register(m)?;
    text::register(m)?;
    segment::register(m)?;
    dates::register(m)?;
    quotes::register(m)?;
    m.add_class::<Document>()?;
    m.add_function(wrap_pyfunction!(analyze, m)?)?;
    m.add_function(wrap_pyfunction!(analyze_many, m)?)?;
    m.add_function(wrap_pyfunction!(_analyze_columns, m)?)?;
    m.add_function(wrap_pyfunction!(_after_fork_in_child, m)?)?;
    m.add_function(wrap_pyfunction!(_analyze_pickled, m)?)?;
    Ok(())
}
