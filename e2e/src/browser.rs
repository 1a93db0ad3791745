//! One browser per test, driven through its own WebDriver server: headless
//! Chromium through chromedriver (the default), or, with `IPT_BROWSER`,
//! Firefox ESR through geckodriver or WebKitGTK's MiniBrowser through
//! WebKitWebDriver in an Xvfb display of its own (see [`Engine`]).

use std::io::{BufRead, BufReader};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use fantoccini::wd::{Capabilities, WebDriverCompatibleCommand};
use fantoccini::{Client, ClientBuilder, Locator};
use hyper_util::client::legacy::connect::HttpConnector;
use serde_json::{json, Value};

pub const CHROMIUM: &str = "/usr/bin/chromium";
pub const CHROMEDRIVER: &str = "/usr/bin/chromedriver";
pub const FIREFOX: &str = "/usr/bin/firefox-esr";
pub const WEBKIT_WEBDRIVER: &str = "/usr/bin/WebKitWebDriver";
pub const MINIBROWSER: &str = "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser";
pub const XVFB: &str = "/usr/bin/Xvfb";

/// The browser engines the tests drive. `IPT_BROWSER` (`chromium`,
/// `firefox` or `webkit`) chooses one for a run; Chromium when unset.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Engine {
    Chromium,
    Firefox,
    WebKit,
}

impl Engine {
    pub const ALL: [Engine; 3] = [Engine::Chromium, Engine::Firefox, Engine::WebKit];

    /// The engine of this run, from `IPT_BROWSER`.
    pub fn from_env() -> Engine {
        match std::env::var("IPT_BROWSER").as_deref() {
            Err(_) | Ok("") => Engine::Chromium,
            Ok(name) => Engine::named(name)
                .unwrap_or_else(|| panic!("IPT_BROWSER={name}: use chromium, firefox or webkit")),
        }
    }

    pub fn named(name: &str) -> Option<Engine> {
        Engine::ALL.into_iter().find(|engine| engine.name() == name)
    }

    pub fn name(self) -> &'static str {
        match self {
            Engine::Chromium => "chromium",
            Engine::Firefox => "firefox",
            Engine::WebKit => "webkit",
        }
    }
}

/// Flags for Chromium on this machine: root needs --no-sandbox, and with no
/// internet the background services would only fail noisily.
pub const CHROMIUM_ARGS: &[&str] = &[
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
    "--no-first-run",
    "--window-size=1280,900",
];

/// How long a page may take to load and start, or a file to arrive.
pub const LOAD: Duration = Duration::from_secs(15);
/// How long a change may take to be saved or shown (the app saves once
/// the person pauses).
pub const SETTLE: Duration = Duration::from_secs(10);
/// How often a wait looks again.
pub const POLL: Duration = Duration::from_millis(50);

pub struct Browser {
    pub client: Client,
    pub engine: Engine,
    driver: Child,
    /// The port chromedriver listens on, and the session it opened: to end
    /// the session (and Chromium) when a test panics before `close`.
    port: u16,
    session: Option<String>,
    closed: bool,
    /// This browser's own temporary folder: Chromium's profile and every
    /// temporary file chromedriver and Chromium make (their `TMPDIR`).
    /// Removed when the browser is dropped; a full run used to leave about
    /// 11 GB of profiles in the system's temporary folder.
    folder: PathBuf,
    /// WebKit's Xvfb display, ended with the browser.
    display: Option<Child>,
}

/// Numbers the browsers one test process starts, for their folders.
static BROWSERS_STARTED: AtomicUsize = AtomicUsize::new(0);

impl Browser {
    /// Starts chromedriver on a free port and opens a fresh browser session
    /// (a new, empty profile: no stored data).
    pub async fn start() -> Browser {
        Browser::start_with_args(&[]).await
    }

