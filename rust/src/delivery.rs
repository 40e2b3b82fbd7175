//! The bridge from the engine thread to asyncio.
//!
//! Outcomes are collected per event loop and handed over with **one**
//! `loop.call_soon_threadsafe(deliver, items)` per loop per batch, where
//! `items` is a list of `(future, kind, value)` tuples:
//!
//! * `kind == RESULT` (0): `future.set_result(value)`
//! * `kind == EXCEPTION` (1): `future.set_exception(value)`
//! * `kind == CANCEL` (2): `future.cancel()` (`value` is `None`)
//!
//! `deliver` runs on the loop's thread and must skip futures that are already
//! done (the client went away). The built-in [`deliver`] does exactly that; a
//! Python replacement can be registered with `Scheduler(..., deliver=...)`.

use pyo3::prelude::*;
use pyo3::types::{PyList, PyTuple};
use pyo3::{intern, IntoPyObjectExt};

pub const RESULT: u8 = 0;
pub const EXCEPTION: u8 = 1;
pub const CANCEL: u8 = 2;

/// Where an outcome goes: the submitter's event loop and future.
pub struct Handle {
    pub event_loop: Py<PyAny>,
    pub future: Py<PyAny>,
}

struct Group<'py> {
    event_loop: Py<PyAny>,
    items: Vec<Bound<'py, PyAny>>,
}

/// Outcomes of one batch, grouped by event loop (usually a single one).
pub struct Batch<'py> {
    py: Python<'py>,
    groups: Vec<Group<'py>>,
}

/// Result of sending a batch.
#[derive(Debug, Default, Clone, Copy)]
pub struct Sent {
    /// `call_soon_threadsafe` calls made (one per loop).
    pub calls: u64,
    /// Calls that raised (e.g. the loop is closed); their futures are lost
    /// with their loop.
    pub errors: u64,
}

impl<'py> Batch<'py> {
    pub fn new(py: Python<'py>) -> Self {
        Self {
            py,
            groups: Vec::new(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.groups.is_empty()
    }

    pub fn push(&mut self, handle: Handle, kind: u8, value: Bound<'py, PyAny>) -> PyResult<()> {
        let item = (handle.future, kind, value).into_bound_py_any(self.py)?;
        let key = handle.event_loop.as_ptr();
        match self
            .groups
            .iter_mut()
            .find(|g| g.event_loop.as_ptr() == key)
        {
            Some(g) => g.items.push(item),
            None => self.groups.push(Group {
                event_loop: handle.event_loop,
                items: vec![item],
            }),
        }
        Ok(())
    }

    /// One `call_soon_threadsafe` per event loop.
    pub fn send(self, deliver: &Bound<'py, PyAny>) -> Sent {
        let py = self.py;
        let mut sent = Sent::default();
        for g in self.groups {
            sent.calls += 1;
            let ok = PyList::new(py, g.items).and_then(|items| {
                g.event_loop
                    .bind(py)
                    .call_method1(intern!(py, "call_soon_threadsafe"), (deliver, items))
            });
            if ok.is_err() {
                sent.errors += 1;
            }
        }
        sent
    }
}

/// Default `deliver` callback: applies `(future, kind, value)` items on the
/// event loop's thread, skipping futures that are already done.
#[pyfunction]
pub fn deliver(items: &Bound<'_, PyList>) -> PyResult<()> {
    let py = items.py();
    let mut first_err = None;
    for item in items.iter() {
        let r = (|| -> PyResult<()> {
            let t = item.cast::<PyTuple>()?;
            let fut = t.get_item(0)?;
            if fut.call_method0(intern!(py, "done"))?.is_truthy()? {
                return Ok(());
            }
            let kind: u8 = t.get_item(1)?.extract()?;
            let value = t.get_item(2)?;
            match kind {
                RESULT => fut.call_method1(intern!(py, "set_result"), (value,))?,
                EXCEPTION => fut.call_method1(intern!(py, "set_exception"), (value,))?,
                _ => fut.call_method0(intern!(py, "cancel"))?,
            };
            Ok(())
        })();
        // One bad item must not strand the others: finish the batch first.
        if let Err(e) = r {
            first_err.get_or_insert(e);
        }
    }
    first_err.map_or(Ok(()), Err)
}

pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("DELIVER_RESULT", RESULT)?;
    m.add("DELIVER_EXCEPTION", EXCEPTION)?;
    m.add("DELIVER_CANCEL", CANCEL)?;
    m.add_function(wrap_pyfunction!(deliver, m)?)?;
    Ok(())
}
