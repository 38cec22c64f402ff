//! `show`'s results in the plain mode: words and numbers only, as a screen reader says them
//! ("Common language: 75, 2 of 3 statements answered"). No bars, no separators, no columns.

use crate::cli::Ui;
use crate::i18n::{PlainText, fill};
use crate::printable::printable;
use crate::summary::Summary;

use super::text::{group_title, grouped, stage_text};

/// A score in words: its number, or "no answer".
fn said(score: Option<f64>, ui: &Ui) -> String {
    score.map_or_else(
        || ui.common().no_answer.to_string(),
        |s| crate::score::display(Some(s)),
    )
}

/// The heading, each dimension on its line under its group, the indices and the stage.
pub(crate) fn text(report: &Summary, ui: &Ui) -> String {
    let (t, words) = (PlainText::of(ui.lang), ui.common());
    let a = report.assessment;
    let mut out = fill(
        t.results_heading,
        &[
            ("subject", &printable(&a.subject)),
            (
                "respondent",
                &printable(&report.whose_with_side(&ui.respondent(&a.respondent))),
            ),
            ("date", &a.when().date_words(ui.lang)),
            ("title", &report.questionnaire.title),
        ],
    );
    // Said once, before the first number, so that each number can be placed.
    out.push_str(&format!("\n{}\n", t.scores_scale));
    for (group, rows) in grouped(report) {
        out.push_str(&format!("\n{}\n", group_title(group, words)));
        for r in rows {
            // Too few answers for a score: said in words, with how many there were.
            let score = match r.score {
                Some(_) => Some(said(r.score, ui)),
                None if r.answered > 0 => Some(words.not_enough.to_string()),
                None => None,
            };
            let line = match score {
                Some(score) => fill(
                    ui.lang.plural(r.answered as u64, t.score_one, t.score_many),
                    &[
                        ("dimension", &r.dimension.name),
                        ("score", &score),
                        ("n", &r.answered),
                        ("total", &r.items),
                    ],
                ),
                None => fill(
                    t.cell,
                    &[("name", &r.dimension.name), ("value", &words.no_answer)],
                ),
            };
            out.push_str(&format!("  {line}\n"));
        }
    }
    let s = &report.scores;
    let indices: Vec<String> = [
        (words.virtues, s.virtues),
        (words.pillars, s.pillars),
        (words.overall, s.overall),
    ]
    .iter()
    .map(|(name, score)| fill(t.cell, &[("name", name), ("value", &said(*score, ui))]))
    .collect();
    out.push_str(&format!("\n{}.\n", indices.join(". ")));
    if s.overall.is_some() && s.scored() < s.dimensions.len() {
        let scored = fill(
            words.scored_of,
            &[("scored", &s.scored()), ("total", &s.dimensions.len())],
        );
        out.push_str(&format!("{scored}\n"));
    }
    out.push_str(&stage_text(report, words));
    out.push_str(&super::text::outcomes(report, ui));
    out.push_str(&super::text::look_again(report, ui, ""));
    // The questionnaire's texts are a file's words: shown, never obeyed.
    crate::printable::printable_text(&out)
}

#[cfg(test)]
mod tests {
    use crate::assessment::{Answer, Response};
    use crate::cli::Ui;
    use crate::i18n::Lang;
    use crate::questionnaire::Catalog;
    use crate::summary::Summary;

    /// Alice's view, three statements of the first dimension answered, said in `lang`.
    fn said(lang: Lang) -> String {
        let mut stored = crate::test_support::stored("A1", "Alice", "self", "2026-11-26T17:43:33Z");
        for (item, value) in stored.questionnaire.items.iter().zip([4, 2, 5]) {
            stored.assessment.answers.push(Answer {
                item: item.id.clone(),
                response: Response::Value(value),
                note: None,
                extra: Default::default(),
            });
        }
        let mut ui = Ui::new(false, false, Box::new(std::io::sink()));
        ui.lang = lang;
        let catalog = Catalog::builtin();
        super::text(&Summary::in_lang(&stored, &catalog, lang.code()), &ui)
    }

    /// A dimension with too few answers says so in words, and the overall how many dimensions
    /// it is made of.
    #[test]
    fn too_few_answers_are_said_in_words() {
        let mut stored = crate::test_support::stored("A1", "Alice", "self", "2026-11-26T17:43:33Z");
        // Every statement 4 but the first dimension's second and third: "don't know".
        for (i, item) in stored.questionnaire.items.iter().enumerate() {
            stored.assessment.answers.push(Answer {
                item: item.id.clone(),
                response: if (1..3).contains(&i) {
                    Response::Skipped
                } else {
                    Response::Value(4)
                },
                note: None,
                extra: Default::default(),
            });
        }
        let ui = Ui::new(false, false, Box::new(std::io::sink()));
        let said = super::text(&Summary::of(&stored), &ui);
        assert!(
            said.contains("Common language: not enough answers, 1 of 3 statements answered\n"),
            "{said}"
        );
        assert!(said.contains("(7 of 8 dimensions scored)"), "{said}");
    }

    /// Words and numbers only: no bar, no separator dot, and each score says what it is.
    #[test]
    fn results_are_words_and_numbers() {
        let en = said(Lang::En);
        assert!(en.contains("\n  Common language: "), "{en}");
        assert!(
            en.contains("Common language: 33, 3 of 3 statements answered\n"),
            "{en}"
        );
        assert!(en.contains("Common vision: no answer\n"), "{en}");
        assert!(en.contains("Overall: "), "{en}");
        let fr = said(Lang::Fr);
        assert!(fr.contains("\n  Langage commun\u{a0}: "), "{fr}");
        assert!(fr.contains(": 33, 3 réponses sur 3\n"), "{fr}");
        for text in [en, fr] {
            for noise in ['#', '·', '█', '|', '–'] {
                assert!(!text.contains(noise), "{noise:?} in:\n{text}");
            }
        }
    }
}
