//! Every help, short and long, of every command, in English and in French: the command's own
//! options first under "Options", then the global flags under their own heading, and nothing
//! of one section in the other.

use super::tests::all_helps;
use super::*;

/// The flags every command takes, as `--long`.
fn global_flags() -> Vec<String> {
    Cli::command()
        .get_arguments()
        .filter(|a| a.is_global_set())
        .filter_map(|a| a.get_long().map(|l| format!("--{l}")))
        .collect()
}

/// The place of the line that is exactly `heading`.
fn line_of(lines: &[&str], heading: &str) -> Option<usize> {
    lines.iter().position(|l| *l == heading)
}

/// Whether the line lists the flag `long` (`  -q, --quiet  Print…` or `      --me <NAME>`).
fn lists(line: &str, long: &str) -> bool {
    let spec = line
        .trim_start()
        .trim_start_matches(|c: char| c == '-' || c.is_alphanumeric());
    let spec = spec.trim_start_matches(", ");
    line.starts_with("  ") && (line.trim_start().starts_with(long) || spec.starts_with(long))
}

#[test]
fn the_global_flags_come_under_their_own_heading_after_the_commands_own_options() {
    let globals = global_flags();
    assert!(globals.len() >= 9, "{globals:?}");
    for lang in [Lang::En, Lang::Fr] {
        let words = ClapText::of(lang);
        let mut helps = vec![];
        all_helps(&mut command(lang), "confiance", &mut helps);
        assert!(helps.len() > 40, "every command, short and long");
        for (place, help) in &helps {
            let lines: Vec<&str> = help.lines().collect();
            let own = line_of(&lines, words.options);
            let global = line_of(&lines, words.global_options);
            // `help`, clap's own command, and the tree under it take no flag at all.
            if place.split(' ').any(|word| word == "help") {
                assert!(
                    own.is_none() && global.is_none(),
                    "{lang:?} {place}:\n{help}"
                );
                continue;
            }
            let (Some(own), Some(global)) = (own, global) else {
                panic!("{lang:?} {place}: both headings wanted in\n{help}");
            };
            assert!(
                own < global,
                "{lang:?} {place}: own options first in\n{help}"
            );
            let help_line = lines.iter().position(|l| lists(l, "--help"));
            assert!(
                help_line.is_some_and(|h| own < h && h < global),
                "{lang:?} {place}: --help is the command's own in\n{help}"
            );
            for flag in &globals {
                let at: Vec<usize> = (0..lines.len())
                    .filter(|&i| lists(lines[i], flag))
                    .collect();
                assert!(
                    at.len() == 1 && at[0] > global,
                    "{lang:?} {place}: {flag} once, under the global heading, in\n{help}"
                );
            }
        }
    }
}

#[test]
fn a_flag_is_seen_on_its_line_and_only_there() {
    assert!(lists("  -q, --quiet  Print only results", "--quiet"));
    assert!(lists("      --me <NAME>  Your name", "--me"));
    assert!(lists("      --data-dir <DIR>", "--data-dir"));
    assert!(
        !lists("                 progress --quiet", "--quiet"),
        "a help's words"
    );
    assert!(!lists("  -r, --respondent <RESPONDENT>", "--me"));
}
