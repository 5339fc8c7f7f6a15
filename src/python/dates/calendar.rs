//! The calendar functions of the dates layer: scalar and vectorized Hijri ↔ Gregorian
//! conversion, month lengths and names. Arguments are converted here; every rule is in
//! `crate::dates::calendar`.

use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::types::{
    PyBool, PyByteArray, PyBytes, PyDate, PyFloat, PyInt, PyList, PyString, PyTuple,
};

use super::HijriDate;
use crate::dates::calendar::{self as cal, gregorian, NameLang};
use crate::dates::{Method, SimpleDate};
use crate::python::errors::{
    to_pyerr, type_error, InvalidDateError, InvalidOptionError, WarraqError,
};

/// `date.toordinal()` of 1970-01-01.
const ORDINAL_1970: i64 = 719_163;
/// A missing value in a column (also numpy's NaT).
const MISSING: i64 = i64::MIN;
/// A float that is not a whole number.
const NOT_WHOLE: i64 = i64::MIN + 1;

fn method_arg(func: &str, obj: Option<&Bound<'_, PyAny>>) -> PyResult<Method> {
    let Some(obj) = obj else {
        return Ok(Method::UmmAlQura);
    };
    match obj.cast::<PyString>() {
        Ok(s) => s.to_str()?.parse().map_err(to_pyerr),
        Err(_) if obj.is_none() => Ok(Method::UmmAlQura),
        Err(_) => Err(type_error(func, "method", "str", obj)),
    }
}

/// An `int` argument (not `bool`, not `float`); an int too large for `i64` saturates, which
/// the calendar reports as out of range.
fn int_arg(func: &str, arg: &str, obj: &Bound<'_, PyAny>) -> PyResult<i64> {
    if obj.is_instance_of::<PyBool>() || obj.is_instance_of::<PyFloat>() {
        return Err(type_error(func, arg, "int", obj));
    }
    match obj.extract::<i64>() {
        Ok(v) => Ok(v),
        Err(_) if obj.is_instance_of::<PyInt>() => {
            Ok(if obj.lt(0)? { i64::MIN + 2 } else { i64::MAX })
        }
        Err(_) => Err(type_error(func, arg, "int", obj)),
    }
}

fn new_date<'py>(py: Python<'py>, z: i64) -> PyResult<Bound<'py, PyAny>> {
    let g = gregorian::civil_from_days(z);
    if !(1..=9999).contains(&g.year) {
        return Err(InvalidDateError::new_err(format!(
            "the Gregorian day is in year {}, outside what datetime.date holds (1-9999)",
            g.year
        )));
    }
    Ok(PyDate::new(py, g.year, g.month, g.day)?.into_any())
}

fn hijri_value(h: cal::HijriDate, m: Method) -> HijriDate {
    HijriDate {
        year: h.year,
        month: h.month,
        day: h.day,
        method: m.as_str().to_owned(),
    }
}

/// `1970-01-01` → 0. Accepts `datetime.date`/`datetime.datetime` (and subclasses such as
/// `pandas.Timestamp`) and ISO strings (`"2022-01-15"`); `ints` also day numbers.
fn day_number_arg(
    func: &str,
    arg: &str,
    obj: &Bound<'_, PyAny>,
    ints: bool,
) -> PyResult<Option<i64>> {
    if obj.is_instance_of::<PyDate>() {
        return match obj.call_method0("toordinal") {
            Ok(o) => Ok(Some(o.extract::<i64>()? - ORDINAL_1970)),
            // pandas.NaT is a datetime that has no ordinal.
            Err(_) if ints => Ok(None),
            Err(e) => Err(e),
        };
    }
    if let Ok(s) = obj.cast::<PyString>() {
        let s = s.to_str()?;
        return match gregorian::parse_iso(s) {
            Some(d) => Ok(Some(gregorian::days_from_civil(d))),
            None => Err(InvalidDateError::new_err(format!(
                "{func}() argument '{arg}': {s:?} is not an ISO date such as '2022-01-15' that exists"
            ))),
        };
    }
    if ints && !obj.is_instance_of::<PyBool>() {
        if let Ok(z) = obj.extract::<i64>() {
            return Ok(Some(z));
        }
    }
    Err(type_error(
        func,
        arg,
        if ints {
            "a datetime.date, an ISO date string or a day number"
        } else {
            "a datetime.date or an ISO date string"
        },
        obj,
    ))
}

