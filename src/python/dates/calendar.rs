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
        method: m,
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
        return match obj.call_method0(pyo3::intern!(obj.py(), "toordinal")) {
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
    // A numpy.datetime64 scalar.
    if obj.get_type().name().is_ok_and(|n| n == "datetime64") {
        let z: i64 = obj
            .call_method1("astype", ("datetime64[D]",))?
            .call_method1("astype", ("int64",))?
            .extract()?;
        return match z {
            MISSING if ints => Ok(None),
            MISSING => Err(InvalidDateError::new_err(format!(
                "{func}() argument '{arg}' is NaT, not a date"
            ))),
            z => Ok(Some(z)),
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
#[pyo3(signature = (year, month, day, method=None), text_signature = "(year, month, day, method='umm_al_qura')")]
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
#[pyo3(signature = (date, method=None), text_signature = "(date, method='umm_al_qura')")]
fn gregorian_to_hijri<'py>(
    date: &Bound<'py, PyAny>,
    method: Option<&Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, HijriDate>> {
    const F: &str = "gregorian_to_hijri";
    let method = method_arg(F, method)?;
    let z = day_number_arg(F, "date", date, false)?.unwrap_or(MISSING);
    let (h, used) = cal::day_number_to_hijri(z, method).map_err(to_pyerr)?;
    super::super::values::untracked(date.py(), hijri_value(h, used))
}

/// hijri_month_length(year, month, method="umm_al_qura") -> int
///
/// >>> import warraq
/// >>> warraq.hijri_month_length(1443, 6)
/// 29
#[pyfunction]
#[pyo3(signature = (year, month, method=None), text_signature = "(year, month, method='umm_al_qura')")]
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
#[pyo3(signature = (year, method=None), text_signature = "(year, method='umm_al_qura')")]
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
#[pyo3(signature = (year, month, method=None), text_signature = "(year, month, method='umm_al_qura')")]
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
#[pyo3(signature = (year, method=None), text_signature = "(year, method='umm_al_qura')")]
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
#[pyo3(signature = (month, lang=None), text_signature = "(month, lang='en')")]
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
#[pyo3(signature = (method=None), text_signature = "(method='umm_al_qura')")]
fn hijri_table_years(method: Option<&Bound<'_, PyAny>>) -> PyResult<Option<(i32, i32)>> {
    Ok(cal::table_years(method_arg("hijri_table_years", method)?))
}

/// hijri_in_gregorian_year(month, day, year, method="umm_al_qura") -> list[datetime.date]
///
/// The days of Gregorian `year` that are `day` `month` of some Hijri year, such as the Eid
/// al-Fitr (1 Shawwal) of a Gregorian year: none, one or two, in order.
///
/// >>> import warraq
/// >>> warraq.hijri_in_gregorian_year(10, 1, 2022)
/// [datetime.date(2022, 5, 2)]
/// >>> len(warraq.hijri_in_gregorian_year(10, 1, 2000))
/// 2
#[pyfunction]
#[pyo3(signature = (month, day, year, method=None), text_signature = "(month, day, year, method='umm_al_qura')")]
fn hijri_in_gregorian_year<'py>(
    py: Python<'py>,
    month: &Bound<'py, PyAny>,
    day: &Bound<'py, PyAny>,
    year: &Bound<'py, PyAny>,
    method: Option<&Bound<'py, PyAny>>,
) -> PyResult<Vec<Bound<'py, PyAny>>> {
    const F: &str = "hijri_in_gregorian_year";
    let (m, d, y) = (
        int_arg(F, "month", month)?,
        int_arg(F, "day", day)?,
        int_arg(F, "year", year)?,
    );
    let method = method_arg(F, method)?;
    let (y, m) = match (i32::try_from(y), u8::try_from(m)) {
        (Ok(y), Ok(m)) => (y, m),
        _ => {
            return Err(InvalidDateError::new_err(format!(
                "no Hijri month {m} in Gregorian year {y}"
            )))
        }
    };
    let d = u8::try_from(d).unwrap_or(0);
    cal::hijri_in_gregorian_year(m, d, y, method)
        .map_err(to_pyerr)?
        .into_iter()
        .map(|(_, g, _)| date_of(py, g))
        .collect()
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

/// A column of integers (day numbers or date parts) as little-endian `i64` bytes, `MISSING`
/// where there is no value: numpy's own bytes when it can give them, else our copy.
struct Column<'py> {
    data: ColumnData<'py>,
    numpy: bool,
}

enum ColumnData<'py> {
    Numpy(Bound<'py, PyBytes>),
    Owned(Vec<u8>),
}

impl Column<'_> {
    fn bytes(&self) -> &[u8] {
        match &self.data {
            ColumnData::Numpy(b) => b.as_bytes(),
            ColumnData::Owned(v) => v,
        }
    }
    fn len(&self) -> usize {
        self.bytes().len() / 8
    }
}

