//! The invitation's form: one self-contained HTML page that the other side opens in any
//! browser, answers, and sends back as a file or a block of text. No network, ever.

use base64::Engine as _;
use sha2::{Digest, Sha256};

use crate::i18n::{FormText, Lang};
use crate::printable::escape_html;

mod data;
mod markup;
#[cfg(test)]
mod tests;

/// The page's look and behaviour, static so that their hashes are fixed: what varies is in the
/// markup and in the JSON data block the script reads.
const STYLE: &str = include_str!("form/page.css");
const SCRIPT: &str = include_str!("form/page.js");

/// Everything the page shows, already worded for the person who answers (statements filled
/// with the right name, in the invitation's language). Nothing here is trusted: every text is
/// escaped for where it goes.
#[derive(Debug, Clone)]
pub(crate) struct FormPage {
    pub lang: Lang,
    /// The invitation's id, written into every answer.
    pub invitation: String,
    /// The secret that proves an answer comes from this form (only its digest is stored).
    pub secret: String,
    /// A group's form: each filling makes its own random answer id.
    pub group: bool,
    /// Who asks (the owner's name, or a client's), shown as such.
    pub invited_by: String,
    /// The relationship, as the person who answers names it (usually `invited_by`).
    pub about: String,
    /// The invited name (one person) or the group's label.
    pub respondent: String,
    pub questionnaire: String,
    pub questionnaire_version: u32,
    pub questionnaire_title: String,
    /// The questionnaire's side, for one worded for two.
    pub side: Option<String>,
    /// The questionnaire's introduction, filled.
    pub intro: String,
    pub scale: Vec<ScalePoint>,
    pub items: Vec<FormItem>,
    /// The last day answers are accepted, in words ("7 January 2027").
    pub expires: String,
    /// An address to send the answers to (`mailto:`), when the invitation names one.
    pub reply_to: Option<String>,
    /// The name of the file the answers download as (`….confiance-answer.toml`).
    pub file_name: String,
}

/// One point of the answer scale.
#[derive(Debug, Clone)]
pub(crate) struct ScalePoint {
    pub value: i64,
    /// The point's label ("Agree"); empty for a point without one.
    pub label: String,
}

/// One statement, worded for the person who answers.
#[derive(Debug, Clone)]
pub(crate) struct FormItem {
    pub id: String,
    pub text: String,
    /// Asked last, under its own heading, and in no score.
    pub outcome: bool,
}

/// The whole page: HTML, its inline style and script, and a Content-Security-Policy that allows
/// only them (by hash).
pub(crate) fn render(page: &FormPage) -> String {
    let text = FormText::of(page.lang);
    let title = crate::i18n::fill(
        text.page_title,
        &[
            ("title", &page.questionnaire_title),
            ("invited_by", &page.invited_by),
        ],
    );
    let mut out = format!(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"{}\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"referrer\" content=\"no-referrer\">\n\
         <link rel=\"icon\" href=\"data:,\">\n\
         <title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n",
        page.lang.code(),
        policy(),
        escape_html(&title),
    );
    markup::write_body(&mut out, page, text);
    out.push_str("<script type=\"application/json\" id=\"confiance-data\">");
    out.push_str(&data::block(page, text));
    out.push_str("</script>\n<script>");
    out.push_str(SCRIPT);
    out.push_str("</script>\n</body>\n</html>\n");
    out
}

/// Nothing but the page's own style and script, by hash: no network, no other code, no form
/// sent anywhere. The data block is not code, so it needs no hash.
fn policy() -> String {
    format!(
        "default-src 'none'; script-src '{}'; style-src '{}'; img-src data:; \
         form-action 'none'; base-uri 'none'",
        source_hash(SCRIPT),
        source_hash(STYLE)
    )
}

/// The statements as the page asks them: the scored ones first, then the outcome statements
/// under their own heading. The script and the answer follow the same order.
fn in_page_order(items: &[FormItem]) -> Vec<&FormItem> {
    let (outcomes, scored): (Vec<&FormItem>, Vec<&FormItem>) =
        items.iter().partition(|item| item.outcome);
    scored.into_iter().chain(outcomes).collect()
}

/// A CSP source expression for an inline element's exact text: `sha256-` and its digest in
/// standard base64.
fn source_hash(text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    format!(
        "sha256-{}",
        base64::engine::general_purpose::STANDARD.encode(digest)
    )
}
