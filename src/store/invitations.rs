//! Invitations in the space (`invitations/<id>.toml`), the key their forms' secrets are drawn
//! from, and filing an answer that comes back: checked, filed as an assessment, and counted on
//! its invitation, in one writer's turn.

use std::fs;
use std::path::PathBuf;

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use sha2::{Digest, Sha256};

use super::{Filed, Store, StoreError};
use crate::diagnostic::Diagnostic;
use crate::files::{Saved, read_text, toml_files, write_atomic};
use crate::invitation::answer::{Allow, Refusal, Returned};
use crate::invitation::record::{self, Invitation};
use crate::time::Timestamp;

const DIR: &str = "invitations";
/// The space's random key: a form's secret is drawn from it and the invitation's id, so that
/// `invite --again` writes the same form while the invitation stores only the digest.
const KEY_FILE: &str = "forms.key";
/// A group's answers, one folder per invitation: never among the assessments.
const GROUPS_DIR: &str = "groups";

/// Why an answer was not filed: the answer's fault (a refusal), or the store's.
#[derive(Debug, thiserror::Error)]
pub(crate) enum AnswerError {
    #[error("{0:?}")]
    Refused(Refusal),
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// An answer filed: the assessment, where it went, and the earlier answer it replaced.
#[derive(Debug)]
pub(crate) struct FiledAnswer {
    pub assessment: crate::assessment::Assessment,
    pub filed: Filed,
    /// With `--replace`: the earlier answer's file, renamed to keep it beside the new one.
    pub replaced: Option<PathBuf>,
    /// For a group: how many answers are in now, of how many asked.
    pub group: Option<(usize, u32)>,
}

/// Renames an answer's file out of every result, beside where it was (`….toml.replaced`, or
/// `….toml.replaced-2`… so that no earlier version kept aside is ever overwritten).
fn set_aside(path: &std::path::Path) -> Result<PathBuf, StoreError> {
    let mut kept = path.with_extension("toml.replaced");
    let mut n = 1;
    while fs::symlink_metadata(&kept).is_ok() {
        n += 1;
        kept = path.with_extension(format!("toml.replaced-{n}"));
    }
    fs::rename(path, &kept).map_err(StoreError::Io)?;
    Ok(kept)
}

impl Store {
    pub(crate) fn invitations_dir(&self) -> PathBuf {
        self.root().join(DIR)
    }

    fn invitation_path(&self, id: &str) -> PathBuf {
        self.invitations_dir().join(format!("{id}.toml"))
    }

    /// Invitation `id`'s file, and the folder of its group's answers (which may not exist).
    pub(crate) fn invitation_files(&self, id: &str) -> (PathBuf, PathBuf) {
        (
            self.invitation_path(id),
            self.root().join(GROUPS_DIR).join(id),
        )
    }

    /// Every invitation of the space, oldest first, and the problems of files that could not
    /// be read (each located, then left out).
    pub(crate) fn invitations(&self) -> (Vec<Invitation>, Vec<Diagnostic>) {
        let mut problems = vec![];
        let dir = self.invitations_dir();
        if fs::symlink_metadata(&dir).is_err() {
            return (vec![], problems);
        }
        let mut found = vec![];
        for path in toml_files(&dir, self.root(), &mut problems) {
            match read_text(&path).and_then(|t| record::from_toml(&t).map_err(|d| d.in_file(&path)))
            {
                Ok(i) => found.push(i),
                Err(d) => problems.push(d),
            }
        }
        found.sort_by(|a, b| (a.created, &a.id).cmp(&(b.created, &b.id)));
        (found, problems)
    }

    /// The invitation `id` of this space, if it has one that reads.
    pub(crate) fn invitation(&self, id: &str) -> Option<Invitation> {
        if !crate::id::is_valid_id(id) {
            return None;
        }
        let path = self.invitation_path(id);
        let text = read_text(&path).ok()?;
        record::from_toml(&text).ok()
    }

    /// The invitation an id names, whole or by its first characters (4 or more, naming only
    /// one), as `show --id` takes an assessment's.
    pub(crate) fn find_invitation(&self, given: &str) -> Option<Invitation> {
        if let Some(exact) = self.invitation(given) {
            return Some(exact);
        }
        let given = given.trim().to_ascii_uppercase();
        if given.len() < 4 {
            return None;
        }
        let mut matching = self
            .invitations()
            .0
            .into_iter()
            .filter(|i| i.id.to_ascii_uppercase().starts_with(&given));
        let first = matching.next()?;
        matching.next().is_none().then_some(first)
    }

    /// Writes an invitation: a new one never replaces a file; an existing one is rewritten.
    pub(crate) fn save_invitation(&self, i: &Invitation, new: bool) -> Result<Saved, StoreError> {
        let path = self.invitation_path(&i.id);
        self.prepare(&path)?;
        Ok(write_atomic(&path, record::to_toml(i).as_bytes(), !new)?)
    }

    /// The secret of invitation `id`'s form, drawn from the space's key (made on first use).
    pub(crate) fn form_secret(&self, id: &str) -> Result<String, StoreError> {
        let path = self.invitations_dir().join(KEY_FILE);
        self.prepare(&path)?;
        let key = match read_text(&path) {
            Ok(key) => key,
            Err(_) if fs::symlink_metadata(&path).is_err() => {
                let key = crate::invitation::secret::random_token()
                    + &crate::invitation::secret::random_token();
                match write_atomic(&path, key.as_bytes(), false) {
                    Ok(_) => key,
                    // Another command made it meanwhile: theirs is the key.
                    Err(_) => read_text(&path).map_err(StoreError::Invalid)?,
                }
            }
            Err(d) => return Err(StoreError::Invalid(d)),
        };
        let hash = Sha256::digest(format!("{}\n{id}", key.trim()));
        Ok(URL_SAFE_NO_PAD.encode(&hash[..16]))
    }

