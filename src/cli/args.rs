//! The clap definitions of every command and flag: the tool's command-line contract.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

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

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Answer the questionnaire about one relationship (resumes its draft if there is one)
    #[command(
        after_help = "Examples:\n  confiance assess Alice\n  confiance assess 'Team Atlas' --respondent coach --lang fr\n  confiance assess Alice --new      start afresh, leaving the draft alone"
    )]
    Assess(AssessArgs),

    /// List the subjects, most recent first
    #[command(after_help = "Example:\n  confiance list\n  confiance list --format json")]
    List(ListArgs),

    /// Show the scores of an assessment: the latest one of a subject, or the one named
    #[command(
        after_help = "Examples:\n  confiance show Alice\n  confiance show Alice --respondent Alice --format json\n  confiance show 'Team Atlas' --format markdown > atlas.md"
    )]
    Show(ShowArgs),

    /// Show how a subject's scores changed over time, per respondent
    #[command(
        after_help = "Examples:\n  confiance trend Alice\n  confiance trend Alice --format json"
    )]
    Trend(TrendArgs),

    /// Export assessments with their answers and scores, as CSV (one row per dimension) or JSON
    #[command(
        after_help = "Examples:\n  confiance export --format csv > trust.csv\n  confiance export --subject Alice --format json --output alice.json"
    )]
    Export(ExportArgs),

    /// Check assessment files (TOML, or a JSON export) and add them to the store
    #[command(
        after_help = "Examples:\n  confiance import ~/Downloads/2026-11-26T174333Z-01JD2.toml\n  confiance import from-alice.toml --subject Me --respondent Alice\n  confiance import backup.json"
    )]
    Import(ImportArgs),

    /// Check every file of the store; --fix removes leftovers of interrupted saves and tightens permissions
    #[command(
        after_help = "Lists every unreadable file, every leftover of an interrupted save and every symbolic link not followed (links never lead out of the data folder). --fix only takes group and other permission bits away, and only from regular files and folders inside the data folder.\n\nExamples:\n  confiance check\n  confiance check --fix"
    )]
    Check(CheckArgs),

    /// Delete every file of a subject (assessments, drafts, unreadable files in its folder), after showing them
    #[command(
        after_help = "Look-alike spellings (Alice, alice, \"Alice \") are the same subject. A symbolic link is removed as a link only. Refused while a window has one of the subject's drafts open.\n\nExamples:\n  confiance forget Alice          asks before deleting\n  confiance forget Alice --yes"
    )]
    Forget(ForgetArgs),

    /// List, show or check questionnaires
    #[command(subcommand)]
    Questionnaire(QuestionnaireCommand),

    /// Print a shell completion script
    #[command(
        after_help = "Example:\n  confiance completions bash > ~/.local/share/bash-completion/completions/confiance"
    )]
    Completions(CompletionsArgs),
}

