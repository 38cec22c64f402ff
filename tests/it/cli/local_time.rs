//! Files hold UTC; what the tool shows a person is in the local time zone (`TZ`). The real
//! binary, run in Tokyo (UTC+9) and Los Angeles (UTC−8 in November).

use crate::common::*;
use serde_json::Value;

/// A store with one assessment of Alice completed at `completed` (any TOML datetime),
/// imported under `tz`.
fn store(completed: &str, tz: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let file = write(
        dir.path().join("inbox/a.toml"),
        &assessment_text("A1", "Alice", "self", completed, 4),
    );
    confiance(&dir.path().join("data"))
        .env("TZ", tz)
        .arg("import")
        .arg(&file)
        .assert()
        .success();
    dir
}

fn run(dir: &tempfile::TempDir, tz: &str, args: &[&str]) -> String {
    stdout(confiance(&dir.path().join("data")).env("TZ", tz).args(args))
}

/// The `LAST` column of Alice's line in `list`, and the date on `show`'s heading line.
fn dates_shown(dir: &tempfile::TempDir, tz: &str) -> (String, String) {
    let list = run(dir, tz, &["list"]);
    let line = list.lines().find(|l| l.starts_with("Alice")).unwrap();
    let last = line.split_whitespace().nth(2).unwrap().to_string();
    let show = run(dir, tz, &["show", "Alice", "--no-chart"]);
    let heading = show.lines().find(|l| l.starts_with("Alice · ")).unwrap();
    let date = heading.split(" · ").nth(2).unwrap().to_string();
    (last, date)
}

/// The stored file's name and `completed` line: UTC, whatever the zone.
fn stored_file(dir: &tempfile::TempDir) -> (String, String) {
    let files = files_below(&dir.path().join("data/assessments"));
    assert_eq!(files.len(), 1, "{files:?}");
    let name = files[0].file_name().unwrap().to_string_lossy().into_owned();
    let text = std::fs::read_to_string(&files[0]).unwrap();
    let completed = text
        .lines()
        .find(|l| l.starts_with("completed"))
        .unwrap()
        .to_string();
    (name, completed)
}

#[test]
fn late_evening_in_los_angeles_is_that_days_date_though_utc_is_the_next_day() {
    let la = "America/Los_Angeles";
    // 23:30 in Los Angeles on 26 November is 07:30 UTC on the 27th.
    let dir = store("2026-11-26T23:30:00-08:00", la);
    let (name, completed) = stored_file(&dir);
    assert!(name.starts_with("2026-11-27T073000Z-"), "{name}");
    assert_eq!(completed, "completed = 2026-11-27T07:30:00Z");

    assert_eq!(
        dates_shown(&dir, la),
        ("2026-11-26".into(), "2026-11-26".into())
    );
    // In UTC the same assessment is on the 27th; JSON always says UTC.
    assert_eq!(
        dates_shown(&dir, "UTC"),
        ("2026-11-27".into(), "2026-11-27".into())
    );
    let json: Value = serde_json::from_str(&run(&dir, la, &["list", "--format", "json"])).unwrap();
    assert_eq!(json[0]["last"], "2026-11-27T07:30:00Z");
    let json: Value =
        serde_json::from_str(&run(&dir, la, &["show", "Alice", "--format", "json"])).unwrap();
    assert_eq!(json["completed"], "2026-11-27T07:30:00Z");
    // The trend table and the markdown report show the local date too.
    assert!(run(&dir, la, &["trend", "Alice"]).contains("2026-11-26"));
    let md = run(&dir, la, &["show", "Alice", "--format", "markdown"]);
    assert!(
        md.contains("2026-11-26") && !md.contains("2026-11-27"),
        "{md}"
    );
}

#[test]
fn late_evening_in_tokyo_is_that_days_date_and_just_after_midnight_the_next() {
    let tokyo = "Asia/Tokyo";
    // 23:30 in Tokyo on 26 November is 14:30 UTC the same day.
    let dir = store("2026-11-26T23:30:00+09:00", tokyo);
    let (name, completed) = stored_file(&dir);
    assert!(name.starts_with("2026-11-26T143000Z-"), "{name}");
    assert_eq!(completed, "completed = 2026-11-26T14:30:00Z");
    assert_eq!(
        dates_shown(&dir, tokyo),
        ("2026-11-26".into(), "2026-11-26".into())
    );

    // 00:30 in Tokyo on the 27th is still the 26th in UTC: Tokyo shows the 27th.
    let dir = store("2026-11-27T00:30:00+09:00", tokyo);
    let (name, _) = stored_file(&dir);
    assert!(name.starts_with("2026-11-26T153000Z-"), "{name}");
    assert_eq!(
        dates_shown(&dir, tokyo),
        ("2026-11-27".into(), "2026-11-27".into())
    );
    assert_eq!(
        dates_shown(&dir, "UTC"),
        ("2026-11-26".into(), "2026-11-26".into())
    );
}

#[test]
fn a_file_written_in_utc_by_hand_is_shown_in_local_time() {
    // The usual case: the tool wrote `Z`, the person reads their own date.
    let dir = store("2026-11-27T07:30:00Z", "UTC");
    assert_eq!(
        dates_shown(&dir, "America/Los_Angeles"),
        ("2026-11-26".into(), "2026-11-26".into())
    );
    assert_eq!(
        dates_shown(&dir, "Asia/Tokyo"),
        ("2026-11-27".into(), "2026-11-27".into())
    );
}
