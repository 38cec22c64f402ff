//! A coach's practice end to end, through the real binary on a temporary data folder: client
//! spaces kept apart in every command, the other side's wording, names matched whatever their
//! case, respondent filters, notes, intentions, check-ins and the config file's precedence.
//! Below: the whole output of a coach's commands.

mod internal_words;
mod outputs;

use std::path::PathBuf;

use crate::common::*;
use serde_json::Value;

/// A data folder with two clients and the coach's own space. Marie and Zoé both work with a
/// "Team Atlas"; each also has a subject nobody else has; the coach has Bob.
struct Practice {
    dir: tempfile::TempDir,
}

/// Names that belong to one space only: none may appear in another's output.
const MARIE_ONLY: &[&str] = &["Marie", "marie", "Orion"];
const ZOE_ONLY: &[&str] = &["Zoé", "zoe", "Vega"];
const COACH_ONLY: &[&str] = &["Bob", "bob"];

impl Practice {
    fn new() -> Self {
        let p = Self {
            dir: tempfile::tempdir().unwrap(),
        };
        let mut m1 = assessment_text("M1", "Team Atlas", "self", "2026-09-01T10:00:00Z", 3);
        m1 = with_top(
            &m1,
            "note = \"Marie's session\"\nintention = \"Share the plan early\"\n",
        );
        m1 = with_first_note(&m1, "Marie's note on words");
        let m2 = assessment_text("M2", "Team Atlas", "Team Atlas", "2026-09-02T10:00:00Z", 4);
        let m3 = with_top(
            &assessment_text("M3", "team atlas", "self", "2026-11-01T10:00:00Z", 4),
            "intention = \"Ask before deciding\"\n\n[previous_intention]\ntext = \"Share the plan early\"\nfollowed = \"partly\"\n",
        );
        let m4 = assessment_text("M4", "Orion", "self", "2026-06-01T10:00:00Z", 2);
        p.import(
            Some("Marie"),
            &[("m1", &m1), ("m2", &m2), ("m3", &m3), ("m4", &m4)],
        );
        let z1 = with_first_note(
            &assessment_text("Z1", "Team Atlas", "self", "2026-10-01T10:00:00Z", 2),
            "Zoé's secret note",
        );
        let z2 = assessment_text("Z2", "Vega", "Vega", "2026-10-02T10:00:00Z", 5);
        p.import(Some("Zoé"), &[("z1", &z1), ("z2", &z2)]);
        let b1 = assessment_text("B1", "Bob", "self", "2026-11-20T10:00:00Z", 5);
        p.import(None, &[("b1", &b1)]);
        p
    }

    fn data(&self) -> PathBuf {
        self.dir.path().join("data")
    }

    fn import(&self, client: Option<&str>, files: &[(&str, &str)]) {
        let paths: Vec<PathBuf> = files
            .iter()
            .map(|(name, text)| write(self.dir.path().join(format!("inbox/{name}.toml")), text))
            .collect();
        let mut cmd = confiance(&self.data());
        if let Some(client) = client {
            cmd.args(["--client", client]);
        }
        cmd.arg("import").args(&paths).assert().success();
    }

    /// stdout and stderr of `confiance ARGS`, and its exit code.
    fn run(&self, args: &[&str]) -> (String, i32) {
        let out = confiance(&self.data()).args(args).output().unwrap();
        let text = format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        (text, out.status.code().unwrap_or(-1))
    }

    fn ok(&self, args: &[&str]) -> String {
        let (text, code) = self.run(args);
        assert_eq!(code, 0, "{args:?}: {text}");
        text
    }

    fn json(&self, args: &[&str]) -> Value {
        serde_json::from_str(&stdout(confiance(&self.data()).args(args))).unwrap()
    }
}

/// An assessment's text with keys added before its answers.
fn with_top(text: &str, keys: &str) -> String {
    let at = text.find("\n[[answers]]").unwrap();
    format!("{}\n{keys}{}", &text[..at], &text[at..])
}

/// The first answer of an assessment's text, with a note.
fn with_first_note(text: &str, note: &str) -> String {
    let at = text.find("value = ").unwrap();
    let end = at + text[at..].find('\n').unwrap() + 1;
    format!("{}note = \"{note}\"\n{}", &text[..end], &text[end..])
}

