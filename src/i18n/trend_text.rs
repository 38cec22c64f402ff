//! The words of trends, on screen and on stdout alike: how long a break in the time line is,
//! the trends screen's own keys, and why a chart is left out when the width is too small.

crate::strings! {
    /// Trends: breaks, keys, narrow widths.
    pub(crate) TrendText {
        weeks_one: "{n} week", "{n}\u{a0}semaine";
        weeks_many: "{n} weeks", "{n}\u{a0}semaines";
        months_one: "{n} month", "{n}\u{a0}mois";
        months_many: "{n} months", "{n}\u{a0}mois";
        years_one: "{n} year", "{n}\u{a0}an";
        years_many: "{n} years", "{n}\u{a0}ans";
        /// The TUI's chart has no room: the table stays.
        no_room: "No room for the chart here: a larger window shows it.",
            "Pas de place pour le graphique ici\u{a0}: une fenêtre plus grande l’affiche.";
        /// Under the table: what the mark after a change means.
        across_note: "⋯ a change measured across a long pause", "⋯ une évolution mesurée par-delà une longue interruption";
        /// The table's position: rows `{first}` to `{last}` of `{total}`.
        rows: "{first}–{last} of {total}", "{first}–{last} sur {total}";
        /// stdout too narrow for a chart.
        too_narrow: "The chart needs {n} columns (here {width}): the table only.",
            "Le graphique demande {n}\u{a0}colonnes (ici {width})\u{a0}: le tableau seul.";
        /// Whose lines "all dimensions" shows, and how to see the others.
        whose: "{who} ({n} of {total})", "{who} ({n} sur {total})";
        /// Key names of the help overlay.
        page_keys: "PgUp PgDn", "Pg préc Pg suiv";
        end_keys: "Home End", "Début Fin";
        /// Said in the title while `e` spaces the points evenly.
        evenly: "evenly spaced", "à intervalles réguliers";
        /// Help overlay.
        help_even: "space evenly, or by date (breaks stay marked)",
            "espacer régulièrement, ou selon la date (pauses marquées)";
        help_respondent: "all dimensions: the next respondent’s lines",
            "toutes les dimensions\u{a0}: les courbes du répondant suivant";
        help_scroll: "scroll the table", "faire défiler le tableau";
        help_ends: "the table’s first or last rows", "début ou fin du tableau";
    }
}
