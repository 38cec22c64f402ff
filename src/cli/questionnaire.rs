//! `confiance questionnaire list | show ID | check FILE | new FILE`.

use std::io::Write;
use std::path::PathBuf;

use clap::{Args, Subcommand, ValueEnum};

mod new;

use super::table::Align;
use super::{Ui, invalid};
use crate::diagnostic::Diagnostic;
use crate::i18n::fill;
use crate::printable::{printable, printable_path, printable_text};
use crate::questionnaire::{Questionnaire, Source, elision, load_file};
use crate::store::Store;

/// List, show or check questionnaires
#[derive(Debug, Subcommand)]
pub(crate) enum QuestionnaireCommand {
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
    /// Write a commented starting point for a questionnaire of your own
    #[command(
        after_help = "Every field is explained in comments, in the interface's language. The file passes `questionnaire check` as it is; edit it, check it, then put it in DATA/questionnaires/.\n\nExamples:\n  confiance questionnaire new mine.toml\n  confiance questionnaire new my-trust.toml --from trust --lang fr"
    )]
    New(new::QuestionnaireNewArgs),
}

#[derive(Debug, Args)]
pub(crate) struct QuestionnaireShowArgs {
    pub id: String,
    /// `toml` prints the file itself, a starting point for your own questionnaire
    #[arg(long, value_enum, default_value_t = QuestionnaireFormat::Text)]
    pub(crate) format: QuestionnaireFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum QuestionnaireFormat {
    Text,
    Toml,
}

#[derive(Debug, Args)]
pub(crate) struct QuestionnaireCheckArgs {
    pub(crate) file: PathBuf,
}

/// `lang_asked`: the language was asked for with `--lang` (so a missing version is said).
pub(super) fn run(
    command: &QuestionnaireCommand,
    store: &Store,
    lang_asked: bool,
    out: &mut dyn Write,
    ui: &mut Ui,
) -> anyhow::Result<u8> {
    let t = ui.text();
    match command {
        QuestionnaireCommand::List => {
            let rows: Vec<Vec<String>> = store
                .catalog()
                .entries()
                .iter()
                .map(|e| {
                    let q = &e.questionnaire;
                    let source = match &e.source {
                        Source::Builtin(_) => t.builtin.to_string(),
                        Source::File(path) => printable_path(path),
                    };
                    vec![
                        printable(&q.id),
                        printable(&q.lang),
                        q.version.to_string(),
                        q.items.len().to_string(),
                        printable(&q.title),
                        source,
                    ]
                })
                .collect();
            let header = [
                t.head_id,
                t.head_lang,
                t.head_version,
                t.head_items,
                t.head_title,
                t.head_source,
            ];
            let align = [
                Align::Left,
                Align::Left,
                Align::Right,
                Align::Right,
                Align::Left,
                Align::Left,
            ];
            out.write_all(ui.table(&header, &align, &rows).as_bytes())?;
        }
        QuestionnaireCommand::Show(args) => {
            let lang = ui.lang.code();
            let id = printable(&args.id);
            let entry = store
                .catalog()
                .entry(&args.id, lang)
                .ok_or_else(|| invalid(fill(t.no_questionnaire, &[("id", &id)])))?;
            if lang_asked && lang != entry.questionnaire.lang {
                ui.say(&fill(
                    t.no_version_in,
                    &[
                        ("lang", &lang),
                        ("id", &id),
                        ("shown", &entry.questionnaire.lang),
                    ],
                ));
            }
            match args.format {
                QuestionnaireFormat::Toml => out.write_all(entry.text.as_bytes())?,
                QuestionnaireFormat::Text => {
                    out.write_all(describe(&entry.questionnaire, ui).as_bytes())?
                }
            }
        }
        QuestionnaireCommand::New(args) => return new::run(args, store, out, ui),
        QuestionnaireCommand::Check(args) => match load_warning(&args.file, ui) {
            Ok((q, _)) => {
                let unfit = crate::store::unfit_answers(store, &q);
                if !unfit.is_empty() {
                    unfit.iter().for_each(|p| ui.error(p));
                    let found = ui.count(unfit.len(), t.problems_found_one, t.problems_found_many);
                    let message = fill(
                        t.answers_no_longer_fit,
                        &[
                            ("id", &q.id),
                            ("lang", &q.lang),
                            ("version", &q.version),
                            ("problems", &found),
                        ],
                    );
                    return Err(invalid(format!(
                        "{}: {message}",
                        printable_path(&args.file)
                    )));
                }
                let message = fill(
                    t.questionnaire_ok,
                    &[
                        ("id", &q.id),
                        ("lang", &q.lang),
                        ("version", &q.version),
                        (
                            "dimensions",
                            &ui.count(q.dimensions.len(), t.dimensions_one, t.dimensions_many),
                        ),
                        ("items", &ui.count(q.items.len(), t.items_one, t.items_many)),
                        (
                            "stages",
                            &ui.count(q.stages.len(), t.stages_one, t.stages_many),
                        ),
                    ],
                );
                writeln!(out, "{}: {message}", printable_path(&args.file))?
            }
            Err(problems) => {
                problems.iter().for_each(|p| ui.error(p));
                let found = ui.count(problems.len(), t.problems_found_one, t.problems_found_many);
                return Err(invalid(format!("{}: {found}", printable_path(&args.file))));
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
            message: fill(ui.text().warning, &[("message", &w.message)]),
            ..w
        });
    }
    load_file(path)
}

fn describe(q: &Questionnaire, ui: &Ui) -> String {
    let (t, words) = (ui.text(), ui.common());
    let mut out = format!(
        "{} ({} {}, version {})\n\n{}\n\n",
        q.title, q.id, q.lang, q.version, q.intro
    );
    let labels: Vec<String> = q
        .scale
        .points()
        .filter_map(|p| q.scale.label(p).map(|l| format!("{p} {l}")))
        .collect();
    let scale = fill(
        t.scale,
        &[
            ("min", &q.scale.min),
            ("max", &q.scale.max),
            ("labels", &labels.join(" · ")),
        ],
    );
    out.push_str(&format!("{scale}\n"));
    let mut number = 0;
    for d in &q.dimensions {
        let group = super::show::group_name(d.group, words);
        let line = if d.about.trim().is_empty() {
            format!("{} ({group})", d.name)
        } else {
            fill(
                t.dimension_line,
                &[("name", &d.name), ("group", &group), ("about", &d.about)],
            )
        };
        out.push_str(&format!("\n{line}\n"));
        for item in q.items_of(&d.id) {
            number += 1;
            let mark = if item.reverse { t.reverse_keyed } else { "" };
            out.push_str(&format!("  {number:>2}. {}{mark}\n", item.text));
        }
    }
    // The outcome statements, asked last and kept out of every score, under their heading.
    if q.outcomes().next().is_some() {
        out.push_str(&format!("\n{}\n", ui.common().outcomes_title));
    }
    for item in q.outcomes() {
        number += 1;
        out.push_str(&format!("  {number:>2}. {}\n", item.text));
    }
    // A questionnaire of one's own may have no ladder: nothing to title then.
    if !q.stages.is_empty() {
        out.push_str(&format!("\n{}\n", t.ladder));
    }
    for (i, s) in q.stages.iter().enumerate() {
        let line = fill(
            t.stage_line,
            &[
                ("n", &(i + 1)),
                ("name", &s.name),
                ("min", &s.min),
                ("about", &s.about),
            ],
        );
        out.push_str(&format!("  {line}\n"));
    }
    // Every text above is the questionnaire file's: shown, never obeyed (defence in depth:
    // loading already refuses escapes and bidirectional controls).
    printable_text(&out)
}

#[cfg(test)]
mod tests {
    use crate::test_support::{acts, hostile_trust};

    /// A questionnaire built in memory with escapes and a bidirectional override (no file can
    /// hold them): `questionnaire show` still shows them visibly.
    #[test]
    fn the_description_neutralises_the_questionnaires_text() {
        let ui = super::Ui::new(false, false, Box::new(std::io::sink()));
        let shown = super::describe(&hostile_trust(), &ui);
        assert!(!acts(&shown), "{shown:?}");
        assert!(
            shown.contains("␛]52;c;") && shown.contains("<U+202E>"),
            "{shown}"
        );
    }
}
