//! Byte spans of the core to code-point spans and strings for Python.

use std::cell::{Cell, OnceCell};

use pyo3::prelude::*;
use pyo3::types::PyString;

use super::values::PyText;
use crate::text::offsets::count_chars;
use crate::text::OffsetMap;

/// One text and its offset map, shared by every layer's conversion.
pub(crate) struct Ctx<'t, 'py> {
    pub text: &'t str,
    /// The text is ASCII: byte and code-point offsets are the same.
    ascii: bool,
    /// Checkpoints for offsets before the furthest one converted so far, made when first needed
    /// (spans in order never need them).
    map: OnceCell<OffsetMap<'t>>,
    /// The same text as the caller's Python `str`: span texts are cut from it.
    source: &'t Bound<'py, PyString>,
    /// The furthest (byte, char) offset converted: spans come in order, so most conversions only
    /// count the characters since the previous one (each byte is counted once over a layer).
    last: Cell<(usize, usize)>,
}

impl<'t, 'py> Ctx<'t, 'py> {
    /// `text` is `source` as UTF-8.
    pub fn new(text: &'t str, source: &'t Bound<'py, PyString>) -> Self {
        Ctx {
            text,
            ascii: text.is_ascii(),
            map: OnceCell::new(),
            source,
            last: Cell::new((0, 0)),
        }
    }

    /// The code-point offset of byte offset `byte` (a char boundary or the text's length).
    #[inline]
    fn to_char(&self, byte: usize) -> usize {
        if self.ascii {
            return byte;
        }
        let (kb, kc) = self.last.get();
        match self.text.as_bytes().get(kb..byte) {
            // forward from the furthest offset so far
            Some(gap) => {
                let c = kc + count_chars(gap);
                self.last.set((byte, c));
                c
            }
            // before it (or past the end): from the checkpoints
            None => self
                .map
                .get_or_init(|| OffsetMap::new(self.text))
                .to_char(byte),
        }
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