#[inline]
fn values(b: &[u8]) -> impl Iterator<Item = i64> + '_ {
    b.chunks_exact(8)
        .map(|c| i64::from_le_bytes(c.try_into().unwrap_or([0; 8])))
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

#[inline]
fn float_value(f: f64) -> i64 {
    if f.is_nan() {
        MISSING
    } else if f.fract() != 0.0 || f.abs() >= 9.0e18 {
        NOT_WHOLE
    } else {
        f as i64
    }
}

/// Reads a column of integers (`dates=false`) or of days (`dates=true`).
fn column<'py>(
    func: &str,
    arg: &str,
    obj: &Bound<'py, PyAny>,
    dates: bool,
) -> PyResult<Column<'py>> {
    if obj.is_instance_of::<PyString>() || obj.is_instance_of::<PyBytes>() {
        return Err(type_error(
            func,
            arg,
            "a sequence or an array (not one str)",
            obj,
        ));
    }
    if let Some((np, arr)) = as_numpy(obj)? {
        let kind: String = arr.getattr("dtype")?.getattr("kind")?.extract()?;
        let ints = |a: &Bound<'py, PyAny>| -> PyResult<Column<'py>> {
            // No copy when the array already is contiguous int64; then one copy into bytes.
            let a = np.call_method1("ascontiguousarray", (a, "<i8"))?;
            Ok(Column {
                data: ColumnData::Numpy(a.call_method0("tobytes")?.cast_into::<PyBytes>()?),
                numpy: true,
            })
        };
        return match kind.as_str() {
            "i" | "u" => ints(&arr),
            "M" if dates => ints(
                &arr.call_method1("astype", ("datetime64[D]",))?
                    .call_method1("view", ("<i8",))?,
            ),
            "f" => {
                let a = np.call_method1("ascontiguousarray", (&arr, "<f8"))?;
                let b = a.call_method0("tobytes")?.cast_into::<PyBytes>()?;
                let mut out = Vec::with_capacity(b.as_bytes().len());
                for c in b.as_bytes().chunks_exact(8) {
                    let f = f64::from_le_bytes(c.try_into().unwrap_or([0; 8]));
                    out.extend_from_slice(&float_value(f).to_le_bytes());
                }
                Ok(Column {
                    data: ColumnData::Owned(out),
                    numpy: true,
                })
            }
            "O" | "U" | "S" => {
                let list = arr.call_method0("tolist")?;
                Ok(Column {
                    data: ColumnData::Owned(objects(func, arg, &list, dates)?),
                    numpy: true,
                })
            }
            _ => {
                let dtype = arr.getattr("dtype")?.str()?.to_string();
                Err(PyTypeError::new_err(format!(
                    "{func}() argument '{arg}' must hold {}, not an array of dtype {dtype}",
                    if dates {
                        "dates (datetime64) or day numbers"
                    } else {
                        "integers"
                    }
                )))
            }
        };
    }
    Ok(Column {
        data: ColumnData::Owned(objects(func, arg, obj, dates)?),
        numpy: false,
    })
}

fn objects(func: &str, arg: &str, obj: &Bound<'_, PyAny>, dates: bool) -> PyResult<Vec<u8>> {
    let iter = obj
        .try_iter()
        .map_err(|_| type_error(func, arg, "a sequence or an array", obj))?;
    let mut out = Vec::with_capacity(obj.len().unwrap_or(0) * 8);
    for (i, item) in iter.enumerate() {
        let item = item?;
        let v = if is_missing(&item) {
            MISSING
        } else if dates {
            match day_number_arg(func, &format!("{arg}[{i}]"), &item, true) {
                Ok(z) => z.unwrap_or(MISSING),
                // An ISO string that is not a date is an invalid value, not a wrong type.
                Err(e) if e.is_instance_of::<InvalidDateError>(obj.py()) => NOT_WHOLE,
                Err(e) => return Err(e),
            }
        } else if let Ok(f) = item.cast::<PyFloat>() {
            float_value(f.value())
        } else {
            int_arg(func, &format!("{arg}[{i}]"), &item)?
        };
        out.extend_from_slice(&v.to_le_bytes());
    }
    Ok(out)
}

