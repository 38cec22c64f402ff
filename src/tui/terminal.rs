//! The terminal: set up for the screens (raw mode, alternate screen, bracketed paste, a panic
//! hook that restores it) and given back as it was.
//!
//! The screens write to their own handle on the terminal, not through the process's
//! `Stdout`: when the terminal is closed under the program, what could not be written is lost
//! with the handle instead of staying in `Stdout`'s buffer for the program's last flush to
//! fail on.

use std::fs::File;
use std::io::{BufWriter, Write};
use std::os::fd::AsFd;

use anyhow::{Context, Result};
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::cursor::Show;
use ratatui::crossterm::event::{DisableBracketedPaste, EnableBracketedPaste};
use ratatui::crossterm::execute;
use ratatui::crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};

/// The terminal the screens are drawn on.
pub(crate) type Screen = Terminal<CrosstermBackend<BufWriter<File>>>;

/// A handle of its own on standard output.
fn handle() -> std::io::Result<File> {
    Ok(File::from(std::io::stdout().as_fd().try_clone_to_owned()?))
}

/// Lets colour through, or not. crossterm drops colours by itself when `NO_COLOR` is set;
/// `--color always` (or the config file's `color`) comes before it.
pub(crate) fn allow_colour(on: bool) {
    ratatui::crossterm::style::Colored::set_ansi_color_disabled(!on);
}

/// Takes the terminal over for the screens.
pub(crate) fn init() -> Result<Screen> {
    let mut out = BufWriter::new(handle().context("cannot set up the terminal")?);
    enable_raw_mode().context("cannot set up the terminal")?;
    // From here on, a crash gives the terminal back.
    std::panic::set_hook(Box::new(|info| {
        give_back();
        // Not eprintln!: it would panic again (and abort) when the terminal is already gone.
        let _ = writeln!(
            std::io::stderr(),
            "confiance crashed (this is a bug): {info}"
        );
    }));
    execute!(out, EnterAlternateScreen, EnableBracketedPaste)
        .context("cannot set up the terminal")?;
    let mut terminal =
        Terminal::new(CrosstermBackend::new(out)).context("cannot set up the terminal")?;
    let _ = terminal.hide_cursor();
    let _ = terminal.clear();
    Ok(terminal)
}

/// Gives the terminal back. Quietly: after SIGHUP it is gone, and reporting that would fail
/// too.
pub(crate) fn restore(mut terminal: Screen) {
    let _ = execute!(
        terminal.backend_mut(),
        DisableBracketedPaste,
        LeaveAlternateScreen,
        Show
    );
    // Dropping a terminal whose cursor cannot be shown reports it with `eprintln!`, which
    // panics when the terminal is gone: then there is nothing to give back, so no drop.
    if terminal.show_cursor().is_err() {
        std::mem::forget(terminal);
    }
    let _ = disable_raw_mode();
}

/// Restores the terminal without the `Screen` (from the panic hook).
fn give_back() {
    let _ = disable_raw_mode();
    if let Ok(mut out) = handle() {
        let _ = execute!(out, DisableBracketedPaste, LeaveAlternateScreen, Show);
    }
}