/// hijri_to_gregorian(year, month, day, method="umm_al_qura") -> datetime.date
///
/// The Gregorian day of a Hijri date. Outside the Umm al-Qura tables (1343–1500 AH published,
/// 1300–1600 AH KACST) the tabular calendar is used (see `gregorian_to_hijri` for the method).
///
/// >>> import warraq
/// >>> warraq.hijri_to_gregorian(1443, 9, 1)
/// datetime.date(2022, 4, 2)
/// >>> warraq.hijri_to_gregorian(1443, 6, 30)
/// Traceback (most recent call last):
/// warraq.InvalidDateError: day 30 of Jumada al-Akhirah 1443 does not exist: that month has 29 days under umm_al_qura
#[pyfunction]
#[pyo3(signature = (year, month, day, method=None))]
fn hijri_to_gregorian<'py>(
    py: Python<'py>,
    year: &Bound<'py, PyAny>,
    month: &Bound<'py, PyAny>,
    day: &Bound<'py, PyAny>,
    method: Option<&Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyAny>> {
    const F: &str = "hijri_to_gregorian";
    let (y, m, d) = (
        int_arg(F, "year", year)?,
        int_arg(F, "month", month)?,
        int_arg(F, "day", day)?,
    );
    let method = method_arg(F, method)?;
    let (z, _) = cal::hijri_parts_to_day_number(y, m, d, method).map_err(to_pyerr)?;
    new_date(py, z)
}

/// gregorian_to_hijri(date, method="umm_al_qura") -> HijriDate
///
/// The Hijri day of a `datetime.date` (or ISO string), with the method actually used:
/// `"tabular"` when the date is outside the chosen Umm al-Qura table.
///
/// >>> import datetime, warraq
/// >>> warraq.gregorian_to_hijri(datetime.date(2022, 1, 15))
/// HijriDate(year=1443, month=6, day=12, method='umm_al_qura')
#[pyfunction]
#[pyo3(signature = (date, method=None))]
fn gregorian_to_hijri(
    date: &Bound<'_, PyAny>,
    method: Option<&Bound<'_, PyAny>>,
) -> PyResult<HijriDate> {
    const F: &str = "gregorian_to_hijri";
    let method = method_arg(F, method)?;
    let z = day_number_arg(F, "date", date, false)?.unwrap_or(MISSING);
    let (h, used) = cal::day_number_to_hijri(z, method).map_err(to_pyerr)?;
    Ok(hijri_value(h, used))
}

/// hijri_month_length(year, month, method="umm_al_qura") -> int
///
/// >>> import warraq
/// >>> warraq.hijri_month_length(1443, 6)
/// 29
#[pyfunction]
#[pyo3(signature = (year, month, method=None))]
fn hijri_month_length(
    year: &Bound<'_, PyAny>,
    month: &Bound<'_, PyAny>,
    method: Option<&Bound<'_, PyAny>>,
) -> PyResult<u8> {
    const F: &str = "hijri_month_length";
    let (y, m) = (int_arg(F, "year", year)?, int_arg(F, "month", month)?);
    let method = method_arg(F, method)?;
    let (y, m) = year_month(y, m)?;
    Ok(cal::hijri_month_length(y, m, method).map_err(to_pyerr)?.0)
}

fn year_month(y: i64, m: i64) -> PyResult<(i32, u8)> {
    let y = i32::try_from(y).map_err(|_| {
        InvalidDateError::new_err(format!(
            "Hijri year {y} is out of range (1 to {})",
            i32::MAX
        ))
    })?;
    let m = u8::try_from(m)
        .ok()
        .filter(|m| (1..=12).contains(m))
        .ok_or_else(|| InvalidDateError::new_err(format!("Hijri month must be 1-12, not {m}")))?;
    Ok((y, m))
}

