//! The promises of "Your data is safe", each with a test that fails if it is broken: crashes
//! while saving, two writers at once, a full or read-only disk, names that try to escape,
//! private permissions, forgetting, and the export/import round trip.

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::common::*;
use confiance::questionnaire::Catalog;
use serde_json::Value;

fn visible_toml(dir: &Path) -> Vec<PathBuf> {
    files_below(dir)
        .into_iter()
        .filter(|p| {
            p.extension().is_some_and(|e| e == "toml")
                && !p.file_name().unwrap().to_string_lossy().starts_with('.')
        })
        .collect()
}

fn inbox(dir: &Path, count: usize, prefix: &str) -> Vec<PathBuf> {
    (0..count)
        .map(|i| {
            let day = format!("2026-{:02}-{:02}T10:00:00Z", 1 + i % 12, 1 + i % 28);
            write(
                dir.join(format!("{prefix}{i}.toml")),
                &assessment_text(
                    &format!("{prefix}{i}"),
                    &format!("Subject {}", i % 7),
                    "self",
                    &day,
                    1 + (i % 5) as i64,
                ),
            )
        })
        .collect()
}

#[test]
fn a_crash_at_any_moment_while_saving_leaves_only_whole_files() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let files = inbox(&dir.path().join("inbox"), 60, "K");
    let catalog = Catalog::builtin();
    let mut seed: u64 = 0x5eed;
    for round in 0..20 {
        let mut child = command(&data)
            .arg("-q")
            .arg("import")
            .args(&files)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        // The point of this pause: the kill lands at a random moment of the import.
        std::thread::sleep(Duration::from_micros(2_000 + (seed >> 33) % 60_000));
        let _ = child.kill();
        let _ = child.wait();
        for path in visible_toml(&data.join("assessments")) {
            assert!(
                confiance::store::read_assessment(&path, &catalog).is_ok(),
                "round {round}: {} is broken",
                path.display()
            );
        }
    }
    // Leftovers go once nobody holds them and they are over a minute old: let time pass.
    for path in files_below(&data) {
        if path.to_string_lossy().ends_with(".tmp") {
            age(&path, 3600);
        }
    }
    let out = command(&data).arg("import").args(&files).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        visible_toml(&data.join("assessments")).len(),
        60,
        "a rerun completes the set"
    );
    let leftovers: Vec<_> = files_below(&data)
        .into_iter()
        .filter(|p| p.to_string_lossy().ends_with(".tmp"))
        .collect();
    assert!(
        leftovers.is_empty(),
        "temporary files of dead processes are removed: {leftovers:?}"
    );
}

#[test]
fn two_imports_at_once_lose_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let first = inbox(&dir.path().join("a"), 30, "A");
    let second = inbox(&dir.path().join("b"), 30, "B");
    let spawn = |files: &[PathBuf]| {
        command(&data)
            .arg("-q")
            .arg("import")
            .args(files)
            .stdout(std::process::Stdio::null())
            .spawn()
            .unwrap()
    };
    let (mut a, mut b) = (spawn(&first), spawn(&second));
    assert!(a.wait().unwrap().success() && b.wait().unwrap().success());
    assert_eq!(visible_toml(&data.join("assessments")).len(), 60);
}

/// Runs `import` with the size of any file it writes limited to `blocks` × 512 bytes (the
/// shell's unit): a full disk. SIGXFSZ is ignored, so that the write fails instead of killing.
fn import_with_file_size_limit(data: &Path, file: &Path, blocks: u64) -> std::process::Output {
    in_shell(data, &format!("trap '' XFSZ; ulimit -f {blocks}"))
        .arg("import")
        .arg(file)
        .output()
        .unwrap()
}

fn snapshot(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    files_below(dir)
        .into_iter()
        .map(|p| (p.clone(), std::fs::read(&p).unwrap()))
        .collect()
}

