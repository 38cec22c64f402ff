//! The plain mode's first question after an intention: was it followed? The same question as
//! the full screen asks, one line at a time.

use std::io::{BufRead, Write};

use crate::assessment::Followed;
use crate::flow::Flow;
use crate::i18n::{TuiScreens, fill};

/// How the question ended: answered (an empty line answers "not said"), or `q` or the end of
/// the input.
pub(super) enum Said {
    Answered,
    Stop,
}

/// Asks about `flow`'s previous intention on `err` until a line means something; records it
/// and says what was recorded.
pub(super) fn ask(
    flow: &mut Flow,
    ask: &super::Asking,
    input: &mut dyn BufRead,
    err: &mut dyn Write,
) -> std::io::Result<Said> {
    let (t, screens) = (ask.t, TuiScreens::of(ask.lang));
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
        super::marker(ask, err)?;
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
        // Said back, as the full screen shows it: a typing slip is caught before the questions.
        let said = match followed {
            Some(Followed::Yes) => screens.followed_yes,
            Some(Followed::Partly) => screens.followed_partly,
            Some(Followed::No) => screens.followed_no,
            None => screens.followed_unsaid,
        };
        writeln!(err, "{}", fill(t.follow_noted, &[("followed", &said)]))?;
        return Ok(Said::Answered);
    }
}
