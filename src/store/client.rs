//! Client spaces, for a coach: `DATA/clients/<folder>/` holds one client's `client.toml`
//! (`name`, `created`) beside `assessments/`, `drafts/` and `subjects.toml`, laid out as the
//! personal space (the data folder itself) lays them out. Nothing here follows a link: a client
//! folder, or `clients/` itself, given as a symbolic link is reported and never entered.

use std::fs;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use toml::Spanned;
use toml::value::Datetime;

use super::slug;

mod claim;

use crate::diagnostic::Diagnostic;
use crate::files::read_text;
use crate::i18n::{DiagErrors, DiagFiles, fill};
use crate::names;
use crate::time::Timestamp;
pub use claim::damaged_client;

pub const CLIENTS_DIR: &str = "clients";
pub const CLIENT_FILE: &str = "client.toml";

/// One client: the person whose space it is, the owner of its relationships.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Client {
    /// As written in `client.toml`: any Unicode.
    pub name: String,
    pub(crate) created: Timestamp,
    /// The client's folder, the root of its space.
    pub folder: PathBuf,
}

/// What a name given on the command line meant among the clients.
#[derive(Debug)]
pub enum Lookup<'a> {
    Found(&'a Client),
    Missing,
    /// Two clients whose names are look-alikes ("Marie", "marie"): which one is not guessed.
    Ambiguous(Vec<&'a Client>),
}

/// Every client of the data folder `data_dir`, by name, and the problems of what is in
/// `clients/` but is not a client (a link, a file, a folder without a valid `client.toml`).
pub fn read_clients(data_dir: &Path) -> (Vec<Client>, Vec<Diagnostic>) {
    let dir = data_dir.join(CLIENTS_DIR);
    let mut clients = vec![];
    let mut problems = vec![];
    match fs::symlink_metadata(&dir) {
        Err(_) => return (clients, problems),
        Ok(m) if m.file_type().is_symlink() => {
            problems.push(Diagnostic::new(DiagFiles::now().link_not_followed).in_file(&dir));
            return (clients, problems);
        }
        Ok(m) if !m.is_dir() => {
            problems.push(Diagnostic::new(DiagErrors::now().clients_not_folder).in_file(&dir));
            return (clients, problems);
        }
        Ok(_) => {}
    }
    let Ok(entries) = fs::read_dir(&dir) else {
        problems.push(Diagnostic::new(DiagErrors::now().clients_unreadable).in_file(&dir));
        return (clients, problems);
    };
    for entry in entries.flatten() {
        let folder = entry.path();
        if entry.file_name().to_string_lossy().starts_with('.') {
            continue;
        }
        match entry.file_type() {
            Ok(t) if t.is_symlink() => {
                problems.push(Diagnostic::new(DiagFiles::now().link_not_followed).in_file(&folder))
            }
            Ok(t) if t.is_dir() => match read_client(&folder) {
                Ok(client) => clients.push(client),
                Err(problem) => problems.push(problem),
            },
            _ => {}
        }
    }
    clients.sort_by(|a, b| {
        (names::identity(&a.name), &a.folder).cmp(&(names::identity(&b.name), &b.folder))
    });
    (clients, problems)
}

#[derive(Deserialize)]
struct Raw {
    name: Spanned<String>,
    created: Spanned<Datetime>,
}

/// The client of one folder, from its `client.toml` (never through a link).
fn read_client(folder: &Path) -> Result<Client, Diagnostic> {
    let path = folder.join(CLIENT_FILE);
    match fs::symlink_metadata(&path) {
        Err(_) => {
            let message = fill(
                DiagErrors::now().client_without_file,
                &[("file", &CLIENT_FILE)],
            );
            return Err(Diagnostic::new(message).in_file(folder));
        }
        Ok(m) if m.file_type().is_symlink() => {
            return Err(Diagnostic::new(DiagFiles::now().link_not_followed).in_file(&path));
        }
        Ok(_) => {}
    }
    let text = read_text(&path)?;
    let (name, created) = parse(&text).map_err(|d| d.in_file(&path))?;
    Ok(Client {
        name,
        created,
        folder: folder.to_path_buf(),
    })
}

/// Reads `client.toml`'s text: a name that is not empty, and a creation date.
pub(super) fn parse(text: &str) -> Result<(String, Timestamp), Diagnostic> {
    let raw: Raw = toml::from_str(text).map_err(|e| Diagnostic::from_toml(text, &e))?;
    if names::identity(raw.name.get_ref()).is_empty() {
        return Err(Diagnostic::at(
            text,
            Some(raw.name.span()),
            DiagErrors::now().client_name_empty,
        ));
    }
    // Limited as every name is: a client's name heads every screen of its space.
    if let Some(n) = names::too_long(raw.name.get_ref()) {
        return Err(Diagnostic::at(
            text,
            Some(raw.name.span()),
            crate::i18n::fill(
                crate::i18n::DiagContent::now().long_name,
                &[
                    ("key", &"name" as &dyn std::fmt::Display),
                    ("max", &names::MAX_NAME_CHARS),
                    ("n", &n),
                ],
            ),
        ));
    }
    let created = Timestamp::from_toml(raw.created.get_ref())
        .map_err(|e| Diagnostic::at(text, Some(raw.created.span()), format!("`created`: {e}")))?;
    Ok((raw.name.into_inner(), created))
}

/// The text of a new `client.toml`.
pub fn client_toml(client: &Client) -> String {
    let mut t = toml::Table::new();
    t.insert("name".into(), toml::Value::String(client.name.clone()));
    t.insert(
        "created".into(),
        toml::Value::Datetime(client.created.to_toml()),
    );
    toml::to_string(&t).expect("a table of plain values always serialises")
}

/// The client a person meant, written any look-alike way.
pub fn find<'a>(clients: &'a [Client], wanted: &str) -> Lookup<'a> {
    let found: Vec<&Client> = clients
        .iter()
        .filter(|c| names::same(&c.name, wanted))
        .collect();
    match found.as_slice() {
        [] => Lookup::Missing,
        [one] => Lookup::Found(one),
        // Exactly as written is no guess.
        several => match several.iter().find(|c| c.name == wanted) {
            Some(exact) => Lookup::Found(exact),
            None => Lookup::Ambiguous(found),
        },
    }
}