/// One Hijri row to its day number: `Ok(None)` when a part is missing.
#[inline]
fn hijri_row(y: i64, m: i64, d: i64, method: Method) -> Result<Option<i64>, String> {
    if y == MISSING || m == MISSING || d == MISSING {
        Ok(None)
    } else if y == NOT_WHOLE || m == NOT_WHOLE || d == NOT_WHOLE {
        Err("a Hijri date part is not a whole number".into())
    } else {
        match cal::hijri_parts_to_day_number(y, m, d, method) {
            Ok((z, _)) => Ok(Some(z)),
            Err(e) => Err(e.to_string()),
        }
    }
}

/// One Gregorian day to its Hijri date: `Ok(None)` when missing.
#[inline]
fn gregorian_row(z: i64, method: Method) -> Result<Option<(cal::HijriDate, Method)>, String> {
    match z {
        MISSING => Ok(None),
        NOT_WHOLE => Err("not a Gregorian date".into()),
        z => match cal::day_number_to_hijri(z, method) {
            Ok(v) => Ok(Some(v)),
            Err(e) => Err(e.to_string()),
        },
    }
}

/// The first failing row, for `errors="raise"`.
struct FirstError(Option<(usize, String)>);

impl FirstError {
    #[inline]
    fn note(&mut self, i: usize, e: String) {
        if self.0.is_none() {
            self.0 = Some((i, e));
        }
    }
    fn check(self, on_error: OnError) -> PyResult<()> {
        match self.0 {
            Some((i, msg)) if on_error == OnError::Raise => {
                Err(InvalidDateError::new_err(format!("row {i}: {msg}")))
            }
            _ => Ok(()),
        }
    }
}

/// A numpy array of `dtype` over a new bytearray of `len` bytes filled by `fill` (no copy).
fn numpy_array<'py>(
    py: Python<'py>,
    len: usize,
    dtype: &str,
    view: Option<&str>,
    fill: impl FnOnce(&mut [u8]) + Send,
) -> PyResult<Bound<'py, PyAny>> {
    let np = py.import("numpy")?;
    let buf = PyByteArray::new_with(py, len, |b| {
        py.detach(|| fill(b));
        Ok(())
    })?;
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
#[pyo3(signature = (years, months, days, method=None, *, errors=None), text_signature = "(years, months, days, method='umm_al_qura', *, errors='raise')")]
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
    let n = y.len();
    if m.len() != n || d.len() != n {
        return Err(WarraqError::new_err(format!(
            "years, months and days must have the same length, not {}, {} and {}",
            n,
            m.len(),
            d.len()
        )));
    }
    let (yb, mb, db) = (y.bytes(), m.bytes(), d.bytes());
    let mut first = FirstError(None);
    if y.numpy || m.numpy || d.numpy {
        let arr = numpy_array(py, n * 8, "<i8", Some("datetime64[D]"), |out| {
            let rows = values(yb).zip(values(mb)).zip(values(db));
            for (i, (((y, m), d), o)) in rows.zip(out.chunks_exact_mut(8)).enumerate() {
                let z = match hijri_row(y, m, d, method) {
                    Ok(Some(z)) => z,
                    Ok(None) => MISSING,
                    Err(e) => {
                        first.note(i, e);
                        MISSING
                    }
                };
                o.copy_from_slice(&z.to_le_bytes());
            }
        })?;
        first.check(on_error)?;
        return Ok(arr);
    }
    let mut items = Vec::with_capacity(n);
    let rows = values(yb).zip(values(mb)).zip(values(db));
    for (i, ((y, m), d)) in rows.enumerate() {
        items.push(match hijri_row(y, m, d, method) {
            Ok(Some(z)) => match new_date(py, z) {
                Ok(date) => date,
                Err(e) => {
                    first.note(i, e.value(py).to_string());
                    py.None().into_bound(py)
                }
            },
            Ok(None) => py.None().into_bound(py),
            Err(e) => {
                first.note(i, e);
                py.None().into_bound(py)
            }
        });
        if on_error == OnError::Raise && first.0.is_some() {
            break;
        }
    }
    first.check(on_error)?;
    Ok(PyList::new(py, items)?.into_any())
}