    /// A fresh session with extra command-line flags for Chromium (other
    /// engines ignore them: tests that need them run in Chromium only).
    pub async fn start_with_args(extra_args: &[&str]) -> Browser {
        let folder = std::env::temp_dir().join(format!(
            "ipt-e2e-browser-{}-{}",
            std::process::id(),
            BROWSERS_STARTED.fetch_add(1, Ordering::Relaxed)
        ));
        let _ = std::fs::remove_dir_all(&folder);
        let profile = folder.join("profile");
        std::fs::create_dir_all(&profile).expect("a folder for the browser");
        let engine = Engine::from_env();
        let mut capabilities = Capabilities::new();
        let mut display = None;
        let (driver, port) = match engine {
            Engine::Chromium => {
                let user_data_dir = format!("--user-data-dir={}", profile.display());
                let mut args: Vec<&str> = CHROMIUM_ARGS.to_vec();
                args.push(&user_data_dir);
                args.extend_from_slice(extra_args);
                capabilities.insert(
                    "goog:chromeOptions".into(),
                    json!({ "binary": CHROMIUM, "args": args }),
                );
                capabilities.insert("goog:loggingPrefs".into(), json!({ "browser": "ALL" }));
                start_driver(&folder)
            }
            Engine::Firefox => {
                // geckodriver makes its own fresh profile, in its TMPDIR.
                capabilities.insert(
                    "moz:firefoxOptions".into(),
                    json!({
                        "binary": FIREFOX,
                        "args": ["-headless", "-width", "1280", "-height", "900"],
                        "prefs": {
                            "browser.download.folderList": 2,
                            "browser.download.dir": folder.join("downloads").to_string_lossy(),
                            "browser.download.useDownloadDir": true,
                            "browser.download.always_ask_before_handling_new_types": false,
                        },
                    }),
                );
                let path = std::env::var("GECKODRIVER").unwrap_or_else(|_| "geckodriver".into());
                let port = free_port();
                let driver = spawn_driver(
                    Command::new(path)
                        .arg(format!("--port={port}"))
                        .arg(format!("--websocket-port={}", free_port()))
                        .env("TMPDIR", &folder),
                );
                (driver, port)
            }
            Engine::WebKit => {
                let (xvfb, number) = start_display();
                display = Some(xvfb);
                capabilities.insert("browserName".into(), json!("MiniBrowser"));
                capabilities.insert(
                    "webkitgtk:browserOptions".into(),
                    json!({ "binary": MINIBROWSER, "args": ["--automation"] }),
                );
                let port = free_port();
                let driver = spawn_driver(
                    Command::new(WEBKIT_WEBDRIVER)
                        .arg(format!("--port={port}"))
                        .env("DISPLAY", format!(":{number}"))
                        .env("TMPDIR", &folder)
                        // MiniBrowser saves a download into the desktop's
                        // download folder, which GLib reads from this file.
                        .env("XDG_CONFIG_HOME", webkit_download_config(&folder)),
                );
                (driver, port)
            }
        };
        let webdriver_url = format!("http://127.0.0.1:{port}");
        // chromedriver is listening once it has said its port; the other
        // drivers take a moment.
        let client = Browser::eventually(
            Duration::from_secs(30),
            Duration::from_millis(200),
            async || {
                ClientBuilder::new(HttpConnector::new())
                    .capabilities(capabilities.clone())
                    .connect(&webdriver_url)
                    .await
                    .map_err(|error| {
                        format!(
                            "{}'s driver did not start a session: {error}",
                            engine.name()
                        )
                    })
            },
        )
        .await;
        let session = client.session_id().await.ok().flatten();
        let browser = Browser {
            client,
            engine,
            driver,
            port,
            session,
            closed: false,
            folder,
            display,
        };
        if engine != Engine::Chromium {
            browser.set_size(crate::LAPTOP).await;
        }
        browser
    }

    /// This browser's temporary folder (its profile is in it); gone once
    /// the browser is dropped.
    pub fn folder(&self) -> &Path {
        &self.folder
    }

    /// Runs `attempt` every `interval` until it returns `Ok`, and returns
    /// that value; after `timeout`, fails the test with the last `Err`,
    /// which says what was seen instead. The one polling loop of the tests:
    /// the app saves, renders and loads in its own time, so a check waits
    /// for the page to settle rather than for a guessed pause.
    pub async fn eventually<T>(
        timeout: Duration,
        interval: Duration,
        mut attempt: impl AsyncFnMut() -> Result<T, String>,
    ) -> T {
        let deadline = Instant::now() + timeout;
        loop {
            match attempt().await {
                Ok(value) => return value,
                Err(seen) if Instant::now() >= deadline => {
                    panic!("waited {timeout:?}: {seen}")
                }
                Err(_) => tokio::time::sleep(interval).await,
            }
        }
    }

    /// Runs `script` (up to ten seconds) until `done` accepts what it
    /// returns, and returns that.
    pub async fn wait_for_script(&self, script: &str, done: impl Fn(&Value) -> bool) -> Value {
        Browser::eventually(SETTLE, Duration::from_millis(100), async || {
            let value = self.script(script).await;
            if done(&value) {
                Ok(value)
            } else {
                Err(format!("{script}\nreturned {value}"))
            }
        })
        .await
    }

