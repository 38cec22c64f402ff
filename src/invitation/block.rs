//! Answers as a block of text, to paste into a mail or a chat: `CONFIANCE-ANSWER-1 `, the
//! answer file's bytes in base64url, `.` and their CRC-32. A reader finds every block in any
//! text (a whole mail, quoted or wrapped by the mail program) and tells a cut or altered block
//! from a good one. The checksum guards against accidents; the invitation's secret, inside,
//! is what proves where an answer comes from.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;

/// What starts every block (the `1` is the format's version).
pub(crate) const MARK: &str = "CONFIANCE-ANSWER-1";

/// Far above any real answer (every statement with a long note); anything larger is refused
/// before it is decoded.
pub(crate) const MAX_ANSWER_BYTES: usize = 1024 * 1024;

/// The form writes blocks in lines of this many characters, which mail programs leave alone.
#[cfg(test)]
const LINE: usize = 76;

/// Why a block found in a text cannot be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum BlockError {
    /// The text ends before the block's checksum: it was cut when copied.
    Truncated,
    /// Characters that are not base64url inside it.
    Damaged,
    /// The checksum does not match the content: a character changed on the way.
    Altered,
    /// Larger than any answer can be.
    TooLarge,
    /// The content is not UTF-8 text.
    NotText,
}

/// The block carrying `answer` (an answer file's text), in lines of at most 76 characters, as
/// the form's script writes it.
#[cfg(test)]
pub(crate) fn encode(answer: &str) -> String {
    let bytes = answer.as_bytes();
    let whole = format!(
        "{MARK} {}.{:08x}",
        URL_SAFE_NO_PAD.encode(bytes),
        crc32(bytes)
    );
    let chars: Vec<char> = whole.chars().collect();
    chars
        .chunks(LINE)
        .map(|line| line.iter().collect::<String>())
        .collect::<Vec<_>>()
        .join("\n")
}

/// Every block in `text`, in order: the answer file's text, or why it cannot be read.
pub(crate) fn find_all(text: &str) -> Vec<Result<String, BlockError>> {
    let mut found = vec![];
    let mut rest = text;
    while let Some(at) = rest.find(MARK) {
        let after = &rest[at + MARK.len()..];
        let (result, used) = read_one(after);
        found.push(result);
        rest = &after[used..];
    }
    found
}

/// Reads one block's payload after its mark; returns it and how many bytes of `text` it used.
fn read_one(text: &str) -> (Result<String, BlockError>, usize) {
    let mut payload = String::new();
    let mut checksum = String::new();
    let mut in_checksum = false;
    let mut at_line_start = false;
    let mut chars = text.char_indices().peekable();
    let mut end = text.len();
    while let Some((i, c)) = chars.next() {
        match c {
            '\n' => at_line_start = true,
            // A mail program may quote a reply (`> `) or soft-wrap quoted-printable (`=` at
            // the end of a line): neither belongs to the block.
            '>' if at_line_start => {}
            '=' if chars.peek().is_some_and(|(_, n)| *n == '\r' || *n == '\n') => {}
            c if c.is_whitespace() => {}
            '.' if !in_checksum => {
                in_checksum = true;
                at_line_start = false;
            }
            c if in_checksum && c.is_ascii_hexdigit() => {
                checksum.push(c);
                at_line_start = false;
                if checksum.len() == 8 {
                    end = i + 1;
                    break;
                }
            }
            c if !in_checksum && (c.is_ascii_alphanumeric() || c == '-' || c == '_') => {
                payload.push(c);
                at_line_start = false;
                if payload.len() > MAX_ANSWER_BYTES * 4 / 3 + 4 {
                    return (Err(BlockError::TooLarge), i);
                }
            }
            _ => {
                // Anything else ends the block: cut before its checksum, or damaged.
                let error = if in_checksum || payload.is_empty() {
                    BlockError::Truncated
                } else {
                    BlockError::Damaged
                };
                return (Err(error), i);
            }
        }
    }
    if checksum.len() < 8 {
        return (Err(BlockError::Truncated), end);
    }
    let Ok(bytes) = URL_SAFE_NO_PAD.decode(payload.as_bytes()) else {
        return (Err(BlockError::Damaged), end);
    };
    if bytes.len() > MAX_ANSWER_BYTES {
        return (Err(BlockError::TooLarge), end);
    }
    if format!("{:08x}", crc32(&bytes)) != checksum.to_ascii_lowercase() {
        return (Err(BlockError::Altered), end);
    }
    match String::from_utf8(bytes) {
        Ok(text) => (Ok(text), end),
        Err(_) => (Err(BlockError::NotText), end),
    }
}

/// CRC-32 (IEEE 802.3, as zlib and the form's script compute it). Written here, bit by bit:
/// it must match the page's dozen lines of JavaScript exactly, and answers are small.
pub(crate) fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = !0u32;
    for b in bytes {
        crc ^= u32::from(*b);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn the_checksum_is_the_standard_crc32() {
        assert_eq!(crc32(b"123456789"), 0xcbf4_3926);
        assert_eq!(crc32(b""), 0);
    }

    #[test]
    fn a_block_is_found_in_a_mail_quoted_and_wrapped() {
        let answer = "confiance_answer = 1\nnote = \"été, « oui »\"\n";
        let block = encode(answer);
        assert!(block.starts_with("CONFIANCE-ANSWER-1 "));
        assert!(block.lines().all(|l| l.chars().count() <= 76));
        let mail = format!("Hello,\n\nhere are my answers:\n\n{block}\n\nBest,\nMarc\n");
        assert_eq!(find_all(&mail), vec![Ok(answer.to_string())]);
        let quoted: String = mail.lines().map(|l| format!("> {l}\n")).collect();
        assert_eq!(find_all(&quoted), vec![Ok(answer.to_string())]);
        let soft_wrapped = block.replace('\n', "=\r\n");
        assert_eq!(find_all(&soft_wrapped), vec![Ok(answer.to_string())]);
        let two = format!("{block}\n-- \n{}", encode("b = 2\n"));
        assert_eq!(find_all(&two).len(), 2);
        assert!(find_all("no answers here").is_empty());
    }

    #[test]
    fn a_cut_or_altered_block_says_so() {
        let block = encode(&"x = \"a long enough answer\"\n".repeat(10));
        let cut = &block[..block.len() / 2];
        assert_eq!(find_all(cut), vec![Err(BlockError::Truncated)]);
        let no_checksum = &block[..block.rfind('.').unwrap()];
        assert_eq!(find_all(no_checksum), vec![Err(BlockError::Truncated)]);
        // One character changed in the middle.
        let mut altered: Vec<char> = block.chars().collect();
        let middle = altered.len() / 2;
        altered[middle] = if altered[middle] == 'A' { 'B' } else { 'A' };
        let altered: String = altered.into_iter().collect();
        assert_eq!(find_all(&altered), vec![Err(BlockError::Altered)]);
        let damaged = block.replacen("CONFIANCE-ANSWER-1 ", "CONFIANCE-ANSWER-1 ab*cd", 1);
        assert_eq!(find_all(&damaged)[0], Err(BlockError::Damaged));
    }

    proptest! {
        #[test]
        fn any_answer_text_comes_back_whole(text in "\\PC{0,400}") {
            prop_assert_eq!(find_all(&encode(&text)), vec![Ok(text.clone())]);
        }

        #[test]
        fn any_text_is_read_without_panicking(text in "(CONFIANCE-ANSWER-1 )?[ -~\n]{0,200}") {
            let _ = find_all(&text);
        }
    }
}