/// hijri_year_length(year, method="umm_al_qura") -> int
///
/// >>> import warraq
/// >>> warraq.hijri_year_length(1443)
/// 355
#[pyfunction]
#[pyo3(signature = (year, method=None))]
fn hijri_year_length(year: &Bound<'_, PyAny>, method: Option<&Bound<'_, PyAny>>) -> PyResult<u16> {
    const F: &str = "hijri_year_length";
    let (y, _) = year_month(int_arg(F, "year", year)?, 1)?;
    let method = method_arg(F, method)?;
    Ok(cal::hijri_year_length(y, method).map_err(to_pyerr)?.0)
}

/// hijri_month_bounds(year, month, method="umm_al_qura") -> (datetime.date, datetime.date)
///
/// The first and the last Gregorian day of a Hijri month.
///
/// >>> import warraq
/// >>> warraq.hijri_month_bounds(1443, 9)
/// (datetime.date(2022, 4, 2), datetime.date(2022, 5, 1))
#[pyfunction]
#[pyo3(signature = (year, month, method=None))]
fn hijri_month_bounds<'py>(
    py: Python<'py>,
    year: &Bound<'py, PyAny>,
    month: &Bound<'py, PyAny>,
    method: Option<&Bound<'py, PyAny>>,
) -> PyResult<(Bound<'py, PyAny>, Bound<'py, PyAny>)> {
    const F: &str = "hijri_month_bounds";
    let (y, m) = year_month(int_arg(F, "year", year)?, int_arg(F, "month", month)?)?;
    let method = method_arg(F, method)?;
    let (a, b, _) = cal::hijri_month_bounds(y, m, method).map_err(to_pyerr)?;
    Ok((date_of(py, a)?, date_of(py, b)?))
}

/// hijri_year_bounds(year, method="umm_al_qura") -> (datetime.date, datetime.date)
///
/// The first and the last Gregorian day of a Hijri year.
///
/// >>> import warraq
/// >>> warraq.hijri_year_bounds(1443)
/// (datetime.date(2021, 8, 9), datetime.date(2022, 7, 29))
#[pyfunction]
#[pyo3(signature = (year, method=None))]
fn hijri_year_bounds<'py>(
    py: Python<'py>,
    year: &Bound<'py, PyAny>,
    method: Option<&Bound<'py, PyAny>>,
) -> PyResult<(Bound<'py, PyAny>, Bound<'py, PyAny>)> {
    const F: &str = "hijri_year_bounds";
    let (y, _) = year_month(int_arg(F, "year", year)?, 1)?;
    let method = method_arg(F, method)?;
    let (a, b, _) = cal::hijri_year_bounds(y, method).map_err(to_pyerr)?;
    Ok((date_of(py, a)?, date_of(py, b)?))
}

fn date_of(py: Python<'_>, d: SimpleDate) -> PyResult<Bound<'_, PyAny>> {
    new_date(py, gregorian::days_from_civil(d))
}

/// hijri_month_name(month, lang="en") -> str
///
/// >>> import warraq
/// >>> warraq.hijri_month_name(9)
/// 'Ramadan'
/// >>> warraq.hijri_month_name(12, lang="ar")
/// 'ذو الحجة'
#[pyfunction]
#[pyo3(signature = (month, lang=None))]
fn hijri_month_name(
    month: &Bound<'_, PyAny>,
    lang: Option<&Bound<'_, PyAny>>,
) -> PyResult<&'static str> {
    const F: &str = "hijri_month_name";
    let m = int_arg(F, "month", month)?;
    let lang: NameLang = match lang {
        None => NameLang::En,
        Some(l) => match l.cast::<PyString>() {
            Ok(s) => s.to_str()?.parse().map_err(to_pyerr)?,
            Err(_) => return Err(type_error(F, "lang", "str", l)),
        },
    };
    let m = u8::try_from(m).unwrap_or(0);
    cal::hijri_month_name(m, lang).map_err(to_pyerr)
}

