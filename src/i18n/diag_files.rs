//! What the tool says about files and folders it cannot read, write or follow, about the
//! store's own rules, the config file and dates. Built where no language is passed along, so
//! these tables are read through [`super::interface_lang`].

crate::strings! {
    /// Problems with files, folders, links, the store's layout, the config file and dates.
    pub(crate) DiagFiles {
        cannot_read: "cannot read: {reason}", "lecture impossible\u{a0}: {reason}";
        cannot_read_folder: "cannot read folder: {reason}", "dossier illisible\u{a0}: {reason}";
        invalid_utf8: "invalid UTF-8: the file must be UTF-8 text",
            "UTF-8 invalide\u{a0}: le fichier doit être du texte UTF-8";
        is_folder: "is a folder, not a file", "est un dossier, pas un fichier";
        is_folder_skipped: "is a folder, not a file: skipped",
            "est un dossier, pas un fichier\u{a0}: ignoré";
        not_regular: "is not a regular file (a pipe, a device or a socket): not read",
            "n’est pas un fichier ordinaire (un tube, un périphérique ou une socket)\u{a0}: non lu";
        too_large_read: "file is too large ({size} MB; at most {max} MB is read)",
            "fichier trop volumineux ({size} Mo\u{202f}; au plus {max} Mo sont lus)";
        too_large_write: "too large to be read back ({size} MB; at most {max} MB is written)",
            "trop volumineux pour être relu ({size} Mo\u{202f}; au plus {max} Mo sont écrits)";
        link_not_followed: "is a symbolic link: not followed (confiance never leaves its data folder)",
            "est un lien symbolique\u{a0}: non suivi (confiance ne sort jamais de son dossier de données)";
        link_to_folder: "is a symbolic link to a folder: not followed",
            "est un lien symbolique vers un dossier\u{a0}: non suivi";
        link_nowhere: "symbolic link that leads nowhere: {reason}",
            "lien symbolique qui ne mène nulle part\u{a0}: {reason}";
        link_outside: "symbolic link to outside the data folder: not read",
            "lien symbolique vers l’extérieur du dossier de données\u{a0}: non lu";
        link_folder: "symbolic link to a folder: not followed",
            "lien symbolique vers un dossier\u{a0}: non suivi";
        link_odd: "symbolic link to something that is not a regular file: not read",
            "lien symbolique vers autre chose qu’un fichier ordinaire\u{a0}: non lu";
        not_file_or_folder: "not a regular file or folder: left alone",
            "ni un fichier ordinaire ni un dossier\u{a0}: laissé tel quel";
        hard_links: "has other names (hard links): left alone",
            "porte d’autres noms (liens physiques)\u{a0}: laissé tel quel";
        file_empty: "the file is empty", "le fichier est vide";
        draft_in_assessments: "has no `completed` date: a draft belongs in drafts/",
            "n’a pas de date `completed`\u{a0}: un brouillon va dans drafts/";
        completed_in_drafts: "is completed: it belongs in assessments/",
            "est terminée\u{a0}: elle va dans assessments/";
        different_content: "the store already has this assessment with different content",
            "le dossier de données contient déjà cette évaluation, avec un autre contenu";
        outside_data: "outside the data folder", "hors du dossier de données";
        outside_space: "outside the space's folder", "hors du dossier de cet espace";
        not_plain_name: "not a plain folder name", "pas un simple nom de dossier";
        writes_through_link: "{path} is a symbolic link: confiance never writes through one (it would leave the data folder)",
            "{path} est un lien symbolique\u{a0}: confiance n’écrit jamais à travers un lien (il sortirait du dossier de données)";
        not_a_folder: "{path} is not a folder", "{path} n’est pas un dossier";
        lock_keeps_changing: "the draft lock keeps changing", "le verrou du brouillon change sans cesse";
        /// Before a line number, for a message about text with no file.
        line: "line {line}: ", "ligne {line}\u{a0}: ";

        // The config file.
        config_bad_lang: "`lang` must be \"en\" or \"fr\" (also written \"fr-FR\", \"fr_FR.UTF-8\")",
            "`lang` doit valoir \"en\" ou \"fr\" (ou s’écrire \"fr-FR\", \"fr_FR.UTF-8\")";
        config_bad_name: "`name` must be a name in quotes, not empty",
            "`name` doit être un nom entre guillemets, non vide";
        config_bad_hide_notes: "`hide_notes` must be true or false", "`hide_notes` doit valoir true ou false";
        config_bad_cadence: "`cadence_weeks` must be a whole number of weeks from 1 to {most}",
            "`cadence_weeks` doit être un nombre entier de semaines, de 1 à {most}";
        config_bad_group_minimum: "`group_minimum` must be a whole number of answers from 3 to 1000",
            "`group_minimum` doit être un nombre entier de réponses, de 3 à 1000";
        config_bad_color: "`color` must be \"auto\", \"always\" or \"never\"",
            "`color` doit valoir \"auto\", \"always\" ou \"never\"";
        config_bad_questionnaire: "`questionnaire` must be a questionnaire's id, such as \"trust\" or \"community\"",
            "`questionnaire` doit être l’identifiant d’un questionnaire, comme \"trust\" ou \"community\"";
        config_unknown_key: "unknown setting `{key}` (known: {known})",
            "réglage inconnu `{key}` (connus\u{a0}: {known})";
        /// A mistake in the config file, which never stops the tool.
        config_ignored: "{why}: ignored", "{why}\u{a0}: ignoré";

        // Dates and times.
        date_needed: "a date is needed, not only a time of day",
            "il faut une date, pas seulement une heure";
        leap_second: "a leap second (`:60`) cannot be stored; write `:59` instead",
            "une seconde intercalaire (`:60`) ne peut pas être enregistrée\u{202f}; écrivez `:59`";
        fraction_too_large: "a fraction of a second must be below one second",
            "une fraction de seconde doit être inférieure à une seconde";
        no_such_time: "this date or time of day does not exist",
            "cette date ou cette heure n’existe pas";
        not_rfc3339: "not an RFC 3339 date and time", "pas une date et heure RFC 3339";
        outside_years: "in UTC (after its offset) this falls outside the years 0000 to 9999",
            "en UTC (décalage appliqué), cela sort des années 0000 à 9999";

        // What the system says, for the errors met most (the others keep the system's words).
        io_not_found: "no such file or folder", "fichier ou dossier introuvable";
        io_permission: "permission denied", "permission refusée";
        io_exists: "already exists", "existe déjà";
        io_full: "no space left on the disk", "plus de place sur le disque";
        io_read_only: "the disk is read-only", "le disque est en lecture seule";
        io_not_folder: "not a folder", "pas un dossier";
        io_is_folder: "is a folder", "est un dossier";
        io_too_large: "file too large", "fichier trop volumineux";
        io_busy: "in use", "occupé";
        io_quota: "disk quota exceeded", "quota disque dépassé";
    }
}
