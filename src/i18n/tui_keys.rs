//! The keys of the interactive screens as the key bar names them: the keys that have a name in
//! each language (Enter is « Entrée » on a French keyboard), and what they do, kept short so
//! that a screen's bar fits in 80 columns.

crate::strings! {
    /// Key names and the key bar's actions.
    pub TuiKeys {
        // Keys with a name; letters, arrows, Tab and Ctrl-X are written as they are.
        enter: "Enter", "Entrée";
        esc: "Esc", "Échap";
        space: "Space", "Espace";
        backspace: "Backspace", "Retour arrière";
        digit: "digit", "chiffre";
        up_back: "↑ k Backspace", "↑ k Retour arrière";
        esc_ctrl_c: "Esc Ctrl-C", "Échap Ctrl-C";
        newline_keys: "Ctrl-J Alt-Enter", "Ctrl-J Alt-Entrée";
        e_space: "e Space", "e Espace";
        q_esc: "q Esc", "q Échap";
        space_enter: "Space Enter", "Espace Entrée";
        /// The key that says yes: `y`, « o » for « oui » (both work).
        yes: "y", "o";
        yes_keys: "y o", "o y";
        other_key: "other key", "autre touche";
        scroll_keys: "↑↓ PgUp PgDn Home End", "↑↓ Pg préc Pg suiv Début Fin";
        /// Paging keys without the arrows (compare, where ↑↓ move in the list).
        page_end_keys: "PgUp PgDn Home End", "Pg préc Pg suiv Début Fin";
        /// Home's list: the arrows, vi's keys and the ends.
        select_keys: "↑↓ j k Home End", "↑↓ j k Début Fin";
        /// On results: show the whole ladder, and come back from it.
        ladder: "ladder", "échelle";
        back_to_results: "results", "résultats";

        // What they do, on the key bar.
        select: "select", "choisir";
        results: "results", "résultats";
        new_assessment: "new assessment", "évaluer";
        resume_draft: "resume draft", "reprendre";
        help: "help", "aide";
        quit: "quit", "quitter";
        start: "start", "commencer";
        form_next: "next / start", "suivant";
        form_tab: "complete name / next field", "compléter";
        form_known: "choose a known name", "nom connu";
        clear: "clear", "effacer";
        cancel: "cancel", "annuler";
        answer: "answer", "répondre";
        choose: "pick", "choix";
        dont_know: "don't know", "ne sais pas";
        note: "note", "note";
        /// Esc on a question: the draft is saved, the person can come back to it.
        save_leave: "save & leave", "pause";
        move_question: "move", "aller";
        edit: "edit", "modifier";
        save_assessment: "save the assessment", "enregistrer";
        save_draft_leave: "save draft & leave", "pause";
        earlier_later: "earlier / later", "avant / après";
        trends: "trends", "tendances";
        compare: "compare", "comparer";
        back: "back", "retour";
        dimension: "dimension", "dimension";
        all_dimensions: "all dimensions", "toutes / une";
        move_list: "move", "choisir";
        tick: "tick / untick", "(dé)cocher";
        save_note: "save note", "enregistrer";
        new_line: "new line", "à la ligne";
        close_help: "close help", "fermer l’aide";
        open_client: "open", "ouvrir";
        new_client: "new client", "nouveau client";
        discard: "discard", "supprimer";
        session_note: "session note", "séance";
        /// `n` on results: the note on the session (short: the bar is full).
        results_note: "note", "note";
        other_view: "other view", "autre point de vue";
        intention: "intention", "intention";
        followed_yes: "yes", "oui";
        followed_partly: "partly", "en partie";
        followed_no: "no", "non";
    }
}
