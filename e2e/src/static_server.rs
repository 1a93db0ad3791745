//! A deliberately plain static file server, like GitHub Pages: it serves the
//! files that exist (and `dir/index.html` for a directory), and answers every
//! other path with `404.html` and status 404. No SPA rewrite: the app must
//! cope with that on its own. Like such hosts, it sends an `ETag` and
//! answers a request that names it with 304 and no body, and it records
//! every response, so a test can count what was downloaded.

use std::io::{BufRead, BufReader, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Component, Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

pub struct StaticServer {
    address: SocketAddr,
    mount: String,
    root: Arc<Mutex<PathBuf>>,
    stopped: Arc<AtomicBool>,
    requests: Arc<Mutex<Vec<String>>>,
    responses: Arc<Mutex<Vec<Response>>>,
}

/// One response the server sent: the request path, status and body bytes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Response {
    pub path: String,
    pub status: u16,
    pub bytes: u64,
}

impl StaticServer {
    /// Serves `root` on a free port of 127.0.0.1 until dropped.
    pub fn start(root: impl Into<PathBuf>) -> StaticServer {
        StaticServer::start_under("/", root)
    }

    /// Serves `root` at the sub-path `mount` (like `/repo/` on a GitHub Pages
    /// project site); paths outside it are answered with 404.
    pub fn start_under(mount: &str, root: impl Into<PathBuf>) -> StaticServer {
        let root = Arc::new(Mutex::new(root.into()));
        let server_root = root.clone();
        let mount = mount.to_string();
        let thread_mount = mount.clone();
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind a loopback port");
        let address = listener.local_addr().expect("local address");
        let stopped = Arc::new(AtomicBool::new(false));
        let requests = Arc::new(Mutex::new(Vec::new()));
        let responses = Arc::new(Mutex::new(Vec::new()));
        let (thread_stopped, thread_requests) = (stopped.clone(), requests.clone());
        let thread_responses = responses.clone();
        std::thread::spawn(move || {
            for stream in listener.incoming() {
                if thread_stopped.load(Ordering::SeqCst) {
                    break;
                }
                let Ok(stream) = stream else { continue };
                let root = server_root.lock().unwrap().clone();
                let requests = thread_requests.clone();
                let responses = thread_responses.clone();
                let mount = thread_mount.clone();
                std::thread::spawn(move || {
                    let _ = handle_connection(stream, &mount, &root, &requests, &responses);
                });
            }
        });
        StaticServer {
            address,
            mount,
            root,
            stopped,
            requests,
            responses,
        }
    }

    /// The URL of an app path: `http://127.0.0.1:PORT`, the mount, `path`.
    pub fn url(&self, path: &str) -> String {
        format!(
            "http://{}{}{}",
            self.address,
            self.mount.trim_end_matches('/'),
            path
        )
    }

    /// Serves another folder from now on: a new release, deployed.
    pub fn deploy(&self, root: impl Into<PathBuf>) {
        *self.root.lock().unwrap() = root.into();
    }

    /// Every response sent so far, in order.
    pub fn responses(&self) -> Vec<Response> {
        self.responses.lock().unwrap().clone()
    }

    /// Every request path served so far, in order.
    pub fn requested_paths(&self) -> Vec<String> {
        self.requests.lock().unwrap().clone()
    }
}

impl Drop for StaticServer {
    fn drop(&mut self) {
        self.stopped.store(true, Ordering::SeqCst);
        // Wake the accept loop so it sees the flag.
        let _ = TcpStream::connect(self.address);
    }
}

/// What a plain static host answers for a request path.
#[derive(Debug, PartialEq, Eq)]
pub struct Resolved {
    pub status: u16,
    pub file: PathBuf,
}

/// Maps a URL path to a file the way a plain static host does.
pub fn resolve(root: &Path, url_path: &str) -> Resolved {
    let path = url_path.split(['?', '#']).next().unwrap_or("/");
    let relative: PathBuf = Path::new(path.trim_start_matches('/'))
        .components()
        .filter(|component| matches!(component, Component::Normal(_)))
        .collect();
    let candidate = root.join(&relative);
    if candidate.is_file() {
        return Resolved {
            status: 200,
            file: candidate,
        };
    }
    if candidate.join("index.html").is_file() {
        return Resolved {
            status: 200,
            file: candidate.join("index.html"),
        };
    }
    Resolved {
        status: 404,
        file: root.join("404.html"),
    }
}

