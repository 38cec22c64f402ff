//! The form's page as the invited person reads it: every statement worded from their side of
//! the relationship, with the inviting person's name, by the same function as every other mode.

use super::form::{FormItem, FormPage, ScalePoint};
use super::record::{Invitation, Who};
use crate::i18n::Lang;
use crate::questionnaire::Questionnaire;

/// The page of `invitation`'s form, asking `questionnaire` (the invitation's, worded for its
/// side), with the form's `secret`; its answers download as `file_name`.
pub(crate) fn form_page(
    invitation: &Invitation,
    q: &Questionnaire,
    secret: String,
    file_name: String,
) -> FormPage {
    let lang = Lang::from_code(&invitation.lang).unwrap_or_default();
    // The invited side reads the inviting person's name where the statements say {subject}.
    let fill = |text: &str| {
        crate::assessment::fill_for(
            text,
            &invitation.subject,
            invitation.respondent(),
            Some(&invitation.invited_by),
        )
    };
    let scale = (q.scale.min..=q.scale.max)
        .map(|value| ScalePoint {
            value,
            label: q.scale.label(value).unwrap_or_default().to_string(),
        })
        .collect();
    // Outcome statements last, as in every other mode.
    let items = q
        .items
        .iter()
        .filter(|i| !i.outcome)
        .chain(q.items.iter().filter(|i| i.outcome))
        .map(|i| FormItem {
            id: i.id.clone(),
            text: fill(&i.text),
            outcome: i.outcome,
        })
        .collect();
    FormPage {
        lang,
        invitation: invitation.id.clone(),
        secret,
        group: matches!(invitation.who, Who::Group { .. }),
        // Who asks and gets the answers: the coach in a client's space, else the owner.
        invited_by: invitation
            .asked_by
            .clone()
            .unwrap_or_else(|| invitation.invited_by.clone()),
        about: fill("{subject}"),
        respondent: invitation.respondent().to_string(),
        questionnaire: q.id.clone(),
        questionnaire_version: q.version,
        questionnaire_title: q.title.clone(),
        side: invitation.side.clone(),
        intro: fill(&q.intro),
        scale,
        items,
        expires: invitation.expires.date_words(lang),
        reply_to: invitation.reply_to.clone(),
        file_name,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::invitation::record::tests::sample;
    use crate::questionnaire::Catalog;

    #[test]
    fn the_invited_person_reads_the_inviting_persons_name() {
        let invitation = sample(Who::Person("Marc".into()));
        let catalog = Catalog::builtin();
        let q = catalog.find_version("trust", "fr", 2).unwrap();
        let page = form_page(&invitation, q, "s".into(), "a.confiance-answer.toml".into());
        assert_eq!(page.lang, Lang::Fr);
        assert_eq!(page.about, "Claire");
        assert!(page.items.iter().any(|i| i.text.contains("Claire")));
        assert!(!page.items.iter().any(|i| i.text.contains("{subject}")));
        assert!(
            !page.items.iter().any(|i| i.text.contains("le chef")),
            "not the subject's name"
        );
        assert_eq!(page.items.len(), q.items.len());
        assert!(page.items.last().unwrap().outcome, "outcomes last");
        assert_eq!(page.scale.len(), 5);
        assert_eq!(page.scale[3].label, "Plutôt d’accord");
    }
}
