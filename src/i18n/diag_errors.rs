//! What the store, the file writer and the config writer say when they refuse something: the
//! words of [`crate::store::StoreError`], [`crate::files::FileError`] and
//! [`crate::config::ConfigError`] that [`super::DiagFiles`] does not already have, and the
//! problems of `subjects.toml` and of clients' folders. Read in the interface's language,
//! like every diagnostic.

crate::strings! {
    /// Refusals of the store and of the config file's writer; problems of the space's files.
    pub(crate) DiagErrors {
        client_taken: "{path} belongs to another client", "{path} appartient à un autre client";
        /// After a located problem of a client's folder (`PATH:LINE:COL: why`).
        client_damaged: "{problem}: it may be this client's own file, so no second client of that name is made; repair it (`confiance check` lists it)",
            "{problem}\u{a0}: c’est peut-être le fichier de ce client, donc aucun second client de ce nom n’est créé\u{202f}; réparez-le (`confiance check` l’indique)";
        client_file_odd: "{path} is not a regular file: confiance never writes through a link",
            "{path} n’est pas un fichier ordinaire\u{a0}: confiance n’écrit jamais à travers un lien";
        not_draft_id: "not a draft id", "pas un identifiant de brouillon";
        not_completed_here: "not a completed assessment of this space",
            "pas une évaluation terminée de cet espace";
        not_regular_file: "not a regular file: confiance never writes through a link",
            "pas un fichier ordinaire\u{a0}: confiance n’écrit jamais à travers un lien";
        no_longer_held: "the file no longer holds this assessment",
            "le fichier ne contient plus cette évaluation";
        changed_meanwhile: "it was changed in the file since it was shown (another window, or by hand)",
            "il a été modifié dans le fichier depuis son affichage (une autre fenêtre, ou à la main)";
        /// Turning what is saved into TOML or JSON failed: a bug, never the person's doing.
        not_encoded: "could not be turned into text (a bug in confiance)",
            "n’a pas pu être mis en texte (un bogue de confiance)";
        cadence_bad: "`cadence_weeks` must be a whole number of weeks from 0 (no check-ins) to {most}: ignored",
            "`cadence_weeks` doit être un nombre entier de semaines, de 0 (aucun point prévu) à {most}\u{a0}: ignoré";
        subject_twice: "the same subject as another table, written another way: ignored",
            "le même sujet qu’une autre table, écrit autrement\u{a0}: ignoré";
        clients_not_folder: "is not a folder: no client is read",
            "n’est pas un dossier\u{a0}: aucun client n’est lu";
        clients_unreadable: "cannot read folder", "dossier illisible";
        client_without_file: "a client folder without {file}: not read",
            "un dossier de client sans {file}\u{a0}: non lu";
        client_name_empty: "`name` is empty (or only spaces and invisible characters)",
            "`name` est vide (ou ne contient que des espaces et des caractères invisibles)";

        // Writing the config file.
        config_link: "it is a symbolic link: confiance does not replace it; edit the file it leads to",
            "c’est un lien symbolique\u{a0}: confiance ne le remplace pas\u{202f}; modifiez le fichier vers lequel il mène";
        /// `{problem}` is where the file stops being TOML, and why.
        config_not_toml: "{problem}: fix it first", "{problem}\u{a0}: corrigez-le d’abord";
        config_unusual: "the config file's layout is unusual: set it by hand",
            "la disposition du fichier de configuration est inhabituelle\u{a0}: écrivez ce réglage à la main";
    }
}
