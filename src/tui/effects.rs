//! Effects: each [`Effect`] performed against the outside world (the store, the clock, the
//! config file) and answered with the [`Msg`] that reports it, failures included: an error
//! is never dropped here, it comes back to `update` as a message. Nothing here changes the
//! model: only `update` does, when the message comes back.

use std::path::PathBuf;

use super::app::{App, Effect, Failure, Msg};
use super::storage::Storage;
use crate::config::Setting;
use crate::i18n::DiagErrors;
use crate::store::{Discarded, StoreError};

mod assess;

pub(crate) use assess::{begin, complete};

/// What the event loop owns besides the model: the store, which questionnaire new
/// assessments use, and the lock of the draft being answered.
pub(crate) struct Session<'a, S: Storage> {
    /// The space the program was started in.
    pub(crate) store: &'a S,
    /// A client's space opened from the personal home screen: where everything happens
    /// until the person goes back.
    pub entered: Option<S>,
    pub(crate) choice: Choice,
    pub(crate) lock: Option<S::Lock>,
    /// The config file, where the owner's name and `hide_notes` are written.
    pub(crate) config_path: Option<PathBuf>,
}

impl<'a, S: Storage> Session<'a, S> {
    pub(crate) fn new(store: &'a S, choice: Choice) -> Self {
        Self {
            store,
            entered: None,
            choice,
            lock: None,
            config_path: None,
        }
    }

    /// The space the screens show now.
    pub(crate) fn space(&self) -> &S {
        self.entered.as_ref().unwrap_or(self.store)
    }
}

/// Which questionnaire new assessments use.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Choice {
    pub questionnaire: String,
    pub lang: String,
}

/// Performs one effect and returns the message that reports it; `None` for `Effect::None`
/// and `Effect::Exit`, which the event loop handles itself.
pub(crate) fn perform<S: Storage>(
    app: &App,
    effect: Effect,
    session: &mut Session<S>,
) -> Option<Msg> {
    Some(match effect {
        Effect::None | Effect::Exit => return None,
        Effect::EnterClient { name, create } => {
            // Nothing of the space left behind stays open.
            session.lock = None;
            match session.store.enter(&name, create) {
                Ok(space) => {
                    let data = space.load();
                    session.entered = Some(space);
                    Msg::Entered(data)
                }
                Err(failure) => Msg::Failed(failure),
            }
        }
        Effect::LeaveClient => {
            session.lock = None;
            session.entered = None;
            Msg::LeftClient(session.store.load())
        }
        Effect::Amend {
            id,
            field,
            shown,
            value,
        } => {
            let store = session.space();
            let stored = app.data.assessments.iter().find(|s| s.assessment.id == id);
            let Some(stored) = stored else {
                let why = Failure::NotAmended(DiagErrors::now().no_longer_held.into());
                return Some(Msg::Outdated(why, store.load()));
            };
            match store.amend(stored, field, shown.as_deref(), value) {
                Ok(()) => Msg::Amended(field, store.load()),
                // Deleted, replaced or changed in another window: the screens must catch up.
                Err(
                    e @ (StoreError::NoLongerHeld { .. } | StoreError::ChangedMeanwhile { .. }),
                ) => Msg::Outdated(Failure::NotAmended(e.to_string()), store.load()),
                Err(e) => Msg::Failed(Failure::NotAmended(e.to_string())),
            }
        }
        Effect::DiscardDraft(id) => {
            let store = session.space();
            match store.discard_draft(&id) {
                Ok(Discarded::Done) => Msg::Discarded(store.load()),
                Ok(Discarded::OpenElsewhere) => Msg::Failed(Failure::DraftBusy),
                Err(e) => Msg::Failed(Failure::NotDiscarded(e.to_string())),
            }
        }
        Effect::SaveSetting(setting) => match save_setting(session, &setting) {
            Ok(()) => Msg::SettingSaved,
            Err(reason) => Msg::Failed(Failure::SettingNotSaved(reason)),
        },
        other => return assess::perform(app, other, session),
    })
}

/// Writes one setting in the config file, keeping the rest of it as written; why not
/// otherwise (`None`: the system has no config folder).
pub(crate) fn save_setting<S: Storage>(
    session: &Session<S>,
    setting: &Setting,
) -> Result<(), Option<String>> {
    let path = session.config_path.as_ref().ok_or(None)?;
    crate::config::write_setting(path, setting.key(), Some(setting))
        .map(|_| ())
        .map_err(|e| Some(e.to_string()))
}

/// `msg`, and what failed on the side, if anything did.
fn despite(msg: Msg, failure: Option<Failure>) -> Msg {
    match failure {
        Some(failure) => Msg::Despite(Box::new(msg), failure),
        None => msg,
    }
}

/// A draft's lock, if it was taken; why not, when that was an error rather than another
/// window holding it. Locks are a courtesy between sessions: without one, going on is still
/// right, and the person is told.
fn taken<L>(lock: Result<Option<L>, StoreError>) -> (Option<L>, Option<Failure>) {
    match lock {
        Ok(lock) => (lock, None),
        Err(e) => (None, Some(Failure::NotLocked(e.to_string()))),
    }
}

#[cfg(test)]
mod fake;
#[cfg(test)]
mod tests;
