//! `update` for the home screen and what opens from it: the new-assessment form, the name of a
//! new client, and the question before discarding a draft.

use crate::names;
use crate::tui::app::{App, Ask, Data, Effect, HomeRow, Msg, Overlay, ResultsState, Screen};
use crate::tui::field::TextArea;
use crate::tui::form::{Form, FormError, Known, Start};

pub(super) fn home(app: &mut App, msg: Msg) -> Effect {
    let Screen::Home { selected } = &mut app.screen else {
        return Effect::None;
    };
    let rows = app.data.home_rows();
    let row = app.data.home_row(*selected);
    match msg {
        Msg::Up => *selected = selected.saturating_sub(1),
        Msg::Down => *selected = (*selected + 1).min(rows.saturating_sub(1)),
        Msg::TableEnd(end) => *selected = if end { rows.saturating_sub(1) } else { 0 },
        Msg::Open => match row {
            Some(HomeRow::Client(i)) => {
                return Effect::EnterClient {
                    name: app.data.clients[i].name.clone(),
                    create: false,
                };
            }
            Some(HomeRow::Subject(i)) => {
                let subjects = app.data.subjects();
                let subject = &subjects[i];
                // "Now" is the owner's latest: the results open on it.
                let state = ResultsState::new(subject.name, &subject.owners_latest().assessment.id);
                app.screen = Screen::Results(state);
            }
            Some(HomeRow::Draft(_)) => return resume(app, row),
            None => {}
        },
        Msg::Resume => return resume(app, row),
        Msg::New => {
            let subject = match row {
                Some(HomeRow::Subject(i)) => Some(app.data.subjects()[i].name.to_string()),
                _ => None,
            };
            app.screen = Screen::Form(Box::new(new_form(app, subject.as_deref())));
            app.status = None;
        }
        Msg::NewClient if app.data.client.is_none() => {
            app.overlay = Some(Overlay::Prompt(TextArea::default()));
            app.status = None;
        }
        Msg::Discard => match row {
            Some(HomeRow::Draft(i)) => {
                let draft = &app.data.drafts_recent_first()[i].assessment;
                app.overlay = Some(Overlay::Ask(Ask::Discard {
                    id: draft.id.clone(),
                    subject: draft.subject.clone(),
                    answered: draft.answered(),
                    notes: draft.answers.iter().filter(|a| a.note.is_some()).count()
                        + usize::from(draft.note.is_some()),
                }));
            }
            _ => app.info(app.says().select_a_draft),
        },
        Msg::Help => app.overlay = Some(Overlay::Help),
        Msg::Back if app.entered => return Effect::LeaveClient,
        Msg::Quit | Msg::Back | Msg::Interrupt => return Effect::Exit,
        _ => {}
    }
    Effect::None
}

/// The draft of the selected row: a draft row's, or the selected subject's.
fn resume(app: &mut App, row: Option<HomeRow>) -> Effect {
    match draft_of(&app.data, row) {
        Some(id) => Effect::ResumeDraft(id),
        None => {
            app.info(app.says().no_draft);
            Effect::None
        }
    }
}

/// The id of the draft `r` resumes on `row`: a draft row's, or the subject's (the key bar
/// offers `r` only when there is one).
pub(crate) fn draft_of(data: &Data, row: Option<HomeRow>) -> Option<String> {
    let drafts = data.drafts_recent_first();
    let draft = match row {
        Some(HomeRow::Draft(i)) => drafts.get(i).copied(),
        Some(HomeRow::Subject(i)) => {
            let name = data.subjects()[i].name.to_string();
            drafts
                .into_iter()
                .find(|d| names::same(&d.assessment.subject, &name))
        }
        _ => None,
    };
    draft.map(|d| d.assessment.id.clone())
}