#[derive(Debug, Args)]
pub struct AssessArgs {
    /// The relationship: a person, a team, a community (any name, kept as typed)
    pub subject: String,
    /// Whose view this is
    #[arg(long, short, default_value = crate::assessment::DEFAULT_RESPONDENT)]
    pub respondent: String,
    /// The questionnaire to answer
    #[arg(long, short = 'Q', default_value = "trust")]
    pub questionnaire: String,
    /// Its language [default: your locale's if available, else English]
    #[arg(long)]
    pub lang: Option<String>,
    /// Start afresh even if a draft exists (the draft is left alone)
    #[arg(long)]
    pub new: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ListFormat {
    Text,
    Json,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    #[arg(long, value_enum, default_value_t = ListFormat::Text)]
    pub format: ListFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ShowFormat {
    Text,
    Json,
    Markdown,
}

#[derive(Debug, Args)]
pub struct ShowArgs {
    /// The subject (the relationship), as listed by `confiance list`
    pub subject: String,
    /// Only assessments from this respondent (whose view it is)
    #[arg(long, short)]
    pub respondent: Option<String>,
    /// This assessment rather than the latest
    #[arg(long)]
    pub id: Option<String>,
    #[arg(long, value_enum, default_value_t = ShowFormat::Text)]
    pub format: ShowFormat,
    /// Leave the radar chart out of the text output
    #[arg(long)]
    pub no_chart: bool,
    /// Width of the text output's chart [default: the terminal's, or 60 when not a terminal]
    #[arg(long, value_name = "COLUMNS", value_parser = clap::value_parser!(u16).range(20..=400))]
    pub width: Option<u16>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TrendFormat {
    Text,
    Json,
}

#[derive(Debug, Args)]
pub struct TrendArgs {
    pub subject: String,
    #[arg(long, value_enum, default_value_t = TrendFormat::Text)]
    pub format: TrendFormat,
    /// Leave the chart out of the text output
    #[arg(long)]
    pub no_chart: bool,
    /// Width of the chart [default: the terminal's, or 60 when not a terminal]
    #[arg(long, value_name = "COLUMNS", value_parser = clap::value_parser!(u16).range(20..=400))]
    pub width: Option<u16>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    Csv,
    Json,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Only this subject's assessments
    #[arg(long)]
    pub subject: Option<String>,
    #[arg(long, value_enum)]
    pub format: ExportFormat,
    /// Write to this file (created private, 0600) instead of stdout; its folder must exist; `-` is stdout
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Replace FILE if it exists
    #[arg(long, requires = "output")]
    pub force: bool,
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// Assessment files: TOML as stored, or a JSON export
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<PathBuf>,
    /// Store them under this subject instead of the file's
    #[arg(long)]
    pub subject: Option<String>,
    /// Store them as this respondent's view instead of the file's
    #[arg(long)]
    pub respondent: Option<String>,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Do the safe repairs: remove leftovers of interrupted saves, tighten permissions
    #[arg(long)]
    pub fix: bool,
}

#[derive(Debug, Args)]
pub struct ForgetArgs {
    /// The subject whose assessments and drafts go
    pub subject: String,
    /// Delete without asking
    #[arg(long, short)]
    pub yes: bool,
}

#[derive(Debug, Subcommand)]
pub enum QuestionnaireCommand {
    /// List the questionnaires: built in, and your own in DATA/questionnaires/
    #[command(after_help = "Example:\n  confiance questionnaire list")]
    List,
    /// Show a questionnaire's dimensions, items and stages
    #[command(
        after_help = "Examples:\n  confiance questionnaire show trust --lang fr\n  confiance questionnaire show trust --format toml > my-trust.toml"
    )]
    Show(QuestionnaireShowArgs),
    /// Check a questionnaire file and report every problem with its line
    #[command(after_help = "Example:\n  confiance questionnaire check my-trust.toml")]
    Check(QuestionnaireCheckArgs),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum QuestionnaireFormat {
    Text,
    Toml,
}

#[derive(Debug, Args)]
pub struct QuestionnaireShowArgs {
    pub id: String,
    /// Language [default: the one of your locale if available, else English]
    #[arg(long)]
    pub lang: Option<String>,
    /// `toml` prints the file itself, a starting point for your own questionnaire
    #[arg(long, value_enum, default_value_t = QuestionnaireFormat::Text)]
    pub format: QuestionnaireFormat,
}

#[derive(Debug, Args)]
pub struct QuestionnaireCheckArgs {
    pub file: PathBuf,
}

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    pub shell: clap_complete::Shell,
}

/// The language of the user's locale (`fr_FR.UTF-8` gives `fr`), if any.
pub fn locale_lang() -> Option<String> {
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|k| std::env::var(k).ok())
        .find(|v| !v.is_empty())
        .map(|v| {
            v.chars()
                .take_while(|c| c.is_ascii_alphabetic())
                .collect::<String>()
                .to_lowercase()
        })
        .filter(|l| l.len() == 2 || l.len() == 3)
}
