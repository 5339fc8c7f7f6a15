//! Byte spans of the core to code-point spans and strings for Python.

use std::cell::Cell;

use pyo3::prelude::*;
use pyo3::types::PyString;

use super::values::PyText;
use crate::text::OffsetMap;

/// One text and its offset map, shared by every layer's conversion.
pub(crate) struct Ctx<'t, 'py> {
    pub text: &'t str,
    pub map: OffsetMap<'t>,
    /// The same text as the caller's Python `str`: span texts are cut from it.
    source: &'t Bound<'py, PyString>,
    /// The last (byte, char) offset converted: spans come in order, so most conversions only
    /// count the characters since the previous one.
    last: Cell<(usize, usize)>,
}

impl<'t, 'py> Ctx<'t, 'py> {
    /// `text` is `source` as UTF-8.
    pub fn new(text: &'t str, source: &'t Bound<'py, PyString>) -> Self {
        Ctx {
            text,
            source,
            map: OffsetMap::new(text),
            last: Cell::new((0, 0)),
        }
    }

    /// The code-point offset of byte offset `byte`.
    #[inline]
    fn to_char(&self, byte: usize) -> usize {
        let c = self.map.to_char_after(byte, self.last.get());
        self.last.set((byte, c));
        c
    }

    /// `(start, end)` in code points and the spanned text.
    #[inline]
    pub fn span(&self, start: usize, end: usize) -> (usize, usize, PyText) {
        let (s, e) = (self.to_char(start), self.to_char(end));
        (s, e, self.cut(start, end, s, e))
    }

    /// `source[s:e]` (code points; `start..end` in bytes is the same span): copied in
    /// Python's own representation, without decoding UTF-8 again.
    #[inline]
    fn cut(&self, start: usize, end: usize, s: usize, e: usize) -> PyText {
        let py = self.source.py();
        let (s, e) = (s as pyo3::ffi::Py_ssize_t, e as pyo3::ffi::Py_ssize_t);
        // SAFETY: `source` is a live `str` (borrowed for 't) and we hold the GIL. The offsets
        // come from the offset map of the same text, so 0 <= s <= e <= len(source); on failure
        // CPython sets an exception and returns NULL, handled below.
        let obj = unsafe { pyo3::ffi::PyUnicode_Substring(self.source.as_ptr(), s, e) };
        // SAFETY: `obj` is a new reference or NULL.
        if let Some(obj) = unsafe { Bound::from_owned_ptr_or_opt(py, obj) } {
            if let Ok(obj) = obj.cast_into::<PyString>() {
                return PyText(obj.unbind());
            }
        }
        // unreachable with consistent offsets; the UTF-8 slice is the same text
        let _ = pyo3::PyErr::take(py);
        PyText(PyString::new(py, &self.text[start..end]).unbind())
    }

    /// An optional sub-span as its text.
    #[inline]
    pub fn opt_text(&self, span: Option<(usize, usize)>) -> Option<String> {
        span.map(|(s, e)| self.text[s..e].to_owned())
    }

    /// An optional sub-span as code-point offsets.
    #[inline]
    pub fn opt_span(&self, span: Option<(usize, usize)>) -> Option<(usize, usize)> {
        span.map(|(s, e)| (self.to_char(s), self.to_char(e)))
    }
}

/// Pauses Python's cyclic garbage collector while many span objects are created at once.
///
/// pyo3 classes are GC-tracked, so creating 40,000 sentences triggers dozens of collections,
/// some of them full ones over every object of the process (a quarter of `analyze(text)
/// .sentences` on a large text). Span objects hold no references, so they cannot form cycles.
pub(crate) struct GcPause {
    was_enabled: bool,
}

impl GcPause {
    pub fn new(_py: pyo3::Python<'_>) -> Self {
        // SAFETY: PyGC_Disable (C API >= 3.10, in the limited API) only needs the GIL, which the
        // `Python` token proves we hold; it returns the previous state.
        let was_enabled = unsafe { pyo3::ffi::PyGC_Disable() } == 1;
        GcPause { was_enabled }
    }
}

impl Drop for GcPause {
    fn drop(&mut self) {
        if self.was_enabled {
            // SAFETY: as in `new`: callers create and drop the guard within one scope that
            // holds the GIL.
            unsafe { pyo3::ffi::PyGC_Enable() };
        }
    }
}
