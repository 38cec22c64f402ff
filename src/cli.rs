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
mod documents;
mod drafts;
mod due;
mod export;
mod forget;
mod help;
mod import;
mod invitations;
mod invite;
mod list;
mod loaded;
mod menu;
mod output;
mod pick;
mod plain;
mod questionnaire;
mod receive;
mod report;
mod settings;
mod setup;
mod show;
mod space;
mod stdout;
mod table;
mod trend;

use std::io::Write;
use std::path::PathBuf;

use anyhow::Result;
use clap::{Parser, Subcommand};
pub use help::{Refusal, command, parse};
pub use output::{InvalidInput, Ui, invalid, required_name};
pub use settings::Settings;
pub(crate) use space::Space;
pub use stdout::Stdout;

use setup::{Problems, Setup};

#[derive(Debug, Parser)]
#[command(
    name = "confiance",
    version,
    about = "Look honestly at the trust in a working relationship, and watch it change over time.",
    long_about = "Look honestly at the trust in a working relationship, and watch it change over time.\n\n\
        Without a command, opens the interactive home screen (with --plain, a numbered menu on plain lines). Answers are saved as plain TOML \
        files in a private data folder.",
    after_help = "Examples:\n  confiance                      open the interactive home screen\n  confiance assess Alice         assess your trust with Alice\n  confiance show Alice           see the latest results\n  confiance list --format json   every subject, as JSON",
    // Every flag of this struct is global: under its own heading in every command's help,
    // after the command's own options.
    next_help_heading = help::global_heading()
)]
pub struct Cli {
    /// The data folder [default: $CONFIANCE_DATA_DIR, else the platform's data folder]
    #[arg(long, global = true, value_name = "DIR")]
    pub(crate) data_dir: Option<PathBuf>,

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
    // `CONFIANCE_CLIENT` is read by `run`, not clap: a blank `--client` is a mistake, a blank
    // variable means none, and clap would not say which one was given.
    #[arg(long, global = true, value_name = "NAME")]
    pub client: Option<String>,

    /// Your name, which the other side of a relationship reads in its questions [default: the config file's name]
    #[arg(long, global = true, value_name = "NAME")]
    pub me: Option<String>,

    /// Questions and results as plain lines, for screen readers, pipes and simple terminals [also: $ACCESSIBLE=1 or TERM=dumb; assess also when stdin or stdout is not a terminal]
    #[arg(long, global = true)]
    pub(crate) plain: bool,

    /// Draw charts with ASCII characters only [default: when the locale is not UTF-8, or TERM is linux or dumb]
    #[arg(long, global = true)]
    pub(crate) ascii: bool,

    /// When to use colour [default: the config file's color, else auto; $NO_COLOR or TERM=dumb means never]
    #[arg(long, global = true, value_name = "WHEN", value_enum)]
    pub(crate) color: Option<ColorWhen>,

