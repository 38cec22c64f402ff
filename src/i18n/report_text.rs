//! The words of the documents handed over: the session report (HTML and Markdown), its charts
//! and the comparison. The method's own words (Overall, Virtues, stages) are in `Common`.

crate::strings! {
    /// Headings, sentences and captions of the reports.
    pub(crate) ReportText {
        title: "Trust report: {subject}", "Rapport de confiance\u{a0}: {subject}";
        confidential: "Confidential: a private reflection about a real relationship. Share it only with the people it concerns.",
            "Confidentiel\u{a0}: une réflexion personnelle sur une relation réelle. Ne le partagez qu’avec les personnes concernées.";
        relationship: "Relationship", "Relation";
        client: "Client", "Personne accompagnée";
        views: "Views", "Points de vue";
        /// One respondent and when they answered: "you, 2026-11-20".
        view: "{who}, {date}", "{who}, le {date}";
        questionnaire: "Questionnaire", "Questionnaire utilisé";
        questionnaire_value: "{title} ({id}, version {version})", "{title} ({id}, version {version})";
        language: "Language", "Langue";
        language_name: "English", "français";

        how_title: "How to read it", "Comment le lire";
        how_model: "Trust deepens on five virtues: a common language, a common vision, discretion, receptivity and closeness of ties. Three pillars support it: reciprocity, attribution of credit, and feedback that learns from failure. The more trust there is, the higher the relationship climbs on its ladder:",
            "La confiance s’approfondit sur cinq vertus\u{a0}: un langage commun, une vision commune, la discrétion, la réceptivité et la proximité des liens. Trois piliers la soutiennent\u{a0}: la réciprocité, la paternité des réussites et une rétroaction qui apprend de l’échec. Plus la confiance grandit, plus la relation monte sur son échelle\u{a0}:";
        /// A stage of the ladder with the score from which it is reached.
        ladder_step: "{name} (from {min}): {about}", "{name} (dès {min})\u{a0}: {about}";
        how_scale: "Each statement was answered from {min} ({low}) to {max} ({high}); some statements are worded the other way round and count in reverse.",
            "Chaque affirmation a reçu une réponse de {min} ({low}) à {max} ({high})\u{202f}; certaines sont formulées à l’envers et comptent en sens inverse.";
        how_scores: "Scores run from 0 to 100: 0 when every answer is at the low end, 100 when every answer is at the high end, 50 in the middle. Skipped statements are left out.",
            "Les scores vont de 0 à 100\u{a0}: 0 quand toutes les réponses sont au plus bas, 100 quand elles sont toutes au plus haut, 50 au milieu. Les affirmations passées ne comptent pas.";

        glance_title: "At a glance", "En un coup d’œil";
        index: "Index", "Indice";
        change: "Change", "Évolution";
        since: "Since {date}", "Depuis le {date}";
        first: "This is the first assessment of this relationship.", "C’est la première évaluation de cette relation.";

        radar_title: "The radar", "Le radar";
        radar_desc: "Radar chart of the {n} dimensions, from 0 at the centre to 100 at the edge, one line per view: {series}. The same numbers are in the table below.",
            "Radar des {n} dimensions, de 0 au centre à 100 au bord, une ligne par point de vue\u{a0}: {series}. Les mêmes chiffres figurent dans le tableau ci-dessous.";
        previous: "{who}, {date} (previous)", "{who}, le {date} (précédente)";
        dimension: "Dimension", "Dimension évaluée";
        group: "Group", "Groupe";
        score: "Score", "Note";

        strengths_title: "Strengths and where to start", "Points forts et par où commencer";
        strengths: "Strengths", "Points forts";
        start: "Where to start", "Par où commencer";

        gaps_title: "Perception gaps", "Écarts de perception";
        gaps_intro: "Dimensions seen {threshold} points apart or more by {owner} and {other}.",
            "Dimensions vues à {threshold} points d’écart ou plus par {owner} et {other}.";
        blind_spot: "Blind spot, {dimension}: {owner} {mine}, {other} {theirs} (a gap of {gap}).",
            "Angle mort, {dimension}\u{a0}: {owner} {mine}, {other} {theirs} (écart de {gap}).";
        hidden_strength: "Hidden strength, {dimension}: {owner} {mine}, {other} {theirs} (a gap of {gap}).",
            "Force cachée, {dimension}\u{a0}: {owner} {mine}, {other} {theirs} (écart de {gap}).";
        gaps_explained: "A blind spot is rated higher by {owner}; a hidden strength, by {other}.",
            "Un angle mort est noté plus haut par {owner}\u{202f}; une force cachée, par {other}.";
        no_gaps: "No gap of {threshold} points or more between {owner} and {other}: the views agree.",
            "Aucun écart de {threshold} points ou plus entre {owner} et {other}\u{a0}: les points de vue concordent.";
        /// A dimension with its score and what it means.
        dimension_about: "{name} ({score}): {about}", "{name} ({score})\u{a0}: {about}";

        items_title: "Every statement", "Toutes les affirmations";
        statement: "Statement", "Affirmation";
        reversed: "(counts in reverse)", "(compte à l’envers)";

        notes_title: "Notes, as written", "Les notes, telles qu’écrites";
        session_note: "On the whole session", "Sur l’ensemble de la séance";
        note_by: "Note by {who}", "Note de {who}";
        note_by_you: "Your note", "Votre note";

        trend_title: "Change over time", "L’évolution dans le temps";
        trend_desc: "Line charts of the overall score and of each dimension over time, from {first} to {last}, one line per view: {series}.",
            "Courbes du score global et de chaque dimension au fil du temps, du {first} au {last}, une ligne par point de vue\u{a0}: {series}.";
        trend_table: "Overall score at each assessment", "Score global à chaque évaluation";
        date: "Date", "Date";
        /// A fact of the report's header in Markdown: "**Relationship**: Alice".
        fact: "**{key}**: {value}", "**{key}**\u{a0}: {value}";
        respondent: "View of", "Point de vue de";

        intentions_title: "Intentions", "Les intentions";
        previous_intention: "Last time's intention: {text}", "L’intention de la dernière fois\u{a0}: {text}";
        followed: "Followed through: {answer}", "Tenue\u{a0}: {answer}";
        followed_yes: "yes", "oui";
        followed_partly: "partly", "en partie";
        followed_no: "no", "non";
        followed_unsaid: "not said", "non précisé";
        new_intention: "Before next time: {text}", "D’ici la prochaine fois\u{a0}: {text}";
        check_in_title: "Next check-in", "Le prochain point";
        check_in: "Next check-in: {date}, {weeks} weeks after the last assessment.",
            "Prochain point\u{a0}: le {date}, {weeks} semaines après la dernière évaluation.";

        appendix_title: "Appendix", "Annexe";
        scoring: "How the scores are computed: each answer is placed between the ends of the scale (0 to 100), reversed statements the other way round; a dimension is the mean of its answered statements; the virtues and pillars indices are the means of their dimensions; the overall score is the mean of every scored dimension; the stage is the highest one whose threshold the overall score reaches.",
            "Calcul des scores\u{a0}: chaque réponse est placée entre les deux bouts de l’échelle (0 à 100), à l’envers pour les affirmations inversées\u{202f}; une dimension est la moyenne de ses réponses\u{202f}; les indices des vertus et des piliers sont les moyennes de leurs dimensions\u{202f}; le score global est la moyenne de toutes les dimensions notées\u{202f}; l’étape est la plus haute dont le seuil est atteint par le score global.";
        source: "The method: “Management 2.0: La confiance base du collaboratif” (the five virtues after Martin Roulleaux Dugage, Organisation 2.0).",
            "La méthode\u{a0}: «\u{202f}Management 2.0\u{a0}: La confiance base du collaboratif\u{202f}» (les cinq vertus d’après Martin Roulleaux Dugage, Organisation 2.0).";
        ids: "Assessments in this report", "Évaluations de ce rapport";
        made_with: "Made with confiance on {date}.", "Réalisé avec confiance le {date}.";

        // The command line: `report`, `chart`, `compare`.
        wrote: "Wrote {path}", "Écrit\u{a0}: {path}";
        need_two: "a trend needs two assessments of {name}: assess it again in a few weeks",
            "il faut deux évaluations de {name} pour une évolution\u{a0}: évaluez de nouveau dans quelques semaines";
        compare_count: "compare two to four assessments (--id was given {n} times)",
            "comparez de deux à quatre évaluations (--id a été donné {n} fois)";
        nothing_to_compare: "{name} has only one assessment: there is nothing to compare yet",
            "{name} n’a qu’une évaluation\u{a0}: rien à comparer pour l’instant";
        not_comparable: "these assessments use different questionnaires ({ids}): they cannot be compared dimension by dimension",
            "ces évaluations utilisent des questionnaires différents ({ids})\u{a0}: on ne peut pas les comparer dimension par dimension";
        gap: "GAP", "ÉCART";
        largest_gaps: "Largest gaps", "Les plus grands écarts";
        gap_line: "{dimension}: {scores}", "{dimension}\u{a0}: {scores}";
        no_notable_gap: "No gap of {threshold} points or more: you see it alike.",
            "Aucun écart de {threshold} points ou plus\u{a0}: vous la voyez de la même façon.";
    }
}
