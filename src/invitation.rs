//! Invitations: the other side answers from a form that opens in any browser, and its answers
//! come back as a file or a block of text, checked against the invitation before they are filed.

pub(crate) mod answer;
pub(crate) mod backup;
pub(crate) mod block;
pub(crate) mod form;
pub(crate) mod group;
pub(crate) mod record;
pub(crate) mod secret;
pub(crate) mod worded;
