//! The shape of the code, file by file: no file imports a file that imports it back, directly
//! or through others. A parent file that declares its children (`mod x;`) and re-exports them
//! holds them, it does not import them: only the other direction, and siblings, count.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use super::{code_of, cycle_from, rust_files};

/// A file's module path: `src/store/cache.rs` → `store::cache`, `src/lib.rs` → ``.
fn module_path(src: &Path, file: &Path) -> Vec<String> {
    let relative = file.strip_prefix(src).unwrap().with_extension("");
    let parts: Vec<String> = relative
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    if parts == ["lib"] || parts == ["main"] {
        vec![]
    } else {
        parts
    }
}

/// The paths a `use` tree names: `a::{b, c::{d, e}}` → `a::b`, `a::c::d`, `a::c::e`.
fn expand(tree: &str) -> Vec<Vec<String>> {
    let tree = tree.trim();
    let Some(open) = tree.find('{') else {
        let path = tree.split(" as ").next().unwrap_or(tree);
        return vec![segments(path)];
    };
    let head = segments(&tree[..open]);
    let body = &tree[open + 1..tree.rfind('}').unwrap_or(tree.len())];
    let (mut parts, mut depth, mut current) = (vec![], 0, String::new());
    for c in body.chars() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                parts.push(std::mem::take(&mut current));
                continue;
            }
            _ => {}
        }
        current.push(c);
    }
    parts.push(current);
    parts
        .iter()
        .filter(|p| !p.trim().is_empty())
        .flat_map(|p| expand(p))
        .map(|tail| head.iter().cloned().chain(tail).collect())
        .collect()
}

fn segments(path: &str) -> Vec<String> {
    path.split("::")
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(String::from)
        .collect()
}

/// Every path a file's code names: its `use` trees and the `crate::`, `super::`, `self::`
/// paths written inline. Test modules at the end of a file are left out.
fn named_paths(code: &str) -> Vec<Vec<String>> {
    let code = code.split("#[cfg(test)]\nmod tests").next().unwrap_or(code);
    let mut paths = vec![];
    for (i, _) in code.match_indices("use ") {
        // A `use` item starts its line, after a visibility at most (function bodies too).
        let line_start = code[..i].rfind('\n').map_or(0, |n| n + 1);
        let before = code[line_start..i].trim();
        if before.is_empty() || before.starts_with("pub") {
            let end = code[i..].find(';').map_or(code.len(), |n| i + n);
            paths.extend(expand(&code[i + 4..end].replace('\n', " ")));
        }
    }
    for start in ["crate::", "super::", "self::"] {
        for (i, _) in code.match_indices(start) {
            let preceded = code[..i].chars().next_back();
            if preceded.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == ':') {
                continue;
            }
            let path: String = code[i..]
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':')
                .collect();
            paths.push(segments(&path));
        }
    }
    paths
}

/// The file a path leads to: the longest known module path it starts with.
fn resolve(from: &[String], path: &[String], known: &BTreeSet<Vec<String>>) -> Option<Vec<String>> {
    let absolute: Vec<String> = match path.first().map(String::as_str) {
        Some("crate") => path[1..].to_vec(),
        Some("super" | "self") => {
            let mut at = from.to_vec();
            let mut rest = path;
            while let Some(first) = rest.first() {
                match first.as_str() {
                    "super" => {
                        at.pop();
                    }
                    "self" => {}
                    _ => break,
                }
                rest = &rest[1..];
            }
            at.extend(rest.iter().cloned());
            at
        }
        // A bare path is a child module of this file's (edition 2018 paths), or another crate.
        Some(first) if known.contains(&[from, &[first.to_string()]].concat()) => {
            [from, path].concat()
        }
        _ => return None,
    };
    (0..=absolute.len())
        .rev()
        .map(|n| absolute[..n].to_vec())
        .find(|prefix| known.contains(prefix))
}

/// Which files each file imports (by module path), children left out.
fn file_graph(files: &[(Vec<String>, String)]) -> BTreeMap<String, BTreeSet<String>> {
    let known: BTreeSet<Vec<String>> = files.iter().map(|(m, _)| m.clone()).collect();
    let mut graph = BTreeMap::new();
    for (module, code) in files {
        let edges: &mut BTreeSet<String> = graph.entry(module.join("::")).or_default();
        for path in named_paths(code) {
            let Some(target) = resolve(module, &path, &known) else {
                continue;
            };
            let contained = target.starts_with(module);
            if !contained {
                edges.insert(target.join("::"));
            }
        }
    }
    graph
}

#[test]
fn no_file_imports_one_that_imports_it_back() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut paths = vec![];
    rust_files(&src, &mut paths);
    let files: Vec<(Vec<String>, String)> = paths
        .iter()
        .map(|f| {
            (
                module_path(&src, f),
                code_of(&std::fs::read_to_string(f).unwrap()),
            )
        })
        .collect();
    let graph = file_graph(&files);
    let cycles: BTreeSet<String> = graph
        .keys()
        .filter_map(|m| cycle_from(m, &graph))
        .map(|c| c.join(" → "))
        .collect();
    assert!(
        cycles.is_empty(),
        "file import cycles:\n{}",
        cycles.into_iter().collect::<Vec<_>>().join("\n")
    );
}

#[test]
fn the_file_check_sees_a_cycle_between_siblings_and_not_a_parent_holding_its_children() {
    let file = |path: &str, code: &str| {
        let module = path.split("::").map(String::from).collect();
        (module, code.to_string())
    };
    let siblings = [
        file("chart", "mod draw;\nmod trend;\npub use trend::Trend;\n"),
        file(
            "chart::trend",
            "use super::draw::{lines, marks};\npub struct Trend;\n",
        ),
        file(
            "chart::draw",
            "use crate::chart::trend::Trend;\npub fn lines() {}\n",
        ),
    ];
    let graph = file_graph(&siblings);
    assert!(cycle_from("chart::trend", &graph).is_some(), "{graph:?}");
    let held = [
        file(
            "chart",
            "mod draw;\nmod trend;\npub use trend::Trend;\nuse draw::lines;\n",
        ),
        file(
            "chart::trend",
            "use super::draw::lines;\npub struct Trend;\n",
        ),
        file(
            "chart::draw",
            "use super::Trend as T;\npub fn lines() { crate::chart::helper(); }\n",
        ),
    ];
    let graph = file_graph(&held);
    assert!(
        graph.keys().all(|m| cycle_from(m, &graph).is_none()),
        "{graph:?}"
    );
}
