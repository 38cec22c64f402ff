//! A session's radar and trend as SVG, captioned in the report's language: the pictures of the
//! HTML report, the files beside a Markdown one, and `confiance chart`.

use crate::figure::svg::{self, Caption, Panel, TimeLine};
use crate::history::{TimeAxis, gap_text};
use crate::i18n::{Common, ReportText, fill};
use crate::session_report::session::Session;
use crate::summary::Summary;
use crate::time::Timestamp;

/// The radar: the main view, the owner's previous assessment, then the other views.
pub(crate) fn radar(session: &Session) -> String {
    let text = ReportText::of(session.lang);
    let view = |r: &Summary| {
        fill(
            text.view,
            &[
                ("who", &session.who(r)),
                ("date", &r.assessment.when().date_words(session.lang)),
            ],
        )
    };
    let mut series = vec![(view(&session.main), &session.main)];
    if let Some(previous) = &session.previous {
        let name = fill(
            text.previous,
            &[
                ("who", &session.who(previous)),
                ("date", &previous.assessment.when().date_words(session.lang)),
            ],
        );
        series.push((name, previous));
    }
    series.extend(session.others.iter().map(|r| (view(r), r)));
    let axes: Vec<String> = session
        .main
        .questionnaire
        .dimensions
        .iter()
        .map(|d| d.short.clone())
        .collect();
    let names: Vec<String> = series.iter().map(|(n, _)| n.clone()).collect();
    let caption = Caption {
        title: text.radar_title.to_string(),
        description: fill(text.radar_desc, &[("series", &names.join("; "))]),
    };
    let drawn: Vec<svg::Series> = series
        .into_iter()
        .map(|(name, report)| svg::Series {
            name,
            scores: report
                .questionnaire
                .dimensions
                .iter()
                .map(|d| report.scores.dimension(&d.id).and_then(|s| s.score))
                .collect(),
        })
        .collect();
    svg::radar(&caption, &axes, &drawn)
}

/// The trend: the overall score, then each dimension, one line per respondent, on the time
/// axis of the terminal's trend (a long pause is a break no line crosses). `None` with fewer
/// than two assessments.
pub(crate) fn trend(session: &Session) -> Option<String> {
    if session.trend_points() < 2 {
        return None;
    }
    let lang = session.lang;
    let (words, text) = (Common::of(lang), ReportText::of(lang));
    let all: Vec<&Summary> = session.history.iter().flat_map(|s| &s.reports).collect();
    let first = all.iter().copied().min_by_key(|r| r.assessment.when())?;
    let last = all.iter().copied().max_by_key(|r| r.assessment.when())?;
    let times: Vec<Timestamp> = all.iter().map(|r| r.assessment.when()).collect();
    let axis = TimeAxis::new(&times, AXIS_UNITS + 1, false, BREAK_UNITS);
    let at = |t: Timestamp| axis.x(t) / f64::from(AXIS_UNITS);
    // Each respondent's line, in stretches that end where the time line breaks.
    let line = |score: &dyn Fn(&Summary) -> Option<f64>| -> Vec<Vec<Vec<(f64, f64)>>> {
        session
            .history
            .iter()
            .map(|s| {
                let mut stretches: Vec<Vec<(f64, f64)>> = vec![];
                let mut before: Option<Timestamp> = None;
                for r in &s.reports {
                    let Some(value) = score(r) else { continue };
                    let when = r.assessment.when();
                    if before.is_none_or(|b| axis.crosses_break(b, when)) {
                        stretches.push(vec![]);
                    }
                    if let Some(stretch) = stretches.last_mut() {
                        stretch.push((at(when), value));
                    }
                    before = Some(when);
                }
                stretches
            })
            .collect()
    };
    let main = Panel {
        title: words.overall.to_string(),
        lines: line(&|r| r.scores.overall),
    };
    let small: Vec<Panel> = session
        .main
        .questionnaire
        .dimensions
        .iter()
        .map(|d| Panel {
            title: d.short.clone(),
            lines: line(&|r| r.scores.dimension(&d.id).and_then(|s| s.score)),
        })
        .collect();
    let names: Vec<String> = session
        .history
        .iter()
        .map(|s| match s.reports.first() {
            Some(r) => session.who(r),
            None => s.respondent.to_string(),
        })
        .collect();
    // The dates most wanted first: both ends, both sides of each break, then every other.
    let moment = |t: Timestamp| (at(t), t.date());
    let mut ticks = vec![
        moment(first.assessment.when()),
        moment(last.assessment.when()),
    ];
    for (b, _, _) in &axis.breaks {
        ticks.extend([moment(b.after), moment(b.before)]);
    }
    ticks.extend(axis.moments.iter().map(|(t, _)| moment(*t)));
    let time = TimeLine {
        ticks,
        breaks: axis
            .breaks
            .iter()
            .map(|(b, from, to)| {
                let units = f64::from(AXIS_UNITS);
                (from / units, to / units, gap_text(lang, b.length()))
            })
            .collect(),
    };
    let mut description = fill(
        text.trend_desc,
        &[
            ("first", &first.assessment.when().date_words(lang)),
            ("last", &last.assessment.when().date_words(lang)),
            ("series", &names.join("; ")),
        ],
    );
    for (b, _, _) in &axis.breaks {
        let said = fill(
            text.trend_break,
            &[
                ("length", &b.length().text(lang)),
                ("date", &b.after.date_words(lang)),
            ],
        );
        description = format!("{description} {said}");
    }
    let caption = Caption {
        title: text.trend_title.to_string(),
        description,
    };
    Some(svg::trend(&caption, &names, &main, &small, &time))
}

/// The time axis is laid out over this many units, then drawn at each panel's width...
const AXIS_UNITS: u16 = 1000;
/// ...and a break takes this many of them, whatever its length.
const BREAK_UNITS: f64 = 200.0;
