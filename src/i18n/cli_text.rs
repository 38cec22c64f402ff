//! What the commands print about the store and its subjects: notices, errors, `list`, `show`,
//! `trend`, `config` and `questionnaire`. The commands that move files (`check`, `import`,
//! `export`, `forget`) are in `cli_files`. A place written before a message (`PATH: …`) stays
//! in the code, as compilers write it, and is not part of these strings.

crate::strings! {
    /// The command line's sentences, headings and messages.
    pub CliText {
        /// The label before an error: `confiance: error: …`.
        error_label: "error", "erreur";
        /// The one line an error is printed on.
        error_line: "confiance: {label}: {message}", "confiance\u{a0}: {label}\u{a0}: {message}";
        /// Before advice that does not make a command fail: `PATH:LINE: warning: …`.
        warning: "warning: {message}", "avertissement\u{a0}: {message}";
        cannot_write_output: "cannot write output: {reason}",
            "impossible d’écrire la sortie\u{a0}: {reason}";
        lang_missing: "no interface in `{lang}` yet: English is used (available: en, fr)",
            "pas encore d’interface en `{lang}`\u{a0}: l’anglais est utilisé (disponibles\u{a0}: en, fr)";
        no_data_dir: "no data folder: give --data-dir or set {var}",
            "aucun dossier de données\u{a0}: indiquez --data-dir ou définissez {var}";
        /// After `PATH: `.
        data_dir_not_folder: "not a folder: the data folder (--data-dir or {var}) must be a folder",
            "pas un dossier\u{a0}: le dossier de données (--data-dir ou {var}) doit être un dossier";
        data_folder: "data folder: {path}", "dossier de données\u{a0}: {path}";
        /// After `PATH: `.
        not_private: "the data folder can be read by other users (mode {mode}); `confiance check --fix` makes it private",
            "d’autres utilisateurs peuvent lire le dossier de données (mode {mode})\u{202f}; `confiance check --fix` le rend privé";
        long_name: "a name has at most {max} characters (this one has {n})",
            "un nom compte au plus {max} caractères (celui-ci en compte {n})";
        empty_subject: "the subject's name is empty", "le nom du sujet est vide";
        empty_respondent: "the respondent's name is empty", "le nom du répondant est vide";
        /// A name shown in a sentence.
        quoted: "\"{name}\"", "«\u{202f}{name}\u{202f}»";
        /// Between two clauses of a message.
        then: "{first}; {second}", "{first}\u{202f}; {second}";
        config_questionnaire_unknown: "the config file's questionnaire `{id}` is not known here: {default} is used",
            "le questionnaire `{id}` du fichier de réglages est inconnu ici\u{a0}: {default} est utilisé";
        /// The line in a new questionnaire file that says what it was made from.
        questionnaire_made_from: "Made from the questionnaire `{id}` (version {version}): change what you like.",
            "Fait à partir du questionnaire `{id}` (version {version})\u{a0}: changez ce que vous voulez.";
        questionnaire_new_next: "Questionnaire `{id}`: edit {path}, check it with `confiance questionnaire check {path}`, then put it in {folder}.",
            "Questionnaire `{id}`\u{a0}: modifiez {path}, vérifiez-le avec `confiance questionnaire check {path}`, puis placez-le dans {folder}.";
        /// `assess` of a questionnaire worded for sides, without `--side`.
        side_needed: "`{id}` is answered from one of its sides: add --side {sides}",
            "`{id}` se remplit depuis l’un de ses côtés\u{a0}: ajoutez --side {sides}";
        /// `assess --side` with a side the questionnaire does not have (or none at all).
        side_unknown: "--side {side}: `{id}` has the sides {sides}",
            "--side {side}\u{a0}: les côtés de `{id}` sont {sides}";
        side_none: "--side {side}: `{id}` is worded for one side only",
            "--side {side}\u{a0}: `{id}` n’est rédigé que pour un côté";
        no_questionnaire: "no questionnaire `{id}` (see `confiance questionnaire list`)",
            "aucun questionnaire `{id}` (voir `confiance questionnaire list`)";

        // `list`
        list_empty: "No assessments yet. Start one with `confiance assess NAME`, or run `confiance`.",
            "Aucune évaluation pour l’instant. Commencez-en une avec `confiance assess NOM`, ou lancez `confiance`.";
        head_subject: "SUBJECT", "SUJET";
        head_assessments: "ASSESSMENTS", "ÉVALUATIONS";
        head_last: "LAST", "DERNIÈRE";
        head_overall: "OVERALL", "GLOBAL";

        // `show` and `trend`: finding the assessment
        no_assessment_of: "no assessment of {name}", "aucune évaluation de {name}";
        no_assessment_at_all: "no assessment of {name}: the store is empty",
            "aucune évaluation de {name}\u{a0}: le dossier de données n’en contient aucune";
        no_assessment_known: "no assessment of {name}; known subjects: {names}",
            "aucune évaluation de {name}\u{202f}; sujets connus\u{a0}: {names}";
        from_respondent: " from respondent {name}", " du répondant {name}";
        with_id: " with id {id}", " d’identifiant {id}";
        other_side_needs_your_name: "the other side reads your name in each statement, and it is not known yet: give it once with `confiance config set name NAME`, or for this run with --me NAME",
            "l’autre partie lit votre nom dans chaque affirmation, et il n’est pas encore connu\u{a0}: donnez-le une fois avec `confiance config set name NOM`, ou pour cette commande avec --me NOM";
        no_assessment_picked: "no assessment of {name}{who}{which} (respondents: {names})",
            "aucune évaluation de {name}{who}{which} (répondants\u{a0}: {names})";

        // `show --format markdown`
        md_title: "# {subject}: {title}", "# {subject}\u{a0}: {title}";
        md_header: "| Dimension | Group | Score | Answered |", "| Dimension | Groupe | Score | Réponses |";

        // `trend`
        trend_title: "{subject}: overall score over time", "{subject}\u{a0}: score global au fil du temps";
        head_date: "DATE", "DATE";
        head_respondent: "RESPONDENT", "RÉPONDANT";
        head_virtues: "VIRTUES", "VERTUS";
        head_pillars: "PILLARS", "PILIERS";
        head_change: "CHANGE", "ÉVOLUTION";
        trend_needs_two: "Trends need two assessments: assess again later to see the change.",
            "Une tendance demande deux évaluations\u{a0}: évaluez de nouveau plus tard pour voir l’évolution.";

        // `config`
        config_file: "config file: {path}", "fichier de configuration\u{a0}: {path}";
        config_not_created: "{path} (not created)", "{path} (pas encore créé)";
        config_no_folder: "no config folder on this system", "aucun dossier de configuration sur ce système";
        lang_not_available: " (asked for `{lang}`, not available)", " (`{lang}` demandé, non disponible)";
        no_data_dir_setting: "none: give --data-dir", "aucun\u{a0}: indiquez --data-dir";
        head_setting: "SETTING", "RÉGLAGE";
        head_value: "VALUE", "VALEUR";
        head_from: "FROM", "SOURCE";
        from_default: "default", "par défaut";
        from_config_file: "config file", "fichier de configuration";
        from_locale: "locale ${var}", "locale ${var} du système";
        from_env: "env ${var}", "variable d’environnement ${var}";
        from_flag: "flag {flag}", "option {flag}";

        // `questionnaire`
        builtin: "built in", "intégré";
        head_id: "ID", "ID";
        head_lang: "LANG", "LANGUE";
        head_version: "VERSION", "VERSION";
        head_items: "ITEMS", "QUESTIONS";
        head_title: "TITLE", "TITRE";
        head_source: "SOURCE", "SOURCE";
        no_version_in: "No `{lang}` version of `{id}`: showing `{shown}`.",
            "Pas de version `{lang}` de `{id}`\u{a0}: voici `{shown}`.";
        /// After `PATH: `.
        questionnaire_ok: "ok: `{id}` ({lang}) version {version}: {dimensions}, {items}, {stages}",
            "ok\u{a0}: `{id}` ({lang}) version {version}\u{a0}: {dimensions}, {items}, {stages}";
        dimensions_one: "{n} dimension", "{n} dimension";
        dimensions_many: "{n} dimensions", "{n} dimensions";
        items_one: "{n} item", "{n} question";
        items_many: "{n} items", "{n} questions";
        stages_one: "{n} stage", "{n} étape";
        stages_many: "{n} stages", "{n} étapes";
        /// After `PATH: `.
        problems_found_one: "{n} problem found", "{n} problème trouvé";
        problems_found_many: "{n} problems found", "{n} problèmes trouvés";
        /// After `PATH: `, when the file is valid but answers stored with its id, language and
        /// version no longer fit it.
        answers_no_longer_fit: "answers stored with `{id}` ({lang}) version {version} no longer fit this file ({problems}): keep the version they were answered with, and make your changes a new `version`",
            "des réponses enregistrées avec `{id}` ({lang}) version {version} ne correspondent plus à ce fichier ({problems})\u{a0}: gardez la version avec laquelle elles ont été données, et faites de vos changements une nouvelle `version`";
        scale: "Scale {min} to {max}: {labels}", "Échelle de {min} à {max}\u{a0}: {labels}";
        dimension_line: "{name} ({group}): {about}", "{name} ({group})\u{a0}: {about}";
        reverse_keyed: "  (reverse-keyed)", "  (formulation inversée)";
        ladder: "The ladder of collaboration:", "L’échelle de la collaboration\u{a0}:";
        stage_line: "{n}. {name} (from {min}): {about}", "{n}. {name} (à partir de {min})\u{a0}: {about}";
    }
}
