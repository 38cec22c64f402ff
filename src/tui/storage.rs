//! The seam between the event loop and the file system: what the TUI asks of a store.
//! [`Store`] is the real thing; tests use a fake to reach failing disks and busy locks.

use std::io;

use super::app::{ClientRow, Data, Failure};
use super::data::AskedGroup;
use crate::assessment::Assessment;
use crate::invitation::record::{State, Who};
use crate::questionnaire::Catalog;
use crate::store::{
    Amended, Discarded, DraftLock, Filed, Lookup, Saved, Store, StoreError, Stored,
};

/// Everything the TUI reads and writes.
pub(crate) trait Storage: Sized {
    /// Held while a draft is open in this session; released when dropped.
    type Lock;
    fn catalog(&self) -> &Catalog;
    /// The store as the screens show it.
    fn load(&self) -> Data;
    fn save_draft(&self, draft: &Assessment) -> Result<Saved, StoreError>;
    /// Files a completed assessment; never replaces a file.
    fn save_completed(&self, done: &Assessment) -> Result<Filed, StoreError>;
    fn remove_draft(&self, id: &str) -> Result<(), StoreError>;
    /// Takes draft `id` for this session; `None` when another session has it open.
    fn lock_draft(&self, id: &str) -> Result<Option<Self::Lock>, StoreError>;
    /// Reads draft `id` from its file; why it cannot be resumed otherwise.
    fn read_draft(&self, id: &str) -> Result<Stored, Failure>;
    /// The draft's file does not exist (deleted, or never written).
    fn draft_gone(&self, id: &str) -> bool;
    /// Deletes draft `id`, unless another window has it open.
    fn discard_draft(&self, id: &str) -> Result<Discarded, StoreError>;
    /// Sets `field` of completed assessment `stored` to `value`, if it still holds `shown`.
    fn amend(
        &self,
        stored: &Stored,
        field: Amended,
        shown: Option<&str>,
        value: Option<String>,
    ) -> Result<(), StoreError>;
    /// The space of the client named `name` in this store's data folder; with `create`, a new
    /// client's, made on disk at once, when there is none.
    fn enter(&self, name: &str, create: bool) -> Result<Self, Failure>;
}

impl Storage for Store {
    type Lock = DraftLock;

    fn catalog(&self) -> &Catalog {
        Store::catalog(self)
    }

    fn load(&self) -> Data {
        let loaded = Store::load(self);
        let drafts = self.drafts();
        let invitations = self.invitations().0;
        let groups: Vec<AskedGroup> = invitations
            .iter()
            .filter(|i| matches!(i.who, Who::Group { .. }))
            .filter_map(|i| {
                Some(AskedGroup {
                    questionnaire: i.questionnaire(self.catalog())?,
                    invitation: i.clone(),
                    answers: self.group_answers(&i.id).0,
                })
            })
            .collect();
        Data {
            problems: loaded.problems.len() + drafts.problems.len(),
            assessments: loaded.assessments,
            drafts: drafts.assessments,
            client: self.client().map(|c| c.name.clone()),
            clients: clients(self),
            cadences: self.subject_settings().0,
            waiting: invitations
                .into_iter()
                .filter(|i| i.state(crate::time::Timestamp::now()) == State::Open)
                .map(|i| (i.subject.clone(), i.respondent().to_string()))
                // A group asked twice is waited for once.
                .fold(vec![], |mut waiting, pair| {
                    if !waiting.contains(&pair) {
                        waiting.push(pair);
                    }
                    waiting
                }),
            groups: super::data::Groups(groups),
            home: Default::default(),
        }
    }

    fn save_draft(&self, draft: &Assessment) -> Result<Saved, StoreError> {
        Store::save_draft(self, draft)
    }

    fn save_completed(&self, done: &Assessment) -> Result<Filed, StoreError> {
        Store::save_completed(self, done)
    }

    fn remove_draft(&self, id: &str) -> Result<(), StoreError> {
        Store::remove_draft(self, id)
    }

    fn lock_draft(&self, id: &str) -> Result<Option<DraftLock>, StoreError> {
        Store::lock_draft(self, id)
    }

    fn read_draft(&self, id: &str) -> Result<Stored, Failure> {
        let path = self.draft_path(id);
        match crate::store::read_assessment(&path, Store::catalog(self)) {
            // Filed just before a crash, so it could never be saved again: it goes (the
            // caller holds its lock), and the person is told.
            Ok(stored) if self.filed_as(&stored.assessment).is_some() => {
                match self.remove_draft(id) {
                    Ok(()) => Err(Failure::AlreadySaved),
                    Err(e) => Err(Failure::DraftNotRemoved(e.to_string())),
                }
            }
            Ok(stored) if stored.assessment.is_draft() => Ok(stored),
            _ if self.draft_gone(id) => Err(Failure::DraftGone),
            _ => Err(Failure::DraftUnreadable),
        }
    }

    fn draft_gone(&self, id: &str) -> bool {
        is_gone(&self.draft_path(id))
    }

    fn discard_draft(&self, id: &str) -> Result<Discarded, StoreError> {
        Store::discard_draft(self, id)
    }

    fn amend(
        &self,
        stored: &Stored,
        field: Amended,
        shown: Option<&str>,
        value: Option<String>,
    ) -> Result<(), StoreError> {
        self.amend_completed(stored, field, shown, value)
            .map(|_| ())
    }

    fn enter(&self, name: &str, create: bool) -> Result<Self, Failure> {
        let (clients, _) = self.clients();
        let client = match crate::store::find(&clients, name) {
            Lookup::Found(client) => client.clone(),
            Lookup::Ambiguous(list) => {
                return Err(Failure::ClientAmbiguous(
                    list.iter().map(|c| c.name.clone()).collect(),
                ));
            }
            // Made at once, in its turn: two clients made at the same moment never share a
            // folder, and a damaged one of that name is shown rather than doubled.
            Lookup::Missing if create => self
                .claim_client(name, crate::time::Timestamp::now())
                .map_err(|e| Failure::ClientNotMade(e.to_string()))?,
            Lookup::Missing => return Err(Failure::ClientNotMade(name.to_string())),
        };
        Ok(self.client_space(client))
    }
}

/// The clients of the data folder with what their spaces hold; none inside a client's space.
fn clients(store: &Store) -> Vec<ClientRow> {
    if store.client().is_some() {
        return vec![];
    }
    // Problems of client folders are `check`'s to report.
    let (clients, _) = store.clients();
    clients
        .into_iter()
        .map(|client| {
            let name = client.name.clone();
            let space = store.client_space(client);
            let loaded = space.load();
            let subjects = crate::subjects::by_subject(&loaded.assessments);
            ClientRow {
                name,
                subjects: subjects.len(),
                last: loaded.assessments.iter().map(|s| s.assessment.when()).max(),
                latest: subjects
                    .iter()
                    .map(|s| (s.name.to_string(), s.owners_latest().assessment.when()))
                    .collect(),
                cadences: space.subject_settings().0,
            }
        })
        .collect()
}

/// Nothing is at `path` (not even a broken link).
pub(crate) fn is_gone(path: &std::path::Path) -> bool {
    matches!(std::fs::symlink_metadata(path), Err(e) if e.kind() == io::ErrorKind::NotFound)
}
