//! `confiance config`: where the config file is, and every setting in force with where it
//! comes from (a flag, the environment, the file, the locale, or the default); `config set`
//! and `config unset` change one setting of the file, keeping the rest as written.

use std::io::Write;

use clap::{Args, Subcommand, ValueEnum};

use super::settings::{Settings, data_dir};
use super::table::Align;
use super::{Cli, Ui, invalid};
use crate::config::{Setting, Written, write_setting};
use crate::diagnostic::Diagnostic;
use crate::due::DEFAULT_CADENCE_WEEKS;
use crate::i18n::{CliText, Source, fill, process_env};
use crate::printable::{printable, printable_path};
use crate::store::{Saved, io_reason};

/// Show the config file's path and every setting in force, with where it comes from
#[derive(Debug, Args)]
#[command(
    after_help = "The config file (config.toml) holds:\n  lang = \"fr\"                  the interface's language (en, fr)\n  name = \"Sam\"                 your name, which the other side reads in its questions\n  hide_notes = true            hide note texts on screen (for screen sharing)\n  cadence_weeks = 6            weeks between check-ins, unless a subject has its own\n  color = \"never\"              when to use colour: auto, always, never (--color comes first)\n  questionnaire = \"community\"  the questionnaire of new assessments (-Q comes first)\n  group_minimum = 5            answers a group's view needs before it is shown (3 or more)\n\nExamples:\n  confiance config\n  confiance config set name Sam\n  confiance config unset hide_notes\n  CONFIANCE_CONFIG_DIR=~/dotfiles/confiance confiance config"
)]
pub(crate) struct ConfigArgs {
    #[command(subcommand)]
    pub(crate) action: Option<ConfigAction>,
}

#[derive(Debug, Subcommand)]
pub(crate) enum ConfigAction {
    /// Write one setting into the config file (its comments and other settings are kept)
    Set { key: Key, value: String },
    /// Remove one setting from the config file
    Unset { key: Key },
}

/// The settings of the config file, as written there.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum Key {
    Lang,
    Name,
    #[value(name = "hide_notes")]
    HideNotes,
    #[value(name = "cadence_weeks")]
    CadenceWeeks,
    Color,
    Questionnaire,
    #[value(name = "group_minimum")]
    GroupMinimum,
}

impl Key {
    fn as_str(self) -> &'static str {
        match self {
            Key::Lang => "lang",
            Key::Name => "name",
            Key::HideNotes => "hide_notes",
            Key::CadenceWeeks => "cadence_weeks",
            Key::Color => "color",
            Key::Questionnaire => "questionnaire",
            Key::GroupMinimum => "group_minimum",
        }
    }
}

pub(super) fn run(
    args: &ConfigArgs,
    settings: &Settings,
    cli: &Cli,
    out: &mut dyn Write,
    ui: &mut Ui,
) -> anyhow::Result<u8> {
    match &args.action {
        None => show(settings, cli, out, ui),
        Some(ConfigAction::Set { key, value }) => {
            let setting = Setting::parse(key.as_str(), value).map_err(|_| {
                let c = ui.coach();
                let why = match key {
                    Key::Lang => c.bad_lang,
                    Key::Name => c.bad_name,
                    Key::HideNotes => c.bad_hide_notes,
                    Key::CadenceWeeks => c.bad_cadence_weeks,
                    Key::Color => c.bad_color,
                    Key::Questionnaire => c.bad_questionnaire,
                    Key::GroupMinimum => c.bad_group_minimum,
                };
                invalid(fill(why, &[("max", &crate::store::MAX_WEEKS)]))
            })?;
            if let Setting::Questionnaire(id) = &setting {
                warn_if_unknown(id, cli, ui);
            }
            write(settings, key.as_str(), Some(&setting), ui)
        }
        Some(ConfigAction::Unset { key }) => write(settings, key.as_str(), None, ui),
    }
}

/// Says so when the data folder has no questionnaire `id` (yet: it is written all the same,
/// and `assess` uses the built-in one until there is one).
fn warn_if_unknown(id: &str, cli: &Cli, ui: &mut Ui) {
    let Some((root, _)) = data_dir(cli.data_dir.clone(), &process_env) else {
        return;
    };
    let (catalog, _) =
        crate::questionnaire::Catalog::with_user_dir(&root.join("questionnaires"), &root);
    if catalog.get(id, "en").is_none() {
        let message = fill(
            ui.coach().questionnaire_not_here,
            &[
                ("id", &printable(id)),
                ("default", &crate::questionnaire::DEFAULT_ID),
            ],
        );
        ui.warn(&Diagnostic::new(message));
    }
}

