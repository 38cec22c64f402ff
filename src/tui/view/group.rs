//! The group's screen: a group's answers about the subject, only ever together and only once
//! enough came in; beside them the owner's own latest view; each time the group was asked.

use std::sync::Arc;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;
use unicode_width::UnicodeWidthStr;

use super::text::truncate;
use crate::i18n::{InviteText, TuiGroup, fill};
use crate::invitation::group::{self, GroupView};
use crate::printable::printable;
use crate::questionnaire::Questionnaire;
use crate::store::Stored;
use crate::tui::app::{App, AskedGroup, GroupState};

mod page;
mod table;
#[cfg(test)]
mod tests;
mod words;

/// What the screen shows: one time a group was asked, its view, and the owner's view.
pub(super) struct Shown<'a> {
    pub asked: &'a AskedGroup,
    /// Every time this group was asked, oldest first, each with its view.
    pub times: Vec<(&'a AskedGroup, GroupView)>,
    /// The index in `times` of the one shown.
    pub at: usize,
    /// The questionnaire the answers were scored with.
    pub scored: Arc<Questionnaire>,
    /// The same questionnaire in the interface's language when the catalog has it (names
    /// and statements as the screen writes them).
    pub named: Arc<Questionnaire>,
    /// The owner's latest assessment of the subject with that questionnaire.
    pub yours: Option<&'a Stored>,
}

impl Shown<'_> {
    pub(super) fn view(&self) -> &GroupView {
        &self.times[self.at].1
    }

    /// When time `i` was asked: its date, with the time of day when another time of the
    /// group falls on the same date.
    pub(super) fn asked_on(&self, i: usize) -> String {
        let created = self.times[i].0.invitation.created;
        let same_day = self
            .times
            .iter()
            .enumerate()
            .any(|(k, (t, _))| k != i && t.invitation.created.date() == created.date());
        if same_day {
            created.date_time()
        } else {
            created.date()
        }
    }
}

/// The time of the group the state points at, or why it cannot be shown.
fn shown<'a>(app: &'a App, state: &GroupState) -> Option<Shown<'a>> {
    let groups = app.data.groups_of(&state.results.subject);
    let times = groups.get(state.group)?.clone();
    let at = state.time.min(times.len().checked_sub(1)?);
    let asked = times[at];
    let scored = asked.questionnaire.clone();
    let named = app
        .catalog
        .find_exact(&scored.id, app.lang.code(), scored.version, scored.side())
        .filter(|q| crate::summary::same_shape(&scored, q))
        .cloned()
        .unwrap_or_else(|| scored.clone());
    let times = times
        .into_iter()
        .map(|t| {
            (
                t,
                group::view(&t.questionnaire, &t.answers, app.group_minimum),
            )
        })
        .collect::<Vec<_>>();
    let subjects = app.data.subjects();
    let yours = subjects
        .into_iter()
        .find(|s| crate::names::same(s.name, &state.results.subject))
        .and_then(|s| {
            s.assessments.into_iter().rev().find(|a| {
                crate::names::is_owner(&a.assessment.respondent)
                    && a.assessment.questionnaire == scored.id
            })
        });
    Some(Shown {
        asked,
        times,
        at,
        scored,
        named,
        yours,
    })
}

/// How far the page scrolls at the terminal's size as the model knows it.
pub(crate) fn rows(app: &App, state: &GroupState) -> usize {
    let Some(shown) = shown(app, state) else {
        return 0;
    };
    let view = super::below(super::body_now(app), 2);
    let page = page::page(app, &shown, view);
    super::page::max_offset(page.area.height, view.height)
}

pub(super) fn render(app: &App, state: &GroupState, area: Rect, buf: &mut Buffer) {
    let Some(shown) = shown(app, state) else {
        Line::styled(app.text().subject_gone, app.theme.error).render(area, buf);
        return;
    };
    header(app, &shown, area, buf);
    let view = super::below(area, 2);
    let page = page::page(app, &shown, view);
    super::page::show(app, &page, state.scroll, view, buf);
}

/// The title, the group, when it was asked and how many answered; which time it was.
fn header(app: &App, shown: &Shown, area: Rect, buf: &mut Buffer) {
    let (theme, t) = (&app.theme, TuiGroup::of(app.lang));
    let i = &shown.asked.invitation;
    let count = match i.who {
        crate::invitation::record::Who::Group { count, .. } => count as usize,
        crate::invitation::record::Who::Person(_) => 1,
    };
    let asked = fill(
        t.asked,
        &[
            ("group", &printable(i.respondent())),
            ("date", &shown.asked_on(shown.at)),
            ("n", &shown.view().answers),
            ("count", &count),
        ],
    );
    let left = format!(" · {asked}");
    // Which time this is, on the right where the rest leaves room: the list of times below
    // marks it too, and the date and count come first.
    let place = if shown.times.len() > 1 {
        fill(
            t.time,
            &[("n", &(shown.at + 1)), ("total", &shown.times.len())],
        )
    } else {
        String::new()
    };
    let fits = t.title.width() + left.width() + place.width() + 2 <= area.width as usize;
    let place = if fits { place } else { String::new() };
    let room = (area.width as usize).saturating_sub(place.width() + t.title.width() + 2);
    Line::from(vec![
        Span::styled(t.title, theme.title),
        Span::styled(truncate(&left, room), theme.muted),
    ])
    .render(area, buf);
    if !place.is_empty() && area.width as usize > place.width() + 20 {
        let x = area.right() - place.width() as u16;
        buf.set_string(x, area.y, &place, theme.muted);
    }
}

/// The withheld line, the same words as `show --group`.
pub(super) fn withheld(app: &App, view: &GroupView) -> String {
    fill(
        InviteText::of(app.lang).group_withheld,
        &[("minimum", &view.minimum), ("n", &view.answers)],
    )
}