fn assert_none_of(text: &str, names: &[&str], what: &str) {
    for name in names {
        assert!(!text.contains(name), "{what}: {name:?} shown in\n{text}");
    }
}

#[test]
fn no_command_shows_another_clients_names() {
    let p = Practice::new();
    let marie: Vec<Vec<&str>> = vec![
        vec!["list"],
        vec!["list", "--format", "json"],
        vec!["show", "Team Atlas"],
        vec!["show", "Team Atlas", "--format", "json"],
        vec!["show", "Team Atlas", "--format", "markdown"],
        vec!["trend", "Team Atlas"],
        vec!["trend", "Team Atlas", "--format", "json"],
        vec!["export", "--format", "csv"],
        vec!["export", "--format", "json"],
        vec!["check"],
        vec!["clients"],
        vec!["clients", "--format", "json"],
        vec!["due", "--format", "json"],
        vec!["drafts", "--format", "json"],
        vec!["cadence", "Team Atlas"],
        vec!["forget", "Team Atlas"],
        // Mistakes list no other client's subjects either.
        vec!["show", "Nobody"],
        vec!["forget", "Nobody"],
        vec!["trend", "Nobody"],
    ];
    for args in &marie {
        let mut line = vec!["--client", "Marie"];
        line.extend(args);
        let (text, _) = p.run(&line);
        assert_none_of(&text, ZOE_ONLY, &format!("{line:?}"));
        assert_none_of(&text, COACH_ONLY, &format!("{line:?}"));
        assert_none_of(&text, &["Zoé's secret note"], &format!("{line:?}"));
    }
    // The personal space shows no client's data.
    for args in [
        vec!["list"],
        vec!["list", "--format", "json"],
        vec!["show", "Bob", "--format", "json"],
        vec!["show", "Nobody"],
        vec!["export", "--format", "json"],
        vec!["trend", "Nobody"],
        vec!["drafts"],
        vec!["forget", "Nobody"],
        vec!["due", "--format", "json", "--client", "Bob"],
    ] {
        let (text, _) = p.run(&args);
        assert_none_of(&text, MARIE_ONLY, &format!("{args:?}"));
        assert_none_of(&text, ZOE_ONLY, &format!("{args:?}"));
        assert_none_of(&text, &["Team Atlas"], &format!("{args:?}"));
    }
    // A client that does not exist: the error names no client.
    let (text, code) = p.run(&["--client", "Mari", "list"]);
    assert_eq!(code, 2, "{text}");
    assert_none_of(&text, &["Marie", "Zoé"], "unknown client");
    // The same through the environment.
    let out = confiance(&p.data())
        .env("CONFIANCE_CLIENT", "zoé")
        .arg("list")
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("Vega") && !text.contains("Orion"), "{text}");
}

#[test]
fn each_client_is_a_separate_space_and_export_is_a_complete_hand_over() {
    let p = Practice::new();
    let marie = p.json(&["--client", "marie", "list", "--format", "json"]);
    let subjects: Vec<&str> = marie
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["subject"].as_str().unwrap())
        .collect();
    // Shown as most recently written (M3 says "team atlas").
    assert_eq!(subjects, ["team atlas", "Orion"]);
    let clients = p.json(&["clients", "--format", "json"]);
    assert_eq!(
        clients,
        serde_json::json!([
            {"client": "Marie", "subjects": 2, "assessments": 4, "last": "2026-11-01T10:00:00Z"},
            {"client": "Zoé", "subjects": 2, "assessments": 2, "last": "2026-10-02T10:00:00Z"},
        ])
    );
    let text = p.ok(&["clients"]);
    assert!(
        text.starts_with("CLIENT  SUBJECTS  ASSESSMENTS  LAST\n"),
        "{text}"
    );

    // Marie's hand-over holds her assessments only, with notes and intentions, and reads back
    // into a store of her own identically.
    let out = p.dir.path().join("marie.json");
    let out_arg = out.display().to_string();
    p.ok(&[
        "--client", "Marie", "export", "--format", "json", "-o", &out_arg,
    ]);
    let export: Value = serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
    let ids: Vec<&str> = export
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["M4", "M1", "M2", "M3"]);
    assert_eq!(export[3]["previous_intention"]["followed"], "partly");
    assert_eq!(export[1]["intention"], "Share the plan early");
    let hers = tempfile::tempdir().unwrap();
    confiance(hers.path())
        .args(["import", &out_arg])
        .assert()
        .success();
    let again = stdout(confiance(hers.path()).args(["export", "--format", "json"]));
    assert_eq!(serde_json::from_str::<Value>(&again).unwrap(), export);
    // Never into the data folder, not even the personal part of it.
    let inside = p.data().join("x.json").display().to_string();
    let (text, code) = p.run(&[
        "--client", "Marie", "export", "--format", "json", "-o", &inside,
    ]);
    assert_eq!(code, 2, "{text}");
}