    pub async fn goto(&self, url: &str) {
        // geckodriver reports a navigation still under way when this one
        // starts (the quick exit's, to a site that does not resolve here)
        // as this one's failure, "Reached error page"; the page then goes
        // on to this one, so it is asked again. A page of ours that cannot
        // be reached fails every time.
        for attempt in 1.. {
            match self.client.goto(url).await {
                Ok(()) => return,
                Err(error) if attempt < 3 && error.to_string().contains("Reached error page") => {
                    tokio::time::sleep(Duration::from_millis(300)).await;
                }
                Err(error) => panic!("navigate to {url}: {error:?}"),
            }
        }
    }

    /// Waits until the app has started (a prerendered page's static copy is
    /// gone) and shows an `<h1>`, and returns its text.
    pub async fn h1_text(&self) -> String {
        self.wait_for_h1("").await
    }

    /// The app's `<h1>` now, once it has started.
    async fn try_app_h1(&self) -> Result<String, String> {
        let started = self
            .client
            .execute(
                "return document.getElementById('prerendered') === null;",
                vec![],
            )
            .await
            .unwrap_or(Value::Bool(false));
        if started != Value::Bool(true) {
            return Err("the app has not started (the prerendered copy is still there)".into());
        }
        self.try_text_of("h1")
            .await
            .ok_or_else(|| "the app shows no <h1>".to_string())
    }

    /// The `<h1>` of a page as served, without waiting for the app (for
    /// pages read with JavaScript turned off).
    pub async fn static_h1_text(&self) -> String {
        self.text_of("h1").await
    }

    /// The text of the first element matching `css` now, if there is one
    /// (None also when the page replaced it while it was being read).
    async fn try_text_of(&self, css: &str) -> Option<String> {
        let element = self.client.find(Locator::Css(css)).await.ok()?;
        element.text().await.ok()
    }

    /// Waits until the page's `<h1>` contains `expected` (after a click, the
    /// old page's heading may still be there for a moment).
    pub async fn wait_for_h1(&self, expected: &str) -> String {
        Browser::eventually(LOAD, POLL, async || {
            let text = self.try_app_h1().await?;
            if text.contains(expected) {
                Ok(text)
            } else {
                Err(format!(
                    "h1 is {text:?}, expected it to contain {expected:?}"
                ))
            }
        })
        .await
    }

    /// Waits until an element matching `css` exists and returns its text.
    pub async fn text_of(&self, css: &str) -> String {
        Browser::eventually(LOAD, POLL, async || {
            self.try_text_of(css)
                .await
                .ok_or_else(|| format!("no element matches {css}"))
        })
        .await
    }

    /// Waits until the element matching `css` contains `expected`; returns
    /// its text.
    pub async fn wait_for_text(&self, css: &str, expected: &str) -> String {
        Browser::eventually(Duration::from_secs(30), POLL, async || {
            let text = self.try_text_of(css).await.unwrap_or_default();
            if text.contains(expected) {
                Ok(text)
            } else {
                Err(format!(
                    "{css} says {text:?}, expected it to contain {expected:?}"
                ))
            }
        })
        .await
    }

    /// Clicks the element matching `css`, as a person would: first brought
    /// to the middle of the screen, clear of the sticky "Exit this page"
    /// bar (WebDriver clicks an element already in view where it is, even
    /// under that bar).
    pub async fn click(&self, css: &str) {
        let element = self
            .client
            .find(Locator::Css(css))
            .await
            .unwrap_or_else(|error| panic!("no {css}: {error}"));
        let argument = serde_json::to_value(&element).expect("an element as JSON");
        self.client
            .execute(
                "arguments[0].scrollIntoView({ block: 'center', inline: 'nearest' });",
                vec![argument],
            )
            .await
            .unwrap_or_else(|error| panic!("scroll to {css}: {error}"));
        element
            .click()
            .await
            .unwrap_or_else(|error| panic!("click {css}: {error}"));
    }

    /// Opens a second tab of this browser, switches to it and loads `url`
    /// there. Returns the (first, second) tabs' handles, to switch between.
    pub async fn open_second_tab(
        &self,
        url: &str,
    ) -> (fantoccini::wd::WindowHandle, fantoccini::wd::WindowHandle) {
        let first = self.client.window().await.expect("the first tab");
        let second = self.client.new_window(true).await.expect("a second tab");
        self.client
            .switch_to_window(second.handle.clone())
            .await
            .expect("switch to the second tab");
        self.goto(url).await;
        (first, second.handle)
    }

