//! In-memory stores and apps for screen tests: fixed names, dates and answers.

use std::sync::Arc;

use confiance::assessment::{Answer, Assessment, Response};
use confiance::flow::{Flow, Step};
use confiance::i18n::Lang;
use confiance::questionnaire::{Catalog, Questionnaire};
use confiance::store::Stored;
use confiance::time::{TimeZone, Timestamp, set_display_zone_for_tests};
use confiance::tui::{App, Data, Msg, Origin, theme::Theme, update};

/// Dates on screens rendered by this thread are shown in UTC, whatever the machine's zone.
pub(crate) fn utc_display() {
    set_display_zone_for_tests(TimeZone::UTC);
}

pub(crate) fn trust() -> Arc<Questionnaire> {
    trust_in("en")
}

/// Version 1 of the built-in questionnaire in English, which the stored fixtures were
/// answered with: a newer version must change neither how they read nor how they score.
pub(crate) fn trust_v1() -> Arc<Questionnaire> {
    utc_display();
    Catalog::builtin()
        .find_version("trust", "en", 1)
        .unwrap()
        .clone()
}

/// The built-in questionnaire in `lang` (its newest version, as a new assessment gets it).
pub(crate) fn trust_in(lang: &str) -> Arc<Questionnaire> {
    utc_display();
    Catalog::builtin().find("trust", lang).unwrap().clone()
}

/// An assessment whose answers cycle through `values` (a deterministic spread).
pub(crate) fn stored(
    id: &str,
    subject: &str,
    respondent: &str,
    when: &str,
    values: &[i64],
) -> Stored {
    let q = trust_v1();
    let at = Timestamp::parse(when).unwrap();
    let answers = q
        .items
        .iter()
        .enumerate()
        .map(|(i, item)| Answer {
            item: item.id.clone(),
            response: match values[i % values.len()] {
                0 => Response::Skipped,
                v => Response::Value(v),
            },
            note: None,
            extra: Default::default(),
        })
        .collect();
    Stored {
        assessment: Assessment {
            id: id.into(),
            subject: subject.into(),
            respondent: respondent.into(),
            questionnaire: "trust".into(),
            questionnaire_version: 1,
            side: None,
            lang: "en".into(),
            started: at,
            completed: Some(at),
            note: None,
            intention: None,
            previous_intention: None,
            answers,
            extra: Default::default(),
        },
        questionnaire: q,
        path: format!("/store/{id}.toml").into(),
    }
}

pub(crate) fn filled_data() -> Data {
    let mut draft = stored("D1", "Bob", "self", "2026-11-25T09:30:00Z", &[4]);
    draft.assessment.completed = None;
    draft.assessment.answers.truncate(7);
    Data {
        assessments: vec![
            stored("A1", "Alice", "self", "2026-06-01T10:00:00Z", &[2, 3, 4, 2]),
            stored(
                "T1",
                "Team Atlas",
                "self",
                "2026-07-15T10:00:00Z",
                &[3, 4, 2],
            ),
            stored("A2", "Alice", "self", "2026-09-01T10:00:00Z", &[3, 4, 4, 2]),
            stored(
                "A3",
                "Alice",
                "Alice",
                "2026-10-01T10:00:00Z",
                &[4, 5, 3, 1, 0],
            ),
            stored("A4", "Alice", "self", "2026-11-20T10:00:00Z", &[4, 5, 4, 2]),
        ],
        drafts: vec![draft],
        problems: 0,
        ..Data::default()
    }
}

pub(crate) fn home(data: Data, theme: Theme) -> App {
    utc_display();
    at_test_time(App::new(data, Origin::Home, theme))
}

/// The day screens are drawn on, as far as check-ins go (the binary's day too): Team Atlas
/// (last assessed in July) is due, Alice (November) is not.
pub(crate) use super::NOW;

pub(crate) fn at_test_time(mut app: App) -> App {
    app.now = Timestamp::parse(NOW).unwrap();
    app
}

/// The app speaking French, with the built-in questionnaires (so that results are read in the
/// French one).
pub(crate) fn in_french(app: App) -> App {
    app.speaking(Lang::Fr, Arc::new(Catalog::builtin()))
}

/// An app on question `answered + 1` of a new assessment of Alice, with `answered` answers.
pub(crate) fn assessing(answered: usize, theme: Theme) -> App {
    answering(
        trust(),
        at_test_time(App::new(filled_data(), Origin::Home, theme)),
        answered,
    )
}

/// As [`assessing`], in French: the French questionnaire, as a new assessment gets there.
pub(crate) fn assessing_in_french(answered: usize, theme: Theme) -> App {
    let app = in_french(at_test_time(App::new(filled_data(), Origin::Home, theme)));
    answering(trust_in("fr"), app, answered)
}

/// `app` on question `answered + 1` of a new assessment of Alice in `questionnaire`.
pub(crate) fn answering(questionnaire: Arc<Questionnaire>, mut app: App, answered: usize) -> App {
    let flow = Flow::start(
        questionnaire,
        "Alice",
        "self",
        "NEW1".into(),
        Timestamp::parse("2026-11-26T17:43:33Z").unwrap(),
    );
    update(&mut app, Msg::Began(Box::new(flow), None));
    for i in 0..answered {
        let value = [4, 2, 5, 3][i % 4];
        update(&mut app, Msg::Flow(Step::Answer(value)));
    }
    app
}
