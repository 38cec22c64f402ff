//! A session's radar and trend as SVG, captioned in the report's language: the pictures of the
//! HTML report, the files beside a Markdown one, and `confiance chart`.

use crate::figure::svg::{self, Caption, Panel};
use crate::i18n::{Common, ReportText, fill};
use crate::session_report::session::Session;
use crate::summary::Summary;

/// The radar: the main view, the owner's previous assessment, then the other views.
pub(crate) fn radar(session: &Session) -> String {
    let text = ReportText::of(session.lang);
    let view = |r: &Summary| {
        fill(
            text.view,
            &[
                ("who", &session.who(r)),
                ("date", &r.assessment.when().date()),
            ],
        )
    };
    let mut series = vec![(view(&session.main), &session.main)];
    if let Some(previous) = &session.previous {
        let name = fill(
            text.previous,
            &[
                ("who", &session.who(previous)),
                ("date", &previous.assessment.when().date()),
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
        description: fill(
            text.radar_desc,
            &[("n", &axes.len()), ("series", &names.join("; "))],
        ),
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

/// The trend: the overall score, then each dimension, one line per respondent. `None` with
/// fewer than two assessments.
pub(crate) fn trend(session: &Session) -> Option<String> {
    if session.trend_points() < 2 {
        return None;
    }
    let (words, text) = (Common::of(session.lang), ReportText::of(session.lang));
    let seconds = |r: &Summary| r.assessment.when().unix_seconds() as f64;
    let all: Vec<&Summary> = session.history.iter().flat_map(|s| &s.reports).collect();
    let first = all.iter().copied().min_by_key(|r| r.assessment.when())?;
    let last = all.iter().copied().max_by_key(|r| r.assessment.when())?;
    let line = |score: &dyn Fn(&Summary) -> Option<f64>| -> Vec<Vec<(f64, f64)>> {
        session
            .history
            .iter()
            .map(|s| {
                s.reports
                    .iter()
                    .filter_map(|r| Some((seconds(r), score(r)?)))
                    .collect()
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
    let mut dates: Vec<&Summary> = all.clone();
    dates.sort_by_key(|r| r.assessment.when());
    dates.dedup_by_key(|r| r.assessment.when().date());
    let step = dates.len().div_ceil(5).max(1);
    let mut ticks: Vec<(f64, String)> = dates
        .iter()
        .step_by(step)
        .map(|r| (seconds(r), r.assessment.when().date()))
        .collect();
    if ticks.last().map(|t| t.0) != Some(seconds(last)) {
        ticks.push((seconds(last), last.assessment.when().date()));
    }
    let caption = Caption {
        title: text.trend_title.to_string(),
        description: fill(
            text.trend_desc,
            &[
                ("first", &first.assessment.when().date()),
                ("last", &last.assessment.when().date()),
                ("series", &names.join("; ")),
            ],
        ),
    };
    Some(svg::trend(
        &caption,
        &names,
        &main,
        &small,
        (seconds(first), seconds(last)),
        &ticks,
    ))
}
