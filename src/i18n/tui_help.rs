//! The help overlay (`?`) of each screen: every key with what it does, in full sentences.

crate::strings! {
    /// The help overlay's frame and its explanations, screen by screen.
    pub TuiHelp {
        title: "Keys", "Touches";
        closes: "? or Esc closes", "? ou Échap pour fermer";

        // Home
        home_select: "select a subject or a draft", "choisir un sujet ou un brouillon";
        home_open: "open a client, a subject's latest results, or a draft",
            "ouvrir un client, les derniers résultats d’un sujet, ou un brouillon";
        home_new: "start a new assessment", "commencer une nouvelle évaluation";
        home_resume: "resume the selected draft", "reprendre le brouillon choisi";
        home_discard: "discard the selected draft (asks first)",
            "supprimer le brouillon choisi (demande d’abord)";
        home_client: "a new client, in a space of their own", "un nouveau client, dans un espace à part";
        home_back: "back to your own space from a client's, else quit",
            "revenir à votre espace depuis celui d’un client, sinon quitter";
        quit: "quit", "quitter";

        // A question
        digit: "answer with that point of the scale and go on",
            "répondre avec ce point de l’échelle et continuer";
        azerty: "the digits of a French (AZERTY) keyboard, unshifted",
            "les chiffres d’un clavier AZERTY, sans Maj";
        highlight: "move the highlight along the scale", "déplacer la sélection sur l’échelle";
        answer_highlighted: "answer with the highlighted point", "répondre avec le point sélectionné";
        dont_know: "answer “don't know / doesn't apply”: never counted in a score",
            "répondre «\u{202f}je ne sais pas / ne s’applique pas\u{202f}»\u{a0}: jamais compté dans un score";
        note_question: "write a note on this question", "écrire une note sur cette question";
        back_one: "back one question", "revenir à la question précédente";
        forward: "forward to a question already answered",
            "avancer jusqu’à une question qui a déjà une réponse";
        leave_question: "save the draft and leave: nothing is lost",
            "enregistrer le brouillon et partir\u{a0}: rien n’est perdu";

        // The review
        review_select: "select an item",
            "choisir une question";
        review_edit: "change the selected answer", "modifier la réponse choisie";
        review_note: "write a note on the selected item", "écrire une note sur la question choisie";
        review_save: "save the assessment and see the results",
            "enregistrer l’évaluation et voir les résultats";
        review_back: "back to the last question", "revenir à la dernière question";
        leave_review: "save the draft and leave", "enregistrer le brouillon et partir";
        session_note: "write the note on the whole session", "écrire la note sur toute la séance";
        hide_notes: "hide or show every note's text (remembered)",
            "masquer ou afficher le texte des notes (c’est retenu)";

        // The note editor
        note_save: "save the note", "enregistrer la note";
        note_newline: "start a new line", "aller à la ligne";
        note_clear: "clear the note", "effacer la note";
        note_undo: "undo, redo", "annuler, rétablir";
        note_cancel: "cancel (asks first if you changed the note)",
            "fermer sans enregistrer (demande d’abord si la note a changé)";

        // Results
        results_step: "the same respondent's previous or next assessment",
            "l’évaluation précédente ou suivante du même répondant";
        results_view: "another respondent's view", "le point de vue d’un autre répondant";
        results_ladder: "the whole ladder of collaboration, your stage marked (l or Esc comes back)",
            "l’échelle de collaboration entière, votre étape marquée (l ou Échap pour revenir)";
        results_scroll: "scroll the scores, notes and intentions",
            "faire défiler scores, notes et intentions";
        results_intention: "the intention: what I will do before next time",
            "l’intention\u{a0}: ce que je ferai d’ici la prochaine fois";
        results_trends: "trends: the scores over time", "tendances\u{a0}: les scores au fil du temps";
        results_compare: "compare: then vs now, my view vs theirs",
            "comparer\u{a0}: avant et maintenant, mon point de vue et le leur";
        back: "back", "retour";

        // Last time's intention
        followed_yes: "it was followed", "elle a été suivie";
        followed_partly: "it was partly followed", "elle a été suivie en partie";
        followed_no: "it was not followed", "elle n’a pas été suivie";
        followed_skip: "skip the question", "passer la question";
        followed_leave: "leave: nothing is saved yet", "partir\u{a0}: rien n’est encore enregistré";

        // Trends
        trends_dimension: "choose the dimension drawn with the overall score",
            "choisir la dimension tracée avec le score global";
        trends_all: "draw all the dimensions, or only one", "tracer toutes les dimensions, ou une seule";
        trends_compare: "compare assessments", "comparer des évaluations";
        back_to_results: "back to the results", "revenir aux résultats";

        // Compare
        compare_move: "move in the list of assessments", "se déplacer dans la liste des évaluations";
        compare_tick: "tick or untick one (four at most)",
            "cocher ou décocher une évaluation (quatre au plus)";
        compare_scroll: "scroll the radar, the table and the gaps when they do not fit",
            "faire défiler le radar, le tableau et les écarts quand ils ne tiennent pas";
        compare_trends: "trends", "voir les tendances";
    }
}
