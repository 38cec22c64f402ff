//! `confiance config`: where the config file is, and every setting in force with where it
//! comes from (a flag, the environment, the file, the locale, or the default).

use std::io::Write;

use clap::Args;

use super::Ui;
use super::settings::{Settings, data_dir};
use super::table::{Align, render};
use crate::i18n::{CliText, Source, fill, process_env};
use crate::printable::{printable, printable_path};

/// Show the config file's path and every setting in force, with where it comes from
#[derive(Debug, Args)]
#[command(
    after_help = "The config file (config.toml) holds, for now:\n  lang = \"fr\"      the interface's language (en, fr)\n\nExamples:\n  confiance config\n  CONFIANCE_CONFIG_DIR=~/dotfiles/confiance confiance config"
)]
pub struct ConfigArgs {}

pub fn run(
    settings: &Settings,
    data_dir_flag: Option<std::path::PathBuf>,
    out: &mut dyn Write,
    ui: &Ui,
) -> anyhow::Result<u8> {
    let t = ui.text();
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
    rows.push(match data_dir(data_dir_flag, &process_env) {
        Some((dir, source)) => vec!["data-dir".into(), printable_path(&dir), from(&source, t)],
        None => vec![
            "data-dir".into(),
            "–".into(),
            t.no_data_dir_setting.to_string(),
        ],
    });
    let header = [t.head_setting, t.head_value, t.head_from];
    out.write_all(render(&header, &[Align::Left; 3], &rows).as_bytes())?;
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