    /// Types into the element matching `css`.
    pub async fn type_into(&self, css: &str, text: &str) {
        self.client
            .find(Locator::Css(css))
            .await
            .unwrap_or_else(|error| panic!("no {css}: {error}"))
            .send_keys(text)
            .await
            .expect("type");
    }

    /// Presses `key` on the element matching `css` (it gets the focus).
    pub async fn press_key_on(&self, css: &str, key: fantoccini::key::Key) {
        self.client
            .find(Locator::Css(css))
            .await
            .unwrap_or_else(|error| panic!("no {css}: {error}"))
            .send_keys(&key.to_string())
            .await
            .expect("press the key");
    }

    /// A fresh browser (empty profile) with `documents` (key, stored text)
    /// in the site's localStorage, and the app loaded again to read them.
    pub async fn with_stored<K: AsRef<str>>(
        server: &crate::static_server::StaticServer,
        documents: &[(K, String)],
    ) -> Browser {
        let browser = Browser::start().await;
        browser.goto(&server.url("/learn")).await;
        browser.h1_text().await;
        for (key, text) in documents {
            browser.store(key.as_ref(), text).await;
        }
        browser.goto(&server.url("/learn")).await;
        browser.h1_text().await;
        browser
    }

    /// Makes the window `(width, height)` CSS pixels, such as
    /// [`crate::PHONE`].
    pub async fn set_size(&self, (width, height): (u32, u32)) {
        self.client
            .set_window_size(width, height)
            .await
            .expect("window size");
    }

    /// Emulates the device's light or dark preference (`theme`).
    pub async fn set_color_scheme(&self, theme: &str) {
        self.emulate_media(&[("prefers-color-scheme", theme)]).await;
    }

    /// Emulates the device's media preferences, such as
    /// `("prefers-contrast", "more")`; those not named go back to normal.
    pub async fn emulate_media(&self, features: &[(&str, &str)]) {
        let features: Vec<serde_json::Value> = features
            .iter()
            .map(|(name, value)| serde_json::json!({ "name": name, "value": value }))
            .collect();
        self.cdp(
            "Emulation.setEmulatedMedia",
            serde_json::json!({ "features": features }),
        )
        .await;
        self.wait_for_transitions().await;
    }

    /// Waits until no CSS transition or animation is running: a change of
    /// theme fades the buttons' colours (`--motion`), and a check made
    /// halfway (axe's contrast, a screenshot) would see colours that are
    /// never at rest. `getAnimations()` brings the style up to date first,
    /// so a transition the change has just started is counted.
    pub async fn wait_for_transitions(&self) {
        self.wait_for_script(
            "return document.getAnimations().every(a => a.playState !== 'running');",
            |done| *done == Value::Bool(true),
        )
        .await;
    }

    /// On /data: types the confirmation word and deletes everything, then
    /// waits for the page to say so.
    pub async fn delete_everything(&self) {
        self.script(
            "const c = document.getElementById('delete-confirm'); c.value = 'DELETE'; \
             c.dispatchEvent(new Event('input', { bubbles: true })); return true;",
        )
        .await;
        self.click("button.delete-everything").await;
        self.wait_for_text(".danger-zone [role='status']", "deleted")
            .await;
    }

    /// Selects the text of the field matching `css` (and focuses it), so
    /// that what is typed next replaces it in one go; clearing it first
    /// would save an empty value on the way.
    pub async fn select_text(&self, css: &str) {
        self.client
            .execute(
                "const field = document.querySelector(arguments[0]);
                 field.focus(); field.select(); return true;",
                vec![json!(css)],
            )
            .await
            .unwrap_or_else(|error| panic!("select the text of {css}: {error}"));
    }

    /// On /data: fills the new-passphrase fields, ticks the box and
    /// presses `button` (turn the lock on, or change the passphrase).
    pub async fn set_new_passphrase(&self, passphrase: &str, button: &str) {
        self.type_into("#lock-new", passphrase).await;
        self.type_into("#lock-repeat", passphrase).await;
        self.click("#lock-understood").await;
        self.click(button).await;
    }

    /// On the unlock screen: types `passphrase` over whatever the field
    /// holds and presses Unlock.
    pub async fn unlock_with(&self, passphrase: &str) {
        self.wait_for_h1("Locked with a passphrase").await;
        self.select_text("#unlock-passphrase").await;
        self.type_into("#unlock-passphrase", passphrase).await;
        self.click("button.unlock-button").await;
    }

    /// On /data: chooses the (plain) backup `file`, waits for its preview to
    /// say `preview`, and merges it in; the caller waits for the outcome.
    pub async fn import_backup(&self, file: &Path, preview: &str) {
        self.type_into("#import-file", &file.to_string_lossy())
            .await;
        self.wait_for_text(".import-preview", preview).await;
        self.click("button.import-merge").await;
    }

