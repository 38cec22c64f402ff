//! Invitations: the form written and recorded, its answers coming back by file or by mail,
//! and every answer that must be refused refused with its reason, changing nothing.

mod answers;
mod backup;
mod group;
mod refusals;

use std::path::{Path, PathBuf};

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde_json::Value;

use crate::common::{confiance, stdout};

/// An invitation made in a test's data folder: its id, its form's secret and page.
pub(crate) struct Invited {
    pub id: String,
    pub secret: String,
    pub html: String,
}

/// `confiance --me Claire invite SUBJECT --respondent WHO` and what it made.
pub(crate) fn invite(data: &Path, subject: &str, who: &str, extra: &[&str]) -> Invited {
    let form = data.with_extension("form.html");
    let _ = std::fs::remove_file(&form);
    let mut args = vec![
        "--me",
        "Claire",
        "invite",
        subject,
        "--respondent",
        who,
        "-o",
    ];
    let form_arg = form.to_str().unwrap().to_string();
    args.push(&form_arg);
    args.extend_from_slice(extra);
    confiance(data).args(&args).assert().success();
    invited_from(std::fs::read_to_string(&form).unwrap())
}

/// The invitation a form is for, read from the form's data block.
pub(crate) fn invited_from(html: String) -> Invited {
    let data_block = html
        .split("<script type=\"application/json\" id=\"confiance-data\">")
        .nth(1)
        .and_then(|rest| rest.split("</script>").next())
        .expect("the form's data block");
    let json: Value = serde_json::from_str(data_block).unwrap();
    Invited {
        id: json["invitation"].as_str().unwrap().into(),
        secret: json["secret"].as_str().unwrap().into(),
        html,
    }
}

/// What the form writes for `answers` (`(item, Some(value) | None for don't know, note)`).
pub(crate) fn answer_toml(
    invited: &Invited,
    answer_id: &str,
    answers: &[(&str, Option<i64>, &str)],
) -> String {
    let mut text = format!(
        "confiance_answer = 1\ninvitation = \"{}\"\nsecret = \"{}\"\nanswer_id = \"{answer_id}\"\n\
         questionnaire = \"trust\"\nquestionnaire_version = 2\nlang = \"en\"\n\
         started = 2026-11-27T09:00:00Z\ncompleted = 2026-11-27T09:10:00Z\nnote = \"Thanks for asking\"\n",
        invited.id, invited.secret
    );
    for (item, value, note) in answers {
        text.push_str(&format!("\n[[answers]]\nitem = \"{item}\"\n"));
        match value {
            Some(v) => text.push_str(&format!("value = {v}\n")),
            None => text.push_str("skipped = true\n"),
        }
        if !note.is_empty() {
            text.push_str(&format!("note = \"{note}\"\n"));
        }
    }
    text
}

/// The block the form offers to copy, written here as the page's script writes it.
pub(crate) fn block(answer: &str) -> String {
    let whole = format!(
        "CONFIANCE-ANSWER-1 {}.{:08x}",
        URL_SAFE_NO_PAD.encode(answer.as_bytes()),
        crc32(answer.as_bytes())
    );
    whole
        .as_bytes()
        .chunks(76)
        .map(|c| String::from_utf8(c.to_vec()).unwrap())
        .collect::<Vec<_>>()
        .join("\n")
}

fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = !0u32;
    for b in bytes {
        crc ^= u32::from(*b);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

/// The newest trust questionnaire's item ids, in order.
pub(crate) fn trust_items() -> Vec<String> {
    let catalog = confiance::questionnaire::Catalog::builtin();
    catalog
        .find("trust", "en")
        .unwrap()
        .items
        .iter()
        .map(|i| i.id.clone())
        .collect()
}

/// Every file under `dir` with its bytes, to tell that nothing changed.
pub(crate) fn everything(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut found = vec![];
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else {
                found.push((p.clone(), std::fs::read(&p).unwrap()));
            }
        }
    }
    found.sort();
    found
}

/// `invitations --format json`.
pub(crate) fn invitations(data: &Path) -> Value {
    serde_json::from_str(&stdout(confiance(data).args([
        "invitations",
        "--format",
        "json",
    ])))
    .unwrap()
}
