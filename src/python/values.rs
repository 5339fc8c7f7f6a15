//! The `value_class!` macro: frozen, comparable, picklable span classes with `to_dict()` and a
//! short `__repr__`, generated from one field list so the five places a field appears agree.

/// Formats a field the way Python's `repr` would.
pub(crate) trait PyRepr {
    fn py_repr(&self) -> String;
}

impl PyRepr for String {
    fn py_repr(&self) -> String {
        let short: String = self.chars().take(40).collect();
        let ell = if short.len() < self.len() { "…" } else { "" };
        format!(
            "'{}{}'",
            short
                .replace('\\', "\\\\")
                .replace('\'', "\\'")
                .replace('\n', "\\n"),
            ell
        )
    }
}
macro_rules! display_repr {
    ($($t:ty),*) => {$(impl PyRepr for $t { fn py_repr(&self) -> String { self.to_string() } })*};
}
display_repr!(usize, i32, i64, u8, u16);
impl PyRepr for bool {
    fn py_repr(&self) -> String {
        if *self {
            "True".into()
        } else {
            "False".into()
        }
    }
}
impl<T: PyRepr> PyRepr for Option<T> {
    fn py_repr(&self) -> String {
        match self {
            Some(v) => v.py_repr(),
            None => "None".into(),
        }
    }
}
impl<A: PyRepr, B: PyRepr, C: PyRepr> PyRepr for (A, B, C) {
    fn py_repr(&self) -> String {
        format!(
            "({}, {}, {})",
            self.0.py_repr(),
            self.1.py_repr(),
            self.2.py_repr()
        )
    }
}

