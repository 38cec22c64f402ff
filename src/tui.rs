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

/// Home's subjects from the summary index (reading only the files that changed): what home
/// shows while the store is read.
pub(crate) fn load_home(store: &crate::store::Store) -> data::Home {
    let mut roster = crate::subjects::roster::Roster::new(None).with_history();
    store.briefs(&mut |briefs, _| briefs.iter().for_each(|b| roster.add(b)));
    let rows = roster.rows();
    // For the next start's first sight.
    let kept = crate::subjects::roster::to_json(&rows);
    crate::store::cache::home::write(store.root(), store.catalog(), &kept);
    data::Home(rows)
}

/// Home's rows as last seen, before anything is read: the next start's first sight, which
/// [`load_home`] then replaces.
pub(crate) fn seen_home(store: &crate::store::Store) -> Option<data::Home> {
    let kept = crate::store::cache::home::read(store.root(), store.catalog())?;
    crate::subjects::roster::from_json(&kept).map(data::Home)
}

/// What the thread reading the store sends, in this order.
pub(crate) enum Arrival {
    Home(data::Home),
    Data(Data),
}

#[cfg(test)]
mod tests;
