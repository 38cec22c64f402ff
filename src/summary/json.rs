//! The JSON forms of a report: `show --format json`, and the `export --format json` object
//! that `import` reads back.

use serde_json::{Value, json};

use super::Summary;
use crate::assessment::Response;

impl Summary<'_> {
    /// The `show --format json` object.
    pub(crate) fn to_json(&self) -> Value {
        let a = self.assessment;
        let notes: Vec<Value> = self
            .notes()
            .iter()
            .map(|n| json!({"item": n.item, "question": n.question, "note": n.note}))
            .collect();
        let dimensions: Vec<Value> = self
            .rows()
            .map(|r| {
                json!({
                    "id": r.dimension.id,
                    "group": r.dimension.group.as_str(),
                    "name": r.dimension.name,
                    "short": r.dimension.short,
                    "score": r.score,
                    "answered": r.answered,
                    "items": r.items,
                })
            })
            .collect();
        let mut out = json!({
            "id": a.id,
            "subject": a.subject,
            "respondent": a.respondent,
            "questionnaire": a.questionnaire,
            "questionnaire_version": a.questionnaire_version,
            "lang": a.lang,
            "started": a.started.to_string(),
            "completed": a.completed.map(|c| c.to_string()),
            "dimensions": dimensions,
            "virtues": self.scores.virtues,
            "pillars": self.scores.pillars,
            "overall": self.scores.overall,
            "stage": self.stage_json(),
            "scored_dimensions": self.scores.scored(),
            "outcomes": self.scores.outcomes.iter().map(|o| json!({
                "item": o.item,
                "value": o.value,
            })).collect::<Vec<_>>(),
            "warnings": self.warnings_json(),
            "note": a.note,
            "notes": notes,
            "intention": a.intention,
            "previous_intention": a.previous_intention.as_ref().map(previous_json),
        });
        // The side answering, for a questionnaire worded for two sides.
        if let Some(side) = &a.side {
            out["side"] = json!(side);
        }
        out
    }

    /// What the answers themselves ask to look at again: the whole set leaning one way
    /// (`answered_alike`, first), then each reversed pair.
    fn warnings_json(&self) -> Vec<Value> {
        let alike = self
            .answered_alike()
            .then(|| json!({"kind": "answered_alike"}));
        let pairs = self.reversed_pairs().into_iter().map(|p| {
            json!({
                "kind": "reversed_pair",
                "dimension": p.dimension,
                "items": p.items,
            })
        });
        alike.into_iter().chain(pairs).collect()
    }

    fn stage_json(&self) -> Value {
        match (self.scores.stage, self.stage()) {
            (Some(i), Some(stage)) => {
                json!({"level": i + 1, "name": stage.name, "about": stage.about})
            }
            _ => Value::Null,
        }
    }

    /// `{"<dimension id>": score}`, as in exports and trends.
    pub(crate) fn dimension_scores_json(&self) -> Value {
        let map: serde_json::Map<String, Value> = self
            .scores
            .dimensions
            .iter()
            .map(|d| (d.id.clone(), json!(d.score)))
            .collect();
        Value::Object(map)
    }

    /// The `export --format json` object: the whole file's content plus the scores. `import`
    /// reads it back, so that an export imported into an empty store exports identically.
    pub(crate) fn to_export_json(&self) -> Value {
        let a = self.assessment;
        let answers: Vec<Value> = a
            .answers
            .iter()
            .map(|answer| {
                let mut v = json!({"item": answer.item});
                match answer.response {
                    Response::Value(n) => v["value"] = json!(n),
                    Response::Skipped => v["skipped"] = json!(true),
                    Response::Unanswered => {}
                }
                if let Some(note) = &answer.note {
                    v["note"] = json!(note);
                }
                if !answer.extra.is_empty() {
                    v["extra"] = Value::Object(crate::assessment::extra::to_json(&answer.extra));
                }
                v
            })
            .collect();
        let dimensions = self.dimension_scores_json();
        // Unknown keys go under `extra` (not beside the known ones) so that none can collide
        // with a known key or `scores`; `import` puts them back.
        let mut out = json!({
            "schema": crate::assessment::SCHEMA,
            "id": a.id,
            "subject": a.subject,
            "respondent": a.respondent,
            "questionnaire": a.questionnaire,
            "questionnaire_version": a.questionnaire_version,
            "lang": a.lang,
            "started": a.started.to_string(),
            "completed": a.completed.map(|c| c.to_string()),
            "note": a.note,
            "intention": a.intention,
            "previous_intention": a.previous_intention.as_ref().map(previous_json),
            "answers": answers,
            "scores": {
                "dimensions": dimensions,
                "virtues": self.scores.virtues,
                "pillars": self.scores.pillars,
                "overall": self.scores.overall,
                "stage": self.stage_json(),
            },
        });
        if let Some(side) = &a.side {
            out["side"] = json!(side);
        }
        if !a.extra.is_empty() {
            out["extra"] = Value::Object(crate::assessment::extra::to_json(&a.extra));
        }
        out
    }
}

/// `{"text","followed"}` (and `"extra"` when the file had keys this version does not know).
pub(crate) fn previous_json(p: &crate::assessment::PreviousIntention) -> Value {
    let mut v = json!({"text": p.text, "followed": p.followed.map(|f| f.as_str())});
    if !p.extra.is_empty() {
        v["extra"] = Value::Object(crate::assessment::extra::to_json(&p.extra));
    }
    v
}

#[cfg(test)]
mod tests {
    use crate::assessment::{Answer, Assessment, Followed, PreviousIntention, Response, from_json};
    use crate::questionnaire::Catalog;
    use crate::summary::Summary;
    use crate::time::Timestamp;

    #[test]
    fn intentions_survive_the_json_backup() {
        let q = Catalog::builtin().find("trust", "en").unwrap().clone();
        let at = Timestamp::parse("2026-11-26T17:43:33Z").unwrap();
        let mut a = Assessment {
            id: "A1".into(),
            subject: "Team Atlas".into(),
            respondent: "self".into(),
            questionnaire: "trust".into(),
            questionnaire_version: 1,
            side: None,
            lang: "en".into(),
            started: at,
            completed: Some(at),
            note: Some("session".into()),
            intention: Some("Ask before deciding".into()),
            previous_intention: Some(PreviousIntention::new("Share early", Some(Followed::No))),
            answers: vec![Answer {
                item: q.items[0].id.clone(),
                response: Response::Value(3),
                note: Some("why".into()),
                extra: Default::default(),
            }],
            extra: Default::default(),
        };
        a.previous_intention
            .as_mut()
            .unwrap()
            .extra
            .insert("mood".into(), toml::Value::String("calm".into()));
        let json = Summary::new(&a, &q).to_export_json();
        let back = from_json(&json.to_string()).unwrap();
        assert_eq!(back, vec![a.clone()]);
        let bad = json.to_string().replace("\"no\"", "\"never\"");
        assert!(
            from_json(&bad)
                .unwrap_err()
                .message
                .contains("`followed` must be")
        );
        a.previous_intention = None;
        a.intention = None;
        let back = from_json(&Summary::new(&a, &q).to_export_json().to_string()).unwrap();
        assert_eq!(back, vec![a]);
    }
}