macro_rules! value_class {
    (
        $(#[$meta:meta])*
        $name:ident repr($($rf:ident),*) { $($(#[$fmeta:meta])* $field:ident : $ty:ty),* $(,)? }
    ) => {
        $(#[$meta])*
        #[pyo3::pyclass(module = "warraq._warraq", frozen, eq, get_all, from_py_object)]
        #[derive(Clone, Debug, PartialEq)]
        pub struct $name {
            $($(#[$fmeta])* pub $field: $ty),*
        }

        #[pyo3::pymethods]
        impl $name {
            #[new]
            #[pyo3(signature = ($($field),*))]
            #[allow(clippy::too_many_arguments)]
            fn py_new($($field: $ty),*) -> Self {
                Self { $($field),* }
            }

            /// Pickles as `(type, fields)`, so values travel to worker processes.
            fn __reduce__<'py>(
                slf: &pyo3::Bound<'py, Self>,
            ) -> pyo3::PyResult<(pyo3::Bound<'py, pyo3::types::PyType>, pyo3::Bound<'py, pyo3::types::PyTuple>)> {
                use pyo3::IntoPyObjectExt;
                let py = slf.py();
                let this = slf.get();
                let args = pyo3::types::PyTuple::new(py, [$(this.$field.clone().into_bound_py_any(py)?),*])?;
                Ok((slf.get_type(), args))
            }

            /// The fields as a plain `dict` (JSON-ready).
            fn to_dict<'py>(&self, py: pyo3::Python<'py>) -> pyo3::PyResult<pyo3::Bound<'py, pyo3::types::PyDict>> {
                use pyo3::types::PyDictMethods;
                let d = pyo3::types::PyDict::new(py);
                $(d.set_item(stringify!($field), self.$field.clone())?;)*
                Ok(d)
            }

            fn __repr__(&self) -> String {
                use $crate::python::values::PyRepr;
                let parts: Vec<String> = vec![$(format!("{}={}", stringify!($rf), self.$rf.py_repr())),*];
                format!("{}({})", stringify!($name), parts.join(", "))
            }
        }

        impl $name {
            /// The field names, in constructor order.
            #[allow(dead_code)]
            pub const FIELDS: &'static [&'static str] = &[$(stringify!($field)),*];

            /// Many values as columns: `{field: [value, ...]}`, without one Python object each.
            #[allow(dead_code)]
            pub fn columns<'py>(
                py: pyo3::Python<'py>,
                items: &[Self],
                dict: &pyo3::Bound<'py, pyo3::types::PyDict>,
            ) -> pyo3::PyResult<()> {
                use pyo3::types::PyDictMethods;
                let _ = py;
                $(
                    let col: Vec<$ty> = items.iter().map(|x| x.$field.clone()).collect();
                    dict.set_item(stringify!($field), col)?;
                )*
                Ok(())
            }
        }
    };
}

pub(crate) use value_class;

/// A span's text: `source[start:end]` of the analyzed `str`, cut (`PyUnicode_Substring`: a copy
/// in Python's own representation, no UTF-8 decoding) the first time `.text` is read and kept,
/// so a layer of many spans costs no string objects until their texts are wanted, and reading
/// `.text` again returns the same object. A span holds its document's `str` until then, like a
/// view; pickling and `to_dict()` cut it.
pub struct PyText(TextRepr);

enum TextRepr {
    Slice {
        source: pyo3::Py<pyo3::types::PyString>,
        /// Code-point offsets into `source`, checked against it when made.
        start: isize,
        end: isize,
        cut: pyo3::sync::PyOnceLock<pyo3::Py<pyo3::types::PyString>>,
    },
    Str(pyo3::Py<pyo3::types::PyString>),
}

impl PyText {
    /// `source[start:end]` (code points), cut when first read.
    pub fn slice(
        source: &pyo3::Bound<'_, pyo3::types::PyString>,
        start: usize,
        end: usize,
    ) -> PyText {
        PyText(TextRepr::Slice {
            source: source.clone().unbind(),
            start: start as isize,
            end: end as isize,
            cut: pyo3::sync::PyOnceLock::new(),
        })
    }

    /// The text as a Python `str`.
    pub fn bind<'py>(
        &self,
        py: pyo3::Python<'py>,
    ) -> pyo3::PyResult<pyo3::Bound<'py, pyo3::types::PyString>> {
        match &self.0 {
            TextRepr::Str(s) => Ok(s.bind(py).clone()),
            TextRepr::Slice {
                source,
                start,
                end,
                cut,
            } => cut
                .get_or_try_init(py, || {
                    // SAFETY: `source` is a live `str` and we hold the GIL; the offsets were
                    // computed from the same text (0 <= start <= end <= len); NULL (an
                    // exception set) is turned into the error below.
                    let obj =
                        unsafe { pyo3::ffi::PyUnicode_Substring(source.as_ptr(), *start, *end) };
                    // SAFETY: a new reference, or NULL with an exception set.
                    let obj = unsafe { pyo3::Bound::from_owned_ptr_or_err(py, obj) }?;
                    Ok::<_, pyo3::PyErr>(obj.cast_into::<pyo3::types::PyString>()?.unbind())
                })
                .map(|s| s.bind(py).clone()),
        }
    }

    fn with_str<R>(&self, f: impl FnOnce(&str) -> R) -> R {
        use pyo3::types::PyStringMethods;
        pyo3::Python::attach(|py| match self.bind(py) {
            Ok(s) => f(&s.to_cow().unwrap_or_default()),
            Err(_) => f(""),
        })
    }
}

impl Clone for PyText {
    fn clone(&self) -> Self {
        pyo3::Python::attach(|py| match &self.0 {
            TextRepr::Str(s) => PyText(TextRepr::Str(s.clone_ref(py))),
            TextRepr::Slice {
                source, start, end, ..
            } => PyText(TextRepr::Slice {
                source: source.clone_ref(py),
                start: *start,
                end: *end,
                cut: pyo3::sync::PyOnceLock::new(),
            }),
        })
    }
}

impl PartialEq for PyText {
    fn eq(&self, other: &Self) -> bool {
        self.with_str(|a| other.with_str(|b| a == b))
    }
}

impl std::fmt::Debug for PyText {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.with_str(|s| write!(f, "{s:?}"))
    }
}

