//! The full-screen interface: every screen rendered with ratatui's TestBackend (snapshots,
//! widths, scrolling, the key bar, a coach's screens, trends), and the real binary driven in a
//! pseudo-terminal end to end.

mod coach;
mod coach_notes;
mod e2e;
mod e2e_coach;
mod e2e_fr;
mod e2e_notes;
mod few_answers;
mod hostile;
mod key_bar;
mod overlays;
mod screens;
mod screens_fr;
mod scroll;
mod sides;
mod trends;
mod truths;
mod widths;
