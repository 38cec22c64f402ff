//! `confiance receive`: answers pasted from a mail or a chat (any text on standard input), each
//! answer block in it checked against its invitation and filed. `import` files answer files
//! the same way, through [`file_answers`].

use std::io::{IsTerminal, Read, Write};

use clap::Args;

use super::space::Space;
use super::{Ui, invalid};
use crate::diagnostic::Diagnostic;
use crate::i18n::{InviteText, Lang, fill};
use crate::invitation::answer::{self, Allow, Refusal};
use crate::invitation::block::{self, BlockError};
use crate::printable::printable;
use crate::store::{AnswerError, Filed, FiledAnswer};

/// File the answers found in a pasted mail or chat (read from standard input)
#[derive(Debug, Args)]
#[command(
    after_help = "Reads any text (a whole mail, quoted or not) and files every answer block in it (CONFIANCE-ANSWER-1 …), each checked against its invitation in this space. A refused answer changes nothing and says why; the others are filed. Exit 2 when an answer was refused or none was found.\n\nExamples:\n  confiance receive             then paste the mail and press Ctrl-D\n  confiance receive < mail.txt\n  confiance --client Marie receive --accept-late < mail.txt"
)]
pub(crate) struct ReceiveArgs {
    #[command(flatten)]
    pub allow: AllowArgs,
}

/// What the rules of filing may let through, for `receive` and `import`.
#[derive(Debug, Args)]
pub(crate) struct AllowArgs {
    /// Take answers that come after their invitation expired
    #[arg(long)]
    pub accept_late: bool,
    /// Take a second answer to a one-person invitation, keeping the first beside it
    #[arg(long)]
    pub replace: bool,
}

impl AllowArgs {
    pub(super) fn allow(&self) -> Allow {
        Allow {
            late: self.accept_late,
            replace: self.replace,
        }
    }
}

pub(super) fn run(
    args: &ReceiveArgs,
    space: &Space,
    out: &mut dyn Write,
    ui: &mut Ui,
) -> anyhow::Result<u8> {
    let t = InviteText::of(ui.lang);
    let mut stdin = std::io::stdin();
    if stdin.is_terminal() {
        ui.say(t.paste_now);
    }
    let mut bytes = vec![];
    // Bounded: a mail with a few answers is small; a larger input is no mail.
    let limit = 16 * block::MAX_ANSWER_BYTES as u64;
    (&mut stdin).take(limit).read_to_end(&mut bytes)?;
    let text = String::from_utf8_lossy(&bytes);
    let found = block::find_all(&text);
    if found.is_empty() {
        return Err(invalid(t.nothing_found));
    }
    let answers: Vec<_> = found
        .into_iter()
        .enumerate()
        .map(|(i, r)| {
            (
                fill(t.block_source, &[("n", &(i + 1))]),
                r.map_err(Why::Block),
            )
        })
        .collect();
    file_answers(answers, args.allow.allow(), space, out, ui)
}

/// Why an answer cannot even be read.
pub(super) enum Why {
    Block(BlockError),
    Refused(Refusal),
}

/// Files each answer text (named by where it came from), saying what became of each; exit 2
/// when one was refused.
pub(super) fn file_answers(
    answers: Vec<(String, Result<String, Why>)>,
    allow: Allow,
    space: &Space,
    out: &mut dyn Write,
    ui: &mut Ui,
) -> anyhow::Result<u8> {
    let t = InviteText::of(ui.lang);
    let mut refused = false;
    for (source, text) in answers {
        let outcome = text.and_then(|text| answer::parse(&text).map_err(Why::Refused));
        let result = match outcome {
            Ok(returned) => space
                .store
                .file_answer(&returned, space.now, allow)
                .map_err(|e| match e {
                    AnswerError::Refused(r) => Ok(Why::Refused(r)),
                    AnswerError::Store(e) => Err(e),
                }),
            Err(why) => Err(Ok(why)),
        };
        match result {
            Ok(filed) => say_filed(&filed, out, ui)?,
            Err(Ok(why)) => {
                refused = true;
                let why = words(&why, ui.lang);
                ui.error(&Diagnostic::new(format!(
                    "{source}: {}",
                    fill(t.refused, &[("why", &why)])
                )));
            }
            Err(Err(e)) => return Err(e.into()),
        }
    }
    Ok(if refused { 2 } else { 0 })
}

fn say_filed(filed: &FiledAnswer, out: &mut dyn Write, ui: &Ui) -> anyhow::Result<()> {
    let t = InviteText::of(ui.lang);
    let a = &filed.assessment;
    let who = ui.respondent(&a.respondent);
    let subject = printable(&a.subject);
    let line = match filed.filed {
        Filed::AlreadyThere => fill(t.already_filed, &[("who", &who), ("subject", &subject)]),
        // A group's answer says nothing of itself: only how many have come in.
        Filed::New(..) if filed.group.is_some() => {
            let (n, count) = filed.group.unwrap_or_default();
            fill(
                t.filed_group,
                &[
                    ("who", &who),
                    ("subject", &subject),
                    ("n", &n),
                    ("count", &count),
                ],
            )
        }
        Filed::New(..) => {
            let skipped = a.answers.iter().filter(|x| x.value().is_none()).count();
            fill(
                t.filed,
                &[
                    ("who", &who),
                    ("subject", &subject),
                    ("answered", &a.answered()),
                    ("skipped", &skipped),
                ],
            )
        }
    };
    writeln!(out, "{line}")?;
    if let Some(kept) = &filed.replaced {
        let path = crate::printable::printable_path(kept);
        writeln!(out, "{}", fill(t.replaced, &[("path", &path)]))?;
    }
    Ok(())
}

/// A refusal in words, quoting nothing from the answer.
fn words(why: &Why, lang: Lang) -> String {
    let t = InviteText::of(lang);
    match why {
        Why::Block(BlockError::Truncated) => t.block_truncated.into(),
        Why::Block(BlockError::Damaged) => t.block_damaged.into(),
        Why::Block(BlockError::Altered) => t.block_altered.into(),
        Why::Block(BlockError::TooLarge) | Why::Refused(Refusal::TooLarge) => {
            t.why_too_large.into()
        }
        Why::Block(BlockError::NotText) => t.block_not_text.into(),
        Why::Refused(r) => match r {
            Refusal::NotAnAnswer => t.why_not_answer.into(),
            Refusal::TooLarge => t.why_too_large.into(),
            Refusal::UnknownInvitation => t.why_unknown.into(),
            Refusal::WrongSecret => t.why_secret.into(),
            Refusal::WrongQuestionnaire => t.why_questionnaire.into(),
            Refusal::OffScale => t.why_off_scale.into(),
            Refusal::Malformed => t.why_malformed.into(),
            Refusal::Expired(on) => fill(t.why_expired, &[("date", &on.date_words(lang))]),
            Refusal::Closed => t.why_closed.into(),
            Refusal::AlreadyAnswered => t.why_answered.into(),
            Refusal::GroupFull => t.why_group_full.into(),
            Refusal::Corrected => t.why_corrected.into(),
        },
    }
}
