//! `cargo bench`: the steps a large store costs, one by one: parsing one file, scoring it,
//! loading a store of 1,000 files, and drawing the results, trends and compare screens of a
//! subject with 100 assessments at 200×60 (the goal is under 2 ms a frame).

use std::path::PathBuf;

use confiance::store::{Store, Stored, parse_assessment};
use confiance::tui::{App, Data, Msg, Origin, theme::Theme, update};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn main() {
    divan::main();
}

const ITEMS: [&str; 24] = [
    "common-language.terms",
    "common-language.explain",
    "common-language.misunderstand",
    "common-vision.goals",
    "common-vision.priorities",
    "common-vision.directions",
    "discretion.confidence",
    "discretion.sensitive",
    "discretion.leaks",
    "receptivity.listens",
    "receptivity.considers",
    "receptivity.dismisses",
    "closeness.frequent",
    "closeness.personal",
    "closeness.distant",
    "reciprocity.returned",
    "reciprocity.balance",
    "reciprocity.onesided",
    "attribution.credit",
    "attribution.names",
    "attribution.claims",
    "feedback.admit",
    "feedback.learn",
    "feedback.blame",
];

/// The `k`-th weekly assessment of `subject`, answered with a fixed spread.
fn text(subject: usize, k: usize) -> String {
    let respondent = if k.is_multiple_of(4) { "Them" } else { "self" };
    let day = 1 + k % 28;
    let month = 1 + (k / 28) % 12;
    let year = 2020 + k / 336;
    let mut out = format!(
        "schema = 1\nid = \"B{subject:03}{k:03}\"\nsubject = \"Subject {subject:03}\"\n\
         respondent = \"{respondent}\"\nquestionnaire = \"trust\"\nquestionnaire_version = 1\n\
         lang = \"en\"\nstarted = {year}-{month:02}-{day:02}T09:00:00Z\n\
         completed = {year}-{month:02}-{day:02}T09:12:00Z\n"
    );
    for (i, item) in ITEMS.iter().enumerate() {
        let value = 1 + (i * 7 + k * 3 + subject) % 5;
        out.push_str(&format!(
            "\n[[answers]]\nitem = \"{item}\"\nvalue = {value}\n"
        ));
    }
    out
}

fn stored(subject: usize, k: usize, store: &Store) -> Stored {
    let (assessment, questionnaire) = parse_assessment(&text(subject, k), store.catalog()).unwrap();
    Stored {
        assessment,
        questionnaire,
        path: PathBuf::from(format!("/bench/{subject}-{k}.toml")),
    }
}

#[divan::bench]
fn parse_one_file(bencher: divan::Bencher) {
    let (store, _) = Store::open(std::env::temp_dir().join("confiance-bench-none"));
    let text = text(1, 1);
    bencher.bench(|| parse_assessment(divan::black_box(&text), store.catalog()).unwrap());
}

#[divan::bench]
fn score_one_assessment(bencher: divan::Bencher) {
    let (store, _) = Store::open(std::env::temp_dir().join("confiance-bench-none"));
    let one = stored(1, 1, &store);
    bencher.bench(|| {
        confiance::score::score(
            &one.questionnaire,
            divan::black_box(&one.assessment.answers),
        )
    });
}

#[divan::bench(sample_count = 10)]
fn load_1000_files(bencher: divan::Bencher) {
    let dir = tempfile::tempdir().unwrap();
    for subject in 0..10 {
        let folder = dir.path().join("assessments").join(format!("s{subject}"));
        std::fs::create_dir_all(&folder).unwrap();
        for k in 0..100 {
            std::fs::write(folder.join(format!("{k}.toml")), text(subject, k)).unwrap();
        }
    }
    let (store, _) = Store::open(dir.path().to_path_buf());
    bencher.bench(|| store.load());
}

/// The app on a subject with 100 assessments, after `steps` from its results screen.
fn screen(steps: &[Msg]) -> App {
    let (store, _) = Store::open(std::env::temp_dir().join("confiance-bench-none"));
    let data = Data {
        assessments: (0..100).map(|k| stored(1, k, &store)).collect(),
        ..Data::default()
    };
    let mut app = App::new(data, Origin::Home, Theme::colour());
    update(&mut app, Msg::Open);
    for step in steps {
        update(&mut app, step.clone());
    }
    app
}

fn draw(bencher: divan::Bencher, app: App) {
    let mut terminal = Terminal::new(TestBackend::new(200, 60)).unwrap();
    bencher.bench_local(|| {
        terminal.draw(|f| f.render_widget(&app, f.area())).unwrap();
    });
}

#[divan::bench]
fn frame_results_200x60(bencher: divan::Bencher) {
    draw(bencher, screen(&[]));
}

#[divan::bench]
fn frame_trends_200x60(bencher: divan::Bencher) {
    draw(bencher, screen(&[Msg::Trends]));
}

#[divan::bench]
fn frame_compare_200x60(bencher: divan::Bencher) {
    draw(bencher, screen(&[Msg::Compare]));
}
