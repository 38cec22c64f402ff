//! The form page as a person reads it: who asks, how long, until when, the statements and
//! their controls, the ways back and on, the sending part, and French in a French page.

use super::super::*;
use super::{between, item, sample};

#[test]
fn every_statement_is_a_fieldset_of_radios_named_after_it() {
    let html = render(&sample(Lang::En));
    assert_eq!(html.matches("<fieldset class=\"item\"").count(), 3);
    for value in 1..=5 {
        assert!(html.contains(&format!("name=\"words\" value=\"{value}\"")));
    }
    assert!(html.contains("name=\"words\" value=\"skip\""));
    assert!(html.contains("<textarea id=\"note-1\" name=\"note:words\""));
    assert!(html.contains("Don&#39;t know / doesn&#39;t apply"));
    // The outcome statement comes last, after its heading.
    let heading = html
        .find("Last, what this relationship makes possible")
        .unwrap();
    assert!(html.find("name=\"goals\"").unwrap() < heading);
    assert!(heading < html.find("name=\"dare\"").unwrap());
    assert!(html.contains("<fieldset class=\"item\" id=\"item-3\" data-index=\"2\">"));
    // No address, no mail link.
    assert!(!html.contains("id=\"mail-link\""));
}

#[test]
fn the_page_says_who_asks_how_long_and_until_when() {
    let mut page = sample(Lang::En);
    page.items = (0..24)
        .map(|i| item(&format!("q{i}"), "A statement.", false))
        .collect();
    page.reply_to = Some("sam@example.org".to_string());
    let html = render(&page);
    assert!(html.contains("<dt>From</dt><dd>Sam</dd>"));
    assert!(html.contains("<dd>about 8 minutes for 24 statements</dd>"));
    assert!(html.contains("<dd>7 January 2027</dd>"));
    // The questionnaire's introduction says how to answer; without one, the page does.
    assert!(html.contains("Think of the last few weeks."));
    assert!(!html.contains("no right or wrong answers"));
    page.intro = String::new();
    assert!(render(&page).contains("no right or wrong answers"));
    assert!(html.contains("Nothing leaves this page unless you send it"));
    assert!(html.contains("id=\"mail-link\""));
    assert!(html.contains("download=\"sam.confiance-answer.toml\""));
    assert_eq!(markup::minutes(1), 1);
    assert_eq!(markup::minutes(3), 1);
    assert_eq!(markup::minutes(4), 2);
    assert_eq!(markup::minutes(0), 1);
}

#[test]
fn a_french_page_speaks_french() {
    let mut page = sample(Lang::Fr);
    page.about = "l’équipe".to_string();
    let html = render(&page);
    assert!(html.contains("<html lang=\"fr\">"));
    assert!(html.contains("<h2>Pour finir, ce que cette relation rend possible</h2>"));
    assert!(html.contains("Ces dernières affirmations sont gardées à part des autres."));
    // The label's last word stays with the one before it on a narrow screen.
    assert!(html.contains("<span class=\"label\">Je ne sais pas / ne s’applique\u{a0}pas</span>"));
    assert!(html.contains("Relire mes réponses"));
    assert!(html.contains("\"progress\":\"Réponses\u{a0}: {n} sur {total}\""));
    assert!(html.contains("<dt>Objet</dt><dd>votre relation avec l’équipe</dd>"));
    assert!(html.contains("pour pouvoir les envoyer à nouveau"));
    assert!(!html.contains("Sujet"));
    assert!(!html.contains("renvoyer"));
    assert!(!html.contains("Répondu"));
    assert!(!html.contains("scores"));
    assert!(!html.contains("Review my answers"));
    assert!(!html.contains("Don&#39;t know"));
}

#[test]
fn the_about_fact_shows_only_when_it_says_something_new() {
    let mut page = sample(Lang::En);
    assert_eq!(page.about, page.invited_by);
    assert!(!render(&page).contains("<dt>About</dt>"));
    page.about = "the Atlas team".to_string();
    assert!(render(&page).contains("<dt>About</dt><dd>your relationship with the Atlas team</dd>"));
}

