//! `confiance assess` in the plain mode: the flow begun or resumed as the full screen begins
//! it, the intention of last time asked about, the questions asked, the results printed.

use std::io::{IsTerminal, Write};

use super::{Asking, End, drive, follow_up, say};
use crate::i18n::{PlainText, fill};

/// `confiance assess` in the plain mode: the flow begun (or resumed) as the full screen does
/// it, asked line by line; the results on `out` once saved. Exit 1 when the input ended early.
pub(crate) fn assess(
    began: crate::tui::Msg,
    space: &crate::cli::Space,
    resume: &str,
    out: &mut dyn Write,
    ui: &mut crate::cli::Ui,
) -> anyhow::Result<u8> {
    use crate::tui::Msg;
    use crate::tui::app::Notice;
    let t = PlainText::of(ui.lang);
    let words = ui.common();
    let lang = ui.lang;
    // The questions are said on stderr; when it cannot be written to (closed, full, a pipe
    // whose reader left), the answers still come in and are still kept.
    let mut err = Lenient(&mut ui.err);
    // Begun or resumed, but with something said on the side (a lock not taken).
    let (began, aside) = match began {
        Msg::Despite(msg, failure) => (*msg, Some(failure)),
        other => (other, None),
    };
    let (mut flow, notice, resumed) = match began {
        Msg::Began(flow, notice) => (*flow, notice, false),
        Msg::Resumed(flow, notice) => (*flow, notice, true),
        _ => return Ok(1),
    };
    match notice {
        Some(Notice::Resumed {
            started,
            answered,
            total,
        }) => {
            let line = fill(
                t.resumed,
                &[
                    ("started", &started.date_words(ui.lang)),
                    ("n", &answered),
                    ("total", &total),
                ],
            );
            writeln!(err, "{line}")?;
        }
        Some(Notice::BusyNew { subject }) => {
            let line = fill(
                t.busy_new,
                &[("subject", &crate::printable::printable(&subject))],
            );
            writeln!(err, "{line}")?;
        }
        _ => {}
    }
    if let Some(failure) = aside {
        writeln!(err, "{}", crate::tui::failure_in(lang, &failure))?;
    }
    say_on_interrupt(fill(t.interrupted, &[("command", &resume)]));
    let stdin = std::io::stdin();
    let ask = Asking {
        store: space.store,
        t,
        words,
        lang,
        resume,
        owner: space.owner_name(),
        unechoed: !stdin.is_terminal(),
        keys_told: std::cell::Cell::new(false),
    };
    let mut input = stdin.lock();
    if flow.asks_follow_up(resumed)
        && let follow_up::Said::Stop = follow_up::ask(&mut flow, &ask, &mut input, &mut err)?
    {
        // Nothing answered yet: nothing to keep.
        writeln!(err, "{}", t.nothing_saved)?;
        return Ok(1);
    }
    let end = drive(&mut flow, &ask, &mut input, &mut err)?;
    match end {
        End::Cut => return Ok(1),
        End::Stopped => return Ok(0),
        End::Done => {}
    }
    let filed = crate::tui::complete(&flow, space.store).map_err(|reason| {
        anyhow::anyhow!(fill(
            t.save_failed,
            &[("reason", &reason), ("command", &resume)]
        ))
    })?;
    if let Some(reason) = &filed.draft_kept {
        let why = crate::tui::app::Failure::DraftNotRemoved(reason.clone());
        writeln!(err, "{}", crate::tui::failure_in(lang, &why))?;
    }
    match filed.unconfirmed {
        Some(reason) => {
            let line = fill(
                crate::i18n::TuiStatus::of(lang).saved_unconfirmed,
                &[("reason", &reason)],
            );
            writeln!(err, "{line}")?;
        }
        None => writeln!(err, "{}\n", t.saved)?,
    }
    // Words, numbers and plain characters only, whatever the terminal.
    crate::chart::ascii::set(true);
    let done = flow.completed(crate::time::Timestamp::now());
    let questionnaire = flow.questionnaire.clone();
    let report = crate::summary::Summary::new(&done, &questionnaire).with_owner(space.owner_name());
    out.write_all(crate::cli::show::spoken::text(&report, ui).as_bytes())?;
    let next = say::where_to_start(&report, t);
    out.write_all(crate::printable::printable_text(&next).as_bytes())?;
    Ok(0)
}

/// A writer that never fails: what cannot be written is dropped. Everything the plain mode
/// says passes here, so the questionnaire's texts in it are shown, never obeyed, whichever
/// sentence carries them. (It is written with `writeln!`, whose pieces are whole `str`s.)
struct Lenient<W: Write>(W);

impl<W: Write> Write for Lenient<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let shown = crate::printable::printable_text(&String::from_utf8_lossy(buf));
        let _ = self.0.write_all(shown.as_bytes());
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        let _ = self.0.flush();
        Ok(())
    }
}

/// Ctrl-C while questions are asked: every answer is already in the draft (saved after each
/// one), so say so and how to resume, rather than end on a bare `^C`; exit 130 as a shell
/// expects of an interrupted program. The menu asks several assessments in one run: one
/// watcher, saying the line of the latest.
fn say_on_interrupt(line: String) {
    static LINE: std::sync::Mutex<String> = std::sync::Mutex::new(String::new());
    static WATCHING: std::sync::Once = std::sync::Once::new();
    *LINE.lock().unwrap_or_else(|p| p.into_inner()) = line;
    WATCHING.call_once(|| {
        let Ok(mut signals) = signal_hook::iterator::Signals::new([signal_hook::consts::SIGINT])
        else {
            return;
        };
        std::thread::spawn(move || {
            if signals.forever().next().is_some() {
                let said = LINE.lock().unwrap_or_else(|p| p.into_inner()).clone();
                let _ = writeln!(std::io::stderr(), "\n{said}");
                std::process::exit(130);
            }
        });
    });
}

#[cfg(test)]
mod tests {
    use std::io::Write;

    use crate::test_support::{HOSTILE, acts};

    /// Everything the plain mode says goes through its writer: a questionnaire's text with
    /// escapes in it is shown visibly, line breaks kept.
    #[test]
    fn what_the_plain_mode_says_is_neutralised() {
        let mut said = vec![];
        let mut err = super::Lenient(&mut said);
        writeln!(err, "Question 1 · {HOSTILE}\n  1 {HOSTILE}").unwrap();
        let said = String::from_utf8(said).unwrap();
        assert!(!acts(&said), "{said:?}");
        assert!(said.contains("<U+202E>") && said.ends_with('\n'), "{said}");
    }
}
