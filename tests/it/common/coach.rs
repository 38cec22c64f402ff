//! A coach's data for screen tests: a personal space listing three clients, and Marie's space
//! (her view and Team Atlas's of their relationship, notes, intentions, a draft), with every
//! coach's screen built on it, in English or in French.

use confiance::assessment::{Followed, PreviousIntention};
use confiance::flow::{Flow, Step};
use confiance::time::Timestamp;
use confiance::tui::app::{ClientRow, Data};
use confiance::tui::field::Edit;
use confiance::tui::theme::Theme;
use confiance::tui::{App, Msg, update};

use super::fixtures::*;

/// The names that must never show inside Marie's space.
pub(crate) const OTHERS: [&str; 3] = ["Jonas", "Chloé", "My manager"];

/// What people wrote, in the language of the screens (a French screen shows French notes).
pub(crate) struct Written {
    pub manager: &'static str,
    pub first_intention: &'static str,
    pub intention: &'static str,
    pub tired: &'static str,
    pub minutes: &'static str,
    pub offsite: &'static str,
    pub session: &'static str,
    pub come_back: &'static str,
    pub unsure: &'static str,
    pub without_marie: &'static str,
}

pub(crate) fn written(french: bool) -> Written {
    if french {
        Written {
            manager: "Ma responsable",
            first_intention: "Partager le plan tôt",
            intention: "Demander avant de trancher",
            tired: "Marie était fatiguée",
            minutes: "Ils ne lisent jamais le compte rendu",
            offsite: "Mieux depuis le séminaire",
            session: "Nous avons parlé du séminaire",
            come_back: "À reprendre",
            unsure: "Pas sûr pour celle-ci",
            without_marie: "Team Atlas a répondu sans Marie",
        }
    } else {
        Written {
            manager: "My manager",
            first_intention: "Share the plan early",
            intention: "Ask before deciding",
            tired: "Marie was tired today",
            minutes: "They never read the minutes",
            offsite: "Better since the offsite",
            session: "Talked about the offsite",
            come_back: "Asked to come back to it",
            unsure: "Not sure about this one",
            without_marie: "Team Atlas answered with Marie out",
        }
    }
}

pub(crate) fn personal_data(w: &Written) -> Data {
    let at = |when: &str| Some(Timestamp::parse(when).unwrap());
    Data {
        assessments: vec![stored(
            "P1",
            w.manager,
            "self",
            "2026-08-01T10:00:00Z",
            &[3, 4],
        )],
        clients: vec![
            ClientRow {
                name: "Chloé".into(),
                subjects: 0,
                last: None,
                latest: vec![],
                cadences: Default::default(),
            },
            ClientRow {
                name: "Jonas".into(),
                subjects: 1,
                last: at("2026-10-20T10:00:00Z"),
                // Within six weeks of the day the screens are drawn on: not due.
                latest: vec![("Ops".into(), at("2026-10-20T10:00:00Z").unwrap())],
                cadences: Default::default(),
            },
            ClientRow {
                name: "Marie".into(),
                subjects: 2,
                last: at("2026-10-10T10:00:00Z"),
                // Both past six weeks: two check-ins due.
                latest: vec![
                    ("Team Atlas".into(), at("2026-10-10T10:00:00Z").unwrap()),
                    ("Board".into(), at("2026-09-01T10:00:00Z").unwrap()),
                ],
                cadences: Default::default(),
            },
        ],
        ..Data::default()
    }
}

pub(crate) fn marie_data(w: &Written) -> Data {
    let mut first = stored(
        "M1",
        "Team Atlas",
        "self",
        "2026-06-01T10:00:00Z",
        &[2, 3, 4, 2],
    );
    first.assessment.intention = Some(w.first_intention.into());
    first.assessment.note = Some(w.tired.into());
    first.assessment.answers[3].note = Some(w.minutes.into());
    let theirs = stored(
        "M2",
        "Team Atlas",
        "Team Atlas",
        "2026-06-02T10:00:00Z",
        &[4, 5, 3, 4],
    );
    let mut latest = stored(
        "M3",
        "Team Atlas",
        "self",
        "2026-09-10T10:00:00Z",
        &[3, 4, 4, 3],
    );
    latest.assessment.previous_intention = Some(PreviousIntention::new(
        w.first_intention,
        Some(Followed::Partly),
    ));
    latest.assessment.intention = Some(w.intention.into());
    latest.assessment.note = Some(w.session.into());
    latest.assessment.answers[5].note = Some(w.offsite.into());
    let boss = stored(
        "M4",
        "Her boss",
        "self",
        "2026-10-10T10:00:00Z",
        &[4, 4, 5, 3],
    );
    let mut draft = stored(
        "D9",
        "Team Atlas",
        "Team Atlas",
        "2026-11-25T09:30:00Z",
        &[4],
    );
    draft.assessment.completed = None;
    draft.assessment.answers.truncate(2);
    draft.assessment.answers[1].note = Some(w.come_back.into());
    Data {
        assessments: vec![first, theirs, latest, boss],
        drafts: vec![draft],
        client: Some("Marie".into()),
        ..Data::default()
    }
}

