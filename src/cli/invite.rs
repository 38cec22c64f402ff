//! `confiance invite SUBJECT --respondent NAME`: the form the other side answers in a browser,
//! written as one HTML file, and the invitation recorded in the space (`--again ID` writes an
//! invitation's form again, with the same secret).

use std::io::{IsTerminal, Write};
use std::path::PathBuf;

use clap::Args;

use super::space::Space;
use super::{Ui, invalid, required_name};
use crate::i18n::{InviteText, Lang, fill};
use crate::invitation::record::{self, Invitation, Who};
use crate::printable::printable;
use crate::time::Timestamp;

/// Write a form that the other side answers in any browser, and record the invitation
#[derive(Debug, Args)]
#[command(
    after_help = "The form is one HTML file: no server, no network, nothing to install. Send it by mail or chat; the answers come back as a file (confiance import) or a block of text in a mail (confiance receive). The form is in the interface's language (--lang fr for French).\n\nExamples:\n  confiance invite Alice --respondent Alice --output alice-form.html\n  confiance --lang fr invite 'Team Atlas' --respondent Marc --reply-to me@example.org -o marc.html\n  confiance invite 'Club members' -Q community --side community --respondent Léa -o lea.html\n  confiance invite --again 01JF3M2Q8R7T6Y5X4W3V2U1S0R -o again.html"
)]
pub(crate) struct InviteArgs {
    /// The relationship: a person, a team, a community (any name, kept as typed)
    #[arg(required_unless_present = "again")]
    pub subject: Option<String>,
    /// Who is asked: the other side of the relationship, by name
    #[arg(long, short, required_unless_present_any = ["again", "group"], conflicts_with = "group")]
    pub respondent: Option<String>,
    /// A group is asked (a team, members): one form that up to --count people answer, never named
    #[arg(long, value_name = "LABEL", requires = "count")]
    pub group: Option<String>,
    /// How many people of the group may answer the form
    #[arg(long, value_name = "COUNT", requires = "group")]
    pub count: Option<u32>,
    /// The questionnaire to answer [default: the config file's questionnaire, else trust]
    #[arg(long, short = 'Q')]
    pub questionnaire: Option<String>,
    /// The side answering a questionnaire worded for two sides (community: organisation or community)
    #[arg(long)]
    pub side: Option<String>,
    /// How many days answers are accepted (1 to 365)
    #[arg(long, value_name = "DAYS", default_value_t = record::DEFAULT_DAYS)]
    pub expires: u32,
    /// An address the form offers to mail the answers to
    #[arg(long, value_name = "ADDRESS")]
    pub reply_to: Option<String>,
    /// Write to this file (created private, 0600) instead of stdout; its folder must exist
    #[arg(long, short, value_name = "FILE")]
    pub(crate) output: Option<PathBuf>,
    /// Replace FILE if it exists
    #[arg(long, requires = "output")]
    pub(crate) force: bool,
    /// Write the form of this invitation again (same secret), instead of a new invitation
    #[arg(long, value_name = "ID", conflicts_with_all = ["subject", "respondent", "group", "questionnaire", "side", "reply_to"])]
    pub again: Option<String>,
}

