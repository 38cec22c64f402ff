//! The space a command works in: the personal one, or with `--client NAME` that client's. An
//! error about a client never names another client: the coach may be sharing the screen.

use super::{Ui, invalid};
use crate::config::Config;
use crate::i18n::fill;
use crate::owner::{self, Owner};
use crate::printable::printable_path;
use crate::store::{Client, Lookup, Store, damaged_client, find};
use crate::time::Timestamp;

/// One space and who owns it, with the settings the commands read.
pub(crate) struct Space<'a> {
    pub(crate) store: &'a Store,
    pub(crate) owner: Option<Owner>,
    pub(crate) config: &'a Config,
    /// The moment check-ins are counted to.
    pub now: Timestamp,
}

impl Space<'_> {
    /// The owner's name, for the texts the other side reads and for `--respondent`.
    pub(crate) fn owner_name(&self) -> Option<&str> {
        self.owner.as_ref().map(|o| o.name.as_str())
    }
}

/// The owner of `store`: its client, else `--me`, else the config file's `name`.
pub(super) fn owner_of(store: &Store, me: Option<&str>, config: &Config) -> Option<Owner> {
    owner::owner(
        store.client().map(|c| c.name.as_str()),
        me,
        config.name.as_deref(),
    )
}

/// A name given with `--client`, unless blank (an empty `CONFIANCE_CLIENT` means none).
pub(super) fn client_name(given: Option<&str>) -> Option<&str> {
    given
        .map(str::trim)
        .filter(|n| !crate::names::identity(n).is_empty())
}

/// The client asked for: `--client`, which must name someone (a blank name would silently
/// work in the personal space), else `CONFIANCE_CLIENT`, where empty or blank means none.
pub(super) fn asked(
    flag: Option<&str>,
    env: &dyn Fn(&str) -> Option<String>,
    ui: &Ui,
) -> anyhow::Result<Option<String>> {
    match flag {
        Some(name) if client_name(Some(name)).is_none() => {
            Err(invalid(ui.coach().client_name_blank.to_string()))
        }
        Some(name) => Ok(Some(name.to_string())),
        None => Ok(env(ENV_CLIENT).filter(|n| client_name(Some(n)).is_some())),
    }
}

/// The variable naming the client to work with when `--client` is not given.
pub(super) const ENV_CLIENT: &str = "CONFIANCE_CLIENT";

/// The client named `wanted`: found, or with `create` a new one (its folder is written with
/// the first save). Look-alike clients are listed, not guessed; a missing one is an error
/// that names no other client.
pub(super) fn client(
    personal: &Store,
    wanted: &str,
    create: bool,
    ui: &mut Ui,
) -> anyhow::Result<Client> {
    let c = ui.coach();
    // Problems of other clients' folders are `check`'s to report, never shown in a session.
    let (clients, _) = personal.clients();
    match find(&clients, wanted) {
        Lookup::Found(client) => Ok(client.clone()),
        Lookup::Ambiguous(list) => {
            let names: Vec<String> = list
                .iter()
                .map(|c| format!("{} ({})", ui.quoted(&c.name), printable_path(&c.folder)))
                .collect();
            Err(invalid(fill(
                c.client_ambiguous,
                &[("name", &ui.quoted(wanted)), ("names", &names.join(", "))],
            )))
        }
        // Made at once, in its turn: two clients made at the same moment never share a folder.
        Lookup::Missing if create => {
            let client = personal
                .claim_client(wanted, Timestamp::now())
                .map_err(|e| anyhow::anyhow!(e.to_string()))?;
            ui.say(&fill(c.new_client, &[("name", &ui.quoted(&client.name))]));
            Ok(client)
        }
        // Their folder may be there, damaged: the problem is shown, not "no such client".
        Lookup::Missing => match damaged_client(personal.data_dir(), wanted) {
            Some(problem) => Err(anyhow::anyhow!(
                crate::store::StoreError::ClientDamaged(problem).to_string()
            )),
            None => Err(invalid(fill(c.no_client, &[("name", &ui.quoted(wanted))]))),
        },
    }
}

/// The store of the space the command works in: with `--client`, that client's.
pub(super) fn open(
    personal: &Store,
    wanted: Option<&str>,
    create: bool,
    ui: &mut Ui,
) -> anyhow::Result<Option<Store>> {
    let Some(wanted) = client_name(wanted) else {
        return Ok(None);
    };
    super::output::limited_name(wanted)?;
    let client = client(personal, wanted, create, ui)?;
    let store = personal.client_space(client);
    ui.info(&fill(
        ui.coach().client_folder,
        &[("path", &printable_path(store.root()))],
    ));
    Ok(Some(store))
}