fn write(
    settings: &Settings,
    key: &str,
    setting: Option<&Setting>,
    ui: &mut Ui,
) -> anyhow::Result<u8> {
    let c = ui.coach();
    let path = settings
        .config
        .path
        .as_deref()
        .ok_or_else(|| anyhow::anyhow!(ui.text().config_no_folder))?;
    let shown = printable_path(path);
    let written = write_setting(path, key, setting).map_err(|e| {
        anyhow::anyhow!(fill(
            c.cannot_write_config,
            &[("path", &shown), ("reason", &e)]
        ))
    })?;
    if let Written::Saved(Saved::Unconfirmed(e)) = &written {
        let message = fill(ui.files().written_unconfirmed, &[("reason", &io_reason(e))]);
        ui.warn(&Diagnostic::new(message).in_file(path));
    }
    let message = match (setting, written) {
        (_, Written::Unchanged) => fill(c.config_unchanged, &[("key", &key), ("path", &shown)]),
        (Some(s), _) => fill(
            c.config_set,
            &[
                ("key", &key),
                ("value", &printable(&s.value().to_string())),
                ("path", &shown),
            ],
        ),
        (None, _) => fill(c.config_unset, &[("key", &key), ("path", &shown)]),
    };
    ui.say(&message);
    Ok(0)
}

fn show(settings: &Settings, cli: &Cli, out: &mut dyn Write, ui: &Ui) -> anyhow::Result<u8> {
    let t = ui.text();
    let c = ui.coach();
    let config = &settings.config;
    let path = match config.path.as_deref() {
        None => t.config_no_folder.to_string(),
        Some(p) if config.exists => printable_path(p),
        Some(p) => fill(t.config_not_created, &[("path", &printable_path(p))]),
    };
    writeln!(out, "{}\n", fill(t.config_file, &[("path", &path)]))?;
    let lang = &settings.lang;
    let mut lang_from = from(&lang.source, t);
    if let Some(missing) = &lang.missing {
        lang_from.push_str(&fill(
            t.lang_not_available,
            &[("lang", &printable(missing))],
        ));
    }
    let mut rows = vec![vec![
        "lang".to_string(),
        lang.lang.code().to_string(),
        lang_from,
    ]];
    let me = cli.me.as_deref().map(str::trim).filter(|m| !m.is_empty());
    rows.push(match (me, &config.name) {
        (Some(me), _) => vec!["name".into(), printable(me), from(&Source::Flag("--me"), t)],
        (None, Some(name)) => vec!["name".into(), printable(name), from(&Source::ConfigFile, t)],
        (None, None) => vec!["name".into(), "–".into(), c.not_set.into()],
    });
    let or_default = |value: Option<String>, default: String| match value {
        Some(v) => (v, from(&Source::ConfigFile, t)),
        None => (default, from(&Source::Default, t)),
    };
    for (key, (value, source)) in [
        (
            "hide_notes",
            or_default(config.hide_notes.map(|b| b.to_string()), "false".into()),
        ),
        (
            "cadence_weeks",
            or_default(
                config.cadence_weeks.map(|w| w.to_string()),
                DEFAULT_CADENCE_WEEKS.to_string(),
            ),
        ),
        (
            "group_minimum",
            or_default(
                config.group_minimum.map(|n| n.to_string()),
                crate::invitation::group::MINIMUM.to_string(),
            ),
        ),
    ] {
        rows.push(vec![key.into(), value, source]);
    }
    let (colour, colour_from) = &settings.colour;
    rows.push(vec![
        "color".into(),
        colour.word().into(),
        from(colour_from, t),
    ]);
    rows.push(match &config.questionnaire {
        Some(id) => vec![
            "questionnaire".into(),
            printable(id),
            from(&Source::ConfigFile, t),
        ],
        None => vec![
            "questionnaire".into(),
            crate::questionnaire::DEFAULT_ID.into(),
            from(&Source::Default, t),
        ],
    });
    rows.push(match data_dir(cli.data_dir.clone(), &process_env) {
        Some((dir, source)) => vec!["data-dir".into(), printable_path(&dir), from(&source, t)],
        None => vec![
            "data-dir".into(),
            "–".into(),
            t.no_data_dir_setting.to_string(),
        ],
    });
    let header = [t.head_setting, t.head_value, t.head_from];
    out.write_all(ui.table(&header, &[Align::Left; 3], &rows).as_bytes())?;
    Ok(0)
}

fn from(source: &Source, t: &CliText) -> String {
    match source {
        Source::Default => t.from_default.into(),
        Source::ConfigFile => t.from_config_file.into(),
        Source::Locale(var) => fill(t.from_locale, &[("var", var)]),
        Source::Env(var) => fill(t.from_env, &[("var", var)]),
        Source::Flag(flag) => fill(t.from_flag, &[("flag", flag)]),
    }
}