#[test]
fn the_outcome_heading_speaks_of_neither_trust_levels_nor_scores() {
    let html = render(&sample(Lang::En));
    assert!(html.contains(
        "<h2>Last, what this relationship makes possible</h2>\n\
         <p>These last statements are kept apart from the others.</p>"
    ));
    assert!(!html.contains("level of trust"));
    assert!(!html.contains("score"));
}

/// Coming back: the answers found are said right under the title, with the way on, before the
/// facts and the introduction.
#[test]
fn the_restored_notice_and_the_way_on_come_first() {
    for lang in Lang::ALL {
        let html = render(&sample(lang));
        let title = html.find("<h1 id=\"title\"").unwrap();
        let restored = html
            .find("<p id=\"restored\" class=\"notice screen-only\" role=\"status\" hidden></p>")
            .unwrap();
        let resume = html
            .find("<p id=\"resume\" class=\"screen-only\" hidden>")
            .unwrap();
        let facts = html.find("<dl class=\"facts\">").unwrap();
        assert!(
            title < restored && restored < resume && resume < facts,
            "{lang}"
        );
        assert_eq!(html.matches("id=\"restored\"").count(), 1);
        let button = FormText::of(lang).continue_button;
        assert!(html.contains(&format!(
            "<button type=\"button\" id=\"continue\">{}</button>",
            esc_text(button)
        )));
    }
}

fn esc_text(text: &str) -> String {
    crate::printable::escape_html(text)
}

/// Each statement can take its answer back, and its folded note says when it holds text; the
/// script shows one or the other wording.
#[test]
fn every_statement_can_be_cleared_and_its_note_says_when_it_has_text() {
    let html = render(&sample(Lang::En));
    assert_eq!(
        html.matches(
            "<button type=\"button\" class=\"clear quiet\" hidden>Clear this answer</button>"
        )
        .count(),
        3
    );
    assert_eq!(
        html.matches(
            "<summary><span class=\"note-add\">Add a note</span><span class=\"note-edit\">Edit your note</span></summary>"
        )
        .count(),
        3
    );
    // The clear button is inside its statement, after the choices.
    let item = between(
        &html,
        "<fieldset class=\"item\" id=\"item-2\"",
        "</fieldset>",
    );
    assert!(item.find("value=\"skip\"").unwrap() < item.find("class=\"clear quiet\"").unwrap());
    // Shown by the script only, per answer: not one of the parts shown wholesale.
    assert!(!item.contains("data-script"));
    assert!(STYLE.contains("details.has-note .note-edit"));
    assert!(SCRIPT.contains("classList.toggle(\"has-note\""));
}

/// The review's "Answer it" leads to the statement with a way back; a change after Finish is
/// said in the progress line that stays in sight.
#[test]
fn the_page_offers_the_ways_back() {
    let html = render(&sample(Lang::En));
    assert!(html.contains(
        "<p id=\"to-review\" class=\"screen-only\" hidden><a href=\"#review-title\">Back to the review</a></p>"
    ));
    let bar = between(&html, "<div class=\"bar\" data-script hidden>", "</div>");
    assert!(bar.contains(
        "<a id=\"finish-again\" href=\"#finish\" hidden>Answers changed: press Finish again</a>"
    ));
    let data = data_of(&html);
    assert_eq!(
        data["text"]["changed"],
        "You changed an answer: press Finish again, then send the new version. Text you copied before is out of date."
    );
    // What the page scrolls to is not under the progress line.
    assert!(STYLE.contains("* { scroll-margin-top: 4.5rem; }"));
}

fn data_of(html: &str) -> serde_json::Value {
    let json = between(
        html,
        "<script type=\"application/json\" id=\"confiance-data\">",
        "</script>",
    );
    serde_json::from_str(json).unwrap()
}

