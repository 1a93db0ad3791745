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
        let deadline = Instant::now() + Duration::from_secs(20);
        let client = loop {
            let attempt = ClientBuilder::new(HttpConnector::new())
                .capabilities(capabilities.clone())
                .connect(&webdriver_url)
                .await;
            match attempt {
                Ok(client) => break client,
                Err(error) if Instant::now() > deadline => {
                    panic!("chromedriver did not start a session: {error}")
                }
                Err(_) => tokio::time::sleep(Duration::from_millis(200)).await,
            }
        };
        Browser { client, driver }
    }

    pub async fn goto(&self, url: &str) {
        self.client.goto(url).await.expect("navigate");
    }

    /// Waits until the app has started (a prerendered page's static copy is
    /// gone) and shows an `<h1>`, and returns its text.
    pub async fn h1_text(&self) -> String {
        let deadline = Instant::now() + Duration::from_secs(15);
        loop {
            let started = self
                .client
                .execute(
                    "return document.getElementById('prerendered') === null;",
                    vec![],
                )
                .await
                .unwrap_or(Value::Bool(false));
            if started == Value::Bool(true) {
                if let Some(text) = self.try_text_of("h1").await {
                    return text;
                }
            }
            assert!(
                Instant::now() < deadline,
                "the app did not start and show an <h1>"
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
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
        let deadline = Instant::now() + Duration::from_secs(15);
        loop {
            let text = self.h1_text().await;
            if text.contains(expected) {
                return text;
            }
            assert!(
                Instant::now() < deadline,
                "h1 is {text:?}, expected it to contain {expected:?}"
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Waits until an element matching `css` exists and returns its text.
    pub async fn text_of(&self, css: &str) -> String {
        let deadline = Instant::now() + Duration::from_secs(15);
        loop {
            if let Some(text) = self.try_text_of(css).await {
                return text;
            }
            assert!(Instant::now() < deadline, "no element matches {css}");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Waits until the element matching `css` contains `expected`; returns
    /// its text.
    pub async fn wait_for_text(&self, css: &str, expected: &str) -> String {
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            let text = self.try_text_of(css).await.unwrap_or_default();
            if text.contains(expected) {
                return text;
            }
            assert!(
                Instant::now() < deadline,
                "{css} says {text:?}, expected it to contain {expected:?}"
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Clicks the element matching `css`, as a person would.
    pub async fn click(&self, css: &str) {
        self.client
            .find(Locator::Css(css))
            .await
            .unwrap_or_else(|error| panic!("no {css}: {error}"))
            .click()
            .await
            .expect("click");
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
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            let stored = self.stored(key).await;
            if let Some(text) = stored.as_str().filter(|text| text.contains(expected)) {
                return text.to_string();
            }
            assert!(
                Instant::now() < deadline,
                "{key} holds {stored}, expected it to contain {expected:?}"
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Waits (up to fifteen seconds) until a service worker controls the
    /// page: it has installed, so every file of the site is cached.
    pub async fn wait_for_service_worker(&self) {
        let deadline = Instant::now() + Duration::from_secs(15);
        loop {
            let controlled = self
                .script("return !!(navigator.serviceWorker && navigator.serviceWorker.controller);")
                .await;
            if controlled == json!(true) {
                return;
            }
            assert!(
                Instant::now() < deadline,
                "no service worker took control of the page"
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
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
            .issue_cmd(BrowserLog)
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
        let deadline = Instant::now() + Duration::from_secs(15);
        loop {
            let found = std::fs::read_dir(folder)
                .expect("the download folder")
                .filter_map(Result::ok)
                .map(|entry| entry.path())
                .find(|path| path.extension().is_some_and(|ext| ext == extension));
            if let Some(path) = found {
                return path;
            }
            assert!(
                Instant::now() < deadline,
                "no .{extension} file was downloaded"
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Runs a Chrome DevTools Protocol command through chromedriver.
    pub async fn cdp(&self, command: &str, params: Value) -> Value {
        self.client
            .issue_cmd(Cdp {
                command: command.to_string(),
                params,
            })
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

/// chromedriver's (non-W3C) endpoint for the browser console log.
#[derive(Debug)]
struct BrowserLog;

impl WebDriverCompatibleCommand for BrowserLog {
    fn endpoint(
        &self,
        base_url: &url::Url,
        session_id: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base_url.join(&format!(
            "session/{}/se/log",
            session_id.unwrap_or_default()
        ))
    }

    fn method_and_body(&self, _request_url: &url::Url) -> (http::Method, Option<String>) {
        (
            http::Method::POST,
            Some(json!({ "type": "browser" }).to_string()),
        )
    }
}

/// chromedriver's endpoint for Chrome DevTools Protocol commands.
#[derive(Debug)]
struct Cdp {
    command: String,
    params: Value,
}

impl WebDriverCompatibleCommand for Cdp {
    fn endpoint(
        &self,
        base_url: &url::Url,
        session_id: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base_url.join(&format!(
            "session/{}/goog/cdp/execute",
            session_id.unwrap_or_default()
        ))
    }

    fn method_and_body(&self, _request_url: &url::Url) -> (http::Method, Option<String>) {
        let body = json!({ "cmd": self.command, "params": self.params });
        (http::Method::POST, Some(body.to_string()))
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|listener| listener.local_addr())
        .map(|address| address.port())
        .expect("a free loopback port")
}
