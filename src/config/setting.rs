//! One setting of the config file: what each key may hold, read from the file or typed on a
//! command line, and how it is written back.

use toml::Value;

use super::{Config, KNOWN_KEYS};
use crate::i18n::{DiagFiles, Tag, fill, parse_tag};

/// One valid setting.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Setting {
    Lang(String),
    Name(String),
    HideNotes(bool),
    CadenceWeeks(u32),
    Color(Colour),
    Questionnaire(String),
    GroupMinimum(u32),
}

/// When to use colour, as the config file says it (`--color` says the same words).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Colour {
    /// Colour, unless `NO_COLOR` says otherwise.
    Auto,
    Always,
    Never,
}

impl Colour {
    pub(crate) fn read(word: &str) -> Option<Self> {
        match word.trim() {
            "auto" => Some(Colour::Auto),
            "always" => Some(Colour::Always),
            "never" => Some(Colour::Never),
            _ => None,
        }
    }

    pub(crate) fn word(self) -> &'static str {
        match self {
            Colour::Auto => "auto",
            Colour::Always => "always",
            Colour::Never => "never",
        }
    }
}

impl Setting {
    /// The setting `key` holding `value`, or what is wrong with it (in the interface's
    /// language, like every file's diagnostics).
    pub(crate) fn read(key: &str, value: &Value) -> Result<Self, String> {
        match key {
            "lang" => match value.as_str().map(parse_tag) {
                Some(Tag::Known(_)) => Ok(Setting::Lang(value.as_str().unwrap_or_default().into())),
                _ => Err(DiagFiles::now().config_bad_lang.into()),
            },
            "name" => match value.as_str().map(str::trim) {
                Some(name) if !crate::names::identity(name).is_empty() => {
                    Ok(Setting::Name(name.to_string()))
                }
                _ => Err(DiagFiles::now().config_bad_name.into()),
            },
            "hide_notes" => value
                .as_bool()
                .map(Setting::HideNotes)
                .ok_or_else(|| DiagFiles::now().config_bad_hide_notes.into()),
            "cadence_weeks" => value
                .as_integer()
                .and_then(|w| u32::try_from(w).ok())
                .filter(|w| (1..=crate::store::MAX_WEEKS).contains(w))
                .map(Setting::CadenceWeeks)
                .ok_or_else(|| {
                    fill(
                        DiagFiles::now().config_bad_cadence,
                        &[("most", &crate::store::MAX_WEEKS)],
                    )
                }),
            "color" => value
                .as_str()
                .and_then(Colour::read)
                .map(Setting::Color)
                .ok_or_else(|| DiagFiles::now().config_bad_color.into()),
            "questionnaire" => match value.as_str().map(str::trim) {
                Some(id) if crate::questionnaire::is_id(id) => {
                    Ok(Setting::Questionnaire(id.to_string()))
                }
                _ => Err(DiagFiles::now().config_bad_questionnaire.into()),
            },
            "group_minimum" => value
                .as_integer()
                .and_then(|n| u32::try_from(n).ok())
                .filter(|n| (3..=1000).contains(n))
                .map(Setting::GroupMinimum)
                .ok_or_else(|| DiagFiles::now().config_bad_group_minimum.into()),
            other => Err(fill(
                DiagFiles::now().config_unknown_key,
                &[
                    ("key", &crate::printable::printable(other)),
                    ("known", &KNOWN_KEYS.join(", ")),
                ],
            )),
        }
    }

    /// The setting `key` as typed on a command line (`confiance config set KEY VALUE`).
    pub fn parse(key: &str, typed: &str) -> Result<Self, String> {
        let value = match key {
            "hide_notes" => match typed.trim() {
                "true" => Value::Boolean(true),
                "false" => Value::Boolean(false),
                _ => return Err(DiagFiles::now().config_bad_hide_notes.into()),
            },
            "cadence_weeks" | "group_minimum" => match typed.trim().parse::<i64>() {
                Ok(n) => Value::Integer(n),
                Err(_) => Value::String(typed.into()),
            },
            _ => Value::String(typed.into()),
        };
        Self::read(key, &value)
    }

    pub(crate) fn key(&self) -> &'static str {
        match self {
            Setting::Lang(_) => "lang",
            Setting::Name(_) => "name",
            Setting::HideNotes(_) => "hide_notes",
            Setting::CadenceWeeks(_) => "cadence_weeks",
            Setting::Color(_) => "color",
            Setting::Questionnaire(_) => "questionnaire",
            Setting::GroupMinimum(_) => "group_minimum",
        }
    }

    /// The value as written in the file.
    pub(crate) fn value(&self) -> Value {
        match self {
            Setting::Lang(s) | Setting::Name(s) | Setting::Questionnaire(s) => {
                Value::String(s.clone())
            }
            Setting::Color(c) => Value::String(c.word().into()),
            Setting::HideNotes(b) => Value::Boolean(*b),
            Setting::CadenceWeeks(w) | Setting::GroupMinimum(w) => Value::Integer((*w).into()),
        }
    }

    pub(super) fn apply(self, config: &mut Config) {
        match self {
            Setting::Lang(s) => config.lang = Some(s),
            Setting::Name(s) => config.name = Some(s),
            Setting::HideNotes(b) => config.hide_notes = Some(b),
            Setting::CadenceWeeks(w) => config.cadence_weeks = Some(w),
            Setting::Color(c) => config.color = Some(c),
            Setting::Questionnaire(id) => config.questionnaire = Some(id),
            Setting::GroupMinimum(n) => config.group_minimum = Some(n),
        }
    }
}
