//! `confiance completions SHELL`: a completion script for bash, zsh, fish, elvish or PowerShell.

use std::io::Write;

use clap::CommandFactory;

use super::args::{Cli, CompletionsArgs};

pub fn run(args: &CompletionsArgs, out: &mut dyn Write) -> anyhow::Result<u8> {
    clap_complete::generate(args.shell, &mut Cli::command(), "confiance", out);
    Ok(0)
}
