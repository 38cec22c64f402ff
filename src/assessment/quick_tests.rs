//! The fast reader agrees with the general one: on every file the tool writes, and on any
//! edit of one (it reads it the same, or leaves it to the general reader).

use proptest::prelude::*;

use super::read_canonical;
use crate::assessment::tests::any_assessment;
use crate::assessment::{Assessment, from_toml, to_toml};

/// `a` with only what a plain string holds: the layout the fast reader takes.
fn plain(mut a: Assessment) -> Assessment {
    let clean = |s: &mut String| s.retain(|c| !c.is_control() && c != '"' && c != '\\');
    clean(&mut a.subject);
    clean(&mut a.respondent);
    for s in [&mut a.note, &mut a.intention].into_iter().flatten() {
        clean(s);
    }
    if let Some(p) = &mut a.previous_intention {
        clean(&mut p.text);
    }
    for answer in &mut a.answers {
        if let Some(n) = &mut answer.note {
            clean(n);
        }
    }
    a
}

/// An edit a person or a tool may make: a character put in, a part taken out, a line doubled.
#[derive(Debug, Clone)]
enum Edit {
    Insert(usize, char),
    Remove(usize, usize),
    DoubleLine(usize),
    SwapLines(usize, usize),
}

fn any_edit() -> impl Strategy<Value = Edit> {
    let interesting = proptest::sample::select(vec![
        '"', '\\', '\'', '#', '=', ' ', '\t', '\n', '\r', '[', ']', '.', '-', '+', '_', '0', '1',
        '9', 'e', 'T', 'Z', ':', 'é', '\u{7f}', '\u{0}', '{', ',',
    ]);
    prop_oneof![
        (any::<usize>(), interesting).prop_map(|(at, c)| Edit::Insert(at, c)),
        (any::<usize>(), 1usize..8).prop_map(|(at, n)| Edit::Remove(at, n)),
        any::<usize>().prop_map(Edit::DoubleLine),
        (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Edit::SwapLines(a, b)),
    ]
}

fn apply(text: &str, edit: &Edit) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut lines: Vec<&str> = text.split('\n').collect();
    match *edit {
        Edit::Insert(at, c) => {
            let at = at % (chars.len() + 1);
            let mut out: String = chars[..at].iter().collect();
            out.push(c);
            out.extend(&chars[at..]);
            out
        }
        Edit::Remove(at, n) => {
            let at = at % (chars.len() + 1);
            let end = (at + n).min(chars.len());
            chars[..at].iter().chain(&chars[end..]).collect()
        }
        Edit::DoubleLine(i) => {
            let i = i % lines.len();
            lines.insert(i, lines[i]);
            lines.join("\n")
        }
        Edit::SwapLines(a, b) => {
            let (a, b) = (a % lines.len(), b % lines.len());
            lines.swap(a, b);
            lines.join("\n")
        }
    }
}

proptest! {
    #[test]
    fn reads_what_the_tool_writes_as_the_general_reader_does(a in any_assessment()) {
        let a = plain(a);
        let text = to_toml(&a);
        let quick = read_canonical(&text);
        prop_assert!(quick.is_some(), "the tool's own layout is the fast reader's: {text}");
        prop_assert_eq!(quick.as_ref(), Some(&a));
        prop_assert_eq!(quick, from_toml(&text).ok().map(|(general, _)| general));
    }

    #[test]
    fn any_file_it_reads_the_general_reader_reads_the_same(a in any_assessment(), edits in proptest::collection::vec(any_edit(), 1..4)) {
        let mut text = to_toml(&plain(a));
        for edit in &edits {
            text = apply(&text, edit);
        }
        if let Some(quick) = read_canonical(&text) {
            let general = from_toml(&text);
            prop_assert!(general.is_ok(), "read fast, refused by the general reader: {text:?}");
            prop_assert_eq!(Some(quick), general.ok().map(|(g, _)| g));
        }
    }

    #[test]
    fn arbitrary_text_never_panics(text in any::<String>()) {
        let _ = read_canonical(&text);
    }
}

