//! The store's content as the TUI shows it: one space's assessments and drafts, whose space it
//! is, its check-in cadences, and (in the personal space only) the coach's clients.

use std::sync::Arc;

use crate::assessment::Assessment;
use crate::invitation::record::{Invitation, Who};
use crate::questionnaire::Questionnaire;
use crate::store::{Stored, SubjectSettings};
use crate::subjects::{self, Subject};
use crate::time::Timestamp;

/// What one space holds, read again after every change on disk.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Data {
    pub assessments: Vec<Stored>,
    pub drafts: Vec<Stored>,
    /// Files that could not be read, to mention on the home screen.
    pub problems: usize,
    /// The client whose space this is; `None` for the personal space.
    pub client: Option<String>,
    /// The clients of the data folder, by name: read in the personal space only, so that
    /// nothing of another client ever shows inside a client's space.
    pub clients: Vec<ClientRow>,
    /// The space's check-in cadences (`subjects.toml`).
    pub cadences: SubjectSettings,
    /// The open invitations, as (subject, who is asked): answers still awaited.
    pub waiting: Vec<(String, String)>,
    /// Every time a group was asked, with its answers: shown only together, never one alone.
    pub groups: Groups,
    /// The subjects as home lists them, from the summary index: shown while the store is
    /// still being read (`App::loading`), before `assessments` come.
    pub home: Home,
}

/// Home's subjects before the assessments are read: each as a row says it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Home(pub(crate) Vec<crate::subjects::roster::Row>);

/// The groups asked in the space, each time with its answers (read by the TUI only).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Groups(pub(crate) Vec<AskedGroup>);

/// One invitation of a group and the answers it brought, in the order the group was asked.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct AskedGroup {
    pub invitation: Invitation,
    /// The questionnaire it asked (an invitation whose questionnaire is no longer known is
    /// left out, as an assessment would be).
    pub questionnaire: Arc<Questionnaire>,
    pub answers: Vec<Assessment>,
}

/// One client on the home screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClientRow {
    pub name: String,
    pub subjects: usize,
    pub last: Option<Timestamp>,
    /// Each subject with its owner's latest assessment, and the client's cadences: whether a
    /// check-in is due is decided on screen, with the default cadence and the day
    /// (`due::count_due`), as for the space's own subjects.
    pub latest: Vec<(String, Timestamp)>,
    pub cadences: SubjectSettings,
}

/// What a row of the home screen is: clients first, then subjects, then drafts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HomeRow {
    Client(usize),
    Subject(usize),
    Draft(usize),
}

impl Data {
    pub(crate) fn subjects(&self) -> Vec<Subject<'_>> {
        subjects::by_subject(&self.assessments)
    }

    /// Drafts, most recent first.
    pub(crate) fn drafts_recent_first(&self) -> Vec<&Stored> {
        self.drafts.iter().rev().collect()
    }

    /// Rows of the home list: clients, subjects, drafts.
    pub(crate) fn home_rows(&self) -> usize {
        self.clients.len() + self.subjects().len() + self.drafts.len()
    }

    /// What home row `selected` is.
    pub(crate) fn home_row(&self, selected: usize) -> Option<HomeRow> {
        let clients = self.clients.len();
        let subjects = self.subjects().len();
        if selected < clients {
            Some(HomeRow::Client(selected))
        } else if selected < clients + subjects {
            Some(HomeRow::Subject(selected - clients))
        } else if selected < clients + subjects + self.drafts.len() {
            Some(HomeRow::Draft(selected - clients - subjects))
        } else {
            None
        }
    }

    /// The groups asked about `subject`, each with the times it was asked (oldest first), in
    /// the order they were first asked.
    pub(crate) fn groups_of(&self, subject: &str) -> Vec<Vec<&AskedGroup>> {
        let mut found: Vec<Vec<&AskedGroup>> = vec![];
        for asked in &self.groups.0 {
            let i = &asked.invitation;
            let Who::Group { label, .. } = &i.who else {
                continue;
            };
            if !crate::names::same(&i.subject, subject) {
                continue;
            }
            let same_label = |times: &&mut Vec<&AskedGroup>| {
                crate::names::same(times[0].invitation.respondent(), label)
            };
            match found.iter_mut().find(same_label) {
                Some(times) => times.push(asked),
                None => found.push(vec![asked]),
            }
        }
        for times in &mut found {
            times.sort_by_key(|a| a.invitation.created);
        }
        found
    }

    /// The home row of subject `name`, if it is there.
    pub(crate) fn subject_row(&self, name: &str) -> Option<usize> {
        self.subjects()
            .iter()
            .position(|s| crate::names::same(s.name, name))
            .map(|i| i + self.clients.len())
    }
}
