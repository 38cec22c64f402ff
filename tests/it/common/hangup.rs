//! A pseudo-terminal of the test's own, made the program's controlling terminal, for the
//! tests that close it under the program as a terminal window closes.

use std::ffi::OsString;
use std::fs::File;
use std::io::{Read, Write};
use std::os::unix::process::CommandExt;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use rustix::fs::{Mode, OFlags};
use rustix::pty::OpenptFlags;
use rustix::termios::Winsize;

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
            // A read only once there is output: a program that writes nothing more must fail
            // the test after 10 s, never hang it.
            let mut ready = [rustix::event::PollFd::new(
                &self.master,
                rustix::event::PollFlags::IN,
            )];
            let timeout = rustix::event::Timespec {
                tv_sec: 0,
                tv_nsec: 100_000_000,
            };
            if rustix::event::poll(&mut ready, Some(&timeout)).unwrap() == 0 {
                continue;
            }
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
const LAUNCHER: &str = "common::hangup::the_launcher_makes_the_pty_the_controlling_terminal";

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
