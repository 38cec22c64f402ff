//! The `confiance` binary: parse the command line, run it, print any error once, exit.
//! Exit codes: 0 ok, 1 runtime error (or problems found by `check`), 2 bad usage or input.

use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use confiance::cli::{self, InvalidInput, Settings, Ui};

fn main() -> ExitCode {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    // The language first: `--help` and every message speak it.
    let mut settings = Settings::read(&args, &confiance::i18n::process_env);
    settings.speak(&confiance::i18n::process_env);
    let cli = match cli::parse(&args, settings.language(), settings.colour.0) {
        Ok(cli) => cli,
        Err(e) => {
            // clap uses 2 for usage errors and 0 for --help / --version; help that could not
            // be written is a failure like any other output (`--help > /dev/full`).
            return match e.print() {
                Err(io) if io.kind() != std::io::ErrorKind::BrokenPipe => {
                    cannot_write(&io, settings.language())
                }
                _ => ExitCode::from(e.exit_code() as u8),
            };
        }
    };
    let mut ui = Ui::new(cli.quiet, cli.verbose, Box::new(std::io::stderr()));
    ui.lang = settings.language();
    let text = ui.text();
    let stdout = std::io::stdout();
    let mut out = cli::Stdout::new(std::io::BufWriter::new(stdout.lock()));
    let result = cli::run(cli, &settings, &mut out, &mut ui);
    let _ = out.flush();
    // Output that could not be written is said once, in the same words whichever command
    // wrote and wherever it failed; whatever failed after it failed because of it.
    if let Some(e) = out.failed() {
        // A closed pipe (`confiance list | head`) is not an error worth a message.
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            return ExitCode::from(result.unwrap_or(0));
        }
        return cannot_write(e, ui.lang);
    }
    match result {
        Ok(code) => ExitCode::from(code),
        Err(err) => {
            if is_broken_pipe(&err) {
                return ExitCode::from(0);
            }
            let colour = settings.colour_on(std::io::stderr().is_terminal());
            let label = if colour {
                format!("\x1b[1;31m{}\x1b[0m", text.error_label)
            } else {
                text.error_label.to_string()
            };
            // Not eprintln!: a closed stderr must not turn an error into a panic.
            // Errors may carry names and paths: never let them act on the terminal.
            let message = confiance::printable::printable(&in_words(&err));
            let line =
                confiance::i18n::fill(text.error_line, &[("label", &label), ("message", &message)]);
            let _ = writeln!(std::io::stderr(), "{line}");
            let code = if err.downcast_ref::<InvalidInput>().is_some() {
                2
            } else {
                1
            };
            ExitCode::from(code)
        }
    }
}

/// "cannot write output: REASON", the reason in the words used for every file (a full disk is
/// "no space left on the disk", never the system's "(os error 28)"), and exit code 1.
fn cannot_write(e: &std::io::Error, lang: confiance::i18n::Lang) -> ExitCode {
    let text = confiance::i18n::CliText::of(lang);
    let reason = confiance::files::io_reason(e);
    let message = confiance::i18n::fill(text.cannot_write_output, &[("reason", &reason)]);
    let line = confiance::i18n::fill(
        text.error_line,
        &[("label", &text.error_label), ("message", &message)],
    );
    let _ = writeln!(std::io::stderr(), "{line}");
    ExitCode::from(1)
}

/// The chain of causes, `outer: inner`, with the system's errors in the interface's words.
/// The tool's own errors already say their cause in those words: the chain ends with them.
fn in_words(err: &anyhow::Error) -> String {
    let mut causes: Vec<String> = vec![];
    for e in err.chain() {
        causes.push(match e.downcast_ref::<std::io::Error>() {
            Some(io) => confiance::files::io_reason(io),
            None => e.to_string(),
        });
        if e.is::<confiance::store::StoreError>()
            || e.is::<confiance::files::FileError>()
            || e.is::<confiance::config::ConfigError>()
        {
            break;
        }
    }
    causes.join(": ")
}

fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain()
        .filter_map(|e| e.downcast_ref::<std::io::Error>())
        .any(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
}
