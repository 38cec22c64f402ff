//! The person's language, read from the locale variables (`assess`, `questionnaire show`).

/// The language of the user's locale (`fr_FR.UTF-8` gives `fr`), if any.
pub fn locale_lang() -> Option<String> {
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|k| std::env::var(k).ok())
        .find(|v| !v.is_empty())
        .map(|v| {
            v.chars()
                .take_while(|c| c.is_ascii_alphabetic())
                .collect::<String>()
                .to_lowercase()
        })
        .filter(|l| l.len() == 2 || l.len() == 3)
}