/// A client not yet in the data folder: its folder is the name's slug, or the slug and a
/// number when that is taken (by another client, or by anything else). Nothing is written:
/// `Store::claim_client` makes it, in its turn.
pub fn new_client(data_dir: &Path, name: &str, now: Timestamp) -> Client {
    let dir = data_dir.join(CLIENTS_DIR);
    let base = slug(name);
    let folder = (1..)
        .map(|n| match n {
            1 => dir.join(&base),
            n => dir.join(format!("{base}-{n}")),
        })
        .find(|f| fs::symlink_metadata(f).is_err())
        .expect("some number is free");
    Client {
        name: name.trim().to_string(),
        created: now,
        folder,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(when: &str) -> Timestamp {
        Timestamp::parse(when).unwrap()
    }

    fn write_client(data: &Path, folder: &str, name: &str) -> Client {
        let client = Client {
            name: name.into(),
            created: at("2026-01-05T09:00:00Z"),
            folder: data.join(CLIENTS_DIR).join(folder),
        };
        fs::create_dir_all(&client.folder).unwrap();
        fs::write(client.folder.join(CLIENT_FILE), client_toml(&client)).unwrap();
        client
    }

    #[test]
    fn clients_are_read_by_name_and_links_are_never_followed() {
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path();
        let zoe = write_client(data, "zoe", "Zoé");
        let marie = write_client(data, "marie", "Marie");
        let elsewhere = tempfile::tempdir().unwrap();
        let other = write_client(elsewhere.path(), "x", "Hidden");
        std::os::unix::fs::symlink(&other.folder, data.join("clients/linked")).unwrap();
        fs::create_dir_all(data.join("clients/empty")).unwrap();
        let (clients, problems) = read_clients(data);
        assert_eq!(clients, vec![marie.clone(), zoe]);
        assert_eq!(problems.len(), 2, "{problems:?}");
        assert!(matches!(find(&clients, " MARIE "), Lookup::Found(c) if *c == marie));
        assert!(
            matches!(find(&clients, "Zoe"), Lookup::Missing),
            "an accent is a name"
        );

        let (_, problems) = read_clients(elsewhere.path());
        assert!(problems.is_empty());
        let linked = tempfile::tempdir().unwrap();
        std::os::unix::fs::symlink(
            elsewhere.path().join("clients"),
            linked.path().join("clients"),
        )
        .unwrap();
        let (clients, problems) = read_clients(linked.path());
        assert!(clients.is_empty() && problems.len() == 1, "{problems:?}");
    }

    #[test]
    fn look_alike_names_are_listed_not_guessed() {
        let dir = tempfile::tempdir().unwrap();
        write_client(dir.path(), "marie", "Marie");
        write_client(dir.path(), "marie-2", "marie");
        let (clients, _) = read_clients(dir.path());
        assert!(matches!(find(&clients, "MARIE"), Lookup::Ambiguous(list) if list.len() == 2));
        assert!(matches!(find(&clients, "marie"), Lookup::Found(c) if c.name == "marie"));
    }

    #[test]
    fn a_client_file_with_a_name_longer_than_200_characters_is_not_a_client() {
        let dir = tempfile::tempdir().unwrap();
        write_client(dir.path(), "long", &"M".repeat(201));
        write_client(dir.path(), "ok", &"é".repeat(200));
        let (clients, problems) = read_clients(dir.path());
        assert_eq!(clients.len(), 1, "{clients:?}");
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert!(
            problems[0].to_string().contains("200 characters"),
            "{}",
            problems[0]
        );
    }

    #[test]
    fn a_new_client_takes_a_free_folder() {
        let dir = tempfile::tempdir().unwrap();
        write_client(dir.path(), "zoe", "Zoe");
        let new = new_client(dir.path(), " Zoé ", at("2026-02-01T00:00:00Z"));
        assert_eq!(new.folder, dir.path().join("clients/zoe-2"));
        assert_eq!(new.name, "Zoé");
    }

    #[test]
    fn client_toml_round_trips_and_mistakes_are_located() {
        let c = Client {
            name: "Zoé \"Z\"".into(),
            created: at("2026-01-05T09:00:00Z"),
            folder: PathBuf::new(),
        };
        assert_eq!(
            parse(&client_toml(&c)).unwrap(),
            (c.name.clone(), c.created)
        );
        let d = parse("name = \"  \"\ncreated = 2026-01-05T09:00:00Z\n").unwrap_err();
        assert_eq!(d.line, Some(1));
        let d = parse("name = \"A\"\ncreated = 2026-02-30\n").unwrap_err();
        assert_eq!(d.line, Some(2));
    }
}
