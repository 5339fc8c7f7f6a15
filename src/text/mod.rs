//! The text layer: offsets, script runs with direction and language, and Arabic normalization.

mod lang;
pub mod normalize;
pub mod offsets;
mod runs;

pub use lang::{Direction, Lang};
pub use normalize::{normalize, normalize_with_map, NormalizeOptions};
pub use offsets::OffsetMap;
pub use runs::{runs, Run};
pub use unicode_script::Script;

/// The script of one character as used for runs: Common and Inherited characters (spaces, digits,
/// punctuation, harakat, tatweel, bidi controls) are `None`: they join the run around them.
#[inline]
pub fn strong_script(c: char) -> Option<Script> {
    use unicode_script::UnicodeScript;
    if c.is_ascii() {
        return if c.is_ascii_alphabetic() {
            Some(Script::Latin)
        } else {
            None
        };
    }
    match c.script() {
        Script::Common | Script::Inherited | Script::Unknown => None,
        s => Some(s),
    }
}
