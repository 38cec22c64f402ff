//! `confiance` with no command in the plain mode (`--plain`, `ACCESSIBLE=1`, `TERM=dumb`): a
//! numbered menu on plain lines, answered by number, that runs the plain `assess`, `show`,
//! `trend` and `compare` and never draws a screen.

mod ask;

use std::io::Write;

use super::compare::{CompareArgs, CompareFormat};
use super::show::{ShowArgs, ShowFormat};
use super::trend::{TrendArgs, TrendFormat};
use super::{Space, Ui, assess};
use crate::i18n::{PlainText, fill};
use crate::printable::printable;
use ask::{ask, pick_draft, pick_subject, tell};

/// What the menu offers, in the order it is numbered.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Choice {
    Assess,
    Resume,
    Show,
    Trend,
    Compare,
    Quit,
}

const CHOICES: [Choice; 6] = [
    Choice::Assess,
    Choice::Resume,
    Choice::Show,
    Choice::Trend,
    Choice::Compare,
    Choice::Quit,
];

fn label(choice: Choice, t: &PlainText) -> &'static str {
    match choice {
        Choice::Assess => t.menu_assess,
        Choice::Resume => t.menu_resume,
        Choice::Show => t.menu_show,
        Choice::Trend => t.menu_trend,
        Choice::Compare => t.menu_compare,
        Choice::Quit => t.menu_quit,
    }
}

/// The menu, asked again after each choice until `Quit`, `q` or the end of the input.
pub(super) fn run(
    space: &Space,
    me: Option<&str>,
    out: &mut dyn Write,
    ui: &mut Ui,
) -> anyhow::Result<u8> {
    let t = PlainText::of(ui.lang);
    loop {
        let mut said = format!("\n{}\n", t.menu_title);
        for (n, choice) in CHOICES.iter().enumerate() {
            said.push_str(&format!("  {}. {}\n", n + 1, label(*choice, t)));
        }
        tell(ui, said.trim_end());
        let Some(line) = ask(ui) else {
            return Ok(0);
        };
        let choice = match line.parse::<usize>() {
            Ok(n) if (1..=CHOICES.len()).contains(&n) => CHOICES[n - 1],
            _ if line.eq_ignore_ascii_case("q") => Choice::Quit,
            _ => {
                tell(ui, &fill(t.menu_invalid, &[("total", &CHOICES.len())]));
                continue;
            }
        };
        if choice == Choice::Quit {
            tell(ui, t.goodbye);
            return Ok(0);
        }
        // A choice that fails (a subject with one view to compare) is said, and the menu
        // comes back: the person is still in the program.
        if let Err(e) = act(choice, space, me, out, ui) {
            tell(ui, &printable(&format!("{e:#}")));
        }
    }
}

/// Runs one choice, asking what it needs first; an empty answer goes back to the menu.
fn act(
    choice: Choice,
    space: &Space,
    me: Option<&str>,
    out: &mut dyn Write,
    ui: &mut Ui,
) -> anyhow::Result<()> {
    let t = PlainText::of(ui.lang);
    let (subject, respondent) = match choice {
        Choice::Assess => {
            tell(ui, t.ask_subject);
            let Some(subject) = ask(ui).filter(|s| !s.is_empty()) else {
                return Ok(());
            };
            tell(ui, t.ask_respondent);
            let Some(respondent) = ask(ui) else {
                return Ok(());
            };
            (subject, respondent)
        }
        Choice::Resume => match pick_draft(space, ui) {
            Some(found) => found,
            None => return Ok(()),
        },
        _ => match pick_subject(space, ui) {
            Some(subject) => (subject, String::new()),
            None => return Ok(()),
        },
    };
    match choice {
        Choice::Assess | Choice::Resume => {
            let respondent = if respondent.is_empty() {
                crate::assessment::DEFAULT_RESPONDENT.to_string()
            } else {
                respondent
            };
            let args = assess::AssessArgs {
                subject,
                respondent,
                questionnaire: None,
                side: None,
                new: false,
            };
            assess::run(&args, space, me, out, ui)?;
        }
        Choice::Show => {
            let args = ShowArgs {
                subject,
                respondent: None,
                id: None,
                group: None,
                format: ShowFormat::Text,
                no_chart: true,
                no_notes: false,
                notes: false,
                width: None,
            };
            super::show::run(&args, space, out, ui)?;
        }
        Choice::Trend => {
            let args = TrendArgs {
                subject,
                respondent: None,
                format: TrendFormat::Text,
                no_chart: true,
                width: None,
                group: None,
            };
            super::trend::run(&args, space, out, ui)?;
        }
        Choice::Compare => {
            let Some(id) = ask::pick_comparison(space, &subject, ui) else {
                return Ok(());
            };
            let args = CompareArgs {
                subject,
                id,
                format: CompareFormat::Text,
                no_chart: true,
                width: None,
                group: None,
            };
            super::compare::run(&args, space, out, ui)?;
        }
        Choice::Quit => {}
    }
    out.flush()?;
    Ok(())
}
