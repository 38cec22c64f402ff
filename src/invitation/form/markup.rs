//! The form's markup: who asks and what it takes, one native `fieldset` of radios per
//! statement, the notes, and the review and sending parts the script fills and shows. Every
//! text is escaped here, and ids are the page's own (`item-3`), never a text's.

use std::fmt::Write;

use super::{FormItem, FormPage, in_page_order};
use crate::i18n::{FormText, fill};
use crate::printable::escape_html as esc;

/// The longest note a textarea takes, in UTF-16 units: at most 3 bytes each in UTF-8, so that
/// a note always fits the 64 KiB the tool accepts (`MAX_NOTE_BYTES`).
const NOTE_MAX: usize = 20_000;

/// About 20 seconds a statement, said in whole minutes (at least one).
pub(super) fn minutes(statements: usize) -> usize {
    (statements * 20).div_ceil(60).max(1)
}

/// Everything between `<body>` and the scripts.
pub(super) fn write_body(out: &mut String, page: &FormPage, text: &FormText) {
    out.push_str("<main>\n");
    write_header(out, page, text);
    write_statements(out, page, text);
    write_review(out, text);
    write_send(out, page, text);
    write_erase(out, text);
    out.push_str("</main>\n");
}

fn write_header(out: &mut String, page: &FormPage, text: &FormText) {
    let n = page.items.len();
    let time = match minutes(n) {
        1 => text.time_one.to_string(),
        m => fill(text.time_many, &[("minutes", &m), ("n", &n)]),
    };
    // The answers found in this browser (or erased) are said first, where a person who comes
    // back sees them, with the way on to the first statement left.
    let _ = write!(
        out,
        "<header>\n<h1 id=\"title\" tabindex=\"-1\">{}</h1>\n\
         <p id=\"restored\" class=\"notice screen-only\" role=\"status\" hidden></p>\n\
         <p id=\"resume\" class=\"screen-only\" hidden><button type=\"button\" id=\"continue\">{}</button></p>\n\
         <dl class=\"facts\"><dt>{}</dt><dd>{}</dd><dt>{}</dt><dd>{}</dd>",
        esc(&page.questionnaire_title),
        esc(text.continue_button),
        esc(text.asked_by),
        esc(&page.invited_by),
        esc(text.sent_to),
        esc(&page.respondent),
    );
    // "Your relationship with Sam" after "From: Sam" says nothing new.
    if page.about != page.invited_by {
        let about = fill(text.about_value, &[("about", &page.about)]);
        let _ = write!(out, "<dt>{}</dt><dd>{}</dd>", esc(text.about), esc(&about));
    }
    let _ = writeln!(
        out,
        "<dt>{}</dt><dd>{}</dd><dt>{}</dt><dd>{}</dd></dl>",
        esc(text.time),
        esc(&time),
        esc(text.until),
        esc(&page.expires),
    );
    let _ = writeln!(out, "<p class=\"notice\">{}</p>", esc(text.private));
    if page.group {
        let _ = writeln!(out, "<p>{}</p>", esc(text.group));
    }
    // The questionnaire's introduction says how to answer; the page says it only for a
    // questionnaire that has none.
    if page.intro.trim().is_empty() {
        let _ = writeln!(out, "<p>{}</p>", esc(text.no_wrong));
    } else {
        let _ = writeln!(out, "<p class=\"intro\">{}</p>", esc(&page.intro));
    }
    let _ = writeln!(
        out,
        "<noscript><p class=\"warning\">{}</p></noscript>\n\
         <p id=\"storage-status\" class=\"notice screen-only\" role=\"status\" hidden></p>\n</header>",
        esc(text.noscript)
    );
    // The progress bar means something only with the script, which shows it; it also says, in
    // sight, when a change after Finish needs Finish again.
    let _ = writeln!(
        out,
        "<div class=\"bar\" data-script hidden><span id=\"progress-text\" aria-live=\"polite\">{}</span>\
         <progress id=\"progress\" max=\"{n}\" value=\"0\" aria-hidden=\"true\"></progress>\
         <a id=\"finish-again\" href=\"#finish\" hidden>{}</a></div>",
        esc(&fill(text.progress, &[("n", &0), ("total", &n)])),
        esc(text.finish_again)
    );
}

fn write_statements(out: &mut String, page: &FormPage, text: &FormText) {
    let items = in_page_order(&page.items);
    let _ = writeln!(
        out,
        "<section id=\"statements\" aria-labelledby=\"statements-title\">\n\
         <h2 id=\"statements-title\">{}</h2>",
        esc(text.statements_title)
    );
    let mut outcomes_begun = false;
    for (index, item) in items.iter().enumerate() {
        if item.outcome && !outcomes_begun {
            outcomes_begun = true;
            let _ = writeln!(
                out,
                "<h2>{}</h2>\n<p>{}</p>",
                esc(text.outcomes_title),
                esc(text.outcomes_about)
            );
        }
        write_item(out, page, text, index, items.len(), item);
    }
    // Moved by the script under the statement reached from the review's "Answer it".
    let _ = writeln!(
        out,
        "<p id=\"to-review\" class=\"screen-only\" hidden><a href=\"#review-title\">{}</a></p>",
        esc(text.back_to_review)
    );
    let _ = writeln!(
        out,
        "<div class=\"whole\"><h2>{}</h2>\n<label for=\"note-all\" class=\"above\">{}</label>\
         <textarea id=\"note-all\" name=\"note-all\" rows=\"4\" maxlength=\"{NOTE_MAX}\"></textarea>\
         <p class=\"printed\" id=\"note-all-printed\"></p></div>\n</section>",
        esc(text.whole_note_title),
        esc(text.whole_note_label)
    );
}

