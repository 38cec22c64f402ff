//! The command line: the global flags, the list of subcommands, and the dispatch to them.
//! Each subcommand lives in its own file: its arguments, its help text and its handler.

mod ascii_out;
mod assess;
mod cadence;
mod chart;
mod check;
mod clients;
mod compare;
mod completions;
mod config;
mod drafts;
mod due;
mod export;
mod forget;
mod handover;
mod help;
mod import;
mod list;
mod loaded;
mod output;
mod pick;
mod plain;
mod questionnaire;
mod report;
mod settings;
mod show;
mod space;
mod table;
mod trend;

use std::io::Write;
use std::path::PathBuf;

use anyhow::Result;
use clap::{Parser, Subcommand};
pub use help::{command, parse};
pub use output::{InvalidInput, Ui, invalid, required_name};
pub use settings::Settings;
pub use space::Space;

use crate::i18n::fill;
use crate::printable::printable_path;
use crate::store::{Store, resolve_data_dir};

#[derive(Debug, Parser)]
#[command(
    name = "confiance",
    version,
    about = "Look honestly at the trust in a working relationship, and watch it change over time.",
    long_about = "Look honestly at the trust in a working relationship, and watch it change over time.\n\n\
        Without a command, opens the interactive home screen. Answers are saved as plain TOML \
        files in a private data folder.",
    after_help = "Examples:\n  confiance                      open the interactive home screen\n  confiance assess Alice         assess your trust with Alice\n  confiance show Alice           see the latest results\n  confiance list --format json   every subject, as JSON"
)]
pub struct Cli {
    /// The data folder [default: $CONFIANCE_DATA_DIR, else the platform's data folder]
    #[arg(long, global = true, value_name = "DIR")]
    pub data_dir: Option<PathBuf>,

    /// Print only results and errors: no warnings about skipped files, no progress
    #[arg(short, long, global = true, conflicts_with = "verbose")]
    pub quiet: bool,

    /// Print more: the data folder, the files read and written
    #[arg(short, long, global = true)]
    pub verbose: bool,

    /// The interface's language: en or fr (also FR, fr-FR, fr_FR.UTF-8) [default: $CONFIANCE_LANG, the config file's lang, your locale, else English]
    #[arg(long, global = true, value_name = "LANG")]
    pub lang: Option<String>,

    /// Work in this client's own space, apart from yours and every other client's [default: $CONFIANCE_CLIENT]
    #[arg(
        long,
        global = true,
        value_name = "NAME",
        env = "CONFIANCE_CLIENT",
        hide_env = true
    )]
    pub client: Option<String>,

    /// Your name, which the other side of a relationship reads in its questions [default: the config file's name]
    #[arg(long, global = true, value_name = "NAME")]
    pub me: Option<String>,

    /// Questions and results as plain lines, for screen readers, pipes and simple terminals [also: $ACCESSIBLE=1 or TERM=dumb; assess also when stdin or stdout is not a terminal]
    #[arg(long, global = true)]
    pub plain: bool,

    /// Draw charts with ASCII characters only [default: when the locale is not UTF-8, or TERM is linux or dumb]
    #[arg(long, global = true)]
    pub ascii: bool,

    /// When to use colour [default: the config file's color, else auto; $NO_COLOR means never]
    #[arg(long, global = true, value_name = "WHEN", value_enum)]
    pub color: Option<ColorWhen>,

    #[command(subcommand)]
    pub command: Option<Command>,
}

/// Whether `command` prints text for a person to read (rather than data for a program).
fn words_for_a_person(command: &Command) -> bool {
    match command {
        Command::Show(a) => a.format == show::ShowFormat::Text,
        Command::Trend(a) => a.format == trend::TrendFormat::Text,
        Command::Compare(a) => a.format == compare::CompareFormat::Text,
        // The results the plain mode prints (the full screen writes nothing there).
        Command::Assess(_) => true,
        _ => false,
    }
}

/// When to use colour: `--color`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ColorWhen {
    Auto,
    Always,
    Never,
}

/// The subcommands, in the order `--help` lists them. Their help text (the about line and the
/// examples) sits on each one's arguments struct, in its own file.
#[derive(Debug, Subcommand)]
pub enum Command {
    Assess(assess::AssessArgs),
    List(list::ListArgs),
    Show(show::ShowArgs),
    Trend(trend::TrendArgs),
    Compare(compare::CompareArgs),
    Report(report::ReportArgs),
    Chart(chart::ChartArgs),
    Export(export::ExportArgs),
    Import(import::ImportArgs),
    Check(check::CheckArgs),
    Forget(forget::ForgetArgs),
    Clients(clients::ClientsArgs),
    Due(due::DueArgs),
    Cadence(cadence::CadenceArgs),
    Drafts(drafts::DraftsArgs),
    #[command(subcommand)]
    Questionnaire(questionnaire::QuestionnaireCommand),
    Completions(completions::CompletionsArgs),
    Config(config::ConfigArgs),
}

