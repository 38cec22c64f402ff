//! What the form promises the person who answers: it never reaches the network (its own
//! Content-Security-Policy forbids it), and no name given to `invite` becomes markup or code.

use serde_json::Value;

use super::{Browser, answer, chosen, page_items, review_and_finish, shown};
use crate::common::{confiance, stdout};
use crate::invitations::invite;

/// Every resource the page fetched (images, scripts, styles, `fetch` calls…): none expected,
/// the page is one file.
fn resources(browser: &Browser) -> Vec<String> {
    serde_json::from_value(browser.script(
        "return performance.getEntriesByType('resource').map(function (e) { return e.name; });",
    ))
    .unwrap()
}

#[test]
fn the_form_makes_no_request_and_its_policy_blocks_one() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let invited = invite(
        &data,
        "Alice",
        "Alice",
        &["--reply-to", "claire@example.org"],
    );
    let total = page_items(&invited.html).len();
    let Some(browser) = Browser::start() else {
        return;
    };
    browser.open(&data.with_extension("form.html"));
    // The whole run, every kind of control used (a few statements are enough for that):
    // answers, a note, a reload, review, finish, copy, and erasing (which asks first).
    let plan = ["4", "skip", "2", "5", "1"];
    answer(&browser, &plan, 0, 3);
    browser.click("#item-1 summary");
    browser.type_into("#note-1", "a note");
    let mut requested = resources(&browser);
    let mut violations = browser.violations();
    browser.reload();
    answer(&browser, &plan, 3, 5);
    browser.type_into("#note-all", "a whole note");
    review_and_finish(&browser);
    browser.click("#copy");
    browser.click("#erase");
    browser.click("#erase-yes");
    assert_eq!(chosen(&browser), vec![None; total], "erased");
    assert!(!shown(&browser, "#send"));
    requested.extend(resources(&browser));
    violations.extend(browser.violations());
    assert_eq!(
        requested,
        Vec::<String>::new(),
        "the page requested something"
    );
    assert_eq!(
        violations,
        Vec::<String>::new(),
        "the page broke its own policy"
    );
    assert!(!browser.dialog_open());

    // A script slipped into the page cannot reach out: the policy refuses, and says so.
    let fetched = browser.script_async(
        "var done = arguments[arguments.length - 1];\
         fetch('https://example.org/').then(function () { done('resolved'); },\
           function (e) { done('rejected: ' + e.name); });",
    );
    assert_eq!(fetched, "rejected: TypeError");
    let mut refused = vec![];
    assert!(
        crate::common::wait_until(std::time::Duration::from_secs(5), || {
            refused = browser.violations();
            !refused.is_empty()
        }),
        "no violation reported"
    );
    assert_eq!(refused, ["connect-src https://example.org/"]);
}

/// Names that would be markup or end the page's script if they were written as they are.
const NAME: &str = "</script><img src=x onerror=alert(1)>";
const RESPONDENT: &str = "\"'<b>bold</b> ]]>";
const SUBJECT: &str = "]]> \"'<b>Atlas</b> </script>";

#[test]
fn hostile_names_stay_text() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let form = dir.path().join("form.html");
    confiance(&data)
        .args([
            "--me",
            NAME,
            "invite",
            SUBJECT,
            "--respondent",
            RESPONDENT,
            "-o",
        ])
        .arg(&form)
        .assert()
        .success();
    let total = page_items(&std::fs::read_to_string(&form).unwrap()).len();
    let Some(browser) = Browser::start() else {
        return;
    };
    browser.open(&form);
    let title = browser.script("return document.title;");
    assert_eq!(
        title,
        format!("Trust in a working relationship, for {NAME}").as_str()
    );
    // The respondent reads the asker's name in every statement, and their own name as such.
    let statements: Vec<String> = serde_json::from_value(browser.script(
        "return Array.from(document.querySelectorAll('fieldset.item .statement'))\
           .map(function (s) { return s.textContent; });",
    ))
    .unwrap();
    assert_eq!(statements.len(), total);
    assert!(
        statements.iter().any(|s| s.contains(NAME)),
        "{statements:?}"
    );
    let facts = browser.text("dl.facts");
    assert!(
        facts.contains(NAME) && facts.contains(RESPONDENT),
        "{facts}"
    );
    let markup = browser.script("return document.body.querySelectorAll('img, b').length;");
    assert_eq!(markup, 0, "a name became markup");
    // The page's script still ran: the data block was not cut short by a `</script>`.
    assert_eq!(
        browser.text("#progress-text"),
        format!("Answered: 0 of {total}")
    );
    assert!(!browser.dialog_open(), "a dialog opened");
    assert_eq!(browser.violations(), Vec::<String>::new());

    // And the names come back as they were given.
    answer(&browser, &["3", "skip"], 0, 2);
    review_and_finish(&browser);
    let block = browser.script("return document.getElementById('answer-block').value;");
    let said = stdout(
        confiance(&data)
            .arg("receive")
            .write_stdin(block.as_str().unwrap()),
    );
    assert!(
        said.contains(&format!(
            "Filed {RESPONDENT}'s view of the relationship “{SUBJECT}” (1 answered, 1 don't know)"
        )),
        "{said}"
    );
    let shown: Value = serde_json::from_str(&stdout(confiance(&data).args([
        "show",
        SUBJECT,
        "--respondent",
        RESPONDENT,
        "--format",
        "json",
    ])))
    .unwrap();
    assert_eq!(shown["subject"], SUBJECT);
    assert_eq!(shown["respondent"], RESPONDENT);
}
