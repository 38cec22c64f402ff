//! How string tables are written: one struct per part of the interface, with one `const` per
//! language, so that a string missing in one language is a compile error; templates with
//! named holes (`{name}`) filled by [`fill`]; plurals by each language's rule.

use std::fmt::Display;

use super::Lang;

/// Declares a table: `strings! { pub(crate) Name { field: "English", "Français"; … } }` gives a struct
/// with one `&'static str` per field, `Name::EN`, `Name::FR`, and `entries()` for the tests.
#[macro_export]
macro_rules! strings {
    ($(#[$meta:meta])* $vis:vis $name:ident { $( $(#[$doc:meta])* $field:ident : $en:expr , $fr:expr ; )* }) => {
        $(#[$meta])*
        #[derive(Debug)]
        $vis struct $name { $( $(#[$doc])* $vis $field: &'static str, )* }

        // Every table gets the same accessors; a table may need only some of them.
        #[allow(dead_code)]
        impl $name {
            $vis const EN: $name = $name { $( $field: $en, )* };
            $vis const FR: $name = $name { $( $field: $fr, )* };

            /// Every string with its name, for the parity and typography tests.
            $vis fn entries(&self) -> Vec<(&'static str, &'static str)> {
                vec![ $( (stringify!($field), self.$field), )* ]
            }

            /// The table of the process's language (see `crate::i18n::interface_lang`).
            $vis fn now() -> &'static $name {
                Self::of($crate::i18n::interface_lang())
            }

            /// The table of a language.
            $vis fn of(lang: $crate::i18n::Lang) -> &'static $name {
                match lang {
                    $crate::i18n::Lang::En => &Self::EN,
                    $crate::i18n::Lang::Fr => &Self::FR,
                }
            }
        }
    };
}

/// Fills the holes of a template: `fill("{n} of {total}", &[("n", &3), ("total", &24)])`.
/// A hole with no value is left as written, so a mistake shows instead of vanishing.
pub fn fill(template: &str, args: &[(&str, &dyn Display)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else {
            out.push_str(&rest[open..]);
            return out;
        };
        let key = &after[..close];
        match args.iter().find(|(k, _)| *k == key) {
            Some((_, value)) => out.push_str(&value.to_string()),
            None => out.push_str(&rest[open..open + close + 2]),
        }
        rest = &after[close + 1..];
    }
    out.push_str(rest);
    out
}

/// The holes of a template, sorted: both languages of a string must have the same.
pub fn holes(template: &str) -> Vec<&str> {
    let mut found = vec![];
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else { break };
        found.push(&after[..close]);
        rest = &after[close + 1..];
    }
    found.sort_unstable();
    found
}

impl Lang {
    /// `one` or `many` by the language's rule: French counts 0 and 1 as singular.
    pub fn plural<'a>(self, n: u64, one: &'a str, many: &'a str) -> &'a str {
        let singular = match self {
            Lang::En => n == 1,
            Lang::Fr => n <= 1,
        };
        if singular { one } else { many }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn holes_are_filled_by_name() {
        assert_eq!(
            fill("{n} of {total}", &[("n", &3), ("total", &24)]),
            "3 of 24"
        );
        assert_eq!(fill("{missing} stays", &[]), "{missing} stays");
        assert_eq!(fill("no hole", &[("x", &1)]), "no hole");
        assert_eq!(fill("open { only", &[]), "open { only");
        assert_eq!(holes("{b} and {a}"), ["a", "b"]);
    }

    #[test]
    fn plurals_follow_each_language() {
        assert_eq!(Lang::En.plural(0, "one", "many"), "many");
        assert_eq!(Lang::Fr.plural(0, "une", "des"), "une");
        assert_eq!(Lang::Fr.plural(1, "une", "des"), "une");
        assert_eq!(Lang::Fr.plural(2, "une", "des"), "des");
    }
}
