//! `trend`'s intentions: what each respondent decided after each assessment, and whether it was
//! followed, over time.

use serde_json::{Value, json};

use crate::assessment::Followed;
use crate::cli::Ui;
use crate::cli::table::{Align, printable};
use crate::history;
use crate::intentions::intentions;
use crate::subjects::Subject;

/// The table of intentions after the trend's; empty when nobody set one.
pub(super) fn text(subject: &Subject, ui: &Ui) -> String {
    let c = ui.coach();
    let mut rows = vec![];
    for series in history::series(subject) {
        for i in intentions(subject, series.respondent) {
            let when = i
                .set_in
                .or(i.reviewed_in)
                .map(|s| s.assessment.when().date());
            let followed = match (i.reviewed_in, i.followed) {
                (None, _) => "–",
                (Some(_), Some(Followed::Yes)) => c.followed_yes,
                (Some(_), Some(Followed::Partly)) => c.followed_partly,
                (Some(_), Some(Followed::No)) => c.followed_no,
                (Some(_), None) => c.followed_unsaid,
            };
            rows.push(vec![
                when.unwrap_or_default(),
                ui.respondent(series.respondent).into_owned(),
                printable(&i.text.lines().collect::<Vec<_>>().join(" ")),
                followed.to_string(),
            ]);
        }
    }
    if rows.is_empty() {
        return String::new();
    }
    rows.sort_by(|a, b| a[0].cmp(&b[0]));
    let t = ui.text();
    let header = [
        t.head_date,
        t.head_respondent,
        c.head_intention,
        c.head_followed,
    ];
    format!(
        "\n{}\n{}",
        c.intentions_title,
        ui.table(&header, &[Align::Left; 4], &rows)
    )
}

/// Each series of `trend --format json` gains `"intentions": [{"text","set","reviewed","followed"}]`.
pub(super) fn add_json(json: &mut Value, subject: &Subject) {
    let Some(list) = json.get_mut("series").and_then(Value::as_array_mut) else {
        return;
    };
    for (series, entry) in history::series(subject).iter().zip(list) {
        let found: Vec<Value> = intentions(subject, series.respondent)
            .iter()
            .map(|i| {
                json!({
                    "text": i.text,
                    "set": i.set_in.map(|s| s.assessment.id.clone()),
                    "reviewed": i.reviewed_in.map(|s| s.assessment.id.clone()),
                    "followed": i.followed.map(Followed::as_str),
                })
            })
            .collect();
        entry["intentions"] = Value::Array(found);
    }
}
