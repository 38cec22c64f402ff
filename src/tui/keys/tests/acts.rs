//! Every key a key bar or the help overlay shows does something there: its message, sent
//! to `update` on a realistic app, changes the model or asks for an effect, and never only
//! says there is nothing to do ("No draft to resume here", "Only one view…").

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::states;
use crate::tui::app::{App, Effect, Mode, Msg};
use crate::tui::keys::map;
use crate::tui::keys::screen_table as table;
use crate::tui::keys::table::{Entry, Key};
use crate::tui::update::update;

/// A key event for a bound key (a digit on the scale, an AZERTY one, any letter for "other").
fn event(key: Key) -> KeyEvent {
    let plain = |code| KeyEvent::new(code, KeyModifiers::NONE);
    match key {
        Key::Code(code) => plain(code),
        Key::Ctrl(c) => KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL),
        Key::Digit => plain(KeyCode::Char('4')),
        Key::Azerty => plain(KeyCode::Char('\'')),
        Key::Other => plain(KeyCode::Char('x')),
    }
}

/// How the app says a key has nothing to do here.
fn says_nothing(app: &App) -> Option<String> {
    let says = app.says();
    let text = &app.status.as_ref()?.text;
    let nothing = [
        says.no_draft,
        says.select_a_draft,
        says.one_view,
        says.four_at_most,
        says.other_questionnaire,
        says.choose_first,
    ];
    // "Type a number from {min} to {max}": its words before the numbers.
    let off_scale = says.not_on_scale.split('{').next().unwrap_or_default();
    (nothing.contains(&text.as_str()) || text.starts_with(off_scale)).then(|| text.clone())
}

/// Whether the entry's keys act on `app`: one of them changes the model or asks for an
/// effect, and none only says there is nothing to do. `Err` says why not.
fn acts(app: &App, entry: &Entry) -> Result<(), String> {
    let before = format!("{app:?}");
    let mut acted = false;
    for (key, _) in entry.binds {
        let msg = map(app.mode(), event(*key)).ok_or(format!("{key:?} sends nothing"))?;
        let mut after = app.clone();
        let effect = update(&mut after, msg.clone());
        if let Some(text) = says_nothing(&after) {
            return Err(format!("{key:?} ({msg:?}) says {text:?}"));
        }
        acted |= effect != Effect::None || format!("{after:?}") != before;
    }
    acted.then_some(()).ok_or("changes nothing".into())
}

#[test]
fn every_key_on_a_key_bar_acts_on_that_screen_and_row() {
    let mut checked = 0;
    for (name, app) in states::all() {
        let words = crate::tui::keys::table::Words::of(app.lang);
        for entry in table(app.mode()).iter().filter(|e| (e.when)(&app)) {
            let Some((key, action)) = entry.bar else {
                continue;
            };
            let said = format!("{} {}", key(&words), action(&words));
            if let Err(why) = acts(&app, entry) {
                panic!("{name}: the bar shows `{said}`, which {why}");
            }
            checked += 1;
        }
    }
    assert!(checked > 100, "{checked} keys checked");
}

/// The help lists every key of its screen, whatever the row: each acts on at least one of the
/// screen's rows or states.
#[test]
fn every_key_in_the_help_acts_on_its_screen() {
    let states = states::all();
    let screens = [
        Mode::Home,
        Mode::FollowUp,
        Mode::Question,
        Mode::Review,
        Mode::Results,
        Mode::Trends,
        Mode::Compare,
        Mode::Group,
        Mode::Note,
    ];
    for mode in screens {
        let on_screen: Vec<_> = states.iter().filter(|(_, a)| a.mode() == mode).collect();
        assert!(!on_screen.is_empty(), "no state of {mode:?}");
        let words = crate::tui::keys::table::Words::of(crate::i18n::Lang::En);
        for entry in table(mode) {
            let Some((key, text)) = entry.help else {
                continue;
            };
            let shown: Vec<_> = on_screen
                .iter()
                .filter(|(_, app)| (entry.help_when)(app))
                .collect();
            let why: Vec<String> = shown
                .iter()
                .map(|(name, app)| acts(app, entry).map_err(|why| format!("{name}: {why}")))
                .filter_map(Result::err)
                .collect();
            assert!(
                why.len() < shown.len(),
                "{mode:?}: the help's `{} {}` acts nowhere: {why:?}",
                key(&words),
                text(&words)
            );
        }
    }
}

/// The key bar of a home subject without a draft does not offer to resume one (it did), and
/// the key that says so is still there for whoever presses it.
#[test]
fn the_home_bar_offers_r_only_on_a_subject_with_a_draft() {
    let bar = |name: &str| {
        let (_, app) = states::all().into_iter().find(|(n, _)| *n == name).unwrap();
        crate::tui::view::hints::bar(&app)
            .into_iter()
            .map(|(key, _, _)| key)
            .collect::<Vec<_>>()
    };
    assert!(
        !bar("home subject").contains(&"r"),
        "{:?}",
        bar("home subject")
    );
    assert!(bar("home subject with a draft").contains(&"r"));
    let mut app = states::all().swap_remove(3).1;
    update(&mut app, Msg::Resume);
    assert_eq!(says_nothing(&app).as_deref(), Some(app.says().no_draft));
}

/// A key bound by two rows of a screen sends the same message from both, and `map` sends
/// every bound key's message.
#[test]
fn the_tables_agree_with_map() {
    for mode in [
        Mode::Home,
        Mode::Form,
        Mode::FollowUp,
        Mode::Question,
        Mode::Review,
        Mode::Results,
        Mode::Trends,
        Mode::Compare,
        Mode::Group,
        Mode::Note,
        Mode::Help,
        Mode::Ask,
        Mode::Prompt,
    ] {
        let binds: Vec<_> = table(mode).iter().flat_map(|e| e.binds.iter()).collect();
        for (key, msg) in &binds {
            let first = binds.iter().find(|(k, _)| k == key).map(|(_, m)| m);
            assert_eq!(
                first,
                Some(msg),
                "{mode:?} {key:?} is bound twice, differently"
            );
            let event = match key {
                Key::Code(code) => KeyEvent::new(*code, KeyModifiers::NONE),
                Key::Ctrl(c) => KeyEvent::new(KeyCode::Char(*c), KeyModifiers::CONTROL),
                Key::Digit | Key::Azerty | Key::Other => continue,
            };
            assert_eq!(map(mode, event).as_ref(), Some(msg), "{mode:?} {key:?}");
        }
    }
}
