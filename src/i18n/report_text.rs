//! The words of the documents handed over: the session report (HTML and Markdown), its charts
//! and the comparison. The method's own words (Overall, Virtues, stages) are in `Common`.

crate::strings! {
    /// Headings, sentences and captions of the reports.
    pub(crate) ReportText {
        title: "Trust report: {subject}", "Rapport de confiance\u{a0}: {subject}";
        confidential: "Confidential: a private reflection about a real relationship. Share it only with the people it concerns.",
            "Confidentiel\u{a0}: une réflexion personnelle sur une relation réelle. Ne le partagez qu’avec les personnes concernées.";
        relationship: "Relationship", "Relation";
        client: "Client", "Client";
        views: "Views", "Points de vue";
        /// One respondent and when they answered: "you, 20 November 2026".
        view: "{who}, {date}", "{who}, le {date}";
        questionnaire: "Questionnaire", "Questionnaire";
        questionnaire_value: "{title} ({id}, version {version})", "{title} ({id}, version {version})";
        language: "Language", "Langue";
        language_name: "English", "français";

        how_title: "How to read it", "Comment le lire";
        how_model: "Trust rests on five virtues (a common language, a common vision, discretion, receptivity and closeness of ties) and on three pillars that support it (reciprocity, attribution of credit, and feedback that learns from failure). The more trust there is, the higher the relationship climbs on its ladder:",
            "La confiance repose sur cinq vertus (un langage commun, une vision commune, la discrétion, la réceptivité et la proximité des liens) et sur trois piliers qui la soutiennent (la réciprocité, la paternité des réussites et une rétroaction qui apprend de l’échec). Plus la confiance grandit, plus la relation monte sur son échelle\u{a0}:";
        /// A stage of the ladder with the score from which it is reached, then what it means
        /// (a sentence of its own: the meaning may hold a colon, and French writes no capital
        /// after one).
        ladder_step: "{name} (from {min}). {about}", "{name} (à partir de {min}). {about}";
        how_scale: "Each statement was answered from {min} ({low}) to {max} ({high}); some statements are worded the other way round and count in reverse.",
            "Chaque affirmation a reçu une réponse de {min} ({low}) à {max} ({high})\u{202f}; certaines sont formulées à l’envers et comptent en sens inverse.";
        how_scores: "Scores run from 0 to 100: 0 when every answer is at the low end, 100 when every answer is at the high end, 50 in the middle. Statements answered “don't know / doesn't apply” are left out.",
            "Les scores vont de 0 à 100\u{a0}: 0 quand toutes les réponses sont au plus bas, 100 quand elles sont toutes au plus haut, 50 au milieu. Les réponses «\u{202f}je ne sais pas / ne s’applique pas\u{202f}» ne comptent pas.";

        glance_title: "At a glance", "En un coup d’œil";
        index: "Index", "Indice";
        change: "Change", "Évolution";
        since: "Since {date}", "Depuis le {date}";
        first: "This is the first assessment of this relationship.", "C’est la première évaluation de cette relation.";

        radar_title: "The radar", "Le radar";
        radar_desc: "Radar chart of every dimension, from 0 at the centre to 100 at the edge, one line per view: {series}. The same numbers are in the table below.",
            "Radar de toutes les dimensions, de 0 au centre à 100 au bord, une ligne par point de vue\u{a0}: {series}. Les mêmes chiffres figurent dans le tableau ci-dessous.";
        previous: "{who}, {date} (previous assessment)", "{who}, le {date} (évaluation précédente)";
        dimension: "Dimension", "Dimension";
        group: "Group", "Groupe";
        /// A number from 0 to 100; in French a "note" is only ever a written note.
        score: "Score", "Score";

        strengths_title: "Strengths and where to start", "Points forts et par où commencer";
        strengths: "Strengths", "Points forts";
        start: "Where to start", "Par où commencer";

        gaps_title: "Perception gaps", "Écarts de perception";
        /// `{owner}` may be "you" (English "you and Alice are", French "vous et Alice avez"):
        /// worded so that no verb agrees with it.
        gaps_intro: "Dimensions on which {owner} and {other} differ by more than two answers moving one step of the scale could make.",
            "Dimensions où l’écart entre {owner} et {other} dépasse ce que feraient deux réponses décalées d’un cran.";
        /// No colon of its own: a questionnaire of one's own may name a dimension with one,
        /// and a line has one colon at most.
        /// The section on a group's view (`invite --group`).
        group_title: "The view of {group} ({n} answers)", "Le point de vue de {group} ({n} réponses)";
        group_about: "A group's answers are shown together only: per dimension the median of its answers and their spread (lowest to highest), never one person's answers.",
            "Les réponses d’un groupe ne sont montrées qu’ensemble\u{a0}: pour chaque dimension, la médiane de ses réponses et leur étendue (de la plus basse à la plus haute), jamais les réponses d’une personne.";
        group_withheld: "{minimum} answers are needed before the group's view is shown; {n} so far.",
            "Il faut {minimum} réponses avant de montrer le point de vue du groupe\u{202f}; {n} pour l’instant.";
        group_median: "Group (median)", "Groupe (médiane)";
        group_spread: "Spread", "Étendue";
        group_gap: "Gap", "Écart";
        group_blind: "Blind spots, where this view sees more trust than the group: {names}.",
            "Angles morts, là où ce point de vue voit plus de confiance que le groupe\u{a0}: {names}.";
        group_hidden: "Hidden strengths, where the group sees more trust than this view: {names}.",
            "Forces cachées, là où le groupe voit plus de confiance que ce point de vue\u{a0}: {names}.";
        group_divided: "Answers far apart, the median is no consensus: {names}.",
            "Réponses très éloignées, la médiane n’est pas un consensus\u{a0}: {names}.";
        blind_spot: "Blind spot, {dimension} ({owner} {mine}, {other} {theirs}, a gap of {gap}).",
            "Angle mort, {dimension} ({owner} {mine}, {other} {theirs}, écart de {gap}).";
        hidden_strength: "Hidden strength, {dimension} ({owner} {mine}, {other} {theirs}, a gap of {gap}).",
            "Force cachée, {dimension} ({owner} {mine}, {other} {theirs}, écart de {gap}).";
        gaps_explained: "A blind spot is rated higher by {owner}; a hidden strength, by {other}.",
            "Un angle mort est évalué plus haut par {owner}\u{202f}; une force cachée, par {other}.";
        no_gaps: "No gap between {owner} and {other} larger than two answers moving one step: the views are about the same.",
            "Aucun écart entre {owner} et {other} plus grand que deux réponses décalées d’un cran\u{a0}: les points de vue sont à peu près les mêmes.";
        /// A dimension with its score, then what it means (a sentence of its own, as in
        /// `ladder_step`).
        dimension_about: "{name} ({score}). {about}", "{name} ({score}). {about}";

        items_title: "Every statement", "Toutes les affirmations";
        statement: "Statement", "Affirmation";
        reversed: "(counts in reverse)", "(compte à l’envers)";
        /// After an outcome statement: asked, never in a score.
        not_scored: "(in no score)", "(dans aucun score)";
        /// Above the statements when the other side answered them about the owner.
        each_side: "Each side answered about the other: under each statement is the wording the other side read.",
            "Chaque partie a répondu à propos de l’autre\u{a0}: sous chaque affirmation figure la formulation qu’a lue l’autre partie.";
        /// Under a statement, how another view read it: "Alice read: “Sam and I…”".
        worded_for: "{who} read: “{text}”", "{who} a lu\u{a0}: «\u{202f}{text}\u{202f}»";
        /// Several views that read the same words: "Team Atlas and Inès read: “…”".
        worded_for_many: "{who} read: “{text}”", "{who} ont lu\u{a0}: «\u{202f}{text}\u{202f}»";
        /// Between the last two names of a list: "Team Atlas, Paul and Inès".
        and: " and ", " et ";

        notes_title: "Notes, as written", "Les notes, telles qu’elles ont été écrites";
        session_note: "On the whole session", "Sur l’ensemble de la séance";
        /// Whose note it is. French elides before a vowel ("Note d’Inès"); a name that may
        /// need an article (a team, "Équipe Atlas") takes no preposition at all.
        note_by: "Note by {who}", "Note de {who}";
        note_by_elided: "Note by {who}", "Note d’{who}";
        note_of: "Note by {who}", "Note ({who})";
        note_by_you: "Your note", "Votre note";
        /// Another view's note on a statement it read otherwise: "Note by Alice, on “Sam and I…”".
        note_on: "{by}, on “{text}”", "{by}, sur «\u{202f}{text}\u{202f}»";

        trend_title: "Change over time", "L’évolution dans le temps";
        trend_desc: "Line charts of the overall score and of each dimension over time, from {first} to {last}, one line per view: {series}.",
            "Courbes du score global et de chaque dimension au fil du temps, du {first} au {last}, une ligne par point de vue\u{a0}: {series}.";
        /// A break in the time line, said to those who cannot see the chart.
        trend_break: "Nothing was assessed for {length} after {date}, so the lines break there.",
            "Aucune évaluation pendant {length} après le {date}\u{202f}; les courbes s’interrompent donc à cet endroit.";
        trend_table: "Overall score at each assessment", "Score global à chaque évaluation";
        date: "Date", "Date";
        /// A fact of the report's header in Markdown: "**Relationship**: Alice".
        fact: "**{key}**: {value}", "**{key}**\u{a0}: {value}";
        respondent: "View of", "Point de vue de";

        intentions_title: "Intentions", "Les intentions";
        /// `{text}` is quoted: it is what a person wrote, capital letter and all.
        previous_intention: "Last time's intention: “{text}”", "L’intention de la dernière fois\u{a0}: «\u{202f}{text}\u{202f}»";
        followed: "Followed through: {answer}", "Suivie\u{a0}: {answer}";
        followed_yes: "yes", "oui";
        followed_partly: "partly", "en partie";
        followed_no: "no", "non";
        followed_unsaid: "not said", "non précisé";
        new_intention: "Before next time: “{text}”", "D’ici la prochaine fois\u{a0}: «\u{202f}{text}\u{202f}»";
        check_in_title: "Next check-in", "Le prochain point";
        /// `{weeks}`: "6 weeks", "1 week" (see `TrendText`).
        check_in: "Next check-in: {date}, {weeks} after the last assessment.",
            "Prochain point\u{a0}: le {date}, {weeks} après la dernière évaluation.";

        appendix_title: "Appendix", "Annexe";
        scoring: "How the scores are computed: each answer is placed between the ends of the scale (0 to 100), reversed statements the other way round; “don’t know / doesn’t apply” is never a score; a dimension is the mean of its answered statements, given only when at least two of them (and at least half) are answered; the virtues and pillars indices and the overall score are the means of the scored dimensions; the stage is placed only when three quarters of the dimensions are scored, and it is an indication, not a verdict.",
            "Calcul des scores\u{a0}: chaque réponse est placée entre les deux extrémités de l’échelle (0 à 100), à l’envers pour les affirmations inversées\u{202f}; «\u{202f}je ne sais pas / ne s’applique pas\u{202f}» ne compte jamais comme un score\u{202f}; une dimension est la moyenne de ses réponses, donnée seulement quand au moins deux de ses affirmations (et au moins la moitié) ont une réponse\u{202f}; les indices des vertus et des piliers et le score global sont les moyennes des dimensions qui ont un score\u{202f}; l’étape n’est placée que lorsque trois quarts des dimensions ont un score, et c’est une indication, non un verdict.";
        change_rule: "What counts as a change: a score is the mean of a few answers, so it moves in steps (with three statements on a five-point scale, one answer moving one step moves a dimension by about 8 points). A change or a gap is called out (▲, ▼, blind spot, hidden strength) only when it is larger than two answers moving one step could make; below that it is “about the same” (≈).",
            "Ce qui compte comme un changement\u{a0}: un score est la moyenne de quelques réponses, il bouge donc par paliers (avec trois affirmations sur une échelle en cinq points, une réponse décalée d’un cran fait bouger une dimension d’environ 8 points). Un changement ou un écart n’est signalé (▲, ▼, angle mort, force cachée) que s’il dépasse ce que feraient deux réponses décalées d’un cran\u{202f}; en dessous, c’est «\u{202f}à peu près pareil\u{202f}» (≈).";
        source: "The method comes from the article “Management 2.0 : La confiance base du collaboratif” (the five virtues after Martin Roulleaux Dugage, Organisation 2.0).",
            "La méthode vient de l’article «\u{202f}Management 2.0\u{a0}: La confiance base du collaboratif\u{202f}» (les cinq vertus d’après Martin Roulleaux Dugage, Organisation 2.0).";
        ids: "Assessments in this report", "Évaluations de ce rapport";
        /// The closing line: the tool's name is not a word of the sentence ("made with
        /// confidence").
        made_with: "Report made on {date} with the confiance tool.", "Rapport établi le {date} avec le logiciel confiance.";

        // The command line: `report`, `chart`, `compare`.
        wrote: "Wrote {path}", "Fichier écrit\u{a0}: {path}";
        need_two: "a trend needs two assessments of {name}: assess again in a few weeks",
            "une évolution demande deux évaluations et {name} n’en a qu’une\u{202f}; évaluez de nouveau dans quelques semaines";
        compare_count_one: "compare two to four assessments (--id was given once)",
            "comparez de deux à quatre évaluations (--id n’a été donné qu’une fois)";
        compare_count: "compare two to four assessments (--id was given {n} times)",
            "comparez de deux à quatre évaluations (--id a été donné {n}\u{a0}fois)";
        nothing_to_compare: "{name} has only one assessment: there is nothing to compare yet",
            "{name} n’a qu’une évaluation\u{a0}: rien à comparer pour l’instant";
        not_comparable: "these assessments use different questionnaires ({ids}): they cannot be compared dimension by dimension",
            "ces évaluations utilisent des questionnaires différents ({ids})\u{a0}: on ne peut pas les comparer dimension par dimension";
        gap: "GAP", "ÉCART";
        largest_gaps: "Largest gaps", "Les plus grands écarts";
        gap_line: "{dimension}: {scores}", "{dimension}\u{a0}: {scores}";
        no_notable_gap: "No gap larger than two answers moving by one step: the views are about the same.",
            "Aucun écart plus grand que deux réponses décalées d’un cran\u{a0}: les points de vue sont à peu près les mêmes.";
    }
}
