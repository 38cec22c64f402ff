//! The questionnaires the tool knows: the built-in ones, embedded in the binary, and any the
//! user keeps in the data folder's `questionnaires/`.

use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use super::{Questionnaire, parse};
use crate::diagnostic::Diagnostic;
use crate::i18n::{DiagContent, fill};

/// The built-in questionnaires: (file name, text). Every version stays embedded, so that an
/// assessment is always read and scored with the version it was answered with; new
/// assessments use the newest.
pub(super) const BUILTIN: &[(&str, &str)] = &[
    (
        "trust.en.toml",
        include_str!("../../questionnaires/trust.en.toml"),
    ),
    (
        "trust.fr.toml",
        include_str!("../../questionnaires/trust.fr.toml"),
    ),
    (
        "community.en.toml",
        include_str!("../../questionnaires/community.en.toml"),
    ),
    (
        "community.fr.toml",
        include_str!("../../questionnaires/community.fr.toml"),
    ),
    (
        "past/trust.v1.en.toml",
        include_str!("../../questionnaires/past/trust.v1.en.toml"),
    ),
    (
        "past/trust.v1.fr.toml",
        include_str!("../../questionnaires/past/trust.v1.fr.toml"),
    ),
    (
        "past/community.v1.en.toml",
        include_str!("../../questionnaires/past/community.v1.en.toml"),
    ),
    (
        "past/community.v1.fr.toml",
        include_str!("../../questionnaires/past/community.v1.fr.toml"),
    ),
];

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    Builtin(&'static str),
    File(PathBuf),
}

/// A questionnaire with where it came from and its text, so that it can be shown as written.
#[derive(Debug, Clone)]
pub struct Entry {
    pub questionnaire: Arc<Questionnaire>,
    pub(crate) source: Source,
    pub text: String,
    /// The questionnaire worded for each of its sides, in its order of sides.
    sided: Vec<Arc<Questionnaire>>,
}

impl Entry {
    fn new(questionnaire: Questionnaire, source: Source, text: String) -> Self {
        let sided = questionnaire
            .sides()
            .iter()
            .filter_map(|s| questionnaire.for_side(Some(&s.id)))
            .map(Arc::new)
            .collect();
        Self {
            questionnaire: Arc::new(questionnaire),
            source,
            text,
            sided,
        }
    }
}

#[derive(Debug, Clone, Default)]
pub struct Catalog {
    entries: Vec<Entry>,
}

impl Catalog {
    /// The built-in questionnaires only. They are checked by the test suite, so a failure here
    /// is a bug in the build, not something a user can cause. They are parsed once per process:
    /// the tests and the screens ask for them often, and a copy only counts references.
    pub fn builtin() -> Self {
        static PARSED: OnceLock<Vec<Entry>> = OnceLock::new();
        let entries = PARSED.get_or_init(|| {
            BUILTIN
                .iter()
                .map(|(name, text)| {
                    Entry::new(
                        parse(text).unwrap_or_else(|e| panic!("built-in {name} is invalid: {e:?}")),
                        Source::Builtin(name),
                        (*text).to_string(),
                    )
                })
                .collect()
        });
        Self {
            entries: entries.clone(),
        }
    }

    /// The built-in questionnaires plus the valid `*.toml` files of `dir` (if it exists), a
    /// folder of the data folder `root`. A file with the same (id, lang, version) as one
    /// already known is reported and left out, so that the meaning of stored assessments
    /// never changes behind the user's back; other versions of one questionnaire live side by
    /// side, each assessment read with the version it was answered with.
    pub(crate) fn with_user_dir(dir: &Path, root: &Path) -> (Self, Vec<Diagnostic>) {
        let mut catalog = Self::builtin();
        let mut problems = vec![];
        let paths = crate::files::toml_files(dir, root, &mut problems);
        for path in paths {
            match load_file(&path) {
                Ok((q, _)) if catalog.find_version(&q.id, &q.lang, q.version).is_some() => problems
                    .push(
                        Diagnostic::new(fill(
                            DiagContent::now().already_defined,
                            &[("id", &q.id), ("lang", &q.lang), ("version", &q.version)],
                        ))
                        .in_file(&path),
                    ),
                Ok((q, text)) => catalog
                    .entries
                    .push(Entry::new(q, Source::File(path), text)),
                Err(mut e) => problems.append(&mut e),
            }
        }
        (catalog, problems)
    }

    /// A digest of every questionnaire's source and text: an assessment validated against one
    /// catalog is taken as valid (by the summary cache) only under the same digest.
    pub(crate) fn fingerprint(&self) -> u64 {
        let mut hash = crate::files::Fnv::new();
        for e in &self.entries {
            match &e.source {
                Source::Builtin(name) => hash.write(name.as_bytes()),
                Source::File(path) => hash.write(path.as_os_str().as_encoded_bytes()),
            }
            hash.write(&[0]);
            hash.write(e.text.as_bytes());
            hash.write(&[0]);
        }
        hash.finish()
    }

    pub(crate) fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// Exactly this id and language, in its newest version: the one new assessments use.
    pub fn find(&self, id: &str, lang: &str) -> Option<&Arc<Questionnaire>> {
        self.entries
            .iter()
            .map(|e| &e.questionnaire)
            .filter(|q| q.id == id && q.lang == lang)
            .max_by_key(|q| q.version)
    }