#[test]
fn the_other_side_reads_the_owners_name() {
    let p = Practice::new();
    // M2 is Team Atlas's own view: its questions speak of Marie.
    let show = p.json(&[
        "--client",
        "Marie",
        "show",
        "Team Atlas",
        "--respondent",
        "team atlas",
        "--format",
        "json",
    ]);
    assert_eq!(show["respondent"], "Team Atlas");
    let m1 = p.json(&[
        "--client",
        "Marie",
        "show",
        "Team Atlas",
        "--id",
        "M1",
        "--format",
        "json",
    ]);
    assert_eq!(
        m1["notes"][0]["question"],
        "Team Atlas and I use the same words for the things we work on."
    );
    assert_eq!(m1["notes"][0]["note"], "Marie's note on words");
    // The same note, had the other side written it.
    let mut theirs = assessment_text("X1", "Carol", "Carol", "2026-11-02T10:00:00Z", 3);
    theirs = with_first_note(&theirs, "seen from the other side");
    p.import(Some("Marie"), &[("x1", &theirs)]);
    let x1 = p.json(&["--client", "Marie", "show", "Carol", "--format", "json"]);
    assert_eq!(
        x1["notes"][0]["question"],
        "Marie and I use the same words for the things we work on."
    );
    // In your own space, your name comes from --me, else the config file.
    p.import(None, &[("x2", &theirs)]);
    let mine = p.json(&["--me", "Sam", "show", "Carol", "--format", "json"]);
    assert_eq!(
        mine["notes"][0]["question"],
        "Sam and I use the same words for the things we work on."
    );
    let text = p.ok(&["--me", "Sam", "--lang", "fr", "show", "Carol", "--no-chart"]);
    assert!(
        text.contains("Sam et moi employons les mêmes mots"),
        "{text}"
    );
}

#[test]
fn names_are_found_whatever_their_case_and_keep_their_spelling() {
    let p = Practice::new();
    // "team atlas" (M3) and "Team Atlas" are one subject; Marie is found as "MARIE ".
    let list = p.json(&["--client", "MARIE ", "list", "--format", "json"]);
    assert_eq!(list[0]["assessments"], 3);
    p.ok(&["--client", "marie", "show", "TEAM ATLAS"]);
    p.ok(&["--client", "marie", "trend", " Team ATLAS"]);
    let csv = p.ok(&[
        "--client",
        "Marie",
        "export",
        "--subject",
        "TEAM atlas",
        "--format",
        "csv",
    ]);
    assert_eq!(csv.lines().filter(|l| l.starts_with('M')).count(), 3 * 8);
    // Importing under an override writes the name as stored, never a new spelling; the two
    // spellings Marie's files hold are listed rather than one guessed.
    let orion = assessment_text("M9", "x", "x", "2026-11-03T10:00:00Z", 3);
    let file = write(p.dir.path().join("inbox/m9.toml"), &orion);
    let file = file.display().to_string();
    let (text, code) = p.run(&[
        "--client",
        "Marie",
        "import",
        &file,
        "--subject",
        "TEAM ATLAS",
    ]);
    assert_eq!(code, 2, "{text}");
    assert!(text.contains("\"Team Atlas\", \"team atlas\""), "{text}");
    p.ok(&[
        "--client",
        "Marie",
        "import",
        &file,
        "--subject",
        "orion",
        "--respondent",
        "MARIE",
    ]);
    let shown = p.json(&["--client", "Marie", "show", "Orion", "--format", "json"]);
    assert_eq!(
        (shown["subject"].as_str(), shown["respondent"].as_str()),
        (Some("Orion"), Some("self"))
    );
}

