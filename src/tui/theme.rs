//! Colours for meaning, not decoration; and a monochrome theme for `NO_COLOR` that uses only
//! bold, underline and reverse (crossterm turns colour changes into resets under NO_COLOR, so
//! colour alone would make highlights vanish).

use ratatui::style::{Color, Modifier, Style};

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Theme {
    /// Screen and panel titles.
    pub title: Style,
    /// Secondary text: explanations, dates.
    pub(crate) muted: Style,
    /// What matters on the screen: the question, a score.
    pub(crate) strong: Style,
    /// The highlighted choice or the selected row.
    pub(crate) selected: Style,
    /// The answer already recorded for a question.
    pub(crate) recorded: Style,
    /// Keys in the footer and in help.
    pub(crate) key: Style,
    pub(crate) error: Style,
    pub good: Style,
    pub bad: Style,
    /// The progress gauge's filled part.
    pub(crate) gauge: Style,
    /// Up to four series on charts; each also has its own marker, see `tui::chart`.
    pub series: [Style; 4],
}

impl Theme {
    /// Colour when `colour`, else the monochrome theme (`--color never`, `NO_COLOR`).
    pub(crate) fn chosen(colour: bool) -> Self {
        if colour { Self::colour() } else { Self::mono() }
    }

    pub fn colour() -> Self {
        let plain = Style::new();
        Self {
            title: plain.fg(Color::Cyan).add_modifier(Modifier::BOLD),
            muted: plain.fg(Color::DarkGray),
            strong: plain.add_modifier(Modifier::BOLD),
            selected: plain
                .fg(Color::Black)
                .bg(Color::Cyan)
                .add_modifier(Modifier::BOLD),
            recorded: plain
                .fg(Color::Cyan)
                .add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
            key: plain.fg(Color::Cyan),
            error: plain.fg(Color::Red).add_modifier(Modifier::BOLD),
            good: plain.fg(Color::Green),
            bad: plain.fg(Color::Red),
            gauge: plain.fg(Color::Cyan),
            series: [
                plain.fg(Color::Cyan),
                plain.fg(Color::Yellow),
                plain.fg(Color::Magenta),
                plain.fg(Color::Green),
            ],
        }
    }

    pub fn mono() -> Self {
        let plain = Style::new();
        let bold = plain.add_modifier(Modifier::BOLD);
        Self {
            title: bold,
            muted: plain,
            strong: bold,
            selected: plain.add_modifier(Modifier::REVERSED),
            recorded: bold.add_modifier(Modifier::UNDERLINED),
            key: bold,
            error: bold.add_modifier(Modifier::REVERSED),
            good: bold,
            bad: plain.add_modifier(Modifier::UNDERLINED),
            gauge: plain,
            series: [plain, bold, plain, bold],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mono_theme_uses_no_colour() {
        let t = Theme::mono();
        let styles = [
            t.title, t.muted, t.strong, t.selected, t.recorded, t.key, t.error, t.good, t.bad,
            t.gauge,
        ];
        for style in styles.iter().chain(&t.series) {
            assert_eq!((style.fg, style.bg), (None, None));
        }
        assert!(t.selected.add_modifier.contains(Modifier::REVERSED));
    }
}
