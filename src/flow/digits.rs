//! Answers typed digit by digit: on a scale whose maximum has two or more digits, "1" then
//! "0" answers 10, while a digit no answer can continue ("2" on 0-10) answers at once.

use super::Flow;
use crate::questionnaire::Scale;

/// What a digit typed made.
pub(super) enum Typed {
    /// A whole answer.
    Answer(i64),
    /// The start of one: it waits for the next digit or Enter.
    Pending,
    /// No point of the scale: ignored, the digits before it stay.
    NotOnScale,
}

impl Flow {
    /// Takes digit `d`; returns the answer when it is complete, else keeps it pending.
    pub(super) fn digit(&mut self, d: u8) -> Typed {
        let scale = &self.questionnaire.scale;
        let typed = format!("{}{d}", self.pending);
        let Some(value) = typed.parse::<i64>().ok().filter(|_| d <= 9) else {
            return Typed::NotOnScale;
        };
        let fits = scale.contains(value);
        if can_grow(scale, &typed) {
            self.pending = typed;
            self.highlight = fits.then_some(value).or(self.highlight);
            return Typed::Pending;
        }
        if fits {
            self.pending.clear();
            return Typed::Answer(value);
        }
        Typed::NotOnScale
    }

    /// The answer Enter gives: the pending digits when they make one, else the highlight.
    pub(super) fn confirmed(&mut self) -> Option<i64> {
        if !self.pending.is_empty() {
            let value = self.pending.parse().ok();
            self.pending.clear();
            return value.filter(|v| self.questionnaire.scale.contains(*v));
        }
        self.highlight
    }
}

/// Whether some point of the scale is written as `typed` followed by more digits.
fn can_grow(scale: &Scale, typed: &str) -> bool {
    if typed.starts_with('0') || typed.len() >= 4 {
        return false;
    }
    let Ok(base) = typed.parse::<i64>() else {
        return false;
    };
    let mut low = base;
    let mut width = 1i64;
    for _ in 0..3 {
        low *= 10;
        width *= 10;
        let high = low + width - 1;
        if low <= scale.max && high >= scale.min {
            return true;
        }
    }
    false
}