/// The form, offering the space's subjects and the catalog's questionnaires.
fn new_form(app: &App, subject: Option<&str>) -> Form {
    let known = app
        .data
        .subjects()
        .iter()
        .map(|s| Known {
            name: s.name.to_string(),
            respondents: s
                .respondents()
                .into_iter()
                .filter(|r| !names::is_owner(r))
                .map(String::from)
                .collect(),
            questionnaire: s.latest().assessment.questionnaire.clone(),
        })
        .collect();
    let yours = app.respondent(crate::assessment::DEFAULT_RESPONDENT);
    let form = Form::new(known, &yours, app.owner().is_none())
        .with_questionnaires(app.questionnaires(), &app.questionnaire)
        .with_sides(app.questionnaire_sides());
    match subject {
        Some(name) => form.with_subject(name),
        None => form,
    }
}

pub(super) fn form(app: &mut App, msg: Msg) -> Effect {
    let Screen::Form(form) = &mut app.screen else {
        return Effect::None;
    };
    match msg {
        Msg::Edit(edit) => form.edit(edit),
        Msg::Paste(text) => form.paste(&text),
        Msg::Up => form.select(-1),
        Msg::Down => form.select(1),
        Msg::Tab => form.tab(),
        Msg::Submit => {
            if let Some(start) = form.submit() {
                return begin(app, start);
            }
        }
        Msg::Back => app.screen = Screen::Home { selected: 0 },
        // Ctrl-C leaves the program from every screen; the form holds nothing yet.
        Msg::Interrupt => return Effect::Exit,
        _ => {}
    }
    Effect::None
}

/// The assessment the form asks for, its names as the store already spells them; spellings
/// that collide are listed on the form instead of guessed.
fn begin(app: &mut App, start: Start) -> Effect {
    let subjects = app.data.subjects();
    let subject = match crate::subjects::spelling(&subjects, &start.subject) {
        Ok(subject) => subject,
        Err(list) => return collides(app, owned(list)),
    };
    if let Some((name, _)) = &start.owner {
        app.me = Some(name.clone());
    }
    let respondent = match &start.respondent {
        None => crate::assessment::DEFAULT_RESPONDENT.to_string(),
        Some(typed) => {
            let known = crate::subjects::find(&subjects, &subject)
                .map(|s| s.respondents())
                .unwrap_or_default();
            match crate::owner::respondent_to_store(typed, app.owner(), &known) {
                Ok(r) => r,
                Err(list) => return collides(app, owned(list)),
            }
        }
    };
    Effect::Begin {
        subject,
        respondent,
        fresh: false,
        questionnaire: start.questionnaire,
        side: start.side,
        remember: start.owner.filter(|(_, keep)| *keep).map(|(name, _)| name),
    }
}

fn owned(list: Vec<&str>) -> Vec<String> {
    list.into_iter().map(String::from).collect()
}

fn collides(app: &mut App, list: Vec<String>) -> Effect {
    if let Screen::Form(form) = &mut app.screen {
        form.error = Some(FormError::Collides(list));
    }
    Effect::None
}

/// The name of a new client: Enter opens their space (made at once), Esc cancels.
pub(super) fn prompt(app: &mut App, msg: Msg) -> Effect {
    let Some(Overlay::Prompt(field)) = &mut app.overlay else {
        return Effect::None;
    };
    match msg {
        Msg::Edit(edit) => field.apply(edit),
        Msg::Paste(text) => field.insert_str(&text),
        Msg::Submit => {
            let name = field.text().trim().to_string();
            if names::identity(&name).is_empty() {
                return Effect::None;
            }
            app.overlay = None;
            return Effect::EnterClient { name, create: true };
        }
        Msg::Back => app.overlay = None,
        Msg::Interrupt => return Effect::Exit,
        _ => {}
    }
    Effect::None
}

/// A yes-or-no question: yes does it, any other key keeps things as they are.
pub(super) fn ask(app: &mut App, msg: Msg) -> Effect {
    let Some(Overlay::Ask(question)) = app.overlay.take() else {
        return Effect::None;
    };
    match (msg, question) {
        (Msg::Yes, Ask::Discard { id, .. }) => Effect::DiscardDraft(id),
        (Msg::Interrupt, _) => Effect::Exit,
        _ => Effect::None,
    }
}
