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

    /// `(start, end)` in code points and the spanned text (cut from the source `str` when
    /// first read).
    #[inline]
    pub fn span(&self, start: usize, end: usize) -> (usize, usize, PyText) {
        let (s, e) = (self.to_char(start), self.to_char(end));
        (s, e, PyText::slice(self.source, s, e))
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
