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
        about: "About", "Sujet";
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
        dont_know: "Don't know / doesn't apply", "Je ne sais pas / ne s’applique pas";
        add_note: "Add a note", "Ajouter une note";
        note_label: "Note on this statement (optional)", "Note sur cette affirmation (facultative)";
        outcomes_title: "What goes with this level of trust", "Ce qui accompagne ce niveau de confiance";
        outcomes_about: "These last statements are asked beside the scores and never counted in any of them.",
            "Ces dernières affirmations sont posées à côté des scores et ne comptent dans aucun d’eux.";
        whole_note_title: "A note on the whole", "Une note sur l’ensemble";
        whole_note_label: "Anything you want to add (optional)", "Ce que vous voulez ajouter (facultatif)";

        // The script's messages: the page's state as answers are given.
        /// The progress line: `{n}` answered (a value or "don't know") of `{total}`.
        progress: "Answered: {n} of {total}", "Répondu\u{a0}: {n} sur {total}";
        kept: "Your answers are kept in this browser as you go: you can close the page and come back to it.",
            "Vos réponses sont gardées dans ce navigateur au fur et à mesure\u{a0}: vous pouvez fermer la page et y revenir.";
        not_kept: "This browser cannot keep your answers: if you close or reload the page, they are lost. Answer in one go, then send them.",
            "Ce navigateur ne peut pas garder vos réponses\u{a0}: si vous fermez ou rechargez la page, elles sont perdues. Répondez d’une traite, puis envoyez-les.";
        restored: "Your earlier answers were found in this browser ({n} of {total}).",
            "Vos réponses précédentes ont été retrouvées dans ce navigateur ({n} sur {total}).";

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
        finish_button: "Finish", "Terminer";
        changed: "You changed your answers after finishing: review and finish again to send the new ones.",
            "Vous avez modifié vos réponses après avoir terminé\u{a0}: relisez-les et terminez de nouveau pour envoyer les nouvelles.";

        send_title: "Send your answers", "Envoyer vos réponses";
        send_intro: "Your answers are ready. Send them in one of these ways: nothing is sent until you do.",
            "Vos réponses sont prêtes. Envoyez-les de l’une de ces façons\u{a0}: rien n’est envoyé tant que vous ne le faites pas.";
        file_title: "As a file", "Par fichier";
        download: "Download the answers file", "Télécharger le fichier de réponses";
        file_help: "Then attach the file ({file}) to a mail or a message for {invited_by}.",
            "Joignez ensuite le fichier ({file}) à un courriel ou à un message pour {invited_by}.";
        block_title: "As text to paste", "Par texte à coller";
        block_help: "Copy this block and paste it into a mail or a chat message for {invited_by}. Send it whole: it holds every answer.",
            "Copiez ce bloc et collez-le dans un courriel ou un message pour {invited_by}. Envoyez-le en entier\u{a0}: il contient toutes vos réponses.";
        block_label: "Your answers as text", "Vos réponses sous forme de texte";
        copy: "Copy", "Copier";
        copied: "Copied. Paste it into your message.", "Copié. Collez-le dans votre message.";
        press_copy: "The text is selected: press Ctrl+C (⌘C on a Mac) to copy it.",
            "Le texte est sélectionné\u{a0}: appuyez sur Ctrl+C (⌘C sur un Mac) pour le copier.";
        mail_title: "By mail", "Par courriel";
        mail_link: "Write the mail to {reply_to}", "Écrire le courriel à {reply_to}";
        /// The mail's subject line.
        mail_subject: "confiance: answers about {about}", "confiance\u{a0}: réponses au sujet de {about}";
        mail_fallback: "If no mail app opens, copy the block above and paste it into a new mail to {reply_to}.",
            "Si aucune application de courriel ne s’ouvre, copiez le bloc ci-dessus et collez-le dans un nouveau courriel à {reply_to}.";
        kept_after: "Your answers stay in this browser, so that you can send them again.",
            "Vos réponses restent dans ce navigateur, pour que vous puissiez les renvoyer.";

        erase: "Start again / erase my answers from this browser", "Recommencer / effacer mes réponses de ce navigateur";
        erase_ask: "Erase every answer and note from this browser? Answers you have already sent are not affected.",
            "Effacer toutes les réponses et notes de ce navigateur\u{202f}? Les réponses déjà envoyées ne sont pas touchées.";
        erase_yes: "Erase", "Effacer";
        erase_no: "Keep them", "Les garder";
        erased: "Your answers were erased from this browser.", "Vos réponses ont été effacées de ce navigateur.";
    }
}