pub(super) fn run(
    args: &InviteArgs,
    space: &Space,
    me: Option<&str>,
    out: &mut dyn Write,
    ui: &mut Ui,
) -> anyhow::Result<u8> {
    let t = InviteText::of(ui.lang);
    let to_file = args
        .output
        .as_deref()
        .filter(|p| *p != std::path::Path::new("-"));
    // A page of HTML on a terminal helps nobody: say where it should go, before anything.
    if to_file.is_none() && std::io::stdout().is_terminal() {
        return Err(invalid(t.no_output));
    }
    let (invitation, new) = match &args.again {
        Some(id) => {
            let found = space
                .store
                .find_invitation(id)
                .ok_or_else(|| invalid(fill(t.no_invitation, &[("id", &printable(id))])))?;
            (found, false)
        }
        None => (new_invitation(args, space, me, ui)?, true),
    };
    let store = space.store;
    let questionnaire = invitation.questionnaire(store.catalog()).ok_or_else(|| {
        invalid(fill(
            ui.text().no_questionnaire,
            &[("id", &printable(&invitation.questionnaire))],
        ))
    })?;
    let secret = store.form_secret(&invitation.id)?;
    // Restored from a backup into another data folder, the invitation's form cannot be
    // written again: the key its secret came from stayed behind, and a form with another
    // secret could never be answered.
    if !new && !crate::invitation::secret::matches(&secret, &invitation.secret_digest) {
        return Err(invalid(fill(
            t.again_elsewhere,
            &[("id", &printable(&invitation.id))],
        )));
    }
    if new {
        let mut invitation = invitation.clone();
        invitation.secret_digest = crate::invitation::secret::digest(&secret);
        // Recorded before the form exists: a form whose invitation is missing could never
        // be answered.
        let _ = store.save_invitation(&invitation, true)?;
    }
    // Named after the relationship as the invited side sees it: "marc-claire.…".
    let file_name = format!(
        "{}-{}.confiance-answer.toml",
        crate::store::slug(invitation.respondent()),
        crate::store::slug(&invitation.invited_by)
    );
    let page = crate::invitation::worded::form_page(&invitation, &questionnaire, secret, file_name);
    let html = crate::invitation::form::render(&page);
    match to_file {
        None => out.write_all(html.as_bytes())?,
        Some(path) => super::documents::write_all(
            &[(path.to_path_buf(), html.into_bytes())],
            args.force,
            store,
            ui,
        )?,
    }
    let lang = Lang::from_code(&invitation.lang).unwrap_or(ui.lang);
    let who = printable(invitation.respondent());
    ui.say(&fill(
        t.invited,
        &[
            ("id", &invitation.id),
            ("who", &who),
            ("subject", &printable(&invitation.subject)),
            ("title", &printable(&questionnaire.title)),
            ("count", &questionnaire.items.len()),
            ("date", &invitation.expires.date_words(lang)),
        ],
    ));
    ui.say(&fill(t.send_it, &[("who", &who)]));
    ui.say(t.comes_back);
    Ok(0)
}

/// A new invitation from the arguments, its secret's digest still to be set.
fn new_invitation(
    args: &InviteArgs,
    space: &Space,
    me: Option<&str>,
    ui: &mut Ui,
) -> anyhow::Result<Invitation> {
    let t = InviteText::of(ui.lang);
    let subject = required_name(
        args.subject.as_deref().unwrap_or(""),
        ui.text().empty_subject,
    )?;
    let respondent = required_name(
        args.respondent
            .as_deref()
            .or(args.group.as_deref())
            .unwrap_or(""),
        ui.text().empty_respondent,
    )?;
    if args.count.is_some_and(|n| !(1..=10_000).contains(&n)) {
        return Err(invalid(t.count_range));
    }
    if !(1..=365).contains(&args.expires) {
        return Err(invalid(t.expires_range));
    }
    let Some(owner) = space.owner_name() else {
        return Err(invalid(ui.text().other_side_needs_your_name));
    };
    let store = space.store;
    let loaded = store.load();
    let (subject, respondent) =
        super::assess::as_stored(&loaded.assessments, subject, respondent, space, ui)?;
    if crate::names::is_owner(&respondent) {
        return Err(invalid(t.not_yourself));
    }
    let id = args.questionnaire.clone().unwrap_or_else(|| {
        space
            .config
            .questionnaire
            .clone()
            .unwrap_or_else(|| crate::questionnaire::DEFAULT_ID.into())
    });
    let lang = ui.lang.code();
    let questionnaire = store
        .catalog()
        .get(&id, lang)
        .cloned()
        .ok_or_else(|| invalid(fill(ui.text().no_questionnaire, &[("id", &printable(&id))])))?;
    let questionnaire =
        super::assess::worded_for_side(questionnaire, args.side.as_deref(), store, ui)?;
    // The clock check-ins are counted by (`$CONFIANCE_NOW` looks ahead), so that an
    // invitation's expiry and the answers' lateness are told by the same clock.
    let now = space.now;
    Ok(Invitation {
        id: crate::id::new_id(now),
        subject,
        who: match args.count {
            Some(count) => Who::Group {
                label: respondent,
                count,
            },
            None => Who::Person(respondent),
        },
        questionnaire: questionnaire.id.clone(),
        questionnaire_version: questionnaire.version,
        lang: questionnaire.lang.clone(),
        side: questionnaire.side.clone(),
        invited_by: owner.to_string(),
        // In a client's space the coach sends the form and gets the answers back.
        asked_by: space
            .store
            .client()
            .and(me.or(space.config.name.as_deref()))
            .map(str::to_string),
        created: now,
        expires: Timestamp::from_unix(now.unix_seconds() + i64::from(args.expires) * 86_400, 0),
        secret_digest: String::new(),
        reply_to: args.reply_to.clone().filter(|r| !r.trim().is_empty()),
        closed: false,
        answers: vec![],
    })
}
