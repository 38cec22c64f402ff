//! clap's refusals in French: the facts clap gathers about a bad command line (its kind and
//! context) worded from the French table, coloured as clap colours them. English keeps clap's
//! own words.

use std::fmt::Write as _;

use clap::builder::{StyledStr, Styles};
use clap::error::{ContextKind, ContextValue, Error, ErrorFormatter, ErrorKind};

use crate::i18n::help_text::ClapText;
use crate::i18n::{ClapErrors, fill};

/// clap's error worded in French.
#[derive(Debug)]
pub struct French;

impl ErrorFormatter for French {
    fn format_error(error: &Error<Self>) -> StyledStr {
        let t = &ClapErrors::FR;
        let styles = Styles::default();
        let mut out = StyledStr::new();
        let red = styles.get_error();
        let _ = write!(out, "{red}{}{red:#} {}", t.error, message(error, &styles));
        let tips = tips(error, &styles);
        if !tips.is_empty() {
            out.push_str("\n");
        }
        let green = styles.get_valid();
        for tip in tips {
            let _ = write!(out, "\n  {green}{}{green:#} {tip}", t.tip);
        }
        if let Some(ContextValue::StyledStr(usage)) = error.get(ContextKind::Usage) {
            let usage = usage.ansi().to_string();
            let _ = write!(
                out,
                "\n\n{}",
                usage.replacen("Usage:", ClapText::FR.usage, 1)
            );
        }
        let bold = styles.get_literal();
        let help = format!("{bold}--help{bold:#}");
        let _ = write!(out, "\n\n{}\n", fill(t.more, &[("help", &help)]));
        out
    }
}

/// What was wrong, on its first line (and the lists that go with it).
fn message(error: &Error<French>, styles: &Styles) -> String {
    let t = &ClapErrors::FR;
    let text = |key| match error.get(key) {
        Some(ContextValue::String(s)) => Some(s.as_str()),
        _ => None,
    };
    let (bad, good) = (styles.get_invalid(), styles.get_valid());
    let lit = styles.get_literal();
    let arg = text(ContextKind::InvalidArg).map(|a| format!("{lit}{a}{lit:#}"));
    let value = text(ContextKind::InvalidValue).map(|v| format!("{bad}{v}{bad:#}"));
    let filled = |template: &str, holes: &[(&str, &Option<String>)]| -> Option<String> {
        let mut pairs: Vec<(&str, &dyn std::fmt::Display)> = vec![];
        for (hole, value) in holes {
            pairs.push((*hole, value.as_ref()?));
        }
        Some(fill(template, &pairs))
    };
    let said = match error.kind() {
        ErrorKind::UnknownArgument => filled(t.unknown_argument, &[("arg", &arg)]),
        ErrorKind::InvalidSubcommand => {
            let sub = text(ContextKind::InvalidSubcommand).map(|s| format!("{bad}{s}{bad:#}"));
            filled(t.unknown_subcommand, &[("arg", &sub)])
        }
        ErrorKind::InvalidValue if text(ContextKind::InvalidValue) == Some("") => {
            filled(t.value_missing, &[("arg", &arg)])
        }
        ErrorKind::InvalidValue => filled(t.invalid_value, &[("arg", &arg), ("value", &value)])
            .map(|m| {
                m + &listed(
                    t.possible_values,
                    error.get(ContextKind::ValidValue),
                    styles,
                )
            }),
        ErrorKind::ValueValidation => {
            let said = filled(t.invalid_value, &[("arg", &arg), ("value", &value)]);
            let cause = std::error::Error::source(error).map(cause_in_french);
            said.map(|m| match cause {
                Some(cause) => format!("{m}\u{a0}: {cause}"),
                None => m,
            })
        }
        ErrorKind::MissingRequiredArgument => match error.get(ContextKind::InvalidArg) {
            Some(ContextValue::Strings(missing)) => {
                Some(missing.iter().fold(t.missing_required.to_string(), |m, a| {
                    format!("{m}\n  {good}{a}{good:#}")
                }))
            }
            _ => None,
        },
        ErrorKind::MissingSubcommand => {
            let sub = text(ContextKind::InvalidSubcommand).map(|s| format!("{bad}{s}{bad:#}"));
            filled(t.missing_subcommand, &[("arg", &sub)]).map(|m| {
                m + &listed(
                    t.subcommands,
                    error.get(ContextKind::ValidSubcommand),
                    styles,
                )
            })
        }
        ErrorKind::ArgumentConflict => conflict(error, styles),
        ErrorKind::NoEquals => filled(t.no_equals, &[("arg", &arg)]),
        ErrorKind::TooManyValues => filled(t.too_many_values, &[("arg", &arg), ("value", &value)]),
        ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues => {
            let number = |key| match error.get(key) {
                Some(ContextValue::Number(n)) => Some(n.to_string()),
                _ => None,
            };
            let expected =
                number(ContextKind::ExpectedNumValues).or(number(ContextKind::MinValues));
            let actual = number(ContextKind::ActualNumValues);
            filled(
                t.wrong_count,
                &[("arg", &arg), ("expected", &expected), ("actual", &actual)],
            )
        }
        ErrorKind::InvalidUtf8 => Some(t.invalid_utf8.to_string()),
        _ => None,
    };
    said.unwrap_or_else(|| t.invalid_command_line.to_string())
}

