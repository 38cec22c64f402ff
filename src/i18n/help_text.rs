//! The command line's help in French: every text of the clap derive (its English is the doc
//! comments and `after_help`s, copied here word for word so a changed English text is seen),
//! and clap's own words (headings, `--help`, `--version`, defaults).

crate::strings! {
    /// The texts written on the derive structs of `src/cli/`, found by their English.
    pub(crate) HelpText {
        about: "Look honestly at the trust in a working relationship, and watch it change over time.",
            "Regarder honnêtement la confiance dans une relation de travail, et la voir évoluer dans le temps.";
        long_about: "Look honestly at the trust in a working relationship, and watch it change over time.\n\n\
            Without a command, opens the interactive home screen (with --plain, a numbered menu on plain lines). Answers are saved as plain TOML \
            files in a private data folder.",
            "Regarder honnêtement la confiance dans une relation de travail, et la voir évoluer dans le temps.\n\n\
            Sans commande, ouvre l’écran d’accueil interactif (avec --plain, un menu numéroté en simples lignes). Les réponses sont enregistrées en \
            simples fichiers TOML dans un dossier de données privé.";
        examples: "Examples:\n  confiance                      open the interactive home screen\n  confiance assess Alice         assess your trust with Alice\n  confiance show Alice           see the latest results\n  confiance list --format json   every subject, as JSON",
            "Exemples\u{a0}:\n  confiance                      ouvrir l’écran d’accueil interactif\n  confiance assess Alice         évaluer votre confiance envers Alice\n  confiance show Alice           voir les derniers résultats\n  confiance list --format json   tous les sujets, en JSON";
        data_dir: "The data folder [default: $CONFIANCE_DATA_DIR, else the platform's data folder]",
            "Le dossier de données [par défaut\u{a0}: $CONFIANCE_DATA_DIR, sinon celui que prévoit votre système]";
        quiet: "Print only results and errors: no warnings about skipped files, no progress",
            "N’afficher que les résultats et les erreurs\u{a0}: ni avertissement sur les fichiers ignorés, ni progression";
        verbose: "Print more: the data folder, the files read and written",
            "En afficher davantage\u{a0}: le dossier de données, les fichiers lus et écrits";
        lang: "The interface's language: en or fr (also FR, fr-FR, fr_FR.UTF-8) [default: $CONFIANCE_LANG, the config file's lang, your locale, else English]",
            "La langue de l’interface\u{a0}: en ou fr (ou encore FR, fr-FR, fr_FR.UTF-8) [par défaut\u{a0}: $CONFIANCE_LANG, le réglage lang du fichier de configuration, la langue de votre système, sinon l’anglais]";
        client: "Work in this client's own space, apart from yours and every other client's [default: $CONFIANCE_CLIENT]",
            "Travailler dans l’espace propre à ce client, à l’écart du vôtre et de celui de tout autre client [par défaut\u{a0}: $CONFIANCE_CLIENT]";
        me: "Your name, which the other side of a relationship reads in its questions [default: the config file's name]",
            "Votre nom, que l’autre partie d’une relation lit dans ses questions [par défaut\u{a0}: le réglage name du fichier de configuration]";
        plain: "Questions and results as plain lines, for screen readers, pipes and simple terminals [also: $ACCESSIBLE=1 or TERM=dumb; assess also when stdin or stdout is not a terminal]",
            "Questions et résultats en simples lignes, pour les lecteurs d’écran, les tubes et les terminaux simples [aussi\u{a0}: $ACCESSIBLE=1 ou TERM=dumb\u{202f}; assess aussi quand l’entrée ou la sortie n’est pas un terminal]";
        ascii: "Draw charts with ASCII characters only [default: when the locale is not UTF-8, or TERM is linux or dumb]",
            "Dessiner les graphiques en caractères ASCII seulement [par défaut\u{a0}: quand la locale n’est pas UTF-8, ou que TERM vaut linux ou dumb]";
        color: "When to use colour [default: the config file's color, else auto; $NO_COLOR or TERM=dumb means never]",
            "Quand utiliser la couleur [par défaut\u{a0}: le réglage color du fichier de configuration, sinon auto\u{202f}; $NO_COLOR ou TERM=dumb équivaut à never]";

        assess_about: "Answer the questionnaire about one relationship (resumes its draft if there is one)",
            "Répondre au questionnaire sur une relation (reprend son brouillon s’il y en a un)";
        assess_examples: "The questionnaire is in the interface's language (--lang, else your settings). A subject or respondent already stored is found whatever the case or spacing, and keeps its spelling.\n\nExamples:\n  confiance assess Alice\n  confiance assess 'Team Atlas' --respondent coach --lang fr\n  confiance --client Marie assess 'Team Atlas' --respondent 'Team Atlas'\n  confiance assess Alice --new      start afresh, leaving the draft alone\n  confiance assess 'Club members' -Q community --side organisation",
            "Le questionnaire est dans la langue de l’interface (--lang, sinon vos réglages). Un sujet ou un répondant déjà enregistré est retrouvé quelles que soient les majuscules ou les espaces, et garde son orthographe.\n\nExemples\u{a0}:\n  confiance assess Alice\n  confiance assess 'Team Atlas' --respondent coach --lang fr\n  confiance --client Marie assess 'Team Atlas' --respondent 'Team Atlas'\n  confiance assess Alice --new      repartir de zéro, sans toucher au brouillon\n  confiance assess 'Club members' -Q community --side organisation";
        assess_subject: "The relationship: a person, a team, a community (any name, kept as typed)",
            "La relation\u{a0}: une personne, une équipe, une communauté (n’importe quel nom, gardé tel que vous l’écrivez)";
        assess_respondent: "Whose view this is [default: you; your own name means you too]",
            "Le répondant, celui dont c’est le point de vue [par défaut\u{a0}: vous\u{202f}; votre propre nom vous désigne aussi]";
        assess_questionnaire: "The questionnaire to answer [default: the config file's questionnaire, else trust]",
            "Le questionnaire auquel répondre [par défaut\u{a0}: le questionnaire du fichier de configuration, sinon trust]";
        assess_side: "The side answering a questionnaire worded for two sides (community: organisation or community)",
            "Le côté qui répond à un questionnaire rédigé pour deux côtés (community\u{a0}: organisation ou community)";
        assess_new: "Start afresh even if a draft exists (the draft is left alone)",
            "Repartir de zéro même s’il existe un brouillon (le brouillon reste tel quel)";

        list_about: "List the subjects, most recent first", "Lister les sujets, du plus récent au plus ancien";
        list_examples: "The score is the owner's latest (yours; a client's in their space), else it says whose. DUE says when the next check-in falls (see `confiance cadence`).\n\nExamples:\n  confiance list\n  confiance list --respondent 'Team Atlas'\n  confiance list --format json",
            "Le score est le plus récent du titulaire de l’espace (le vôtre\u{202f}; celui du client dans son espace), sinon il est précisé de qui il est. ÉCHÉANCE indique quand tombe le prochain point (voir `confiance cadence`).\n\nExemples\u{a0}:\n  confiance list\n  confiance list --respondent 'Team Atlas'\n  confiance list --format json";

        show_about: "Show the scores of an assessment: your latest of a subject (else the latest), or the one named",
            "Afficher les scores d’une évaluation\u{a0}: votre plus récente sur un sujet (sinon la plus récente), ou celle que vous désignez";
        show_examples: "The notes written during the assessment are printed with their questions; on a terminal they are left out when the config file says hide_notes = true (the full screen's h). --notes and --no-notes decide for one run; JSON always holds them.\n\nExamples:\n  confiance show Alice\n  confiance show Alice --respondent Alice --format json\n  confiance show 'Team Atlas' --format markdown > atlas.md\n  confiance show Alice --no-notes      for a screen others can see",
            "Les notes prises pendant l’évaluation sont affichées avec leurs questions\u{202f}; sur un terminal, elles sont masquées quand le fichier de configuration dit hide_notes = true (la touche h de l’écran complet). --notes et --no-notes en décident pour une commande\u{202f}; le JSON les contient toujours.\n\nExemples\u{a0}:\n  confiance show Alice\n  confiance show Alice --respondent Alice --format json\n  confiance show 'Team Atlas' --format markdown > atlas.md\n  confiance show Alice --no-notes      pour un écran que d’autres voient";
        show_subject: "The subject (the relationship), as listed by `confiance list`",
            "Le sujet (la relation), tel que l’affiche `confiance list`";
        show_respondent: "Only assessments from this respondent (whose view it is)",
            "Seulement les évaluations de ce répondant (celui dont c’est le point de vue)";
        show_id: "This assessment (its id, or its first characters) rather than the latest", "Cette évaluation (son identifiant, ou ses premiers caractères) plutôt que la plus récente";
        show_no_chart: "Leave the radar chart out of the text output",
            "Ne pas inclure le graphique en radar dans la sortie texte";
        show_no_notes: "Leave the notes out of the text and markdown output",
            "Ne pas inclure les notes dans la sortie texte et markdown";
        show_notes: "Print the notes even on a terminal where the config file hides them",
            "Afficher les notes, même sur un terminal où le fichier de configuration les masque";
        show_width: "Width of the text output's chart [default: the terminal's, or 60 when not a terminal]",
            "Largeur du graphique de la sortie texte [par défaut\u{a0}: celle du terminal, ou 60 hors d’un terminal]";

        trend_about: "Show how a subject's scores changed over time, per respondent",
            "Montrer comment les scores d’un sujet ont évolué dans le temps, par répondant";
        trend_examples: "Examples:\n  confiance trend Alice\n  confiance trend 'Team Atlas' --respondent 'Team Atlas'\n  confiance trend Alice --format json",
            "Exemples\u{a0}:\n  confiance trend Alice\n  confiance trend 'Team Atlas' --respondent 'Team Atlas'\n  confiance trend Alice --format json";
        trend_no_chart: "Leave the chart out of the text output",
            "Ne pas inclure le graphique dans la sortie texte";
        trend_width: "Width of the chart [default: the terminal's, or 60 when not a terminal]",
            "Largeur du graphique [par défaut\u{a0}: celle du terminal, ou 60 hors d’un terminal]";

        export_about: "Export assessments with their answers and scores, as CSV (one row per dimension) or JSON",
            "Exporter les évaluations avec leurs réponses et leurs scores, en CSV (une ligne par dimension) ou en JSON";
        export_examples: "In a client's space (--client), the export holds that client's data only, with their notes: a complete hand-over, which `confiance import` reads back. In JSON it is a whole backup: after the assessments come the invitations and the groups' answers, each marked by a `kind` key; a CSV holds scores only.\n\nExamples:\n  confiance export --format csv > trust.csv\n  confiance export --subject Alice --format json --output alice.json\n  confiance --client Marie export --format json --output marie.json",
            "Dans l’espace d’un client (--client), l’export ne contient que les données de ce client, avec leurs notes\u{a0}: une remise complète, que `confiance import` relit. En JSON, c’est une sauvegarde entière\u{a0}: après les évaluations viennent les invitations et les réponses des groupes, chacune marquée par une clé `kind`\u{202f}; un CSV ne contient que les scores.\n\nExemples\u{a0}:\n  confiance export --format csv > trust.csv\n  confiance export --subject Alice --format json --output alice.json\n  confiance --client Marie export --format json --output marie.json";
        export_subject: "Only this subject's assessments", "Seulement les évaluations de ce sujet";
        export_output: "Write to this file (created private, 0600) instead of stdout; its folder must exist; `-` is stdout",
            "Écrire dans ce fichier (créé en mode privé, 0600) plutôt que sur la sortie standard\u{202f}; son dossier doit exister\u{202f}; `-` désigne la sortie standard";
        export_force: "Replace FILE if it exists", "Remplacer FICHIER s’il existe";

        import_about: "Check assessment files (TOML, or a JSON export) and add them to the store",
            "Vérifier des fichiers d’évaluation (TOML, ou un export JSON) et les ajouter au dossier de données";
        import_examples: "--subject and --respondent match names already stored whatever their case or spacing, and keep their spelling; your name (a client's, in their space), or \"you\", as respondent makes it your own view.\n\nExamples:\n  confiance import ~/Downloads/2026-11-26T174333Z-01JD2.toml\n  confiance import from-alice.toml --subject Me --respondent Alice\n  confiance import backup.json\n  confiance --client Marie import marie.json",
            "--subject et --respondent retrouvent les noms déjà enregistrés quelles que soient les majuscules ou les espaces, et gardent leur orthographe\u{202f}; votre nom (celui du client, dans son espace), ou «\u{202f}vous\u{202f}», comme répondant en fait votre propre regard.\n\nExemples\u{a0}:\n  confiance import ~/Downloads/2026-11-26T174333Z-01JD2.toml\n  confiance import from-alice.toml --subject Me --respondent Alice\n  confiance import backup.json\n  confiance --client Marie import marie.json";
        import_files: "Assessment files: TOML as stored, or a JSON export",
            "Fichiers d’évaluation\u{a0}: du TOML tel qu’il est enregistré, ou un export JSON";
        import_subject: "Store them under this subject instead of the file's",
            "Les enregistrer sous ce sujet plutôt que sous celui du fichier";
        import_respondent: "Store them as this respondent's view instead of the file's",
            "Les enregistrer comme le point de vue de ce répondant plutôt que de celui du fichier";

        check_about: "Check every file of the store; --fix removes leftovers of interrupted saves and tightens permissions",
            "Vérifier chaque fichier du dossier de données\u{202f}; --fix supprime les restes d’enregistrements interrompus et restreint les permissions";
        check_examples: "Lists every unreadable file, every leftover of an interrupted save and every symbolic link not followed (links never lead out of the data folder). It reads every file itself, then rebuilds the summary cache (`.cache/summary`), saying when it was out of date or damaged (harmless: only a cache). --fix also removes a draft whose assessment is already saved with the same answers and notes, and finishes a confirmed `forget --client` that was interrupted; on permissions it only takes group and other bits away, and only from regular files and folders inside the data folder. Every client's space is checked too, each with its own summary; --client checks that one only.\n\nExamples:\n  confiance check\n  confiance check --fix\n  confiance --client Marie check",
            "Liste chaque fichier illisible, chaque reste d’un enregistrement interrompu et chaque lien symbolique non suivi (les liens ne mènent jamais hors du dossier de données). Il lit lui-même chaque fichier, puis reconstruit le cache de résumé (`.cache/summary`), en signalant s’il était périmé ou endommagé (sans conséquence\u{a0}: ce n’est qu’un cache). --fix supprime aussi un brouillon dont l’évaluation est déjà enregistrée avec les mêmes réponses et notes, et termine un `forget --client` confirmé puis interrompu\u{202f}; sur les permissions, il ne fait que retirer des droits au groupe et aux autres, et seulement sur les fichiers ordinaires et les dossiers situés dans le dossier de données. L’espace de chaque client est vérifié aussi, chacun avec son bilan\u{202f}; --client ne vérifie que celui-là.\n\nExemples\u{a0}:\n  confiance check\n  confiance check --fix\n  confiance --client Marie check";
        check_fix: "Do the safe repairs: remove leftovers of interrupted saves, tighten permissions",
            "Faire les réparations sans risque\u{a0}: supprimer les restes d’enregistrements interrompus, restreindre les permissions";

        forget_about: "Delete every file of a subject (assessments, drafts, unreadable files in its folder), after showing them",
            "Supprimer tous les fichiers d’un sujet (évaluations, brouillons, fichiers illisibles de son dossier), après vous les avoir montrés";
        forget_examples: "Look-alike spellings (Alice, alice, \"Alice \") are the same subject. A symbolic link is removed as a link only. Refused while a window has one of the subject's drafts open. With --client and no SUBJECT, the whole client's space goes.\n\nExamples:\n  confiance forget Alice          asks before deleting\n  confiance forget Alice --yes\n  confiance --client Marie forget 'Team Atlas'\n  confiance forget --client Marie     every file of Marie's space",
            "Des graphies qui se confondent (Alice, alice, \"Alice \") désignent le même sujet. Un lien symbolique est supprimé en tant que lien seulement. Refusé tant que l’un des brouillons du sujet est ouvert dans une fenêtre. Avec --client et sans SUJET, c’est tout l’espace du client qui est supprimé.\n\nExemples\u{a0}:\n  confiance forget Alice          demande avant de supprimer\n  confiance forget Alice --yes\n  confiance --client Marie forget 'Team Atlas'\n  confiance forget --client Marie     tous les fichiers de l’espace de Marie";
        forget_subject: "The subject whose assessments and drafts go (without it, --client names a whole client to delete)",
            "Le sujet dont les évaluations et les brouillons seront supprimés (sans lui, --client désigne tout un client à supprimer)";
        forget_yes: "Delete without asking", "Supprimer sans demander";

        clients_about: "List your clients: their subjects, assessments and last date",
            "Lister vos clients\u{a0}: leurs sujets, leurs évaluations et leur dernière date";
        clients_examples: "A client's space is made by working in it: `confiance --client NAME assess SUBJECT` (or `confiance --client NAME` for the screens).\n\nExamples:\n  confiance clients\n  confiance clients --format json",
            "L’espace d’un client se crée en y travaillant\u{a0}: `confiance --client NOM assess SUJET` (ou `confiance --client NOM` pour les écrans).\n\nExemples\u{a0}:\n  confiance clients\n  confiance clients --format json";

        due_about: "List the check-ins that are due, and how late (exit 0 when one is, 1 when none is)",
            "Lister les points à faire, et leur retard (code de sortie 0 s’il y en a, 1 sinon)";
        due_examples: "A subject is due when the owner's latest assessment of it is older than its cadence: `confiance cadence SUBJECT WEEKS`, else `cadence_weeks` in the config file, else 6 weeks. Also lists the open invitations that end within 3 days. Looks at your space and every client's; when nothing is due it prints nothing, except one line on a terminal's stderr.\n\nExamples:\n  confiance due\n  confiance due && notify-send 'confiance: a check-in is due'\n  confiance --client Marie due --format json",
            "Un point est à faire sur un sujet quand la plus récente évaluation du titulaire de l’espace est plus ancienne que son rythme\u{a0}: `confiance cadence SUJET SEMAINES`, sinon `cadence_weeks` du fichier de configuration, sinon 6 semaines. Liste aussi les invitations ouvertes qui prennent fin dans les 3 jours. Regarde votre espace et celui de chaque client\u{202f}; quand rien n’est à faire, n’affiche rien, sauf une ligne sur la sortie d’erreur d’un terminal.\n\nExemples\u{a0}:\n  confiance due\n  confiance due && notify-send 'confiance\u{a0}: un point est à faire'\n  confiance --client Marie due --format json";

        cadence_about: "Show or set how often a subject is due for a check-in",
            "Afficher ou régler à quel rythme faire le point sur un sujet";
        cadence_examples: "WEEKS is a number of weeks (1 to 520), `off` (never due) or `default` (back to the config file's cadence_weeks, else 6).\n\nExamples:\n  confiance cadence 'Team Atlas'\n  confiance cadence 'Team Atlas' 4\n  confiance --client Marie cadence Bob off",
            "SEMAINES est un nombre de semaines (de 1 à 520), `off` (jamais de point) ou `default` (retour au réglage cadence_weeks du fichier de configuration, sinon 6).\n\nExemples\u{a0}:\n  confiance cadence 'Team Atlas'\n  confiance cadence 'Team Atlas' 4\n  confiance --client Marie cadence Bob off";
        cadence_subject: "The subject, as listed by `confiance list`", "Le sujet, tel que l’affiche `confiance list`";
        cadence_weeks: "Weeks between check-ins, `off` or `default`",
            "Le nombre de semaines entre deux points, `off` ou `default`";

        drafts_about: "List the unfinished assessments (drafts)", "Lister les évaluations inachevées (brouillons)";
        drafts_examples: "A draft holds answers and notes. Resume one with `confiance assess SUBJECT`. In your own space, the drafts in clients' spaces are counted (see them with --client NAME); on the home screen, `d` discards one (never while another window has it open).\n\nExamples:\n  confiance drafts\n  confiance drafts --format json",
            "Un brouillon contient des réponses et des notes. Reprenez-en un avec `confiance assess SUJET`. Dans votre propre espace, les brouillons des espaces des clients sont comptés (--client NOM pour les voir)\u{202f}; sur l’écran d’accueil, `d` en abandonne un (jamais tant qu’une autre fenêtre l’a ouvert).\n\nExemples\u{a0}:\n  confiance drafts\n  confiance drafts --format json";

        questionnaire_about: "List, show or check questionnaires", "Lister, afficher ou vérifier les questionnaires";
        questionnaire_list_about: "List the questionnaires: built in, and your own in DATA/questionnaires/",
            "Lister les questionnaires\u{a0}: ceux fournis avec confiance, et les vôtres dans le sous-dossier questionnaires/ du dossier de données";
        questionnaire_list_examples: "Example:\n  confiance questionnaire list",
            "Exemple\u{a0}:\n  confiance questionnaire list";
        questionnaire_show_about: "Show a questionnaire's dimensions, items and stages",
            "Afficher les dimensions, les questions et les étapes d’un questionnaire";
        questionnaire_show_examples: "Examples:\n  confiance questionnaire show trust --lang fr\n  confiance questionnaire show trust --format toml > my-trust.toml",
            "Exemples\u{a0}:\n  confiance questionnaire show trust --lang fr\n  confiance questionnaire show trust --format toml > my-trust.toml";
        questionnaire_show_format: "`toml` prints the file itself, a starting point for your own questionnaire",
            "`toml` affiche le fichier lui-même, un point de départ pour votre propre questionnaire";
        questionnaire_new_about: "Write a commented starting point for a questionnaire of your own",
            "Écrire un point de départ commenté pour un questionnaire à vous";
        questionnaire_new_examples: "Every field is explained in comments, in the interface's language. The file passes `questionnaire check` as it is; edit it, check it, then put it in DATA/questionnaires/.\n\nExamples:\n  confiance questionnaire new mine.toml\n  confiance questionnaire new my-trust.toml --from trust --lang fr",
            "Chaque champ est expliqué en commentaire, dans la langue de l’interface. Le fichier passe `questionnaire check` tel quel\u{202f}; modifiez-le, vérifiez-le, puis placez-le dans DONNÉES/questionnaires/.\n\nExemples\u{a0}:\n  confiance questionnaire new mine.toml\n  confiance questionnaire new my-trust.toml --from trust --lang fr";
        questionnaire_new_file: "The file to write (its name gives the questionnaire's id); `-` is standard output",
            "Le fichier à écrire (son nom donne l’identifiant du questionnaire)\u{202f}; `-` désigne la sortie standard";
        questionnaire_new_from: "Start from this questionnaire (e.g. trust, community) instead of a small example",
            "Partir de ce questionnaire (par exemple trust, community) plutôt que d’un petit exemple";
        questionnaire_new_force: "Replace the file if it exists", "Remplacer le fichier s’il existe";
        questionnaire_check_about: "Check a questionnaire file and report every problem with its line",
            "Vérifier un fichier de questionnaire et signaler chaque problème avec sa ligne";
        questionnaire_check_examples: "Example:\n  confiance questionnaire check my-trust.toml",
            "Exemple\u{a0}:\n  confiance questionnaire check my-trust.toml";

        completions_about: "Print a shell completion script", "Afficher un script de complétion pour votre shell";
        completions_examples: "Example:\n  confiance completions bash > ~/.local/share/bash-completion/completions/confiance",
            "Exemple\u{a0}:\n  confiance completions bash > ~/.local/share/bash-completion/completions/confiance";

        config_about: "Show the config file's path and every setting in force, with where it comes from",
            "Afficher le chemin du fichier de configuration et chaque réglage en vigueur, avec sa provenance";
        config_examples: "The config file (config.toml) holds:\n  lang = \"fr\"                  the interface's language (en, fr)\n  name = \"Sam\"                 your name, which the other side reads in its questions\n  hide_notes = true            hide note texts on screen (for screen sharing)\n  cadence_weeks = 6            weeks between check-ins, unless a subject has its own\n  color = \"never\"              when to use colour: auto, always, never (--color comes first)\n  questionnaire = \"community\"  the questionnaire of new assessments (-Q comes first)\n  group_minimum = 5            answers a group's view needs before it is shown (3 or more)\n\nExamples:\n  confiance config\n  confiance config set name Sam\n  confiance config unset hide_notes\n  CONFIANCE_CONFIG_DIR=~/dotfiles/confiance confiance config",
            "Le fichier de configuration (config.toml) contient\u{a0}:\n  lang = \"fr\"                  la langue de l’interface (en, fr)\n  name = \"Sam\"                 votre nom, que l’autre partie lit dans ses questions\n  hide_notes = true            masquer le texte des notes à l’écran (pour un partage d’écran)\n  cadence_weeks = 6            le nombre de semaines entre deux points, sauf rythme propre à un sujet\n  color = \"never\"              quand utiliser la couleur\u{a0}: auto, always, never (--color passe avant)\n  questionnaire = \"community\"  le questionnaire des nouvelles évaluations (-Q passe avant)\n  group_minimum = 5            le nombre de réponses qu’il faut pour montrer le point de vue d’un groupe (3 ou plus)\n\nExemples\u{a0}:\n  confiance config\n  confiance config set name Sam\n  confiance config unset hide_notes\n  CONFIANCE_CONFIG_DIR=~/dotfiles/confiance confiance config";
        config_set_about: "Write one setting into the config file (its comments and other settings are kept)",
            "Écrire un réglage dans le fichier de configuration (ses commentaires et ses autres réglages sont conservés)";
        config_unset_about: "Remove one setting from the config file", "Retirer un réglage du fichier de configuration";

        /// The placeholders of values, as in `--data-dir <DIR>` (ID, FORMAT, SHELL and
        /// QUESTIONNAIRE are the same in French).
        value_dir: "DIR", "DOSSIER";
        invite_about: "Write a form that the other side answers in any browser, and record the invitation",
            "Écrire un formulaire auquel l’autre partie répond dans n’importe quel navigateur, et garder trace de l’invitation";
        invite_examples: "The form is one HTML file: no server, no network, nothing to install. Send it by mail or chat; the answers come back as a file (confiance import) or a block of text in a mail (confiance receive). The form is in the interface's language (--lang fr for French).\n\nExamples:\n  confiance invite Alice --respondent Alice --output alice-form.html\n  confiance --lang fr invite 'Team Atlas' --respondent Marc --reply-to me@example.org -o marc.html\n  confiance invite 'Club members' -Q community --side community --respondent Léa -o lea.html\n  confiance invite --again 01JF3M2Q8R7T6Y5X4W3V2U1S0R -o again.html",
            "Le formulaire est un seul fichier HTML\u{a0}: ni serveur, ni réseau, rien à installer. Envoyez-le par courriel ou messagerie\u{202f}; les réponses reviennent en fichier (confiance import) ou en bloc de texte dans un courriel (confiance receive). Le formulaire est dans la langue de l’interface (--lang en pour l’anglais).\n\nExemples\u{a0}:\n  confiance invite Alice --respondent Alice --output alice-formulaire.html\n  confiance --lang fr invite 'Équipe Atlas' --respondent Marc --reply-to moi@example.org -o marc.html\n  confiance invite 'Membres du club' -Q community --side community --respondent Léa -o lea.html\n  confiance invite --again 01JF3M2Q8R7T6Y5X4W3V2U1S0R -o encore.html";
        invite_respondent: "Who is asked: the other side of the relationship, by name",
            "Qui est invité\u{a0}: l’autre partie de la relation, par son nom";
        invite_reply_to: "An address the form offers to mail the answers to",
            "Une adresse à laquelle le formulaire propose d’envoyer les réponses par courriel";
        invite_again: "Write the form of this invitation again (same secret), instead of a new invitation",
            "Réécrire le formulaire de cette invitation (même secret), au lieu d’une nouvelle invitation";
        invite_expires: "How many days answers are accepted (1 to 365)",
            "Pendant combien de jours les réponses sont acceptées (de 1 à 365)";
        receive_about: "File the answers found in a pasted mail or chat (read from standard input)",
            "Enregistrer les réponses trouvées dans un courriel ou un message collé (lu sur l’entrée standard)";
        receive_examples: "Reads any text (a whole mail, quoted or not) and files every answer block in it (CONFIANCE-ANSWER-1 …), each checked against its invitation in this space. A refused answer changes nothing and says why; the others are filed. Exit 2 when an answer was refused or none was found.\n\nExamples:\n  confiance receive             then paste the mail and press Ctrl-D\n  confiance receive < mail.txt\n  confiance --client Marie receive --accept-late < mail.txt",
            "Lit n’importe quel texte (un courriel entier, cité ou non) et enregistre chaque bloc de réponse qu’il contient (CONFIANCE-ANSWER-1 …), chacun vérifié d’après son invitation dans cet espace. Une réponse refusée ne change rien et dit pourquoi\u{202f}; les autres sont enregistrées. Code de sortie 2 quand une réponse est refusée ou qu’aucune n’est trouvée.\n\nExemples\u{a0}:\n  confiance receive             puis collez le courriel et appuyez sur Ctrl-D\n  confiance receive < courriel.txt\n  confiance --client Marie receive --accept-late < courriel.txt";
        accept_late: "Take answers that come after their invitation expired",
            "Prendre les réponses arrivées après l’expiration de leur invitation";
        replace_answer: "Take a second answer to a one-person invitation, keeping the first beside it",
            "Prendre une deuxième réponse à une invitation individuelle, en gardant la première à côté";
        invitations_about: "List the invitations sent and where each stands, or close one",
            "Lister les invitations envoyées et où en est chacune, ou en clore une";
        invitations_examples: "An invitation is named by its id or its first characters (4 or more).\n\nExamples:\n  confiance invitations\n  confiance invitations --format json\n  confiance invitations close 01JF3M2Q\n  confiance invitations reopen 01JF3M2Q",
            "Une invitation se désigne par son identifiant ou ses premiers caractères (4 ou plus).\n\nExemples\u{a0}:\n  confiance invitations\n  confiance invitations --format json\n  confiance invitations close 01JF3M2Q\n  confiance invitations reopen 01JF3M2Q";
        invitations_reopen: "Open a closed invitation again: its answers are taken again",
            "Rouvrir une invitation close\u{a0}: ses réponses sont de nouveau acceptées";
        invitations_close: "Close an invitation: answers to it are refused from then on",
            "Clore une invitation\u{a0}: les réponses qui lui arrivent sont dès lors refusées";
        invitation_id: "The invitation's id (as `confiance invitations` lists it)",
            "L’identifiant de l’invitation (tel que `confiance invitations` le liste)";
        show_group: "A group's view (invited with `invite --group`): its answers together, never one alone",
            "Le point de vue d’un groupe (invité avec `invite --group`)\u{a0}: ses réponses ensemble, jamais une seule";
        invite_group: "A group is asked (a team, members): one form that up to --count people answer, never named",
            "Un groupe est invité (une équipe, des membres)\u{a0}: un seul formulaire, auquel répondent jusqu’à --count personnes, jamais nommées";
        invite_count: "How many people of the group may answer the form",
            "Combien de personnes du groupe peuvent répondre au formulaire";
        value_label: "LABEL", "LIBELLÉ";
        value_count: "COUNT", "NOMBRE";
        compare_group: "Your latest view against a group's median (invited with `invite --group`)",
            "Votre dernier point de vue face à la médiane d’un groupe (invité avec `invite --group`)";
        trend_group: "A group's view over time: the median of its answers each time it was asked",
            "Le point de vue d’un groupe au fil du temps\u{a0}: la médiane de ses réponses à chaque invitation";
        value_days: "DAYS", "JOURS";
        value_address: "ADDRESS", "ADRESSE";
        value_when: "WHEN", "QUAND";
        value_lang: "LANG", "LANGUE";
        value_subject: "SUBJECT", "SUJET";
        value_respondent: "RESPONDENT", "RÉPONDANT";
        value_columns: "COLUMNS", "COLONNES";
        value_file: "FILE", "FICHIER";
        value_name: "NAME", "NOM";
        value_weeks: "WEEKS", "SEMAINES";
        value_key: "KEY", "CLÉ";
        value_value: "VALUE", "VALEUR";
        value_side: "SIDE", "CÔTÉ";
    }
}

