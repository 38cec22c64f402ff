//! The command line's help in French for the commands that hand something over: `report`,
//! `chart` and `compare` (found by their English, as in `help_text`).

crate::strings! {
    /// The texts written on the derive structs of `report`, `chart` and `compare`.
    pub(crate) HelpReport {
        report_about: "Write the session report: one document to hand over, in HTML or Markdown",
            "Écrire le rapport de séance\u{a0}: un document à remettre, en HTML ou en Markdown";
        report_examples: "The report is about your own latest assessment (the client's, in their space), or that of --respondent, or the one named by --id. It is in the assessment's language unless --lang is given.\n\nExamples:\n  confiance report Alice --output alice.html\n  confiance report 'Team Atlas' --format markdown --output atlas.md   (charts written beside it)\n  confiance report Alice --no-notes > alice.html",
            "Le rapport porte sur votre propre dernière évaluation (celle du client, dans son espace), ou sur celle de --respondent, ou sur celle que désigne --id. Il est rédigé dans la langue de l’évaluation, sauf avec --lang.\n\nExemples\u{a0}:\n  confiance report Alice --output alice.html\n  confiance report 'Team Atlas' --format markdown --output atlas.md   (graphiques écrits à côté)\n  confiance report Alice --no-notes > alice.html";
        report_respondent: "The latest assessment of this respondent [default: yours, else the latest]",
            "La dernière évaluation de ce répondant [par défaut\u{a0}: la vôtre, sinon la plus récente]";
        report_format: "html or markdown [default: from the --output extension, else html]",
            "html ou markdown [par défaut\u{a0}: d’après l’extension de --output, sinon html]";
        report_output: "Write to this file (created private, 0600) instead of stdout; its folder must exist",
            "Écrire dans ce fichier (créé privé, 0600) plutôt que sur la sortie standard\u{202f}; son dossier doit exister";
        report_force: "Replace FILE (and the charts beside it) if it exists",
            "Remplacer FICHIER (et les graphiques à côté) s’il existe";
        report_no_notes: "Leave every note out of the report", "N’inclure aucune note dans le rapport";

        chart_about: "Draw a chart of a subject as SVG: its radar or its trend",
            "Dessiner un graphique d’un sujet en SVG\u{a0}: son radar ou son évolution";
        chart_examples: "Examples:\n  confiance chart Alice --kind radar --output alice-radar.svg\n  confiance chart Alice --kind trend > alice-trend.svg",
            "Exemples\u{a0}:\n  confiance chart Alice --kind radar --output alice-radar.svg\n  confiance chart Alice --kind trend > alice-trend.svg";
        chart_kind: "radar (the latest views, and your previous one) or trend (the scores over time)",
            "radar (les derniers points de vue et votre point de vue précédent) ou trend (les scores au fil du temps)";
        chart_output: "Write to this SVG file (created private, 0600) instead of stdout",
            "Écrire dans ce fichier SVG (créé privé, 0600) plutôt que sur la sortie standard";

        compare_about: "Compare assessments of a subject: my view vs theirs, or then vs now",
            "Comparer des évaluations d’un sujet\u{a0}: mon point de vue et le leur, ou avant et maintenant";
        compare_examples: "Without --id: the latest assessment of each respondent, else the latest two.\n\nExamples:\n  confiance compare Alice\n  confiance compare Alice --id 01JD2 --id 01JF7 --format json",
            "Sans --id\u{a0}: la dernière évaluation de chaque répondant, sinon les deux dernières.\n\nExemples\u{a0}:\n  confiance compare Alice\n  confiance compare Alice --id 01JD2 --id 01JF7 --format json";
        compare_id: "An assessment to compare, by its id or its first characters (two to four; repeat the flag)",
            "Une évaluation à comparer, par son identifiant ou ses premiers caractères (de deux à quatre\u{202f}; répétez l’option)";
        value_kind: "KIND", "TYPE";
    }
}
