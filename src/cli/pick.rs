//! Which assessment of a subject a command is about: the one named by its id, else the latest
//! of a respondent, else yours. `show`, `compare` and the documents of `report` and `chart`
//! all pick this one way.

use super::table::printable;
use super::{Space, Ui, invalid};
use crate::assessment::DEFAULT_RESPONDENT;
use crate::i18n::fill;
use crate::store::Stored;
use crate::subjects::Subject;

/// The assessment whose id is `id`, else the only one whose id begins with it (at least
/// [`SHORTEST_ID`] characters, any case): nobody types 26 characters read aloud.
fn by_id<'a>(candidates: impl Iterator<Item = &'a Stored>, id: &str) -> Option<&'a Stored> {
    let all: Vec<&Stored> = candidates.collect();
    if let Some(exact) = all.iter().find(|s| s.assessment.id == id) {
        return Some(exact);
    }
    if id.chars().count() < SHORTEST_ID {
        return None;
    }
    let wanted = id.to_ascii_uppercase();
    let mut starting = all
        .into_iter()
        .filter(|s| s.assessment.id.to_ascii_uppercase().starts_with(&wanted));
    match (starting.next(), starting.next()) {
        (Some(one), None) => Some(one),
        _ => None,
    }
}

/// The fewest characters an id is known by.
const SHORTEST_ID: usize = 4;

/// The assessment named by `id`, else the latest of `respondent`, else the owner's latest
/// (yours), else the latest of anyone.
pub(super) fn about<'a>(
    subject: &Subject<'a>,
    respondent: Option<&str>,
    id: Option<&str>,
    space: &Space,
    ui: &Ui,
) -> anyhow::Result<&'a Stored> {
    let owner = space.owner_name();
    if respondent.is_none() && id.is_none() {
        let mine = pick(subject, Some(DEFAULT_RESPONDENT), None, owner, ui);
        if let Ok(found) = mine {
            return Ok(found);
        }
    }
    pick(subject, respondent, id, owner, ui)
}

/// The assessment named by `id`, else the latest one (of `respondent` if given: the owner's
/// name means `self`).
pub(super) fn pick<'a>(
    subject: &Subject<'a>,
    respondent: Option<&str>,
    id: Option<&str>,
    owner: Option<&str>,
    ui: &Ui,
) -> anyhow::Result<&'a Stored> {
    let mut candidates = subject.assessments.iter().copied().filter(|s| {
        respondent.is_none_or(|r| crate::owner::is_respondent(&s.assessment.respondent, r, owner))
    });
    let found = match id {
        Some(id) => by_id(candidates, id),
        None => candidates.next_back(),
    };
    found.ok_or_else(|| {
        let t = ui.text();
        let who = respondent
            .map(|r| fill(t.from_respondent, &[("name", &ui.quoted(r))]))
            .unwrap_or_default();
        let which = id
            .map(|i| fill(t.with_id, &[("id", &printable(i))]))
            .unwrap_or_default();
        // As the person knows them ("you", or the client's name): `--respondent` takes those.
        let respondents = subject
            .respondents()
            .iter()
            .map(|r| ui.quoted(&ui.respondent(r)))
            .collect::<Vec<_>>();
        invalid(fill(
            t.no_assessment_picked,
            &[
                ("name", &ui.quoted(subject.name)),
                ("who", &who),
                ("which", &which),
                ("names", &respondents.join(", ")),
            ],
        ))
    })
}
