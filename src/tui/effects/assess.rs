//! The effects of answering: starting, resuming, saving and filing an assessment.

use std::sync::Arc;

use super::{Session, despite, save_setting, taken};
use crate::assessment::PreviousIntention;
use crate::config::Setting;
use crate::flow::Flow;
use crate::id::new_id;
use crate::questionnaire::Questionnaire;
use crate::store::{Filed, Saved, Stored, io_reason};
use crate::time::Timestamp;
use crate::tui::app::{App, Data, Effect, Failure, Msg, Notice};
use crate::tui::storage::Storage;

/// The effects of the assessment being answered; `None` for those it does not handle.
pub(super) fn perform<S: Storage>(
    app: &App,
    effect: Effect,
    session: &mut Session<S>,
) -> Option<Msg> {
    Some(match effect {
        Effect::SaveDraftAndExit => {
            let store = session.entered.as_ref().unwrap_or(session.store);
            let mut failed = None;
            if let Some(flow) = app.flow().filter(|f| !f.draft.answers.is_empty())
                && !draft_deleted(app, store)
                && let Err(e) = store.save_draft(&flow.draft)
            {
                // Leaving whatever happens: the failure is said in the shell.
                failed = Some(Failure::NotSavedOnExit(e.to_string()));
            }
            session.lock = None;
            despite(Msg::Stopped, failed)
        }
        Effect::SaveDraft | Effect::SaveDraftAndLeave | Effect::Complete | Effect::KeepTyping
            if draft_deleted(app, session.space()) =>
        {
            session.lock = None;
            Msg::DraftDeleted
        }
        Effect::SaveDraft | Effect::SaveDraftAndLeave => {
            match app.flow().map(|f| session.space().save_draft(&f.draft)) {
                Some(Err(e)) => Msg::SaveFailed(e.to_string()),
                _ if effect == Effect::SaveDraftAndLeave => {
                    session.lock = None;
                    Msg::Left
                }
                _ => Msg::Saved,
            }
        }
        Effect::KeepTyping => {
            let flow = crate::tui::update::flow_to_keep(app)?;
            match session.space().save_draft(&flow.draft) {
                Ok(_) => Msg::TypingKept,
                Err(e) => Msg::SaveFailed(e.to_string()),
            }
        }
        // Only the question flow asks to complete: without one there is nothing to file.
        Effect::Complete => match complete(app.flow()?, session.space()) {
            Ok(filed) => {
                session.lock = None;
                let completed = Msg::Completed {
                    subject: filed.subject,
                    id: filed.id,
                    unconfirmed: filed.unconfirmed,
                    data: session.space().load(),
                };
                despite(completed, filed.draft_kept.map(Failure::DraftNotRemoved))
            }
            Err(reason) => Msg::SaveFailed(reason),
        },
        Effect::Begin {
            subject,
            respondent,
            fresh,
            questionnaire,
            side,
            remember,
        } => {
            let notice = remember.map(|name| match save_setting(session, &Setting::Name(name)) {
                Ok(()) => Notice::NameSaved,
                Err(reason) => Notice::NameNotSaved(reason),
            });
            let choice = &session.choice;
            let id = questionnaire.unwrap_or_else(|| choice.questionnaire.clone());
            let catalog = session.space().catalog();
            // A side words the newest version for that side; no side, the questionnaire as is.
            let found = catalog.get(&id, &choice.lang).and_then(|q| match &side {
                None => Some(q.clone()),
                Some(side) => catalog.resolve(&id, &q.lang, q.version, Some(side)).ok(),
            });
            match found {
                Some(q) => match begin(session, &app.data, q, &subject, &respondent, fresh) {
                    Msg::Began(flow, None) => Msg::Began(flow, notice),
                    other => other,
                },
                None => Msg::Failed(Failure::UnknownQuestionnaire(id)),
            }
        }
        Effect::ResumeDraft(id) => {
            let store = session.entered.as_ref().unwrap_or(session.store);
            match store.lock_draft(&id) {
                Ok(None) => Msg::Failed(Failure::DraftBusy),
                lock => {
                    let (lock, unlocked) = taken(lock);
                    session.lock = lock;
                    // The copy in memory may be stale: `confiance forget` may have deleted it.
                    match store.read_draft(&id) {
                        Ok(draft) => despite(resume(&draft), unlocked),
                        Err(reason) => {
                            session.lock = None;
                            Msg::CannotResume(reason, store.load())
                        }
                    }
                }
            }
        }
        Effect::Reload => Msg::Reloaded(session.space().load()),
        _ => return None,
    })
}

