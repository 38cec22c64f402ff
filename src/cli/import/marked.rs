//! `import`'s reading of a backup's marked elements (see [`crate::invitation::backup`]): its
//! invitations and groups' answers, read and checked before anything is stored. The
//! assessments beside them are read by `assessment::from_json`, which leaves these out.

use crate::assessment::{self, Assessment, Spans};
use crate::diagnostic::Diagnostic;
use crate::i18n::{CliFiles, InviteText, fill};
use crate::invitation::backup::{self, Mark};
use crate::invitation::record::{Invitation, Who};
use crate::printable::printable;
use crate::store::Store;

/// A JSON export's elements by what they are, each with its number (its place in the file,
/// from 1).
#[derive(Default)]
pub(super) struct Marked {
    /// The numbers of the elements that are assessments, in order.
    pub assessments: Vec<usize>,
    pub invitations: Vec<(usize, Invitation)>,
    pub group_answers: Vec<GroupAnswer>,
}

/// One answer of a group, as a backup holds it.
pub(super) struct GroupAnswer {
    pub number: usize,
    /// Its invitation's id.
    pub invitation: String,
    pub answer: Assessment,
}

impl Marked {
    /// How many invitations and groups' answers.
    pub(super) fn len(&self) -> usize {
        self.invitations.len() + self.group_answers.len()
    }

    pub(super) fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// Reads the marked elements of `text` (a JSON export), and checks each answer of a group
/// against its invitation (the file's, else the space's): a group's, asking what it answers,
/// its questionnaire's, and counted in its `answers`. Every problem names its element.
pub(super) fn read(
    text: &str,
    store: &Store,
    files: &CliFiles,
    t: &InviteText,
) -> Result<Marked, Vec<Diagnostic>> {
    let parts = assessment::json_elements(text).map_err(|d| vec![d])?;
    let mut marked = Marked::default();
    let mut problems = vec![];
    let here = |part: &str, number: usize, message: &str| {
        let start = assessment::start_of(text, part);
        Diagnostic::at(
            text,
            Some(start..start),
            fill(t.backup_element, &[("n", &number), ("message", &message)]),
        )
    };
    let mut answers = vec![];
    for (i, part) in parts.into_iter().enumerate() {
        let number = i + 1;
        match backup::mark_of(part) {
            Mark::Assessment => marked.assessments.push(number),
            Mark::Unknown => problems.push(here(part, number, t.backup_unknown_kind)),
            Mark::Invitation => match backup::invitation_from(part) {
                Ok(invitation) => marked.invitations.push((number, invitation)),
                Err(d) => problems.push(here(part, number, &d.message)),
            },
            Mark::GroupAnswer { invitation } => {
                match assessment::from_json_element(text, part, number) {
                    Ok(answer) => answers.push((part, number, invitation, answer)),
                    Err(d) => problems.push(d),
                }
            }
        }
    }
    // Once every invitation of the file is known, wherever it stands in it.
    for (part, number, invitation, answer) in answers {
        let of_file = marked
            .invitations
            .iter()
            .map(|(_, i)| i)
            .find(|i| i.id == invitation)
            .cloned();
        let found = of_file.or_else(|| store.invitation(&invitation));
        match check(&answer, &invitation, found.as_ref(), store, files, t) {
            Ok(()) => marked.group_answers.push(GroupAnswer {
                number,
                invitation,
                answer,
            }),
            Err(why) => problems.push(here(part, number, &why)),
        }
    }
    if problems.is_empty() {
        Ok(marked)
    } else {
        Err(problems)
    }
}

/// Why `answer` cannot be one of invitation `id`'s group (`invitation`, when there is one).
pub(super) fn check(
    answer: &Assessment,
    id: &str,
    invitation: Option<&Invitation>,
    store: &Store,
    files: &CliFiles,
    t: &InviteText,
) -> Result<(), String> {
    let shown = printable(id);
    let with_id = |message: &str| fill(message, &[("id", &shown)]);
    let Some(invitation) = invitation else {
        return Err(with_id(t.backup_no_invitation));
    };
    let Who::Group { label, .. } = &invitation.who else {
        return Err(with_id(t.backup_not_group));
    };
    // What `receive` files from the invitation's form, and nothing else.
    let from = answer.extra.get("from_invitation").and_then(|v| v.as_str());
    let fits = answer.subject == invitation.subject
        && answer.respondent == *label
        && answer.questionnaire == invitation.questionnaire
        && answer.questionnaire_version == invitation.questionnaire_version
        && answer.lang == invitation.lang
        && answer.side == invitation.side
        && from == Some(invitation.id.as_str())
        && !answer.is_draft();
    if !fits {
        return Err(with_id(t.backup_not_fitting));
    }
    let invalid = |why: &str| fill(t.backup_invalid_answer, &[("why", &why)]);
    let questionnaire = crate::store::questionnaire_of(store.catalog(), answer)
        .map_err(|why| invalid(&why.to_string()))?;
    let mut problems: Vec<String> = super::long_notes(answer, files);
    problems.extend(
        assessment::validate(answer, &questionnaire, "", &Spans::default())
            .into_iter()
            .map(|d| d.message),
    );
    if let Some(first) = problems.first() {
        return Err(invalid(first));
    }
    if !invitation.counts(answer) {
        return Err(with_id(t.backup_not_counted));
    }
    Ok(())
}
