//! `confiance assess SUBJECT`, and `confiance` alone: the interactive screens.

use super::args::{AssessArgs, locale_lang};
use super::{invalid, required_name};
use crate::store::Store;
use crate::tui::{self, App, Choice, Origin, Session, theme::Theme};
use std::io::IsTerminal;

/// `confiance` with no command: the home screen.
pub fn home(store: &Store) -> anyhow::Result<u8> {
    require_terminal()?;
    let choice = Choice {
        questionnaire: "trust".into(),
        lang: locale_lang().unwrap_or_else(|| "en".into()),
    };
    let app = App::new(tui::load_data(store), Origin::Home, Theme::from_env());
    let mut session = Session {
        store,
        choice,
        lock: None,
    };
    tui::run(app, &mut session)?;
    Ok(0)
}

pub fn run(args: &AssessArgs, store: &Store) -> anyhow::Result<u8> {
    let lang = args
        .lang
        .clone()
        .or_else(locale_lang)
        .unwrap_or_else(|| "en".into());
    let questionnaire = store
        .catalog()
        .get(&args.questionnaire, &lang)
        .cloned()
        .ok_or_else(|| {
            invalid(format!(
                "no questionnaire `{}` (see `confiance questionnaire list`)",
                args.questionnaire
            ))
        })?;
    let subject = required_name(&args.subject, "subject")?;
    require_terminal()?;
    let data = tui::load_data(store);
    let choice = Choice {
        questionnaire: questionnaire.id.clone(),
        lang: questionnaire.lang.clone(),
    };
    let mut session = Session {
        store,
        choice,
        lock: None,
    };
    let respondent = args.respondent.trim();
    let began = tui::begin(
        &mut session,
        &data,
        questionnaire,
        subject,
        respondent,
        args.new,
    );
    let mut app = App::new(data, Origin::Assess, Theme::from_env());
    tui::update(&mut app, began);
    tui::run(app, &mut session)?;
    Ok(0)
}

/// The interactive screens need a terminal on both ends; a clear error otherwise.
fn require_terminal() -> anyhow::Result<()> {
    if !std::io::stdin().is_terminal() || !std::io::stdout().is_terminal() {
        return Err(invalid(
            "the interactive screens need a terminal (stdin and stdout must be a terminal); \
             for scripts, use `confiance list`, `show`, `export` or `import`",
        ));
    }
    Ok(())
}
