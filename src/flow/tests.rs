//! The flow state machine, step by step.

use super::*;
use crate::questionnaire::Catalog;

fn flow() -> Flow {
    let q = Catalog::builtin().find("trust", "en").unwrap().clone();
    Flow::start(
        q,
        "Alice",
        "self",
        "ID1".into(),
        Timestamp::from_unix(1_795_700_000, 0),
    )
}

#[test]
fn starts_at_the_first_question_with_nothing_highlighted() {
    let f = flow();
    assert_eq!(f.at, Position::Question(0));
    assert_eq!(f.highlight, None);
    assert_eq!((f.settled(), f.total()), (0, f.questionnaire.items.len()));
    assert!(f.draft.is_draft());
}

#[test]
fn answering_records_and_moves_on() {
    let mut f = flow();
    assert_eq!(f.step(Step::Answer(4)), Outcome::SaveDraft);
    assert_eq!(f.at, Position::Question(1));
    assert_eq!(f.response_at(0), Some(Response::Value(4)));
    assert_eq!(
        f.step(Step::Answer(9)),
        Outcome::Nothing,
        "out of the scale"
    );
    assert_eq!(f.at, Position::Question(1));
}

#[test]
fn highlight_moves_within_the_scale_and_confirm_answers_with_it() {
    let mut f = flow();
    assert_eq!(f.step(Step::Confirm), Outcome::NoChoice, "no default");
    assert_eq!(f.at, Position::Question(0));
    f.step(Step::Highlight(1));
    assert_eq!(
        f.highlight,
        Some(3),
        "the first move starts from the middle"
    );
    for _ in 0..10 {
        f.step(Step::Highlight(1));
    }
    assert_eq!(f.highlight, Some(5));
    f.step(Step::Highlight(-1));
    assert_eq!(f.step(Step::Confirm), Outcome::SaveDraft);
    assert_eq!(f.response_at(0), Some(Response::Value(4)));
}

#[test]
fn skip_back_and_forward() {
    let mut f = flow();
    f.step(Step::Answer(2));
    assert_eq!(f.step(Step::Skip), Outcome::SaveDraft);
    assert_eq!(f.response_at(1), Some(Response::Skipped));
    assert_eq!(f.at, Position::Question(2));
    f.step(Step::Back);
    f.step(Step::Back);
    assert_eq!(f.at, Position::Question(0));
    assert_eq!(
        f.highlight,
        Some(2),
        "revisiting highlights the answer given"
    );
    assert_eq!(
        f.step(Step::Back),
        Outcome::Nothing,
        "nothing before the first"
    );
    f.step(Step::Forward);
    f.step(Step::Forward);
    assert_eq!(f.at, Position::Question(2));
    f.step(Step::Forward);
    assert_eq!(
        f.at,
        Position::Question(2),
        "no jumping past an unanswered question"
    );
}

#[test]
fn notes_are_kept_even_before_an_answer() {
    let mut f = flow();
    assert_eq!(
        f.step(Step::Note(Some("l'\"équipe\" \\ 🚀\nsecond line".into()))),
        Outcome::SaveDraft
    );
    assert_eq!(f.response_at(0), Some(Response::Unanswered));
    assert_eq!(f.settled(), 0);
    f.step(Step::Answer(5));
    assert_eq!(f.note_at(0), Some("l'\"équipe\" \\ 🚀\nsecond line"));
    assert_eq!(f.response_at(0), Some(Response::Value(5)));
    f.step(Step::Back);
    f.step(Step::Note(Some("  ".into())));
    assert_eq!(f.note_at(0), None, "a blank note removes it");
}

#[test]
fn the_end_leads_to_review_where_items_can_be_edited_then_finished() {
    let mut f = flow();
    let last = f.total() - 1;
    for _ in 0..last {
        f.step(Step::Answer(3));
    }
    f.step(Step::Skip);
    assert_eq!(f.at, Position::Review);
    assert_eq!(f.review_selected, last);
    f.step(Step::Select(-100));
    assert_eq!(f.review_selected, 0);
    f.step(Step::Select(2));
    f.step(Step::Edit);
    assert_eq!(f.at, Position::Question(2));
    f.step(Step::Answer(1));
    assert_eq!(f.at, Position::Review, "back to the review after an edit");
    assert_eq!(f.review_selected, 2);
    assert_eq!(f.step(Step::Finish), Outcome::Complete);
    let done = f.completed(Timestamp::from_unix(1_795_700_600, 0));
    assert!(!done.is_draft());
    assert_eq!(done.answers.len(), last + 1);
    assert_eq!(done.answers[2].response, Response::Value(1));
    assert_eq!(done.answers[last].response, Response::Skipped);
    let order: Vec<_> = done.answers.iter().map(|a| a.item.clone()).collect();
    let expected: Vec<_> = f.questionnaire.items.iter().map(|i| i.id.clone()).collect();
    assert_eq!(order, expected, "answers in questionnaire order");
}