/// hijri_table_years(method="umm_al_qura") -> tuple[int, int] | None
///
/// The Hijri years a method's table covers (`None` for the tabular methods); outside them the
/// Umm al-Qura methods use the tabular calendar.
///
/// >>> import warraq
/// >>> warraq.hijri_table_years("umm_al_qura_kacst")
/// (1300, 1600)
#[pyfunction]
#[pyo3(signature = (method=None))]
fn hijri_table_years(method: Option<&Bound<'_, PyAny>>) -> PyResult<Option<(i32, i32)>> {
    Ok(cal::table_years(method_arg("hijri_table_years", method)?))
}

// --- vectorized forms ---------------------------------------------------------------------

#[derive(Clone, Copy, PartialEq, Eq)]
enum OnError {
    Raise,
    Coerce,
}

fn errors_arg(func: &str, obj: Option<&Bound<'_, PyAny>>) -> PyResult<OnError> {
    let Some(obj) = obj else {
        return Ok(OnError::Raise);
    };
    let s = obj
        .cast::<PyString>()
        .map_err(|_| type_error(func, "errors", "str", obj))?;
    match s.to_str()? {
        "raise" => Ok(OnError::Raise),
        "coerce" => Ok(OnError::Coerce),
        other => Err(InvalidOptionError::new_err(format!(
            "errors must be 'raise' or 'coerce', not {other:?}"
        ))),
    }
}

/// A column of integers (day numbers or date parts), `MISSING` where there is no value.
struct Column {
    values: Vec<i64>,
    numpy: bool,
}

/// Whether `obj` looks like an array (numpy, pandas) rather than a plain sequence.
fn as_numpy<'py>(
    obj: &Bound<'py, PyAny>,
) -> PyResult<Option<(Bound<'py, PyModule>, Bound<'py, PyAny>)>> {
    if obj.is_instance_of::<PyList>()
        || obj.is_instance_of::<PyTuple>()
        || obj.is_instance_of::<PyString>()
    {
        return Ok(None);
    }
    if !(obj.hasattr("__array__")? || obj.hasattr("__array_interface__")?) {
        return Ok(None);
    }
    let Ok(np) = obj.py().import("numpy") else {
        return Ok(None);
    };
    let arr = np.call_method1("asarray", (obj,))?;
    if arr.getattr("ndim")?.extract::<usize>()? != 1 {
        return Err(WarraqError::new_err("expected a one-dimensional array"));
    }
    Ok(Some((np, arr)))
}

fn is_missing(obj: &Bound<'_, PyAny>) -> bool {
    if obj.is_none() {
        return true;
    }
    if let Ok(f) = obj.cast::<PyFloat>() {
        return f.value().is_nan();
    }
    matches!(
        obj.get_type().name().map(|n| n.to_string()).as_deref(),
        Ok("NaTType" | "NAType")
    )
}

fn bytes_to_i64(b: &[u8]) -> Vec<i64> {
    b.chunks_exact(8)
        .map(|c| i64::from_le_bytes(c.try_into().unwrap_or([0; 8])))
        .collect()
}

fn floats_to_i64(b: &[u8]) -> Vec<i64> {
    b.chunks_exact(8)
        .map(|c| {
            let f = f64::from_le_bytes(c.try_into().unwrap_or([0; 8]));
            if f.is_nan() {
                MISSING
            } else if f.fract() != 0.0 || f.abs() >= 9.0e18 {
                NOT_WHOLE
            } else {
                f as i64
            }
        })
        .collect()
}

