//! `confiance questionnaire new FILE [--from ID]`: a commented starting point for a
//! questionnaire of one's own, which `questionnaire check` accepts as it is.

use std::io::Write;
use std::path::{Path, PathBuf};

use clap::Args;

use super::super::{Ui, invalid};
use crate::i18n::fill;
use crate::printable::printable;
use crate::questionnaire::template::{example_id, id_from_name, template};
use crate::store::Store;

#[derive(Debug, Args)]
pub(crate) struct QuestionnaireNewArgs {
    /// The file to write (its name gives the questionnaire's id); `-` is standard output
    pub(crate) file: PathBuf,
    /// Start from this questionnaire (e.g. trust, community) instead of a small example
    #[arg(long, value_name = "ID")]
    pub(crate) from: Option<String>,
    /// Replace the file if it exists
    #[arg(long)]
    pub(crate) force: bool,
}

pub(super) fn run(
    args: &QuestionnaireNewArgs,
    store: &Store,
    out: &mut dyn Write,
    ui: &mut Ui,
) -> anyhow::Result<u8> {
    let t = ui.text();
    let lang = ui.lang.code();
    let from = match &args.from {
        None => None,
        Some(id) => Some(
            store
                .catalog()
                .entry(id, lang)
                .ok_or_else(|| invalid(fill(t.no_questionnaire, &[("id", &printable(id))])))?,
        ),
    };
    // The file's name gives the id; one the catalog already has in this language would be
    // left out when loaded, so it is made one's own.
    let stem = args.file.file_stem().map(|s| s.to_string_lossy());
    let mut id = id_from_name(stem.as_deref().unwrap_or_default());
    if id.is_empty() {
        id = example_id(lang).to_string();
    }
    if store.catalog().find(&id, lang).is_some() {
        id = format!(
            "{}-{id}",
            example_id(lang).split('-').next().unwrap_or("my")
        );
    }
    let made_from = from.map(|entry| {
        let q = &entry.questionnaire;
        let said = fill(
            t.questionnaire_made_from,
            &[("id", &q.id), ("version", &q.version)],
        );
        (entry.text.as_str(), said)
    });
    let text = template(
        lang,
        &id,
        made_from
            .as_ref()
            .map(|(text, said)| (*text, said.as_str())),
    );
    // `-` is standard output, as in `export`: a file named `-` is never what was meant.
    if args.file == Path::new("-") {
        out.write_all(text.as_bytes())?;
        return Ok(0);
    }
    super::super::documents::write_all(
        &[(args.file.clone(), text.into_bytes())],
        args.force,
        store,
        ui,
    )?;
    ui.say(&fill(
        t.questionnaire_new_next,
        &[
            ("path", &crate::printable::printable_path(&args.file)),
            ("id", &id),
            (
                "folder",
                &crate::printable::printable_path(&store.data_dir().join("questionnaires")),
            ),
        ],
    ));
    Ok(0)
}