/// Starts (or resumes) an assessment the way `confiance assess` and the home form do, and
/// takes its draft's lock: a draft open in another terminal is not resumed there a second
/// time. A draft is resumed from its file, read again once locked: one deleted meanwhile
/// (`confiance forget`) is not brought back. A new assessment carries the intention the same
/// respondent set last time, to ask whether it was followed. Returns `Msg::Began` or
/// `Msg::Resumed`.
pub(crate) fn begin<S: Storage>(
    session: &mut Session<S>,
    data: &Data,
    questionnaire: Arc<Questionnaire>,
    subject: &str,
    respondent: &str,
    fresh: bool,
) -> Msg {
    let store = session.entered.as_ref().unwrap_or(session.store);
    let mut busy = false;
    // A draft that can no longer be read is passed over for a new one, and said.
    let mut unreadable = None;
    if !fresh {
        let candidates = data.drafts.iter().rev().filter(|d| {
            crate::names::same(&d.assessment.subject, subject)
                && crate::names::same(&d.assessment.respondent, respondent)
                && d.assessment.questionnaire == questionnaire.id
                && d.assessment.side.as_deref() == questionnaire.side()
        });
        for draft in candidates {
            let id = &draft.assessment.id;
            match store.lock_draft(id) {
                Ok(None) => busy = true,
                lock => {
                    let (lock, unlocked) = taken(lock);
                    session.lock = lock;
                    match store.read_draft(id) {
                        Ok(stored) => return despite(resume(&stored), unlocked),
                        // Deleted meanwhile: a new assessment is what is left to do.
                        Err(Failure::DraftGone) => session.lock = None,
                        Err(failure) => {
                            session.lock = None;
                            unreadable = Some(failure);
                        }
                    }
                }
            }
        }
    }
    let id = new_id(Timestamp::now());
    let (lock, unlocked) = taken(store.lock_draft(&id));
    session.lock = lock;
    let note = busy.then(|| Notice::BusyNew {
        subject: subject.to_string(),
    });
    let mut flow = Flow::start(questionnaire, subject, respondent, id, Timestamp::now());
    let subjects = data.subjects();
    flow.draft.previous_intention = crate::subjects::find(&subjects, subject)
        .and_then(|s| crate::intentions::previous_intention(s, respondent))
        .map(|text| PreviousIntention::new(text, None));
    despite(Msg::Began(Box::new(flow), note), unlocked.or(unreadable))
}

fn resume(d: &Stored) -> Msg {
    let flow = Flow::resume(d.questionnaire.clone(), d.assessment.clone());
    let note = Notice::Resumed {
        started: d.assessment.started,
        answered: flow.draft.answered(),
        total: flow.total(),
    };
    Msg::Resumed(Box::new(flow), Some(note))
}

/// The draft being answered was saved before and its file is gone: deleted on purpose
/// (`confiance forget`), so it must not be written again.
fn draft_deleted(app: &App, store: &impl Storage) -> bool {
    app.draft_on_disk && app.flow().is_some_and(|f| store.draft_gone(&f.draft.id))
}

/// What filing a completed assessment did.
#[derive(Debug)]
pub(crate) struct Completion {
    pub subject: String,
    pub id: String,
    /// Filed, but the disk did not confirm it (why).
    pub(crate) unconfirmed: Option<String>,
    /// Filed, but its draft could not be removed (why): only clutter, but said.
    pub(crate) draft_kept: Option<String>,
}

/// Files the completed assessment, then removes its draft. Also says when the disk did not
/// confirm the save: the file is there, so saving again would only make a second copy.
pub(crate) fn complete(flow: &Flow, store: &impl Storage) -> Result<Completion, String> {
    let done = flow.completed(Timestamp::now());
    let filed = store.save_completed(&done).map_err(|e| e.to_string())?;
    let unconfirmed = match filed {
        Filed::New(_, Saved::Unconfirmed(e)) => Some(io_reason(&e)),
        _ => None,
    };
    // The assessment is safe; a draft that cannot be removed is only clutter, but it would
    // be offered for resuming, so the person is told.
    let draft_kept = store.remove_draft(&done.id).err().map(|e| e.to_string());
    Ok(Completion {
        subject: done.subject,
        id: done.id,
        unconfirmed,
        draft_kept,
    })
}
