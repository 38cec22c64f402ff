//! The plain line mode's words: the questions asked one line at a time, the review, and what
//! is said when the input ends early. The letters typed (s, b, n, q) are the same in both;
//! p (passer) and r (revenir), a French speaker's letters, are taken too.

crate::strings! {
    /// The plain line mode (`assess --plain`, `ACCESSIBLE=1`, `TERM=dumb`, a pipe).
    pub(crate) PlainText {
        question_of: "Question {n} of {total}: {dimension} ({group})",
            "Question {n} sur {total}\u{a0}: {dimension} ({group})";
        question_outcome: "Question {n} of {total}: {title}", "Question {n} sur {total}\u{a0}: {title}";
        scale_title: "Answer each statement on this scale:", "Répondez à chaque affirmation sur cette échelle\u{a0}:";
        prompt: "{min}-{max}, s don't know, b back, n note, q save and stop, ? help",
            "{min}-{max}, s je ne sais pas, b revenir, n note, q enregistrer et arrêter, ?\u{a0}aide";
        prompt_short: "{min}-{max}, or ? for the other keys", "{min}-{max}, ou ?\u{a0}pour les autres touches";
        help: "Type a number from {min} to {max} and Enter to answer. s answers \
            “don't know / doesn't apply” (it never counts in a score), \
            b goes back to the previous one, n followed by some text keeps a note with the \
            question, q saves a draft and stops. An empty line is not an answer (back on a question \
            already answered, it keeps that answer).",
            "Tapez un nombre de {min} à {max} puis Entrée pour répondre. s répond \
            «\u{202f}je ne sais pas / ne s’applique pas\u{202f}» (cela ne compte dans aucun score), \
            b revient à la précédente, n suivi d’un texte garde une note avec la question, \
            q enregistre un brouillon et s’arrête. Une ligne vide n’est pas une réponse (sur une \
            question qui a déjà une réponse, elle la garde).";
        empty: "Nothing typed: type a number from {min} to {max}, or s for don't know (? for help).",
            "Rien de tapé\u{a0}: tapez un nombre de {min} à {max}, ou s pour je ne sais pas (?\u{a0}pour l’aide).";
        invalid: "Not understood: type a number from {min} to {max}, s, b, n <text>, q or ?.",
            "Pas compris\u{a0}: tapez un nombre de {min} à {max}, s, b, n <texte>, q ou ?.";
        out_of_scale: "{value} is not on the scale: type a number from {min} to {max}.",
            "{value} n’est pas sur l’échelle\u{a0}: tapez un nombre de {min} à {max}.";
        first: "This is the first question: nothing before it.",
            "C’est la première question\u{a0}: rien avant.";
        note_needs_text: "Type the note after n, on the same line: n <text>.",
            "Tapez la note après n, sur la même ligne\u{a0}: n <texte>.";
        note_kept: "Note kept.", "Note gardée.";
        answer_now: "Answer so far: {answer}; an empty line keeps it.",
            "Réponse actuelle\u{a0}: {answer}\u{202f}; une ligne vide la garde.";
        note_now: "Note: {note}", "Note\u{a0}: {note}";
        review: "Review", "Relecture";
        /// One line of the review: the statement, then its answer said in words (a dash
        /// between them is read aloud as noise).
        review_answer: "{text} Answer: {answer}.", "{text} Réponse\u{a0}: {answer}.";
        review_prompt: "Empty line: save. A number from 1 to {total}: change that answer. b back, q save and stop.",
            "Ligne vide\u{a0}: enregistrer. Un nombre de 1 à {total}\u{a0}: changer cette réponse. b revenir, q enregistrer et arrêter.";
        review_no_such: "There is no question {n}: type a number from 1 to {total}, or an empty line to save.",
            "Il n’y a pas de question {n}\u{a0}: tapez un nombre de 1 à {total}, ou une ligne vide pour enregistrer.";
        review_invalid: "Not understood: an empty line saves, a number from 1 to {total} changes that answer.",
            "Pas compris\u{a0}: une ligne vide enregistre, un nombre de 1 à {total} change cette réponse.";
        resumed: "Resuming the draft from {started}: {n} of {total} answered.",
            "Reprise du brouillon du {started}\u{a0}: {n}\u{a0}réponses sur {total}.";
        busy_new: "The draft for {subject} is open elsewhere: this is a new one.",
            "Le brouillon sur {subject} est ouvert ailleurs\u{a0}: celui-ci est nouveau.";
        interrupted: "Stopped. Every answer given is kept in the draft. Resume: {command}",
            "Arrêt demandé. Chaque réponse donnée est gardée dans le brouillon. Pour reprendre\u{a0}: {command}";
        nothing_saved: "nothing answered, nothing saved", "aucune réponse, rien n’est enregistré";
        draft_failed: "could not save the draft: {reason}", "impossible d’enregistrer le brouillon\u{a0}: {reason}";
        saved: "Assessment saved.", "Évaluation enregistrée.";
        save_failed: "could not save the assessment: {reason}; the answers stay in the draft (`{command}`)",
            "impossible d’enregistrer l’évaluation\u{a0}: {reason}\u{202f}; les réponses restent dans le brouillon (`{command}`)";
        where_to_start: "Where to start", "Par où commencer";
        follow_prompt: "y yes, p partly, n no; an empty line skips", "o oui, p en partie, n non\u{202f}; une ligne vide passe";
        follow_noted: "Noted: {followed}.", "C’est noté\u{a0}: {followed}.";
        follow_invalid: "Not understood: y, p, n, or an empty line.", "Pas compris\u{a0}: o, p, n, ou une ligne vide.";
        /// Results read aloud: a value after its name, so a line read alone says what it is.
        cell: "{name}: {value}", "{name}\u{a0}: {value}";
        /// The first line of results: the subject, whose view, when, the questionnaire.
        compared: "Compared: {views}.", "Comparaison\u{a0}: {views}.";
        note_said: "Note: {note}", "Note\u{a0}: {note}";
        scores_scale: "Scores run from 0 to 100: the higher, the more trust.",
            "Les scores vont de 0 à 100\u{a0}: plus le score est haut, plus la confiance est grande.";
        results_heading: "{subject}: {title}, answered by {respondent} on {date}.",
            "{subject}\u{a0}: {title}, réponses données par {respondent} le {date}.";
        /// A break in time between two rows of `trend`.
        gap_said: "Then {length} without an assessment.", "Puis {length} sans évaluation.";
        /// One dimension's score in words.
        score_one: "{dimension}: {score}, {n} of {total} statements answered",
            "{dimension}\u{a0}: {score}, {n} réponse sur {total}";
        score_many: "{dimension}: {score}, {n} of {total} statements answered",
            "{dimension}\u{a0}: {score}, {n} réponses sur {total}";
        /// The plain mode's menu: `confiance --plain` with no command.
        menu_title: "What would you like to do? Type a number:",
            "Que voulez-vous faire\u{202f}? Tapez un nombre\u{a0}:";
        menu_assess: "Assess a subject", "Évaluer un sujet";
        menu_resume: "Resume a draft", "Reprendre un brouillon";
        menu_show: "See a subject's results", "Voir les résultats d’un sujet";
        menu_trend: "See a subject's trend over time", "Voir l’évolution d’un sujet dans le temps";
        menu_compare: "Compare a subject's views", "Comparer les points de vue sur un sujet";
        menu_quit: "Quit", "Quitter";
        pick_comparison: "Which comparison? Type a number; an empty line goes back:",
            "Quelle comparaison\u{202f}? Tapez un nombre\u{202f}; une ligne vide revient au menu\u{a0}:";
        compare_sides: "Your view and the other side's", "Votre point de vue et celui de l’autre partie";
        compare_then_now: "Your last two assessments: then and now", "Vos deux dernières évaluations\u{a0}: avant et maintenant";
        menu_invalid: "Not understood: type a number from 1 to {total}.",
            "Pas compris\u{a0}: tapez un nombre de 1 à {total}.";
        ask_subject: "The subject's name (a person, a team); an empty line goes back:",
            "Le nom du sujet (une personne, une équipe)\u{202f}; une ligne vide revient au menu\u{a0}:";
        ask_respondent: "Whose view is it? An empty line: yours.",
            "De quel point de vue\u{202f}? Une ligne vide\u{a0}: le vôtre.";
        pick_subject: "Which subject? Type a number; an empty line goes back:",
            "Quel sujet\u{202f}? Tapez un nombre\u{202f}; une ligne vide revient au menu\u{a0}:";
        pick_draft: "Which draft? Type a number; an empty line goes back:",
            "Quel brouillon\u{202f}? Tapez un nombre\u{202f}; une ligne vide revient au menu\u{a0}:";
        /// One draft in the list: whose view, how far, when it was started.
        draft_line: "{subject}, respondent: {respondent}, {n} of {total} answered, started on {started}",
            "{subject}, répondant\u{a0}: {respondent}, {n}\u{a0}réponses sur {total}, commencé le {started}";
        no_subjects: "No assessment yet: choose 1 to assess a subject.",
            "Aucune évaluation pour l’instant\u{a0}: choisissez 1 pour évaluer un sujet.";
        no_drafts: "No draft to resume.", "Aucun brouillon à reprendre.";
        goodbye: "Goodbye.", "Au revoir.";
        /// How far a draft is, in a row of `drafts` read aloud ("2/24" reads as a date).
        of_total: "{n} of {total}", "{n} sur {total}";
    }
}
