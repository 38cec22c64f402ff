//! The local store: plain TOML files in a private data folder.
//!
//! ```text
//! DATA/assessments/<subject-slug>/<YYYY-MM-DD>T<HHMMSS>Z-<id>.toml   completed
//! DATA/drafts/<id>.toml                                             unfinished
//! DATA/questionnaires/*.toml                                        the user's own (optional)
//! ```

mod fsio;
mod load;
mod lock;
mod slug;

use std::fs;
use std::io;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

pub use fsio::{
    DIR_MODE, FILE_MODE, ensure_private_dir, io_reason, is_stale_temp, read_text, write_atomic,
};
pub use load::{Stored, parse_assessment, read_assessment, toml_files};
pub use lock::DraftLock;
pub use slug::slug;

use crate::assessment::{self, Assessment};
use crate::located::Diagnostic;
use crate::questionnaire::Catalog;

pub const ENV_DATA_DIR: &str = "CONFIANCE_DATA_DIR";

/// What reading a part of the store found: the valid assessments (oldest first) and the
/// problems of the files that were skipped.
#[derive(Debug, Default)]
pub struct Loaded {
    pub assessments: Vec<Stored>,
    pub problems: Vec<Diagnostic>,
}

#[derive(Debug)]
pub struct Store {
    root: PathBuf,
    catalog: Catalog,
    /// Leftovers of interrupted saves removed when the store was opened.
    cleaned: Vec<PathBuf>,
}

/// The data folder: `--data-dir`, else `$CONFIANCE_DATA_DIR`, else the platform's data folder.
pub fn resolve_data_dir(flag: Option<PathBuf>) -> Option<PathBuf> {
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
        let (catalog, problems) = Catalog::with_user_dir(&root.join("questionnaires"));
        let mut store = Self {
            root,
            catalog,
            cleaned: vec![],
        };
        store.cleaned = store.remove_leftovers();
        (store, problems)
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    pub fn catalog(&self) -> &Catalog {
        &self.catalog
    }

    pub fn assessments_dir(&self) -> PathBuf {
        self.root.join("assessments")
    }

    pub fn drafts_dir(&self) -> PathBuf {
        self.root.join("drafts")
    }

    /// Every completed assessment under `assessments/`, oldest first.
    pub fn load(&self) -> Loaded {
        self.load_dir(
            &self.assessments_dir(),
            |a| !a.is_draft(),
            "has no `completed` date: a draft belongs in drafts/",
        )
    }

    /// Every draft, oldest first.
    pub fn drafts(&self) -> Loaded {
        self.load_dir(
            &self.drafts_dir(),
            Assessment::is_draft,
            "is completed: it belongs in assessments/",
        )
    }

    fn load_dir(&self, dir: &Path, belongs: fn(&Assessment) -> bool, misplaced: &str) -> Loaded {
        let mut loaded = Loaded::default();
        for path in toml_files(dir, &mut loaded.problems) {
            match read_assessment(&path, &self.catalog) {
                Ok(stored) if belongs(&stored.assessment) => loaded.assessments.push(stored),
                Ok(_) => loaded
                    .problems
                    .push(Diagnostic::new(misplaced.to_string()).in_file(&path)),
                Err(mut list) => loaded.problems.append(&mut list),
            }
        }
        loaded.assessments.sort_by(|a, b| {
            (a.assessment.when(), &a.assessment.id).cmp(&(b.assessment.when(), &b.assessment.id))
        });
        loaded
    }

    /// Where a completed assessment is filed.
    pub fn path_for(&self, a: &Assessment) -> PathBuf {
        let when = a.completed.unwrap_or(a.started);
        self.assessments_dir().join(slug(&a.subject)).join(format!(
            "{}-{}.toml",
            when.file_stamp(),
            a.id
        ))
    }

    pub fn draft_path(&self, id: &str) -> PathBuf {
        self.drafts_dir().join(format!("{id}.toml"))
    }

    /// Files a completed assessment. Never replaces an existing file.
    pub fn save_completed(&self, a: &Assessment) -> io::Result<PathBuf> {
        let path = self.path_for(a);
        self.prepare_root()?;
        write_atomic(&path, assessment::to_toml(a).as_bytes(), false)?;
        Ok(path)
    }

    /// Writes (or rewrites) a draft.
    pub fn save_draft(&self, a: &Assessment) -> io::Result<PathBuf> {
        let path = self.draft_path(&a.id);
        self.prepare_root()?;
        write_atomic(&path, assessment::to_toml(a).as_bytes(), true)?;
        Ok(path)
    }

    /// Takes draft `id` for this process; `None` when another session has it open.
    pub fn lock_draft(&self, id: &str) -> io::Result<Option<DraftLock>> {
        self.prepare_root()?;
        lock::lock(&self.drafts_dir(), id)
    }

    /// Removes a draft once its assessment is safely filed.
    pub fn remove_draft(&self, id: &str) -> io::Result<()> {
        match fs::remove_file(self.draft_path(id)) {
            Err(e) if e.kind() != io::ErrorKind::NotFound => Err(e),
            _ => Ok(()),
        }
    }

    fn prepare_root(&self) -> io::Result<()> {
        ensure_private_dir(&self.root)
    }

    /// The store's folders whose permissions let other users in.
    pub fn loose_permissions(&self) -> Vec<(PathBuf, u32)> {
        let mut loose = vec![];
        let mut visit = |path: &Path| {
            if let Ok(meta) = fs::symlink_metadata(path) {
                let mode = meta.permissions().mode() & 0o777;
                let private = if meta.is_dir() { DIR_MODE } else { FILE_MODE };
                if !meta.file_type().is_symlink() && mode & !private != 0 {
                    loose.push((path.to_path_buf(), mode));
                }
            }
        };
        visit(&self.root);
        for dir in [
            self.assessments_dir(),
            self.drafts_dir(),
            self.root.join("questionnaires"),
        ] {
            visit(&dir);
            walk_all(&dir, &mut visit);
        }
        loose
    }

    /// Temporary files of saves interrupted by a crash (they hold plaintext notes) and draft
    /// locks no process holds (`check --fix` removes those still there). A file a live process
    /// is writing is never touched.
    pub fn leftovers(&self) -> Vec<PathBuf> {
        let mut found = vec![];
        for dir in [self.assessments_dir(), self.drafts_dir()] {
            walk_all(&dir, &mut |path: &Path| {
                let name = path
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default();
                let stale_lock = name
                    .strip_prefix('.')
                    .and_then(|n| n.strip_suffix(".lock"))
                    .is_some_and(|id| {
                        path.parent() == Some(&self.drafts_dir())
                            && !lock::is_locked(&self.drafts_dir(), id)
                    });
                if is_stale_temp(&name) || stale_lock {
                    found.push(path.to_path_buf());
                }
            });
        }
        found
    }

    fn remove_leftovers(&self) -> Vec<PathBuf> {
        self.leftovers()
            .into_iter()
            .filter(|p| fs::remove_file(p).is_ok())
            .collect()
    }

    /// What opening the store cleaned up (for `check`).
    pub fn cleaned(&self) -> &[PathBuf] {
        &self.cleaned
    }
}

/// Calls `visit` on every entry below `dir` (hidden ones too), not following symbolic links.
fn walk_all(dir: &Path, visit: &mut dyn FnMut(&Path)) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        visit(&path);
        if entry.file_type().is_ok_and(|t| t.is_dir()) {
            walk_all(&path, visit);
        }
    }
}
