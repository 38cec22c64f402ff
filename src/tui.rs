//! The terminal interface: a light Elm architecture. One [`App`] model, [`Msg`]s from a pure
//! key mapping, [`update()`] returning [`Effect`]s that the event loop (`run()`) performs
//! through a `Storage`, and views as `impl Widget for &App`.

pub mod app;
pub(crate) mod data;
pub(crate) mod editor;
pub(crate) mod effects;
pub(crate) mod farewell;
pub mod field;
pub(crate) mod form;
pub(crate) mod keys;
pub(crate) mod msg;
pub mod note;
pub(crate) mod run;
pub(crate) mod signals;
mod speech;
pub(crate) mod storage;
pub(crate) mod terminal;
pub mod theme;
pub mod update;
pub mod view;

pub use app::{App, Data, Effect, Msg, Origin};
pub(crate) use effects::{Choice, Session, begin, complete};
pub(crate) use run::{run, run_loading};
pub(crate) use speech::failure_in;
pub(crate) use storage::Storage;
pub use update::update;

/// Reads the store as the TUI shows it.
pub(crate) fn load_data(store: &crate::store::Store) -> Data {
    Storage::load(store)
}

#[cfg(test)]
mod tests;
