//! The words of the group's screen: a group's answers about a relationship, together, set
//! beside the owner's own view, each time the group was asked.

crate::strings! {
    /// What the group's screen says, its keys and its help.
    pub(crate) TuiGroup {
        title: "Group's view", "Point de vue du groupe";
        /// After the title: the group, when it was asked, how many answered.
        asked: "{group} · asked {date} · {n} of {count} answered",
            "{group} · invité le {date} · {n} réponses sur {count}";
        /// On the right of the header: which time the group was asked, among how many.
        time: "time {n} of {total}", "invitation {n} sur {total}";
        /// The radar's legend.
        legend_group: "{group}: median of {n}", "{group}\u{a0}: médiane de {n}";
        legend_you: "You · {date}", "Vous · {date}";
        /// Under the table: what its columns say.
        legend: "Median: the middle answer. Spread: the lowest and the highest. ⚠: answers far apart, the median is no consensus.",
            "Médiane\u{a0}: la réponse du milieu. Étendue\u{a0}: la plus basse et la plus haute. ⚠\u{a0}: réponses très éloignées, la médiane n’est pas un consensus.";
        legend_with_you: "Median: the middle answer. Spread: the lowest and the highest. ⚠: answers far apart, the median is no consensus. Gap: your score against the median (+: you see more trust; ≈: about the same, under the one rule of what counts).",
            "Médiane\u{a0}: la réponse du milieu. Étendue\u{a0}: la plus basse et la plus haute. ⚠\u{a0}: réponses très éloignées, la médiane n’est pas un consensus. Écart\u{a0}: votre score face à la médiane (+\u{a0}: vous voyez plus de confiance\u{202f}; ≈\u{a0}: à peu près pareil, selon la règle de ce qui compte).";
        /// Where the owner has no view of the same questionnaire to set beside the group's.
        no_view_of_yours: "You have no view of your own of {subject} in this questionnaire yet: once you answer one, it is set beside the group's here.",
            "Vous n’avez pas encore de point de vue sur {subject} dans ce questionnaire\u{a0}: une fois le vôtre donné, il est mis ici en regard de celui du groupe.";
        /// Above the table of the times the group was asked.
        over_time: "Each time the group was asked:", "À chaque invitation du groupe\u{a0}:";
        /// The column of a dimension whose answers lie far apart.
        col_far: "Far apart", "Écartées";
        /// The mark in that column.
        far_mark: "⚠", "⚠";
        /// Notes hidden on screen (`h`).
        notes_hidden: "Notes hidden (h shows them).", "Notes masquées (h les montre).";
        /// Results, `g`, when no group was asked about the subject.
        no_group: "No group was asked about {subject}: `confiance invite {subject} --group LABEL --count N` writes a form for one.",
            "Aucun groupe n’a été invité à répondre sur {subject}\u{a0}: `confiance invite {subject} --group LIBELLÉ --count NOMBRE` écrit un formulaire pour cela.";
        // The key bar.
        key_group: "group", "groupe";
        key_next_group: "next group", "groupe suivant";
        key_earlier_later: "earlier/later", "avant/après";
        // The help.
        help_open: "a group's view: its answers together, never one alone",
            "le point de vue d’un groupe\u{a0}: ses réponses ensemble, jamais une seule";
        help_step: "the earlier or later time the group was asked",
            "l’invitation précédente ou suivante du groupe";
        help_next: "the next group asked about this relationship",
            "le groupe suivant invité à répondre sur cette relation";
        help_scroll: "scroll the group's view", "faire défiler le point de vue du groupe";
    }
}