#[test]
fn a_full_disk_fails_clearly_and_keeps_what_was_there() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let first = write(
        dir.path().join("first.toml"),
        &assessment_text("F1", "Alice", "self", "2026-10-01T10:00:00Z", 4),
    );
    confiance(&data)
        .arg("import")
        .arg(&first)
        .assert()
        .success();
    let before = snapshot(&data);
    let second = write(
        dir.path().join("second.toml"),
        &assessment_text("F2", "Alice", "self", "2026-11-01T10:00:00Z", 2),
    );
    let out = import_with_file_size_limit(&data, &second, 1);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("cannot store") && stderr.contains("file too large"),
        "{stderr}"
    );
    assert_eq!(
        snapshot(&data),
        before,
        "previous files intact, nothing half-written left"
    );
}

#[test]
fn a_read_only_data_folder_fails_clearly_and_keeps_what_was_there() {
    // Root ignores permission bits, so a real read-only mount is used, in a private user and
    // mount namespace (unshare -rm: no root needed where unprivileged namespaces are allowed)
    // that disappears with the test.
    let dir = tempfile::tempdir().unwrap();
    let seed_data = dir.path().join("seed");
    let first = write(
        dir.path().join("first.toml"),
        &assessment_text("R1", "Alice", "self", "2026-10-01T10:00:00Z", 4),
    );
    confiance(&seed_data)
        .arg("import")
        .arg(&first)
        .assert()
        .success();
    let second = write(
        dir.path().join("second.toml"),
        &assessment_text("R2", "Alice", "self", "2026-11-01T10:00:00Z", 2),
    );
    let mount = dir.path().join("ro");
    std::fs::create_dir(&mount).unwrap();
    let script = r#"set -e
mount -t tmpfs -o size=1m tmpfs "$MNT"
cp -a "$SEED"/. "$MNT"/
mount -o remount,ro "$MNT"
before=$(find "$MNT" -type f -exec sha256sum {} + | sort)
set +e
CONFIANCE_DATA_DIR="$MNT" "$BIN" import "$FILE"
echo "rc=$?"
after=$(find "$MNT" -type f -exec sha256sum {} + | sort)
[ "$before" = "$after" ] && echo unchanged
CONFIANCE_DATA_DIR="$MNT" "$BIN" list --format json
"#;
    let probe = std::process::Command::new("unshare")
        .args(["-rm", "true"])
        .output();
    if !probe.is_ok_and(|o| o.status.success()) {
        eprintln!("skipped: `unshare -rm` cannot make a private mount namespace here");
        return;
    }
    let out = std::process::Command::new("unshare")
        .args(["-rm", "sh", "-c", script])
        .env("MNT", &mount)
        .env("SEED", &seed_data)
        .env("BIN", assert_cmd::cargo::cargo_bin("confiance"))
        .env("FILE", &second)
        .output()
        .expect("unshare (util-linux) runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stdout.contains("rc=1"),
        "the import fails: {stdout}{stderr}"
    );
    assert!(stderr.contains("the disk is read-only"), "{stderr}");
    assert!(stdout.contains("unchanged"), "{stdout}");
    assert!(
        stdout.contains("\"assessments\": 1"),
        "the store still reads: {stdout}"
    );
}

