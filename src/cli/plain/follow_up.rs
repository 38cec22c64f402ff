//! The plain mode's first question after an intention: was it followed? The same question as
//! the full screen asks, one line at a time.

use std::io::{BufRead, Write};

use crate::assessment::Followed;
use crate::flow::Flow;
use crate::i18n::{Lang, PlainText, TuiScreens};

/// How the question ended: answered (an empty line answers "not said"), or `q` or the end of
/// the input.
pub(super) enum Said {
    Answered,
    Stop,
}

/// Asks about `flow`'s previous intention on `err` until a line means something; records it.
pub(super) fn ask(
    flow: &mut Flow,
    input: &mut dyn BufRead,
    err: &mut dyn Write,
    lang: Lang,
) -> std::io::Result<Said> {
    let (t, screens) = (PlainText::of(lang), TuiScreens::of(lang));
    let Some(previous) = &flow.draft.previous_intention else {
        return Ok(Said::Answered);
    };
    let text = crate::printable::printable(&previous.text);
    writeln!(
        err,
        "{}\n  {text}\n{}",
        screens.follow_title, screens.follow_ask
    )?;
    loop {
        writeln!(err, "{}", t.follow_prompt)?;
        let Some(line) = super::line::next(input)? else {
            return Ok(Said::Stop);
        };
        let followed = match line.trim().to_lowercase().as_str() {
            "" => None,
            "q" => return Ok(Said::Stop),
            "y" | "yes" | "o" | "oui" => Some(Followed::Yes),
            "p" | "partly" | "en partie" => Some(Followed::Partly),
            "n" | "no" | "non" => Some(Followed::No),
            _ => {
                writeln!(err, "{}", t.follow_invalid)?;
                continue;
            }
        };
        flow.set_followed(followed);
        writeln!(err)?;
        return Ok(Said::Answered);
    }
}
