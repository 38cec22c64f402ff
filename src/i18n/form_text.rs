//! The words of the invitation's form: the page the other side opens in a browser, answers and
//! sends back. Holes the page's script fills (`{n}`, `{total}`) are left as written by Rust.

crate::strings! {
    /// The form's headings, sentences, buttons and the script's messages.
    pub(crate) FormText {
        /// The browser tab's title: the questionnaire's title, then who asks.
        page_title: "{title}, for {invited_by}", "{title}, pour {invited_by}";
        /// The facts under the title; each value stands alone after its name.
        asked_by: "From", "De la part de";
        sent_to: "For", "Destinataire";
        /// Shown only when the relationship is not simply the one with who asks.
        about: "About", "Objet";
        about_value: "your relationship with {about}", "votre relation avec {about}";
        time: "Time it takes", "Durée";
        /// About 20 seconds a statement, rounded up to whole minutes.
        time_one: "about 1 minute", "environ 1\u{a0}minute";
        time_many: "about {minutes} minutes for {n} statements",
            "environ {minutes}\u{a0}minutes pour {n}\u{a0}affirmations";
        until: "Answers accepted until", "Réponses acceptées jusqu’au";
        no_wrong: "There are no right or wrong answers: give the first honest one.",
            "Il n’y a pas de bonne ou de mauvaise réponse\u{a0}: donnez la première réponse sincère.";
        private: "Nothing leaves this page unless you send it: your answers stay in this browser until you download them or copy them into a message yourself.",
            "Rien ne quitte cette page sans que vous l’envoyiez\u{a0}: vos réponses restent dans ce navigateur jusqu’à ce que vous les téléchargiez ou les copiiez vous-même dans un message.";
        /// A group's form: one browser may serve several people in turn.
        group: "Each person answers for themselves. If someone else has already filled in this form in this browser, start again at the end of the page first.",
            "Chaque personne répond pour elle-même. Si quelqu’un d’autre a déjà rempli ce formulaire dans ce navigateur, recommencez d’abord depuis le bas de la page.";
        noscript: "This form needs JavaScript to put your answers together. Turn it on for this page, or open the file in another browser.",
            "Ce formulaire a besoin de JavaScript pour rassembler vos réponses. Activez-le pour cette page, ou ouvrez le fichier dans un autre navigateur.";

        statements_title: "The statements", "Les affirmations";
        /// Above each statement, for those who hear the page rather than see it.
        statement_number: "Statement {n} of {total}", "Affirmation {n} sur {total}";
        /// A no-break space keeps the last word with the one before it on a narrow screen.
        dont_know: "Don't know / doesn't apply", "Je ne sais pas / ne s’applique\u{a0}pas";
        add_note: "Add a note", "Ajouter une note";
        /// The folded note's summary once it holds text (which is sent even when folded).
        edit_note: "Edit your note", "Modifier votre note";
        /// Shown under a statement that has an answer: takes it back.
        clear_answer: "Clear this answer", "Retirer cette réponse";
        note_label: "Note on this statement (optional)", "Note sur cette affirmation (facultative)";
        outcomes_title: "Last, what this relationship makes possible",
            "Pour finir, ce que cette relation rend possible";
        outcomes_about: "These last statements are kept apart from the others.",
            "Ces dernières affirmations sont gardées à part des autres.";
        whole_note_title: "A note on the whole", "Une note sur l’ensemble";
        whole_note_label: "Anything you want to add (optional)", "Ce que vous voulez ajouter (facultatif)";

        // The script's messages: the page's state as answers are given.
        /// The progress line: `{n}` answered (a value or "don't know") of `{total}`.
        progress: "Answered: {n} of {total}", "Réponses\u{a0}: {n} sur {total}";
        kept: "Your answers are kept in this browser as you go: you can close the page and come back to it.",
            "Vos réponses sont gardées dans ce navigateur au fur et à mesure\u{a0}: vous pouvez fermer la page et y revenir.";
        not_kept: "This browser cannot keep your answers: if you close or reload the page, they are lost. Answer in one go, then send them.",
            "Ce navigateur ne peut pas garder vos réponses\u{a0}: si vous fermez ou rechargez la page, elles sont perdues. Répondez d’une traite, puis envoyez-les.";
        restored: "Your earlier answers were found in this browser ({n} of {total}).",
            "Vos réponses précédentes ont été retrouvées dans ce navigateur ({n}\u{a0}sur\u{a0}{total}).";
        /// Under that notice, at the top of the page: goes to the first statement without an answer.
        continue_button: "Continue where you left off", "Reprendre là où vous en étiez";

        review_button: "Review my answers", "Relire mes réponses";
        review_title: "Your answers, before you finish", "Vos réponses, avant de terminer";
        left_none: "Every statement has an answer.", "Toutes les affirmations ont une réponse.";
        left_one: "1 statement has no answer yet. You can answer it now or finish anyway: it will simply be left out.",
            "1\u{a0}affirmation n’a pas encore de réponse. Vous pouvez y répondre maintenant ou terminer quand même\u{a0}: elle sera simplement laissée de côté.";
        left_many: "{n} statements have no answer yet. You can answer them now or finish anyway: they will simply be left out.",
            "{n}\u{a0}affirmations n’ont pas encore de réponse. Vous pouvez y répondre maintenant ou terminer quand même\u{a0}: elles seront simplement laissées de côté.";
        nothing_yet: "Nothing is answered yet: answer at least one statement to finish.",
            "Aucune réponse pour l’instant\u{a0}: répondez à au moins une affirmation pour terminer.";
        not_answered: "Not answered", "Sans réponse";
        answer_it: "Answer it", "Y répondre";
        your_note: "Your note", "Votre note";
        back: "Back to the statements", "Revenir aux affirmations";
        /// Beside a statement reached from the review's "Answer it".
        back_to_review: "Back to the review", "Revenir à la relecture";
        finish_button: "Finish", "Terminer";
        /// A change after Finish: the sending part goes until Finish again.
        changed: "You changed an answer: press Finish again, then send the new version. Text you copied before is out of date.",
            "Vous avez modifié une réponse\u{a0}: appuyez de nouveau sur Terminer, puis envoyez la nouvelle version. Le texte copié auparavant n’est plus à jour.";
        /// The same, short, in the progress line that stays in sight (a link to Finish).
        finish_again: "Answers changed: press Finish again", "Réponses modifiées\u{a0}: appuyez de nouveau sur Terminer";

        send_title: "Send your answers", "Envoyer vos réponses";
        send_intro: "Ready to send: nothing has left this page yet. Send your answers in one of these ways:",
            "Vos réponses sont prêtes à être envoyées, mais rien n’a encore quitté cette page. Envoyez-les de l’une de ces façons\u{a0}:";
        file_title: "As a file", "Par fichier";
        download: "Download the answers file", "Télécharger le fichier de réponses";
        file_help: "Then attach the file ({file}) to a mail or a message for {invited_by}. It is a small text file for {invited_by}'s tool: you do not need to open it, attach it as it is.",
            "Joignez ensuite le fichier ({file}) à un courriel ou à un message pour {invited_by}. C’est un petit fichier texte pour l’outil de {invited_by}\u{a0}: inutile de l’ouvrir, joignez-le tel quel.";
        /// After the download button.
        download_done: "Done: the file should now be in your downloads, ready to attach.",
            "C’est fait\u{a0}: le fichier devrait maintenant être dans vos téléchargements, prêt à joindre.";
        block_title: "As text to paste", "Par texte à coller";
        block_help: "This block is your answers, coded so that {invited_by}'s tool reads them back exactly (your answers in plain words are listed above). Copy it and paste it, as it is, into a mail or a chat message for {invited_by}.",
            "Ce bloc contient vos réponses, codées pour que l’outil de {invited_by} les relise exactement (vos réponses en clair sont listées plus haut). Copiez-le et collez-le tel quel dans un courriel ou un message pour {invited_by}.";
        block_label: "Your answers as text", "Vos réponses sous forme de texte";
        copy: "Copy", "Copier";
        copied: "Copied. Paste it into your message for {invited_by}, then send it.",
            "Copié. Collez-le dans votre message pour {invited_by}, puis envoyez-le.";
        press_copy: "The text is selected: press Ctrl+C (⌘C on a Mac) to copy it.",
            "Le texte est sélectionné\u{a0}: appuyez sur Ctrl+C (⌘C sur un Mac) pour le copier.";
        mail_title: "By mail", "Par courriel";
        mail_link: "Write the mail to {reply_to}", "Écrire le courriel à {reply_to}";
        /// The mail's subject line, in words the person who sends it knows.
        mail_subject: "My answers to your questionnaire “{title}”",
            "Mes réponses à votre questionnaire «\u{202f}{title}\u{202f}»";
        mail_fallback: "If no mail app opens, copy the block above and paste it into a new mail to {reply_to}.",
            "Si aucune application de courriel ne s’ouvre, copiez le bloc ci-dessus et collez-le dans un nouveau courriel à {reply_to}.";
        /// After the mail button.
        mail_done: "Your mail app should open with the message ready: check it, then send it.",
            "Votre application de courriel devrait s’ouvrir avec le message tout prêt\u{a0}: vérifiez-le, puis envoyez-le.";
        kept_after: "Your answers stay in this browser, so that you can send them again.",
            "Vos réponses restent dans ce navigateur, pour pouvoir les envoyer à nouveau si besoin.";
        /// The answer file's first lines (TOML comments), for whoever opens it; one a line.
        file_comment: "Your answers to {invited_by}'s questions, to be read by the tool confiance.\nSend this file as it is: the line `secret` proves that it comes from {invited_by}'s form.",
            "Vos réponses aux questions de {invited_by}, à lire avec l’outil confiance.\nEnvoyez ce fichier tel quel\u{a0}: la ligne `secret` prouve qu’il vient du formulaire de {invited_by}.";

        erase: "Start again / erase my answers from this browser", "Recommencer / effacer mes réponses de ce navigateur";
        erase_ask: "Erase every answer and note from this browser? Answers you have already sent are not affected.",
            "Effacer toutes les réponses et notes de ce navigateur\u{202f}? Les réponses déjà envoyées ne sont pas touchées.";
        erase_yes: "Erase", "Effacer";
        erase_no: "Keep them", "Les garder";
        erased: "Your answers were erased from this browser.", "Vos réponses ont été effacées de ce navigateur.";
    }
}
