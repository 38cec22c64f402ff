//! A questionnaire whose texts hold terminal escapes and a bidirectional override (built in
//! memory: no file with them is ever loaded) never puts one in a cell of the full screen: the
//! question, its scale and its dimension show them visibly, and no screen passes them.

use std::sync::Arc;

use crate::common::fixtures::{answering, at_test_time, filled_data};
use crate::common::render::rows;
use confiance::questionnaire::{Catalog, Questionnaire};
use confiance::tui::{App, Origin, theme::Theme};

const HOSTILE: &str = "x\u{1b}]52;c;cHduZWQ=\u{7}\u{1b}[2J\u{9b}31m\u{202e}y";

fn hostile() -> Arc<Questionnaire> {
    let catalog = Catalog::builtin();
    let mut q = Questionnaire::clone(catalog.find("trust", "en").unwrap());
    let h = |s: &mut String| s.push_str(HOSTILE);
    h(&mut q.title);
    h(&mut q.intro);
    q.scale.labels.iter_mut().for_each(h);
    for d in &mut q.dimensions {
        h(&mut d.name);
        h(&mut d.short);
        h(&mut d.about);
        d.advice.iter_mut().for_each(h);
    }
    q.items.iter_mut().for_each(|i| h(&mut i.text));
    for s in &mut q.stages {
        h(&mut s.name);
        h(&mut s.about);
    }
    Arc::new(q)
}

fn acts(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{061c}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

fn screen(answered: usize) -> Vec<String> {
    let app = App::new(filled_data(), Origin::Home, Theme::mono());
    let app = answering(hostile(), at_test_time(app), answered);
    rows(&app, 120, 40)
}

#[test]
fn no_cell_holds_a_control_or_a_bidirectional_override() {
    for answered in [0, 3, 24] {
        let rows = screen(answered);
        for row in &rows {
            assert!(!row.chars().any(acts), "after {answered} answers: {row:?}");
        }
    }
    for answered in [0, 24] {
        let shown = screen(answered).join("\n");
        assert!(shown.contains("<U+202E>"), "shown visibly:\n{shown}");
    }
}