/// Reads a column of integers (`dates=false`) or of days (`dates=true`).
fn column(func: &str, arg: &str, obj: &Bound<'_, PyAny>, dates: bool) -> PyResult<Column> {
    if obj.is_instance_of::<PyString>() || obj.is_instance_of::<PyBytes>() {
        return Err(type_error(
            func,
            arg,
            "a sequence or an array (not one str)",
            obj,
        ));
    }
    if let Some((_np, arr)) = as_numpy(obj)? {
        let kind: String = arr.getattr("dtype")?.getattr("kind")?.extract()?;
        let values = match kind.as_str() {
            "i" | "u" => bytes_to_i64(
                arr.call_method1("astype", ("<i8",))?
                    .call_method0("tobytes")?
                    .cast::<PyBytes>()?
                    .as_bytes(),
            ),
            "f" => floats_to_i64(
                arr.call_method1("astype", ("<f8",))?
                    .call_method0("tobytes")?
                    .cast::<PyBytes>()?
                    .as_bytes(),
            ),
            "M" if dates => bytes_to_i64(
                arr.call_method1("astype", ("datetime64[D]",))?
                    .call_method1("astype", ("<i8",))?
                    .call_method0("tobytes")?
                    .cast::<PyBytes>()?
                    .as_bytes(),
            ),
            "O" | "U" | "S" => {
                let list = arr.call_method0("tolist")?;
                return Ok(Column {
                    values: objects(func, arg, &list, dates)?,
                    numpy: true,
                });
            }
            _ => {
                let dtype = arr.getattr("dtype")?.str()?.to_string();
                return Err(PyTypeError::new_err(format!(
                    "{func}() argument '{arg}' must hold {}, not an array of dtype {dtype}",
                    if dates {
                        "dates (datetime64) or day numbers"
                    } else {
                        "integers"
                    }
                )));
            }
        };
        return Ok(Column {
            values,
            numpy: true,
        });
    }
    Ok(Column {
        values: objects(func, arg, obj, dates)?,
        numpy: false,
    })
}

fn objects(func: &str, arg: &str, obj: &Bound<'_, PyAny>, dates: bool) -> PyResult<Vec<i64>> {
    let iter = obj
        .try_iter()
        .map_err(|_| type_error(func, arg, "a sequence or an array", obj))?;
    let mut out = Vec::with_capacity(obj.len().unwrap_or(0));
    for (i, item) in iter.enumerate() {
        let item = item?;
        let name = format!("{arg}[{i}]");
        if is_missing(&item) {
            out.push(MISSING);
        } else if dates {
            match day_number_arg(func, &name, &item, true) {
                Ok(z) => out.push(z.unwrap_or(MISSING)),
                // An ISO string that is not a date is an invalid value, not a wrong type.
                Err(e) if e.is_instance_of::<InvalidDateError>(obj.py()) => out.push(NOT_WHOLE),
                Err(e) => return Err(e),
            }
        } else if let Ok(f) = item.cast::<PyFloat>() {
            let f = f.value();
            out.push(if f.fract() != 0.0 || f.abs() >= 9.0e18 {
                NOT_WHOLE
            } else {
                f as i64
            });
        } else {
            out.push(int_arg(func, &name, &item)?);
        }
    }
    Ok(out)
}

/// One row's outcome.
enum Row<T> {
    Ok(T),
    Missing,
    Err(String),
}

fn finish<T>(rows: &[Row<T>], on_error: OnError) -> PyResult<()> {
    if on_error == OnError::Raise {
        if let Some((i, msg)) = rows.iter().enumerate().find_map(|(i, r)| match r {
            Row::Err(m) => Some((i, m)),
            _ => None,
        }) {
            return Err(InvalidDateError::new_err(format!("row {i}: {msg}")));
        }
    }
    Ok(())
}