/// After Finish: ready but not sent, what each way is, and a word after each step.
#[test]
fn the_sending_part_says_what_is_ready_and_what_each_thing_is() {
    let mut page = sample(Lang::En);
    page.reply_to = Some("sam@example.org".to_string());
    let html = render(&page);
    let send = between(&html, "<section id=\"send\"", "</section>");
    assert!(send.contains(
        "<p class=\"ready\">Ready to send: nothing has left this page yet. Send your answers in one of these ways:</p>"
    ));
    assert!(send.contains(
        "Then attach the file (sam.confiance-answer.toml) to a mail or a message for Sam. \
         It is a small text file for Sam&#39;s tool: you do not need to open it, attach it as it is."
    ));
    assert!(send.contains(
        "This block is your answers, coded so that Sam&#39;s tool reads them back exactly \
         (your answers in plain words are listed above)."
    ));
    for status in ["download-status", "copy-status", "mail-status"] {
        assert!(
            send.contains(&format!(
                "<p id=\"{status}\" class=\"status done\" role=\"status\"></p>"
            )),
            "{status}"
        );
    }
    // The review, which lists the answers in plain words, is above.
    assert!(html.find("id=\"review-list\"").unwrap() < html.find("id=\"answer-block\"").unwrap());
    let data = data_of(&html);
    assert_eq!(
        data["text"]["copied"],
        "Copied. Paste it into your message for Sam, then send it."
    );
    assert!(
        data["text"]["download_done"]
            .as_str()
            .unwrap()
            .starts_with("Done:")
    );
    assert!(
        data["text"]["mail_done"]
            .as_str()
            .unwrap()
            .contains("check it, then send it")
    );
    // The subject speaks the sender's words, not the tool's name.
    assert_eq!(
        data["mail_subject"],
        "My answers to your questionnaire “Trust in a working relationship”"
    );
    // Without an address, no mail status.
    assert!(!render(&sample(Lang::En)).contains("id=\"mail-status\""));
    // The block wraps anywhere, evenly.
    assert!(STYLE.contains("word-break: break-all"));
}

/// The answer file starts with comments in the page's language, which the tool skips: a file
/// with them (and the block carrying it) is read as the same answer.
#[test]
fn the_answer_file_opens_with_comments_the_tool_skips() {
    let page = sample(Lang::Fr);
    let data = data_of(&render(&page));
    let comment = data["text"]["file_comment"].as_str().unwrap();
    assert_eq!(
        comment,
        "Vos réponses aux questions de Sam, à lire avec l’outil confiance.\n\
         Envoyez ce fichier tel quel\u{a0}: la ligne `secret` prouve qu’il vient du formulaire de Sam."
    );
    assert!(
        data_of(&render(&sample(Lang::En)))["text"]["file_comment"]
            .as_str()
            .unwrap()
            .starts_with("Your answers to Sam's questions")
    );
    // As the script writes it: `# ` before each line, then the answer.
    let header: String = comment.lines().map(|line| format!("# {line}\n")).collect();
    let file = format!(
        "{header}confiance_answer = 1\ninvitation = \"inv-7Qx\"\nsecret = \"s3cret\"\n\
         answer_id = \"AAAAAAAAAAAAAAAAAAAAAA\"\nquestionnaire = \"trust\"\n\
         questionnaire_version = 2\nlang = \"fr\"\nstarted = 2026-01-02T03:04:05Z\n\
         completed = 2026-01-02T03:14:05Z\n\n[[answers]]\nitem = \"words\"\nvalue = 4\n"
    );
    assert!(crate::invitation::answer::looks_like_answer(&file));
    let returned = crate::invitation::answer::parse(&file).unwrap();
    assert_eq!(returned.invitation, "inv-7Qx");
    let block = crate::invitation::block::encode(&file);
    let found = crate::invitation::block::find_all(&block.replace('\n', ""));
    assert_eq!(found, vec![Ok(file.clone())]);
    // The script puts them first, and keeps control characters out of them.
    assert!(SCRIPT.contains("var lines = comments().concat(["));
    assert!(SCRIPT.contains(".replace(/[\\u0000-\\u001f\\u007f]/g, \" \")"));
}
