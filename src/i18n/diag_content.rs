//! What the tool says about the content of an assessment or a questionnaire file it cannot
//! accept. Built where no language is passed along, so read through [`super::interface_lang`].
//! Key names (`started`, `skipped = true`) stay as written in the files.

crate::strings! {
    /// Problems in assessments (TOML and JSON) and questionnaires.
    pub(crate) DiagContent {
        // Assessments.
        bad_id: "`id` must be 1 to 64 characters of A-Z, a-z, 0-9, `_` and `-`",
            "`id` doit compter de 1 à 64 caractères parmi A-Z, a-z, 0-9, `_` et `-`";
        // Invitations (`invitations/<id>.toml`).
        invitation_schema: "`schema` must be 1 (an invitation written by a newer version of confiance?)",
            "`schema` doit valoir 1 (une invitation écrite par une version plus récente de confiance\u{202f}?)";
        /// A group's invitation listing more answers than the people it asked.
        invitation_too_many: "the invitation lists more answers than the group it asked (`answers` against `count`)",
            "l’invitation compte plus de réponses que le groupe invité n’a de membres (`answers` face à `count`)";
        invitation_who: "an invitation names either `respondent`, or `group` and `count` (at least 1)",
            "une invitation nomme soit `respondent`, soit `group` et `count` (au moins 1)";
        /// A date key and what is wrong with it.
        bad_time: "`{key}`: {why}", "`{key}`\u{a0}: {why}";
        completed_before_started: "`completed` is before `started`",
            "`completed` précède `started`";
        value_and_skipped: "an answer has either `value` or `skipped = true`, not both",
            "une réponse a soit `value`, soit `skipped = true`, pas les deux";
        value_or_skipped: "an answer needs `value` or `skipped = true`",
            "une réponse doit avoir `value` ou `skipped = true`";
        json_value_or_skipped: "needs either `value` or `skipped: true`",
            "il faut soit `value`, soit `skipped: true`";
        missing_schema: "missing `schema` (this version reads schema {schema})",
            "`schema` manque (cette version lit le schéma {schema})";
        newer_schema: "written by a newer version of confiance (schema {n}; this version reads schema {schema}): please upgrade",
            "écrit par une version plus récente de confiance (schéma {n}\u{202f}; cette version lit le schéma {schema})\u{a0}: mettez confiance à jour";
        schema_integer: "`schema` must be the integer {schema}", "`schema` doit être l’entier {schema}";
        empty_name: "`{key}` is empty (or only spaces and invisible characters)",
            "`{key}` est vide (ou ne contient que des espaces et des caractères invisibles)";
        long_name: "`{key}` is longer than {max} characters ({n})",
            "`{key}` dépasse {max} caractères ({n})";
        other_questionnaire: "the assessment is for another questionnaire than `{id}`",
            "l’évaluation porte sur un autre questionnaire que `{id}`";
        unknown_version: "`questionnaire_version` is not a version of `{id}` this tool knows (it knows: {versions})",
            "`questionnaire_version` n’est pas une version de `{id}` connue de cet outil (il connaît\u{a0}: {versions})";
        unknown_side: "`side` must be one of the sides of `{id}`: {sides}",
            "`side` doit être l’un des côtés de `{id}`\u{a0}: {sides}";
        side_without_sides: "`side` is set, but questionnaire `{id}` has no sides",
            "`side` est donné, mais le questionnaire `{id}` n’a pas de côtés";
        unknown_item: "answer {n}: unknown item (not in questionnaire `{id}`)",
            "réponse {n}\u{a0}: question inconnue (absente du questionnaire `{id}`)";
        answered_twice: "item `{item}` is answered twice", "la question `{item}` a deux réponses";
        outside_scale: "value {value} for `{item}` is outside the scale {min} to {max}",
            "la valeur {value} pour `{item}` sort de l’échelle {min} à {max}";
        extra_null: "`extra` holds a null, which a TOML file cannot hold",
            "`extra` contient un null, qu’un fichier TOML ne peut pas contenir";
        extra_too_large: "`extra` holds an integer too large for a TOML file",
            "`extra` contient un entier trop grand pour un fichier TOML";
        json_shape: "a JSON export is an array of assessments, or one assessment (an object)",
            "un export JSON est un tableau d’évaluations, ou une seule évaluation (un objet)";
        /// Before a message about one assessment of a JSON export.
        json_assessment: "assessment #{number}: {message}", "évaluation n°\u{a0}{number}\u{a0}: {message}";
        json_answer: "assessment #{number}, answer {index}: {message}",
            "évaluation n°\u{a0}{number}, réponse {index}\u{a0}: {message}";

        // The parsers' own words (serde, toml), as they begin their messages.
        parser_missing_field: "missing field", "champ manquant\u{a0}:";
        parser_duplicate_field: "duplicate field", "champ en double\u{a0}:";
        parser_unknown_field: "unknown field", "champ inconnu\u{a0}:";
        parser_unknown_variant: "unknown variant", "valeur inconnue";
        parser_invalid_type: "invalid type:", "type invalide\u{a0}:";
        parser_invalid_value: "invalid value:", "valeur invalide\u{a0}:";
        parser_duplicate_key: "duplicate key", "clé en double";
        parser_expected: ", expected ", ", attendu\u{a0}: ";
        parser_one_of: "one of ", "un mot parmi ";
        parser_or: "` or `", "` ou `";
        parser_a_string: "a string", "un texte entre guillemets";
        parser_an_integer: "an integer", "un nombre entier";
        parser_a_boolean: "a boolean", "true ou false";
        parser_a_sequence: "a sequence", "une liste";

        // Questionnaires.
        bad_questionnaire_id: "the questionnaire id must be lowercase letters, digits and `-`",
            "l’identifiant du questionnaire s’écrit en minuscules, chiffres et `-`";
        empty_lang: "`lang` must not be empty", "`lang` ne doit pas être vide";
        scale_bounds: "the scale's `min` and `max` must be between -{bound} and {bound}",
            "`min` et `max` de l’échelle doivent être compris entre -{bound} et {bound}";
        scale_order: "the scale's min ({min}) must be below its max ({max})",
            "le min de l’échelle ({min}) doit être inférieur à son max ({max})";
        scale_too_long: "the scale has {points} points; at most {most} are allowed",
            "l’échelle compte {points} points\u{202f}; {most} au plus sont permis";
        scale_labels: "the scale has {points} points but {count} labels: give one label per point, or exactly two (the two ends)",
            "l’échelle compte {points} points mais {count} libellés\u{a0}: donnez un libellé par point, ou exactement deux (les deux extrémités)";
        dimension_count: "{count} dimensions: a questionnaire has {least} to {most} (the radar chart needs it)",
            "{count} dimensions\u{a0}: un questionnaire en compte de {least} à {most} (le radar l’exige)";
        duplicate_dimension: "duplicate dimension id `{id}`", "identifiant de dimension `{id}` en double";
        short_length: "`short` of `{id}` has {length} characters; it needs 1 to {most}",
            "le `short` de `{id}` compte {length} caractères\u{202f}; il en faut de 1 à {most}";
        dimension_without_items: "dimension `{id}` has no items", "la dimension `{id}` n’a aucune question";
        no_items: "the questionnaire has no items", "le questionnaire n’a aucune question";
        empty_item_id: "an item id must not be empty", "l’identifiant d’une question ne doit pas être vide";
        duplicate_item: "duplicate item id `{id}`", "identifiant de question `{id}` en double";
        unknown_dimension: "item `{id}` names an unknown dimension `{dimension}`",
            "la question `{id}` renvoie à une dimension inconnue `{dimension}`";
        empty_item_text: "item `{id}` has an empty text", "la question `{id}` n’a pas de texte";
        outcome_with_dimension: "item `{id}` is an outcome (`outcome = true`), kept out of the scores: it belongs to no dimension",
            "la question `{id}` est un effet (`outcome = true`), tenu hors des scores\u{a0}: elle n’appartient à aucune dimension";
        item_without_dimension: "item `{id}` needs a `dimension` (or `outcome = true` to keep it out of the scores)",
            "la question `{id}` doit avoir une `dimension` (ou `outcome = true` pour la tenir hors des scores)";
        unknown_marker: "stage `{stage}` names `{id}` in `markers`, which is not a scored item of this questionnaire",
            "l’étape `{stage}` cite `{id}` dans `markers`, qui n’est pas une question notée de ce questionnaire";
        sides_count: "a questionnaire with `[[sides]]` declares at least two",
            "un questionnaire avec des `[[sides]]` en déclare au moins deux";
        bad_side: "side `{id}` must be a distinct id of lowercase letters, digits and `-`",
            "le côté `{id}` doit avoir un identifiant unique en minuscules, chiffres et `-`";
        no_sides: "this text is written per side, but the questionnaire declares no `[[sides]]`",
            "ce texte est écrit par côté, mais le questionnaire ne déclare aucun `[[sides]]`";
        worded_sides: "a text written per side is written for each side, no other: {sides}",
            "un texte écrit par côté l’est pour chaque côté, et aucun autre\u{a0}: {sides}";
        no_stage: "the ladder needs at least one stage", "l’échelle de collaboration doit avoir au moins une étape";
        first_stage: "the first stage must start at `min = 0`", "la première étape doit commencer à `min = 0`";
        stage_order: "stages must be in increasing order of `min` ({b} comes after {a})",
            "les étapes vont par `min` croissant ({b} vient après {a})";
        stage_min: "a stage's `min` is a score from 0 to 100, not {min}",
            "le `min` d’une étape est un score de 0 à 100, pas {min}";
        already_defined: "questionnaire `{id}` ({lang}, version {version}) is already defined; this file is ignored (to change a questionnaire, give the new file a higher `version`)",
            "le questionnaire `{id}` ({lang}, version {version}) est déjà défini\u{202f}; ce fichier est ignoré (pour changer un questionnaire, donnez au nouveau fichier une `version` plus élevée)";
        unknown_questionnaire: "unknown questionnaire (see `confiance questionnaire list`)",
            "questionnaire inconnu (voir `confiance questionnaire list`)";
        not_in_lang: "questionnaire `{id}` does not exist in this `lang`; it exists in: {langs}",
            "le questionnaire `{id}` n’existe pas dans cette `lang`\u{202f}; il existe en\u{a0}: {langs}";
        /// A character in a questionnaire's text that would act on a terminal.
        acting_character: "holds {character}, a control or bidirectional character that would act on the terminal: remove it",
            "contient {character}, un caractère de contrôle ou bidirectionnel qui agirait sur le terminal\u{a0}: retirez-le";
        elision_consonant: "\"{word}{subject}\" reads wrong before a consonant (\"{word}Bob\"): put {subject} after \"avec\", \"à\", \"par\", or at the start of a clause",
            "«\u{202f}{word}{subject}\u{202f}» se lit mal devant une consonne («\u{202f}{word}Bob\u{202f}»)\u{a0}: placez {subject} après «\u{202f}avec\u{202f}», «\u{202f}à\u{202f}», «\u{202f}par\u{202f}», ou en début de proposition";
        elision_vowel: "\"{word} {subject}\" reads wrong before a vowel (\"{word} Inès\"): put {subject} after \"avec\", \"à\", \"par\", or at the start of a clause",
            "«\u{202f}{word} {subject}\u{202f}» se lit mal devant une voyelle («\u{202f}{word} Inès\u{202f}»)\u{a0}: placez {subject} après «\u{202f}avec\u{202f}», «\u{202f}à\u{202f}», «\u{202f}par\u{202f}», ou en début de proposition";
    }
}