/// An argument given twice, or with another it excludes.
fn conflict(error: &Error<French>, styles: &Styles) -> Option<String> {
    let t = &ClapErrors::FR;
    let bad = styles.get_invalid();
    let ContextValue::String(arg) = error.get(ContextKind::InvalidArg)? else {
        return None;
    };
    let quoted = |a: &str| format!("«\u{202f}{bad}{a}{bad:#}\u{202f}»");
    let shown = format!("{bad}{arg}{bad:#}");
    match error.get(ContextKind::PriorArg) {
        Some(ContextValue::String(prior)) if prior == arg => {
            Some(fill(t.used_twice, &[("arg", &shown)]))
        }
        Some(ContextValue::String(prior)) => Some(format!(
            "{} {}",
            fill(t.conflict, &[("arg", &shown)]),
            quoted(prior)
        )),
        Some(ContextValue::Strings(priors)) => Some(format!(
            "{} {}",
            fill(t.conflict, &[("arg", &shown)]),
            priors
                .iter()
                .map(|p| quoted(p))
                .collect::<Vec<_>>()
                .join(", ")
        )),
        _ => Some(format!(
            "{} {}",
            fill(t.conflict, &[("arg", &shown)]),
            t.conflict_others
        )),
    }
}

/// `\n  [valeurs possibles : a, b]`, or nothing when clap knows none.
fn listed(name: &str, values: Option<&ContextValue>, styles: &Styles) -> String {
    let good = styles.get_valid();
    match values {
        Some(ContextValue::Strings(values)) if !values.is_empty() => {
            let values: Vec<String> = values
                .iter()
                .map(|v| format!("{good}{v}{good:#}"))
                .collect();
            format!("\n  [{name}\u{a0}: {}]", values.join(", "))
        }
        _ => String::new(),
    }
}

/// The tips clap found: a similar name, or how to pass a value that starts with `-`.
fn tips(error: &Error<French>, styles: &Styles) -> Vec<String> {
    let t = &ClapErrors::FR;
    let good = styles.get_valid();
    let mut tips = vec![];
    let similar = [
        (
            ContextKind::SuggestedSubcommand,
            t.similar_subcommand,
            t.similar_subcommands,
        ),
        (
            ContextKind::SuggestedArg,
            t.similar_argument,
            t.similar_arguments,
        ),
        (
            ContextKind::SuggestedValue,
            t.similar_value,
            t.similar_values,
        ),
    ];
    for (kind, one, many) in similar {
        let names: Vec<&str> = match error.get(kind) {
            Some(ContextValue::String(s)) => vec![s.as_str()],
            Some(ContextValue::Strings(s)) => s.iter().map(String::as_str).collect(),
            _ => continue,
        };
        let list: Vec<String> = names
            .iter()
            .map(|n| format!("«\u{202f}{good}{n}{good:#}\u{202f}»"))
            .collect();
        let template = if list.len() == 1 { one } else { many };
        tips.push(fill(template, &[("list", &list.join(", "))]));
    }
    if let Some(ContextValue::StyledStrs(suggested)) = error.get(ContextKind::Suggested) {
        tips.extend(
            suggested
                .iter()
                .map(|s| suggestion_in_french(&s.to_string())),
        );
    }
    tips
}

/// clap's worded suggestions, in French when their pattern is known.
fn suggestion_in_french(english: &str) -> String {
    let t = &ClapErrors::FR;
    if let Some(rest) = english.strip_prefix("to pass '")
        && let Some((arg, fix)) = rest.split_once("' as a value, use '")
    {
        let fix = fix.strip_suffix('\'').unwrap_or(fix);
        return fill(t.as_value, &[("arg", &arg), ("fix", &fix)]);
    }
    if let Some(rest) = english.strip_prefix("subcommand '")
        && let Some((arg, _)) = rest.split_once("' exists")
    {
        return fill(t.remove_dashes, &[("arg", &arg)]);
    }
    english.to_string()
}

/// Why a value was refused, for the value parsers this command line uses (whole numbers in a
/// range); any other cause is given as its parser wrote it.
fn cause_in_french(cause: &(dyn std::error::Error + 'static)) -> String {
    let t = &ClapErrors::FR;
    if cause.downcast_ref::<std::num::ParseIntError>().is_some() {
        return t.not_a_number.to_string();
    }
    let english = cause.to_string();
    if let Some((value, range)) = english.split_once(" is not in ")
        && let Some((low, high)) = range.split_once("..=")
    {
        return fill(
            t.not_in_range,
            &[("value", &value), ("low", &low), ("high", &high)],
        );
    }
    english
}

#[cfg(test)]
mod tests;
