//! The terminal interface: a light Elm architecture. One [`App`] model, [`Msg`]s from a pure
//! key mapping, [`update()`] returning [`Effect`]s that the event loop ([`run()`]) performs
//! through a [`Storage`], and views as `impl Widget for &App`.

pub mod app;
pub mod data;
pub mod editor;
pub mod effects;
pub mod farewell;
pub mod field;
pub mod form;
pub mod keys;
pub mod msg;
pub mod note;
pub mod run;
pub mod signals;
mod speech;
pub mod storage;
pub mod terminal;
pub mod theme;
pub mod update;
pub mod view;

pub use app::{App, Data, Effect, Msg, Origin};
pub use effects::{Choice, Session, begin, complete, perform};
pub use run::{Next, dispatch, run, run_loading};
pub(crate) use speech::failure_in;
pub use storage::Storage;
pub use update::update;

/// Reads the store as the TUI shows it.
pub fn load_data(store: &crate::store::Store) -> Data {
    Storage::load(store)
}

#[cfg(test)]
mod tests;