#[test]
fn respondent_filters_pick_one_view() {
    let p = Practice::new();
    let m = ["--client", "Marie"];
    let run = |args: &[&str]| p.json(&[&m[..], args].concat());
    // The owner's name means `self`.
    let mine = run(&["show", "Team Atlas", "-r", "marie", "--format", "json"]);
    assert_eq!(mine["id"], "M3");
    let theirs = run(&["list", "--respondent", "Team Atlas", "--format", "json"]);
    assert_eq!(
        theirs.as_array().unwrap().len(),
        1,
        "Orion has no view of Team Atlas"
    );
    assert_eq!(theirs[0]["assessments"], 1);
    assert_eq!(theirs[0]["overall_respondent"], "Team Atlas");
    let all = run(&["list", "--format", "json"]);
    assert_eq!(
        all[0]["respondents"],
        serde_json::json!(["self", "Team Atlas"])
    );
    assert_eq!(
        all[0]["overall_respondent"], "self",
        "the owner's latest, not the newest"
    );
    let trend = run(&["trend", "Team Atlas", "-r", "self", "--format", "json"]);
    assert_eq!(trend["series"].as_array().unwrap().len(), 1);
    assert_eq!(trend["series"][0]["intentions"][0]["followed"], "partly");
    let export = run(&["export", "--respondent", "TEAM ATLAS", "--format", "json"]);
    assert_eq!(export.as_array().unwrap().len(), 1);
    let (text, code) = p.run(&["--client", "Marie", "trend", "Orion", "-r", "Nobody"]);
    assert_eq!(code, 2, "{text}");
    // Whose score it is, when not the owner's.
    p.import(
        Some("Marie"),
        &[(
            "c1",
            &assessment_text("C1", "Carol", "Carol", "2026-11-02T10:00:00Z", 3),
        )],
    );
    let text = p.ok(&["--client", "Marie", "list"]);
    let carol = text.lines().find(|l| l.starts_with("Carol")).unwrap();
    assert!(carol.contains("50 (Carol)"), "{text}");
}

#[test]
fn show_prints_notes_and_intentions_unless_asked_not_to() {
    let p = Practice::new();
    let m1 = p.ok(&[
        "--client",
        "Marie",
        "show",
        "Team Atlas",
        "--id",
        "M1",
        "--no-chart",
    ]);
    assert!(m1.contains("\nNotes\n  • Team Atlas and I use the same words for the things we work on.\n    Marie's note on words\n  • On the whole session:\n    Marie's session\n"), "{m1}");
    assert!(
        m1.contains("Intention for next time: Share the plan early"),
        "{m1}"
    );
    let m3 = p.ok(&["--client", "Marie", "show", "Team Atlas", "--no-chart"]);
    assert!(
        m3.contains("Last time's intention: Share the plan early\n  Followed: partly\n"),
        "{m3}"
    );
    let hidden = p.ok(&[
        "--client",
        "Marie",
        "show",
        "Team Atlas",
        "--id",
        "M1",
        "--no-notes",
    ]);
    assert!(
        !hidden.contains("Marie's note") && !hidden.contains("Marie's session"),
        "{hidden}"
    );
    assert!(
        hidden.contains("Share the plan early"),
        "intentions are not notes"
    );
    let md = p.ok(&[
        "--client",
        "Marie",
        "show",
        "Team Atlas",
        "--id",
        "M1",
        "--format",
        "markdown",
    ]);
    assert!(
        md.contains("## Notes\n\n- **Team Atlas and I use the same words"),
        "{md}"
    );
    let md = p.ok(&[
        "--client",
        "Marie",
        "show",
        "Team Atlas",
        "--id",
        "M1",
        "--format",
        "markdown",
        "--no-notes",
    ]);
    assert!(!md.contains("Marie's note"), "{md}");
    // JSON keeps them, whatever the flag.
    let json = p.json(&[
        "--client",
        "Marie",
        "show",
        "Team Atlas",
        "--id",
        "M1",
        "--format",
        "json",
        "--no-notes",
    ]);
    assert_eq!(json["note"], "Marie's session");
    assert_eq!(json["notes"][0]["item"], "common-language.terms");
    assert_eq!(json["intention"], "Share the plan early");
}

