//! The data the page's script needs, as a JSON block inside `<script type="application/json">`:
//! the invitation's fields that go into the answer, the statements' ids in page order, and the
//! script's messages in the page's language. The script itself stays static, so its hash is.

use serde_json::json;

use super::{FormPage, in_page_order};
use crate::i18n::{FormText, fill};

/// The JSON text, safe inside a `<script>` element.
pub(super) fn block(page: &FormPage, text: &FormText) -> String {
    let items: Vec<_> = in_page_order(&page.items)
        .into_iter()
        .map(|item| json!({ "id": item.id }))
        .collect();
    let by = [("invited_by", &page.invited_by as &dyn std::fmt::Display)];
    let value = json!({
        "invitation": page.invitation,
        "secret": page.secret,
        "group": page.group,
        "questionnaire": page.questionnaire,
        "questionnaire_version": page.questionnaire_version,
        "lang": page.lang.code(),
        "side": page.side,
        "file_name": page.file_name,
        "reply_to": page.reply_to,
        "mail_subject": fill(text.mail_subject, &[("title", &page.questionnaire_title)]),
        "items": items,
        "text": {
            "progress": text.progress,
            "kept": text.kept,
            "not_kept": text.not_kept,
            "restored": text.restored,
            "left_none": text.left_none,
            "left_one": text.left_one,
            "left_many": text.left_many,
            "nothing_yet": text.nothing_yet,
            "not_answered": text.not_answered,
            "answer_it": text.answer_it,
            "changed": text.changed,
            "copied": fill(text.copied, &by),
            "press_copy": text.press_copy,
            "erased": text.erased,
            "download_done": text.download_done,
            "mail_done": text.mail_done,
            "file_comment": fill(text.file_comment, &by),
        },
    });
    script_safe(&value.to_string())
}

/// JSON that cannot end its `<script>` element or open a comment in it (`</script>`, `<!--`),
/// nor be read differently by an older JavaScript parser (U+2028, U+2029): each of those
/// characters can only be inside a string, where its `\u` escape means the same.
pub(super) fn script_safe(json: &str) -> String {
    let mut out = String::with_capacity(json.len() + 16);
    for c in json.chars() {
        match c {
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            c => out.push(c),
        }
    }
    out
}
