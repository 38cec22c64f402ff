//! `confiance assess SUBJECT`, and `confiance` alone: the interactive screens.

use clap::Args;

use super::import::collide;
use super::{Space, Ui, invalid, required_name};
use crate::i18n::Lang;
use crate::i18n::fill;
use crate::questionnaire::DEFAULT_ID;
use crate::store::Store;
use crate::tui::{self, App, Choice, Origin, Session, theme::Theme};
use std::io::IsTerminal;
use std::sync::Arc;

/// Answer the questionnaire about one relationship (resumes its draft if there is one)
#[derive(Debug, Args)]
#[command(
    after_help = "The questionnaire is in the interface's language (--lang, else your settings). A subject or respondent already stored is found whatever the case or spacing, and keeps its spelling.\n\nExamples:\n  confiance assess Alice\n  confiance assess 'Team Atlas' --respondent coach --lang fr\n  confiance --client Marie assess 'Team Atlas' --respondent 'Team Atlas'\n  confiance assess Alice --new      start afresh, leaving the draft alone\n  confiance assess 'Club members' -Q community --side organisation"
)]
pub(crate) struct AssessArgs {
    /// The relationship: a person, a team, a community (any name, kept as typed)
    pub subject: String,
    /// Whose view this is [default: you; your own name means you too]
    #[arg(
        long,
        short,
        default_value = crate::assessment::DEFAULT_RESPONDENT,
        hide_default_value = true
    )]
    pub respondent: String,
    /// The questionnaire to answer [default: the config file's questionnaire, else trust]
    #[arg(long, short = 'Q')]
    pub questionnaire: Option<String>,
    /// The side answering a questionnaire worded for two sides (community: organisation or community)
    #[arg(long)]
    pub side: Option<String>,
    /// Start afresh even if a draft exists (the draft is left alone)
    #[arg(long)]
    pub(crate) new: bool,
}

/// `confiance` with no command: the home screen.
pub(super) fn home(
    space: &Space,
    me: Option<&str>,
    lang: Lang,
    colour: bool,
) -> anyhow::Result<u8> {
    require_terminal(lang)?;
    let store = space.store;
    // New assessments use the questionnaire in the interface's language (`Catalog::get`
    // falls back to English when it has none).
    let mut app = app(space, me, tui::Data::default(), Origin::Home, lang, colour);
    let choice = Choice {
        questionnaire: app.questionnaire.clone(),
        lang: lang.code().into(),
    };
    let mut session = session(space, choice);
    // Ten thousand assessments take a moment to read: home is drawn at once and filled in.
    app.loading = true;
    std::thread::scope(|scope| {
        let (send, loaded) = std::sync::mpsc::channel();
        scope.spawn(move || {
            // The subjects first, from the summary index; then everything. The TUI may have
            // ended first: then nobody wants them.
            if let Some(seen) = tui::seen_home(store) {
                let _ = send.send(tui::Arrival::Home(seen));
            }
            let _ = send.send(tui::Arrival::Home(tui::load_home(store)));
            let _ = send.send(tui::Arrival::Data(tui::load_data(store)));
        });
        tui::run_loading(app, &mut session, Some(loaded))
    })?;
    Ok(0)
}

/// The screens' model for this space: its owner, the person's settings, the moment check-ins
/// count to.
fn app(
    space: &Space,
    me: Option<&str>,
    data: tui::Data,
    origin: Origin,
    lang: Lang,
    colour: bool,
) -> App {
    tui::terminal::allow_colour(colour);
    let mut app = App::new(data, origin, Theme::chosen(colour))
        .speaking(lang, Arc::new(space.store.catalog().clone()));
    // The person's own name: the owner of their own space (a client's space is the client's).
    app.me = crate::owner::owner(None, me, space.config.name.as_deref()).map(|o| o.name);
    app.hide_notes = space.config.hide_notes.unwrap_or(false);
    app.cadence_weeks = space.config.cadence_weeks;
    if let Some(minimum) = space.config.group_minimum {
        app.group_minimum = (minimum as usize).max(crate::invitation::group::MINIMUM);
    }
    app.now = space.now;
    if let Some(id) = &space.config.questionnaire {
        // An id the catalog lacks leaves the built-in one (`assess` says so).
        if space.store.catalog().get(id, lang.code()).is_some() {
            app.questionnaire = id.clone();
        }
    }
    app
}

/// The questionnaire to answer: `-Q`, else the config file's (when the catalog has it: else a
/// warning, and the built-in one), else the built-in one.
fn questionnaire_id(args: &AssessArgs, space: &Space, ui: &mut Ui) -> String {
    if let Some(asked) = &args.questionnaire {
        return asked.clone();
    }
    match &space.config.questionnaire {
        Some(id) if space.store.catalog().get(id, ui.lang.code()).is_some() => id.clone(),
        Some(id) => {
            ui.warn(&crate::diagnostic::Diagnostic::new(fill(
                ui.text().config_questionnaire_unknown,
                &[
                    ("id", &crate::printable::printable(id)),
                    ("default", &DEFAULT_ID),
                ],
            )));
            DEFAULT_ID.into()
        }
        None => DEFAULT_ID.into(),
    }
}

fn session<'a>(space: &Space<'a>, choice: Choice) -> Session<'a, Store> {
    let mut session = Session::new(space.store, choice);
    session.config_path = space.config.path.clone();
    session
}

