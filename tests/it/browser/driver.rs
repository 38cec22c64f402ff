//! A headless Chromium driven through chromedriver's W3C WebDriver HTTP API, with a tiny HTTP/1.1
//! client over a `TcpStream`: no browser-automation crate to build for four tests. The browser
//! runs on a throw-away profile with every route to the network closed.

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use serde_json::{Value, json};

use super::wire;

/// Longer than anything a test asks of the browser: a hung one fails the test instead of
/// hanging it.
const PATIENCE: Duration = Duration::from_secs(60);

/// The key under which WebDriver returns an element's reference.
const ELEMENT: &str = "element-6066-11e4-a52e-4f735466cecf";

/// Run in every document before the page's own script (CDP scripts are outside the page's CSP):
/// each Content-Security-Policy violation is recorded, so that a test can tell that none fired
/// and that the ones it provokes do.
const WATCH: &str = "window.__violations = [];\
    document.addEventListener('securitypolicyviolation', function (e) {\
      window.__violations.push(e.violatedDirective + ' ' + e.blockedURI);\
    }, true);";

/// chromedriver and the Chromium it drives, in a process group of their own: dropping it (at
/// the end of a test, or while a failed one unwinds) ends the session and kills the group, so
/// no browser outlives its test.
pub(crate) struct Browser {
    driver: Child,
    port: u16,
    session: Option<String>,
    /// The browser's profile and configuration, removed once it is gone.
    home: tempfile::TempDir,
}

/// The programs, or `None` (with a loud line) when they are missing outside CI. In CI they
/// must be there: `.ci/run` installs them, and a skipped test would prove nothing.
fn programs() -> Option<(PathBuf, PathBuf)> {
    let driver = find(&["chromedriver"], &[]);
    // The real binary before Debian's wrapper script, which adds flags and API keys of its own.
    let chromium = find(
        &["chromium", "chromium-browser", "google-chrome"],
        &["/usr/lib/chromium/chromium"],
    );
    match (driver, chromium) {
        (Some(d), Some(c)) => Some((d, c)),
        (d, c) => {
            let missing = format!(
                "no chromium or no chromedriver (chromium: {c:?}, chromedriver: {d:?}); \
                 install them with `apt-get install chromium chromium-driver`"
            );
            assert!(
                std::env::var_os("CI").is_none(),
                "the browser tests cannot run in CI: {missing}"
            );
            // Straight to the process's stderr: the test harness would swallow an `eprintln!`
            // of a test that passes.
            let _ = writeln!(
                std::io::stderr(),
                "\n!!!! browser tests SKIPPED: {missing} !!!!\n"
            );
            None
        }
    }
}

/// The first of `paths` that exists, else the first of `names` found on `PATH`.
fn find(names: &[&str], paths: &[&str]) -> Option<PathBuf> {
    let on_path = std::env::var_os("PATH").unwrap_or_default();
    paths
        .iter()
        .map(PathBuf::from)
        .chain(names.iter().flat_map(|name| {
            std::env::split_paths(&on_path)
                .map(move |dir| dir.join(name))
                .collect::<Vec<_>>()
        }))
        .find(|p| p.is_file())
}

