//! Round trips of the assessment format, and the layouts a person may write by hand.

use proptest::prelude::*;

use super::*;
use crate::time::Timestamp;

fn sample() -> Assessment {
    Assessment {
        id: "01JD2ABC".into(),
        subject: "Zoé \"Z\" \\ 团队 🚀".into(),
        respondent: "self".into(),
        questionnaire: "trust".into(),
        questionnaire_version: 1,
        side: None,
        lang: "fr".into(),
        started: Timestamp::parse("2026-11-26T17:43:33Z").unwrap(),
        completed: Some(Timestamp::parse("2026-11-26T17:58:01Z").unwrap()),
        note: Some("line one\nline two\r\n'''\"\"\"".into()),
        intention: Some("Ask Zoé what \"done\" means, before Friday.".into()),
        previous_intention: Some(PreviousIntention::new(
            "Share the plan early",
            Some(Followed::Partly),
        )),
        answers: vec![
            Answer {
                item: "common-language.terms".into(),
                response: Response::Value(4),
                note: None,
                extra: Default::default(),
            },
            Answer {
                item: "common-language.explain".into(),
                response: Response::Skipped,
                note: Some("\u{0}\u{7f} control".into()),
                extra: Default::default(),
            },
        ],
        extra: Default::default(),
    }
}

#[test]
fn sample_round_trips() {
    let a = sample();
    let (back, _) = from_toml(&to_toml(&a)).unwrap();
    assert_eq!(back, a);
}

#[test]
fn intentions_are_written_in_the_documented_layout_and_read_back() {
    let text = to_toml(&sample());
    let intention = text.find("intention = ").unwrap();
    let previous = text.find("[previous_intention]").unwrap();
    assert!(
        intention < previous && previous < text.find("[[answers]]").unwrap(),
        "{text}"
    );
    assert!(text.contains("followed = \"partly\""), "{text}");
    let bad = text.replace("followed = \"partly\"", "followed = \"mostly\"");
    let d = from_toml(&bad).unwrap_err();
    assert!(d.message.contains("`followed` must be"), "{d:?}");
    let line = bad[..bad.find("\"mostly\"").unwrap()].matches('\n').count() + 1;
    assert_eq!(d.line, Some(line));
    // A newer version's key inside the table survives a rewrite.
    let more = text.replace(
        "[previous_intention]\n",
        "[previous_intention]\nmood = \"calm\"\n",
    );
    let (a, _) = from_toml(&more).unwrap();
    let kept = a.previous_intention.as_ref().unwrap();
    assert_eq!(
        kept.extra.get("mood").and_then(|v| v.as_str()),
        Some("calm")
    );
    assert_eq!(from_toml(&to_toml(&a)).unwrap().0, a);
    assert!(a.same_content(&from_toml(&to_toml(&a)).unwrap().0));
    // Without `followed`: shown, but the person did not say.
    let unsaid = text.replace("followed = \"partly\"\n", "");
    let (a, _) = from_toml(&unsaid).unwrap();
    assert_eq!(a.previous_intention.unwrap().followed, None);
}

#[test]
fn hand_written_layouts_load() {
    let text = "# a comment\r\nschema = 1\r\nid = \"x1\"\r\nsubject = 'Al'\r\nquestionnaire = \"trust\"\r\n\
        questionnaire_version = 1\r\nlang = \"en\"\r\nstarted = 2026-11-26T18:43:33+01:00\r\n\
        answers = [ { item = \"a\", value = 3 }, { item = \"b\", skipped = true, note = \"\"\"\r\nhi\"\"\" } ]\r\n";
    let (a, spans) = from_toml(text).unwrap();
    assert_eq!(a.respondent, "self", "respondent defaults to self");
    assert_eq!(a.started.to_string(), "2026-11-26T17:43:33Z");
    assert!(a.is_draft());
    assert_eq!(a.answers[1].response, Response::Skipped);
    assert_eq!(spans.items.len(), 2);
}

#[test]
fn unknown_keys_are_kept_when_rewriting() {
    let text = "schema = 1\nid = \"x\"\nsubject = \"A\"\nquestionnaire = \"trust\"\nquestionnaire_version = 1\n\
        lang = \"en\"\nstarted = 2026-11-26T17:43:33Z\nmood = \"calm\"\n[extra_table]\nk = 1\n\
        [[answers]]\nitem = \"a\"\nvalue = 2\nconfidence = 0.5\n";
    let (a, _) = from_toml(text).unwrap();
    let rewritten = to_toml(&a);
    let (again, _) = from_toml(&rewritten).unwrap();
    assert_eq!(
        again.extra.get("mood").and_then(|v| v.as_str()),
        Some("calm")
    );
    assert!(again.extra.contains_key("extra_table"));
    assert_eq!(
        again.answers[0]
            .extra
            .get("confidence")
            .and_then(|v| v.as_float()),
        Some(0.5)
    );
    assert_eq!(again, a);
}

