//! A questionnaire file whose texts hold terminal escapes (OSC 52, clear screen, a window
//! title, an 8-bit CSI) or a bidirectional override is refused wherever it is read, at its
//! line and column, and nothing of it reaches the terminal raw.

use std::path::Path;

use crate::common::confiance;

/// TOML escapes: the file itself is plain ASCII, its strings are not.
const HOSTILE: &str = r"\u001b]52;c;cHduZWQ=\u0007\u001b[2J\u001b]0;title\u0007\u009b31m\u202e";

fn raw(bytes: &[u8]) -> bool {
    let text = String::from_utf8_lossy(bytes);
    bytes.contains(&0x1b)
        || text
            .chars()
            .any(|c| ('\u{80}'..='\u{9f}').contains(&c) || c == '\u{202e}')
}

/// The template with [`HOSTILE`] in its title (line 37) and an item's text (line 70).
fn hostile_file(data: &Path, path: &Path) {
    let out = confiance(data)
        .args(["questionnaire", "new", "-"])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    let text = text
        .replace(
            "title = \"My trust questionnaire",
            &format!("title = \"My {HOSTILE}"),
        )
        .replace(
            "text = \"{subject} and I use",
            &format!("text = \"{HOSTILE}{{subject}} and I use"),
        );
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

#[test]
fn a_file_with_escapes_is_refused_everywhere_and_nothing_is_printed_raw() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let file = data.join("questionnaires/my-questionnaire.toml");
    hostile_file(&data, &file);
    let commands: &[&[&str]] = &[
        &["questionnaire", "check", file.to_str().unwrap()],
        &["questionnaire", "list"],
        &["questionnaire", "show", "my-questionnaire"],
        &[
            "assess",
            "Alice",
            "--plain",
            "--questionnaire",
            "my-questionnaire",
        ],
    ];
    for args in commands {
        let out = confiance(&data)
            .args(*args)
            .write_stdin("q\n")
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(
            !raw(&out.stdout),
            "{args:?} stdout: {:?}",
            String::from_utf8_lossy(&out.stdout)
        );
        assert!(!raw(&out.stderr), "{args:?} stderr: {err:?}");
        assert!(err.contains("my-questionnaire.toml:37:"), "{args:?}: {err}");
        assert!(
            !String::from_utf8_lossy(&out.stdout).contains("My "),
            "{args:?}: not shown"
        );
        if args[1] != "list" {
            assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
        }
    }
}