impl Browser {
    /// A fresh headless browser on a blank page, or `None` when the tests are skipped.
    pub(crate) fn start() -> Option<Browser> {
        let (driver, chromium) = programs()?;
        let home = tempfile::tempdir().unwrap();
        let mut child = Command::new(driver);
        std::os::unix::process::CommandExt::process_group(&mut child, 0);
        let mut child = child
            .args(["--port=0", "--log-level=SEVERE"])
            // Chromium's own folder (`~/.config/chromium`, where its crash handler keeps its
            // reports) inside the throw-away one too. That handler leaves the process group, but
            // it ends with the browser.
            .env("XDG_CONFIG_HOME", home.path().join("config"))
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("chromedriver starts");
        // Its port, from the line it prints once listening; the rest of its output is read to
        // the end so that a full pipe never blocks it.
        let out = child.stdout.take().unwrap();
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(out).lines().map_while(Result::ok) {
                if let Some(port) = line
                    .split("started successfully on port ")
                    .nth(1)
                    .and_then(|rest| rest.trim_end_matches('.').parse::<u16>().ok())
                {
                    let _ = tx.send(port);
                }
            }
        });
        let mut browser = Browser {
            driver: child,
            port: 0,
            session: None,
            home,
        };
        browser.port = rx
            .recv_timeout(Duration::from_secs(20))
            .expect("chromedriver says its port");
        let profile = format!(
            "--user-data-dir={}",
            browser.home.path().join("profile").display()
        );
        let capabilities = json!({ "capabilities": { "alwaysMatch": {
            "browserName": "chrome",
            // A dialog stays open, for `dialog_open` to see, instead of being dismissed.
            "unhandledPromptBehavior": "ignore",
            "goog:chromeOptions": {
                "binary": chromium,
                "args": [
                    "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    &profile, "--window-size=1000,800",
                    // No network: no name resolves, every request goes to a closed proxy
                    // (loopback included), and the browser's own services are off.
                    "--host-resolver-rules=MAP * ~NOTFOUND", "--proxy-server=127.0.0.1:9",
                    "--proxy-bypass-list=<-loopback>", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--disable-extensions",
                    "--disable-default-apps", "--disable-domain-reliability", "--no-pings",
                    "--no-first-run", "--no-default-browser-check", "--mute-audio",
                ],
            },
        }}});
        let created = browser.call("POST", "/session", Some(&capabilities));
        browser.session = Some(created["sessionId"].as_str().unwrap().to_string());
        browser.command(
            "POST",
            "/timeouts",
            json!({ "script": 10_000, "pageLoad": 20_000 }),
        );
        browser.command(
            "POST",
            "/goog/cdp/execute",
            json!({ "cmd": "Page.addScriptToEvaluateOnNewDocument", "params": { "source": WATCH } }),
        );
        Some(browser)
    }

    /// Opens a local file, as a person double-clicking it would (a `file://` URL).
    pub(crate) fn open(&self, path: &Path) {
        let mut url = String::from("file://");
        for b in path.to_str().unwrap().bytes() {
            match b {
                b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'/' | b'-' | b'_' | b'.' | b'~' => {
                    url.push(char::from(b))
                }
                _ => url.push_str(&format!("%{b:02X}")),
            }
        }
        self.mark();
        self.command("POST", "/url", json!({ "url": url }));
        self.settled(&url);
    }

    /// Loads the page again, as the reload button does.
    pub(crate) fn reload(&self) {
        let url = self.script("return location.href;");
        self.mark();
        self.command("POST", "/refresh", json!({}));
        self.settled(url.as_str().unwrap());
    }

    /// Marks the document shown now, for [`Self::settled`] to tell it from the next one.
    fn mark(&self) {
        self.script("window.__left = true;");
    }

    /// Waits for a new document at `url`, fully loaded (its script run). chromedriver waits for
    /// it too, but on a busy machine it has been seen to answer while the page was still being
    /// parsed: a test then read 9 statements of 29.
    fn settled(&self, url: &str) {
        let check = format!(
            "return !window.__left && location.href === {} && document.readyState === 'complete';",
            json!(url)
        );
        assert!(
            crate::common::wait_until(Duration::from_secs(20), || self.script(&check) == true),
            "{url} did not load"
        );
    }

    /// Clicks the element `css` selects, as a mouse would: scrolled to the middle of the view
    /// first, as a person scrolls to what they read, then hit where it is seen. (chromedriver's
    /// own scrolling puts an element at the very top edge, ignoring the page's `scroll-margin`,
    /// under the form's sticky progress bar, which then takes the click.)
    pub(crate) fn click(&self, css: &str) {
        let found = self.script(&format!(
            "var e = document.querySelector({}); if (e) e.scrollIntoView({{ block: 'center' }}); \
             return e;",
            json!(css)
        ));
        let element = found[ELEMENT]
            .as_str()
            .unwrap_or_else(|| panic!("no element {css}"));
        self.command("POST", &format!("/element/{element}/click"), json!({}));
    }

    /// Types `text` into the element `css` selects, key by key.
    pub(crate) fn type_into(&self, css: &str, text: &str) {
        let element = self.element(css);
        self.command(
            "POST",
            &format!("/element/{element}/value"),
            json!({ "text": text }),
        );
    }

    /// The result of a script run in the page (the body of a function: `return …`).
    pub(crate) fn script(&self, body: &str) -> Value {
        self.command(
            "POST",
            "/execute/sync",
            json!({ "script": body, "args": [] }),
        )
    }

    /// The value a script passes to its callback (`arguments[0]`), for what only a promise tells.
    pub(crate) fn script_async(&self, body: &str) -> Value {
        self.command(
            "POST",
            "/execute/async",
            json!({ "script": body, "args": [] }),
        )
    }

    /// The text of the element `css` selects (`textContent`, markup read as the page holds it).
    pub(crate) fn text(&self, css: &str) -> String {
        let found = self.script(&format!(
            "var e = document.querySelector({}); return e ? e.textContent : null;",
            json!(css)
        ));
        found
            .as_str()
            .unwrap_or_else(|| panic!("no element {css}"))
            .to_string()
    }

    /// Whether an alert, confirm or prompt dialog is open.
    pub(crate) fn dialog_open(&self) -> bool {
        let path = format!("/session/{}/alert/text", self.session.as_ref().unwrap());
        match wire::request(self.port, "GET", &path, None, PATIENCE) {
            Ok(_) => true,
            Err(e) if e.starts_with("no such alert") => false,
            Err(e) => panic!("GET {path}: {e}"),
        }
    }

    /// Every CSP violation the page reported since it was loaded.
    pub(crate) fn violations(&self) -> Vec<String> {
        serde_json::from_value(self.script("return window.__violations;")).unwrap()
    }

    fn element(&self, css: &str) -> String {
        let found = self.command(
            "POST",
            "/element",
            json!({ "using": "css selector", "value": css }),
        );
        found[ELEMENT]
            .as_str()
            .unwrap_or_else(|| panic!("{css}: {found}"))
            .to_string()
    }

    /// A command of this session.
    fn command(&self, method: &str, path: &str, body: Value) -> Value {
        let session = self.session.as_ref().unwrap();
        self.call(method, &format!("/session/{session}{path}"), Some(&body))
    }

    fn call(&self, method: &str, path: &str, body: Option<&Value>) -> Value {
        wire::request(self.port, method, path, body, PATIENCE)
            .unwrap_or_else(|e| panic!("{method} {path}: {e}"))
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        // Closing the session quits Chromium cleanly; killing the whole group catches what
        // remains, even when the session never began or chromedriver no longer answers.
        if let Some(session) = self.session.take() {
            let path = format!("/session/{session}");
            let _ = wire::request(self.port, "DELETE", &path, None, Duration::from_secs(5));
        }
        let group = rustix::process::Pid::from_child(&self.driver);
        let _ = rustix::process::kill_process_group(group, rustix::process::Signal::KILL);
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}
