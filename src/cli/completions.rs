//! `confiance completions SHELL`: a completion script for bash, zsh, fish, elvish or PowerShell.

use std::io::Write;

use clap::{Args, CommandFactory};

use super::Cli;

/// Print a shell completion script
#[derive(Debug, Args)]
#[command(
    after_help = "Example:\n  confiance completions bash > ~/.local/share/bash-completion/completions/confiance"
)]
pub(crate) struct CompletionsArgs {
    pub(crate) shell: clap_complete::Shell,
}

pub(super) fn run(args: &CompletionsArgs, out: &mut dyn Write) -> anyhow::Result<u8> {
    // Into memory first: clap_complete panics on a write error (a closed pipe, a full disk).
    let mut script = Vec::new();
    clap_complete::generate(args.shell, &mut Cli::command(), "confiance", &mut script);
    out.write_all(&script)?;
    Ok(0)
}
