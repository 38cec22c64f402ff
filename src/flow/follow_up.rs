//! The question that opens an assessment after an intention: was it followed? Asked once, at
//! the start of a new assessment, by every front end (the full screen and the plain mode).

use super::Flow;
use crate::assessment::Followed;

impl Flow {
    /// Whether to ask about the previous intention first: a new assessment (not a draft taken
    /// up again, `resumed`), nothing answered yet, and the intention's fate not yet said.
    pub(crate) fn asks_follow_up(&self, resumed: bool) -> bool {
        !resumed
            && self.draft.answers.is_empty()
            && self
                .draft
                .previous_intention
                .as_ref()
                .is_some_and(|p| p.followed.is_none())
    }

    /// Records what became of the previous intention (`None`: not said).
    pub(crate) fn set_followed(&mut self, followed: Option<Followed>) {
        if let Some(previous) = &mut self.draft.previous_intention {
            previous.followed = followed;
        }
    }
}