#[test]
fn resume_lands_on_the_first_open_question() {
    let mut f = flow();
    f.step(Step::Answer(3));
    f.step(Step::Skip);
    f.step(Step::Note(Some("pending".into())));
    let resumed = Flow::resume(f.questionnaire.clone(), f.draft.clone());
    assert_eq!(resumed.at, Position::Question(2));
    assert_eq!(resumed.settled(), 2);
    assert_eq!(resumed.note_at(2), Some("pending"));
}

#[test]
fn finish_only_from_review() {
    let mut f = flow();
    assert_eq!(f.step(Step::Finish), Outcome::Nothing);
    assert_eq!(f.step(Step::Edit), Outcome::Nothing);
}

/// The trust questionnaire with a 0-10 scale.
fn eleven_points() -> Flow {
    let mut q = (*Catalog::builtin().find("trust", "en").unwrap().clone()).clone();
    q.scale = crate::questionnaire::Scale {
        min: 0,
        max: 10,
        labels: vec!["never".into(), "always".into()],
    };
    Flow::start(
        std::sync::Arc::new(q),
        "Alice",
        "self",
        "ID1".into(),
        Timestamp::from_unix(1_795_700_000, 0),
    )
}

#[test]
fn digits_accumulate_on_a_scale_up_to_ten() {
    let mut f = eleven_points();
    assert_eq!(f.step(Step::Digit(1)), Outcome::Nothing);
    assert_eq!(f.pending, "1");
    assert_eq!(f.step(Step::Digit(0)), Outcome::SaveDraft);
    assert_eq!(f.response_at(0), Some(Response::Value(10)));
    assert_eq!(f.at, Position::Question(1), "and only the one question");
    assert_eq!(f.response_at(1), None);
    assert_eq!(f.step(Step::Digit(2)), Outcome::SaveDraft, "2 cannot grow");
    assert_eq!(f.response_at(1), Some(Response::Value(2)));
    assert_eq!(f.step(Step::Digit(0)), Outcome::SaveDraft, "nor can 0");
    assert_eq!(f.response_at(2), Some(Response::Value(0)));
    f.step(Step::Digit(1));
    assert_eq!(
        f.step(Step::Confirm),
        Outcome::SaveDraft,
        "Enter confirms 1"
    );
    assert_eq!(f.response_at(3), Some(Response::Value(1)));
    f.step(Step::Digit(1));
    assert_eq!(f.highlight, Some(1), "the typed point is shown");
    assert_eq!(f.step(Step::Erase), Outcome::Nothing);
    assert_eq!((f.pending.as_str(), f.at), ("", Position::Question(4)));
    assert_eq!(f.highlight, None, "erased: nothing is chosen");
    assert_eq!(
        f.step(Step::Confirm),
        Outcome::NoChoice,
        "Enter answers nothing"
    );
    f.step(Step::Erase);
    assert_eq!(
        f.at,
        Position::Question(3),
        "Backspace with nothing typed goes back"
    );
}

#[test]
fn a_digit_off_the_scale_is_said_and_answers_nothing() {
    let mut f = eleven_points();
    f.step(Step::Digit(1));
    assert_eq!(f.step(Step::Digit(5)), Outcome::NotOnScale, "15 on 0-10");
    assert_eq!((f.pending.as_str(), f.response_at(0)), ("1", None));
    let mut f = flow();
    assert_eq!(f.step(Step::Digit(7)), Outcome::NotOnScale, "7 on 1-5");
    assert_eq!(f.step(Step::Digit(0)), Outcome::NotOnScale, "0 on 1-5");
    assert_eq!(f.response_at(0), None);
}

#[test]
fn home_and_end_select_the_ends() {
    let mut f = eleven_points();
    f.step(Step::Highlight(i64::MAX));
    assert_eq!(f.highlight, Some(10));
    f.step(Step::Highlight(i64::MIN));
    assert_eq!(f.highlight, Some(0));
}