/// One statement: its legend, the scale and "don't know" as radios named after the item, and
/// a folded note. `data-index` is the statement's place in the page, which the script uses.
fn write_item(
    out: &mut String,
    page: &FormPage,
    text: &FormText,
    index: usize,
    total: usize,
    item: &FormItem,
) {
    let k = index + 1;
    let name = esc(&item.id);
    let number = fill(text.statement_number, &[("n", &k), ("total", &total)]);
    let _ = write!(
        out,
        "<fieldset class=\"item\" id=\"item-{k}\" data-index=\"{index}\">\n\
         <legend><span class=\"number\">{}</span><span class=\"statement\">{}</span></legend>\n\
         <div class=\"scale\">",
        esc(&number),
        esc(&item.text)
    );
    for point in &page.scale {
        let _ = write!(
            out,
            "<label><input type=\"radio\" name=\"{name}\" value=\"{v}\">\
             <span class=\"value\">{v}</span><span class=\"label\">{}</span></label>",
            esc(&point.label),
            v = point.value
        );
    }
    let _ = writeln!(
        out,
        "<label class=\"skip\"><input type=\"radio\" name=\"{name}\" value=\"skip\">\
         <span class=\"label\">{}</span></label></div>\n\
         <button type=\"button\" class=\"clear quiet\" hidden>{}</button>\n\
         <details class=\"note\"><summary><span class=\"note-add\">{}</span>\
         <span class=\"note-edit\">{}</span></summary><label for=\"note-{k}\" class=\"above\">{}</label>\
         <textarea id=\"note-{k}\" name=\"note:{name}\" rows=\"3\" maxlength=\"{NOTE_MAX}\"></textarea></details>\n\
         <p class=\"printed\" id=\"note-{k}-printed\"></p>\n</fieldset>",
        esc(text.dont_know),
        esc(text.clear_answer),
        esc(text.add_note),
        esc(text.edit_note),
        esc(text.note_label)
    );
}

fn write_review(out: &mut String, text: &FormText) {
    let _ = writeln!(
        out,
        "<p data-script hidden><button type=\"button\" id=\"review-button\">{}</button></p>\n\
         <p id=\"finish-status\" class=\"status screen-only\" role=\"status\"></p>\n\
         <section id=\"review\" aria-labelledby=\"review-title\" hidden>\n\
         <h2 id=\"review-title\" tabindex=\"-1\">{}</h2>\n<p id=\"review-left\"></p>\n\
         <ol id=\"review-list\" class=\"review\"></ol>\n\
         <div id=\"review-note\" hidden><h3>{}</h3><p id=\"review-note-text\" class=\"said\"></p></div>\n\
         <p><button type=\"button\" id=\"finish\">{}</button> <a href=\"#statements\">{}</a></p>\n\
         </section>",
        esc(text.review_button),
        esc(text.review_title),
        esc(text.your_note),
        esc(text.finish_button),
        esc(text.back)
    );
}

fn write_send(out: &mut String, page: &FormPage, text: &FormText) {
    let file_help = fill(
        text.file_help,
        &[("file", &page.file_name), ("invited_by", &page.invited_by)],
    );
    let block_help = fill(text.block_help, &[("invited_by", &page.invited_by)]);
    let _ = writeln!(
        out,
        "<section id=\"send\" aria-labelledby=\"send-title\" hidden>\n\
         <h2 id=\"send-title\" tabindex=\"-1\">{}</h2>\n<p class=\"ready\">{}</p>\n\
         <h3>{}</h3>\n<p><a id=\"download\" class=\"button\" href=\"#send\" download=\"{}\">{}</a></p>\n<p>{}</p>\n\
         <p id=\"download-status\" class=\"status done\" role=\"status\"></p>\n\
         <h3>{}</h3>\n<p>{}</p>\n<label for=\"answer-block\" class=\"above\">{}</label>\
         <textarea id=\"answer-block\" rows=\"8\" readonly spellcheck=\"false\" autocomplete=\"off\"></textarea>\n\
         <p><button type=\"button\" id=\"copy\">{}</button></p>\n\
         <p id=\"copy-status\" class=\"status done\" role=\"status\"></p>",
        esc(text.send_title),
        esc(text.send_intro),
        esc(text.file_title),
        esc(&page.file_name),
        esc(text.download),
        esc(&file_help),
        esc(text.block_title),
        esc(&block_help),
        esc(text.block_label),
        esc(text.copy),
    );
    if let Some(reply_to) = &page.reply_to {
        let link = fill(text.mail_link, &[("reply_to", reply_to)]);
        let fallback = fill(text.mail_fallback, &[("reply_to", reply_to)]);
        let _ = writeln!(
            out,
            "<h3>{}</h3>\n<p><a id=\"mail-link\" class=\"button\" href=\"#send\">{}</a></p>\n\
             <p id=\"mail-status\" class=\"status done\" role=\"status\"></p>\n<p>{}</p>",
            esc(text.mail_title),
            esc(&link),
            esc(&fallback)
        );
    }
    let _ = writeln!(out, "<p>{}</p>\n</section>", esc(text.kept_after));
}

/// Start again: asks first, on the page itself (no dialog a browser may block).
fn write_erase(out: &mut String, text: &FormText) {
    let _ = writeln!(
        out,
        "<section id=\"erase-section\" data-script hidden>\n\
         <p><button type=\"button\" id=\"erase\" class=\"quiet\">{}</button></p>\n\
         <div id=\"erase-ask\" class=\"warning\" hidden><p>{}</p>\
         <button type=\"button\" id=\"erase-yes\" class=\"danger\">{}</button>\
         <button type=\"button\" id=\"erase-no\" class=\"quiet\">{}</button></div>\n</section>",
        esc(text.erase),
        esc(text.erase_ask),
        esc(text.erase_yes),
        esc(text.erase_no)
    );
}