pub fn content_type(file: &Path) -> &'static str {
    match file.extension().and_then(|ext| ext.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "js" => "text/javascript; charset=utf-8",
        "wasm" => "application/wasm",
        "css" => "text/css; charset=utf-8",
        "json" | "webmanifest" => "application/json",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "ico" => "image/x-icon",
        "txt" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

fn handle_connection(
    mut stream: TcpStream,
    mount: &str,
    root: &Path,
    requests: &Mutex<Vec<String>>,
    responses: &Mutex<Vec<Response>>,
) -> std::io::Result<()> {
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut request_line = String::new();
    reader.read_line(&mut request_line)?;
    // Of the headers, only If-None-Match matters here.
    let mut if_none_match = None;
    loop {
        let mut header = String::new();
        if reader.read_line(&mut header)? == 0 || header == "\r\n" || header == "\n" {
            break;
        }
        if let Some((name, value)) = header.split_once(':') {
            if name.eq_ignore_ascii_case("if-none-match") {
                if_none_match = Some(value.trim().to_string());
            }
        }
    }
    let mut parts = request_line.split_whitespace();
    let method = parts.next().unwrap_or("");
    let url_path = parts.next().unwrap_or("/").to_string();
    requests.lock().unwrap().push(url_path.clone());
    if method != "GET" && method != "HEAD" {
        stream.write_all(
            b"HTTP/1.1 405 Method Not Allowed\r\ncontent-length: 0\r\nconnection: close\r\n\r\n",
        )?;
        return Ok(());
    }
    let inside_mount = if mount == "/" {
        Some(url_path.as_str())
    } else {
        url_path
            .strip_prefix(mount.trim_end_matches('/'))
            .filter(|rest| rest.is_empty() || rest.starts_with(['/', '?', '#']))
    };
    let resolved = match inside_mount {
        Some(path) => resolve(root, path),
        None => Resolved {
            status: 404,
            file: root.join("404.html"),
        },
    };
    let mut body = std::fs::read(&resolved.file).unwrap_or_default();
    let tag = etag(&body);
    let mut status = resolved.status;
    if status == 200 && if_none_match.as_deref() == Some(tag.as_str()) {
        status = 304;
        body.clear();
    }
    let reason = match status {
        200 => "OK",
        304 => "Not Modified",
        _ => "Not Found",
    };
    let head = format!(
        "HTTP/1.1 {status} {reason}\r\ncontent-type: {}\r\ncontent-length: {}\r\netag: {tag}\r\ncache-control: no-cache\r\nconnection: close\r\n\r\n",
        content_type(&resolved.file),
        body.len()
    );
    stream.write_all(head.as_bytes())?;
    if method == "GET" {
        stream.write_all(&body)?;
    }
    responses.lock().unwrap().push(Response {
        path: url_path,
        status,
        bytes: if method == "GET" {
            body.len() as u64
        } else {
            0
        },
    });
    stream.flush()
}

/// A strong validator of a file's bytes (SHA-256, shortened).
fn etag(body: &[u8]) -> String {
    use sha2::{Digest, Sha256};
    let digest = Sha256::digest(body);
    let hex: String = digest[..8]
        .iter()
        .map(|byte| format!("{byte:02x}"))
        .collect();
    format!("\"{hex}\"")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site() -> PathBuf {
        let dir = std::env::temp_dir().join(format!("ipt-static-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("learn/grief")).unwrap();
        std::fs::write(dir.join("index.html"), "index").unwrap();
        std::fs::write(dir.join("404.html"), "fallback").unwrap();
        std::fs::write(dir.join("learn/grief/index.html"), "grief").unwrap();
        std::fs::write(dir.join("app.wasm"), "wasm").unwrap();
        dir
    }

    #[test]
    fn serves_existing_files_and_directory_indexes() {
        let root = site();
        assert_eq!(resolve(&root, "/").file, root.join("index.html"));
        assert_eq!(resolve(&root, "/app.wasm").status, 200);
        assert_eq!(
            resolve(&root, "/learn/grief?x=1").file,
            root.join("learn/grief/index.html")
        );
    }

    #[test]
    fn unknown_paths_get_the_404_page_with_status_404() {
        let root = site();
        let resolved = resolve(&root, "/map");
        assert_eq!(resolved.status, 404);
        assert_eq!(resolved.file, root.join("404.html"));
    }

    #[test]
    fn parent_directory_segments_cannot_escape_the_root() {
        let root = site();
        assert_eq!(resolve(&root, "/../../etc/passwd").status, 404);
    }

    #[test]
    fn wasm_is_served_as_application_wasm() {
        assert_eq!(content_type(Path::new("a/b.wasm")), "application/wasm");
    }
}
