//! The text a command prints, in the ASCII symbol set when it is in force (`--ascii`,
//! `--plain`, `TERM=linux`): the same words, with `+7` for `▲ 7` and `-` for `·`.

use std::io::Write;

/// Writes through to `inner`, each complete character turned by [`crate::chart::ascii::text`].
/// A character split across two writes waits for its end.
pub(super) struct AsciiOut<'a> {
    inner: &'a mut dyn Write,
    pending: Vec<u8>,
}

impl<'a> AsciiOut<'a> {
    pub(super) fn new(inner: &'a mut dyn Write) -> Self {
        Self {
            inner,
            pending: vec![],
        }
    }
}

impl Write for AsciiOut<'_> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.pending.extend_from_slice(buf);
        let valid = match std::str::from_utf8(&self.pending) {
            Ok(text) => text.len(),
            // An incomplete character at the end waits; anything else invalid passes as is.
            Err(e) if e.error_len().is_none() => e.valid_up_to(),
            Err(_) => {
                self.inner.write_all(&self.pending)?;
                self.pending.clear();
                return Ok(buf.len());
            }
        };
        let text = std::str::from_utf8(&self.pending[..valid]).unwrap_or_default();
        self.inner
            .write_all(crate::chart::ascii::text(text).as_bytes())?;
        self.pending.drain(..valid);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        if !self.pending.is_empty() {
            self.inner.write_all(&self.pending)?;
            self.pending.clear();
        }
        self.inner.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_character_split_between_writes_is_turned_whole() {
        let mut sink = Vec::new();
        {
            let mut out = AsciiOut::new(&mut sink);
            let bytes = "a ▲ 7".as_bytes();
            out.write_all(&bytes[..3]).unwrap();
            out.write_all(&bytes[3..]).unwrap();
            out.flush().unwrap();
        }
        assert_eq!(String::from_utf8(sink).unwrap(), "a + 7");
    }
}