    /// Waits until the tab shows a page not under `origin` (the quick exit
    /// has left), and returns its URL.
    pub async fn wait_until_away_from(&self, origin: &str) -> String {
        Browser::eventually(Duration::from_secs(10), POLL, async || {
            let url = self.client.current_url().await.map_err(|e| e.to_string())?;
            if url.as_str().starts_with(origin) {
                Err(format!("still on the app: {url}"))
            } else {
                Ok(url.to_string())
            }
        })
        .await
    }

    /// On /map: adds a person through the form with the mouse.
    pub async fn add_person_with_mouse(&self, name: &str) {
        self.click("button.add-person").await;
        self.type_into("#person-name", name).await;
        // The name must be in the field before it is submitted (once in
        // WebKit nothing was stored; this says so if it happens again).
        self.wait_for_script(
            &format!("return document.getElementById('person-name').value === {name:?};"),
            |typed| *typed == json!(true),
        )
        .await;
        self.click(".person-form button[type=submit]").await;
    }

    /// Writes `text` under a localStorage key, as another tab or an older
    /// visit would have left it (the page does not hear of it).
    pub async fn store(&self, key: &str, text: &str) {
        self.client
            .execute(
                "localStorage.setItem(arguments[0], arguments[1]); return true;",
                vec![json!(key), json!(text)],
            )
            .await
            .expect("write storage");
    }

    /// The raw stored text of a localStorage key (JSON null if absent).
    pub async fn stored(&self, key: &str) -> Value {
        self.client
            .execute(
                "return localStorage.getItem(arguments[0]);",
                vec![json!(key)],
            )
            .await
            .expect("read storage")
    }

    /// Waits (up to ten seconds) until the text stored under `key` contains
    /// `expected`, and returns it: the app saves a change once the person
    /// pauses, not at once.
    pub async fn wait_for_stored(&self, key: &str, expected: &str) -> String {
        Browser::eventually(SETTLE, POLL, async || {
            let stored = self.stored(key).await;
            match stored.as_str() {
                Some(text) if text.contains(expected) => Ok(text.to_string()),
                _ => Err(format!(
                    "{key} holds {stored}, expected it to contain {expected:?}"
                )),
            }
        })
        .await
    }

    /// Waits (up to fifteen seconds) until a service worker controls the
    /// page: it has installed, so every file of the site is cached.
    pub async fn wait_for_service_worker(&self) {
        Browser::eventually(LOAD, Duration::from_millis(100), async || {
            let controlled = self
                .script("return !!(navigator.serviceWorker && navigator.serviceWorker.controller);")
                .await;
            if controlled == json!(true) {
                Ok(())
            } else {
                Err("no service worker took control of the page".to_string())
            }
        })
        .await
    }

    pub async fn count(&self, css: &str) -> usize {
        self.client
            .find_all(Locator::Css(css))
            .await
            .expect("find elements")
            .len()
    }

    pub async fn script(&self, source: &str) -> Value {
        self.client
            .execute(source, vec![])
            .await
            .unwrap_or_else(|error| panic!("script failed: {error}\n{source}"))
    }

    /// Browser console messages at level SEVERE since the last call.
    /// (chromedriver's log endpoint; the 404 status of a route that the
    /// static host does not know is expected and filtered out.)
    /// Chromium only: geckodriver and WebKitWebDriver have no log endpoint,
    /// so in the other engines this is always empty.
    pub async fn console_errors(&self) -> Vec<String> {
        if self.engine != Engine::Chromium {
            return Vec::new();
        }
        let entries = self
            .client
            .issue_cmd(ChromedriverCommand::browser_log())
            .await
            .expect("read the browser log");
        entries
            .as_array()
            .into_iter()
            .flatten()
            .filter(|entry| entry["level"] == "SEVERE")
            .map(|entry| entry["message"].as_str().unwrap_or_default().to_string())
            .filter(|message| !message.contains("status of 404"))
            .collect()
    }

