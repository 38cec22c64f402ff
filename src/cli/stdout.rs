//! Standard output that remembers why it failed: a full disk (`> /dev/full`) must be said as
//! "cannot write output: no space left on the disk" whichever command wrote, and whether the
//! error came back from a write in the middle or from the last flush.

use std::io::{self, Write};

/// A writer that keeps the first error met writing to it, so that `main` can word it once.
pub struct Stdout<W: Write> {
    inner: W,
    failed: Option<io::Error>,
}

impl<W: Write> Stdout<W> {
    pub fn new(inner: W) -> Self {
        Self {
            inner,
            failed: None,
        }
    }

    /// The first error met writing or flushing, if any: the cause of whatever failed after.
    pub fn failed(&self) -> Option<&io::Error> {
        self.failed.as_ref()
    }

    fn keep<T>(&mut self, result: io::Result<T>) -> io::Result<T> {
        if let Err(e) = &result
            && self.failed.is_none()
        {
            // io::Error is not Clone: the code (or the kind) is what says the reason.
            self.failed = Some(match e.raw_os_error() {
                Some(code) => io::Error::from_raw_os_error(code),
                None => io::Error::from(e.kind()),
            });
        }
        result
    }
}

impl<W: Write> Write for Stdout<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let result = self.inner.write(buf);
        self.keep(result)
    }

    fn flush(&mut self) -> io::Result<()> {
        let result = self.inner.flush();
        self.keep(result)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Full;
    impl Write for Full {
        fn write(&mut self, _: &[u8]) -> io::Result<usize> {
            Err(io::Error::from_raw_os_error(28))
        }
        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn the_first_failure_is_kept() {
        let mut out = Stdout::new(Full);
        assert!(out.failed().is_none());
        assert!(out.write_all(b"x").is_err());
        assert_eq!(out.failed().unwrap().kind(), io::ErrorKind::StorageFull);
    }
}
