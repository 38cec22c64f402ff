//! What `invite`, `receive`, `import` (of answers) and `invitations` print: the invitation
//! made, each answer filed or refused (why, in one line, quoting nothing from the answer), and
//! the list of invitations.

crate::strings! {
    /// The sentences of the invitation commands.
    pub(crate) InviteText {
        // `invite`
        invited: "Invitation {id}: {who} is asked for their view of the relationship “{subject}” ({title}, {count} statements), until {date}.",
            "Invitation {id}\u{a0}: {who} est invité à donner son point de vue sur la relation «\u{202f}{subject}\u{202f}» ({title}, {count} affirmations), jusqu’au {date}.";
        send_it: "Send the form to {who} (by mail, chat or USB stick): it opens in any browser, with nothing to install, and nothing leaves it unless {who} sends it.",
            "Envoyez le formulaire à {who} (par courriel, messagerie ou clé USB)\u{a0}: il s’ouvre dans n’importe quel navigateur, sans rien installer, et rien n’en sort à moins que {who} ne l’envoie.";
        comes_back: "The answers come back as a file (confiance import FILE) or as a block of text in a mail (confiance receive, then paste the mail).",
            "Les réponses reviennent en fichier (confiance import FICHIER) ou en bloc de texte dans un courriel (confiance receive, puis collez le courriel).";
        no_output: "the form is a web page: write it to a file with --output FILE.html (or redirect the output: > FILE.html)",
            "le formulaire est une page web\u{a0}: écrivez-le dans un fichier avec --output FICHIER.html (ou redirigez la sortie\u{a0}: > FICHIER.html)";
        not_yourself: "--respondent names the other side: you cannot invite yourself (answer with `confiance assess`)",
            "--respondent nomme l’autre partie\u{a0}: vous ne pouvez pas vous inviter vous-même (répondez avec `confiance assess`)";
        no_invitation: "no invitation {id} in this space (`confiance invitations` lists them)",
            "pas d’invitation {id} dans cet espace (`confiance invitations` les liste)";
        count_range: "--count takes 1 to 10000 people", "--count prend de 1 à 10000 personnes";
        expires_range: "--expires takes 1 to 365 days",
            "--expires prend de 1 à 365 jours";

        // `receive` and `import`, each after `SOURCE: `
        refused: "refused: {why}", "refusée\u{a0}: {why}";
        why_not_answer: "not an answer from a confiance form", "ce n’est pas une réponse d’un formulaire confiance";
        why_too_large: "larger than any answer can be", "plus grande que ne peut l’être une réponse";
        why_unknown: "it answers an invitation this space does not have (another client's? add --client NAME)",
            "elle répond à une invitation que cet espace n’a pas (celle d’un client\u{202f}? ajoutez --client NOM)";
        why_secret: "it does not come from the invitation's form (its secret does not match)",
            "elle ne vient pas du formulaire de l’invitation (son secret ne correspond pas)";
        why_questionnaire: "it answers another questionnaire, version, language or side than the invitation asked",
            "elle répond à un autre questionnaire, une autre version, langue ou un autre côté que ceux de l’invitation";
        why_off_scale: "an answer is not one of the questionnaire's statements, is given twice, or is off the scale",
            "une réponse ne porte pas sur une affirmation du questionnaire, est donnée deux fois, ou sort de l’échelle";
        why_malformed: "it is not well formed (a date, an id or a note that cannot be)",
            "elle est mal formée (une date, un identifiant ou une note impossibles)";
        why_expired: "the invitation expired on {date} (--accept-late takes it anyway)",
            "l’invitation a expiré le {date} (--accept-late la prend quand même)";
        why_closed: "the invitation is closed", "l’invitation est close";
        why_answered: "the invitation was already answered (--replace takes this answer and keeps the first beside it)",
            "l’invitation a déjà reçu une réponse (--replace prend celle-ci et garde la première à côté)";
        why_corrected: "it is a corrected version of an answer already filed (--replace takes it and keeps the first beside it)",
            "c’est une version corrigée d’une réponse déjà enregistrée (--replace la prend et garde la première à côté)";
        why_group_full: "the group's invitation already has all the answers it asked for",
            "l’invitation du groupe a déjà toutes les réponses demandées";
        block_truncated: "the block was cut when copied: copy it whole, to its last characters",
            "le bloc a été coupé à la copie\u{a0}: copiez-le en entier, jusqu’à ses derniers caractères";
        block_damaged: "the block holds characters it cannot have: copy it again from the form",
            "le bloc contient des caractères qu’il ne peut pas avoir\u{a0}: copiez-le à nouveau depuis le formulaire";
        block_altered: "the block changed on the way (its checksum does not match): copy it again from the form",
            "le bloc a changé en chemin (sa somme de contrôle ne correspond pas)\u{a0}: copiez-le à nouveau depuis le formulaire";
        block_not_text: "the block does not hold text", "le bloc ne contient pas de texte";
        /// Where an answer came from, for `receive`: its place among the blocks read.
        block_source: "answer block {n}", "bloc de réponse {n}";
        filed: "Filed {who}'s view of the relationship “{subject}” ({answered} answered, {skipped} don't know).",
            "Point de vue de {who} sur la relation «\u{202f}{subject}\u{202f}» enregistré ({answered} réponses, {skipped} «\u{202f}ne sais pas\u{202f}»).";
        /// A group's answer: nothing of it is said, only how many have come in.
        filed_group: "Filed one answer of {who} about “{subject}” ({n} of {count} in).",
            "Une réponse de {who} sur «\u{202f}{subject}\u{202f}» enregistrée ({n} sur {count} reçues).";
        already_filed: "This answer of {who} about “{subject}” was already filed.",
            "Cette réponse de {who} sur «\u{202f}{subject}\u{202f}» était déjà enregistrée.";
        replaced: "The earlier answer is kept beside it, out of the results: {path}",
            "La réponse précédente est gardée à côté, hors des résultats\u{a0}: {path}";
        nothing_found: "no answer found in the text given: an answer block starts with CONFIANCE-ANSWER-1",
            "aucune réponse dans le texte donné\u{a0}: un bloc de réponse commence par CONFIANCE-ANSWER-1";
        paste_now: "Paste the mail (or the answer block), then press Ctrl-D on a line of its own:",
            "Collez le courriel (ou le bloc de réponse), puis appuyez sur Ctrl-D au début d’une ligne\u{a0}:";

        // `invitations`
        none_yet: "No invitations in this space yet: `confiance invite SUBJECT --respondent NAME` makes one.",
            "Aucune invitation dans cet espace pour l’instant\u{a0}: `confiance invite SUJET --respondent NOM` en crée une.";
        col_id: "Invitation", "Invitation";
        col_subject: "Subject", "Sujet";
        col_who: "Asked", "Invité";
        col_questionnaire: "Questionnaire", "Questionnaire";
        col_state: "State", "État";
        col_until: "Until", "Jusqu’au";
        state_open: "open", "ouverte";
        state_answered: "answered", "répondue";
        state_expired: "expired", "expirée";
        state_closed: "closed", "close";
        /// A group's state: how many of the expected answers came.
        group_count: "{n} of {count} answered", "{n} réponses sur {count}";
        /// `due`: an open invitation near its end.
        due_expiring: "Awaiting {who}'s answers about {subject} until {date} (invitation {id})",
            "Réponses de {who} sur {subject} attendues jusqu’au {date} (invitation {id})";
        // `show --group`
        no_group: "no group {label} was asked about {subject} (`confiance invitations` lists the invitations)",
            "aucun groupe {label} n’a été invité à répondre sur {subject} (`confiance invitations` liste les invitations)";
        group_heading: "{subject} · {group} (a group: answers shown together only) · {n} answers of {count} asked",
            "{subject} · {group} (un groupe\u{a0}: réponses montrées ensemble seulement) · {n} réponses sur {count} demandées";
        /// `show --group` when the latest invitation is still collecting its answers.
        group_later_collecting: "The invitation of {date} has {n} answers so far: shown is the one of {shown}.",
            "L’invitation du {date} a {n} réponses pour l’instant\u{a0}: voici celle du {shown}.";
        group_withheld: "{minimum} answers are needed before the group's view is shown; {n} so far.",
            "Il faut {minimum} réponses avant de montrer le point de vue du groupe\u{202f}; {n} pour l’instant.";
        col_dimension: "Dimension", "Dimension";
        col_median: "Median", "Médiane";
        col_low: "Lowest", "Plus bas";
        col_high: "Highest", "Plus haut";
        col_answered: "Answers", "Réponses";
        group_divided: "Answers far apart, the median is no consensus: {names}",
            "Réponses très éloignées, la médiane n’est pas un consensus\u{a0}: {names}";
        group_statements: "How many gave each answer, from the lowest to the highest:",
            "Combien ont donné chaque réponse, de la plus basse à la plus haute\u{a0}:";
        /// After a statement's counts: how many said "don't know".
        group_dont_know: "don't know: {n}", "ne sait pas\u{a0}: {n}";
        group_notes: "Notes, in no particular order:", "Notes, dans un ordre qui ne dit rien de leurs auteurs\u{a0}:";
        /// `forget`: what a file of the subject is.
        forget_invitation: "invitation to {who}", "invitation adressée à {who}";
        forget_group_answer: "one answer of a group", "une réponse d’un groupe";
        // `compare --group`
        group_no_view_of_yours: "no assessment of your own about {subject} to set against the group's (answer one with `confiance assess`)",
            "aucune évaluation de votre part sur {subject} à mettre en regard de celle du groupe (répondez avec `confiance assess`)";
        group_against: "Your view ({date}) against {group}'s, the median of {n} answers:",
            "Votre point de vue ({date}) face à celui de {group}, médiane de {n} réponses\u{a0}:";
        col_you: "You", "Vous";
        col_spread: "Spread", "Étendue";
        col_gap: "Gap", "Écart";
        group_no_gap: "No gap larger than two answers moving one step: your view and the group's are about the same.",
            "Aucun écart plus grand que deux réponses d’un cran\u{a0}: votre point de vue et celui du groupe sont à peu près les mêmes.";
        group_blind: "Blind spots, where you see more trust than the group: {names}",
            "Angles morts, là où vous voyez plus de confiance que le groupe\u{a0}: {names}";
        group_hidden: "Hidden strengths, where the group sees more trust than you: {names}",
            "Forces cachées, là où le groupe voit plus de confiance que vous\u{a0}: {names}";
        /// `export --format csv` of a space that has invitations.
        export_leaves_out: "this CSV holds the assessments' scores only, not the invitations nor the groups' answers (a full backup is `confiance export --format json`)",
            "ce CSV ne contient que les scores des évaluations, ni les invitations ni les réponses des groupes (une sauvegarde complète, c’est `confiance export --format json`)";
        // `trend --group`
        trend_group_title: "{group}'s view of {subject} over time (the median of its answers each time it was asked):",
            "Le point de vue de {group} sur {subject} au fil du temps (la médiane de ses réponses à chaque invitation)\u{a0}:";
        col_asked: "Asked", "Demandé le";
        trend_withheld: "withheld: {minimum} answers needed", "masqué\u{a0}: il faut {minimum} réponses";
        reopened_now: "Invitation {id} open again: its answers are taken again.",
            "Invitation {id} rouverte\u{a0}: ses réponses sont de nouveau acceptées.";
        closed_now: "Invitation {id} closed: answers to it are refused from now on.",
            "Invitation {id} close\u{a0}: les réponses qui lui arrivent sont désormais refusées.";
        // `invite --again` in a data folder the invitation was restored into
        again_elsewhere: "invitation {id} was made in another data folder (this one does not have the key its form's secret came from): the forms already sent still work, but a new form needs a new invitation (confiance invite)",
            "l’invitation {id} a été faite dans un autre dossier de données (celui-ci n’a pas la clé d’où vient le secret de son formulaire)\u{a0}: les formulaires déjà envoyés fonctionnent toujours, mais un nouveau formulaire demande une nouvelle invitation (confiance invite)";

        // The JSON backup: `export --format json` and `import` of its invitations and groups' answers
        /// After `Exported … to PATH`.
        exported_backup: "The backup also holds the invitations ({invitations}) and the groups' answers ({answers}).",
            "La sauvegarde contient aussi les invitations ({invitations}) et les réponses des groupes ({answers}).";
        /// After `PATH: `: an answer of a group `export` cannot score.
        backup_left_out: "left out of the backup: {why}", "laissée hors de la sauvegarde\u{a0}: {why}";
        /// Before a message about one marked element of a JSON export (after `PATH: `).
        backup_element: "element #{n}: {message}", "élément nº\u{a0}{n}\u{a0}: {message}";
        backup_unknown_kind: "its `kind` is not one this version knows (invitation, group_answer): a backup from a newer version?",
            "son `kind` n’est pas l’un de ceux que cette version connaît (invitation, group_answer)\u{a0}: une sauvegarde d’une version plus récente\u{202f}?";
        backup_no_invitation: "an answer of a group whose invitation {id} is neither in this space nor in the file",
            "une réponse d’un groupe dont l’invitation {id} n’est ni dans cet espace ni dans le fichier";
        backup_not_group: "an answer of a group, but invitation {id} is not a group's",
            "une réponse d’un groupe, mais l’invitation {id} n’est pas celle d’un groupe";
        backup_not_fitting: "an answer of a group that does not fit its invitation {id} (another subject, group, questionnaire, version, language or side, or no `completed` date)",
            "une réponse d’un groupe qui ne correspond pas à son invitation {id} (autre sujet, groupe, questionnaire, version, langue ou côté, ou pas de date `completed`)";
        backup_invalid_answer: "an answer of a group that its questionnaire refuses: {why}",
            "une réponse d’un groupe que son questionnaire refuse\u{a0}: {why}";
        backup_not_counted: "an answer of a group that its invitation {id} does not count (its id is not one its `answers` list gives)",
            "une réponse d’un groupe que son invitation {id} ne compte pas (son identifiant n’est pas l’un de ceux que donne sa liste `answers`)";
        backup_overrides: "its invitations and groups' answers ({n}) cannot take --subject nor --respondent, which rename assessments only: import this file without them",
            "ses invitations et réponses de groupes ({n}) ne peuvent pas prendre --subject ni --respondent, qui ne renomment que des évaluations\u{a0}: importez ce fichier sans eux";
        /// After `PATH: element #N: `.
        invitation_differs: "refused: this space already has invitation {id}, with different content",
            "refusée\u{a0}: cet espace a déjà l’invitation {id}, avec un contenu différent";
        /// After `PATH: element #N: `.
        group_answer_differs: "refused: this space already has this answer of a group ({id}), with different content",
            "refusée\u{a0}: cet espace a déjà cette réponse d’un groupe ({id}), avec un contenu différent";
        invitation_restored: "restored: {file}, invitation {id} ({subject}) → {saved}",
            "restaurée\u{a0}: {file}, invitation {id} ({subject}) → {saved}";
        invitation_already: "already there: {file}, invitation {id} ({subject})",
            "déjà présente\u{a0}: {file}, invitation {id} ({subject})";
        group_answer_restored: "restored: {file}, one answer of {group} about {subject} → {saved}",
            "restaurée\u{a0}: {file}, une réponse de {group} sur {subject} → {saved}";
        group_answer_already: "already there: {file}, one answer of {group} about {subject}",
            "déjà présente\u{a0}: {file}, une réponse de {group} sur {subject}";
        /// `import -v`'s line about a backup, each count as `1 restored, 2 already there`.
        backup_counts: "invitations: {invitations}; groups' answers: {answers}",
            "invitations\u{a0}: {invitations}\u{202f}; réponses des groupes\u{a0}: {answers}";
        restored_one: "{n} restored", "{n} restaurée";
        restored_many: "{n} restored", "{n} restaurées";
    }
}
