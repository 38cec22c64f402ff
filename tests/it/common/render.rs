//! Screens drawn with ratatui's TestBackend, read back as a terminal, as text or as rows.

use confiance::tui::App;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::Widget;

/// `app` drawn once on a `width`×`height` test terminal.
pub(crate) fn terminal(app: &App, width: u16, height: u16) -> Terminal<TestBackend> {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal.draw(|f| f.render_widget(app, f.area())).unwrap();
    terminal
}

/// The screen as the TestBackend prints it: each row quoted, as the snapshots hold it.
pub(crate) fn render(app: &App, width: u16, height: u16) -> String {
    format!("{}", terminal(app, width, height).backend())
}

/// The screen's rows, each the symbols of its cells.
pub(crate) fn rows(app: &App, width: u16, height: u16) -> Vec<String> {
    let terminal = terminal(app, width, height);
    let buffer = terminal.backend().buffer();
    (0..height)
        .map(|y| (0..width).map(|x| buffer[(x, y)].symbol()).collect())
        .collect()
}

/// Renders every screen at `width`×`height` into a part of a large buffer (a smaller area of
/// a buffer is a valid target), naming the screen and the size that panicked.
pub(crate) fn renders_at(screens: &[(&str, App)], buf: &mut Buffer, width: u16, height: u16) {
    for (name, app) in screens {
        let area = Rect::new(0, 0, width, height);
        let result =
            std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| app.render(area, buf)));
        assert!(result.is_ok(), "{name} panicked at {width}×{height}");
    }
}