impl PyRepr for PyText {
    fn py_repr(&self) -> String {
        self.with_str(|s| s.to_owned().py_repr())
    }
}

impl<'py> pyo3::IntoPyObject<'py> for PyText {
    type Target = pyo3::types::PyString;
    type Output = pyo3::Bound<'py, pyo3::types::PyString>;
    type Error = pyo3::PyErr;

    #[inline]
    fn into_pyobject(self, py: pyo3::Python<'py>) -> Result<Self::Output, Self::Error> {
        self.bind(py)
    }
}

impl<'py> pyo3::IntoPyObject<'py> for &PyText {
    type Target = pyo3::types::PyString;
    type Output = pyo3::Bound<'py, pyo3::types::PyString>;
    type Error = pyo3::PyErr;

    #[inline]
    fn into_pyobject(self, py: pyo3::Python<'py>) -> Result<Self::Output, Self::Error> {
        self.bind(py)
    }
}

impl<'a, 'py> pyo3::FromPyObject<'a, 'py> for PyText {
    type Error = pyo3::PyErr;

    fn extract(obj: pyo3::Borrowed<'a, 'py, pyo3::PyAny>) -> pyo3::PyResult<Self> {
        Ok(PyText(TextRepr::Str(
            obj.cast::<pyo3::types::PyString>()?.to_owned().unbind(),
        )))
    }
}

/// Enum fields that Python sees as short strings (`lang='ar'`, `kind='word'`).
///
/// Inside Rust they stay enums, so a value class cannot hold a misspelled label; on the way out
/// each variant is one interned `str` created once per process (no allocation per object), and
/// on the way in (the constructor, unpickling) an unknown string raises `ValueError` naming it.
/// Every variant must be listed: a missing one fails to compile.
macro_rules! py_label {
    ($ty:path as $what:literal { $($v:ident),+ $(,)? }) => {
        const _: () = {
            use $ty as Ty;
            const ALL: &[Ty] = &[$(Ty::$v),+];
            // exhaustive: a variant added to the enum must be added here
            #[allow(dead_code)]
            fn _every_variant_is_listed(x: Ty) {
                match x {
                    $(Ty::$v => {}),+
                }
            }

            impl<'py> pyo3::IntoPyObject<'py> for Ty {
                type Target = pyo3::types::PyString;
                type Output = pyo3::Bound<'py, pyo3::types::PyString>;
                type Error = std::convert::Infallible;

                #[inline]
                fn into_pyobject(self, py: pyo3::Python<'py>) -> Result<Self::Output, Self::Error> {
                    static NAMES: pyo3::sync::PyOnceLock<Vec<pyo3::Py<pyo3::types::PyString>>> =
                        pyo3::sync::PyOnceLock::new();
                    let names = NAMES.get_or_init(py, || {
                        ALL.iter()
                            .map(|v| pyo3::types::PyString::intern(py, v.as_str()).unbind())
                            .collect()
                    });
                    let k = ALL.iter().position(|v| *v == self).unwrap_or(0);
                    Ok(names[k].bind(py).clone())
                }
            }

            impl<'a, 'py> pyo3::FromPyObject<'a, 'py> for Ty {
                type Error = pyo3::PyErr;

                fn extract(obj: pyo3::Borrowed<'a, 'py, pyo3::PyAny>) -> pyo3::PyResult<Self> {
                    use pyo3::types::PyStringMethods;
                    let obj = obj.cast::<pyo3::types::PyString>()?;
                    let s = obj.to_cow()?;
                    ALL.iter().copied().find(|v| v.as_str() == s).ok_or_else(|| {
                        let names: Vec<String> = ALL.iter().map(|v| format!("'{}'", v.as_str())).collect();
                        pyo3::exceptions::PyValueError::new_err(format!(
                            "{} must be one of {}, not '{s}'",
                            $what,
                            names.join(", ")
                        ))
                    })
                }
            }

            impl $crate::python::values::PyRepr for Ty {
                fn py_repr(&self) -> String {
                    format!("'{}'", self.as_str())
                }
            }
        };
    };
}

