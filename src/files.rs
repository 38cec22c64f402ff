//! Careful file operations shared by the store and the questionnaire catalog: bounded reads of
//! regular files only, walks that never leave the data folder, atomic private writes, and the
//! temporary files those writes leave when interrupted.
//!
//! A leaf module: it knows nothing of assessments or questionnaires.

mod digest;
mod error;
mod read;
mod temp;
mod turn;
mod walk;
mod write;

pub use digest::Fnv;
pub use error::FileError;
pub(crate) use error::io_reason_in;
pub use read::{MAX_READ_BYTES, io_reason, read_text, read_text_with_meta};
pub(crate) use temp::{TempState, is_older_temp_name, is_temp_name, temp_path, temp_state};
#[cfg(test)]
pub(crate) use turn::same_file;
pub(crate) use turn::{Held, Turn, hold, take_turn};
pub(crate) use walk::{Seen, toml_files, toml_runs, walk_all, walk_hidden};
pub use write::{
    DIR_MODE, FILE_MODE, MAX_WRITE_BYTES, Saved, ensure_private_dir, tighten_mode, write_atomic,
};
