//! The session report's content, computed once from a subject's assessments: what each section
//! shows, or nothing when it has no data. The HTML and Markdown writers only lay it out, so
//! they can never disagree.

use crate::assessment::Response;
use crate::history::{self, Series};
use crate::i18n::{Common, Lang};
use crate::printable::printable;
use crate::questionnaire::{Catalog, Dimension, Item};
use crate::store::Stored;
use crate::subjects::Subject;
use crate::summary::Summary;
use crate::time::Timestamp;

/// Who owns the relationship: their name fills the other side's questions, and in a
/// client's space the client is named instead of "you".
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Owner<'a> {
    pub name: Option<&'a str>,
    pub client: Option<&'a str>,
}

/// Everything a session report says about one assessment of a subject.
pub(crate) struct Session<'a> {
    pub subject: &'a str,
    /// The client whose space this is, if any: the owner, shown by name.
    pub client: Option<&'a str>,
    pub lang: Lang,
    /// The assessment the report is about.
    pub(crate) main: Summary<'a>,
    /// The same respondent's previous assessment with the same questionnaire.
    pub(crate) previous: Option<Summary<'a>>,
    /// The latest assessment of every other respondent, same questionnaire.
    pub(crate) others: Vec<Summary<'a>>,
    /// Every respondent's assessments over time, same questionnaire, up to the main one.
    pub(crate) history: Vec<Series<'a>>,
    /// When the next check-in is due, and every how many weeks (none when check-ins are off).
    pub(crate) next_check_in: Option<Timestamp>,
    pub(crate) cadence_weeks: Option<u32>,
    /// A group asked about the subject (`invite --group`): its view, aggregated.
    pub(crate) group: Option<GroupPart>,
}

/// A group's view for the report: its label, its aggregated answers, and the main view set
/// against its median.
pub(crate) struct GroupPart {
    pub label: String,
    pub view: crate::invitation::group::GroupView,
    pub against: Vec<(String, Option<crate::invitation::group::Against>)>,
}

/// A dimension of the main assessment, with its change since the previous one.
pub(crate) struct Ranked<'a> {
    pub dimension: &'a Dimension,
    pub(crate) score: Option<f64>,
    pub change: Option<crate::change::Change>,
}

/// A statement with every view's answer (main first, then the others).
pub(crate) struct Statement<'a> {
    pub item: &'a Item,
    pub answers: Vec<Option<&'a Response>>,
    pub(crate) notes: Vec<Option<&'a str>>,
}

impl<'a> Session<'a> {
    /// The report on `chosen` (one of `subject`'s assessments), read in `lang` where the
    /// questionnaire has that language.
    pub(crate) fn new(
        subject: &Subject<'a>,
        chosen: &'a Stored,
        catalog: &'a Catalog,
        lang: Lang,
        owner: Owner<'a>,
    ) -> Self {
        let read = |s: &'a Stored| Summary::in_lang(s, catalog, lang.code()).with_owner(owner.name);
        let main = &chosen.assessment;
        // Only what compares dimension by dimension: the same questionnaire.
        let comparable: Vec<&'a Stored> = subject
            .assessments
            .iter()
            .copied()
            .filter(|s| s.assessment.questionnaire == main.questionnaire)
            .collect();
        let previous = comparable
            .iter()
            .rev()
            .filter(|s| s.assessment.when() <= main.when() && s.assessment.id != main.id)
            .find(|s| crate::names::same(&s.assessment.respondent, &main.respondent))
            .map(|s| read(s));
        // Each other view: the one nearest in time to the main assessment (the other side
        // often answers the day after, and an older report keeps its own time's views).
        let distance =
            |s: &&Stored| (s.assessment.when().unix_seconds() - main.when().unix_seconds()).abs();
        let mut others: Vec<&'a Stored> = vec![];
        let scope = Subject {
            name: subject.name,
            assessments: comparable.clone(),
        };
        for who in scope.respondents() {
            if crate::names::same(who, &main.respondent) {
                continue;
            }
            let nearest = comparable
                .iter()
                .copied()
                .filter(|s| crate::names::same(&s.assessment.respondent, who))
                .min_by_key(distance);
            others.extend(nearest);
        }
        others.truncate(history::MAX_COMPARED - 2);
        let until = others
            .iter()
            .map(|s| s.assessment.when())
            .chain([main.when()])
            .max()
            .unwrap_or(main.when());
        let scope = Subject {
            name: subject.name,
            assessments: comparable
                .into_iter()
                .filter(|s| s.assessment.when() <= until)
                .collect(),
        };
        let history = history::series_read(&scope, read);
        let others = others.into_iter().map(read).collect();
        Self {
            subject: subject.name,
            client: owner.client,
            lang,
            main: read(chosen),
            previous,
            others,
            history,
            next_check_in: None,
            cadence_weeks: None,
            group: None,
        }
    }

