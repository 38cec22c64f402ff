//! The store's content as the TUI shows it: one space's assessments and drafts, whose space it
//! is, its check-in cadences, and (in the personal space only) the coach's clients.

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

    /// The home row of subject `name`, if it is there.
    pub(crate) fn subject_row(&self, name: &str) -> Option<usize> {
        self.subjects()
            .iter()
            .position(|s| crate::names::same(s.name, name))
            .map(|i| i + self.clients.len())
    }
}