pub(crate) use py_label;

/// A Unicode script, as its long name (`Latin`, `Arabic`, `Common`).
///
/// The scripts of this crate's text come out as interned strings; any other script's name is
/// made when asked for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ScriptName(pub unicode_script::Script);

impl<'py> pyo3::IntoPyObject<'py> for ScriptName {
    type Target = pyo3::types::PyString;
    type Output = pyo3::Bound<'py, pyo3::types::PyString>;
    type Error = std::convert::Infallible;

    #[inline]
    fn into_pyobject(self, py: pyo3::Python<'py>) -> Result<Self::Output, Self::Error> {
        use unicode_script::Script;
        Ok(match self.0 {
            Script::Latin => pyo3::intern!(py, "Latin").clone(),
            Script::Arabic => pyo3::intern!(py, "Arabic").clone(),
            Script::Common => pyo3::intern!(py, "Common").clone(),
            Script::Inherited => pyo3::intern!(py, "Inherited").clone(),
            other => pyo3::types::PyString::new(py, other.full_name()),
        })
    }
}

impl<'a, 'py> pyo3::FromPyObject<'a, 'py> for ScriptName {
    type Error = pyo3::PyErr;

    fn extract(obj: pyo3::Borrowed<'a, 'py, pyo3::PyAny>) -> pyo3::PyResult<Self> {
        use pyo3::types::PyStringMethods;
        let obj = obj.cast::<pyo3::types::PyString>()?;
        let s = obj.to_cow()?;
        unicode_script::Script::from_full_name(&s)
            .map(ScriptName)
            .ok_or_else(|| {
                pyo3::exceptions::PyValueError::new_err(format!(
                    "script must be a Unicode script's long name such as 'Arabic' or 'Latin', not '{s}'"
                ))
            })
    }
}

impl PyRepr for ScriptName {
    fn py_repr(&self) -> String {
        format!("'{}'", self.0.full_name())
    }
}

/// Many value objects as a list, untracked (see [`untracked`]), with the collector paused while
/// they are made.
pub(crate) fn list_of<'py, T>(
    py: pyo3::Python<'py>,
    items: impl IntoIterator<Item = T>,
) -> pyo3::PyResult<pyo3::Bound<'py, pyo3::types::PyList>>
where
    T: pyo3::PyClass + Into<pyo3::PyClassInitializer<T>>,
{
    let _pause = super::convert::GcPause::new(py);
    let objs = items
        .into_iter()
        .map(|v| untracked(py, v))
        .collect::<pyo3::PyResult<Vec<_>>>()?;
    pyo3::types::PyList::new(py, objs)
}

/// Creates the Python object of a value class and takes it off the cyclic garbage collector's
/// list.
///
/// Value classes are frozen, cannot be subclassed (so they have no `__dict__`) and hold only
/// Rust data and strings: they can never be part of a reference cycle. pyo3 registers every
/// class with the collector anyway, so without this each collection would walk every token and
/// sentence a program keeps, and a loop that keeps results (`[gregorian_to_hijri(d) for d in
/// days]`) would pay for it on every call. CPython does the same for tuples of atomic values.
pub(crate) fn untracked<'py, T>(
    py: pyo3::Python<'py>,
    value: T,
) -> pyo3::PyResult<pyo3::Bound<'py, T>>
where
    T: pyo3::PyClass + Into<pyo3::PyClassInitializer<T>>,
{
    let obj = pyo3::Bound::new(py, value)?;
    // SAFETY: `obj` is a live object of a GC type that we hold a strong reference to;
    // PyObject_GC_UnTrack only clears its tracking link, and the type's deallocator untracks only
    // tracked objects.
    unsafe { pyo3::ffi::PyObject_GC_UnTrack(obj.as_ptr().cast()) };
    Ok(obj)
}
