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
        format!("'{}{}'", short.replace('\\', "\\\\").replace('\'', "\\'").replace('\n', "\\n"), ell)
    }
}
macro_rules! display_repr {
    ($($t:ty),*) => {$(impl PyRepr for $t { fn py_repr(&self) -> String { self.to_string() } })*};
}
display_repr!(usize, i32, i64, u8, u16);
impl PyRepr for bool {
    fn py_repr(&self) -> String {
        if *self { "True".into() } else { "False".into() }
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
        format!("({}, {}, {})", self.0.py_repr(), self.1.py_repr(), self.2.py_repr())
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
        }
    };
}

pub(crate) use value_class;
