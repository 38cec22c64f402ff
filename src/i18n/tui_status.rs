//! The messages of the interactive screens: what happened when saving, resuming or filing, shown
//! on the status line (and the one printed when the program ends on its own).

crate::strings! {
    /// The status line's messages.
    pub TuiStatus {
        saved: "Saved.", "Enregistré.";
        typed: "Typed: {digits}… (Enter confirms)", "Saisi\u{a0}: {digits}… (Entrée confirme)";
        not_on_scale: "Not on the scale: type a number from {min} to {max}.",
            "Pas sur l’échelle\u{a0}: tapez un nombre de {min} à {max}.";
        choose_first: "Choose a point first: type its number, or ← → then Enter.",
            "Choisissez d’abord un point\u{a0}: tapez son numéro, ou ← → puis Entrée.";
        /// `{then}` is `then_leave` or `then_retry`.
        save_failed: "Could not save: {reason}. Your answers are kept here; {then}.",
            "Impossible d’enregistrer\u{a0}: {reason}. Vos réponses restent ici\u{202f}; {then}.";
        then_leave: "Esc again leaves without saving", "Échap de nouveau pour partir sans enregistrer";
        then_retry: "saving is tried again with each change",
            "l’enregistrement sera retenté à chaque modification";
        assessment_saved: "Assessment saved.", "Évaluation enregistrée.";
        saved_unconfirmed: "Assessment saved, but the disk did not confirm it ({reason}): check the disk.",
            "Évaluation enregistrée, mais le disque ne l’a pas confirmé ({reason})\u{a0}: vérifiez le disque.";
        four_at_most: "Four assessments at most: untick one first.",
            "Quatre évaluations au plus\u{a0}: décochez-en une d’abord.";
        no_draft: "No draft to resume here: press a for a new assessment.",
            "Aucun brouillon à reprendre ici\u{a0}: appuyez sur a pour une nouvelle évaluation.";
        resumed_one: "Resumed draft from {started}: {n} of {total} answered",
            "Brouillon du {started} repris\u{a0}: {n} réponse sur {total}";
        resumed_many: "Resumed draft from {started}: {n} of {total} answered",
            "Brouillon du {started} repris\u{a0}: {n} réponses sur {total}";
        busy_new: "The draft for {subject} is open in another window: this is a new one.",
            "Le brouillon sur {subject} est ouvert dans une autre fenêtre\u{a0}: celui-ci est nouveau.";
        draft_busy: "This draft is open in another window: finish or leave it there first.",
            "Ce brouillon est ouvert dans une autre fenêtre\u{a0}: terminez-le ou quittez-le d’abord là-bas.";
        draft_gone: "This draft no longer exists (it was deleted).",
            "Ce brouillon n’existe plus (il a été supprimé).";
        draft_unreadable: "This draft can no longer be read: see `confiance check`.",
            "Ce brouillon ne peut plus être lu\u{a0}: voyez `confiance check`.";
        already_saved: "This draft's assessment was already saved (the draft outlived an interrupted save): the draft is removed.",
            "L’évaluation de ce brouillon était déjà enregistrée (le brouillon a survécu à un enregistrement interrompu)\u{a0}: le brouillon est supprimé.";
        draft_deleted: "This draft was deleted in another window (confiance forget); nothing more is saved.",
            "Ce brouillon a été supprimé dans une autre fenêtre (confiance forget)\u{202f}; plus rien n’est enregistré.";
        unknown_questionnaire: "Unknown questionnaire `{id}`.", "Questionnaire inconnu\u{a0}: `{id}`.";
        notes_hidden: "Note texts are hidden (remembered).", "Le texte des notes est masqué (c’est retenu).";
        notes_shown: "Note texts are shown (remembered).", "Le texte des notes est affiché (c’est retenu).";
        select_a_draft: "Select a draft to discard it.", "Choisissez un brouillon pour le supprimer.";
        one_view: "Only one view of this subject so far.", "Un seul point de vue sur ce sujet pour l’instant.";
        other_questionnaire: "That one was made with another questionnaire: it does not compare with those ticked.",
            "Celle-ci vient d’un autre questionnaire\u{a0}: elle ne se compare pas à celles cochées.";
        intention_saved: "Intention saved.", "Intention enregistrée.";
        note_saved: "Note saved.", "Note enregistrée.";
        discarded: "Draft discarded.", "Brouillon supprimé.";
        /// Printed in the shell when the program ends on a draft (`{command}` resumes it).
        farewell_draft_one: "Draft saved ({n} of {total} answered). Resume: {command}",
            "Brouillon enregistré ({n} réponse sur {total}). Pour reprendre\u{a0}: {command}";
        farewell_draft_many: "Draft saved ({n} of {total} answered). Resume: {command}",
            "Brouillon enregistré ({n} réponses sur {total}). Pour reprendre\u{a0}: {command}";
        /// Printed in the shell when the program ends after an assessment was filed.
        farewell_filed: "Assessment saved: {subject}, {date}. See it again: {command}",
            "Évaluation enregistrée\u{a0}: {subject}, {date}. Pour la revoir\u{a0}: {command}";
        name_saved: "Your name is kept in the config file.", "Votre nom est gardé dans le fichier de configuration.";
        name_not_saved: "Your name could not be kept in the config file ({reason}): it is used for this session only.",
            "Votre nom n’a pas pu être gardé dans le fichier de configuration ({reason})\u{a0}: il ne vaut que pour cette séance.";
        no_config_folder: "no config folder is known", "aucun dossier de configuration n’est connu";
        not_discarded: "Could not discard the draft: {reason}.", "Impossible de supprimer le brouillon\u{a0}: {reason}.";
        not_amended: "Could not save it in the assessment: {reason}.",
            "Impossible de l’enregistrer dans l’évaluation\u{a0}: {reason}.";
        setting_not_saved: "Could not remember it in the config file: {reason}.",
            "Impossible de le retenir dans le fichier de configuration\u{a0}: {reason}.";
        client_ambiguous: "Clients with look-alike names ({names}): open one with `confiance --client` and its exact name.",
            "Des clients ont des noms semblables ({names})\u{a0}: ouvrez-en un avec `confiance --client` et son nom exact.";
        client_not_made: "Could not open the client's space: {reason}.",
            "Impossible d’ouvrir l’espace du client\u{a0}: {reason}.";
        not_locked: "This draft could not be locked ({reason}): another window could open it too.",
            "Ce brouillon n’a pas pu être verrouillé ({reason})\u{a0}: une autre fenêtre pourrait l’ouvrir aussi.";
        draft_not_removed: "Assessment saved, but its draft could not be removed ({reason}): discard it from the home screen.",
            "Évaluation enregistrée, mais son brouillon n’a pas pu être supprimé ({reason})\u{a0}: supprimez-le depuis l’accueil.";
        not_saved_on_exit: "The draft could not be saved on the way out: {reason}.",
            "Le brouillon n’a pas pu être enregistré en partant\u{a0}: {reason}.";
        need_terminal: "the interactive screens need a terminal (stdin and stdout must be a terminal); \
            for scripts, use `confiance list`, `show`, `export` or `import`",
            "les écrans interactifs demandent un terminal (stdin et stdout doivent en être un)\u{202f}; \
            pour un script, utilisez `confiance list`, `show`, `export` ou `import`";
    }
}
