//! The errors of the core. Each names the value that was wrong.

/// An error from warraq's core; the Python bindings map it to `warraq.WarraqError` subclasses
/// of `ValueError`.
#[derive(Debug, thiserror::Error, Clone, PartialEq, Eq)]
pub enum Error {
    /// A date that does not exist in its calendar (`30 Jumada II 1443`: that month has 29 days).
    #[error("{0}")]
    InvalidDate(String),
    /// A date outside what a conversion method covers.
    #[error("{0}")]
    OutOfRange(String),
    /// An option value that is not one of the accepted names.
    #[error("{0}")]
    InvalidOption(String),
}
