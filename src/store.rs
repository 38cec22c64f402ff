//! The local store: plain TOML files in a private data folder.
//!
//! ```text
//! DATA/assessments/<subject-slug>/<YYYY-MM-DD>T<HHMMSS>Z-<id>.toml   completed
//! DATA/drafts/<id>.toml                                             unfinished
//! DATA/subjects.toml                                                check-in cadences
//! DATA/questionnaires/*.toml                                        the user's own (optional)
//! DATA/clients/<folder>/client.toml                                 a client's space, holding
//! DATA/clients/<folder>/{assessments,drafts,subjects.toml}          the same as the personal one
//! ```
//!
//! A [`Store`] is one space: the personal one (the data folder) or one client's. Every space
//! reads the shared questionnaires; none sees another's assessments.

mod ahead;
mod amend;
mod briefs;
pub mod cache;
mod cadence;
mod cleanup;
mod client;
mod copies;
mod drafts;
mod error;
mod fit;
mod gather;
mod invitations;
mod load;
mod lock;
mod restore;
mod save;
mod scan;
mod slug;
mod unmake;
mod upkeep;

use std::path::{Path, PathBuf};

pub use crate::files::{
    DIR_MODE, FILE_MODE, Saved, ensure_private_dir, io_reason, read_text, write_atomic,
};
pub use amend::Amended;
pub(crate) use briefs::Brief;
pub(crate) use cadence::{Cadence, MAX_WEEKS, SubjectSettings};
pub use client::{
    CLIENT_FILE, CLIENTS_DIR, Client, Lookup, client_toml, damaged_client, find, new_client,
    read_clients,
};
pub(crate) use drafts::Discarded;
pub use error::StoreError;
pub(crate) use fit::unfit_answers;
pub(crate) use gather::{Belonging, Gathered, SubjectFile};
pub(crate) use invitations::{AnswerError, FiledAnswer};
pub(crate) use load::questionnaire_of;
pub use load::{Stored, parse_assessment, read_assessment};
pub(crate) use lock::DraftLock;
pub(crate) use restore::{NotTaken, RestoreError};
pub(crate) use slug::slug;
pub(crate) use unmake::stranded;

use crate::assessment::Assessment;
use crate::diagnostic::Diagnostic;
use crate::files::toml_files;
use crate::i18n::DiagFiles;
use crate::questionnaire::Catalog;

pub(crate) const ENV_DATA_DIR: &str = "CONFIANCE_DATA_DIR";

/// What reading a part of the store found: the valid assessments (oldest first) and the
/// problems of the files that were skipped.
#[derive(Debug, Default)]
pub struct Loaded {
    pub assessments: Vec<Stored>,
    pub problems: Vec<Diagnostic>,
    /// Second copies of an assessment already in `assessments` (same id, same content: a sync
    /// tool's copy): counted once, and shown by `check`.
    pub(crate) duplicates: Vec<Stored>,
}

#[derive(Debug)]
pub struct Store {
    /// The space's folder: the data folder, or a client's folder in it.
    root: PathBuf,
    /// The data folder: nothing is ever written outside it, nor through a link inside it.
    data_dir: PathBuf,
    catalog: Catalog,
    /// Leftovers of interrupted saves removed when the store was opened (on a thread).
    cleaned: cleanup::Cleanup,
    /// Whose space this is, for a client's; `client.toml` is written with the first save.
    client: Option<Client>,
}

/// The data folder: `--data-dir`, else `$CONFIANCE_DATA_DIR`, else the platform's data folder.
pub(crate) fn resolve_data_dir(flag: Option<PathBuf>) -> Option<PathBuf> {
    flag.or_else(|| {
        std::env::var_os(ENV_DATA_DIR)
            .filter(|v| !v.is_empty())
            .map(PathBuf::from)
    })
    .or_else(|| {
        directories::ProjectDirs::from("", "", "confiance").map(|d| d.data_dir().to_path_buf())
    })
}

impl Store {
    /// Opens the store at `root` (nothing is created until something is saved). Returns the
    /// problems met on the way: invalid user questionnaires. Temporary files left by a process
    /// that died mid-write hold plaintext notes, so they are removed here.
    pub fn open(root: PathBuf) -> (Self, Vec<Diagnostic>) {
        let (catalog, problems) = Catalog::with_user_dir(&root.join("questionnaires"), &root);
        let mut store = Self {
            data_dir: root.clone(),
            root,
            catalog,
            cleaned: cleanup::Cleanup::none(),
            client: None,
        };
        store.cleaned = cleanup::Cleanup::start(&store);
        (store, problems)
    }

    /// The space of `client` in this store's data folder, reading the same questionnaires.
    pub(crate) fn client_space(&self, client: Client) -> Self {
        let mut store = Self {
            root: client.folder.clone(),
            data_dir: self.data_dir.clone(),
            catalog: self.catalog.clone(),
            cleaned: cleanup::Cleanup::none(),
            client: Some(client),
        };
        store.cleaned = cleanup::Cleanup::start(&store);
        store
    }

