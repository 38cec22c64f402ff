//! `import`'s storing half for a backup's invitations and groups' answers, once the whole file
//! was read and checked ([`super::marked`]): each written where nothing is, the same one
//! already there said so, a different one refused with its element's number.

use std::io::Write;
use std::path::Path;

use super::marked::Marked;
use super::{Tally, Ui};
use crate::diagnostic::Diagnostic;
use crate::i18n::{InviteText, fill};
use crate::printable::{printable, printable_path};
use crate::store::{Filed, NotTaken, RestoreError, Saved, Store, StoreError, io_reason};

/// What came of a backup's invitations, or of its groups' answers.
#[derive(Default)]
pub(super) struct Counts {
    pub restored: usize,
    pub already: usize,
    pub refused: usize,
}

impl Counts {
    fn any(&self) -> bool {
        self.restored + self.already + self.refused > 0
    }

    fn words(&self, ui: &Ui) -> String {
        let (t, files) = (InviteText::of(ui.lang), ui.files());
        [
            ui.count(self.restored, t.restored_one, t.restored_many),
            ui.count(self.already, files.already_one, files.already_many),
            ui.count(self.refused, files.refused_one, files.refused_many),
        ]
        .join(", ")
    }
}

/// `import -v`'s line about the backups' invitations and groups' answers, when there were any.
pub(super) fn summary(tally: &Tally, ui: &Ui) -> Option<String> {
    let (invitations, answers) = (&tally.invitations, &tally.group_answers);
    (invitations.any() || answers.any()).then(|| {
        fill(
            InviteText::of(ui.lang).backup_counts,
            &[
                ("invitations", &invitations.words(ui)),
                ("answers", &answers.words(ui)),
            ],
        )
    })
}

/// Stores the invitations of `path`'s backup, then its groups' answers (checked again against
/// the space's invitation, in the writers' turn).
pub(super) fn restore(
    marked: &Marked,
    path: &Path,
    store: &Store,
    out: &mut dyn Write,
    ui: &mut Ui,
    tally: &mut Tally,
) -> anyhow::Result<()> {
    let (t, files) = (InviteText::of(ui.lang), ui.files());
    let shown = printable_path(path);
    let element = |number: usize, message: &str| {
        Diagnostic::new(fill(
            t.backup_element,
            &[("n", &number), ("message", &message)],
        ))
        .in_file(path)
    };
    let cannot_store = |number: usize, e: &StoreError| {
        element(
            number,
            &fill(
                files.cannot_store,
                &[("dir", &printable_path(store.root())), ("reason", e)],
            ),
        )
    };
    let unconfirmed = |saved: &Path, durability: Saved, ui: &mut Ui| {
        if let Saved::Unconfirmed(e) = durability {
            let message = fill(files.saved_unconfirmed, &[("reason", &io_reason(&e))]);
            ui.warn(&Diagnostic::new(message).in_file(saved));
        }
    };
    for (number, invitation) in &marked.invitations {
        let id = printable(&invitation.id);
        let subject = printable(&invitation.subject);
        match store.restore_invitation(invitation) {
            Ok(Filed::New(saved, durability)) => {
                tally.invitations.restored += 1;
                let said = fill(
                    t.invitation_restored,
                    &[
                        ("file", &shown),
                        ("id", &id),
                        ("subject", &subject),
                        ("saved", &printable_path(&saved)),
                    ],
                );
                writeln!(out, "{said}")?;
                unconfirmed(&saved, durability, ui);
            }
            Ok(Filed::AlreadyThere) => {
                tally.invitations.already += 1;
                let said = fill(
                    t.invitation_already,
                    &[("file", &shown), ("id", &id), ("subject", &subject)],
                );
                writeln!(out, "{said}")?;
            }
            Err(StoreError::DifferentContent { .. }) => {
                tally.invitations.refused += 1;
                tally.invalid += 1;
                ui.error(&element(
                    *number,
                    &fill(t.invitation_differs, &[("id", &id)]),
                ));
            }
            Err(e) => {
                tally.unstored += 1;
                ui.error(&cannot_store(*number, &e));
            }
        }
    }
    for g in &marked.group_answers {
        let group = printable(&g.answer.respondent);
        let subject = printable(&g.answer.subject);
        match store.restore_group_answer(&g.invitation, &g.answer) {
            Ok(Filed::New(saved, durability)) => {
                tally.group_answers.restored += 1;
                let said = fill(
                    t.group_answer_restored,
                    &[
                        ("file", &shown),
                        ("group", &group),
                        ("subject", &subject),
                        ("saved", &printable_path(&saved)),
                    ],
                );
                writeln!(out, "{said}")?;
                unconfirmed(&saved, durability, ui);
            }
            Ok(Filed::AlreadyThere) => {
                tally.group_answers.already += 1;
                let said = fill(
                    t.group_answer_already,
                    &[("file", &shown), ("group", &group), ("subject", &subject)],
                );
                writeln!(out, "{said}")?;
            }
            Err(RestoreError::NotTaken(why)) => {
                tally.group_answers.refused += 1;
                tally.invalid += 1;
                let invitation = printable(&g.invitation);
                let with_id = |message: &str| fill(message, &[("id", &invitation)]);
                let message = match why {
                    NotTaken::Different => {
                        fill(t.group_answer_differs, &[("id", &printable(&g.answer.id))])
                    }
                    NotTaken::NoInvitation => {
                        fill(t.refused, &[("why", &with_id(t.backup_no_invitation))])
                    }
                    NotTaken::NotAGroup => {
                        fill(t.refused, &[("why", &with_id(t.backup_not_group))])
                    }
                    NotTaken::NotCounted => {
                        fill(t.refused, &[("why", &with_id(t.backup_not_counted))])
                    }
                };
                ui.error(&element(g.number, &message));
            }
            Err(RestoreError::Store(e)) => {
                tally.unstored += 1;
                ui.error(&cannot_store(g.number, &e));
            }
        }
    }
    Ok(())
}
