//! The language the process speaks, chosen once at start-up.
//!
//! Diagnostics are built deep inside parsing and file handling (a questionnaire's scale, a
//! symbolic link met during a walk), where threading the language through every signature would
//! cloud the domain with presentation. The language is a property of the process, like its time
//! zone: `main` sets it once, before any work; everything else only reads it. Until it is set
//! (and in the library's own tests) it is English.

use std::sync::atomic::{AtomicU8, Ordering};

use super::Lang;

static INTERFACE: AtomicU8 = AtomicU8::new(0);

/// Makes `lang` the language of every message from now on. Called once, by `main`.
pub(crate) fn set_interface_lang(lang: Lang) {
    INTERFACE.store(lang as u8, Ordering::Relaxed);
}

/// The language of messages built where no language is passed along (diagnostics).
pub(crate) fn interface_lang() -> Lang {
    match INTERFACE.load(Ordering::Relaxed) {
        1 => Lang::Fr,
        _ => Lang::En,
    }
}
