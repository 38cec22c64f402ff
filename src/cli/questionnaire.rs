//! `confiance questionnaire list | show ID | check FILE`.

use std::io::Write;
use std::path::PathBuf;

use clap::{Args, Subcommand, ValueEnum};

use super::locale::locale_lang;
use super::table::{Align, render};
use super::{Ui, invalid};
use crate::diagnostic::Diagnostic;
use crate::printable::printable_path;
use crate::questionnaire::{Questionnaire, Source, elision, load_file};
use crate::store::Store;

/// List, show or check questionnaires
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

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum QuestionnaireFormat {
    Text,
    Toml,
}

#[derive(Debug, Args)]
pub struct QuestionnaireCheckArgs {
    pub file: PathBuf,
}

pub fn run(
    command: &QuestionnaireCommand,
    store: &Store,
    out: &mut dyn Write,
    ui: &mut Ui,
) -> anyhow::Result<u8> {
    match command {
        QuestionnaireCommand::List => {
            let rows: Vec<Vec<String>> = store
                .catalog()
                .entries()
                .iter()
                .map(|e| {
                    let q = &e.questionnaire;
                    let source = match &e.source {
                        Source::Builtin(_) => "built in".to_string(),
                        Source::File(path) => printable_path(path),
                    };
                    vec![
                        q.id.clone(),
                        q.lang.clone(),
                        q.version.to_string(),
                        q.items.len().to_string(),
                        q.title.clone(),
                        source,
                    ]
                })
                .collect();
            let header = ["ID", "LANG", "VERSION", "ITEMS", "TITLE", "SOURCE"];
            let align = [
                Align::Left,
                Align::Left,
                Align::Right,
                Align::Right,
                Align::Left,
                Align::Left,
            ];
            out.write_all(render(&header, &align, &rows).as_bytes())?;
        }
        QuestionnaireCommand::Show(args) => {
            let lang = args
                .lang
                .clone()
                .or_else(locale_lang)
                .unwrap_or_else(|| "en".into());
            let entry = store.catalog().entry(&args.id, &lang).ok_or_else(|| {
                invalid(format!(
                    "no questionnaire `{}` (see `confiance questionnaire list`)",
                    args.id
                ))
            })?;
            if args
                .lang
                .as_deref()
                .is_some_and(|l| l != entry.questionnaire.lang)
            {
                ui.say(&format!(
                    "No `{lang}` version of `{}`: showing `{}`.",
                    args.id, entry.questionnaire.lang
                ));
            }
            match args.format {
                QuestionnaireFormat::Toml => out.write_all(entry.text.as_bytes())?,
                QuestionnaireFormat::Text => {
                    out.write_all(describe(&entry.questionnaire).as_bytes())?
                }
            }
        }
        QuestionnaireCommand::Check(args) => match load_warning(&args.file, ui) {
            Ok((q, _)) => writeln!(
                out,
                "{}: ok: `{}` ({}) version {}: {} dimensions, {} items, {} stages",
                printable_path(&args.file),
                q.id,
                q.lang,
                q.version,
                q.dimensions.len(),
                q.items.len(),
                q.stages.len()
            )?,
            Err(problems) => {
                problems.iter().for_each(|p| ui.error(p));
                return Err(invalid(format!(
                    "{}: {} problems found",
                    printable_path(&args.file),
                    problems.len()
                )));
            }
        },
    }
    Ok(0)
}

/// Loads a questionnaire file for `check`, first printing the advice on its texts (French
/// elision): warnings, which never make the check fail.
fn load_warning(
    path: &std::path::Path,
    ui: &mut Ui,
) -> Result<(Questionnaire, String), Vec<Diagnostic>> {
    for w in elision::file_warnings(path) {
        ui.warn(&Diagnostic {
            message: format!("warning: {}", w.message),
            ..w
        });
    }
    load_file(path)
}

fn describe(q: &Questionnaire) -> String {
    let mut out = format!(
        "{} ({} {}, version {})\n\n{}\n\n",
        q.title, q.id, q.lang, q.version, q.intro
    );
    let labels: Vec<String> = q
        .scale
        .points()
        .filter_map(|p| q.scale.label(p).map(|l| format!("{p} {l}")))
        .collect();
    out.push_str(&format!(
        "Scale {} to {}: {}\n",
        q.scale.min,
        q.scale.max,
        labels.join(" · ")
    ));
    let mut number = 0;
    for d in &q.dimensions {
        out.push_str(&format!(
            "\n{} ({}): {}\n",
            d.name,
            d.group.as_str(),
            d.about
        ));
        for item in q.items_of(&d.id) {
            number += 1;
            let mark = if item.reverse {
                "  (reverse-keyed)"
            } else {
                ""
            };
            out.push_str(&format!("  {number:>2}. {}{mark}\n", item.text));
        }
    }
    out.push_str("\nThe ladder of collaboration:\n");
    for (i, s) in q.stages.iter().enumerate() {
        out.push_str(&format!(
            "  {}. {} (from {}): {}\n",
            i + 1,
            s.name,
            s.min,
            s.about
        ));
    }
    out
}