    /// Checks `returned` against its invitation (read again inside the writers' turn, so
    /// that two answers filed at once cannot both be "the first"), files it, and counts it
    /// on the invitation. Nothing is written when it is refused.
    pub(crate) fn file_answer(
        &self,
        returned: &Returned,
        now: Timestamp,
        allow: Allow,
    ) -> Result<FiledAnswer, AnswerError> {
        let refused = AnswerError::Refused;
        let invitation = self
            .invitation(&returned.invitation)
            .ok_or(refused(Refusal::UnknownInvitation))?;
        let questionnaire = invitation
            .questionnaire(self.catalog())
            .ok_or(refused(Refusal::WrongQuestionnaire))?;
        let assessment = returned
            .check(&invitation, &questionnaire, now, allow)
            .map_err(refused)?;
        let group = matches!(invitation.who, crate::invitation::record::Who::Group { .. });
        // A group's answers are kept apart from the assessments, so that no view ever shows
        // one of them alone.
        let path = if group {
            self.group_answer_path(&invitation.id, &assessment.id)
        } else {
            self.path_for(&assessment)
        };
        self.prepare(&path)?;
        // The writers' turn is a lock on `assessments/`, which must exist.
        self.prepare(&self.assessments_dir().join("turn"))?;
        let _turn = self.writers_turn()?;
        let mut invitation = self
            .invitation(&invitation.id)
            .ok_or(refused(Refusal::UnknownInvitation))?;
        let assessment = returned
            .check(&invitation, &questionnaire, now, allow)
            .map_err(refused)?;
        let earlier = if group {
            vec![]
        } else {
            self.answers_to(&invitation.id, &assessment.id)
        };
        let mut replaced = None;
        // The same filling sent again after a change: a correction, taken only when asked,
        // the first version kept beside it.
        let same_filling = if group {
            Some(path.clone()).filter(|p| p.exists())
        } else {
            self.answers_to(&invitation.id, "").into_iter().find(|p| {
                p.to_string_lossy()
                    .ends_with(&format!("-{}.toml", assessment.id))
            })
        };
        if let Some(existing) = same_filling
            && !read_text(&existing).is_ok_and(|t| t == crate::assessment::to_toml(&assessment))
        {
            if !allow.replace {
                return Err(refused(Refusal::Corrected));
            }
            replaced = Some(set_aside(&existing)?);
        }
        let filed = if group {
            self.file_group_answer(&assessment, &path)?
        } else {
            self.file_in_turn(&assessment, &path)?
        };
        if allow.replace
            && replaced.is_none()
            && matches!(invitation.who, crate::invitation::record::Who::Person(_))
            && let Some(first) = earlier.first()
        {
            replaced = Some(set_aside(first)?);
            invitation.answers.clear();
        }
        if !invitation.answers.contains(&returned.answer_id) {
            invitation.answers.push(returned.answer_id.clone());
            let _ = self.save_invitation(&invitation, false)?;
        }
        let group = match invitation.who {
            crate::invitation::record::Who::Group { count, .. } => {
                Some((invitation.answers.len(), count))
            }
            crate::invitation::record::Who::Person(_) => None,
        };
        Ok(FiledAnswer {
            assessment,
            filed,
            replaced,
            group,
        })
    }

    fn group_answer_path(&self, invitation: &str, id: &str) -> PathBuf {
        self.root()
            .join(GROUPS_DIR)
            .join(invitation)
            .join(format!("{id}.toml"))
    }

    /// Files one answer of a group: a new file, or the same content already there.
    fn file_group_answer(
        &self,
        a: &crate::assessment::Assessment,
        path: &std::path::Path,
    ) -> Result<Filed, StoreError> {
        let text = crate::assessment::to_toml(a);
        match write_atomic(path, text.as_bytes(), false) {
            Ok(saved) => Ok(Filed::New(path.to_path_buf(), saved)),
            Err(_) if read_text(path).is_ok_and(|t| t == text) => Ok(Filed::AlreadyThere),
            Err(e) => Err(e.into()),
        }
    }

    /// Every answer filed from group invitation `id` (for aggregating only), and the
    /// problems of files that could not be read.
    pub(crate) fn group_answers(
        &self,
        id: &str,
    ) -> (Vec<crate::assessment::Assessment>, Vec<Diagnostic>) {
        let mut problems = vec![];
        let dir = self.root().join(GROUPS_DIR).join(id);
        if !crate::id::is_valid_id(id) || fs::symlink_metadata(&dir).is_err() {
            return (vec![], problems);
        }
        let mut found = vec![];
        for path in toml_files(&dir, self.root(), &mut problems) {
            // The tool's own layout read fast, as every assessment is (see `read_canonical`).
            let read = read_text(&path).and_then(|t| match crate::assessment::read_canonical(&t) {
                Some(a) => Ok(a),
                None => crate::assessment::from_toml(&t)
                    .map(|(a, _)| a)
                    .map_err(|d| d.in_file(&path)),
            });
            match read {
                Ok(a) => found.push(a),
                Err(d) => problems.push(d),
            }
        }
        (found, problems)
    }

    /// The files of the assessments filed from invitation `id`, other than `except`.
    fn answers_to(&self, id: &str, except: &str) -> Vec<PathBuf> {
        self.load()
            .assessments
            .iter()
            .filter(|s| {
                s.assessment.id != except
                    && s.assessment
                        .extra
                        .get("from_invitation")
                        .and_then(|v| v.as_str())
                        == Some(id)
            })
            .map(|s| s.path.clone())
            .collect()
    }
}
