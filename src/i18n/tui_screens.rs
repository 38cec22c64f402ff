//! The words of the interactive screens: home, the form, the question, the note editor, the
//! review, results, trends and compare. Keys and help are in `tui_keys`, messages in `tui_status`.

crate::strings! {
    /// What the screens of the TUI say, apart from their keys and messages.
    pub TuiScreens {
        // Home
        /// After the program's name: « confiance dans vos relations de travail » reads as one.
        tagline: "the trust in your working relationships", "dans vos relations de travail";
        /// On home while the store is read in the background (a large store takes a moment).
        home_loading: "Reading the assessments…", "Lecture des évaluations…";
        head_subject: "Subject", "Sujet";
        head_last: "Last", "Dernière";
        /// The latest overall score.
        head_now: "Now", "Score";
        head_trend: "Trend", "Tendance";
        /// Whether a check-in is due: the column, and its mark.
        head_due: "Check-in", "Échéance";
        due_mark: "due", "à faire";
        /// A client with several check-ins due.
        due_many: "{n} due", "{n} à faire";
        /// The home screen's header inside a client's space.
        client_header: "Client: {name}", "Client\u{a0}: {name}";
        head_client: "Client", "Client";
        head_subjects: "Subjects", "Sujets";
        subjects_one: "{n} subject", "{n} sujet";
        subjects_many: "{n} subjects", "{n} sujets";
        assessments_one: "{n} assessment", "{n} évaluation";
        assessments_many: "{n} assessments", "{n} évaluations";
        drafts_title: "Unfinished drafts", "Brouillons en cours";
        draft_line: "{subject} · {respondent} · started {started} · {answered}",
            "{subject} · {respondent} · commencé le {started} · {answered}";
        answered_one: "{n} of {total} answered", "{n} réponse sur {total}";
        answered_many: "{n} of {total} answered", "{n} réponses sur {total}";
        problems_one: "{n} file could not be read: run `confiance check` for details.",
            "{n} fichier illisible\u{a0}: `confiance check` dit pourquoi.";
        problems_many: "{n} files could not be read: run `confiance check` for details.",
            "{n} fichiers illisibles\u{a0}: `confiance check` dit pourquoi.";
        welcome_what: "See the trust in one working relationship: a colleague, a team, a client community.",
            "Voyez où en est la confiance dans une relation de travail\u{a0}: un collègue, une équipe, une communauté de clients.";
        /// `{n}`: how many statements the questionnaire a new assessment uses asks.
        welcome_how: "Answer {n} short questions on the five virtues and three pillars of trust, then see where you stand and how it moves.",
            "Répondez à {n} courtes questions sur les cinq vertus et les trois piliers de la confiance, puis voyez où vous en êtes et comment cela évolue.";
        welcome_private: "Your answers stay on this computer, as plain files.",
            "Vos réponses restent sur cet ordinateur, en simples fichiers.";
        /// `{key}` is drawn as a key.
        welcome_start: "Press {key} to start your first assessment.",
            "Appuyez sur {key} pour commencer votre première évaluation.";

        /// Under the home screen's lists: the open invitations' answers still awaited.
        home_waiting: "Waiting for answers: {names}", "Réponses attendues\u{a0}: {names}";
        /// One awaited answer in that line.
        home_waiting_one: "{who} about {subject}", "{who} sur {subject}";

        // The form
        form_title: "New assessment", "Nouvelle évaluation";
        form_subject_hint: "Who is the relationship with? A person, a team, a community.",
            "Avec qui est cette relation\u{202f}? Une personne, une équipe, une communauté.";
        form_subject: "Subject", "Sujet";
        form_view_hint: "Whose view is this? ←→ chooses.", "Qui répond\u{202f}? ←→ pour choisir.";
        form_view: "View", "Point de vue";
        form_other_side: "the other side", "l’autre partie";
        form_respondent: "Respondent", "Répondant";
        form_owner_hint: "The other side reads your name in its questions.",
            "L’autre partie lit votre nom dans ses questions.";
        form_owner: "Your name", "Votre nom";
        form_remember: "keep it in the config file (Space)",
            "le garder dans le fichier de configuration (Espace)";
        form_questionnaire: "Questionnaire", "Questionnaire";
        /// The form's field for the side answering a questionnaire worded for two sides.
        form_side: "Answering as", "Répond pour";
        /// Above the side, for a questionnaire worded for two sides.
        form_side_hint: "Which side answers? The other side is the subject. ←→ chooses.",
            "Quel côté répond\u{202f}? L’autre côté est le sujet. ←→ pour choisir.";
        /// Under the side: how to name the other side, which the statements call the subject.
        form_side_subject_hint: "Name the subject as a group: “our members”, “the Rust community”, “Acme”.",
            "Nommez le sujet comme un groupe\u{a0}: «\u{202f}nos adhérents\u{202f}», «\u{202f}la communauté Rust\u{202f}», «\u{202f}Acme\u{202f}».";
        form_known_respondents: "Known respondents (↑↓ choose, Tab complete):",
            "Répondants connus (↑↓ choisir, Tab compléter)\u{a0}:";
        form_no_owner: "Type your name: the other side reads it in its questions.",
            "Écrivez votre nom\u{a0}: l’autre partie le lit dans ses questions.";
        form_collides: "This name is written several ways here ({names}): type one of them exactly.",
            "Ce nom s’écrit de plusieurs façons ici ({names})\u{a0}: écrivez l’une d’elles exactement.";
        form_known: "Known subjects (↑↓ choose, Tab complete):",
            "Sujets connus (↑↓ choisir, Tab compléter)\u{a0}:";
        form_no_subject: "Type the name of the person, team or community.",
            "Écrivez le nom de la personne, de l’équipe ou de la communauté.";

        // The question
        question_of: "Question {n} of {total}", "Question {n} sur {total}";
        /// The results' ladder (`l`): its title, and the mark on the stage reached.
        ladder_title: "Ladder of collaboration · {title}", "Échelle de collaboration · {title}";
        ladder_here: "← here, overall {score}", "← ici, score global {score}";
        /// Under the stage on results: `{key}` opens the whole ladder.
        ladder_hint: "{key} shows the whole ladder.", "{key} affiche l’échelle entière.";
        /// The question's header when the other side answers: whose view it is, and of whom
        /// (`{owner}`: the name its statements read). The French puts both names after words
        /// that never elide ("par", "sur"), so it reads right for every name.
        view_of: "{who}'s view of {owner}", "Regard porté par {who} sur {owner}";
        /// The same when no owner's name is known.
        view_by: "{who}'s view", "Regard porté par {who}";
        note_mark: "✎ Note:", "✎ Note\u{a0}:";
        /// A note's text when notes are hidden (`h`).
        note_hidden: "(hidden: h shows it)", "(masquée\u{a0}: h l’affiche)";
        session_note_mark: "✎ Session:", "✎ Séance\u{a0}:";

        // Last time's intention, before the questions
        follow_title: "Last time, the intention was:", "La dernière fois, l’intention était\u{a0}:";
        follow_ask: "Was it followed?", "A-t-elle été suivie\u{202f}?";
        /// `{yes}`, `{partly}`, `{no}` and `{enter}` are drawn as keys.
        follow_keys: "{yes} yes   {partly} partly   {no} no   {enter} skip",
            "{yes} oui   {partly} en partie   {no} non   {enter} passer";
        followed_yes: "followed", "suivie";
        followed_partly: "partly followed", "suivie en partie";
        followed_no: "not followed", "non suivie";
        followed_unsaid: "not said", "non précisé";
        /// An intention the next assessment has not asked about yet.
        followed_pending: "to ask about next time", "à demander la prochaine fois";

        // The note editor
        note_title: "Note on question {n}", "Note sur la question {n}";
        note_title_session: "Note on the whole session", "Note sur toute la séance";
        note_title_intention: "Intention: what I will do before next time",
            "Intention\u{a0}: ce que je ferai d’ici la prochaine fois";
        note_keys: "Enter save · Ctrl-J new line · Esc cancel",
            "Entrée enregistrer · Ctrl-J à la ligne · Échap annuler";
        note_keys_discard: "Esc discard · Enter save", "Échap abandonner · Entrée enregistrer";
        note_too_long: "Notes are limited to {kib} KiB.", "Une note ne peut dépasser {kib} Kio.";
        note_discard: "Discard the changes to this note? Esc discards, Enter saves",
            "Abandonner les modifications\u{202f}? Échap abandonne, Entrée enregistre";
        /// A note or intention on results that could not be written: the text stays.
        note_not_saved: "Not saved: {reason}. Your text is kept here: Enter tries again, Esc leaves it.",
            "Non enregistré\u{a0}: {reason}. Votre texte reste ici\u{a0}: Entrée réessaie, Échap le laisse.";

        // The review
        review_title: "Review", "Relecture";
        /// `{enter}` and `{edit}` are drawn as keys.
        review_counts: "{answered} answered, {skipped} don't know. {enter} saves the assessment; {edit} changes an answer.",
            "Réponses\u{a0}: {answered}, «\u{202f}ne sais pas\u{202f}»\u{a0}: {skipped}. {enter} enregistre, {edit} modifie une réponse.";
        not_answered: "not answered", "sans réponse";
        /// Above the review when the answers as a whole lean one way, reversed statements included;
        /// `{edit}` is drawn as a key.
        review_alike: "⚠ Most answers lean the same way, reversed statements included, as happens when answering by habit: read the ⚠ statements again ({edit} changes an answer).",
            "⚠ La plupart des réponses penchent du même côté, affirmations inversées comprises, comme quand on répond par habitude\u{a0}: relisez les affirmations ⚠ ({edit} modifie une réponse).";
        /// Above the review's list when a reversed statement was answered like the others of
        /// its dimension; `{edit}` is drawn as a key.
        review_look_again: "⚠ A reversed statement answered like the others of its dimension: easy to misread, worth a second look ({edit} changes an answer).",
            "⚠ Affirmation inversée qui a reçu la même réponse que les autres de sa dimension\u{a0}: elle se lit facilement de travers, relisez-la ({edit} modifie une réponse).";

        // Results
        results_title: "Results", "Résultats";
        place: "{n} of {total}", "{n} sur {total}";
        subject_gone: "This subject is no longer in the store.",
            "Ce sujet ne figure plus dans vos données.";
        assessment_gone: "This assessment is no longer in the store.",
            "Cette évaluation ne figure plus dans vos données.";
        where_to_start: "Where to start", "Par où commencer";
        /// The last row of a screen that goes on below.
        more_below: "↓ more: PgDn", "↓ suite\u{a0}: Pg suiv";
        /// Said instead of a radar too small to read; `{size}` is the window that shows it.
        radar_needs_room: "The radar shows in a window of {size} or more; the scores:",
            "Le radar s’affiche dans une fenêtre d’au moins {size}\u{202f}; les scores\u{a0}:";
        /// What the next stage needs, then what it means.
        next_about: "{next}. {about}", "{next}. {about}";
        notes_title: "Notes (h hides them)", "Notes (h les masque)";
        notes_title_hidden: "Notes, hidden (h shows them)", "Notes masquées (h les affiche)";
        intentions_title: "Intentions", "Intentions";
        intention_next: "Before next time: {text}", "D’ici la prochaine fois\u{a0}: {text}";
        /// `{key}` is the key that writes one.
        intention_none: "No intention for next time yet: {key} writes one.",
            "Pas encore d’intention pour la prochaine fois\u{a0}: {key} en écrit une.";

        // Trends
        trends_title: "Trends", "Tendances";
        trends_what: "{subject} · overall and {shown}", "{subject} · score global et {shown}";
        all_dimensions: "all dimensions", "toutes les dimensions";
        trends_need_two: "Trends need two assessments: assess {subject} again in a few weeks to see how the relationship moves.",
            "Une tendance demande deux évaluations\u{a0}: évaluez de nouveau {subject} dans quelques semaines pour voir comment la relation évolue.";
        /// A line of the chart: the respondent's overall score.
        series_overall: "{who} overall", "{who} global";
        head_date: "Date", "Date";
        head_respondent: "Respondent", "Répondant";
        head_overall: "Overall", "Global";
        head_change: "Change", "Évolution";
        trends_apart_one: "{n} assessment made with another questionnaire is left out: they do not compare.",
            "{n} évaluation faite avec un autre questionnaire est laissée de côté\u{a0}: elles ne se comparent pas.";
        trends_apart_many: "{n} assessments made with another questionnaire are left out: they do not compare.",
            "{n} évaluations faites avec un autre questionnaire sont laissées de côté\u{a0}: elles ne se comparent pas.";

        // Compare
        compare_title: "Compare", "Comparer";
        head_gap: "gap", "écart";
        tick_to_compare: "Tick assessments below to compare them.",
            "Cochez ci-dessous les évaluations à comparer.";
        compare_list: "Assessments (Space ticks, four at most)",
            "Évaluations (Espace coche, quatre au plus)";
        no_gap: "No gap larger than two answers moving one step: the views are about the same.",
            "Aucun écart plus grand que deux réponses décalées d’un cran\u{a0}: les points de vue sont à peu près les mêmes.";
        largest_gaps: "Largest gaps", "Plus grands écarts";
        /// One gap in words: "Discretion: you 75, Alice 40".
        gap_line: "{dimension}: {scores}", "{dimension}\u{a0}: {scores}";
        compare_mixed: "These were made with different questionnaires: they do not compare.",
            "Ces évaluations viennent de questionnaires différents\u{a0}: elles ne se comparent pas.";

        // Discarding a draft
        discard_title: "Discard this draft?", "Supprimer ce brouillon\u{202f}?";
        /// `{holds}` is `discard_answers_*`, or `discard_and` when there are notes.
        discard_question: "The draft on {subject} holds {holds}: discarding it deletes them for good.",
            "Le brouillon sur {subject} contient {holds}\u{a0}: le supprimer les efface pour de bon.";
        discard_and: "{answers} and {notes}", "{answers} et {notes}";
        discard_answers_one: "{n} answer", "{n} réponse";
        discard_answers_many: "{n} answers", "{n} réponses";
        discard_notes_one: "{n} note", "{n} note";
        discard_notes_many: "{n} notes", "{n} notes";
        /// `{yes}` is the key that says yes.
        discard_keys: "{yes} discards it · any other key keeps it",
            "{yes} le supprime · toute autre touche le garde";

        // A new client
        new_client_title: "New client", "Nouveau client";
        new_client_hint: "Their name: they get a space of their own, apart from everyone else's.",
            "Son nom\u{a0}: un espace à part lui est réservé, séparé de tous les autres.";
        prompt_enter: "Enter opens it", "Entrée l’ouvre";
        prompt_esc: "Esc cancels", "Échap annule";

        // Any screen
        enlarge: "Please enlarge the terminal to at least {min} (now {now}).",
            "Agrandissez le terminal à {min} au moins (il fait {now}).";
    }
}
