//! One headless Chromium per test, driven through its own chromedriver.

use std::net::TcpListener;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::wd::{Capabilities, WebDriverCompatibleCommand};
use fantoccini::{Client, ClientBuilder, Locator};
use hyper_util::client::legacy::connect::HttpConnector;
use serde_json::{json, Value};

pub const CHROMIUM: &str = "/usr/bin/chromium";
pub const CHROMEDRIVER: &str = "/usr/bin/chromedriver";

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
    driver: Child,
}

impl Browser {
    /// Starts chromedriver on a free port and opens a fresh browser session
    /// (a new, empty profile: no stored data).
    pub async fn start() -> Browser {
        Browser::start_with_args(&[]).await
    }

    pub async fn start_with_args(extra_args: &[&str]) -> Browser {
        let port = free_port();
        let driver_path =
            std::env::var("CHROMEDRIVER").unwrap_or_else(|_| CHROMEDRIVER.to_string());
        let driver = Command::new(&driver_path)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|error| panic!("could not start {driver_path}: {error}"));
        let mut args: Vec<&str> = CHROMIUM_ARGS.to_vec();
        args.extend_from_slice(extra_args);
        let mut capabilities = Capabilities::new();
        capabilities.insert(
            "goog:chromeOptions".into(),
            json!({ "binary": CHROMIUM, "args": args }),
        );
        capabilities.insert("goog:loggingPrefs".into(), json!({ "browser": "ALL" }));
        let webdriver_url = format!("http://127.0.0.1:{port}");
        // chromedriver takes a moment to listen on its port.
        let client = Browser::eventually(
            Duration::from_secs(20),
            Duration::from_millis(200),
            async || {
                ClientBuilder::new(HttpConnector::new())
                    .capabilities(capabilities.clone())
                    .connect(&webdriver_url)
                    .await
                    .map_err(|error| format!("chromedriver did not start a session: {error}"))
            },
        )
        .await;
        Browser { client, driver }
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
        self.client.goto(url).await.expect("navigate");
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

    /// On /map: adds a person through the form with the mouse.
    pub async fn add_person_with_mouse(&self, name: &str) {
        self.click("button.add-person").await;
        self.type_into("#person-name", name).await;
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
    pub async fn console_errors(&self) -> Vec<String> {
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
        Browser::eventually(LOAD, Duration::from_millis(100), async || {
            std::fs::read_dir(folder)
                .expect("the download folder")
                .filter_map(Result::ok)
                .map(|entry| entry.path())
                .find(|path| path.extension().is_some_and(|ext| ext == extension))
                .ok_or_else(|| format!("no .{extension} file was downloaded"))
        })
        .await
    }

    /// Runs a Chrome DevTools Protocol command through chromedriver.
    pub async fn cdp(&self, command: &str, params: Value) -> Value {
        self.client
            .issue_cmd(ChromedriverCommand::cdp(command, params))
            .await
            .unwrap_or_else(|error| panic!("CDP {command} failed: {error}"))
    }

    pub async fn close(self) {
        let _ = self.client.clone().close().await;
        // Dropping ends chromedriver.
    }
}

impl Drop for Browser {
    /// Also when a test panics before `close`: no chromedriver is left
    /// running after the test process.
    fn drop(&mut self) {
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
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

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|listener| listener.local_addr())
        .map(|address| address.port())
        .expect("a free loopback port")
}

#[cfg(test)]
mod tests {
    use super::*;

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