    #[command(subcommand)]
    pub(crate) command: Option<Command>,
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
pub(crate) enum ColorWhen {
    Auto,
    Always,
    Never,
}

/// The subcommands, in the order `--help` lists them. Their help text (the about line and the
/// examples) sits on each one's arguments struct, in its own file.
#[derive(Debug, Subcommand)]
pub(crate) enum Command {
    Assess(assess::AssessArgs),
    List(list::ListArgs),
    Show(show::ShowArgs),
    Trend(trend::TrendArgs),
    Compare(compare::CompareArgs),
    Report(report::ReportArgs),
    Chart(chart::ChartArgs),
    Export(export::ExportArgs),
    Import(import::ImportArgs),
    Invite(invite::InviteArgs),
    Receive(receive::ReceiveArgs),
    Invitations(invitations::InvitationsArgs),
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
pub fn run(mut cli: Cli, settings: &Settings, out: &mut dyn Write, ui: &mut Ui) -> Result<u8> {
    setup::prepare(&cli, settings, ui);
    cli.client = space::asked(cli.client.as_deref(), &crate::i18n::process_env, ui)?;
    let setup = Setup {
        cli: &cli,
        settings,
    };
    let (me, lang_chosen) = (cli.me.as_deref(), cli.lang.is_some());
    // Each command opens what it needs, no more: `config` needs no data folder; `check`,
    // `due`, `clients` and `forget --client` look across spaces; the rest work in one.
    match &cli.command {
        // The plain mode asked for: a numbered menu on plain lines, never a screen.
        None if ui.no_drawing => setup.in_space(true, out, ui, |space, out, ui| {
            menu::run(space, me, out, ui)
        }),
        None => setup.in_space(true, out, ui, |space, _, ui| {
            assess::home(space, me, settings.language(), ui.colour)
        }),
        Some(Command::Config(args)) => config::run(args, settings, &cli, out, ui),
        Some(Command::Completions(args)) => {
            setup.data_dir(ui)?;
            completions::run(args, out)
        }
        Some(Command::Check(args)) => {
            let (store, problems) = setup.store(Problems::Quiet, ui)?;
            check::run(
                args,
                &store,
                setup.client(),
                &problems,
                &settings.config,
                out,
                ui,
            )
        }
        Some(Command::Due(args)) => {
            let (store, _) = setup.store(Problems::Quiet, ui)?;
            due::run(args, &store, setup.client(), settings, out, ui)
        }
        Some(Command::Clients(args)) => {
            let (store, _) = setup.store(Problems::Told, ui)?;
            clients::run(args, &store, setup.client(), out, ui)
        }
        Some(Command::Forget(args)) if args.subject.is_none() => {
            let (store, _) = setup.store(Problems::Told, ui)?;
            forget::run_client(args, &store, setup.client(), out, ui)
        }
        Some(Command::Forget(args)) => setup.in_space(false, out, ui, |s, out, ui| {
            forget::run(args, s.store, out, ui)
        }),
        Some(Command::Assess(args)) => setup.in_space(true, out, ui, |s, out, ui| {
            assess::run(args, s, me, out, ui)
        }),
        Some(Command::Import(args)) => {
            setup.in_space(true, out, ui, |s, out, ui| import::run(args, s, out, ui))
        }
        Some(Command::Invite(args)) => setup.in_space(true, out, ui, |s, out, ui| {
            invite::run(args, s, me, out, ui)
        }),
        Some(Command::Receive(args)) => {
            setup.in_space(true, out, ui, |s, out, ui| receive::run(args, s, out, ui))
        }
        Some(Command::Invitations(args)) => setup.in_space(false, out, ui, |s, out, ui| {
            invitations::run(args, s, out, ui)
        }),
        Some(Command::List(args)) => {
            setup.in_space(false, out, ui, |s, out, ui| list::run(args, s, out, ui))
        }
        Some(Command::Show(args)) => {
            setup.in_space(false, out, ui, |s, out, ui| show::run(args, s, out, ui))
        }
        Some(Command::Trend(args)) => {
            setup.in_space(false, out, ui, |s, out, ui| trend::run(args, s, out, ui))
        }
        Some(Command::Compare(args)) => {
            setup.in_space(false, out, ui, |s, out, ui| compare::run(args, s, out, ui))
        }
        Some(Command::Report(args)) => setup.in_space(false, out, ui, |s, out, ui| {
            report::run(args, s, lang_chosen, out, ui)
        }),
        Some(Command::Chart(args)) => setup.in_space(false, out, ui, |s, out, ui| {
            chart::run(args, s, lang_chosen, out, ui)
        }),
        Some(Command::Export(args)) => {
            setup.in_space(false, out, ui, |s, out, ui| export::run(args, s, out, ui))
        }
        Some(Command::Cadence(args)) => {
            setup.in_space(false, out, ui, |s, out, ui| cadence::run(args, s, out, ui))
        }
        Some(Command::Drafts(args)) => setup.in_space(false, out, ui, |s, out, ui| {
            drafts::run(args, s.store, out, ui)
        }),
        Some(Command::Questionnaire(args)) => setup.in_space(false, out, ui, |s, out, ui| {
            questionnaire::run(args, s.store, lang_chosen, out, ui)
        }),
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
