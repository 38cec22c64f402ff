//! The form on its own: suggestions, whose view, the owner's name, the questionnaire.

use super::*;

fn typed(form: &mut Form, text: &str) {
    text.chars().for_each(|c| form.edit(Edit::Insert(c)));
}

fn known(name: &str, respondents: &[&str]) -> Known {
    Known {
        name: name.into(),
        respondents: respondents.iter().map(|r| r.to_string()).collect(),
        questionnaire: "trust".into(),
    }
}

fn start(subject: &str, respondent: Option<&str>) -> Option<Start> {
    Some(Start {
        subject: subject.into(),
        respondent: respondent.map(String::from),
        owner: None,
        questionnaire: None,
        side: None,
    })
}

#[test]
fn suggestions_filter_and_complete() {
    let list = vec![
        known("Alice", &[]),
        known("Team Atlas", &[]),
        known("Bob", &[]),
    ];
    let mut f = Form::new(list, "you", false);
    assert_eq!(f.suggestions().len(), 3);
    typed(&mut f, "a");
    assert_eq!(f.suggestions(), ["Alice", "Team Atlas"]);
    f.select(1);
    f.select(1);
    f.tab();
    assert_eq!(f.subject.text(), "Team Atlas");
    assert_eq!(f.submit(), None);
    assert_eq!(f.field, Field::View);
    assert_eq!(
        f.submit(),
        start("Team Atlas", None),
        "the owner's view first"
    );
}

#[test]
fn enter_on_an_empty_subject_takes_the_highlighted_one() {
    let mut f = Form::new(vec![known("Alice", &[]), known("Bob", &[])], "you", false);
    f.select(1);
    f.select(1);
    assert_eq!(f.submit(), None);
    assert_eq!(f.subject.text(), "Bob");
    assert_eq!(f.field, Field::View);
}

#[test]
fn an_empty_name_is_refused() {
    let mut f = Form::new(vec![], "vous", false);
    assert_eq!(f.submit(), None);
    assert_eq!(f.error, Some(FormError::NoSubject));
    assert_eq!(f.field, Field::Subject);
}

#[test]
fn the_other_side_is_named_after_the_subject_and_typing_replaces_it() {
    let mut f = Form::new(
        vec![known("Team Atlas", &["Team Atlas", "Léa"])],
        "Marie",
        false,
    );
    typed(&mut f, "team atlas");
    f.submit();
    f.edit(Edit::Right);
    assert_eq!(f.view, View::Other);
    assert_eq!(f.submit(), None);
    assert_eq!(f.field, Field::Respondent);
    assert_eq!(f.respondent.text(), "team atlas", "prefilled");
    assert_eq!(
        f.suggestions(),
        ["Team Atlas", "Léa"],
        "the known respondents"
    );
    let mut kept = f.clone();
    assert_eq!(kept.submit(), start("team atlas", Some("team atlas")));
    typed(&mut f, "Lé");
    assert_eq!(f.respondent.text(), "Lé", "typing replaced the name");
    assert_eq!(f.suggestions(), ["Léa"]);
    f.tab();
    assert_eq!(f.submit(), start("team atlas", Some("Léa")));
}

#[test]
fn a_prefilled_subject_is_taken_by_enter_or_replaced_by_typing() {
    let mut f = Form::new(vec![known("Alice", &[])], "you", false).with_subject("Alice");
    f.submit();
    assert_eq!(f.field, Field::View);
    assert_eq!(f.subject.text(), "Alice");
    let mut f = Form::new(vec![known("Alice", &[])], "you", false).with_subject("Alice");
    typed(&mut f, "Bo");
    assert_eq!(f.subject.text(), "Bo");
}

#[test]
fn the_owners_name_is_asked_when_unknown_and_the_other_side_answers() {
    let mut f = Form::new(vec![], "you", true);
    typed(&mut f, "Team Atlas");
    f.submit();
    assert_eq!(
        f.fields(),
        [Field::Subject, Field::View],
        "not for my own view"
    );
    f.edit(Edit::Insert(' '));
    assert_eq!(
        f.fields(),
        [
            Field::Subject,
            Field::View,
            Field::Respondent,
            Field::Owner,
            Field::Remember
        ]
    );
    f.submit();
    f.submit();
    assert_eq!(f.field, Field::Owner);
    f.submit();
    f.submit();
    assert_eq!(f.error, Some(FormError::NoOwner));
    assert_eq!(f.field, Field::Owner);
    typed(&mut f, "Sam");
    f.submit();
    f.edit(Edit::Insert(' '));
    let started = f.submit().unwrap();
    assert_eq!(started.respondent.as_deref(), Some("Team Atlas"));
    assert_eq!(started.owner, Some(("Sam".into(), false)));
}

#[test]
fn several_questionnaires_are_a_choice_and_a_known_subject_keeps_its_own() {
    let list = vec![
        ("trust".to_string(), "Trust".to_string()),
        ("community".to_string(), "Community".to_string()),
    ];
    let mut atlas = known("Atlas users", &[]);
    atlas.questionnaire = "community".into();
    let mut f = Form::new(vec![atlas], "you", false).with_questionnaires(list, "trust");
    typed(&mut f, "Atlas users");
    f.submit();
    f.submit();
    assert_eq!(f.field, Field::Questionnaire);
    let started = f.clone().submit().unwrap();
    assert_eq!(started.questionnaire.as_deref(), Some("community"));
    f.edit(Edit::Left);
    assert_eq!(f.submit().unwrap().questionnaire.as_deref(), Some("trust"));
}

#[test]
fn a_questionnaire_worded_for_sides_asks_which_side_answers() {
    let list = vec![
        ("trust".to_string(), "Trust".to_string()),
        ("community".to_string(), "Community".to_string()),
    ];
    let sides = vec![
        vec![],
        vec![
            ("organisation".to_string(), "The organisation".to_string()),
            ("community".to_string(), "The community".to_string()),
        ],
    ];
    let mut f = Form::new(vec![], "you", false)
        .with_questionnaires(list, "trust")
        .with_sides(sides);
    typed(&mut f, "Atlas users");
    assert!(!f.fields().contains(&Field::Side), "trust has no sides");
    f.submit();
    f.submit();
    assert_eq!(f.field, Field::Questionnaire);
    f.edit(Edit::Right);
    assert_eq!(f.fields().last(), Some(&Field::Side));
    f.submit();
    assert_eq!(f.field, Field::Side);
    f.edit(Edit::Right);
    let started = f.clone().submit().unwrap();
    assert_eq!(started.questionnaire.as_deref(), Some("community"));
    assert_eq!(started.side.as_deref(), Some("community"));
    // Back to trust: no side is given.
    f.field = Field::Questionnaire;
    f.edit(Edit::Left);
    assert_eq!(f.submit().unwrap().side, None);
}