#[test]
fn names_cannot_escape_the_data_folder_and_round_trip_exactly() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let names = [
        "../../x",
        "/etc/passwd",
        "..",
        ".",
        "CON",
        "nul",
        "tab\there",
        "bell\u{7}\u{1b}[31mred",
        "🚀 équipe",
        "团队合作",
        "Zoé",
    ];
    let files: Vec<PathBuf> = names
        .iter()
        .enumerate()
        .map(|(i, name)| {
            write(
                dir.path().join(format!("n{i}.toml")),
                &assessment_text(&format!("N{i}"), name, "self", "2026-11-01T10:00:00Z", 3),
            )
        })
        .collect();
    confiance(&data)
        .arg("import")
        .args(&files)
        .assert()
        .success();
    for path in files_below(dir.path()) {
        let canonical = path.canonicalize().unwrap();
        assert!(
            canonical.starts_with(dir.path().canonicalize().unwrap()),
            "{} escaped",
            path.display()
        );
    }
    let stored = visible_toml(&data.join("assessments"));
    assert_eq!(stored.len(), names.len());
    for path in &stored {
        assert!(
            path.starts_with(data.join("assessments"))
                && path.parent().unwrap().parent().unwrap() == data.join("assessments")
        );
    }
    let json: Value =
        serde_json::from_str(&stdout(confiance(&data).args(["list", "--format", "json"]))).unwrap();
    let mut listed: Vec<String> = json
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["subject"].as_str().unwrap().to_string())
        .collect();
    let mut expected: Vec<String> = names.iter().map(|s| s.to_string()).collect();
    listed.sort();
    expected.sort();
    assert_eq!(listed, expected, "subjects round-trip exactly");
    let shown: Value = serde_json::from_str(&stdout(confiance(&data).args([
        "show",
        "团队合作",
        "--format",
        "json",
    ])))
    .unwrap();
    assert_eq!(shown["subject"], "团队合作");
    let text = stdout(confiance(&data).arg("list"));
    assert!(
        !text.contains('\u{1b}') && !text.contains('\u{7}'),
        "control characters never reach the terminal"
    );
}

#[test]
fn a_loose_data_folder_is_reported_and_fixed_by_check() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let file = write(
        dir.path().join("a.toml"),
        &assessment_text("P1", "Alice", "self", "2026-11-01T10:00:00Z", 3),
    );
    confiance(&data).arg("import").arg(&file).assert().success();
    std::fs::set_permissions(&data, std::fs::Permissions::from_mode(0o755)).unwrap();
    let stored = visible_toml(&data).remove(0);
    std::fs::set_permissions(&stored, std::fs::Permissions::from_mode(0o644)).unwrap();
    confiance(&data)
        .arg("list")
        .assert()
        .success()
        .stderr(predicates::str::contains("can be read by other users"));
    let out = confiance(&data).arg("check").output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stdout).contains("readable by others (mode 644"));
    confiance(&data).args(["check", "--fix"]).assert().success();
    assert_eq!(
        std::fs::metadata(&data).unwrap().permissions().mode() & 0o777,
        0o700
    );
    assert_eq!(
        std::fs::metadata(&stored).unwrap().permissions().mode() & 0o777,
        0o600
    );
    confiance(&data)
        .arg("check")
        .assert()
        .code(0)
        .stdout(predicates::str::contains("no problem found"));
}

#[test]
fn check_reports_duplicates_and_leftovers_and_fixes_only_the_safe_things() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let file = write(
        dir.path().join("a.toml"),
        &assessment_text("D1", "Alice", "self", "2026-11-01T10:00:00Z", 3),
    );
    confiance(&data).arg("import").arg(&file).assert().success();
    let stored = visible_toml(&data).remove(0);
    let copy = stored.with_file_name("conflicted copy.toml");
    std::fs::copy(&stored, &copy).unwrap();
    let conflict = stored.with_file_name("other device.toml");
    std::fs::write(
        &conflict,
        assessment_text("D1", "Alice", "self", "2026-11-01T10:00:00Z", 5),
    )
    .unwrap();
    let out = confiance(&data).arg("check").output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let report = String::from_utf8_lossy(&out.stdout);
    assert!(report.contains("harmless duplicate"), "{report}");
    assert!(report.contains("conflict with"), "{report}");
    confiance(&data).args(["check", "--fix"]).assert().code(1);
    assert!(
        copy.exists() && conflict.exists(),
        "check --fix moves and deletes nothing the person wrote"
    );
}

