//! What the commands that read, write and delete files print: `check`, `import`, `export` and
//! `forget`. A place written before a message (`PATH: …`) stays in the code, as compilers write
//! it, and is not part of these strings. Counts come in pairs, `_one` and `_many`, chosen by
//! [`crate::i18n::Lang::plural`].

crate::strings! {
    /// The sentences of `check`, `import`, `export` and `forget`.
    pub(crate) CliFiles {
        // `check`, each after `PATH: `
        removed_leftover: "removed: left by an interrupted save",
            "supprimé\u{a0}: laissé par un enregistrement interrompu";
        save_in_progress: "a save in progress, or one interrupted less than a minute ago (it holds a copy of answers and notes): run `check` again in a minute",
            "un enregistrement en cours, ou interrompu il y a moins d’une minute (il contient une copie des réponses et des notes)\u{a0}: relancez `check` dans une minute";
        leftover: "left by an interrupted save; it holds a copy of answers and notes (`check --fix` removes it)",
            "laissé par un enregistrement interrompu\u{202f}; il contient une copie des réponses et des notes (`check --fix` le supprime)";
        /// A file named as versions before the `~confiance-` marker named their temporary files.
        older_leftover: "named like a temporary file of an older version's save (`.NAME.PID-N.tmp`): if it is one, it holds a copy of the answers and notes of an interrupted save; confiance does not remove a file by guess, delete it yourself",
            "nommé comme un fichier temporaire d’enregistrement d’une ancienne version (`.NOM.PID-N.tmp`)\u{a0}: si c’en est un, il contient une copie des réponses et des notes d’un enregistrement interrompu\u{202f}; confiance ne supprime pas un fichier sur une supposition, supprimez-le vous-même";
        draft_already_saved: "a draft whose assessment is already saved in {filed} (it outlived an interrupted save): `check --fix` removes it",
            "un brouillon dont l’évaluation est déjà enregistrée dans {filed} (il a survécu à un enregistrement interrompu)\u{a0}: `check --fix` le supprime";
        removed_already_saved: "removed: a draft whose assessment is already saved in {filed}",
            "supprimé\u{a0}: un brouillon dont l’évaluation est déjà enregistrée dans {filed}";
        tightened: "permissions {from} tightened to {to}", "permissions {from} restreintes à {to}";
        cannot_tighten: "cannot tighten permissions: {reason}",
            "impossible de restreindre les permissions\u{a0}: {reason}";
        readable_by_others: "readable by others (mode {mode}; `check --fix` makes it {tight})",
            "lisible par d’autres utilisateurs (mode {mode}\u{202f}; `check --fix` le passe en {tight})";
        // `check`, after `CACHE-PATH: `: the summary cache is only a cache (never a problem)
        cache_unusable: "summary cache damaged or from another version: harmless (the files are the truth), rebuilt",
            "cache de résumé endommagé ou d’une autre version\u{a0}: sans conséquence (les fichiers font foi), reconstruit";
        cache_stale_one: "summary cache: {n} entry out of date: harmless (never used), rebuilt",
            "cache de résumé\u{a0}: {n} entrée périmée\u{a0}: sans conséquence (jamais utilisée), reconstruit";
        cache_stale_many: "summary cache: {n} entries out of date: harmless (never used), rebuilt",
            "cache de résumé\u{a0}: {n} entrées périmées\u{a0}: sans conséquence (jamais utilisées), reconstruit";
        cache_wrong_one: "summary cache: {n} entry did not match its file; rebuilt from the files, which are the truth",
            "cache de résumé\u{a0}: {n} entrée ne correspondait pas à son fichier\u{202f}; reconstruit à partir des fichiers, qui font foi";
        cache_unwritten: "summary cache could not be rewritten ({reason}): it may still hold assessments changed or deleted since, forgotten ones included; delete it",
            "le cache de résumé n’a pas pu être réécrit ({reason})\u{a0}: il contient peut-être encore des évaluations modifiées ou supprimées depuis, y compris oubliées\u{202f}; supprimez-le";
        cache_not_removed: "the summary cache could not be removed ({reason}): it may still hold what was just forgotten; delete it",
            "le cache de résumé n’a pas pu être supprimé ({reason})\u{a0}: il contient peut-être encore ce qui vient d’être oublié\u{202f}; supprimez-le";
        cache_wrong_many: "summary cache: {n} entries did not match their files; rebuilt from the files, which are the truth",
            "cache de résumé\u{a0}: {n} entrées ne correspondaient pas à leurs fichiers\u{202f}; reconstruit à partir des fichiers, qui font foi";
        harmless_duplicate: "harmless duplicate of {other} (same assessment {id}): one copy can go",
            "doublon sans conséquence de {other} (même évaluation {id})\u{a0}: l’une des deux copies peut être supprimée";
        /// `{keys}`: the file's keys that differ, such as `intention`, `answers`.
        conflict: "conflict with {other}: both are assessment {id} but they differ in {keys}; compare them and keep the right one",
            "conflit avec {other}\u{a0}: les deux sont l’évaluation {id} mais elles diffèrent par {keys}\u{202f}; comparez-les et gardez la bonne";
        no_problem_one: "{n} file, no problem found", "{n} fichier, aucun problème";
        no_problem_many: "{n} files, no problem found", "{n} fichiers, aucun problème";
        valid_files_one: "{n} valid file", "{n} fichier valide";
        valid_files_many: "{n} valid files", "{n} fichiers valides";
        problems_one: "{n} problem", "{n} problème";
        problems_many: "{n} problems", "{n} problèmes";

        // `import`
        already_there: "already there: {file} ({subject}, {id})",
            "déjà présente\u{a0}: {file} ({subject}, {id})";
        imported: "imported: {file} → {saved}", "importée\u{a0}: {file} → {saved}";
        /// After `PATH: `.
        saved_unconfirmed: "saved, but the disk did not confirm it ({reason}): check the disk; importing again is safe",
            "enregistrée, mais le disque ne l’a pas confirmé ({reason})\u{a0}: vérifiez le disque\u{202f}; importer de nouveau est sans risque";
        /// After `PATH: `.
        cannot_store: "cannot store it in {dir}: {reason}",
            "impossible de l’enregistrer dans {dir}\u{a0}: {reason}";
        /// After `PATH: `.
        refused_different: "refused: the store already has assessment {id} with different content",
            "refusée\u{a0}: l’évaluation {id} est déjà enregistrée, avec un contenu différent";
        imported_one: "{n} imported", "{n} évaluation importée";
        imported_many: "{n} imported", "{n} évaluations importées";
        already_one: "{n} already there", "{n} déjà présente";
        already_many: "{n} already there", "{n} déjà présentes";
        refused_one: "{n} refused", "{n} refusée";
        refused_many: "{n} refused", "{n} refusées";
        unstored_one: "{n} not stored", "{n} non enregistrée";
        unstored_many: "{n} not stored", "{n} non enregistrées";
        could_not_store_one: "{n} assessment could not be stored (see above)",
            "{n} évaluation n’a pas pu être enregistrée (voir plus haut)";
        could_not_store_many: "{n} assessments could not be stored (see above)",
            "{n} évaluations n’ont pas pu être enregistrées (voir plus haut)";
        could_not_import_one: "{n} of the files could not be imported (see above)",
            "{n} fichier n’a pas pu être importé (voir plus haut)";
        could_not_import_many: "{n} of the files could not be imported (see above)",
            "{n} fichiers n’ont pas pu être importés (voir plus haut)";
        is_draft: "assessment {id} is a draft (no `completed` date): finish it before importing",
            "l’évaluation {id} est un brouillon (sans date `completed`)\u{a0}: terminez-la avant de l’importer";
        /// Before a message about one assessment of a JSON export.
        assessment_number: "assessment #{n}: ", "évaluation nº\u{a0}{n}\u{a0}: ";
        session_note_too_long: "the session's note is longer than {max} bytes",
            "la note de la séance dépasse {max} octets";
        intention_too_long: "an intention is longer than {max} bytes",
            "une intention dépasse {max} octets";
        answer_note_too_long: "answer {n}: its note is longer than {max} bytes",
            "réponse {n}\u{a0}: sa note dépasse {max} octets";

        // `export`
        cannot_write: "cannot write {path}", "impossible d’écrire {path}";
        /// After `PATH: `.
        written_unconfirmed: "written, but the disk did not confirm it ({reason})",
            "écrit, mais le disque ne l’a pas confirmé ({reason})";
        exported_one: "Exported {n} assessment to {path}", "{n} évaluation exportée vers {path}";
        exported_many: "Exported {n} assessments to {path}", "{n} évaluations exportées vers {path}";
        no_folder: "cannot write {path}: the folder {folder} does not exist",
            "impossible d’écrire {path}\u{a0}: le dossier {folder} n’existe pas";
        already_exists: "{path} already exists: choose another name, or add --force to replace it",
            "{path} existe déjà\u{a0}: choisissez un autre nom, ou ajoutez --force pour le remplacer";

        // `forget`
        deletes_one: "This deletes {n} file about {names}:", "Ceci supprime {n} fichier concernant {names}\u{a0}:";
        deletes_many: "This deletes {n} files about {names}:", "Ceci supprime {n} fichiers concernant {names}\u{a0}:";
        left_alone_one: "({n} file that may be another subject's is left alone: it names another subject, its `subject` line cannot be read, or it cannot be read in a folder shared with another subject. If it is this subject's, delete it yourself; see `confiance check`.)",
            "({n} fichier qui est peut-être celui d’un autre sujet n’est pas touché\u{a0}: il porte le nom d’un autre sujet, sa ligne `subject` est illisible, ou il est illisible dans un dossier partagé avec un autre sujet. S’il est bien celui de ce sujet, supprimez-le vous-même\u{202f}; voir `confiance check`.)";
        left_alone_many: "({n} files that may be another subject's are left alone: each names another subject, has a `subject` line that cannot be read, or cannot be read in a folder shared with another subject. If they are this subject's, delete them yourself; see `confiance check`.)",
            "({n} fichiers qui sont peut-être ceux d’un autre sujet ne sont pas touchés\u{a0}: chacun porte le nom d’un autre sujet, a une ligne `subject` illisible, ou est illisible dans un dossier partagé avec un autre sujet. S’ils sont bien ceux de ce sujet, supprimez-les vous-même\u{202f}; voir `confiance check`.)";
        assessment_by: "assessment of {date} by {who}", "évaluation du {date} par {who}";
        draft_by: "draft of {date} by {who}", "brouillon du {date} par {who}";
        unreadable: "cannot be read", "illisible";
        only_the_link: "{what}; a symbolic link: only the link is removed",
            "{what}\u{202f}; un lien symbolique\u{a0}: seul le lien est supprimé";
        /// After `PATH  (`, in the list of what goes.
        subject_entry_goes: "its name and check-in cadence: this entry goes, the rest of the file stays",
            "son nom et son rythme de suivi\u{a0}: cette entrée est supprimée, le reste du fichier est gardé";
        /// After `PATH: `.
        subject_entry_kept: "the subject's entry could not be removed ({reason}): its name is still there",
            "l’entrée du sujet n’a pas pu être supprimée ({reason})\u{a0}: son nom y figure encore";
        nothing_deleted: "Nothing deleted.", "Rien n’a été supprimé.";
        cannot_delete: "cannot delete {path}", "impossible de supprimer {path}";
        deleted_one: "Deleted {n} file about {names}.", "{n} fichier supprimé concernant {names}.";
        deleted_many: "Deleted {n} files about {names}.", "{n} fichiers supprimés concernant {names}.";
        draft_open: "nothing deleted: the draft of {date} by {who} is open in another window; finish or leave it there first",
            "rien n’a été supprimé\u{a0}: le brouillon du {date} par {who} est ouvert dans une autre fenêtre\u{202f}; terminez-le ou quittez-le d’abord";
        cannot_lock: "nothing deleted: cannot lock a draft",
            "rien n’a été supprimé\u{a0}: impossible de verrouiller un brouillon";
        no_assessment_or_draft: "no assessment or draft of {name}",
            "aucune évaluation ni aucun brouillon de {name}";
        did_you_mean: "{base}; did you mean {names}?", "{base}\u{202f}; vouliez-vous dire {names}\u{202f}?";
        or: " or ", " ou ";
        add_yes: "nothing deleted: add --yes to delete without being asked",
            "rien n’a été supprimé\u{a0}: ajoutez --yes pour supprimer sans confirmation";
        /// The question; the letters in brackets are the answers it takes.
        delete_for_good: "Delete them for good? [y/N] ", "Les supprimer définitivement\u{202f}? [o/N] ";
        // `check` and `export`, added with the safety review
        link_not_followed: "a symbolic link: not followed (confiance never leaves its data folder)",
            "un lien symbolique\u{a0}: non suivi (confiance ne sort jamais de son dossier de données)";
        output_inside_store: "cannot write {path}: it is inside the data folder; export to another folder",
            "impossible d’écrire {path}\u{a0}: c’est dans le dossier de données\u{202f}; exportez vers un autre dossier";
        output_not_regular: "cannot write {path}: it is not a regular file",
            "impossible d’écrire {path}\u{a0}: ce n’est pas un fichier ordinaire";
    }
}