pub(crate) fn with(mut app: App, msgs: impl IntoIterator<Item = Msg>) -> App {
    for msg in msgs {
        update(&mut app, msg);
    }
    app
}

fn typed(text: &str) -> Vec<Msg> {
    text.chars().map(|c| Msg::Edit(Edit::Insert(c))).collect()
}

/// The app on `data`, in French when asked (with the built-in questionnaires either way, so
/// that the form offers both).
pub(crate) fn space(data: Data, french: bool) -> App {
    let app = home(data, Theme::colour());
    let app = in_french(app);
    if french {
        app
    } else {
        let catalog = app.catalog.clone();
        app.speaking(confiance::i18n::Lang::En, catalog)
    }
}

/// Marie's space answering as Team Atlas, `answered` questions in.
fn team_atlas_answering(french: bool, answered: usize) -> App {
    let mut app = space(marie_data(&written(french)), french);
    let flow = Flow::start(
        trust_in(if french { "fr" } else { "en" }),
        "Team Atlas",
        "Team Atlas",
        "NEW2".into(),
        Timestamp::parse("2026-11-26T17:43:33Z").unwrap(),
    );
    update(&mut app, Msg::Began(Box::new(flow), None));
    for i in 0..answered {
        update(&mut app, Msg::Flow(Step::Answer([4, 2, 5, 3][i % 4])));
    }
    app
}

/// Every coach's screen: (name, app).
pub(crate) fn coach_screens(french: bool) -> Vec<(&'static str, App)> {
    let w = written(french);
    let personal = space(personal_data(&w), french);
    let marie = space(marie_data(&w), french);
    // Team Atlas is the second subject: the results open on Marie's latest view.
    let results = with(marie.clone(), [Msg::Down, Msg::Open]);
    let question = team_atlas_answering(french, 0);
    let all = super::items();
    let mut review = team_atlas_answering(french, all);
    review = with(
        review,
        [
            Msg::Flow(Step::Select(1 - all as isize)),
            Msg::Flow(Step::Select(1)),
        ],
    );
    update(&mut review, Msg::Flow(Step::Note(Some(w.unsure.into()))));
    update(&mut review, Msg::SessionNote);
    update(&mut review, Msg::Paste(w.without_marie.into()));
    update(&mut review, Msg::Submit);
    let mut follow = space(marie_data(&w), french);
    let mut flow = Flow::start(
        trust_in(if french { "fr" } else { "en" }),
        "Team Atlas",
        "self",
        "NEW3".into(),
        Timestamp::parse("2026-11-26T17:43:33Z").unwrap(),
    );
    flow.draft.previous_intention = Some(PreviousIntention::new(w.intention, None));
    update(&mut follow, Msg::Began(Box::new(flow), None));
    let mut form_owner = with(
        personal.clone(),
        [Msg::Down, Msg::Down, Msg::Down, Msg::New],
    );
    for msg in typed("Team Atlas") {
        update(&mut form_owner, msg);
    }
    let form_owner = with(
        form_owner,
        [
            Msg::Submit,
            Msg::Edit(Edit::Right),
            Msg::Submit,
            Msg::Submit,
        ],
    );
    let form_marie = with(
        marie.clone(),
        [
            Msg::Down,
            Msg::New,
            Msg::Submit,
            Msg::Edit(Edit::Right),
            Msg::Submit,
        ],
    );
    vec![
        ("coach_home_personal", personal.clone()),
        ("coach_home_marie", marie.clone()),
        ("coach_new_client", with(personal.clone(), [Msg::NewClient])),
        ("coach_form_owner", form_owner),
        ("coach_form_other_side", form_marie),
        ("coach_question_other_side", question),
        ("coach_follow_up", follow),
        ("coach_review_notes", review),
        (
            "coach_results_notes",
            with(results.clone(), [Msg::Scroll(14)]),
        ),
        (
            "coach_results_hidden",
            with(results.clone(), [Msg::HideNotes, Msg::Scroll(14)]),
        ),
        (
            "coach_intention_editor",
            with(results.clone(), [Msg::Intention]),
        ),
        ("coach_trends", with(results, [Msg::Trends])),
        (
            "coach_discard",
            with(marie, [Msg::Down, Msg::Down, Msg::Discard]),
        ),
    ]
}
