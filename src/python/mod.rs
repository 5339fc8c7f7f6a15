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
use pyo3::types::{PyList, PyString};
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
    date_order: &Bound<'_, PyAny>,
    reference_date: Option<&Bound<'_, PyAny>>,
    split_clitics: bool,
    arabic_clauses: bool,
) -> PyResult<Options> {
    let order: DateOrder = match date_order.cast::<PyString>() {
        Ok(s) => s.to_str()?.parse().map_err(errors::to_pyerr)?,
        Err(_) => return Err(type_error("analyze", "date_order", "str", date_order)),
    };
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
#[pyo3(signature = (text, *, date_order=None, reference_date=None, split_clitics=false, arabic_clauses=false))]
fn analyze(
    py: Python<'_>,
    text: &Bound<'_, PyAny>,
    date_order: Option<&Bound<'_, PyAny>>,
    reference_date: Option<&Bound<'_, PyAny>>,
    split_clitics: bool,
    arabic_clauses: bool,
) -> PyResult<Document> {
    let s = extract_text("analyze", text)?;
    let auto = PyString::new(py, "auto").into_any();
    let opts = options(date_order.unwrap_or(&auto), reference_date, split_clitics, arabic_clauses)?;
    let owned = s.to_owned();
    let core = py.detach(move || {
        let doc = crate::analyze(&owned, &opts);
        Core { text: owned, doc }
    });
    let pystr = text.cast::<PyString>()?.clone().unbind();
    Ok(Document::from_core(py, pystr, core))
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

/// analyze_many(texts, *, threads=None, ...) -> list[Document]: the GIL is released and the
/// texts are analyzed in parallel (rayon); `threads=1`, or `WARRAQ_PARALLELISM=0`, runs them
/// on the calling thread.
#[pyfunction]
#[pyo3(signature = (texts, *, threads=None, date_order=None, reference_date=None, split_clitics=false, arabic_clauses=false))]
fn analyze_many<'py>(
    py: Python<'py>,
    texts: &Bound<'py, PyAny>,
    threads: Option<usize>,
    date_order: Option<&Bound<'py, PyAny>>,
    reference_date: Option<&Bound<'py, PyAny>>,
    split_clitics: bool,
    arabic_clauses: bool,
) -> PyResult<Bound<'py, PyList>> {
    if texts.cast::<PyString>().is_ok() {
        return Err(type_error("analyze_many", "texts", "an iterable of str (not one str)", texts));
    }
    let auto = PyString::new(py, "auto").into_any();
    let opts = Arc::new(options(date_order.unwrap_or(&auto), reference_date, split_clitics, arabic_clauses)?);
    let mut pystrs = Vec::new();
    let mut owned = Vec::new();
    for (i, item) in texts.try_iter()?.enumerate() {
        let item = item?;
        let s = extract_text("analyze_many", &item)
            .map_err(|_| type_error("analyze_many", &format!("texts[{i}]"), "str", &item))?;
        owned.push(s.to_owned());
        pystrs.push(item.cast::<PyString>()?.clone().unbind());
    }
    if threads == Some(0) {
        return Err(InvalidOptionError::new_err("threads must be None or >= 1, not 0"));
    }
    let run = move |owned: Vec<String>| -> PyResult<Vec<Core>> {
        let one = |t: String| {
            let doc = crate::analyze(&t, &opts);
            Core { text: t, doc }
        };
        if threads == Some(1) || owned.len() < 2 || !parallel_allowed() {
            return Ok(owned.into_iter().map(one).collect());
        }
        POOL_USED.store(true, Ordering::SeqCst);
        match threads {
            None => Ok(owned.into_par_iter().map(one).collect()),
            Some(n) => {
                let pool = rayon::ThreadPoolBuilder::new()
                    .num_threads(n)
                    .build()
                    .map_err(|e| InvalidOptionError::new_err(format!("threads={n}: {e}")))?;
                Ok(pool.install(|| owned.into_par_iter().map(one).collect()))
            }
        }
    };
    let cores = py.detach(move || run(owned))?;
    let docs = pystrs
        .into_iter()
        .zip(cores)
        .map(|(s, c)| Bound::new(py, Document::from_core(py, s, c)))
        .collect::<PyResult<Vec<_>>>()?;
    PyList::new(py, docs)
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
    m.add_function(wrap_pyfunction!(_after_fork_in_child, m)?)?;
    Ok(())
}