#[test]
fn located_errors() {
    let future = "schema = 2\nid = \"x\"\n";
    assert!(
        from_toml(future)
            .unwrap_err()
            .message
            .contains("newer version of confiance")
    );
    let bad_type = "schema = 1\nid = \"x\"\nsubject = \"A\"\nquestionnaire = \"trust\"\nquestionnaire_version = 1\n\
        lang = \"en\"\nstarted = 2026-11-26T17:43:33Z\n[[answers]]\nitem = \"a\"\nvalue = \"my secret note\"\n";
    let d = from_toml(bad_type).unwrap_err();
    assert_eq!(d.line, Some(10));
    assert!(
        !d.message.contains("secret"),
        "the file's text is not echoed: {}",
        d.message
    );
    let neither = bad_type
        .replace("value = \"my secret note\"", "note = \"n\"")
        .replace("started =", "completed = 2026-11-26T17:50:00Z\nstarted =");
    let d = from_toml(&neither).unwrap_err();
    assert!(d.message.contains("needs `value` or `skipped = true`"));
    assert_eq!(d.line, Some(9));
    let (draft, _) =
        from_toml(&bad_type.replace("value = \"my secret note\"", "note = \"n\"")).unwrap();
    assert_eq!(
        draft.answers[0].response,
        Response::Unanswered,
        "a draft may hold a note before the answer"
    );
    let bad_id = bad_type
        .replace("id = \"x\"", "id = \"../x\"")
        .replace("\"my secret note\"", "3");
    assert_eq!(from_toml(&bad_id).unwrap_err().line, Some(2));
}

pub(super) fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[\"'\\\\\n\r\t a-zé🚀]{0,20}".prop_map(String::from)
    ]
}

prop_compose! {
    fn any_answer()(item in "[a-z.-]{1,12}", value in proptest::option::of(-100i64..100),
                    note in proptest::option::of(any_text())) -> Answer {
        Answer { item, response: value.map_or(Response::Skipped, Response::Value), note, extra: Default::default() }
    }
}

fn any_previous() -> impl Strategy<Value = Option<PreviousIntention>> {
    proptest::option::of((
        any_text(),
        proptest::option::of(proptest::sample::select(Followed::ALL.to_vec())),
    ))
    .prop_map(|p| p.map(|(text, followed)| PreviousIntention::new(text, followed)))
}

prop_compose! {
    pub(super) fn any_assessment()(id in "[A-Za-z0-9_-]{1,64}", subject in any_text(), respondent in any_text(),
                        started in 0i64..4_000_000_000, nanos in 0u32..1_000_000_000,
                        // after `started`: a file completed before it is refused
                        completed in proptest::option::of(1i64..100_000_000),
                        note in proptest::option::of(any_text()),
                        intention in proptest::option::of(any_text()),
                        previous_intention in any_previous(),
                        answers in proptest::collection::vec(any_answer(), 0..6)) -> Assessment {
        Assessment {
            id, subject, respondent,
            questionnaire: "trust".into(), questionnaire_version: 1, side: None, lang: "en".into(),
            started: Timestamp::from_unix(started, nanos),
            completed: completed.map(|c| Timestamp::from_unix(started + c, 0)),
            note, intention, previous_intention, answers, extra: Default::default(),
        }
    }
}

proptest! {
    #[test]
    fn any_assessment_round_trips(a in any_assessment()) {
        let text = to_toml(&a);
        let (back, _) = from_toml(&text).unwrap();
        prop_assert_eq!(back, a);
    }

    #[test]
    fn crlf_files_load_the_same(a in any_assessment()) {
        // A file saved by a Windows editor: CRLF between lines (strings keep their escapes).
        let text = to_toml(&a).replace('\n', "\r\n");
        if let Ok((back, _)) = from_toml(&text) {
            prop_assert_eq!(back.id, a.id);
            prop_assert_eq!(back.answers.len(), a.answers.len());
        }
    }

    #[test]
    fn arbitrary_text_never_panics(text in any::<String>()) {
        let _ = from_toml(&text);
    }
}

#[test]
fn the_other_side_reads_the_owners_name() {
    let text = "{subject} and I use the same words.";
    assert_eq!(
        fill_for(text, "Team Atlas", "self", Some("Marie")),
        "Team Atlas and I use the same words."
    );
    assert_eq!(
        fill_for(text, "Team Atlas", "Team Atlas", Some("Marie")),
        "Marie and I use the same words."
    );
    assert_eq!(
        fill_for(text, "Team Atlas", "Bob", Some("Marie")),
        "Marie and I use the same words.",
        "a named person of the other side"
    );
    assert_eq!(
        fill_for(text, "Team Atlas", "Bob", None),
        "Team Atlas and I use the same words.",
        "no owner's name known"
    );
}