const FILE: &str = "schema = 1
id = \"B689090\"
subject = \"Subject 689\"
respondent = \"self\"
questionnaire = \"trust\"
questionnaire_version = 1
lang = \"en\"
started = 2021-09-27T10:00:00Z
completed = 2021-09-27T12:12:00.250+02:00

[previous_intention]
text = \"Share the plan early\"
followed = \"partly\"

[[answers]]
item = \"common-language.terms\"
value = 1
note = \"A short note, as people write them.\"

[[answers]]
item = \"common-language.explain\"
skipped = true
";

#[test]
fn a_file_of_the_tool_is_read_fast_and_the_same() {
    let quick = read_canonical(FILE).expect("the tool's layout");
    assert_eq!(quick, from_toml(FILE).unwrap().0);
    assert_eq!(quick.answers.len(), 2);
    assert!(quick.previous_intention.is_some());
}

#[test]
fn a_newer_versions_keys_at_the_top_are_kept_as_the_general_reader_keeps_them() {
    let text = FILE.replace(
        "lang = \"en\"",
        "from_invitation = \"01M993\"\nlang = \"en\"\nlevel = -3\nshared = true",
    );
    let quick = read_canonical(&text).expect("plain values under bare names");
    assert_eq!(quick, from_toml(&text).unwrap().0);
    let keys: Vec<&String> = quick.extra.keys().collect();
    assert_eq!(
        keys,
        ["from_invitation", "level", "shared"],
        "in the file's order"
    );
}

#[test]
fn anything_outside_the_strict_layout_goes_to_the_general_reader() {
    let cases = [
        (
            "a comment",
            FILE.replace("lang = \"en\"", "lang = \"en\" # en"),
        ),
        ("CRLF", FILE.replace('\n', "\r\n")),
        ("an escape", FILE.replace("Subject 689", "Subject \\u0041")),
        (
            "a literal string",
            FILE.replace("\"Subject 689\"", "'Subject 689'"),
        ),
        (
            "a key twice",
            FILE.replace("lang = \"en\"", "lang = \"en\"\nlang = \"fr\""),
        ),
        (
            "an unknown key in an answer",
            FILE.replace("value = 1", "value = 1\nmood = \"ok\""),
        ),
        (
            "an unknown key in a table",
            FILE.replace("followed = ", "mood = \"ok\"\nfollowed = "),
        ),
        (
            "an unknown date",
            FILE.replace(
                "lang = \"en\"",
                "lang = \"en\"\nseen = 2021-09-27T10:00:00Z",
            ),
        ),
        (
            "an unknown key twice",
            FILE.replace("lang = \"en\"", "lang = \"en\"\nmood = 1\nmood = 2"),
        ),
        (
            "a dotted key",
            FILE.replace("lang = \"en\"", "lang = \"en\"\nmood.today = 1"),
        ),
        ("another schema", FILE.replace("schema = 1", "schema = 2")),
        ("a leading zero", FILE.replace("value = 1", "value = 01")),
        ("a plus", FILE.replace("value = 1", "value = +1")),
        ("spacing", FILE.replace("value = 1", "value  = 1")),
        ("a local date", FILE.replace("10:00:00Z", "10:00:00")),
        (
            "value and skip",
            FILE.replace("value = 1", "value = 1\nskipped = true"),
        ),
        (
            "no item",
            FILE.replace("item = \"common-language.terms\"\n", ""),
        ),
        ("a bad id", FILE.replace("B689090", "../x")),
        (
            "completed first",
            FILE.replace("2021-09-27T10:00:00Z", "2022-01-01T00:00:00Z"),
        ),
        (
            "an inline table",
            FILE.replace("[previous_intention]\ntext", "previous_intention.text"),
        ),
        (
            "a table after answers",
            format!("{FILE}\n[previous_intention]\ntext = \"x\"\n"),
        ),
        (
            "an unknown answer word",
            FILE.replace("\"partly\"", "\"maybe\""),
        ),
        (
            "a version too large",
            FILE.replace(
                "questionnaire_version = 1",
                "questionnaire_version = 4294967296",
            ),
        ),
    ];
    for (what, text) in cases {
        assert_ne!(text, FILE, "{what}: the case changes the file");
        assert_eq!(read_canonical(&text), None, "{what}");
    }
}
