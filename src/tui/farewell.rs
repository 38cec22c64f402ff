//! The one line left in the shell when the screens close: the draft kept and the command that
//! resumes it, or the assessment filed and the command that shows it again.

use crate::assessment::DEFAULT_RESPONDENT;
use crate::i18n::fill;
use crate::tui::app::{App, Screen};

/// The questionnaire `confiance assess` answers unless told otherwise.
const DEFAULT_QUESTIONNAIRE: &str = "trust";

/// The line for the shell, if the session leaves something to say.
pub(crate) fn line(app: &App) -> Option<String> {
    let t = app.says();
    match &app.screen {
        // A draft with answers, kept on leaving (a failed save says nothing it cannot keep).
        Screen::Assess(flow) | Screen::FollowUp(flow)
            if !flow.draft.answers.is_empty() && !app.unsaved =>
        {
            let draft = &flow.draft;
            let mut command = format!(
                "confiance assess {}",
                quoted(&crate::printable::printable(&draft.subject))
            );
            if draft.respondent != DEFAULT_RESPONDENT {
                command.push_str(&format!(
                    " --respondent {}",
                    quoted(&crate::printable::printable(&draft.respondent))
                ));
            }
            if draft.questionnaire != DEFAULT_QUESTIONNAIRE {
                command.push_str(&format!(
                    " --questionnaire {}",
                    quoted(&draft.questionnaire)
                ));
            }
            // Answered as `drafts` counts it: a skipped statement is not answered.
            Some(app.count(
                flow.draft.answered(),
                t.farewell_draft_one,
                t.farewell_draft_many,
                &[
                    ("total", &flow.total()),
                    ("command", &with_client(app, command)),
                ],
            ))
        }
        _ => {
            let (subject, id) = app.last_filed.as_ref()?;
            let date = app
                .data
                .assessments
                .iter()
                .find(|s| &s.assessment.id == id)
                .map(|s| s.assessment.when().date())
                .unwrap_or_default();
            let command = with_client(
                app,
                format!(
                    "confiance show {}",
                    quoted(&crate::printable::printable(subject))
                ),
            );
            Some(fill(
                t.farewell_filed,
                &[
                    ("subject", &crate::printable::printable(subject)),
                    ("date", &date),
                    ("command", &command),
                ],
            ))
        }
    }
}

/// The command as it must be typed in a client's space.
fn with_client(app: &App, command: String) -> String {
    match &app.data.client {
        Some(client) => format!(
            "{command} --client {}",
            quoted(&crate::printable::printable(client))
        ),
        None => command,
    }
}

/// A word as a POSIX shell reads it back unchanged: as it is when plain, else in single
/// quotes (a quote inside closed, escaped and reopened).
pub(crate) fn quoted(word: &str) -> String {
    let plain = !word.is_empty()
        && word
            .chars()
            .all(|c| c.is_alphanumeric() || "-_.,@%+=:/".contains(c));
    if plain {
        word.to_string()
    } else {
        format!("'{}'", word.replace('\'', "'\\''"))
    }
}

#[cfg(test)]
mod tests;
