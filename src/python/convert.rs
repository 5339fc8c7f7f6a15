//! Byte spans of the core to code-point spans and strings for Python.

use crate::text::OffsetMap;

/// One text and its offset map, shared by every layer's conversion.
pub(crate) struct Ctx<'t> {
    pub text: &'t str,
    pub map: OffsetMap<'t>,
}

impl<'t> Ctx<'t> {
    pub fn new(text: &'t str) -> Self {
        Ctx {
            text,
            map: OffsetMap::new(text),
        }
    }

    /// `(start, end)` in code points and the spanned text.
    #[inline]
    pub fn span(&self, start: usize, end: usize) -> (usize, usize, String) {
        (
            self.map.to_char(start),
            self.map.to_char(end),
            self.text[start..end].to_owned(),
        )
    }

    /// An optional sub-span as its text.
    #[inline]
    pub fn opt_text(&self, span: Option<(usize, usize)>) -> Option<String> {
        span.map(|(s, e)| self.text[s..e].to_owned())
    }

    /// An optional sub-span as code-point offsets.
    #[inline]
    pub fn opt_span(&self, span: Option<(usize, usize)>) -> Option<(usize, usize)> {
        span.map(|(s, e)| (self.map.to_char(s), self.map.to_char(e)))
    }
}
