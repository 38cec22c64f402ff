//! Why a careful write did not happen: [`FileError`], facts not sentences. Its words come from
//! the string tables, in the interface's language, when it is shown.

use std::io;

use crate::i18n::{DiagFiles, Lang, fill, interface_lang};

/// A write or a permission change refused by the tool, or failed by the system.
#[derive(Debug, thiserror::Error)]
#[error("{}", self.words(interface_lang()))]
pub enum FileError {
    /// More bytes than the tool ever writes: it could not read them back.
    TooLargeToWrite { size: usize, max: usize },
    /// Neither a regular file nor a folder (a pipe, a device, a link): left alone.
    NotFileOrFolder,
    /// A file with other names (hard links) may be someone's elsewhere: left alone.
    HardLinks,
    /// What the system said.
    Io(#[from] io::Error),
}

impl FileError {
    /// What to tell a person, in `lang` (the system's own words for errors the tables lack).
    pub(crate) fn words(&self, lang: Lang) -> String {
        let t = DiagFiles::of(lang);
        match self {
            FileError::TooLargeToWrite { size, max } => fill(
                t.too_large_write,
                &[
                    ("size", &format!("{:.1}", *size as f64 / 1e6)),
                    ("max", &(max / 1024 / 1024)),
                ],
            ),
            FileError::NotFileOrFolder => t.not_file_or_folder.to_string(),
            FileError::HardLinks => t.hard_links.to_string(),
            FileError::Io(e) => io_reason_in(e, lang),
        }
    }

    /// The system's error, when that is what this is.
    pub(crate) fn io(&self) -> Option<&io::Error> {
        match self {
            FileError::Io(e) => Some(e),
            _ => None,
        }
    }
}

/// [`io_reason`] in `lang` rather than the interface's language.
pub(crate) fn io_reason_in(e: &io::Error, lang: Lang) -> String {
    super::read::io_reason_of(e, DiagFiles::of(lang))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_refusal_speaks_the_language_asked_for() {
        let big = FileError::TooLargeToWrite {
            size: 17_000_000,
            max: super::super::MAX_WRITE_BYTES,
        };
        assert_eq!(
            big.words(Lang::En),
            "too large to be read back (17.0 MB; at most 16 MB is written)"
        );
        assert!(
            big.words(Lang::Fr)
                .starts_with("trop volumineux pour être relu (17.0 Mo")
        );
        assert_eq!(
            FileError::HardLinks.words(Lang::En),
            DiagFiles::EN.hard_links
        );
        assert_eq!(
            FileError::HardLinks.words(Lang::Fr),
            DiagFiles::FR.hard_links
        );
        assert!(
            FileError::NotFileOrFolder
                .words(Lang::Fr)
                .starts_with("ni un fichier")
        );
        let full = FileError::from(io::Error::from_raw_os_error(
            rustix::io::Errno::NOSPC.raw_os_error(),
        ));
        assert_eq!(full.words(Lang::En), "no space left on the disk");
        assert_eq!(full.words(Lang::Fr), "plus de place sur le disque");
        assert!(
            std::error::Error::source(&full).is_some(),
            "the system's error is kept"
        );
        // The interface's language (English in the library's tests) is what `Display` speaks.
        assert_eq!(full.to_string(), full.words(interface_lang()));
    }
}
