//! `confiance config`: where the config file is, and every setting in force with where it
//! comes from (a flag, the environment, the file, the locale, or the default).

use std::io::Write;

use clap::Args;

use super::settings::{Settings, data_dir};
use super::table::{Align, render};
use crate::config::describe_path;
use crate::i18n::{Source, process_env};
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
) -> anyhow::Result<u8> {
    let config = &settings.config;
    writeln!(
        out,
        "config file: {}\n",
        describe_path(config.path.as_deref(), config.exists)
    )?;
    let lang = &settings.lang;
    let mut lang_from = from(&lang.source);
    if let Some(missing) = &lang.missing {
        lang_from.push_str(&format!(
            " (asked for `{}`, not available)",
            printable(missing)
        ));
    }
    let mut rows = vec![vec![
        "lang".to_string(),
        lang.lang.code().to_string(),
        lang_from,
    ]];
    rows.push(match data_dir(data_dir_flag, &process_env) {
        Some((dir, source)) => vec!["data-dir".into(), printable_path(&dir), from(&source)],
        None => vec![
            "data-dir".into(),
            "–".into(),
            "none: give --data-dir".into(),
        ],
    });
    let header = ["SETTING", "VALUE", "FROM"];
    out.write_all(render(&header, &[Align::Left; 3], &rows).as_bytes())?;
    Ok(0)
}

fn from(source: &Source) -> String {
    match source {
        Source::Default => "default".into(),
        Source::ConfigFile => "config file".into(),
        Source::Locale(var) => format!("locale ${var}"),
        Source::Env(var) => format!("env ${var}"),
        Source::Flag(flag) => format!("flag {flag}"),
    }
}
