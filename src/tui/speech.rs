//! What the app says, in its language: the tables of words, how a respondent is shown, the
//! messages the event loop reports, and an assessment read in the interface's questionnaire.

use std::borrow::Cow;

use super::app::{App, Failure, Notice};
use crate::i18n::{Common, Lang, TuiHelp, TuiKeys, TuiScreens, TuiStatus, fill};
use crate::store::Stored;
use crate::summary::Summary;

impl App {
    /// The screens' words.
    pub(crate) fn text(&self) -> &'static TuiScreens {
        TuiScreens::of(self.lang)
    }

    /// The key bar's words.
    pub(crate) fn keys(&self) -> &'static TuiKeys {
        TuiKeys::of(self.lang)
    }

    /// The help overlay's words.
    pub(crate) fn help_text(&self) -> &'static TuiHelp {
        TuiHelp::of(self.lang)
    }

    /// The status line's messages.
    pub(crate) fn says(&self) -> &'static TuiStatus {
        TuiStatus::of(self.lang)
    }

    /// The method's words (you, virtue, pillar, stages).
    pub(crate) fn common(&self) -> &'static Common {
        Common::of(self.lang)
    }

    /// How a stored respondent is shown: `self` is "you" ("vous"), or in a client's space
    /// the client, whose space it is.
    pub(crate) fn respondent<'a>(&self, respondent: &'a str) -> Cow<'a, str> {
        match &self.data.client {
            Some(client) if crate::names::is_owner(respondent) => {
                crate::printable::printable(client).into()
            }
            _ => self.common().respondent(respondent),
        }
    }

    /// A header's subject and whose view it is. The owner's view: "Team Atlas · you". The
    /// other side's says who answers about whom ("Team Atlas's view of Inès"), since "Team
    /// Atlas · Team Atlas" would say neither; the subject comes first only when someone of it
    /// answers ("Team Atlas · Léa's view of Inès"). The question, review, follow-up and
    /// results headers all say it this way.
    pub(crate) fn whose_view(&self, subject: &str, respondent: &str) -> String {
        let shown = self.respondent(respondent);
        if crate::names::is_owner(respondent) {
            return format!("{} · {shown}", crate::printable::printable(subject));
        }
        let t = self.text();
        let view = match self.owner() {
            Some(owner) => fill(
                t.view_of,
                &[
                    ("who", &shown),
                    ("owner", &crate::printable::printable(owner)),
                ],
            ),
            None => fill(t.view_by, &[("who", &shown)]),
        };
        if crate::names::identity(respondent) == crate::names::identity(subject) {
            view
        } else {
            format!("{} · {view}", crate::printable::printable(subject))
        }
    }

    /// The questionnaires a new assessment can use, (id, title in the interface's language),
    /// in the catalog's order.
    pub(crate) fn questionnaires(&self) -> Vec<(String, String)> {
        let mut list: Vec<(String, String)> = vec![];
        for entry in self.catalog.entries() {
            let id = &entry.questionnaire.id;
            if list.iter().any(|(known, _)| known == id) {
                continue;
            }
            if let Some(q) = self.catalog.get(id, self.lang.code()) {
                list.push((id.clone(), q.title.clone()));
            }
        }
        list
    }

    /// The sides of each questionnaire of [`Self::questionnaires`], in its order: (id, name)
    /// in the interface's language; empty for a questionnaire worded for one side.
    pub(crate) fn questionnaire_sides(&self) -> Vec<Vec<(String, String)>> {
        self.questionnaires()
            .iter()
            .map(|(id, _)| {
                self.catalog
                    .get(id, self.lang.code())
                    .map(|q| {
                        q.sides()
                            .iter()
                            .map(|s| (s.id.clone(), s.name.clone()))
                            .collect()
                    })
                    .unwrap_or_default()
            })
            .collect()
    }

    /// `one` or `many` by the language's rule, with `{n}` (and any other hole in `args`)
    /// filled.
    pub(crate) fn count(
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
    pub(crate) fn report<'a>(&'a self, stored: &'a Stored) -> Summary<'a> {
        Summary::in_lang(stored, &self.catalog, self.lang.code()).with_owner(self.owner())
    }

    /// A notice from the event loop, in words.
    pub(crate) fn notice(&self, notice: &Notice) -> String {
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
            Notice::NameSaved => t.name_saved.into(),
            Notice::NameNotSaved(reason) => fill(
                t.name_not_saved,
                &[("reason", &self.reason(reason.as_deref()))],
            ),
        }
    }

    /// Why something cannot be done, in words.
    pub(crate) fn failure(&self, failure: &Failure) -> String {
        failure_in(self.lang, failure)
    }

    /// What became of an intention, in words.
    pub(crate) fn followed(&self, intention: &crate::intentions::Intention) -> &'static str {
        use crate::assessment::Followed;
        let t = self.text();
        match intention.followed {
            Some(Followed::Yes) => t.followed_yes,
            Some(Followed::Partly) => t.followed_partly,
            Some(Followed::No) => t.followed_no,
            None if intention.reviewed_in.is_none() => t.followed_pending,
            None => t.followed_unsaid,
        }
    }

    /// Why the config file could not be written: the system's reason, or that there is no
    /// config folder.
    fn reason(&self, reason: Option<&str>) -> String {
        reason.map_or_else(|| self.says().no_config_folder.to_string(), String::from)
    }
}

/// Why something cannot be done, in the words of `lang` (the plain mode says it too).
pub(crate) fn failure_in(lang: Lang, failure: &Failure) -> String {
    let t = TuiStatus::of(lang);
    let or_no_folder =
        |reason: Option<&str>| reason.map_or_else(|| t.no_config_folder.to_string(), String::from);
    match failure {
        Failure::DraftBusy => t.draft_busy.into(),
        Failure::DraftGone => t.draft_gone.into(),
        Failure::DraftUnreadable => t.draft_unreadable.into(),
        Failure::AlreadySaved => t.already_saved.into(),
        Failure::UnknownQuestionnaire(id) => fill(
            t.unknown_questionnaire,
            &[("id", &crate::printable::printable(id))],
        ),
        Failure::NotDiscarded(reason) => fill(t.not_discarded, &[("reason", reason)]),
        Failure::NotAmended(reason) => fill(t.not_amended, &[("reason", reason)]),
        Failure::SettingNotSaved(reason) => fill(
            t.setting_not_saved,
            &[("reason", &or_no_folder(reason.as_deref()))],
        ),
        Failure::ClientAmbiguous(names) => {
            let names: Vec<String> = names
                .iter()
                .map(|n| crate::printable::printable(n))
                .collect();
            fill(t.client_ambiguous, &[("names", &names.join(", "))])
        }
        Failure::ClientNotMade(reason) => fill(t.client_not_made, &[("reason", reason)]),
        Failure::NotLocked(reason) => fill(t.not_locked, &[("reason", reason)]),
        Failure::DraftNotRemoved(reason) => fill(t.draft_not_removed, &[("reason", reason)]),
        Failure::NotSavedOnExit(reason) => fill(t.not_saved_on_exit, &[("reason", reason)]),
    }
}
