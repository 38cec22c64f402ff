//! Answers typed digit by digit: on a scale whose maximum has two or more digits, "1" then
//! "0" answers 10, while a digit no answer can continue ("2" on 0-10) answers at once.

use super::Flow;
use crate::questionnaire::Scale;

impl Flow {
    /// Takes digit `d`; returns the answer when it is complete, else keeps it pending.
    pub(super) fn digit(&mut self, d: u8) -> Option<i64> {
        if d > 9 {
            return None;
        }
        let scale = &self.questionnaire.scale;
        let typed = format!("{}{d}", self.pending);
        let value: i64 = typed.parse().ok()?;
        let fits = scale.contains(value);
        if can_grow(scale, &typed) {
            self.pending = typed;
            self.highlight = fits.then_some(value).or(self.highlight);
            return None;
        }
        if fits {
            self.pending.clear();
            return Some(value);
        }
        // A digit that makes no answer: ignored, the pending ones stay.
        None
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
