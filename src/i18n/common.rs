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
        /// The overall score is nearer a neighbouring stage's threshold than a change worth
        /// calling out (see `change.rs`).
        stage_edge: "Close to {name}: two answers moving one step could change the stage.",
            "Proche de l’étape {name}\u{a0}: deux réponses qui bougent d’un cran pourraient changer l’étape.";
        /// The overall score reaches the next stage, the statements that mark its rung do not.
        next_stage_held: "Next: {name} at {min}: the overall score reaches it, the statements that mark it do not yet",
            "Prochaine étape\u{a0}: {name} à {min}\u{a0}: le score global l’atteint, pas encore les affirmations qui la marquent";
        no_stage: "No stage yet: nothing was answered.", "Pas encore d’étape\u{a0}: aucune réponse.";
        no_answer: "no answer", "sans réponse";
        /// The heading of the statements asked but kept out of every score (`outcome = true`):
        /// what goes with trust, never said to follow from the score.
        outcomes_title: "What goes with this level of trust", "Ce qui accompagne ce niveau de confiance";
        /// Under that heading on the question screen.
        outcomes_about: "Asked beside the scores, never counted in them.",
            "Posée à côté des scores, jamais comptée dedans.";
        /// A row of trends between two assessments answered with different versions of the
        /// questionnaire.
        questionnaire_changed: "questionnaire changed (v{from} → v{to})",
            "questionnaire modifié (v{from} → v{to})";
        /// Under a comparison of views answered with different versions of one questionnaire.
        across_versions: "Across versions {versions} of the questionnaire: compared dimension by dimension, each scored from its own version's statements.",
            "Entre les versions {versions} du questionnaire\u{a0}: comparaison dimension par dimension, chacune notée d’après les affirmations de sa version.";
        /// A dimension with answers, but too few to score it (see `score::enough`).
        not_enough: "not enough answers", "trop peu de réponses";
        /// When the stage is withheld because too few dimensions have a score.
        no_stage_few: "No stage: a stage needs three quarters of the dimensions scored ({scored} of {total} are).",
            "Pas d’étape\u{a0}: il faut un score pour les trois quarts des dimensions ({scored} sur {total} en ont un).";
        /// After the indices when some dimensions have no score.
        scored_of: "({scored} of {total} dimensions scored)", "({scored} dimensions sur {total} ont un score)";
        /// Under the stage of a view answered from one side of a questionnaire worded for two.
        stage_one_side: "One side's view ({side}): set it beside the other side's with compare.",
            "Le point de vue d’un seul côté ({side})\u{a0}: à mettre en regard de celui de l’autre côté avec la comparaison.";
        /// Said under the stage, everywhere it is placed.
        indication: "A stage is an indication, not a verdict.", "Une étape est une indication, non un verdict.";
        /// Before the statements of a dimension answered against each other.
        look_again: "Look again: these reversed statements were answered the same way as the others of their dimension (reversed statements are easy to misread).",
            "À revoir\u{a0}: ces affirmations inversées ont reçu la même réponse que les autres de leur dimension (les affirmations inversées se lisent facilement de travers).";
        /// When the answers as a whole lean one way, reversed statements included.
        answered_alike: "Most answers lean the same way, reversed statements included: answering quickly or agreeing out of habit does that. Read the reversed statements again before relying on the scores.",
            "La plupart des réponses penchent du même côté, affirmations inversées comprises\u{a0}: c’est ce que donne une réponse rapide ou une approbation par habitude. Relisez les affirmations inversées avant de vous fier aux scores.";
        /// One dimension to look at again: its name and its reversed statement.
        look_again_line: "{dimension}: “{statement}”", "{dimension}\u{a0}: «\u{202f}{statement}\u{202f}»";
        /// The answer that is no score: the person cannot tell, or the statement does not fit.
        dont_know: "Don't know / doesn't apply", "Je ne sais pas / ne s’applique pas";
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