/// The conversion loop of `hijri_to_gregorian_many` (no Python inside).
fn hijri_rows(y: &[i64], m: &[i64], d: &[i64], method: Method) -> Vec<Row<i64>> {
    y.iter()
        .zip(m)
        .zip(d)
        .map(|((&y, &m), &d)| {
            if y == MISSING || m == MISSING || d == MISSING {
                Row::Missing
            } else if y == NOT_WHOLE || m == NOT_WHOLE || d == NOT_WHOLE {
                Row::Err("a Hijri date part is not a whole number".into())
            } else {
                match cal::hijri_parts_to_day_number(y, m, d, method) {
                    Ok((z, _)) => Row::Ok(z),
                    Err(e) => Row::Err(e.to_string()),
                }
            }
        })
        .collect()
}

/// The conversion loop of `gregorian_to_hijri_many` (no Python inside).
fn gregorian_rows(z: &[i64], method: Method) -> Vec<Row<(cal::HijriDate, Method)>> {
    z.iter()
        .map(|&z| match z {
            MISSING => Row::Missing,
            NOT_WHOLE => Row::Err("not a Gregorian date".into()),
            z => match cal::day_number_to_hijri(z, method) {
                Ok(v) => Row::Ok(v),
                Err(e) => Row::Err(e.to_string()),
            },
        })
        .collect()
}

/// A numpy array over `data` (little-endian), of `dtype`, viewed as `view` if given.
fn numpy_array<'py>(
    py: Python<'py>,
    data: &[u8],
    dtype: &str,
    view: Option<&str>,
) -> PyResult<Bound<'py, PyAny>> {
    let np = py.import("numpy")?;
    let buf = PyByteArray::new(py, data);
    let arr = np.call_method1("frombuffer", (buf, dtype))?;
    match view {
        Some(v) => arr.call_method1("view", (v,)),
        None => Ok(arr),
    }
}

/// hijri_to_gregorian_many(years, months, days, method="umm_al_qura", *, errors="raise")
///
/// Converts columns of Hijri dates at once: lists give a list of `datetime.date` (None where
/// a part is None or NaN), numpy arrays or pandas Series give a `datetime64[D]` array (NaT
/// there). An impossible date raises `InvalidDateError` naming its row, or becomes missing
/// with `errors="coerce"`. Rows outside the Umm al-Qura table use the tabular calendar.
///
/// >>> import warraq
/// >>> warraq.hijri_to_gregorian_many([1443, 1444], [9, 9], [1, 1])
/// [datetime.date(2022, 4, 2), datetime.date(2023, 3, 23)]
/// >>> warraq.hijri_to_gregorian_many([1443], [6], [30], errors="coerce")
/// [None]
#[pyfunction]
#[pyo3(signature = (years, months, days, method=None, *, errors=None))]
fn hijri_to_gregorian_many<'py>(
    py: Python<'py>,
    years: &Bound<'py, PyAny>,
    months: &Bound<'py, PyAny>,
    days: &Bound<'py, PyAny>,
    method: Option<&Bound<'py, PyAny>>,
    errors: Option<&Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyAny>> {
    const F: &str = "hijri_to_gregorian_many";
    let method = method_arg(F, method)?;
    let on_error = errors_arg(F, errors)?;
    let (y, m, d) = (
        column(F, "years", years, false)?,
        column(F, "months", months, false)?,
        column(F, "days", days, false)?,
    );
    if y.values.len() != m.values.len() || y.values.len() != d.values.len() {
        return Err(WarraqError::new_err(format!(
            "years, months and days must have the same length, not {}, {} and {}",
            y.values.len(),
            m.values.len(),
            d.values.len()
        )));
    }
    let numpy = y.numpy || m.numpy || d.numpy;
    let rows = py.detach(|| hijri_rows(&y.values, &m.values, &d.values, method));
    finish(&rows, on_error)?;
    if numpy {
        let mut out = Vec::with_capacity(rows.len() * 8);
        for r in &rows {
            let z = match r {
                Row::Ok(z) => *z,
                _ => MISSING,
            };
            out.extend_from_slice(&z.to_le_bytes());
        }
        return numpy_array(py, &out, "<i8", Some("datetime64[D]"));
    }
    let mut items = Vec::with_capacity(rows.len());
    for (i, r) in rows.iter().enumerate() {
        items.push(match r {
            Row::Ok(z) => match new_date(py, *z) {
                Ok(d) => d,
                Err(_) if on_error == OnError::Coerce => py.None().into_bound(py),
                Err(e) => {
                    return Err(InvalidDateError::new_err(format!(
                        "row {i}: {}",
                        e.value(py)
                    )))
                }
            },
            _ => py.None().into_bound(py),
        });
    }
    Ok(PyList::new(py, items)?.into_any())
}

