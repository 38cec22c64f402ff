//! The shape of the code, checked: dependencies between the crate's modules point one way (no
//! module uses one that uses it back), and the domain knows nothing of terminals or argument
//! parsing. Read from the source text, so it runs in milliseconds.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

mod files;

/// The modules that make the interface; everything else is the plain-Rust domain.
const INTERFACE: &[&str] = &["cli", "tui", "chart"];
const INTERFACE_CRATES: &[&str] = &["ratatui", "crossterm", "clap"];

fn rust_files(dir: &Path, found: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, found);
        } else if path.extension().is_some_and(|e| e == "rs") {
            found.push(path);
        }
    }
}

/// The top-level module a source file belongs to (`src/store/lock.rs` → `store`).
fn module_of(src: &Path, file: &Path) -> Option<String> {
    let first = file.strip_prefix(src).ok()?.components().next()?;
    let name = first.as_os_str().to_string_lossy();
    let name = name.strip_suffix(".rs").unwrap_or(&name).to_string();
    (name != "lib" && name != "main").then_some(name)
}

/// Code only: `//` comments (doc comments included) say "crate::x" without using it.
fn code_of(text: &str) -> String {
    text.lines()
        .map(|l| l.split("//").next().unwrap_or(""))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Which modules each module uses, read from `crate::NAME` paths in its files.
fn graph() -> BTreeMap<String, BTreeSet<String>> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = vec![];
    rust_files(&src, &mut files);
    let modules: BTreeSet<String> = files.iter().filter_map(|f| module_of(&src, f)).collect();
    let mut uses: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for file in &files {
        let Some(from) = module_of(&src, file) else {
            continue;
        };
        let code = code_of(&std::fs::read_to_string(file).unwrap());
        let entry = uses.entry(from.clone()).or_default();
        for (i, _) in code.match_indices("crate::") {
            let rest = &code[i + "crate::".len()..];
            let name: String = rest
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            if name != from && modules.contains(&name) {
                entry.insert(name);
            }
        }
        // `use crate::{a, b}` groups.
        for (i, _) in code.match_indices("crate::{") {
            let group = &code[i + "crate::{".len()..];
            let group = &group[..group.find('}').unwrap_or(0)];
            for part in group.split(',') {
                let name = part.trim().split("::").next().unwrap_or("").trim();
                if name != from && modules.contains(name) {
                    entry.insert(name.to_string());
                }
            }
        }
    }
    uses
}

/// A path of modules leading from `start` back to itself, if there is one.
fn cycle_from(start: &str, uses: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    let mut stack = vec![(start.to_string(), vec![start.to_string()])];
    let mut seen = BTreeSet::new();
    while let Some((at, path)) = stack.pop() {
        for next in uses.get(&at).into_iter().flatten() {
            if next == start {
                let mut cycle = path.clone();
                cycle.push(start.to_string());
                return Some(cycle);
            }
            if seen.insert(next.clone()) {
                let mut longer = path.clone();
                longer.push(next.clone());
                stack.push((next.clone(), longer));
            }
        }
    }
    None
}

#[test]
fn no_module_uses_one_that_uses_it_back() {
    let uses = graph();
    let cycles: Vec<String> = uses
        .keys()
        .filter_map(|m| cycle_from(m, &uses))
        .map(|c| c.join(" → "))
        .collect();
    assert!(cycles.is_empty(), "import cycles:\n{}", cycles.join("\n"));
}

#[test]
fn the_domain_knows_nothing_of_terminals_or_arguments() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = vec![];
    rust_files(&src, &mut files);
    let mut slips = vec![];
    for file in &files {
        let Some(module) = module_of(&src, file) else {
            continue;
        };
        if INTERFACE.contains(&module.as_str()) {
            continue;
        }
        let code = code_of(&std::fs::read_to_string(file).unwrap());
        for name in INTERFACE_CRATES {
            if code.contains(&format!("{name}::")) {
                slips.push(format!("{} uses {name}", file.display()));
            }
        }
        for name in INTERFACE {
            if code.contains(&format!("crate::{name}")) {
                slips.push(format!("{} uses crate::{name}", file.display()));
            }
        }
    }
    assert!(slips.is_empty(), "{}", slips.join("\n"));
}

#[test]
fn the_check_sees_a_cycle_when_there_is_one() {
    let mut uses = BTreeMap::new();
    uses.insert("a".to_string(), BTreeSet::from(["b".to_string()]));
    uses.insert("b".to_string(), BTreeSet::from(["c".to_string()]));
    uses.insert("c".to_string(), BTreeSet::from(["a".to_string()]));
    assert_eq!(cycle_from("a", &uses).unwrap(), ["a", "b", "c", "a"]);
    uses.get_mut("c").unwrap().clear();
    assert_eq!(cycle_from("a", &uses), None);
}
