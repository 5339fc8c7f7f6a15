//! `Document`: the result of `analyze`. Layers are converted to Python objects lazily, on first
//! access, so `analyze(text).sentences` pays only for sentences.

use std::sync::Arc;

use pyo3::prelude::*;

use super::errors::guarded;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyDict, PyList, PyString, PyTuple};

use super::convert::Ctx;

/// The core's lazy analysis of one text.
pub(crate) type Core = crate::Analysis;

/// Everything warraq found in one text. Offsets are Python string indices into `text`.
#[pyclass(module = "warraq._warraq", frozen)]
pub struct Document {
    text: Py<PyString>,
    core: Option<Arc<Core>>,
    runs: PyOnceLock<Py<PyTuple>>,
    tokens: PyOnceLock<Py<PyTuple>>,
    sentences: PyOnceLock<Py<PyTuple>>,
    dates: PyOnceLock<Py<PyTuple>>,
    quotes: PyOnceLock<Py<PyTuple>>,
}

const LAYERS: [&str; 5] = ["runs", "tokens", "sentences", "dates", "quotes"];

fn tuple_of<'py, T: pyo3::PyClass + Into<pyo3::PyClassInitializer<T>>>(
    py: Python<'py>,
    items: impl IntoIterator<Item = T>,
) -> PyResult<Py<PyTuple>> {
    let _pause = super::convert::GcPause::new(py);
    let objs = items
        .into_iter()
        .map(|v| super::values::untracked(py, v))
        .collect::<PyResult<Vec<_>>>()?;
    Ok(PyTuple::new(py, objs)?.unbind())
}

impl Document {
    pub(crate) fn from_core(py: Python<'_>, text: Py<PyString>, core: Core) -> Self {
        let _ = py;
        Document {
            text,
            core: Some(Arc::new(core)),
            runs: PyOnceLock::new(),
            tokens: PyOnceLock::new(),
            sentences: PyOnceLock::new(),
            dates: PyOnceLock::new(),
            quotes: PyOnceLock::new(),
        }
    }

    fn cell(&self, layer: usize) -> &PyOnceLock<Py<PyTuple>> {
        match layer {
            0 => &self.runs,
            1 => &self.tokens,
            2 => &self.sentences,
            3 => &self.dates,
            _ => &self.quotes,
        }
    }

    fn layer<'py>(&self, py: Python<'py>, layer: usize) -> PyResult<&Py<PyTuple>> {
        self.cell(layer).get_or_try_init(py, || {
            let core = self.core.as_ref().ok_or_else(|| {
                pyo3::exceptions::PyRuntimeError::new_err("Document layer missing")
            })?;
            // The layer (and what it needs) is computed here, once, with the GIL released.
            let core: &Core = core;
            py.detach(|| guarded(LAYERS[layer], || compute(core, layer)))?;
            let ctx = Ctx::new(core.text(), self.text.bind(py));
            match layer {
                0 => tuple_of(py, super::text::runs(&ctx, core.runs())),
                1 => tuple_of(py, super::segment::tokens(&ctx, core.tokens())),
                2 => tuple_of(py, super::segment::sentences(&ctx, core.sentences())),
                3 => tuple_of(py, super::dates::dates(&ctx, core.dates())),
                _ => tuple_of(py, super::quotes::quotes(&ctx, core.quotes())),
            }
        })
    }

    fn list<'py>(&self, py: Python<'py>, layer: usize) -> PyResult<Bound<'py, PyList>> {
        // `list(tuple)`: one copy of the pointers (no call per item)
        Ok(self.layer(py, layer)?.bind(py).to_list())
    }

    fn len_of(&self, py: Python<'_>, layer: usize) -> usize {
        if let Some(core) = &self.core {
            let core: &Core = core;
            // (a repr never raises: a layer that fails shows 0 here and raises when read)
            return py
                .detach(|| guarded(LAYERS[layer], || compute(core, layer)))
                .unwrap_or(0);
        }
        self.cell(layer)
            .get(py)
            .map(|t| t.bind(py).len())
            .unwrap_or(0)
    }
}

/// Computes layer `layer` of `core` (and what it needs); its length.
fn compute(core: &Core, layer: usize) -> usize {
    match layer {
        0 => core.runs().len(),
        1 => core.tokens().len(),
        2 => core.sentences().len(),
        3 => core.dates().len(),
        _ => core.quotes().len(),
    }
}

