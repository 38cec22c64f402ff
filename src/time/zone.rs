//! The time zone of what people see.
//!
//! `display_zone()` is the zone every date and time shown to a person is in. The program reads
//! it once, through jiff: `TZ` if it is set (an IANA name such as `Europe/Paris`, a path to a
//! TZif file, or a POSIX rule), else the system's (`/etc/localtime`), else UTC. The lib's own
//! unit tests default to UTC instead, so that nothing they render depends on the machine.
//!
//! Tests that render screens in-process call `set_display_zone_for_tests`, which overrides the
//! zone *for the calling thread only*: the test harness runs each test on its own thread, so
//! tests wanting different zones never see each other's, and the program itself never calls it.

use std::cell::RefCell;
use std::sync::OnceLock;

use super::TimeZone;

static PROCESS_ZONE: OnceLock<TimeZone> = OnceLock::new();

thread_local! {
    static THREAD_ZONE: RefCell<Option<TimeZone>> = const { RefCell::new(None) };
}

/// The time zone of every date and time shown to a person (see the notes on top).
pub fn display_zone() -> TimeZone {
    if let Some(zone) = THREAD_ZONE.with_borrow(Clone::clone) {
        return zone;
    }
    PROCESS_ZONE
        .get_or_init(|| {
            if cfg!(test) {
                TimeZone::UTC
            } else {
                TimeZone::try_system().unwrap_or(TimeZone::UTC)
            }
        })
        .clone()
}

/// Makes [`display_zone`] return `zone` on the calling thread from now on, e.g.
/// `set_display_zone_for_tests(TimeZone::UTC)` in a test that renders a screen. For tests only.
pub fn set_display_zone_for_tests(zone: TimeZone) {
    THREAD_ZONE.set(Some(zone));
}
