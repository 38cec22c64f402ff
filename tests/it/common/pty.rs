//! Drives the real binary in a pseudo-terminal (80×24) and reads its screen through a
//! terminal emulator, as a person at a terminal would see it; and a pseudo-terminal of the
//! test's own, for the tests that close it under the program.

use std::ffi::OsString;
use std::fs::File;
use std::io::{Read, Write};
use std::os::unix::process::CommandExt;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use expectrl::Session;
use expectrl::process::unix::{PtyStream, UnixProcess};
use rustix::fs::{Mode, OFlags};
use rustix::process::{Pid, Signal};
use rustix::pty::OpenptFlags;
use rustix::termios::Winsize;

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

/// The environment variable that turns a copy of this test binary into [`launch`].
const LAUNCH: &str = "CONFIANCE_TEST_LAUNCH";

/// A pseudo-terminal opened by the test, whose master side the test closes the way a terminal
/// window closes (expectrl would signal the program itself on drop).
pub(crate) struct OwnPty {
    master: File,
    program: Child,
    parser: vt100::Parser,
}

impl OwnPty {
    /// Runs `program ARGS` on a new 80×24 pseudo-terminal that is its controlling terminal
    /// (so that closing the master side hangs it up), with the test's data folder.
    pub(crate) fn spawn(data: &Path, program: &Path, args: &[&str]) -> Self {
        let master =
            rustix::pty::openpt(OpenptFlags::RDWR | OpenptFlags::NOCTTY | OpenptFlags::CLOEXEC)
                .unwrap();
        rustix::pty::grantpt(&master).unwrap();
        rustix::pty::unlockpt(&master).unwrap();
        let name = rustix::pty::ptsname(&master, Vec::new()).unwrap();
        let slave = rustix::fs::open(
            name.as_c_str(),
            OFlags::RDWR | OFlags::NOCTTY | OFlags::CLOEXEC,
            Mode::empty(),
        )
        .unwrap();
        let size = Winsize {
            ws_row: 24,
            ws_col: 80,
            ws_xpixel: 0,
            ws_ypixel: 0,
        };
        rustix::termios::tcsetwinsize(&slave, size).unwrap();
        // A new session can only be started by the program itself (std has no safe hook
        // before exec): a copy of this test binary, running only [`launch`], starts it on
        // the pty, then becomes the program.
        let mut words = vec![program.as_os_str().to_owned()];
        words.extend(args.iter().map(OsString::from));
        let program = Command::new(std::env::current_exe().unwrap())
            .args([LAUNCHER, "--exact", "--test-threads=1", "-q"])
            .env(LAUNCH, words.join(&OsString::from("\n")))
            .env("CONFIANCE_DATA_DIR", data)
            .env("CONFIANCE_CONFIG_DIR", data.with_extension("config"))
            .env("TERM", "xterm-256color")
            .stdin(File::from(slave))
            // libtest's own lines are not the program's: they go nowhere.
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        Self {
            master: File::from(master),
            program,
            parser: vt100::Parser::new(24, 80, 0),
        }
    }

    pub(crate) fn send(&mut self, keys: &str) {
        self.master.write_all(keys.as_bytes()).unwrap();
    }

    /// Reads the program's output until the screen shows `text`, answering its questions to
    /// the terminal (the cursor position) as a real one would, so that it does not wait for
    /// a reply.
    pub(crate) fn wait_for(&mut self, text: &str) {
        let start = Instant::now();
        let mut buf = [0u8; 4096];
        while !self.parser.screen().contents().contains(text) {
            assert!(
                start.elapsed() < Duration::from_secs(10),
                "never saw {text:?}"
            );
            let n = self.master.read(&mut buf).unwrap();
            self.parser.process(&buf[..n]);
            if buf[..n].windows(4).any(|w| w == b"\x1b[6n") {
                let (row, col) = self.parser.screen().cursor_position();
                let reply = format!("\x1b[{};{}R", row + 1, col + 1);
                self.master.write_all(reply.as_bytes()).unwrap();
            }
        }
    }

    /// Waits for the program to end, its terminal still open.
    pub(crate) fn wait(&mut self) -> std::process::ExitStatus {
        self.program.wait().unwrap()
    }

    /// Closes the terminal, as a window closes: the master side goes; the program is left.
    pub(crate) fn close(self) -> Child {
        self.program
    }
}

/// The name of [`launcher`] as libtest knows it.
const LAUNCHER: &str = "common::pty::the_launcher_makes_the_pty_the_controlling_terminal";

/// In a copy of this test binary started by [`OwnPty::spawn`] (with [`LAUNCH`] set): starts a
/// session, makes the pty on stdin its controlling terminal, then becomes the program, its
/// output on the pty. Never returns.
fn launch(words: OsString) -> ! {
    use std::os::unix::ffi::OsStrExt;
    let words: Vec<&std::ffi::OsStr> = words
        .as_bytes()
        .split(|&b| b == b'\n')
        .map(std::ffi::OsStr::from_bytes)
        .collect();
    rustix::process::setsid().expect("setsid");
    rustix::process::ioctl_tiocsctty(std::io::stdin()).expect("TIOCSCTTY");
    let tty = || {
        use std::os::fd::AsFd;
        Stdio::from(std::io::stdin().as_fd().try_clone_to_owned().unwrap())
    };
    let err = Command::new(words[0])
        .args(&words[1..])
        .env_remove(LAUNCH)
        .stdout(tty())
        .stderr(tty())
        .exec();
    panic!("exec {:?}: {err}", words[0]);
}

/// The launcher, and its check: a program started by [`OwnPty::spawn`] writes to its
/// controlling terminal (`/dev/tty`) and the text shows on the test's pty.
#[test]
fn the_launcher_makes_the_pty_the_controlling_terminal() {
    if let Some(words) = std::env::var_os(LAUNCH) {
        launch(words);
    }
    let dir = tempfile::tempdir().unwrap();
    let mut pty = OwnPty::spawn(
        dir.path(),
        Path::new("sh"),
        &[
            "-c",
            "exec >/dev/null 2>&1; echo through-the-ctty >/dev/tty",
        ],
    );
    pty.wait_for("through-the-ctty");
    assert!(pty.wait().success());
}