    /// The personal space of this store's data folder, whichever space this one is.
    pub(crate) fn personal_space(&self) -> Self {
        Self {
            root: self.data_dir.clone(),
            data_dir: self.data_dir.clone(),
            catalog: self.catalog.clone(),
            cleaned: cleanup::Cleanup::none(),
            client: None,
        }
    }

    /// The same space for a writer on another thread (the last save when the program is
    /// ended from outside): its folders, without the questionnaires, which writing does not
    /// need.
    pub(crate) fn writer(&self) -> Self {
        Self {
            root: self.root.clone(),
            data_dir: self.data_dir.clone(),
            catalog: Catalog::default(),
            cleaned: cleanup::Cleanup::none(),
            client: self.client.clone(),
        }
    }

    /// Every client of the data folder, and what is in `clients/` but is not one.
    pub(crate) fn clients(&self) -> (Vec<Client>, Vec<Diagnostic>) {
        read_clients(&self.data_dir)
    }

    /// The space's folder (the data folder for the personal space).
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// The data folder, whichever the space.
    pub(crate) fn data_dir(&self) -> &Path {
        &self.data_dir
    }

    /// The client whose space this is; `None` for the personal space.
    pub(crate) fn client(&self) -> Option<&Client> {
        self.client.as_ref()
    }

    pub fn catalog(&self) -> &Catalog {
        &self.catalog
    }

    pub(crate) fn assessments_dir(&self) -> PathBuf {
        self.root.join("assessments")
    }

    pub(crate) fn drafts_dir(&self) -> PathBuf {
        self.root.join("drafts")
    }

    /// Every completed assessment under `assessments/`, oldest first.
    pub fn load(&self) -> Loaded {
        self.load_dir(
            &self.assessments_dir(),
            |a| !a.is_draft(),
            DiagFiles::now().draft_in_assessments,
            true,
        )
    }

    /// Like [`Store::load`], reading every file and leaving the summary cache alone (for
    /// `check`, which must see what the files say).
    pub fn load_from_files(&self) -> Loaded {
        self.load_dir(
            &self.assessments_dir(),
            |a| !a.is_draft(),
            DiagFiles::now().draft_in_assessments,
            false,
        )
    }

    /// Every draft, oldest first.
    pub(crate) fn drafts(&self) -> Loaded {
        self.load_dir(
            &self.drafts_dir(),
            Assessment::is_draft,
            DiagFiles::now().completed_in_drafts,
            false,
        )
    }

    fn load_dir(
        &self,
        dir: &Path,
        belongs: fn(&Assessment) -> bool,
        misplaced: &str,
        cached: bool,
    ) -> Loaded {
        let mut loaded = Loaded::default();
        if let Some(problem) = self.linked_space() {
            loaded.problems.push(problem);
            return loaded;
        }
        let paths = toml_files(dir, &self.root, &mut loaded.problems);
        let read = if cached {
            load::read_all_cached(&paths, &self.catalog, &self.root)
        } else {
            load::read_all(&paths, &self.catalog)
        };
        // Exactly as many as there may be: a doubled buffer of ten thousand is megabytes.
        loaded.assessments.reserve_exact(read.len());
        for (path, read) in paths.iter().zip(read) {
            match read {
                Ok(stored) if belongs(&stored.assessment) => loaded.assessments.push(stored),
                Ok(_) => loaded
                    .problems
                    .push(Diagnostic::new(misplaced.to_string()).in_file(path)),
                Err(mut list) => loaded.problems.append(&mut list),
            }
        }
        loaded.assessments.sort_by(load::in_order);
        // A copy of the same assessment must not count twice in lists, trends and exports.
        loaded.duplicates = load::split_twins(&mut loaded.assessments);
        loaded
    }

    /// A client's space reached through a symbolic link (`clients/` or the client's folder
    /// swapped for one since it was listed) is not read: it would lead out of the data folder.
    pub(super) fn linked_space(&self) -> Option<Diagnostic> {
        self.client.as_ref()?;
        let clients = self.data_dir.join(CLIENTS_DIR);
        [clients.as_path(), self.root.as_path()]
            .into_iter()
            .find(|p| std::fs::symlink_metadata(p).is_ok_and(|m| m.file_type().is_symlink()))
            .map(|p| Diagnostic::new(DiagFiles::now().link_not_followed).in_file(p))
    }

    /// Where a completed assessment is filed.
    pub(crate) fn path_for(&self, a: &Assessment) -> PathBuf {
        let when = a.completed.unwrap_or(a.started);
        self.assessments_dir().join(slug(&a.subject)).join(format!(
            "{}-{}.toml",
            when.file_stamp(),
            a.id
        ))
    }

    pub(crate) fn draft_path(&self, id: &str) -> PathBuf {
        self.drafts_dir().join(format!("{id}.toml"))
    }

    /// What opening the store cleaned up (for `check`).
    pub(crate) fn cleaned(&self) -> Vec<PathBuf> {
        self.cleaned.wait()
    }
}

/// Where [`Store::save_completed`] left an assessment.
#[derive(Debug)]
pub(crate) enum Filed {
    New(PathBuf, Saved),
    /// The same assessment was already filed (by another window, or an earlier import).
    AlreadyThere,
}
