//! What a JSON export carries after the assessments, so that `import` into an empty data
//! folder gives the whole space back: the space's invitations and its groups' answers, each
//! marked by its `"kind"` (see [`crate::invitation::backup`]).

use serde_json::Value;

use super::super::Ui;
use crate::diagnostic::Diagnostic;
use crate::i18n::{InviteText, fill};
use crate::invitation::backup;
use crate::invitation::record::Who;
use crate::store::Store;
use crate::summary::Summary;

/// The marked elements of a backup, and how many of each.
#[derive(Default)]
pub(super) struct Backup {
    pub elements: Vec<Value>,
    pub invitations: usize,
    pub answers: usize,
}

/// The space's invitations (only `subject`'s, when given), oldest first, then the answers of
/// each group's, by id. A file that cannot be read is warned about, never left out silently.
pub(super) fn backup(store: &Store, subject: Option<&str>, ui: &mut Ui) -> Backup {
    let t = InviteText::of(ui.lang);
    let (invitations, problems) = store.invitations();
    problems.iter().for_each(|p| ui.warn(p));
    let invitations: Vec<_> = invitations
        .into_iter()
        .filter(|i| subject.is_none_or(|wanted| crate::names::same(&i.subject, wanted)))
        .collect();
    let mut found = Backup {
        elements: invitations.iter().map(backup::invitation_element).collect(),
        invitations: invitations.len(),
        answers: 0,
    };
    for invitation in invitations
        .iter()
        .filter(|i| matches!(i.who, Who::Group { .. }))
    {
        let (mut answers, problems) = store.group_answers(&invitation.id);
        problems.iter().for_each(|p| ui.warn(p));
        answers.sort_by(|a, b| a.id.cmp(&b.id));
        for answer in &answers {
            match crate::store::questionnaire_of(store.catalog(), answer) {
                Ok(q) => {
                    let json = Summary::new(answer, &q).to_export_json();
                    found
                        .elements
                        .push(backup::group_answer_element(&invitation.id, json));
                    found.answers += 1;
                }
                // As an assessment whose questionnaire is gone is left out, and said.
                Err(why) => {
                    let (_, folder) = store.invitation_files(&invitation.id);
                    let message = fill(t.backup_left_out, &[("why", &why)]);
                    ui.warn(
                        &Diagnostic::new(message)
                            .in_file(&folder.join(format!("{}.toml", answer.id))),
                    );
                }
            }
        }
    }
    found
}
