//! What the app says, in its language: the tables of words, how a respondent is shown, the
//! messages the event loop reports, and an assessment read in the interface's questionnaire.

use std::borrow::Cow;

use super::app::{App, Failure, Notice};
use crate::i18n::{Common, TuiHelp, TuiKeys, TuiScreens, TuiStatus, fill};
use crate::report::Report;
use crate::store::Stored;

impl App {
    /// The screens' words.
    pub fn text(&self) -> &'static TuiScreens {
        TuiScreens::of(self.lang)
    }

    /// The key bar's words.
    pub fn keys(&self) -> &'static TuiKeys {
        TuiKeys::of(self.lang)
    }

    /// The help overlay's words.
    pub fn help_text(&self) -> &'static TuiHelp {
        TuiHelp::of(self.lang)
    }

    /// The status line's messages.
    pub fn says(&self) -> &'static TuiStatus {
        TuiStatus::of(self.lang)
    }

    /// The method's words (you, virtue, pillar, stages).
    pub fn common(&self) -> &'static Common {
        Common::of(self.lang)
    }

    /// How a stored respondent is shown: `self` is "you" ("vous").
    pub fn respondent<'a>(&self, respondent: &'a str) -> Cow<'a, str> {
        self.common().respondent(respondent)
    }

    /// `one` or `many` by the language's rule, with `{n}` (and any other hole in `args`)
    /// filled.
    pub fn count(
        &self,
        n: usize,
        one: &str,
        many: &str,
        args: &[(&str, &dyn std::fmt::Display)],
    ) -> String {
        let mut all: Vec<(&str, &dyn std::fmt::Display)> = vec![("n", &n)];
        all.extend_from_slice(args);
        fill(self.lang.plural(n as u64, one, many), &all)
    }

    /// An assessment as the screens show it: in the interface language's questionnaire when
    /// the catalog has one of the same shape (as `confiance show` does), else in its own.
    pub fn report<'a>(&'a self, stored: &'a Stored) -> Report<'a> {
        Report::in_lang(stored, &self.catalog, self.lang.code())
    }

    /// A notice from the event loop, in words.
    pub fn notice(&self, notice: &Notice) -> String {
        let t = self.says();
        match notice {
            Notice::Resumed {
                started,
                answered,
                total,
            } => self.count(
                *answered,
                t.resumed_one,
                t.resumed_many,
                &[("started", &started.date_time()), ("total", total)],
            ),
            Notice::BusyNew { subject } => fill(
                t.busy_new,
                &[("subject", &crate::printable::printable(subject))],
            ),
        }
    }

    /// Why something cannot be done, in words.
    pub fn failure(&self, failure: &Failure) -> String {
        let t = self.says();
        match failure {
            Failure::DraftBusy => t.draft_busy.into(),
            Failure::DraftGone => t.draft_gone.into(),
            Failure::DraftUnreadable => t.draft_unreadable.into(),
            Failure::UnknownQuestionnaire(id) => fill(
                t.unknown_questionnaire,
                &[("id", &crate::printable::printable(id))],
            ),
        }
    }
}
