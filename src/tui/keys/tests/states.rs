//! Realistic apps on every screen and every kind of row, for the tests that hold the key
//! tables to what `update` does.

use crate::assessment::{Answer, Assessment, Response};
use crate::flow::{Flow, Step};
use crate::invitation::record::Who;
use crate::questionnaire::Catalog;
use crate::store::Stored;
use crate::time::Timestamp;
use crate::tui::app::{App, AskedGroup, ClientRow, Data, Msg, Origin, Screen};
use crate::tui::field::Edit;
use crate::tui::note::NoteEdit;
use crate::tui::theme::Theme;
use crate::tui::update::update;

fn stored(id: &str, subject: &str, respondent: &str, when: &str, done: bool) -> Stored {
    let q = Catalog::builtin().find("trust", "en").unwrap().clone();
    let at = Timestamp::parse(when).unwrap();
    let answers = q
        .items
        .iter()
        .enumerate()
        .take(if done { usize::MAX } else { 7 })
        .map(|(i, item)| Answer {
            item: item.id.clone(),
            response: Response::Value([2, 3, 4, 5][i % 4]),
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
            completed: done.then_some(at),
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

/// One time group `label` was asked about Team Atlas (on `day`), with `answers` answers.
pub(super) fn asked(label: &str, id: &str, day: &str, answers: usize) -> AskedGroup {
    let mut invitation = crate::invitation::record::tests::sample(Who::Group {
        label: label.into(),
        count: 8,
    });
    invitation.id = id.into();
    invitation.subject = "Team Atlas".into();
    invitation.questionnaire_version = 1;
    invitation.lang = "en".into();
    invitation.created = Timestamp::parse(&format!("2026-{day}T10:00:00Z")).unwrap();
    let answers = (0..answers)
        .map(|k| {
            let mut a = stored(
                &format!("G{k}"),
                "Team Atlas",
                label,
                "2026-11-01T10:00:00Z",
                true,
            )
            .assessment;
            // Each answer its own: one step apart on every other statement.
            for (i, answer) in a.answers.iter_mut().enumerate() {
                if (i + k) % 2 == 0 {
                    answer.response = Response::Value(1 + (i + k) as i64 % 5);
                }
            }
            a
        })
        .collect();
    AskedGroup {
        invitation,
        questionnaire: Catalog::builtin().find("trust", "en").unwrap().clone(),
        answers,
    }
}

/// Alice: five assessments, two respondents; Team Atlas: one, and a draft, and two groups
/// asked about it (one twice, the second time too few answered); Bob: a draft only; one
/// client, Marie.
fn data() -> Data {
    let day = |d: &str| format!("2026-{d}T10:00:00Z");
    Data {
        assessments: vec![
            stored("A0", "Alice", "self", &day("03-01"), true),
            stored("A1", "Alice", "self", &day("06-01"), true),
            stored("T1", "Team Atlas", "self", &day("07-15"), true),
            stored("A2", "Alice", "self", &day("09-01"), true),
            stored("A3", "Alice", "Alice", &day("10-01"), true),
            stored("A4", "Alice", "self", &day("11-20"), true),
        ],
        drafts: vec![
            stored("D1", "Bob", "self", &day("11-25"), false),
            stored("D2", "Team Atlas", "self", &day("11-26"), false),
        ],
        clients: vec![ClientRow {
            name: "Marie".into(),
            subjects: 1,
            last: None,
            latest: vec![],
            cadences: Default::default(),
        }],
        groups: crate::tui::data::Groups(vec![
            asked("Atlas team", "01JEGROUP10000000000000000", "10-01", 4),
            asked("Board", "01JEGROUP20000000000000000", "10-15", 3),
            asked("Atlas team", "01JEGROUP30000000000000000", "11-20", 2),
        ]),
        ..Data::default()
    }
}

fn home_on(data: Data, row: &str) -> App {
    let mut app = App::new(data, Origin::Home, Theme::mono());
    app.now = Timestamp::parse("2026-11-27T12:00:00Z").unwrap();
    let rows = app.home_rows();
    let selected = (0..rows)
        .find(|&i| format!("{:?}", app.data.home_row(i)) == row)
        .unwrap_or_else(|| panic!("no row {row}"));
    app.screen = Screen::Home { selected };
    app
}

fn home(row: &str) -> App {
    home_on(data(), row)
}

/// A client's space opened from the personal one.
fn entered(row: &str) -> App {
    let mut data = data();
    data.clients.clear();
    data.client = Some("Marie".into());
    let mut app = home_on(data, row);
    app.entered = true;
    app
}

fn after(mut app: App, msgs: &[Msg]) -> App {
    for msg in msgs {
        update(&mut app, msg.clone());
    }
    app
}

/// A new assessment of Alice on question `answered + 1`.
fn assessing(answered: usize) -> App {
    let q = Catalog::builtin().find("trust", "en").unwrap().clone();
    let now = Timestamp::parse("2026-11-26T17:43:33Z").unwrap();
    let flow = Flow::start(q, "Alice", "self", "NEW1".into(), now);
    let mut app = after(
        home("Some(Subject(0))"),
        &[Msg::Began(Box::new(flow), None)],
    );
    // `usize::MAX`: every question, to the review.
    let answered = answered.min(app.flow().map_or(0, |f| f.total()));
    for _ in 0..answered {
        update(&mut app, Msg::Flow(Step::Answer(4)));
    }
    app
}

/// Every screen and overlay, on every kind of row and state the key bar tells apart.
pub(crate) fn all() -> Vec<(&'static str, App)> {
    let alice = || after(home("Some(Subject(0))"), &[Msg::Open]);
    let atlas = || after(home("Some(Subject(1))"), &[Msg::Open]);
    let mut loading = home("Some(Subject(0))");
    loading.loading = true;
    let mut four_ticked = after(alice(), &[Msg::Compare]);
    if let Screen::Compare(state) = &mut four_ticked.screen {
        state.ticked = ["A1", "A2", "A3", "A4"].map(String::from).to_vec();
        state.cursor = 0;
    }
    let mut small_compare = after(alice(), &[Msg::Compare]);
    small_compare.size = (40, 12);
    let mut follow_up = assessing(0);
    if let Screen::Assess(flow) = &follow_up.screen {
        follow_up.screen = Screen::FollowUp(flow.clone());
    }
    let typed = |c| Msg::Edit(Edit::Insert(c));
    vec![
        ("home loading", loading),
        (
            "home first run",
            App::new(Data::default(), Origin::Home, Theme::mono()),
        ),
        ("home client", home("Some(Client(0))")),
        ("home subject", home("Some(Subject(0))")),
        ("home subject with a draft", home("Some(Subject(1))")),
        ("home draft", home("Some(Draft(0))")),
        ("client space subject", entered("Some(Subject(0))")),
        ("client space draft", entered("Some(Draft(0))")),
        ("client space empty", {
            let mut app = App::new(Data::default(), Origin::Home, Theme::mono());
            app.data.client = Some("Marie".into());
            app.entered = true;
            app
        }),
        (
            "form prefilled",
            after(home("Some(Subject(0))"), &[Msg::New]),
        ),
        ("form empty", after(home("Some(Client(0))"), &[Msg::New])),
        (
            "prompt empty",
            after(home("Some(Client(0))"), &[Msg::NewClient]),
        ),
        (
            "prompt named",
            after(home("Some(Client(0))"), &[Msg::NewClient, typed('M')]),
        ),
        (
            "ask discard",
            after(home("Some(Draft(0))"), &[Msg::Discard]),
        ),
        ("follow-up", follow_up),
        ("first question", assessing(0)),
        ("third question", assessing(2)),
        (
            "question highlighted",
            after(assessing(2), &[Msg::Flow(Step::Highlight(1))]),
        ),
        (
            "answered question",
            after(assessing(2), &[Msg::Flow(Step::Back)]),
        ),
        ("note empty", after(assessing(2), &[Msg::OpenNote])),
        (
            "note typed",
            after(
                assessing(2),
                &[Msg::OpenNote, Msg::Note(NoteEdit::char('x'))],
            ),
        ),
        ("help", after(assessing(2), &[Msg::Help])),
        ("review", assessing(usize::MAX)),
        ("results", alice()),
        ("results alone", atlas()),
        ("results ladder", after(alice(), &[Msg::Ladder])),
        ("trends", after(alice(), &[Msg::Trends])),
        ("trends all", after(alice(), &[Msg::Trends, Msg::ToggleAll])),
        ("compare", after(alice(), &[Msg::Compare])),
        ("compare four ticked", four_ticked),
        ("compare small", small_compare),
        ("compare alone", after(atlas(), &[Msg::Compare])),
        ("group withheld", after(atlas(), &[Msg::Group, Msg::Next])),
        ("group", after(atlas(), &[Msg::Group])),
        ("group board", after(atlas(), &[Msg::Group, Msg::Tab])),
        ("group small", {
            let mut app = after(atlas(), &[Msg::Group]);
            update(&mut app, Msg::Resize(40, 12));
            app
        }),
    ]
}
