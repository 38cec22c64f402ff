//! How a date is written in a sentence, in each language: "7 December 2026", "1er décembre
//! 2026". Tables and files keep ISO dates (`2026-12-07`); sentences use these.

crate::strings! {
    /// Month names and the order of day, month and year.
    pub(crate) DateText {
        /// A date in a sentence: "7 December 2026".
        date: "{day} {month} {year}", "{day} {month} {year}";
        /// The first day of a month: French writes "1er".
        first_day: "1", "1er";
        january: "January", "janvier";
        february: "February", "février";
        march: "March", "mars";
        april: "April", "avril";
        may: "May", "mai";
        june: "June", "juin";
        july: "July", "juillet";
        august: "August", "août";
        september: "September", "septembre";
        october: "October", "octobre";
        november: "November", "novembre";
        december: "December", "décembre";
    }
}

impl DateText {
    /// The name of month `month` (1 to 12); an empty name outside them.
    pub(crate) fn month(&self, month: i8) -> &'static str {
        let names = [
            self.january,
            self.february,
            self.march,
            self.april,
            self.may,
            self.june,
            self.july,
            self.august,
            self.september,
            self.october,
            self.november,
            self.december,
        ];
        usize::try_from(month - 1)
            .ok()
            .and_then(|i| names.get(i))
            .copied()
            .unwrap_or_default()
    }
}