#[test]
fn due_and_cadence() {
    let p = Practice::new();
    // On NOW (2026-11-27), six weeks after: Orion (Marie, 2026-06-01) is due, and Zoé's Team
    // Atlas (2026-10-01); Vega has no view of Zoé's own, so Vega's latest counts (2026-10-02);
    // Marie's Team Atlas (2026-11-01) and Bob (2026-11-20) are not.
    let due = p.json(&["due", "--format", "json"]);
    assert_eq!(
        due[0],
        serde_json::json!({
            "kind": "check_in",
            "client": "Marie", "subject": "Orion", "last": "2026-06-01T10:00:00Z",
            "cadence_weeks": 6, "due": "2026-07-13T10:00:00Z", "days_late": 137,
        })
    );
    assert_eq!(
        late(&due),
        [("Orion", 137), ("Team Atlas", 15), ("Vega", 14)]
    );
    // Exit 0 when something is due, 1 when nothing is, and nothing printed then.
    p.ok(&["--client", "Marie", "cadence", "orion", "off"]);
    let (text, code) = p.run(&["--client", "Marie", "due"]);
    assert_eq!((text.as_str(), code), ("", 1));
    let (text, code) = p.run(&["--client", "Marie", "cadence", "Orion"]);
    assert_eq!(
        (text.as_str(), code),
        ("\"Orion\": no check-ins (its own cadence)\n", 0)
    );
    // A subject's own cadence: Team Atlas every 3 weeks is 5 days late.
    p.ok(&["--client", "Marie", "cadence", "TEAM ATLAS", "3"]);
    let text = p.ok(&["--client", "Marie", "due"]);
    assert_eq!(
        text,
        "SUBJECT     LAST        LATE\nteam atlas  2026-11-01  5 days\n"
    );
    let list = p.ok(&["--client", "Marie", "list"]);
    assert!(list.contains("due, 5 days late"), "{list}");
    // The config file's cadence_weeks comes after a subject's own, before the default.
    p.ok(&["config", "set", "cadence_weeks", "2"]);
    let text = p.ok(&["cadence", "Bob"]);
    assert_eq!(
        text,
        "\"Bob\": a check-in every 2 weeks (cadence_weeks of the config file)\nNext check-in: 2026-12-04\n"
    );
    p.ok(&["--client", "Marie", "cadence", "Team Atlas", "default"]);
    let due = p.json(&["due", "--format", "json"]);
    assert_eq!(
        late(&due),
        [("Team Atlas", 43), ("Vega", 42), ("team atlas", 12)]
    );
    assert_eq!(due[2]["client"], "Marie");
    let (text, code) = p.run(&["--client", "Marie", "cadence", "Nobody", "3"]);
    assert_eq!(code, 2, "{text}");
    let (text, code) = p.run(&["--client", "Marie", "cadence", "Orion", "0"]);
    assert_eq!(code, 2, "{text}");
}

fn late(due: &Value) -> Vec<(&str, i64)> {
    due.as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["subject"].as_str().unwrap(),
                d["days_late"].as_i64().unwrap(),
            )
        })
        .collect()
}

#[test]
fn the_owners_name_comes_from_the_client_then_me_then_the_config_file() {
    let p = Practice::new();
    let theirs = with_first_note(
        &assessment_text("X1", "Carol", "Carol", "2026-11-02T10:00:00Z", 3),
        "n",
    );
    p.import(None, &[("x1", &theirs)]);
    p.import(Some("Marie"), &[("x1", &theirs)]);
    let question = |args: &[&str]| -> String {
        let mut line = args.to_vec();
        line.extend(["show", "Carol", "--format", "json"]);
        p.json(&line)["notes"][0]["question"]
            .as_str()
            .unwrap()
            .to_string()
    };
    assert!(
        question(&[]).starts_with("Carol and I"),
        "no name known: the subject's"
    );
    p.ok(&["config", "set", "name", "Sam"]);
    assert!(question(&[]).starts_with("Sam and I"));
    assert!(
        question(&["--me", "Pat"]).starts_with("Pat and I"),
        "--me before the file"
    );
    assert!(
        question(&["--me", "Pat", "--client", "Marie"]).starts_with("Marie and I"),
        "a client's space is the client's"
    );
    let config = p.ok(&["--me", "Pat", "config"]);
    let name = config.lines().find(|l| l.starts_with("name ")).unwrap();
    assert!(
        name.contains("Pat") && name.ends_with("flag --me"),
        "{config}"
    );
}

