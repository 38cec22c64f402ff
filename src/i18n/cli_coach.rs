//! What the commands of a coach's practice print: client spaces (`clients`, `--client`,
//! `forget --client`), who answered, check-ins (`due`, `cadence`, `list`'s due column),
//! drafts, notes and intentions (`show`, `trend`), and `config set`.

crate::strings! {
    /// The sentences of client spaces, check-ins, drafts, notes and intentions.
    pub(crate) CliCoach {
        // Client spaces
        /// No other client is ever named: the screen may be shared.
        no_client: "no client {name} (see `confiance clients`; to create one: `confiance --client NAME assess SUBJECT`)",
            "aucun client {name} (voir `confiance clients`\u{202f}; pour en créer un\u{a0}: `confiance --client NOM assess SUJET`)";
        client_ambiguous: "{name} could be several clients, written alike: {names}; give the name exactly as written",
            "{name} peut désigner plusieurs clients, écrits de façon semblable\u{a0}: {names}\u{202f}; indiquez le nom exactement tel qu’il est écrit";
        new_client: "new client {name}: their space is made", "nouveau client {name}\u{a0}: son espace est créé";
        /// `--client ""` or a name of spaces and invisible characters.
        client_name_blank: "--client needs a name: this one is empty (or only spaces and invisible characters); without --client you work in your own space",
            "--client attend un nom\u{a0}: celui-ci est vide (ou ne contient que des espaces et des caractères invisibles)\u{202f}; sans --client, vous travaillez dans votre propre espace";
        client_folder: "client's folder: {path}", "dossier du client\u{a0}: {path}";
        no_clients: "No clients yet. Start one with `confiance --client NAME assess SUBJECT`, or `confiance --client NAME`.",
            "Aucun client pour l’instant. Pour en créer un, `confiance --client NOM assess SUJET` ou `confiance --client NOM`.";
        head_client: "CLIENT", "CLIENT";
        head_subjects: "SUBJECTS", "SUJETS";
        /// In `due`'s client column, for your own space.
        your_space: "(you)", "(vous)";
        forget_what: "say what to forget: a SUBJECT, or --client NAME for a whole client",
            "précisez quoi oublier\u{a0}: un SUJET, ou --client NOM pour tout un client";
        deletes_client_one: "This deletes the space of client {name}: {n} file:",
            "Ceci supprime l’espace du client {name}\u{a0}: {n} fichier\u{a0}:";
        deletes_client_many: "This deletes the space of client {name}: {n} files:",
            "Ceci supprime l’espace du client {name}\u{a0}: {n} fichiers\u{a0}:";
        deleted_client_one: "Deleted the space of client {name} ({n} file).",
            "Espace du client {name} supprimé ({n} fichier).";
        deleted_client_many: "Deleted the space of client {name} ({n} files).",
            "Espace du client {name} supprimé ({n} fichiers).";
        /// After `PATH: `.
        client_folder_left: "{path} is still there: something was added to it meanwhile",
            "{path} est toujours là\u{a0}: quelque chose y a été ajouté entre-temps";
        /// After `FOLDER: `, in `check`.
        client_forget_interrupted: "what an interrupted `forget --client` of {name} left: `check --fix` or `confiance forget --client {name}` finishes it",
            "ce qu’a laissé un `forget --client` interrompu de {name}\u{a0}: `check --fix` ou `confiance forget --client {name}` le termine";
        /// After `PATH: `, in `check --fix`.
        removed_forgotten: "removed: left by an interrupted `forget --client`",
            "supprimé\u{a0}: laissé par un `forget --client` interrompu";
        own_file: "the space's own settings", "les réglages de l’espace";

        // Names
        spellings_collide: "{name} is written several ways in this space: {names}; give one exactly as written",
            "{name} est écrit de plusieurs façons dans cet espace\u{a0}: {names}\u{202f}; indiquez-en une exactement telle qu’elle est écrite";
        /// `export --respondent` without `--subject`.
        no_assessment_from: "no assessment from respondent {name}", "aucune évaluation du répondant {name}";
        /// `list`'s score when it is not the owner's: "58 (Bob)".
        overall_of: "{score} ({who})", "{score} ({who})";

        // Check-ins
        head_due: "DUE", "ÉCHÉANCE";
        due_today: "due today", "à faire aujourd’hui";
        due_late_one: "due, {n} day late", "à faire, {n} jour de retard";
        due_late_many: "due, {n} days late", "à faire, {n} jours de retard";
        due_in_one: "in {n} day", "dans {n} jour";
        due_in_many: "in {n} days", "dans {n} jours";
        head_late: "LATE", "RETARD";
        late_one: "{n} day", "{n} jour";
        late_many: "{n} days", "{n} jours";
        nothing_due: "Nothing is due: every check-in is within its cadence.",
            "Aucun point n’est à faire\u{a0}: tous les sujets sont à jour.";
        cadence_every_one: "{name}: a check-in every week", "{name}\u{a0}: un point chaque semaine";
        cadence_every_many: "{name}: a check-in every {n} weeks", "{name}\u{a0}: un point toutes les {n} semaines";
        cadence_off: "{name}: no check-ins", "{name}\u{a0}: pas de point prévu";
        cadence_own: "its own cadence", "son propre rythme";
        cadence_from_config: "cadence_weeks of the config file", "cadence_weeks du fichier de configuration";
        cadence_from_default: "the default", "le rythme par défaut";
        next_check_in: "Next check-in: {date}", "Prochain point\u{a0}: {date}";
        bad_weeks: "{value} is not a cadence: give a number of weeks from 1 to {max}, `off` or `default`",
            "{value} n’est pas un rythme\u{a0}: indiquez un nombre de semaines de 1 à {max}, `off` ou `default`";
        cannot_write_cadence: "cannot write {path}: {reason}", "impossible d’écrire {path}\u{a0}: {reason}";

        // Drafts
        no_drafts: "No drafts.", "Aucun brouillon.";
        no_own_drafts_one: "No drafts in your space; {n} in clients' spaces: see it with --client NAME drafts",
            "Aucun brouillon dans votre espace\u{202f}; {n}\u{a0}dans les espaces des clients\u{a0}: pour le voir, --client NOM drafts";
        no_own_drafts_many: "No drafts in your space; {n} in clients' spaces: see them with --client NAME drafts",
            "Aucun brouillon dans votre espace\u{202f}; {n}\u{a0}dans les espaces des clients\u{a0}: pour les voir, --client NOM drafts";
        client_drafts_one: "{n} draft in clients' spaces: see it with --client NAME drafts",
            "{n}\u{a0}brouillon dans les espaces des clients\u{a0}: pour le voir, --client NOM drafts";
        client_drafts_many: "{n} drafts in clients' spaces: see them with --client NAME drafts",
            "{n}\u{a0}brouillons dans les espaces des clients\u{a0}: pour les voir, --client NOM drafts";
        head_started: "STARTED", "COMMENCÉ";
        head_answered: "ANSWERED", "RÉPONSES";
        head_open: "OPEN", "OUVERT";
        open_elsewhere: "in another window", "dans une autre fenêtre";

        // Notes and intentions
        notes_title: "Notes", "Notes";
        notes_hidden_by_config: "Notes hidden on screen (hide_notes in the config file; h on the full screen): --notes prints them.",
            "Notes masquées à l’écran (hide_notes dans le fichier de configuration, h sur l’écran complet)\u{a0}: --notes les affiche.";
        session_note: "On the whole session:", "Sur l’ensemble de la séance\u{a0}:";
        previous_intention: "Last time's intention: {text}", "Intention de la dernière fois\u{a0}: {text}";
        followed: "Followed: {answer}", "Suivie\u{a0}: {answer}";
        followed_yes: "yes", "oui";
        followed_partly: "partly", "en partie";
        followed_no: "no", "non";
        followed_unsaid: "not said", "non précisé";
        intention: "Intention for next time: {text}", "Intention pour la prochaine fois\u{a0}: {text}";
        intentions_title: "Intentions", "Intentions";
        head_intention: "INTENTION", "INTENTION";
        head_followed: "FOLLOWED", "SUIVIE";

        // `config set` and `config unset`
        not_set: "not set", "non défini";
        config_set: "{key} = {value} written in {path}", "{key} = {value} écrit dans {path}";
        config_unset: "{key} removed from {path}", "{key} retiré de {path}";
        config_unchanged: "{key} is not in {path}: nothing to remove", "{key} n’est pas dans {path}\u{a0}: rien à retirer";
        cannot_write_config: "cannot write {path}: {reason}", "impossible d’écrire {path}\u{a0}: {reason}";
        bad_lang: "lang must be en or fr (also written fr-FR, fr_FR.UTF-8)",
            "lang doit valoir en ou fr (ou s’écrire fr-FR, fr_FR.UTF-8)";
        bad_name: "name must not be empty", "name ne doit pas être vide";
        bad_hide_notes: "hide_notes must be true or false", "hide_notes doit valoir true ou false";
        bad_cadence_weeks: "cadence_weeks must be a whole number of weeks from 1 to {max}",
            "cadence_weeks doit être un nombre entier de semaines, de 1 à {max}";
        bad_group_minimum: "group_minimum must be a whole number of answers from 3 to 1000",
            "group_minimum doit être un nombre entier de réponses, de 3 à 1000";
        questionnaire_not_here: "there is no questionnaire `{id}` yet (see `confiance questionnaire list`): new assessments use {default} until there is one",
            "il n’y a pas encore de questionnaire `{id}` (voir `confiance questionnaire list`)\u{a0}: les nouvelles évaluations utilisent {default} en attendant";
        bad_color: "color must be auto, always or never", "color doit valoir auto, always ou never";
        bad_questionnaire: "questionnaire must be a questionnaire's id (lowercase letters, digits, -), such as trust or community",
            "questionnaire doit être l’identifiant d’un questionnaire (minuscules, chiffres, -), comme trust ou community";
    }
}