#[test]
fn leftovers_of_dead_processes_are_removed_when_the_store_opens_but_never_a_live_ones() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let folder = data.join("assessments/alice");
    let dead = write(
        folder.join(".x.toml~confiance-4194999-0.tmp"),
        "note = \"private\"",
    );
    age(&dead, 3600);
    let live = write(
        folder.join(".y.toml~confiance-1-0.tmp"),
        "note = \"in progress\"",
    );
    age(&live, 3600);
    let writer = std::fs::File::open(&live).unwrap();
    writer.lock().unwrap();
    let fresh = write(
        folder.join(".z.toml~confiance-4194999-1.tmp"),
        "note = \"just now\"",
    );
    // A person's own hidden file, even one that looks like an old temporary name, is theirs.
    let own = write(folder.join(".x.toml.4194999-0.tmp"), "mine");
    age(&own, 3600);
    confiance(&data).arg("list").assert().success();
    assert!(
        !dead.exists(),
        "a dead writer's plaintext leftover is removed"
    );
    assert!(
        live.exists(),
        "a live writer's file is left alone, whatever its pid"
    );
    assert!(
        fresh.exists(),
        "a file that may be between creation and lock is left alone"
    );
    assert!(
        own.exists(),
        "a name without the tool's marker is never touched"
    );
    let out = confiance(&data).arg("check").output().unwrap();
    let report = String::from_utf8_lossy(&out.stdout);
    assert!(
        report.contains(".z.toml~confiance-"),
        "check lists every leftover: {report}"
    );
    drop(writer);
}

#[test]
fn forget_shows_what_goes_and_deletes_only_that_subject() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let files = [
        write(
            dir.path().join("a.toml"),
            &assessment_text("G1", "Alice", "self", "2026-10-01T10:00:00Z", 3),
        ),
        write(
            dir.path().join("b.toml"),
            &assessment_text("G2", "Alice", "Alice", "2026-11-01T10:00:00Z", 4),
        ),
        write(
            dir.path().join("c.toml"),
            &assessment_text("G3", "Bob", "self", "2026-11-01T10:00:00Z", 4),
        ),
    ];
    confiance(&data)
        .arg("import")
        .args(&files)
        .assert()
        .success();
    let draft = assessment_text("G4", "Alice", "self", "2026-11-20T10:00:00Z", 2)
        .replace("completed = 2026-11-20T10:00:00Z\n", "");
    write(data.join("drafts/G4.toml"), &draft);
    confiance(&data)
        .args(["forget", "Alice"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("--yes"));
    assert_eq!(
        visible_toml(&data).len(),
        4,
        "nothing deleted without a yes"
    );
    let out = stdout(confiance(&data).args(["forget", "Alice", "--yes"]));
    assert!(
        out.contains("This deletes 3 files about \"Alice\""),
        "{out}"
    );
    let left = visible_toml(&data);
    assert_eq!(left.len(), 1);
    assert!(left[0].to_string_lossy().contains("bob"));
    assert!(
        !data.join("assessments/alice").exists(),
        "the empty folder goes too"
    );
    confiance(&data)
        .args(["forget", "Alice", "--yes"])
        .assert()
        .code(2);
}

#[test]
fn export_import_export_is_identical() {
    let dir = tempfile::tempdir().unwrap();
    let first = dir.path().join("first");
    let files = inbox(&dir.path().join("inbox"), 12, "E");
    let noted = write(
        dir.path().join("noted.toml"),
        &assessment_text("EN", "Zoé \"Z\"", "Alice", "2026-11-02T10:00:00Z", 3)
            .replacen("value = 3\n", "value = 3\nnote = \"line \\\"one\\\"\\nline two \\\\ 🚀\"\n", 1)
            .replacen("value = 3\n\n[[answers]]\nitem = \"common-language.misunderstand\"\nvalue = 3", "value = 3\n\n[[answers]]\nitem = \"common-language.misunderstand\"\nskipped = true", 1),
    );
    confiance(&first)
        .arg("import")
        .args(&files)
        .arg(&noted)
        .assert()
        .success();
    let export = stdout(confiance(&first).args(["export", "--format", "json"]));
    let file = write(dir.path().join("export.json"), &export);
    let second = dir.path().join("second");
    confiance(&second)
        .arg("import")
        .arg(&file)
        .assert()
        .success();
    assert_eq!(
        stdout(confiance(&second).args(["export", "--format", "json"])),
        export
    );
    assert!(
        export.contains("line \\\"one\\\"\\nline two \\\\ 🚀"),
        "notes survive"
    );
}