/// gregorian_to_hijri_many(dates, method="umm_al_qura", *, errors="raise")
///
/// Converts a column of Gregorian days at once: `datetime.date`s, ISO strings or day numbers
/// (days since 1970-01-01). A list gives a list of `HijriDate` (None where the input is None,
/// NaN or NaT); a numpy array or pandas Series (of `datetime64` or integers) gives a tuple of
/// three arrays `(years, months, days)`, int64, or float64 with NaN when some rows are missing.
///
/// >>> import datetime, warraq
/// >>> warraq.gregorian_to_hijri_many([datetime.date(2022, 1, 15), "2022-04-02", None])
/// [HijriDate(year=1443, month=6, day=12, method='umm_al_qura'), HijriDate(year=1443, month=9, day=1, method='umm_al_qura'), None]
#[pyfunction]
#[pyo3(signature = (dates, method=None, *, errors=None))]
fn gregorian_to_hijri_many<'py>(
    py: Python<'py>,
    dates: &Bound<'py, PyAny>,
    method: Option<&Bound<'py, PyAny>>,
    errors: Option<&Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyAny>> {
    const F: &str = "gregorian_to_hijri_many";
    let method = method_arg(F, method)?;
    let on_error = errors_arg(F, errors)?;
    let col = column(F, "dates", dates, true)?;
    let rows = py.detach(|| gregorian_rows(&col.values, method));
    finish(&rows, on_error)?;
    if col.numpy {
        let missing = rows.iter().any(|r| !matches!(r, Row::Ok(_)));
        let mut parts: [Vec<u8>; 3] = Default::default();
        for r in &rows {
            let v: [f64; 3] = match r {
                Row::Ok((h, _)) => [h.year as f64, h.month as f64, h.day as f64],
                _ => [f64::NAN; 3],
            };
            for (p, x) in parts.iter_mut().zip(v) {
                if missing {
                    p.extend_from_slice(&x.to_le_bytes());
                } else {
                    p.extend_from_slice(&(x as i64).to_le_bytes());
                }
            }
        }
        let dtype = if missing { "<f8" } else { "<i8" };
        let arrays = parts
            .iter()
            .map(|p| numpy_array(py, p, dtype, None))
            .collect::<PyResult<Vec<_>>>()?;
        return Ok(PyTuple::new(py, arrays)?.into_any());
    }
    let mut items = Vec::with_capacity(rows.len());
    for r in &rows {
        items.push(match r {
            Row::Ok((h, m)) => Bound::new(py, hijri_value(*h, *m))?.into_any(),
            _ => py.None().into_bound(py),
        });
    }
    Ok(PyList::new(py, items)?.into_any())
}

pub(crate) fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(hijri_to_gregorian, m)?)?;
    m.add_function(wrap_pyfunction!(gregorian_to_hijri, m)?)?;
    m.add_function(wrap_pyfunction!(hijri_month_length, m)?)?;
    m.add_function(wrap_pyfunction!(hijri_year_length, m)?)?;
    m.add_function(wrap_pyfunction!(hijri_month_bounds, m)?)?;
    m.add_function(wrap_pyfunction!(hijri_year_bounds, m)?)?;
    m.add_function(wrap_pyfunction!(hijri_month_name, m)?)?;
    m.add_function(wrap_pyfunction!(hijri_table_years, m)?)?;
    m.add_function(wrap_pyfunction!(hijri_to_gregorian_many, m)?)?;
    m.add_function(wrap_pyfunction!(gregorian_to_hijri_many, m)?)?;
    Ok(())
}