#[test]
fn forget_a_whole_client_after_listing_what_goes() {
    let p = Practice::new();
    let (text, code) = p.run(&["forget", "--client", "zoe"]);
    assert_eq!(code, 2, "no such client: {text}");
    let (text, code) = p.run(&["forget", "--client", "ZOÉ"]);
    assert_eq!(code, 2, "asked, and no terminal to answer: {text}");
    assert!(
        text.contains("This deletes the space of client \"Zoé\": 3 files:"),
        "{text}"
    );
    assert!(
        p.data().join("clients/zoe/client.toml").exists(),
        "nothing deleted"
    );
    let text = p.ok(&["forget", "--client", "Zoé", "--yes"]);
    assert!(
        text.contains("Deleted the space of client \"Zoé\" (3 files)."),
        "{text}"
    );
    assert!(!p.data().join("clients/zoe").exists());
    assert_eq!(
        p.json(&["clients", "--format", "json"])
            .as_array()
            .unwrap()
            .len(),
        1
    );
    let (text, code) = p.run(&["forget"]);
    assert_eq!(code, 2, "{text}");
}

#[test]
fn check_covers_every_client_and_client_folders_are_private() {
    use std::os::unix::fs::PermissionsExt;
    let p = Practice::new();
    let text = p.ok(&["check"]);
    let summaries: Vec<&str> = text.lines().collect();
    assert_eq!(summaries.len(), 3, "{text}");
    assert!(
        summaries[1].ends_with("clients/marie: 4 files, no problem found"),
        "{text}"
    );
    let marie = p.data().join("clients/marie");
    for path in [&marie, &marie.join("assessments")] {
        let mode = std::fs::metadata(path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o700, "{}", path.display());
    }
    let mode = std::fs::metadata(marie.join("client.toml"))
        .unwrap()
        .permissions()
        .mode();
    assert_eq!(mode & 0o777, 0o600);
    // A problem in one client's space is found, and only that space's check sees it.
    std::fs::write(marie.join("assessments/broken.toml"), "schema = ").unwrap();
    let (text, code) = p.run(&["check"]);
    assert_eq!(code, 1, "{text}");
    let (text, code) = p.run(&["--client", "Zoé", "check"]);
    assert_eq!(code, 0, "{text}");
    assert!(!text.contains("marie"), "{text}");
}

#[test]
fn links_never_lead_a_client_out_of_the_data_folder() {
    let p = Practice::new();
    let outside = tempfile::tempdir().unwrap();
    // A client folder that is a link: not a client, never read, never written through.
    let elsewhere = outside.path().join("x");
    write(
        elsewhere.join("client.toml"),
        "name = \"Eve\"\ncreated = 2026-01-01T00:00:00Z\n",
    );
    std::os::unix::fs::symlink(&elsewhere, p.data().join("clients/eve")).unwrap();
    let clients = p.json(&["clients", "--format", "json"]);
    assert_eq!(clients.as_array().unwrap().len(), 2, "{clients}");
    let (text, code) = p.run(&["check"]);
    assert_eq!(code, 1, "{text}");
    assert!(
        text.contains("clients/eve: is a symbolic link: not followed"),
        "{text}"
    );
    // `clients/` itself a link: no client is read, and a new one is not written through it.
    let data2 = tempfile::tempdir().unwrap();
    std::fs::create_dir(outside.path().join("clients")).unwrap();
    std::os::unix::fs::symlink(outside.path().join("clients"), data2.path().join("clients"))
        .unwrap();
    let file = write(
        outside.path().join("in.toml"),
        &assessment_text("E1", "Eve", "self", "2026-11-01T10:00:00Z", 3),
    );
    let out = confiance(data2.path())
        .args(["--client", "New", "import"])
        .arg(&file)
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(
        files_below(&outside.path().join("clients")).is_empty(),
        "nothing written outside"
    );
}

#[test]
fn drafts_are_listed_with_whether_a_window_has_them_open() {
    let p = Practice::new();
    let draft = assessment_text("D1", "Team Atlas", "self", "2026-11-25T10:00:00Z", 3)
        .replace("completed = 2026-11-25T10:00:00Z\n", "");
    let drafts = p.data().join("clients/marie/drafts");
    write(drafts.join("D1.toml"), &draft);
    let list = p.json(&["--client", "Marie", "drafts", "--format", "json"]);
    assert_eq!(list[0]["id"], "D1");
    assert_eq!(list[0]["answered"], 24);
    assert_eq!(list[0]["open"], false);
    let text = p.ok(&["drafts"]);
    assert!(
        text.contains("No drafts in your space; 1 in clients' spaces"),
        "the personal space has none, Marie has one: {text}"
    );
    // A window holding the draft's lock.
    let lock = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(drafts.join(".D1.lock"))
        .unwrap();
    lock.lock().unwrap();
    let list = p.json(&["--client", "Marie", "drafts", "--format", "json"]);
    assert_eq!(list[0]["open"], true);
    let text = p.ok(&["--client", "Marie", "drafts"]);
    assert!(text.contains("in another window"), "{text}");
}