    /// The dimensions from the highest score to the lowest (unscored last), each with its
    /// change since the previous assessment.
    pub(crate) fn ranked(&self) -> Vec<Ranked<'a>> {
        let mut rows: Vec<Ranked> = self
            .main
            .rows()
            .map(|row| Ranked {
                dimension: row.dimension,
                score: row.score,
                change: self.previous.as_ref().and_then(|p| {
                    crate::change::of(
                        crate::change::Measure::Dimension(&row.dimension.id),
                        &self.main.scores,
                        &p.scores,
                        &self.main.questionnaire.scale,
                    )
                }),
            })
            .collect();
        rows.sort_by(|a, b| {
            b.score
                .unwrap_or(-1.0)
                .partial_cmp(&a.score.unwrap_or(-1.0))
                .unwrap_or(std::cmp::Ordering::Equal)
        });
        rows
    }

    /// The two highest and the two lowest scored dimensions (fewer when few are scored).
    pub(crate) fn strengths_and_start(&self) -> (Vec<&'a Dimension>, Vec<&'a Dimension>) {
        let scored: Vec<&'a Dimension> = self
            .ranked()
            .into_iter()
            .filter(|r| r.score.is_some())
            .map(|r| r.dimension)
            .collect();
        let half = (scored.len() / 2).min(2);
        let strengths = scored[..half].to_vec();
        let start = scored[scored.len() - half..]
            .iter()
            .rev()
            .copied()
            .collect();
        (strengths, start)
    }

    /// The change of the overall score since the previous assessment.
    pub(crate) fn overall_change(&self) -> Option<crate::change::Change> {
        history::change(self.previous.as_ref(), &self.main)
    }

    /// How a view is named: the client's name (in a client's space) or "you" for the owner,
    /// else the respondent as written.
    pub(crate) fn who(&self, report: &Summary) -> String {
        match self.client {
            Some(client) if is_owner(&report.assessment.respondent) => printable(client),
            _ => Common::of(self.lang)
                .respondent(&report.assessment.respondent)
                .into_owned(),
        }
    }

    /// The views shown side by side: the main one, then the others.
    pub(crate) fn views(&self) -> Vec<&Summary<'a>> {
        std::iter::once(&self.main).chain(&self.others).collect()
    }

    /// Every statement in asking order, with each view's answer and note.
    pub(crate) fn statements(&self) -> Vec<Statement<'a>> {
        let views = self.views();
        self.main
            .questionnaire
            .items
            .iter()
            .map(|item| {
                let answer =
                    |r: &&Summary<'a>| r.assessment.answers.iter().find(|a| a.item == item.id);
                Statement {
                    item,
                    answers: views
                        .iter()
                        .map(|r| answer(r).map(|a| &a.response))
                        .collect(),
                    notes: views
                        .iter()
                        .map(|r| answer(r).and_then(|a| a.note.as_deref()))
                        .collect(),
                }
            })
            .collect()
    }

    /// Whether any view holds a note, on a statement or on the whole session.
    pub(crate) fn has_notes(&self) -> bool {
        self.views().iter().any(|r| {
            r.assessment.note.is_some() || r.assessment.answers.iter().any(|a| a.note.is_some())
        })
    }

    /// How many assessments the trend draws; it is drawn from two.
    pub(crate) fn trend_points(&self) -> usize {
        self.history.iter().map(|s| s.reports.len()).sum()
    }

    /// Every assessment id in the report, oldest first.
    pub(crate) fn ids(&self) -> Vec<&'a str> {
        let mut ids: Vec<(_, &str)> = self
            .history
            .iter()
            .flat_map(|s| &s.reports)
            .map(|r| (r.assessment.when(), r.assessment.id.as_str()))
            .collect();
        ids.sort();
        ids.into_iter().map(|(_, id)| id).collect()
    }
}

pub(crate) use crate::names::is_owner;
