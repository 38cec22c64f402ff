//! `confiance invitations`: the space's invitations and where each stands (open, answered,
//! expired, closed; a group's "5 of 8 answered"); `invitations close ID` refuses their answers
//! from then on.

use std::io::Write;

use clap::{Args, Subcommand, ValueEnum};
use serde_json::json;

use super::space::Space;
use super::table::Align;
use super::{Ui, invalid};
use crate::i18n::{InviteText, Lang, fill};
use crate::invitation::record::{Invitation, State, Who};
use crate::printable::printable;

/// List the invitations sent and where each stands, or close one
#[derive(Debug, Args)]
#[command(
    after_help = "An invitation is named by its id or its first characters (4 or more).\n\nExamples:\n  confiance invitations\n  confiance invitations --format json\n  confiance invitations close 01JF3M2Q\n  confiance invitations reopen 01JF3M2Q"
)]
pub(crate) struct InvitationsArgs {
    #[command(subcommand)]
    pub(crate) action: Option<InvitationsAction>,
    #[arg(long, value_enum, default_value_t = InvitationsFormat::Text)]
    pub(crate) format: InvitationsFormat,
}

#[derive(Debug, Subcommand)]
pub(crate) enum InvitationsAction {
    /// Close an invitation: answers to it are refused from then on
    Close {
        /// The invitation's id (as `confiance invitations` lists it)
        id: String,
    },
    /// Open a closed invitation again: its answers are taken again
    Reopen {
        /// The invitation's id (as `confiance invitations` lists it)
        id: String,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum InvitationsFormat {
    Text,
    Json,
}

pub(super) fn run(
    args: &InvitationsArgs,
    space: &Space,
    out: &mut dyn Write,
    ui: &mut Ui,
) -> anyhow::Result<u8> {
    let t = InviteText::of(ui.lang);
    let store = space.store;
    if let Some(InvitationsAction::Close { id } | InvitationsAction::Reopen { id }) = &args.action {
        let closing = matches!(args.action, Some(InvitationsAction::Close { .. }));
        let mut invitation = store
            .find_invitation(id)
            .ok_or_else(|| invalid(fill(t.no_invitation, &[("id", &printable(id))])))?;
        invitation.closed = closing;
        let _ = store.save_invitation(&invitation, false)?;
        let said = if closing {
            t.closed_now
        } else {
            t.reopened_now
        };
        writeln!(out, "{}", fill(said, &[("id", &invitation.id)]))?;
        return Ok(0);
    }
    let (invitations, problems) = store.invitations();
    for problem in &problems {
        ui.warn(problem);
    }
    match args.format {
        InvitationsFormat::Json => {
            let list: Vec<_> = invitations.iter().map(|i| as_json(i, space)).collect();
            writeln!(out, "{}", serde_json::to_string_pretty(&list)?)?;
        }
        InvitationsFormat::Text if invitations.is_empty() => ui.say(t.none_yet),
        InvitationsFormat::Text => {
            let rows: Vec<Vec<String>> = invitations
                .iter()
                .map(|i| {
                    vec![
                        i.id.clone(),
                        printable(&i.subject),
                        printable(i.respondent()),
                        format!(
                            "{} v{} ({})",
                            printable(&i.questionnaire),
                            i.questionnaire_version,
                            printable(&i.lang)
                        ),
                        state_words(i, space, ui.lang),
                        i.expires.date_words(ui.lang),
                    ]
                })
                .collect();
            let header = [
                t.col_id,
                t.col_subject,
                t.col_who,
                t.col_questionnaire,
                t.col_state,
                t.col_until,
            ];
            write!(out, "{}", ui.table(&header, &[Align::Left; 6], &rows))?;
        }
    }
    Ok(0)
}

/// "open", "answered"; for a group, "5 of 8 answered" until it is closed or expired.
fn state_words(i: &Invitation, space: &Space, lang: Lang) -> String {
    let t = InviteText::of(lang);
    let state = i.state(space.now);
    if let (Who::Group { count, .. }, State::Open) = (&i.who, state) {
        return fill(t.group_count, &[("n", &i.answers.len()), ("count", count)]);
    }
    match state {
        State::Open => t.state_open,
        State::Answered => t.state_answered,
        State::Expired => t.state_expired,
        State::Closed => t.state_closed,
    }
    .to_string()
}

fn as_json(i: &Invitation, space: &Space) -> serde_json::Value {
    let (respondent, group, count) = match &i.who {
        Who::Person(name) => (Some(name.as_str()), None, None),
        Who::Group { label, count } => (None, Some(label.as_str()), Some(*count)),
    };
    json!({
        "id": i.id,
        "subject": i.subject,
        "respondent": respondent,
        "group": group,
        "count": count,
        "questionnaire": i.questionnaire,
        "questionnaire_version": i.questionnaire_version,
        "lang": i.lang,
        "side": i.side,
        "invited_by": i.invited_by,
        "created": i.created.to_string(),
        "expires": i.expires.to_string(),
        "state": i.state(space.now).as_str(),
        "answers": i.answers.len(),
    })
}
