//! Which keys two copies of an assessment differ in, so that `check` can say exactly what to
//! compare in a sync tool's conflict copy (an intention written into one, say), rather than
//! "the answers differ".

use super::{Assessment, extra};

impl Assessment {
    /// The file's keys whose values differ between `self` and `other`, in the file's order
    /// (the keys this version does not know after, by name): empty exactly when
    /// `Assessment::same_content` holds. Anything in `[[answers]]` is `answers`.
    pub fn differing_keys(&self, other: &Self) -> Vec<String> {
        let (a, b) = (self, other);
        let mut keys: Vec<String> = [
            ("id", a.id != b.id),
            ("subject", a.subject != b.subject),
            ("respondent", a.respondent != b.respondent),
            ("questionnaire", a.questionnaire != b.questionnaire),
            (
                "questionnaire_version",
                a.questionnaire_version != b.questionnaire_version,
            ),
            ("side", a.side != b.side),
            ("lang", a.lang != b.lang),
            ("started", a.started != b.started),
            ("completed", a.completed != b.completed),
            ("note", a.note != b.note),
            ("intention", a.intention != b.intention),
            (
                "previous_intention",
                match (&a.previous_intention, &b.previous_intention) {
                    (Some(x), Some(y)) => {
                        (&x.text, &x.followed) != (&y.text, &y.followed)
                            || !extra::same_table(&x.extra, &y.extra)
                    }
                    (x, y) => x.is_some() != y.is_some(),
                },
            ),
            (
                "answers",
                a.answers.len() != b.answers.len()
                    || a.answers.iter().zip(&b.answers).any(|(x, y)| {
                        (&x.item, &x.response, &x.note) != (&y.item, &y.response, &y.note)
                            || !extra::same_table(&x.extra, &y.extra)
                    }),
            ),
        ]
        .into_iter()
        .filter(|(_, differs)| *differs)
        .map(|(key, _)| key.to_string())
        .collect();
        let mut unknown: Vec<&String> = a.extra.keys().chain(b.extra.keys()).collect();
        unknown.sort();
        unknown.dedup();
        let one = |t: &toml::Table, k: &String| t.get(k).map(|v| (k.clone(), v.clone()));
        for key in unknown {
            let x: toml::Table = one(&a.extra, key).into_iter().collect();
            let y: toml::Table = one(&b.extra, key).into_iter().collect();
            if !extra::same_table(&x, &y) {
                keys.push(key.clone());
            }
        }
        keys
    }
}

#[cfg(test)]
mod tests {
    use crate::assessment::{Answer, Response, from_toml};

    #[test]
    fn names_exactly_the_keys_that_differ() {
        let a = from_toml(
            "schema = 1\nid = \"A1\"\nsubject = \"Alice\"\nquestionnaire = \"trust\"\n\
             questionnaire_version = 1\nlang = \"en\"\nstarted = 2026-11-26T17:43:33Z\n\
             completed = 2026-11-26T17:50:00Z\n",
        )
        .unwrap()
        .0;
        assert!(a.differing_keys(&a).is_empty());
        let mut b = a.clone();
        b.intention = Some("Ask first".into());
        assert_eq!(a.differing_keys(&b), ["intention"]);
        b.answers.push(Answer {
            item: "x".into(),
            response: Response::Skipped,
            note: None,
            extra: Default::default(),
        });
        b.extra.insert("mood".into(), "calm".into());
        assert_eq!(a.differing_keys(&b), ["intention", "answers", "mood"]);
        assert!(!a.same_content(&b));
    }
}
