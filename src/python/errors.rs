//! The exception tree: everything warraq raises for bad input is a `WarraqError`, which is a
//! `ValueError`, except a wrong type, which is a `TypeError`.

use pyo3::create_exception;
use pyo3::exceptions::{PyTypeError, PyValueError};
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
    Ok(())
}
