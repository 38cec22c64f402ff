//! Drives the real binary in a pseudo-terminal (80×24) and reads its screen through a
//! terminal emulator, as a person at a terminal would see it.

use std::io::{Read, Write};
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use expectrl::Session;
use expectrl::process::unix::{PtyStream, UnixProcess};
use rustix::process::{Pid, Signal};

use super::wait_until;

/// How long a lone Esc must stay alone: crossterm reads an Esc followed at once by more bytes
/// as the start of a key sequence, so the next key waits this long after it.
const ESC_ALONE: Duration = Duration::from_millis(60);

pub(crate) struct Tui {
    session: Session<UnixProcess, PtyStream>,
    parser: vt100::Parser,
    /// When a lone Esc was sent, so that the next key keeps its distance ([`ESC_ALONE`]).
    esc_sent: Option<Instant>,
}

impl Tui {
    pub(crate) fn spawn(data: &Path, args: &[&str]) -> Self {
        let mut cmd = Command::new(assert_cmd::cargo::cargo_bin("confiance"));
        cmd.args(args);
        Self::spawn_command(cmd, data)
    }

    /// Runs `confiance ARGS` through `sh` after `prelude` (e.g. `ulimit -f 0`).
    pub(crate) fn spawn_with(data: &Path, prelude: &str, args: &str) -> Self {
        let bin = assert_cmd::cargo::cargo_bin("confiance");
        let mut cmd = Command::new("sh");
        cmd.arg("-c")
            .arg(format!("{prelude}; exec '{}' {args}", bin.display()));
        Self::spawn_command(cmd, data)
    }

    fn spawn_command(mut cmd: Command, data: &Path) -> Self {
        // Never the person's own config file: one beside the test's data folder.
        cmd.env("CONFIANCE_DATA_DIR", data)
            .env("CONFIANCE_CONFIG_DIR", data.with_extension("config"))
            .env("TZ", "UTC")
            .env("TERM", "xterm-256color")
            .env_remove("NO_COLOR")
            .env_remove("LANG")
            .env_remove("LC_ALL");
        let mut session = Session::spawn(cmd).expect("spawn in a pty");
        session.set_expect_timeout(Some(Duration::from_secs(10)));
        // A program still running when the test ends is stopped with signals spaced by this
        // delay (100 ms each by default).
        session
            .get_process_mut()
            .set_terminate_delay(Duration::from_millis(10));
        Self {
            session,
            parser: vt100::Parser::new(24, 80, 0),
            esc_sent: None,
        }
    }

    pub(crate) fn pid(&self) -> i32 {
        self.session.get_process().pid().as_raw()
    }

    /// Sends keys. A lone Esc is kept apart from the next keys (see [`ESC_ALONE`]): that pause
    /// is the point, it is what tells a person's Esc from a key sequence.
    pub(crate) fn send(&mut self, keys: &str) {
        if let Some(sent) = self.esc_sent.take() {
            std::thread::sleep(ESC_ALONE.saturating_sub(sent.elapsed()));
        }
        self.session.write_all(keys.as_bytes()).unwrap();
        self.session.flush().unwrap();
        if keys.ends_with('\x1b') {
            self.esc_sent = Some(Instant::now());
        }
        self.pump();
    }

    /// Reads what the program wrote so far into the emulated screen, answering its questions
    /// to the terminal as a real one would (the cursor position), so that it does not wait
    /// seconds for a reply.
    fn pump(&mut self) {
        let mut buf = [0u8; 8192];
        while let Ok(n) = self.session.try_read(&mut buf) {
            if n == 0 {
                break;
            }
            self.parser.process(&buf[..n]);
            if buf[..n].windows(4).any(|w| w == b"\x1b[6n") {
                let (row, col) = self.parser.screen().cursor_position();
                let reply = format!("\x1b[{};{}R", row + 1, col + 1);
                let _ = self.session.write_all(reply.as_bytes());
                let _ = self.session.flush();
            }
        }
    }

    pub(crate) fn screen(&mut self) -> String {
        self.pump();
        self.parser.screen().contents()
    }

    /// Waits until the screen shows `text`; panics with the screen after 10 s.
    pub(crate) fn wait_for(&mut self, text: &str) -> String {
        self.wait_for_screen(&format!("{text:?}"), |screen| screen.contains(text))
    }

    /// Waits until the screen is `what` (`is` holds on it); panics with the screen after 10 s.
    pub(crate) fn wait_for_screen(&mut self, what: &str, is: impl Fn(&str) -> bool) -> String {
        let mut screen = String::new();
        let seen = wait_until(Duration::from_secs(10), || {
            screen = self.screen();
            is(&screen)
        });
        assert!(seen, "never saw {what}; the screen:\n{screen}");
        screen
    }

    /// Waits for the program to end; returns its exit code (None if killed by a signal).
    pub(crate) fn wait_exit(&mut self) -> Option<i32> {
        let mut exit = None;
        let ended = wait_until(Duration::from_secs(10), || {
            let mut sink = Vec::new();
            let _ = self.session.read_to_end(&mut sink);
            self.parser.process(&sink);
            match self.session.get_process().status() {
                Ok(expectrl::process::unix::WaitStatus::Exited(_, code)) => {
                    exit = Some(Some(code));
                }
                Ok(expectrl::process::unix::WaitStatus::Signaled(..)) => exit = Some(None),
                _ => {}
            }
            exit.is_some()
        });
        assert!(ended, "the program did not exit");
        exit.unwrap()
    }

    /// How many cells of the screen have a colour of their own (text or background).
    pub(crate) fn coloured_cells(&mut self) -> usize {
        self.pump();
        let screen = self.parser.screen();
        let (rows, cols) = screen.size();
        (0..rows)
            .flat_map(|r| (0..cols).map(move |c| (r, c)))
            .filter_map(|(r, c)| screen.cell(r, c))
            .filter(|cell| {
                cell.fgcolor() != vt100::Color::Default || cell.bgcolor() != vt100::Color::Default
            })
            .count()
    }

    /// Whether the program restored the terminal: left the alternate screen.
    pub(crate) fn left_alternate_screen(&mut self) -> bool {
        self.pump();
        !self.parser.screen().alternate_screen()
    }

    pub(crate) fn signal(&mut self, signal: Signal) {
        let pid = Pid::from_raw(self.pid()).expect("a child's pid is positive");
        rustix::process::kill_process(pid, signal).expect("signal the program");
    }
}