crate::strings! {
    /// clap's own words: its headings, the `--help` and `--version` flags, the `help` command,
    /// the defaults and possible values it adds after a flag's help.
    pub(crate) ClapText {
        usage: "Usage:", "Utilisation\u{a0}:";
        commands: "Commands:", "Commandes\u{a0}:";
        arguments: "Arguments:", "Arguments\u{a0}:";
        options: "Options:", "Options\u{a0}:";
        /// The flags every command takes (`--data-dir`, `--lang`…), after the command's own.
        global_options: "Global options:", "Options globales\u{a0}:";
        help: "Print help", "Afficher l’aide";
        help_short: "Print help (see more with '--help')", "Afficher l’aide (en détail avec --help)";
        help_long: "Print help (see a summary with '-h')", "Afficher l’aide (en résumé avec -h)";
        version: "Print version", "Afficher la version";
        help_command: "Print this message or the help of the given subcommand(s)",
            "Afficher ce message, ou l’aide des sous-commandes indiquées";
        help_command_arg: "Print help for the subcommand(s)", "Afficher l’aide de ces sous-commandes";
        command_value: "COMMAND", "COMMANDE";
        default: "[default: {value}]", "[par défaut\u{a0}: {value}]";
        possible_values: "[possible values: {values}]", "[valeurs possibles\u{a0}: {values}]";
    }
}

/// The French of an English text of the command line (a help, an about, a placeholder), or
/// `None` when it has none.
pub(crate) fn french(english: &str) -> Option<&'static str> {
    use super::help_report::HelpReport;
    let tables = [
        (HelpText::EN.entries(), HelpText::FR.entries()),
        (HelpReport::EN.entries(), HelpReport::FR.entries()),
        (ClapText::EN.entries(), ClapText::FR.entries()),
    ];
    tables.into_iter().find_map(|(en, fr)| {
        en.iter()
            .zip(fr)
            .find(|((_, e), _)| *e == english)
            .map(|(_, (_, f))| f)
    })
}