pub(super) fn run(
    args: &AssessArgs,
    space: &Space,
    me: Option<&str>,
    out: &mut dyn std::io::Write,
    ui: &mut Ui,
) -> anyhow::Result<u8> {
    let store = space.store;
    let lang = ui.lang.code();
    let id = questionnaire_id(args, space, ui);
    let questionnaire = store.catalog().get(&id, lang).cloned().ok_or_else(|| {
        invalid(fill(
            ui.text().no_questionnaire,
            &[("id", &crate::printable::printable(&id))],
        ))
    })?;
    let questionnaire = worded_for_side(questionnaire, args.side.as_deref(), store, ui)?;
    let subject = required_name(&args.subject, ui.text().empty_subject)?;
    if !ui.plain {
        require_terminal(ui.lang)?;
    }
    let respondent = required_name(&args.respondent, ui.text().empty_respondent)?;
    let data = tui::load_data(store);
    let (subject, respondent) = as_stored(&data.assessments, subject, respondent, space, ui)?;
    if ui.plain && !crate::names::is_owner(&respondent) && space.owner_name().is_none() {
        // The other side reads the owner's name in every statement: without it, they would
        // be asked about themselves (the full screen asks for the name; here, say how).
        return Err(invalid(ui.text().other_side_needs_your_name));
    }
    let choice = Choice {
        questionnaire: questionnaire.id.clone(),
        lang: questionnaire.lang.clone(),
    };
    let mut session = session(space, choice);
    let began = tui::begin(
        &mut session,
        &data,
        questionnaire,
        &subject,
        &respondent,
        args.new,
    );
    if ui.plain {
        let resume = resume_command(&subject, &respondent, args, space);
        return super::plain::assess(began, space, &resume, out, ui);
    }
    let mut app = app(space, me, data, Origin::Assess, ui.lang, ui.colour);
    tui::update(&mut app, began);
    tui::run(app, &mut session)?;
    Ok(0)
}

/// The questionnaire worded for `--side`: required for a questionnaire worded for sides,
/// refused for one that has none.
pub(super) fn worded_for_side(
    q: Arc<crate::questionnaire::Questionnaire>,
    side: Option<&str>,
    store: &Store,
    ui: &Ui,
) -> anyhow::Result<Arc<crate::questionnaire::Questionnaire>> {
    let t = ui.text();
    let sides: Vec<&str> = q.sides().iter().map(|s| s.id.as_str()).collect();
    let id = crate::printable::printable(&q.id);
    match side {
        None if sides.is_empty() => Ok(q),
        None => Err(invalid(fill(
            t.side_needed,
            &[("id", &id), ("sides", &sides.join("|"))],
        ))),
        Some(side) if sides.is_empty() => Err(invalid(fill(
            t.side_none,
            &[("id", &id), ("side", &crate::printable::printable(side))],
        ))),
        Some(side) => store
            .catalog()
            .resolve(&q.id, &q.lang, q.version, Some(side))
            .map_err(|_| {
                invalid(fill(
                    t.side_unknown,
                    &[
                        ("id", &id),
                        ("side", &crate::printable::printable(side)),
                        ("sides", &sides.join(", ")),
                    ],
                ))
            }),
    }
}

/// "team atlas" continues "Team Atlas", as stored, and the owner's name is `self`; spellings
/// that collide are listed, not guessed.
/// `subject` and `respondent` as the store already spells them (a new name as typed).
pub(super) fn as_stored(
    assessments: &[crate::store::Stored],
    subject: &str,
    respondent: &str,
    space: &Space,
    ui: &Ui,
) -> anyhow::Result<(String, String)> {
    let subjects = crate::subjects::by_subject(assessments);
    let subject = crate::subjects::spelling(&subjects, subject)
        .map_err(|list| collide(subject, &list, ui))?;
    let known = crate::subjects::find(&subjects, &subject)
        .map(|s| s.respondents())
        .unwrap_or_default();
    let respondent = crate::owner::respondent_to_store(respondent, space.owner_name(), &known)
        .map_err(|list| collide(respondent, &list, ui))?;
    Ok((subject, respondent))
}

/// The interactive screens need a terminal on both ends; a clear error otherwise.
fn require_terminal(lang: Lang) -> anyhow::Result<()> {
    if !std::io::stdin().is_terminal() || !std::io::stdout().is_terminal() {
        return Err(invalid(crate::i18n::TuiStatus::of(lang).need_terminal));
    }
    Ok(())
}

/// The command that resumes this draft: `confiance assess Alice`, with what else it needs.
fn resume_command(subject: &str, respondent: &str, args: &AssessArgs, space: &Space) -> String {
    let mut command = String::from("confiance");
    if let Some(client) = space.store.client() {
        command.push_str(&format!(" --client {}", shell_word(&client.name)));
    }
    command.push_str(&format!(" assess {}", shell_word(subject)));
    if !crate::names::is_owner(respondent) {
        command.push_str(&format!(" --respondent {}", shell_word(respondent)));
    }
    if let Some(id) = &args.questionnaire {
        command.push_str(&format!(" -Q {}", shell_word(id)));
    }
    if let Some(side) = &args.side {
        command.push_str(&format!(" --side {}", shell_word(side)));
    }
    command
}

/// A word as a shell reads it: quoted when it holds anything but plain characters.
fn shell_word(word: &str) -> String {
    let word = crate::printable::printable(word);
    if !word.is_empty()
        && word
            .chars()
            .all(|c| c.is_alphanumeric() || "-_.@+".contains(c))
    {
        return word;
    }
    format!("'{}'", word.replace('\'', "'\\''"))
}
