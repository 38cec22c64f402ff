//! The words of the method and of the results, used by every part of the interface.

crate::strings! {
    /// The method's own words and the results' sentences.
    pub Common {
        /// How the stored respondent `self` is shown.
        you: "you", "vous";
        virtue: "virtue", "vertu";
        pillar: "pillar", "pilier";
        virtues: "Virtues", "Vertus";
        pillars: "Pillars", "Piliers";
        overall: "Overall", "Global";
        stage_title: "Stage {level} of {total}: {name}", "Étape {level} sur {total}\u{a0}: {name}";
        next_stage: "Next: {name} at {min} ({points} points to go)",
            "Prochaine étape\u{a0}: {name} à {min} (encore {points} points)";
        next_stage_one: "Next: {name} at {min} ({points} point to go)",
            "Prochaine étape\u{a0}: {name} à {min} (encore {points} point)";
        next_stage_top: "Next: {name} at {min}", "Prochaine étape\u{a0}: {name} à {min}";
        no_stage: "No stage yet: nothing was answered.", "Pas encore d’étape\u{a0}: aucune réponse.";
        no_answer: "no answer", "sans réponse";
        skipped: "skipped", "passée";
    }
}

impl Common {
    /// How a stored respondent is shown: `self` is "you" ("vous"); anyone else by name, made
    /// printable. JSON, CSV and what `--respondent` takes keep the stored name.
    pub(crate) fn respondent<'a>(&self, respondent: &'a str) -> std::borrow::Cow<'a, str> {
        if crate::names::is_owner(respondent) {
            self.you.into()
        } else {
            crate::printable::printable(respondent).into()
        }
    }
}