/// Years, months and days of the day numbers in `zb` as three new bytearrays of int64 (or of
/// float64 with NaN for missing rows when `float`), filled in place in one pass without the GIL;
/// and whether a row was missing or failed.
fn hijri_columns<'py>(
    py: Python<'py>,
    zb: &[u8],
    method: Method,
    float: bool,
    first: &mut FirstError,
) -> PyResult<([Bound<'py, PyByteArray>; 3], bool)> {
    let n = zb.len() / 8;
    let mut missing = false;
    let (mut ma, mut da) = (None, None);
    let ya = PyByteArray::new_with(py, n * 8, |yb| {
        ma = Some(PyByteArray::new_with(py, n * 8, |mb| {
            da = Some(PyByteArray::new_with(py, n * 8, |db| {
                py.detach(|| {
                    let outs = yb
                        .chunks_exact_mut(8)
                        .zip(mb.chunks_exact_mut(8))
                        .zip(db.chunks_exact_mut(8));
                    for (i, (z, ((yo, mo), d_o))) in values(zb).zip(outs).enumerate() {
                        let v = match gregorian_row(z, method) {
                            Ok(Some((h, _))) => Some([h.year as i64, h.month as i64, h.day as i64]),
                            Ok(None) => None,
                            Err(e) => {
                                first.note(i, e);
                                None
                            }
                        };
                        missing |= v.is_none();
                        for (o, x) in [yo, mo, d_o].into_iter().zip(v.unwrap_or([0; 3])) {
                            let bytes = match (float, v.is_some()) {
                                (false, _) => x.to_le_bytes(),
                                (true, true) => (x as f64).to_le_bytes(),
                                (true, false) => f64::NAN.to_le_bytes(),
                            };
                            o.copy_from_slice(&bytes);
                        }
                    }
                });
                Ok(())
            })?);
            Ok(())
        })?);
        Ok(())
    })?;
    match (ma, da) {
        (Some(ma), Some(da)) => Ok(([ya, ma, da], missing)),
        _ => Err(WarraqError::new_err("could not allocate the result arrays")),
    }
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
#[pyo3(signature = (dates, method=None, *, errors=None), text_signature = "(dates, method='umm_al_qura', *, errors='raise')")]
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
    let zb = col.bytes();
    let mut first = FirstError(None);
    if col.numpy {
        // One pass into int64 arrays; only when some rows are missing, a second into float64.
        let (arrays, missing) = hijri_columns(py, zb, method, false, &mut first)?;
        first.check(on_error)?;
        let arrays = if missing {
            hijri_columns(py, zb, method, true, &mut FirstError(None))?.0
        } else {
            arrays
        };
        let np = py.import("numpy")?;
        let dtype = if missing { "<f8" } else { "<i8" };
        let arrays = arrays
            .into_iter()
            .map(|b| np.call_method1("frombuffer", (b, dtype)))
            .collect::<PyResult<Vec<_>>>()?;
        return Ok(PyTuple::new(py, arrays)?.into_any());
    }
    let mut items = Vec::with_capacity(col.len());
    for (i, z) in values(zb).enumerate() {
        items.push(match gregorian_row(z, method) {
            Ok(Some((h, m))) => super::super::values::untracked(py, hijri_value(h, m))?.into_any(),
            Ok(None) => py.None().into_bound(py),
            Err(e) => {
                first.note(i, e);
                if on_error == OnError::Raise {
                    break;
                }
                py.None().into_bound(py)
            }
        });
    }
    first.check(on_error)?;
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
    m.add_function(wrap_pyfunction!(hijri_in_gregorian_year, m)?)?;
    m.add_function(wrap_pyfunction!(hijri_to_gregorian_many, m)?)?;
    m.add_function(wrap_pyfunction!(gregorian_to_hijri_many, m)?)?;
    Ok(())
}
