//! Perception gaps: where another view of the relationship differs from the main one by
//! enough to be worth saying in words (blind spots and hidden strengths), by the one rule of
//! [`crate::change`].

use super::session::Session;
use crate::questionnaire::Dimension;
use crate::summary::Summary;

/// One dimension on which another view differs from the main one by more than noise.
pub(crate) struct Gap<'a> {
    pub dimension: &'a Dimension,
    pub(crate) mine: f64,
    pub(crate) theirs: f64,
}

impl Gap<'_> {
    /// The main view sees it higher than the other: a blind spot (else a hidden strength).
    pub(crate) fn is_blind_spot(&self) -> bool {
        self.mine > self.theirs
    }

    /// The gap as the two shown scores make it.
    pub(crate) fn size(&self) -> f64 {
        crate::score::difference(self.mine, self.theirs).abs()
    }
}

impl<'a> Session<'a> {
    /// The dimensions another view sees meaningfully apart (see [`crate::change`]), largest
    /// first.
    pub(crate) fn gaps(&self, other: &Summary<'a>) -> Vec<Gap<'a>> {
        let mut gaps: Vec<Gap> = self
            .main
            .rows()
            .filter_map(|row| {
                let mine = row.score?;
                let theirs = other.scores.dimension(&row.dimension.id)?.score?;
                let change = crate::change::of(
                    crate::change::Measure::Dimension(&row.dimension.id),
                    &self.main.scores,
                    &other.scores,
                    &self.main.questionnaire.scale,
                )?;
                change.meaningful.then_some(Gap {
                    dimension: row.dimension,
                    mine,
                    theirs,
                })
            })
            .collect();
        gaps.sort_by(|a, b| {
            b.size()
                .partial_cmp(&a.size())
                .unwrap_or(std::cmp::Ordering::Equal)
        });
        gaps
    }
}