    /// Lets the page save files, into a new empty folder named after `name`,
    /// and returns that folder.
    pub async fn allow_downloads(&self, name: &str) -> std::path::PathBuf {
        match self.engine {
            Engine::Chromium => {}
            Engine::Firefox => {
                // Firefox's folder is set when it starts (see `start`).
                let folder = self.folder.join("downloads");
                let _ = std::fs::remove_dir_all(&folder);
                std::fs::create_dir_all(&folder).expect("a download folder");
                return folder;
            }
            Engine::WebKit => {
                // WebKit's folder is named when it starts (see `start`).
                let folder = self.folder.join("downloads");
                let _ = std::fs::remove_dir_all(&folder);
                std::fs::create_dir_all(&folder).expect("a download folder");
                return folder;
            }
        }
        let folder = std::env::temp_dir().join(format!("ipt-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&folder);
        std::fs::create_dir_all(&folder).expect("a download folder");
        self.cdp(
            "Page.setDownloadBehavior",
            json!({ "behavior": "allow", "downloadPath": folder.to_string_lossy() }),
        )
        .await;
        folder
    }

    /// Waits for a file ending in `.{extension}` to arrive in `folder` (see
    /// [`Browser::allow_downloads`]) and returns its path.
    pub async fn downloaded_file(
        &self,
        folder: &std::path::Path,
        extension: &str,
    ) -> std::path::PathBuf {
        // WebKitGTK names the file before it has written it (once, read at
        // once, it was empty): taken only when not empty and the same size
        // as at the poll before.
        let size_before = std::cell::Cell::new(None::<u64>);
        Browser::eventually(LOAD, Duration::from_millis(100), async || {
            let path = std::fs::read_dir(folder)
                .expect("the download folder")
                .filter_map(Result::ok)
                .map(|entry| entry.path())
                .find(|path| path.extension().is_some_and(|ext| ext == extension))
                .ok_or_else(|| format!("no .{extension} file was downloaded"))?;
            let size = std::fs::metadata(&path).map(|meta| meta.len()).unwrap_or(0);
            if size > 0 && size_before.replace(Some(size)) == Some(size) {
                Ok(path)
            } else {
                Err(format!(
                    "{} is still being written ({size} bytes)",
                    path.display()
                ))
            }
        })
        .await
    }

    /// Slows every request (Chromium, through DevTools): `latency_ms` for
    /// each round trip, the throughputs in bytes per second (-1: no limit).
    pub async fn emulate_network(&self, latency_ms: u32, down: i64, up: i64) {
        self.cdp("Network.enable", json!({})).await;
        self.cdp(
            "Network.emulateNetworkConditions",
            json!({
                "offline": false,
                "latency": latency_ms,
                "downloadThroughput": down,
                "uploadThroughput": up,
            }),
        )
        .await;
    }

    /// Runs a Chrome DevTools Protocol command through chromedriver.
    pub async fn cdp(&self, command: &str, params: Value) -> Value {
        self.client
            .issue_cmd(ChromedriverCommand::cdp(command, params))
            .await
            .unwrap_or_else(|error| panic!("CDP {command} failed: {error}"))
    }

    /// Ends the session (chromedriver quits Chromium); dropping then ends
    /// chromedriver and removes the browser's folder.
    pub async fn close(mut self) {
        if self.client.clone().close().await.is_ok() {
            self.closed = true;
        }
    }
}

impl Drop for Browser {
    /// Also when a test panics before `close`: the session is ended (so
    /// the browser quits), no driver nor display is left running after the
    /// test process, and the browser's folder with its profile is removed.
    fn drop(&mut self) {
        if !self.closed {
            if let Some(session) = &self.session {
                end_session(self.port, session);
            }
        }
        let _ = self.driver.kill();
        let _ = self.driver.wait();
        if let Some(display) = &mut self.display {
            let _ = display.kill();
            let _ = display.wait();
        }
        remove_folder(&self.folder);
    }
}

/// A configuration folder inside the browser's `folder` whose
/// `user-dirs.dirs` names `folder/downloads` as the download folder (GLib
/// reads it through `XDG_CONFIG_HOME`); returns the configuration folder.
fn webkit_download_config(folder: &Path) -> PathBuf {
    let config = folder.join("config");
    std::fs::create_dir_all(&config).expect("a configuration folder");
    let downloads = folder.join("downloads");
    std::fs::create_dir_all(&downloads).expect("a download folder");
    std::fs::write(
        config.join("user-dirs.dirs"),
        format!("XDG_DOWNLOAD_DIR=\"{}\"\n", downloads.display()),
    )
    .expect("the download folder's setting");
    config
}

/// Starts chromedriver with `folder` as its temporary folder (and so
/// Chromium's) on a port it picks itself (`--port=0`) and reports: no
/// port is chosen here and freed for it to take, which another process
/// could take first. Returns the process and its port.
fn start_driver(folder: &Path) -> (Child, u16) {
    // Rarely (seen once in a full run, with the two cores busy) chromedriver
    // exits before it reports a port; a fresh one then starts as usual.
    let driver_path = std::env::var("CHROMEDRIVER").unwrap_or_else(|_| CHROMEDRIVER.to_string());
    for _ in 0..2 {
        if let Some(started) = try_start_driver(&driver_path, folder) {
            return started;
        }
    }
    try_start_driver(&driver_path, folder).unwrap_or_else(|| {
        panic!("{driver_path} ended three times without saying which port it listens on")
    })
}

/// One attempt of [`start_driver`]: `None` if chromedriver ended before it
/// said its port.
fn try_start_driver(driver_path: &str, folder: &Path) -> Option<(Child, u16)> {
    let mut driver = Command::new(driver_path)
        .arg("--port=0")
        .env("TMPDIR", folder)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap_or_else(|error| panic!("could not start {driver_path}: {error}"));
    let stdout = driver.stdout.take().expect("chromedriver's output");
    let mut lines = BufReader::new(stdout).lines();
    let port = loop {
        match lines.next() {
            Some(Ok(line)) => {
                if let Some(port) = reported_port(&line) {
                    break port;
                }
            }
            _ => {
                let _ = driver.kill();
                let _ = driver.wait();
                return None;
            }
        }
    };
    // The rest of its output is read and dropped, so it never blocks on a
    // full pipe.
    std::thread::spawn(move || lines.for_each(drop));
    Some((driver, port))
}

/// The port in chromedriver's "ChromeDriver was started successfully on
/// port 36181." line.
fn reported_port(line: &str) -> Option<u16> {
    line.split("started successfully on port ")
        .nth(1)?
        .trim()
        .trim_end_matches('.')
        .parse()
        .ok()
}

/// Ends a WebDriver session with a plain HTTP request (Drop cannot wait for
/// the async client): chromedriver quits that Chromium and answers once it
/// has.
fn end_session(port: u16, session: &str) {
    use std::io::{Read, Write};
    let Ok(mut stream) = TcpStream::connect(("127.0.0.1", port)) else {
        return;
    };
    let _ = stream.set_read_timeout(Some(Duration::from_secs(20)));
    let request = format!(
        "DELETE /session/{session} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\
         Content-Length: 0\r\nConnection: close\r\n\r\n"
    );
    if stream.write_all(request.as_bytes()).is_ok() {
        let mut answer = Vec::new();
        let _ = stream.read_to_end(&mut answer);
    }
}

/// Removes `folder`, trying again for a few seconds while a Chromium that
/// is still exiting writes into it.
fn remove_folder(folder: &Path) {
    for _ in 0..50 {
        match std::fs::remove_dir_all(folder) {
            Err(error) if error.kind() != std::io::ErrorKind::NotFound => {
                std::thread::sleep(Duration::from_millis(100));
            }
            _ => return,
        }
    }
}

/// Makes every failure of this test process begin with the engine's name
/// (`[webkit] …`), so a run of the smoke set in each engine says which
/// one failed.
pub fn name_the_engine_in_failures() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let engine = Engine::from_env().name();
        let default_hook = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            eprintln!("[{engine}] this failure is in {engine}");
            default_hook(info);
        }));
    });
}

