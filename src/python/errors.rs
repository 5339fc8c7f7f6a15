//! The exception tree: everything warraq raises for bad input is a `WarraqError`, which is a
//! `ValueError`, except a wrong type, which is a `TypeError`.

use pyo3::create_exception;
use pyo3::exceptions::{PyRuntimeError, PyTypeError, PyValueError};
use pyo3::prelude::*;

create_exception!(
    _warraq,
    WarraqError,
    PyValueError,
    "Base of warraq's errors; a ValueError."
);
create_exception!(
    _warraq,
    InvalidDateError,
    WarraqError,
    "A date that does not exist in its calendar, or that a method does not cover."
);
create_exception!(
    _warraq,
    InvalidOptionError,
    WarraqError,
    "An option value that is not one of the accepted names."
);

create_exception!(
    _warraq,
    InternalError,
    PyRuntimeError,
    "A bug in warraq (never bad input): please report it with the text that raised it."
);

/// Runs `f` (core work, often with the GIL released), turning a panic into `InternalError`
/// naming what was being computed: no panic crosses into Python, where it would surface as a
/// `BaseException` that `except Exception` does not catch and that stops a whole batch.
pub(crate) fn guarded<T>(what: &str, f: impl FnOnce() -> T) -> PyResult<T> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)).map_err(|p| {
        let msg = p
            .downcast_ref::<&str>()
            .map(|s| (*s).to_owned())
            .or_else(|| p.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "a panic".to_owned());
        InternalError::new_err(format!(
            "internal error in warraq's {what}: {msg} (a bug, not bad input: please report it \
             with the text)"
        ))
    })
}

pub(crate) fn to_pyerr(e: crate::Error) -> PyErr {
    match e {
        crate::Error::InvalidDate(m) | crate::Error::OutOfRange(m) => InvalidDateError::new_err(m),
        crate::Error::InvalidOption(m) => InvalidOptionError::new_err(m),
    }
}

/// `TypeError` naming the function, the expected type and the value received.
pub(crate) fn type_error(func: &str, arg: &str, expected: &str, got: &Bound<'_, PyAny>) -> PyErr {
    let tname = got
        .get_type()
        .name()
        .map(|n| n.to_string())
        .unwrap_or_else(|_| "?".into());
    let shown = got
        .repr()
        .map(|r| {
            let s = r.to_string();
            if s.chars().count() > 60 {
                format!("{}…", s.chars().take(60).collect::<String>())
            } else {
                s
            }
        })
        .unwrap_or_default();
    PyTypeError::new_err(format!(
        "{func}() argument '{arg}' must be {expected}, not {tname}: {shown}"
    ))
}

pub(crate) fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    let py = m.py();
    m.add("WarraqError", py.get_type::<WarraqError>())?;
    m.add("InvalidDateError", py.get_type::<InvalidDateError>())?;
    m.add("InvalidOptionError", py.get_type::<InvalidOptionError>())?;
    m.add("InternalError", py.get_type::<InternalError>())?;
    Ok(())
}
