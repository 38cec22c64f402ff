//! A store in memory for tests of `update` + `perform`: saves can fail, locks can be busy,
//! drafts can vanish and the disk can leave a save unconfirmed, without a file or a terminal.

use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet};
use std::io;
use std::rc::Rc;

use crate::assessment::Assessment;
use crate::questionnaire::Catalog;
use crate::store::{Amended, Discarded, Filed, Saved, StoreError, Stored};
use crate::tui::app::{ClientRow, Data, Failure};
use crate::tui::storage::Storage;

#[derive(Default)]
pub(super) struct Fake {
    pub catalog: Catalog,
    pub drafts: RefCell<BTreeMap<String, Assessment>>,
    pub completed: RefCell<Vec<Assessment>>,
    /// Saves fail with this error.
    pub(crate) failing: RefCell<Option<io::ErrorKind>>,
    /// The next amend is refused with this.
    pub(crate) refusal: RefCell<Option<StoreError>>,
    /// Locks cannot be taken (the system refuses, not another window).
    pub(crate) unlockable: bool,
    /// Drafts cannot be removed.
    pub(crate) stuck_drafts: bool,
    /// Completions are filed but the disk does not confirm them.
    pub(crate) unconfirmed: bool,
    /// Drafts open in another window.
    pub(crate) busy: BTreeSet<String>,
    /// Drafts locked by this session (a lock removes itself when dropped).
    pub(crate) locked: Rc<RefCell<BTreeSet<String>>>,
    /// Whose space this is (`None`: the personal one).
    pub client: Option<String>,
    /// The clients' spaces, by name (the personal space's only).
    pub clients: BTreeMap<String, Fake>,
}

pub(super) struct FakeLock(String, Rc<RefCell<BTreeSet<String>>>);

impl Drop for FakeLock {
    fn drop(&mut self) {
        self.1.borrow_mut().remove(&self.0);
    }
}

impl Fake {
    pub(super) fn new() -> Self {
        Self {
            catalog: Catalog::builtin(),
            ..Self::default()
        }
    }

    fn stored(&self, a: &Assessment) -> Stored {
        Stored {
            questionnaire: self.catalog.get(&a.questionnaire, &a.lang).unwrap().clone(),
            assessment: a.clone(),
            path: format!("/fake/{}.toml", a.id).into(),
        }
    }

    fn fail(&self) -> Result<(), StoreError> {
        match *self.failing.borrow() {
            Some(kind) => Err(io::Error::from(kind).into()),
            None => Ok(()),
        }
    }
}

impl Storage for Fake {
    type Lock = FakeLock;

    fn catalog(&self) -> &Catalog {
        &self.catalog
    }

    fn load(&self) -> Data {
        Data {
            assessments: self
                .completed
                .borrow()
                .iter()
                .map(|a| self.stored(a))
                .collect(),
            drafts: self
                .drafts
                .borrow()
                .values()
                .map(|a| self.stored(a))
                .collect(),
            problems: 0,
            client: self.client.clone(),
            clients: self
                .clients
                .iter()
                .map(|(name, space)| ClientRow {
                    name: name.clone(),
                    subjects: space.completed.borrow().len(),
                    last: space
                        .completed
                        .borrow()
                        .iter()
                        .filter_map(|a| a.completed)
                        .max(),
                    latest: vec![],
                    cadences: Default::default(),
                })
                .collect(),
            cadences: Default::default(),
            waiting: vec![],
            groups: Default::default(),
            home: Default::default(),
        }
    }

    fn save_draft(&self, draft: &Assessment) -> Result<Saved, StoreError> {
        self.fail()?;
        self.drafts
            .borrow_mut()
            .insert(draft.id.clone(), draft.clone());
        Ok(Saved::Confirmed)
    }

    fn save_completed(&self, done: &Assessment) -> Result<Filed, StoreError> {
        self.fail()?;
        self.completed.borrow_mut().push(done.clone());
        let saved = match self.unconfirmed {
            true => Saved::Unconfirmed(io::Error::from_raw_os_error(
                rustix::io::Errno::IO.raw_os_error(),
            )),
            false => Saved::Confirmed,
        };
        Ok(Filed::New(format!("/fake/{}.toml", done.id).into(), saved))
    }

    fn remove_draft(&self, id: &str) -> Result<(), StoreError> {
        if self.stuck_drafts {
            return Err(io::Error::from(io::ErrorKind::PermissionDenied).into());
        }
        self.drafts.borrow_mut().remove(id);
        Ok(())
    }

    fn lock_draft(&self, id: &str) -> Result<Option<FakeLock>, StoreError> {
        if self.unlockable {
            return Err(StoreError::LockKeepsChanging { id: id.into() });
        }
        if self.busy.contains(id) || !self.locked.borrow_mut().insert(id.to_string()) {
            return Ok(None);
        }
        Ok(Some(FakeLock(id.to_string(), Rc::clone(&self.locked))))
    }

    fn read_draft(&self, id: &str) -> Result<Stored, Failure> {
        let drafts = self.drafts.borrow();
        drafts
            .get(id)
            .map(|a| self.stored(a))
            .ok_or(Failure::DraftGone)
    }

    fn draft_gone(&self, id: &str) -> bool {
        !self.drafts.borrow().contains_key(id)
    }

    fn discard_draft(&self, id: &str) -> Result<Discarded, StoreError> {
        self.fail()?;
        if self.busy.contains(id) {
            return Ok(Discarded::OpenElsewhere);
        }
        self.drafts.borrow_mut().remove(id);
        Ok(Discarded::Done)
    }

    fn amend(
        &self,
        stored: &Stored,
        field: Amended,
        shown: Option<&str>,
        value: Option<String>,
    ) -> Result<(), StoreError> {
        self.fail()?;
        if let Some(refusal) = self.refusal.borrow_mut().take() {
            return Err(refusal);
        }
        let mut completed = self.completed.borrow_mut();
        let a = completed
            .iter_mut()
            .find(|a| a.id == stored.assessment.id)
            .ok_or_else(|| StoreError::NoLongerHeld {
                path: stored.path.clone(),
                id: stored.assessment.id.clone(),
            })?;
        let now = match field {
            Amended::Note => &mut a.note,
            Amended::Intention => &mut a.intention,
        };
        // As the store does: a field changed since it was shown is not overwritten.
        if now.as_deref() != shown {
            return Err(StoreError::ChangedMeanwhile {
                path: stored.path.clone(),
            });
        }
        *now = value;
        Ok(())
    }

    fn enter(&self, name: &str, create: bool) -> Result<Self, Failure> {
        let found = self.clients.get(name);
        if found.is_none() && !create {
            return Err(Failure::ClientNotMade(name.into()));
        }
        Ok(Fake {
            completed: RefCell::new(found.map_or(vec![], |f| f.completed.borrow().clone())),
            client: Some(name.to_string()),
            ..Fake::new()
        })
    }
}