#[pymethods]
impl Document {
    /// Rebuilds a Document from its parts (used by pickle).
    #[new]
    #[pyo3(signature = (text, runs, tokens, sentences, dates, quotes))]
    fn py_new(
        py: Python<'_>,
        text: Py<PyString>,
        runs: &Bound<'_, PyAny>,
        tokens: &Bound<'_, PyAny>,
        sentences: &Bound<'_, PyAny>,
        dates: &Bound<'_, PyAny>,
        quotes: &Bound<'_, PyAny>,
    ) -> PyResult<Self> {
        let d = Document {
            text,
            core: None,
            runs: PyOnceLock::new(),
            tokens: PyOnceLock::new(),
            sentences: PyOnceLock::new(),
            dates: PyOnceLock::new(),
            quotes: PyOnceLock::new(),
        };
        for (i, seq) in [runs, tokens, sentences, dates, quotes]
            .into_iter()
            .enumerate()
        {
            let t = PyTuple::new(py, seq.try_iter()?.collect::<PyResult<Vec<_>>>()?)?;
            let _ = d.cell(i).set(py, t.unbind());
        }
        Ok(d)
    }

    /// The text that was analyzed.
    #[getter]
    fn text(&self, py: Python<'_>) -> Py<PyString> {
        self.text.clone_ref(py)
    }

    /// Script runs, in order.
    #[getter]
    fn runs<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        self.list(py, 0)
    }

    /// Tokens, in order.
    #[getter]
    fn tokens<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        self.list(py, 1)
    }

    /// Sentences, in order.
    #[getter]
    fn sentences<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        self.list(py, 2)
    }

    /// Date mentions, in order.
    #[getter]
    fn dates<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        self.list(py, 3)
    }

    /// Quotes, in order of their start.
    #[getter]
    fn quotes<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        self.list(py, 4)
    }

    /// `{"text": ..., "runs": [...], "tokens": [...], "sentences": [...], "dates": [...],
    /// "quotes": [...]}`, every span as its own `to_dict()`.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("text", self.text.bind(py))?;
        for (i, name) in LAYERS.iter().enumerate() {
            let items = self
                .layer(py, i)?
                .bind(py)
                .iter()
                .map(|o| o.call_method0("to_dict"))
                .collect::<PyResult<Vec<_>>>()?;
            d.set_item(*name, PyList::new(py, items)?)?;
        }
        Ok(d)
    }

    /// Jupyter's rich display (see `warraq/_display.py`).
    fn _repr_html_<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        slf.py()
            .import("warraq._display")?
            .call_method1("document_html", (slf,))
    }

    /// Pickles as the text and the options when the Document came from `analyze`: small and
    /// fast to send to a worker process, which computes the layers it reads, lazily. A Document
    /// built from its parts pickles its parts.
    fn __reduce__<'py>(
        slf: &Bound<'py, Self>,
    ) -> PyResult<(Bound<'py, PyAny>, Bound<'py, PyTuple>)> {
        let py = slf.py();
        let this = slf.get();
        if let Some(core) = &this.core {
            let (order, reference, clitics, clauses) = super::pickled_options(core.options());
            let rebuild = py.import("warraq._warraq")?.getattr("_analyze_pickled")?;
            let args =
                (this.text.clone_ref(py), order, reference, clitics, clauses).into_pyobject(py)?;
            return Ok((rebuild, args));
        }
        let mut args: Vec<Bound<'py, PyAny>> = vec![this.text.bind(py).clone().into_any()];
        for i in 0..LAYERS.len() {
            args.push(this.layer(py, i)?.bind(py).clone().into_any());
        }
        Ok((slf.get_type().into_any(), PyTuple::new(py, args)?))
    }

    fn __eq__(&self, py: Python<'_>, other: &Bound<'_, PyAny>) -> PyResult<bool> {
        let Ok(other) = other.cast::<Document>() else {
            return Ok(false);
        };
        let other = other.get();
        if !self.text.bind(py).as_any().eq(other.text.bind(py))? {
            return Ok(false);
        }
        for i in 0..LAYERS.len() {
            if !self
                .layer(py, i)?
                .bind(py)
                .eq(other.layer(py, i)?.bind(py))?
            {
                return Ok(false);
            }
        }
        Ok(true)
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        let n = self.text.bind(py).len()?;
        Ok(format!(
            "Document(chars={n}, sentences={}, tokens={}, dates={}, quotes={})",
            self.len_of(py, 2),
            self.len_of(py, 1),
            self.len_of(py, 3),
            self.len_of(py, 4)
        ))
    }
}
