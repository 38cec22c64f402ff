//! The invitation form in a real headless Chromium: answered by clicks and keys as a person
//! would, its answers brought back by `receive` and `import`, and its promises kept (no
//! network, hostile names shown as text). Skipped, loudly, where no Chromium is installed,
//! except in CI.

mod answering;
mod driver;
mod safety;
mod wire;

use std::path::{Path, PathBuf};

use serde_json::Value;

use driver::Browser;

/// The statements' item ids in page order (`#item-1` first), from the form's data block: the
/// page puts outcome statements last, which is not the questionnaire's order.
fn page_items(html: &str) -> Vec<String> {
    let block = html
        .split("<script type=\"application/json\" id=\"confiance-data\">")
        .nth(1)
        .and_then(|rest| rest.split("</script>").next())
        .expect("the form's data block");
    let data: Value = serde_json::from_str(block).unwrap();
    data["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|item| item["id"].as_str().unwrap().to_string())
        .collect()
}

/// The radio of statement `k` (from 1) for `value` ("1".."5", or "skip" for don't know).
fn radio(k: usize, value: &str) -> String {
    format!("#item-{k} input[type=radio][value=\"{value}\"]")
}

/// Clicks the answers `plan[from..to]` (statement `i + 1` gets `plan[i]`).
fn answer(browser: &Browser, plan: &[&str], from: usize, to: usize) {
    // The first few through WebDriver, as a person's clicks (scrolled to, not covered); the
    // rest clicked by a script in one round trip, which fires the same events the page
    // listens to and keeps the suite fast.
    let by_hand = (from + 3).min(to);
    for (i, value) in plan.iter().enumerate().take(by_hand).skip(from) {
        browser.click(&radio(i + 1, value));
    }
    let rest: Vec<String> = plan
        .iter()
        .enumerate()
        .take(to)
        .skip(by_hand)
        .map(|(i, value)| radio(i + 1, value))
        .collect();
    if !rest.is_empty() {
        browser.script(&format!(
            "{}.forEach(function (css) {{ document.querySelector(css).click(); }}); return true;",
            Value::from(rest)
        ));
    }
}

/// Each statement's checked radio, as the page shows it now.
fn chosen(browser: &Browser) -> Vec<Option<String>> {
    serde_json::from_value(browser.script(
        "return Array.from(document.querySelectorAll('fieldset.item')).map(function (f) {\
           var c = f.querySelector('input[type=radio]:checked'); return c ? c.value : null; });",
    ))
    .unwrap()
}

/// A form control's current value (what was typed, or what the script set).
fn value(browser: &Browser, css: &str) -> String {
    let found = browser.script(&format!(
        "return document.querySelector({}).value;",
        Value::from(css)
    ));
    found.as_str().unwrap().to_string()
}

/// Whether the element is shown (its `hidden` attribute off).
fn shown(browser: &Browser, css: &str) -> bool {
    let found = browser.script(&format!(
        "return !document.querySelector({}).hidden;",
        Value::from(css)
    ));
    found.as_bool().unwrap()
}

/// Review, then finish: the sending part shown.
fn review_and_finish(browser: &Browser) {
    browser.click("#review-button");
    assert!(shown(browser, "#review"));
    browser.click("#finish");
    assert!(shown(browser, "#send"), "Finish shows the sending part");
}

/// The one assessment filed under `DATA/assessments/SLUG/`, as the tool reads it.
fn filed(data: &Path, slug: &str) -> confiance::assessment::Assessment {
    let files: Vec<PathBuf> = std::fs::read_dir(data.join("assessments").join(slug))
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    assert_eq!(files.len(), 1, "{files:?}");
    let text = std::fs::read_to_string(&files[0]).unwrap();
    confiance::assessment::from_toml(&text)
        .unwrap_or_else(|e| panic!("{e:?}\n{text}"))
        .0
}

/// Checks a filed assessment answer by answer against what was clicked and typed: `plan[i]`
/// and `notes` are by page order (`items[i]`), the assessment by questionnaire order.
fn check_answers(
    filed: &confiance::assessment::Assessment,
    items: &[String],
    plan: &[&str],
    notes: &[(usize, &str)],
) {
    assert_eq!(filed.answers.len(), items.len());
    for (i, item) in items.iter().enumerate() {
        let answer = filed
            .answers
            .iter()
            .find(|a| &a.item == item)
            .unwrap_or_else(|| panic!("{item} not filed"));
        let expected = plan[i].parse::<i64>().ok();
        assert_eq!(answer.value(), expected, "{item}");
        assert_eq!(
            answer.response == confiance::assessment::Response::Skipped,
            plan[i] == "skip",
            "{item}"
        );
        let note = notes.iter().find(|(k, _)| *k == i).map(|(_, n)| *n);
        assert_eq!(answer.note.as_deref(), note, "{item}");
    }
}
