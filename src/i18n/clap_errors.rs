//! clap's own error messages, for the French interface: each English entry is clap's wording
//! (for reference and for the test that ties the two), each French entry what is printed.

crate::strings! {
    /// A command line clap refused: what was wrong, a tip, where to learn more.
    pub(crate) ClapErrors {
        /// Before the message, as clap writes `error:`.
        error: "error:", "erreur\u{a0}:";
        tip: "tip:", "conseil\u{a0}:";
        more: "For more information, try '{help}'.", "Pour en savoir plus, essayez «\u{202f}{help}\u{202f}».";
        unknown_argument: "unexpected argument '{arg}' found", "argument inattendu «\u{202f}{arg}\u{202f}»";
        unknown_subcommand: "unrecognized subcommand '{arg}'", "sous-commande inconnue «\u{202f}{arg}\u{202f}»";
        invalid_value: "invalid value '{value}' for '{arg}'",
            "valeur «\u{202f}{value}\u{202f}» non valide pour «\u{202f}{arg}\u{202f}»";
        value_missing: "a value is required for '{arg}' but none was supplied",
            "«\u{202f}{arg}\u{202f}» demande une valeur, et aucune n’a été donnée";
        possible_values: "possible values", "valeurs possibles";
        subcommands: "subcommands", "sous-commandes";
        missing_required: "the following required arguments were not provided:",
            "ces arguments obligatoires manquent\u{a0}:";
        missing_subcommand: "'{arg}' requires a subcommand but one was not provided",
            "«\u{202f}{arg}\u{202f}» demande une sous-commande, et aucune n’a été donnée";
        used_twice: "the argument '{arg}' cannot be used multiple times",
            "l’argument «\u{202f}{arg}\u{202f}» ne peut être donné qu’une fois";
        conflict: "the argument '{arg}' cannot be used with", "l’argument «\u{202f}{arg}\u{202f}» ne peut pas être donné avec";
        conflict_others: "one or more of the other specified arguments", "un autre des arguments donnés";
        no_equals: "equal sign is needed when assigning values to '{arg}'",
            "un signe égal est nécessaire pour donner une valeur à «\u{202f}{arg}\u{202f}»";
        too_many_values: "unexpected value '{value}' for '{arg}' found; no more were expected",
            "valeur inattendue «\u{202f}{value}\u{202f}» pour «\u{202f}{arg}\u{202f}», aucune autre n’était attendue";
        wrong_count: "{expected} values required for '{arg}' but {actual} were provided",
            "«\u{202f}{arg}\u{202f}» demande {expected} valeurs, {actual} ont été données";
        invalid_utf8: "invalid UTF-8 was detected in one or more arguments",
            "un argument au moins n’est pas de l’UTF-8 valide";
        similar_argument: "a similar argument exists: {list}", "un argument proche existe, {list}";
        similar_arguments: "some similar arguments exist: {list}", "des arguments proches existent, {list}";
        similar_subcommand: "a similar subcommand exists: {list}", "une sous-commande proche existe, {list}";
        similar_subcommands: "some similar subcommands exist: {list}",
            "des sous-commandes proches existent, {list}";
        similar_value: "a similar value exists: {list}", "une valeur proche existe, {list}";
        similar_values: "some similar values exist: {list}", "des valeurs proches existent, {list}";
        as_value: "to pass '{arg}' as a value, use '{fix}'", "pour donner «\u{202f}{arg}\u{202f}» comme valeur, écrivez «\u{202f}{fix}\u{202f}»";
        remove_dashes: "subcommand '{arg}' exists; to use it, remove the '--' before it",
            "la sous-commande «\u{202f}{arg}\u{202f}» existe, retirez le «\u{202f}--\u{202f}» qui la précède pour l’utiliser";
        not_a_number: "invalid digit found in string", "ce n’est pas un nombre entier";
        not_in_range: "{value} is not in {low}..={high}", "{value} n’est pas compris entre {low} et {high}";
        /// When clap gives no detail the French table knows.
        invalid_command_line: "invalid command line", "ligne de commande non valide";
    }
}
