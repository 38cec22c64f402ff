//! A person answers the form in the browser, comes back to it after a reload, and sends the
//! answers as a block in a mail or as the downloaded file; the tool files them value by value.

use base64::Engine;
use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};

use super::{
    Browser, answer, check_answers, chosen, filed, page_items, review_and_finish, shown, value,
};
use crate::common::{confiance, stdout};
use crate::invitations::{invitations, invite, trust_items};

/// Every value of the scale in turn, so that an answer filed against the wrong statement shows;
/// statement `skip_at` answered "don't know".
fn plan(n: usize, skip_at: usize) -> Vec<&'static str> {
    (0..n)
        .map(|i| {
            if i == skip_at {
                "skip"
            } else {
                ["1", "2", "3", "4", "5"][i % 5]
            }
        })
        .collect()
}

/// A note with what must survive the trip: quotes, a backslash, accents, a line break.
const NOTE: &str = "We use the same \"words\" now \\o/ — même à l'écrit";
const WHOLE: &str = "Thanks for asking.\nSee you on Monday";

#[test]
fn answers_survive_a_reload_and_come_back_through_a_mail() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let invited = invite(
        &data,
        "Alice",
        "Alice",
        &["--reply-to", "claire@example.org"],
    );
    let items = page_items(&invited.html);
    let mut sorted = items.clone();
    sorted.sort();
    let mut expected = trust_items();
    expected.sort();
    assert_eq!(sorted, expected, "the page asks every statement once");
    let plan = plan(items.len(), 11);
    let total = items.len();

    let Some(browser) = Browser::start() else {
        return;
    };
    browser.open(&data.with_extension("form.html"));
    assert_eq!(
        browser.text("#progress-text"),
        format!("Answered: 0 of {total}")
    );
    answer(&browser, &plan, 0, 10);
    // The note is folded away: opened by its summary, as a person would.
    browser.click("#item-3 summary");
    browser.type_into("#note-3", NOTE);
    assert_eq!(
        browser.text("#progress-text"),
        format!("Answered: 10 of {total}")
    );

    browser.reload();
    let mut now = chosen(&browser);
    let kept: Vec<Option<String>> = (0..total)
        .map(|i| (i < 10).then(|| plan[i].to_string()))
        .collect();
    assert_eq!(now, kept, "the answers are kept across a reload");
    assert_eq!(value(&browser, "#note-3"), NOTE);
    assert_eq!(
        browser.script("return document.querySelector('#item-3 details').open;"),
        true,
        "a statement's note is shown open again"
    );
    assert_eq!(
        browser.text("#restored"),
        format!("Your earlier answers were found in this browser (10 of {total}).")
    );
    assert!(shown(&browser, "#restored"));

    answer(&browser, &plan, 10, total);
    browser.type_into("#note-all", WHOLE);
    now = chosen(&browser);
    assert_eq!(
        now,
        plan.iter().map(|v| Some(v.to_string())).collect::<Vec<_>>()
    );
    review_and_finish(&browser);
    assert_eq!(
        browser.text("#review-left"),
        "Every statement has an answer."
    );
    let reviewed = browser.script(
        "return Array.from(document.querySelectorAll('#review-list > li')).map(function (li) {\
           return li.textContent; });",
    );
    let reviewed = reviewed.as_array().unwrap();
    assert_eq!(reviewed.len(), total);
    assert!(
        reviewed[11].as_str().unwrap().contains("Don't know"),
        "{}",
        reviewed[11]
    );
    assert!(
        reviewed[2].as_str().unwrap().contains(NOTE),
        "{}",
        reviewed[2]
    );
    assert_eq!(browser.text("#review-note-text"), WHOLE);

    let block = value(&browser, "#answer-block");
    assert!(block.starts_with("CONFIANCE-ANSWER-1 "), "{block}");
    // The mail link gives the mail program the same block, in lines that a mail keeps.
    let link: Vec<String> = serde_json::from_value(browser.script(
        "var href = document.getElementById('mail-link').href;\
         return [href.split('?')[0], decodeURIComponent(/[?&]body=([^&]*)/.exec(href)[1])];",
    ))
    .unwrap();
    assert_eq!(link[0], "mailto:claire@example.org");
    assert!(link[1].lines().all(|l| l.len() <= 76), "{}", link[1]);
    let unbroken = |text: &str| text.split_whitespace().collect::<String>();
    assert_eq!(unbroken(&link[1]), unbroken(&block));

    // The box's block pasted into a reply, with what a mail has around it.
    let mail = format!(
        "Subject: Re: our working relationship\n\nHello Claire,\n\nhere are my answers.\n\n\
         {block}\n\nSee you on Monday,\nAlice\n-- \nSent from my phone\n"
    );
    let said = stdout(confiance(&data).arg("receive").write_stdin(mail));
    assert!(
        said.contains(&format!(
            "Filed Alice's view of the relationship “Alice” ({} answered, 1 don't know)",
            total - 1
        )),
        "{said}"
    );
    let stored = filed(&data, "alice");
    assert_eq!(
        (stored.subject.as_str(), stored.respondent.as_str()),
        ("Alice", "Alice")
    );
    assert_eq!(stored.note.as_deref(), Some(WHOLE));
    assert_eq!(
        stored.extra["from_invitation"].as_str(),
        Some(invited.id.as_str())
    );
    check_answers(&stored, &items, &plan, &[(2, NOTE)]);
}