    /// Exactly this id, language and version.
    pub fn find_version(&self, id: &str, lang: &str, version: u32) -> Option<&Arc<Questionnaire>> {
        self.entries
            .iter()
            .map(|e| &e.questionnaire)
            .find(|q| q.id == id && q.lang == lang && q.version == version)
    }

    /// Exactly this id, language and version, worded for `side` (none for a questionnaire
    /// without sides).
    pub(crate) fn find_exact(
        &self,
        id: &str,
        lang: &str,
        version: u32,
        side: Option<&str>,
    ) -> Option<&Arc<Questionnaire>> {
        let entry = self.entries.iter().find(|e| {
            let q = &e.questionnaire;
            q.id == id && q.lang == lang && q.version == version
        })?;
        match side {
            None if entry.questionnaire.sides().is_empty() => Some(&entry.questionnaire),
            _ => entry.sided.iter().find(|s| s.side() == side),
        }
    }

    /// The versions of `id` known in `lang`, oldest first.
    pub(crate) fn versions(&self, id: &str, lang: &str) -> Vec<u32> {
        let mut versions: Vec<u32> = self
            .entries
            .iter()
            .map(|e| &e.questionnaire)
            .filter(|q| q.id == id && q.lang == lang)
            .map(|q| q.version)
            .collect();
        versions.sort_unstable();
        versions
    }

    /// This id in the language asked for if there is one, else English, else any.
    pub(crate) fn get(&self, id: &str, lang: &str) -> Option<&Arc<Questionnaire>> {
        self.find(id, lang)
            .or_else(|| self.find(id, "en"))
            .or_else(|| {
                self.entries
                    .iter()
                    .map(|e| &e.questionnaire)
                    .find(|q| q.id == id)
            })
    }

    /// Exactly the questionnaire an assessment names, in its language, its version and worded
    /// for its side: an assessment is never read against another language's text or another
    /// version's items (`get` falls back, which suits choosing one to ask).
    pub fn resolve(
        &self,
        id: &str,
        lang: &str,
        version: u32,
        side: Option<&str>,
    ) -> Result<Arc<Questionnaire>, Unresolved> {
        if let Some(q) = self.find_version(id, lang, version) {
            return self
                .find_exact(id, lang, version, side)
                .cloned()
                .ok_or_else(|| Unresolved::Side {
                    id: id.to_string(),
                    sides: q.sides().iter().map(|s| s.id.clone()).collect(),
                });
        }
        let versions = self.versions(id, lang);
        if !versions.is_empty() {
            return Err(Unresolved::Version {
                id: id.to_string(),
                versions,
            });
        }
        let mut langs: Vec<String> = self
            .entries
            .iter()
            .filter(|e| e.questionnaire.id == id)
            .map(|e| e.questionnaire.lang.clone())
            .collect();
        if langs.is_empty() {
            return Err(Unresolved::Questionnaire);
        }
        // Each language once, whatever its number of versions.
        langs.sort();
        langs.dedup();
        Err(Unresolved::Lang {
            id: id.to_string(),
            langs,
        })
    }

    pub(crate) fn entry(&self, id: &str, lang: &str) -> Option<&Entry> {
        let q = self.get(id, lang)?;
        self.entries
            .iter()
            .find(|e| Arc::ptr_eq(&e.questionnaire, q))
    }
}

/// Why [`Catalog::resolve`] found nothing. The messages name only what the catalog holds, never
/// the file's own (possibly private) text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unresolved {
    Questionnaire,
    Lang {
        id: String,
        langs: Vec<String>,
    },
    Version {
        id: String,
        versions: Vec<u32>,
    },
    /// The side is missing, or is not one of the questionnaire's (none when it has none).
    Side {
        id: String,
        sides: Vec<String>,
    },
}

impl std::fmt::Display for Unresolved {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Unresolved::Questionnaire => f.write_str(DiagContent::now().unknown_questionnaire),
            Unresolved::Lang { id, langs } => f.write_str(&fill(
                DiagContent::now().not_in_lang,
                &[("id", id), ("langs", &langs.join(", "))],
            )),
            Unresolved::Version { id, versions } => {
                let versions: Vec<String> = versions.iter().map(u32::to_string).collect();
                f.write_str(&fill(
                    DiagContent::now().unknown_version,
                    &[("id", id), ("versions", &versions.join(", "))],
                ))
            }
            Unresolved::Side { id, sides } if sides.is_empty() => {
                f.write_str(&fill(DiagContent::now().side_without_sides, &[("id", id)]))
            }
            Unresolved::Side { id, sides } => f.write_str(&fill(
                DiagContent::now().unknown_side,
                &[("id", id), ("sides", &sides.join(", "))],
            )),
        }
    }
}

/// Reads and checks one questionnaire file; every problem carries the path.
pub(crate) fn load_file(path: &Path) -> Result<(Questionnaire, String), Vec<Diagnostic>> {
    let text = crate::files::read_text(path).map_err(|d| vec![d])?;
    match parse(&text) {
        Ok(q) => Ok((q, text)),
        Err(list) => Err(list.into_iter().map(|d| d.in_file(path)).collect()),
    }
}
