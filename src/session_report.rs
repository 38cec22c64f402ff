//! What is handed over at the end of a session: the session report's content
//! ([`session`]), laid out as neutral blocks ([`document`]) and written as HTML or Markdown,
//! with its charts as SVG ([`charts`]). Free of any terminal code.

pub(crate) mod charts;
pub(crate) mod document;
pub(crate) mod gaps;
pub(crate) mod html;
pub(crate) mod markdown;
pub(crate) mod session;