#[test]
fn the_downloaded_file_is_imported_without_mixing_two_invitations() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    // `invite` writes every form to the same place: the first one is kept aside.
    let first = invite(&data, "Alice", "Alice", &[]);
    let first_form = dir.path().join("first.html");
    std::fs::write(&first_form, &first.html).unwrap();
    let second = invite(&data, "Team Atlas", "Marc", &[]);
    let items = page_items(&second.html);
    let total = items.len();
    let plan: Vec<&str> = plan(total, 0).into_iter().rev().collect();

    let Some(browser) = Browser::start() else {
        return;
    };
    // Half an answer to the first form stays in the browser, under its own invitation.
    browser.open(&first_form);
    answer(&browser, &["5", "5", "5"], 0, 3);
    browser.open(&data.with_extension("form.html"));
    assert_eq!(
        chosen(&browser),
        vec![None; total],
        "the second form starts empty"
    );
    assert!(!shown(&browser, "#restored"));
    answer(&browser, &plan, 0, total);
    browser.click("#item-2 summary");
    browser.type_into("#note-2", NOTE);
    review_and_finish(&browser);

    let href = browser.script("return document.getElementById('download').getAttribute('href');");
    let name =
        browser.script("return document.getElementById('download').getAttribute('download');");
    let (href, name) = (href.as_str().unwrap(), name.as_str().unwrap());
    let bytes = STANDARD
        .decode(
            href.strip_prefix("data:application/toml;base64,")
                .expect(href),
        )
        .unwrap();
    assert!(
        name.ends_with(".confiance-answer.toml") && !name.contains('/'),
        "{name}"
    );
    // The file and the block carry the same answer.
    let block = value(&browser, "#answer-block").replace('\n', "");
    let (encoded, _crc) = block["CONFIANCE-ANSWER-1 ".len()..]
        .split_once('.')
        .unwrap();
    assert_eq!(URL_SAFE_NO_PAD.decode(encoded).unwrap(), bytes);

    let file = dir.path().join(name);
    std::fs::write(&file, &bytes).unwrap();
    let said = stdout(confiance(&data).arg("import").arg(&file));
    assert!(
        said.contains("Filed Marc's view of the relationship “Team Atlas”"),
        "{said}"
    );
    let stored = filed(&data, "team-atlas");
    assert_eq!(stored.respondent, "Marc");
    assert_eq!(stored.note, None, "no whole-form note was written");
    assert_eq!(
        stored.extra["from_invitation"].as_str(),
        Some(second.id.as_str())
    );
    check_answers(&stored, &items, &plan, &[(1, NOTE)]);
    let states: Vec<(String, String)> = invitations(&data)
        .as_array()
        .unwrap()
        .iter()
        .map(|i| {
            (
                i["id"].as_str().unwrap().into(),
                i["state"].as_str().unwrap().into(),
            )
        })
        .collect();
    assert!(
        states.contains(&(first.id.clone(), "open".into())),
        "{states:?}"
    );
    assert!(
        states.contains(&(second.id.clone(), "answered".into())),
        "{states:?}"
    );

    // The first form still holds its own three answers.
    browser.open(&first_form);
    let mut half = vec![None; total];
    half[..3].fill(Some("5".to_string()));
    assert_eq!(chosen(&browser), half);
}