/// A loopback port free now, for geckodriver and WebKitWebDriver, which
/// do not report a port they picked themselves.
fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|listener| listener.local_addr())
        .map(|address| address.port())
        .expect("a free loopback port")
}

fn spawn_driver(command: &mut Command) -> Child {
    command
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap_or_else(|error| panic!("could not start {command:?}: {error}"))
}

/// An Xvfb display of its own (Xvfb picks a free number and says which),
/// for WebKit: MiniBrowser's `--headless` hangs a WebDriver session.
fn start_display() -> (Child, u32) {
    let mut xvfb = Command::new(XVFB)
        .args([
            "-displayfd",
            "1",
            "-screen",
            "0",
            "1280x900x24",
            "-nolisten",
            "tcp",
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap_or_else(|error| panic!("could not start {XVFB}: {error}"));
    let mut line = String::new();
    BufReader::new(xvfb.stdout.take().expect("piped stdout"))
        .read_line(&mut line)
        .expect("Xvfb says its display");
    let number = line
        .trim()
        .parse()
        .unwrap_or_else(|_| panic!("Xvfb said {line:?}, not a display number"));
    (xvfb, number)
}

/// A chromedriver command outside the W3C set: a POST of `body` to
/// `session/{id}/{path}` (the browser console log, DevTools commands).
#[derive(Debug)]
struct ChromedriverCommand {
    path: &'static str,
    body: Value,
}

impl ChromedriverCommand {
    /// The browser console log.
    fn browser_log() -> ChromedriverCommand {
        ChromedriverCommand {
            path: "se/log",
            body: json!({ "type": "browser" }),
        }
    }

    /// A Chrome DevTools Protocol command.
    fn cdp(command: &str, params: Value) -> ChromedriverCommand {
        ChromedriverCommand {
            path: "goog/cdp/execute",
            body: json!({ "cmd": command, "params": params }),
        }
    }
}

impl WebDriverCompatibleCommand for ChromedriverCommand {
    fn endpoint(
        &self,
        base_url: &url::Url,
        session_id: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base_url.join(&format!(
            "session/{}/{}",
            session_id.unwrap_or_default(),
            self.path
        ))
    }

    fn method_and_body(&self, _request_url: &url::Url) -> (http::Method, Option<String>) {
        (http::Method::POST, Some(self.body.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_port_chromedriver_reports_is_read() {
        assert_eq!(
            reported_port("ChromeDriver was started successfully on port 36181."),
            Some(36181)
        );
        assert_eq!(reported_port("Only local connections are allowed."), None);
    }

    /// Drivers started at once each listen on a port of their own, the
    /// one they reported.
    #[test]
    fn drivers_started_at_once_get_ports_of_their_own() {
        let folder = std::env::temp_dir().join(format!("ipt-e2e-drivers-{}", std::process::id()));
        std::fs::create_dir_all(&folder).expect("a folder");
        let mut drivers: Vec<(Child, u16)> = std::thread::scope(|scope| {
            let started: Vec<_> = (0..4)
                .map(|_| scope.spawn(|| start_driver(&folder)))
                .collect();
            started
                .into_iter()
                .map(|started| started.join().expect("a driver"))
                .collect()
        });
        let mut ports: Vec<u16> = drivers.iter().map(|(_, port)| *port).collect();
        for port in &ports {
            TcpStream::connect(("127.0.0.1", *port))
                .unwrap_or_else(|error| panic!("nothing listens on port {port}: {error}"));
        }
        ports.sort_unstable();
        ports.dedup();
        assert_eq!(ports.len(), 4);
        for (driver, _) in &mut drivers {
            let _ = driver.kill();
            let _ = driver.wait();
        }
        remove_folder(&folder);
    }

    /// A browser's profile and temporary files are gone once it is closed,
    /// and also when a test panics before closing it (the browser is only
    /// dropped); no Chromium is left running with that profile.
    #[tokio::test]
    async fn a_browser_leaves_no_folder_behind_closed_or_dropped() {
        for close in [true, false] {
            let browser = Browser::start().await;
            browser
                .goto("data:text/html,<title>t</title><p>profile in use</p>")
                .await;
            let folder = browser.folder().to_path_buf();
            let profile = folder.join("profile");
            assert!(
                std::fs::read_dir(&profile)
                    .expect("the profile")
                    .next()
                    .is_some(),
                "Chromium writes its profile in the browser's folder"
            );
            if close {
                browser.close().await;
            } else {
                drop(browser);
            }
            assert!(
                !folder.exists(),
                "close {close}: {} is left",
                folder.display()
            );
            let profile_arg = format!("--user-data-dir={}", profile.display());
            let running: Vec<String> = std::fs::read_dir("/proc")
                .expect("/proc")
                .filter_map(Result::ok)
                .filter_map(|entry| std::fs::read(entry.path().join("cmdline")).ok())
                .map(|cmdline| String::from_utf8_lossy(&cmdline).replace('\0', " "))
                .filter(|cmdline| cmdline.contains(&profile_arg))
                .collect();
            assert!(
                running.is_empty(),
                "close {close}: still running: {running:?}"
            );
        }
    }

    #[tokio::test]
    async fn eventually_returns_the_first_success() {
        let mut tries = 0;
        let value = Browser::eventually(LOAD, Duration::from_millis(1), async || {
            tries += 1;
            if tries < 3 {
                Err(format!("try {tries}"))
            } else {
                Ok(tries)
            }
        })
        .await;
        assert_eq!(value, 3);
    }

    #[tokio::test]
    #[should_panic(expected = "the last thing seen")]
    async fn eventually_fails_with_what_it_last_saw() {
        let mut tries = 0;
        Browser::eventually(
            Duration::from_millis(30),
            Duration::from_millis(1),
            async || -> Result<(), String> {
                tries += 1;
                Err(if tries > 1 {
                    "the last thing seen".to_string()
                } else {
                    "the first thing seen".to_string()
                })
            },
        )
        .await;
    }
}
