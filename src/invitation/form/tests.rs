//! The form page, read back: hostile texts stay text, the policy allows exactly the page's own
//! style and script, nothing points at the network, and each language speaks its own words.

use super::*;

mod wording;

const HOSTILE: &str = "</script><img src=x onerror=alert(1)>]]>\"'\u{2028}<!--&amp;";

pub(super) fn item(id: &str, text: &str, outcome: bool) -> FormItem {
    FormItem {
        id: id.to_string(),
        text: text.to_string(),
        outcome,
    }
}

pub(super) fn sample(lang: Lang) -> FormPage {
    let labels = ["Strongly disagree", "Disagree", "Neither", "Agree", ""];
    FormPage {
        lang,
        invitation: "inv-7Qx".to_string(),
        secret: "s3cret".to_string(),
        group: false,
        invited_by: "Sam".to_string(),
        about: "Sam".to_string(),
        respondent: "Alice".to_string(),
        questionnaire: "trust".to_string(),
        questionnaire_version: 2,
        questionnaire_title: "Trust in a working relationship".to_string(),
        side: None,
        intro: "Think of the last few weeks.".to_string(),
        scale: (1..=5)
            .map(|value| ScalePoint {
                value,
                label: labels[value as usize - 1].to_string(),
            })
            .collect(),
        items: vec![
            item("dare", "I dare to try new things with Sam.", true),
            item("words", "Sam and I use the same words.", false),
            item("goals", "Sam and I share the same goals.", false),
        ],
        expires: "7 January 2027".to_string(),
        reply_to: None,
        file_name: "sam.confiance-answer.toml".to_string(),
    }
}

/// Every text field of the page set to the hostile string (ids too).
fn hostile() -> FormPage {
    let mut page = sample(Lang::En);
    for field in [
        &mut page.invitation,
        &mut page.secret,
        &mut page.invited_by,
        &mut page.about,
        &mut page.respondent,
        &mut page.questionnaire,
        &mut page.questionnaire_title,
        &mut page.intro,
        &mut page.expires,
        &mut page.file_name,
    ] {
        *field = HOSTILE.to_string();
    }
    page.side = Some(HOSTILE.to_string());
    page.reply_to = Some(HOSTILE.to_string());
    page.scale[0].label = HOSTILE.to_string();
    page.items[1] = item(&format!("{HOSTILE}id"), &format!("{HOSTILE}text"), false);
    page
}

/// The text between the first `open` and the next `close` after it.
pub(super) fn between<'a>(html: &'a str, open: &str, close: &str) -> &'a str {
    let start = html.find(open).unwrap_or_else(|| panic!("no {open}")) + open.len();
    let end = html[start..].find(close).unwrap() + start;
    &html[start..end]
}

#[test]
fn hostile_texts_stay_text() {
    let html = render(&hostile());
    assert!(!html.contains("<img"), "{html}");
    assert!(!html.contains("<!--"));
    assert!(!html.contains("]]>"));
    // Only the page's own elements: two scripts closed, one style.
    assert_eq!(html.matches("</script>").count(), 2);
    assert_eq!(html.matches("<script").count(), 2);
    assert_eq!(html.matches("</style>").count(), 1);
    // Attributes are quoted and their quotes escaped: the radios' name holds the whole id.
    assert!(html.contains(
        "name=\"&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;]]&gt;&quot;&#39;\u{2028}&lt;!--&amp;amp;id\" value=\"1\""
    ));
    assert!(html.contains("<span class=\"statement\">&lt;/script&gt;&lt;img src=x"));
}

#[test]
fn the_data_block_reads_back_as_written() {
    let page = hostile();
    let html = render(&page);
    let json = between(
        &html,
        "<script type=\"application/json\" id=\"confiance-data\">",
        "</script>",
    );
    assert!(
        !json.contains(['<', '>', '&', '\u{2028}', '\u{2029}']),
        "{json}"
    );
    let data: serde_json::Value = serde_json::from_str(json).unwrap();
    for key in [
        "invitation",
        "secret",
        "questionnaire",
        "file_name",
        "side",
        "reply_to",
    ] {
        assert_eq!(data[key], HOSTILE, "{key}");
    }
    assert_eq!(data["questionnaire_version"], 2);
    assert_eq!(data["group"], false);
    let ids: Vec<&str> = data["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["id"].as_str().unwrap())
        .collect();
    // Page order: the outcome statement last.
    assert_eq!(ids, [&format!("{HOSTILE}id"), "goals", "dare"]);
}

#[test]
fn the_policy_allows_exactly_the_inline_style_and_script() {
    let html = render(&sample(Lang::En));
    let policy = between(
        &html,
        "http-equiv=\"Content-Security-Policy\" content=\"",
        "\"",
    );
    let style = between(&html, "<style>", "</style>");
    let script = between(&html, "<script>", "</script>");
    let hash = |text: &str| {
        base64::engine::general_purpose::STANDARD.encode(Sha256::digest(text.as_bytes()))
    };
    assert_eq!(
        policy,
        format!(
            "default-src 'none'; script-src 'sha256-{}'; style-src 'sha256-{}'; img-src data:; \
             form-action 'none'; base-uri 'none'",
            hash(script),
            hash(style)
        )
    );
    assert_eq!(
        source_hash("abc"),
        "sha256-ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0="
    );
    // The policy comes before anything it governs.
    assert!(html.find("Content-Security-Policy").unwrap() < html.find("<style>").unwrap());
}

#[test]
fn nothing_points_at_the_network() {
    for lang in Lang::ALL {
        let mut page = sample(lang);
        page.reply_to = Some("sam@example.org".to_string());
        page.group = true;
        let html = render(&page);
        // The policy's hashes are base64, whose alphabet has `/`.
        let policy = policy();
        assert!(html.contains(&policy));
        let html = html.replace(&policy, "");
        for needle in [
            "http:",
            "https:",
            "//",
            "src=",
            "fetch(",
            "XMLHttpRequest",
            "WebSocket",
        ] {
            assert!(!html.contains(needle), "{lang}: {needle}");
        }
        for needle in ["sendBeacon", "EventSource", "import(", "@import", "url("] {
            assert!(!html.contains(needle), "{lang}: {needle}");
        }
    }
}

#[test]
fn the_static_parts_cannot_close_their_element() {
    assert!(!STYLE.to_ascii_lowercase().contains("</style"));
    assert!(!SCRIPT.to_ascii_lowercase().contains("</script"));
    assert!(!SCRIPT.contains("<!--"));
    assert!(
        !SCRIPT.contains("innerHTML"),
        "text is set with textContent only"
    );
}

#[test]
fn the_script_safe_json_escapes_what_could_end_the_element() {
    assert_eq!(
        data::script_safe("\"</script>&\u{2028}\u{2029}\""),
        "\"\\u003c/script\\u003e\\u0026\\u2028\\u2029\""
    );
}