/// Runs one command line; returns the exit code when no error occurred (`check` returns 1
/// when it found problems). Errors are printed once, by `main`.
pub fn run(cli: Cli, settings: &Settings, out: &mut dyn Write, ui: &mut Ui) -> Result<u8> {
    let text = ui.text();
    let env = crate::i18n::process_env;
    let terminals = {
        use std::io::IsTerminal;
        std::io::stdin().is_terminal() && std::io::stdout().is_terminal()
    };
    ui.plain = plain::wanted(cli.plain, &env, terminals);
    ui.no_drawing = plain::asked(cli.plain, &env);
    // The screens only ever draw on a terminal.
    ui.colour = settings.colour_on(true);
    // The plain mode asked for draws nothing that is not ASCII either.
    crate::chart::ascii::set(cli.ascii || ui.no_drawing || crate::chart::ascii::wanted(&env));
    for problem in &settings.config_problems {
        ui.warn(problem);
    }
    if let Some(missing) = &settings.lang.missing {
        ui.warn(&crate::diagnostic::Diagnostic::new(fill(
            text.lang_missing,
            &[("lang", &crate::printable::printable(missing))],
        )));
    }
    if let Some(Command::Config(args)) = &cli.command {
        return config::run(args, settings, &cli, out, ui);
    }
    let data_dir = resolve_data_dir(cli.data_dir.clone()).ok_or_else(|| {
        anyhow::anyhow!(fill(
            text.no_data_dir,
            &[("var", &crate::store::ENV_DATA_DIR)]
        ))
    })?;
    if let Some(Command::Completions(args)) = &cli.command {
        return completions::run(args, out);
    }
    // A typo pointing at a file (`--data-dir /etc/passwd`) stops here, before any advice about
    // its permissions or any repair.
    if std::fs::metadata(&data_dir).is_ok_and(|m| !m.is_dir()) {
        return Err(invalid(format!(
            "{}: {}",
            printable_path(&data_dir),
            fill(
                text.data_dir_not_folder,
                &[("var", &crate::store::ENV_DATA_DIR)]
            )
        )));
    }
    let (store, problems) = Store::open(data_dir);
    ui.info(&fill(
        text.data_folder,
        &[("path", &printable_path(store.root()))],
    ));
    // `check` reports these itself; `due` runs at every shell start: quiet.
    let quiet = matches!(cli.command, Some(Command::Check(_) | Command::Due(_)));
    if !quiet {
        for problem in &problems {
            ui.warn(problem);
        }
        warn_if_not_private(&store, ui);
    }
    let client = space::client_name(cli.client.as_deref());
    // The commands that look across spaces.
    match &cli.command {
        Some(Command::Check(args)) => return check::run(args, &store, client, &problems, out, ui),
        Some(Command::Due(args)) => return due::run(args, &store, client, settings, out, ui),
        Some(Command::Clients(args)) => return clients::run(args, &store, client, out, ui),
        Some(Command::Forget(args)) if args.subject.is_none() => {
            return forget::run_client(args, &store, client, out, ui);
        }
        _ => {}
    }
    // A new client's space is made by working in it; reading one that does not exist is a typo.
    let create = matches!(
        cli.command,
        None | Some(Command::Assess(_) | Command::Import(_))
    );
    let client_store = space::open(&store, client, create, ui)?;
    let store = client_store.as_ref().unwrap_or(&store);
    ui.self_name = store.client().map(|c| c.name.clone());
    let space = Space {
        store,
        owner: space::owner_of(store, cli.me.as_deref(), &settings.config),
        config: &settings.config,
        now: settings.now,
    };
    let lang = settings.language();
    let Some(command) = cli.command else {
        return assess::home(&space, cli.me.as_deref(), lang, ui.colour);
    };
    // Text meant for a person is written in the ASCII set when it is in force; data (JSON,
    // Markdown, CSV) is never changed.
    let mut ascii_out;
    let out: &mut dyn Write = if crate::chart::ascii::on() && words_for_a_person(&command) {
        ascii_out = ascii_out::AsciiOut::new(out);
        &mut ascii_out
    } else {
        out
    };
    match command {
        Command::Assess(args) => assess::run(&args, &space, cli.me.as_deref(), out, ui),
        Command::List(args) => list::run(&args, &space, out, ui),
        Command::Show(args) => show::run(&args, &space, out, ui),
        Command::Trend(args) => trend::run(&args, &space, out, ui),
        Command::Compare(args) => compare::run(&args, &space, out, ui),
        Command::Report(args) => report::run(&args, &space, cli.lang.is_some(), out, ui),
        Command::Chart(args) => chart::run(&args, &space, cli.lang.is_some(), out, ui),
        Command::Forget(args) => forget::run(&args, store, out, ui),
        Command::Export(args) => export::run(&args, &space, out, ui),
        Command::Import(args) => import::run(&args, &space, out, ui),
        Command::Cadence(args) => cadence::run(&args, &space, out, ui),
        Command::Drafts(args) => drafts::run(&args, store, out, ui),
        Command::Questionnaire(args) => {
            questionnaire::run(&args, store, cli.lang.is_some(), out, ui)
        }
        Command::Completions(_)
        | Command::Config(_)
        | Command::Check(_)
        | Command::Due(_)
        | Command::Clients(_) => unreachable!("handled above"),
    }
}

/// A data folder others can read is worth a word on every command (`check --fix` mends it).
fn warn_if_not_private(store: &Store, ui: &mut Ui) {
    use std::os::unix::fs::PermissionsExt;
    if let Ok(meta) = std::fs::metadata(store.root()) {
        let mode = meta.permissions().mode() & 0o777;
        if mode & 0o077 != 0 {
            let message = fill(ui.text().not_private, &[("mode", &format!("{mode:o}"))]);
            ui.warn(&crate::diagnostic::Diagnostic::new(format!(
                "{}: {message}",
                printable_path(store.root())
            )));
        }
    }
}

#[cfg(test)]
mod tests {
    /// clap's own consistency checks (duplicate flags, defaults outside their value sets,
    /// `requires` or `conflicts_with` naming no argument), which it runs only in debug builds
    /// and only for the command actually parsed.
    #[test]
    fn the_command_line_is_consistent() {
        use clap::CommandFactory;
        super::Cli::command().debug_assert();
    }
}
