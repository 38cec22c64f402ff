//! What is handed over at the end of a session: the session report's content
//! ([`session`]), laid out as neutral blocks ([`document`]) and written as HTML or Markdown,
//! with its charts as SVG ([`charts`]). Free of any terminal code.

pub mod charts;
pub mod document;
pub mod gaps;
pub mod html;
pub mod markdown;
pub mod session;
