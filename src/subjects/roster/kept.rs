//! Home's rows as its first sight keeps them (`.cache/home`, see `store::cache::home`): the
//! rows of a [`Roster`](super::Roster) as JSON, and back.

use super::Row;
use crate::time::Timestamp;

/// A row as the home screen's first sight keeps it (`.cache/home`): times as (seconds,
/// nanoseconds).
#[derive(serde::Serialize, serde::Deserialize)]
struct Kept(
    String,
    usize,
    (i64, u32),
    Option<f64>,
    String,
    Vec<String>,
    (i64, u32),
    Vec<Option<f64>>,
);

/// `rows` as JSON, for [`from_json`] to read back.
pub(crate) fn to_json(rows: &[Row]) -> Vec<u8> {
    let moment = |t: Timestamp| (t.unix_seconds(), t.subsec_nanos());
    let kept: Vec<Kept> = rows
        .iter()
        .map(|r| {
            Kept(
                r.name.clone(),
                r.count,
                moment(r.last),
                r.overall,
                r.overall_respondent.clone(),
                r.respondents.clone(),
                moment(r.check_in_from),
                r.history.clone(),
            )
        })
        .collect();
    serde_json::to_vec(&kept).unwrap_or_default()
}

/// The rows [`to_json`] wrote; `None` for anything else.
pub(crate) fn from_json(bytes: &[u8]) -> Option<Vec<Row>> {
    let kept: Vec<Kept> = serde_json::from_slice(bytes).ok()?;
    let at = |(secs, nanos): (i64, u32)| Timestamp::from_unix(secs, nanos);
    Some(
        kept.into_iter()
            .map(
                |Kept(name, count, last, overall, whose, respondents, from, history)| Row {
                    name,
                    count,
                    last: at(last),
                    overall,
                    overall_respondent: whose,
                    respondents,
                    check_in_from: at(from),
                    history,
                },
            )
            .collect(),
    )
}