#[test]
fn config_set_keeps_the_persons_comments_and_checks_values() {
    let p = Practice::new();
    let config = p.data().with_extension("config").join("config.toml");
    write(config.clone(), "# My settings\nlang = \"en\"  # English\n");
    p.ok(&["config", "set", "name", "Sam"]);
    p.ok(&["config", "set", "hide_notes", "true"]);
    assert_eq!(
        std::fs::read_to_string(&config).unwrap(),
        "# My settings\nlang = \"en\"  # English\nname = \"Sam\"\nhide_notes = true\n"
    );
    let (text, code) = p.run(&["--lang", "fr", "config", "set", "cadence_weeks", "0"]);
    assert_eq!(code, 2);
    assert!(
        text.contains("cadence_weeks doit être un nombre entier"),
        "{text}"
    );
    p.ok(&["config", "unset", "lang"]);
    assert_eq!(
        std::fs::read_to_string(&config).unwrap(),
        "# My settings\nname = \"Sam\"\nhide_notes = true\n"
    );
    // A mistake written by hand is located and ignored.
    write(config.clone(), "name = \"Sam\"\ncadence_weeks = \"six\"\n");
    let (text, _) = p.run(&["config"]);
    assert!(
        text.contains("config.toml:2:17: `cadence_weeks` must be"),
        "{text}"
    );
}

#[test]
fn hidden_notes_stay_hidden_on_a_terminal_unless_asked_for() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let text = with_first_note(
        // Neutral answers contradict nothing: the screen holds the whole table.
        &assessment_text("H1", "Alice", "self", "2026-10-01T10:00:00Z", 3),
        "a private remark",
    );
    let file = write(dir.path().join("in/h1.toml"), &text);
    confiance(&data).arg("import").arg(&file).assert().success();
    confiance(&data)
        .args(["config", "set", "hide_notes", "true"])
        .assert()
        .success();
    let on_screen = |args: &[&str]| {
        let mut tty = crate::common::pty::Tui::spawn(&data, args);
        tty.wait_exit();
        tty.screen()
    };
    let shown = on_screen(&["show", "Alice", "--no-chart"]);
    assert!(shown.contains("Common language"), "{shown}");
    assert!(!shown.contains("a private remark"), "{shown}");
    assert!(shown.contains("Notes hidden on screen"), "{shown}");
    let asked = on_screen(&["show", "Alice", "--no-chart", "--notes"]);
    assert!(asked.contains("a private remark"), "{asked}");
    // A file or a pipe gets them, and --no-notes wins there.
    let piped = stdout(confiance(&data).args(["show", "Alice", "--no-chart"]));
    assert!(piped.contains("a private remark"), "{piped}");
    let left_out = stdout(confiance(&data).args(["show", "Alice", "--no-notes"]));
    assert!(!left_out.contains("a private remark"), "{left_out}");
}

#[test]
fn due_by_hand_with_nothing_due_says_so_on_a_terminal_only() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let recent = assessment_text("R1", "Alice", "self", "2026-11-20T10:00:00Z", 4);
    let file = write(dir.path().join("in/r1.toml"), &recent);
    confiance(&data).arg("import").arg(&file).assert().success();
    for (lang, words) in [
        ("en", "Nothing is due"),
        ("fr", "Aucun point n’est à faire"),
    ] {
        let mut tty = crate::common::pty::Tui::spawn(&data, &["--lang", lang, "due"]);
        assert_eq!(tty.wait_exit(), Some(1), "nothing due keeps its exit code");
        let screen = tty.screen();
        assert!(screen.contains(words), "{screen}");
        assert_eq!(screen.trim().lines().count(), 1, "{screen}");
    }
    // Not a terminal (cron, a pipe): nothing at all, as before.
    let out = confiance(&data).arg("due").output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty() && out.stderr.is_empty(), "{out:?}");
}
