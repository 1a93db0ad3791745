//! Finishing a Trunk build into the site we ship: the app's base path and
//! version, the web app manifest and icons, the Content-Security-Policy
//! (with the hash of Trunk's inline loader), the service worker with this
//! build's file list, and `404.html` as a second entry point.
//!
//! Trunk builds with [`PUBLIC_URL_TOKEN`] as its public URL, so one build
//! (the slow part: wasm-bindgen, wasm-opt, the split) can be finished into
//! several sites: for the root, for a sub-path, as another release.

use std::path::{Path, PathBuf};

use base64::Engine as _;
use sha2::{Digest, Sha256};

use crate::split;

/// Files copied from `public/` as they are.
const PUBLIC_FILES: &[&str] = &[
    "manifest.webmanifest",
    "icons/icon.svg",
    "icons/icon-192.png",
    "icons/icon-512.png",
    "icons/icon-maskable-512.png",
];

/// What Trunk is given as `--public-url`. Only Trunk's `index.html` names
/// the public URL (the loader's imports and the links to the JS, wasm and
/// CSS); the app reads its base at run time from the `app-base` meta tag that
/// [`finish`] writes, so the JS and wasm do not depend on it ([`copy_build`]
/// checks that they do not contain it).
pub const PUBLIC_URL_TOKEN: &str = "/__ipt_public_url__/";

/// Writes the site for `public_url` into `dist` (emptied first) from the
/// split build in `built`, which stays as it is for the next site.
pub fn finish(
    root: &Path,
    built: &Path,
    dist: &Path,
    public_url: &str,
    build_label: &str,
    split: &split::SplitReport,
) -> Result<(), String> {
    copy_build(built, dist, public_url)?;
    for file in PUBLIC_FILES {
        let target = dist.join(file);
        if let Some(parent) = target.parent() {
            std::fs::create_dir_all(parent).map_err(|e| e.to_string())?;
        }
        if *file == "manifest.webmanifest" {
            write(&target, &manifest(&read(&root.join("public").join(file))?)?)?;
        } else {
            std::fs::copy(root.join("public").join(file), &target)
                .map_err(|error| format!("copy public/{file}: {error}"))?;
        }
    }

    let version = build_version(dist, build_label)?;
    let index_path = dist.join("index.html");
    let entry = with_language(&with_exit_guard(&read(&index_path)?)?)?;
    let entry = with_noscript_help(&entry, public_url)?;
    // Each page starts fetching the wasm it needs at once (see
    // `split::starter_script`): the main module, and on a split route's
    // own entry page its chunks too.
    let page_for = |route: Option<&str>| {
        let mut starter = split::starter_script(&split.started_files(route), public_url);
        match route {
            Some(ipt_companion::routes::HOME) => starter.insert_str(0, &home_redirects(public_url)),
            None => starter.insert_str(0, &not_found_forwards(public_url)),
            Some(_) => {}
        }
        add_head(&entry, public_url, &version, &starter)
    };
    // Every route's own page, rendered by the app's components, so a
    // static host answers each with 200 and its content (unknown paths get
    // 404.html). A split route's page starts fetching its chunks too.
    for page in ipt_companion::routes::public_pages() {
        let route = page.path.as_str();
        if page.route.split_as.is_some() && split.chunks_for_route(route).is_none() {
            return Err(format!("the split build has no chunks for {route}"));
        }
    }
    crate::pages::write_pages(dist, public_url, page_for)?;

    let mut precache = list_files(dist)?;
    precache.retain(|path| path != "sw.js");
    let template = read(&root.join("public/sw.js"))?;
    let worker = service_worker(&template, &version, &precache, &other_language_sites())?;
    write(&dist.join("sw.js"), &worker)?;
    Ok(())
}

/// Copies the build in `built` to a fresh `dist`, with the public URL put
/// into `index.html` in place of [`PUBLIC_URL_TOKEN`]. Fails if any other
/// file holds the token: that file would differ between the sites, so they
/// could not share one build.
fn copy_build(built: &Path, dist: &Path, public_url: &str) -> Result<(), String> {
    match std::fs::remove_dir_all(dist) {
        Ok(()) => {}
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => {}
        Err(error) => return Err(format!("{}: {error}", dist.display())),
    }
    for file in list_files(built)? {
        let target = dist.join(&file);
        if let Some(parent) = target.parent() {
            std::fs::create_dir_all(parent).map_err(|e| format!("{}: {e}", parent.display()))?;
        }
        let bytes = std::fs::read(built.join(&file)).map_err(|e| format!("{file}: {e}"))?;
        if file == "index.html" {
            let html = String::from_utf8(bytes).map_err(|e| format!("{file}: {e}"))?;
            write(&target, &with_public_url(&html, public_url)?)?;
        } else if contains(&bytes, PUBLIC_URL_TOKEN.as_bytes()) {
            return Err(format!(
                "the build's {file} contains the public URL, so it cannot be shared by sites \
                 with different public URLs"
            ));
        } else {
            std::fs::write(&target, bytes).map_err(|e| format!("{}: {e}", target.display()))?;
        }
    }
    Ok(())
}

/// Trunk's `index.html` with the public URL in place of the token. The URL
/// goes into unquoted attributes and a single-quoted JS string, so only the
/// characters of a plain path are taken.
fn with_public_url(html: &str, public_url: &str) -> Result<String, String> {
    let plain_path = public_url.starts_with('/')
        && public_url.ends_with('/')
        && public_url
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "/-._~%".contains(c));
    if !plain_path {
        return Err(format!(
            "the public URL {public_url:?} is not a plain path like /some/path/"
        ));
    }
    if !html.contains(PUBLIC_URL_TOKEN) {
        return Err(
            "Trunk's index.html does not name the public URL: has its output changed?".into(),
        );
    }
    Ok(html.replace(PUBLIC_URL_TOKEN, public_url))
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack
        .windows(needle.len())
        .any(|window| window == needle)
}

/// A short version id: the build label and a hash of the built files (not
/// the HTML, which carries the version itself).
fn build_version(dist: &Path, build_label: &str) -> Result<String, String> {
    let mut hasher = Sha256::new();
    hasher.update(build_label.as_bytes());
    for path in list_files(dist)? {
        if path.ends_with(".html") || path == "sw.js" {
            continue;
        }
        hasher.update(path.as_bytes());
        hasher.update(std::fs::read(dist.join(&path)).map_err(|e| e.to_string())?);
    }
    let digest = hasher.finalize();
    let hex: String = digest[..6]
        .iter()
        .map(|byte| format!("{byte:02x}"))
        .collect();
    Ok(if build_label.is_empty() {
        hex
    } else {
        format!("{build_label}-{hex}")
    })
}

/// Every file under `dist`, as `/`-separated paths relative to it, sorted.
pub fn list_files(dist: &Path) -> Result<Vec<String>, String> {
    fn walk(base: &Path, dir: &Path, out: &mut Vec<String>) -> Result<(), String> {
        for entry in std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))? {
            let path: PathBuf = entry.map_err(|e| e.to_string())?.path();
            if path.is_dir() {
                walk(base, &path, out)?;
            } else {
                let relative = path.strip_prefix(base).expect("inside base");
                out.push(relative.to_string_lossy().replace('\\', "/"));
            }
        }
        Ok(())
    }
    let mut files = Vec::new();
    walk(dist, dist, &mut files)?;
    files.sort();
    Ok(files)
}

/// The inline scripts of an HTML page (Trunk's loader), in order.
pub fn inline_scripts(html: &str) -> Vec<&str> {
    let mut scripts = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find("<script") {
        let after = &rest[start..];
        let Some(tag_end) = after.find('>') else {
            break;
        };
        let tag = &after[..tag_end];
        let body_start = &after[tag_end + 1..];
        let Some(close) = body_start.find("</script>") else {
            break;
        };
        if !tag.contains(" src=") && !tag.contains(" src ") {
            scripts.push(&body_start[..close]);
        }
        rest = &body_start[close..];
    }
    scripts
}

/// `'sha256-…'` of a script's exact text, as CSP wants it.
pub fn csp_hash(script: &str) -> String {
    let digest = Sha256::digest(script.as_bytes());
    format!(
        "'sha256-{}'",
        base64::engine::general_purpose::STANDARD.encode(digest)
    )
}

pub fn content_security_policy(script_hashes: &[String]) -> String {
    format!(
        "default-src 'none'; script-src 'self' 'wasm-unsafe-eval' {}; style-src 'self'; \
         img-src 'self' data:; connect-src 'self'; worker-src 'self'; manifest-src 'self'; \
         base-uri 'none'; form-action 'none'",
        script_hashes.join(" ")
    )
}

fn escape_attribute(value: &str) -> String {
    value
        .replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
}

/// Adds the quick exit's guard (`storage::exit_mark`) to the head, before
/// the policy is computed, so its hash is allowed like the loader's.
fn with_exit_guard(html: &str) -> Result<String, String> {
    let guard = ipt_companion::storage::exit_mark::guard_script(
        ipt_companion::content::ui_text::quick_exit::NEUTRAL_SITE,
    );
    if !html.contains("</head>") {
        return Err("index.html has no </head>".into());
    }
    Ok(html.replacen("</head>", &format!("<script>{guard}</script></head>"), 1))
}

/// Inserts the policy, the app's head tags and the inline script `starter`
/// right after `<meta charset>`, so the policy governs everything after it
/// and the script runs before any stylesheet could hold it up.
fn add_head(html: &str, public_url: &str, version: &str, starter: &str) -> Result<String, String> {
    let mut hashes: Vec<String> = inline_scripts(html).into_iter().map(csp_hash).collect();
    if hashes.is_empty() {
        return Err("index.html has no inline loader script: has Trunk's output changed?".into());
    }
    hashes.push(csp_hash(starter));
    let charset_end = ["<meta charset=utf-8>", "<meta charset=\"utf-8\">"]
        .iter()
        .find_map(|tag| html.find(tag).map(|at| at + tag.len()))
        .ok_or("index.html has no <meta charset=utf-8>")?;
    let head = format!(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"{csp}\">\
         <meta name=\"app-base\" content=\"{base}\">\
         <meta name=\"app-version\" content=\"{version}\">\
         <link rel=\"manifest\" href=\"{base}manifest.webmanifest\">\
         <link rel=\"icon\" href=\"{base}icons/icon.svg\" type=\"image/svg+xml\">\
         <link rel=\"apple-touch-icon\" href=\"{base}icons/icon-192.png\">\
         <meta name=\"theme-color\" content=\"#1d5e7a\" media=\"(prefers-color-scheme: light)\">\
         <meta name=\"theme-color\" content=\"#1a1816\" media=\"(prefers-color-scheme: dark)\">\
         <script>{starter}</script>",
        csp = escape_attribute(&content_security_policy(&hashes)),
        base = escape_attribute(public_url),
    );
    Ok(format!(
        "{}{head}{}",
        &html[..charset_end],
        &html[charset_end..]
    ))
}

/// Writes the `<noscript>` message from the app's own words, with a link to
/// `/help` under the base: that page is prerendered, so with JavaScript off
/// it still lists every crisis and abuse line. Numbers themselves live only
/// in src/content/crisis_contacts.rs, never in index.html.
fn with_noscript_help(html: &str, public_url: &str) -> Result<String, String> {
    let start = html
        .find("<noscript>")
        .ok_or("index.html has no <noscript>")?
        + "<noscript>".len();
    let end = start
        + html[start..]
            .find("</noscript>")
            .ok_or("index.html has an unclosed <noscript>")?;
    let help = ipt_companion::routes::with_base(
        public_url.trim_end_matches('/'),
        ipt_companion::routes::HELP,
    );
    let message = format!(
        "<p>{} <a href=\"{}\">{}</a></p>",
        crate::pages::escape(ipt_companion::content::ui_text::NOSCRIPT),
        escape_attribute(&help),
        crate::pages::escape(ipt_companion::content::ui_text::NOSCRIPT_HELP_LINK),
    );
    Ok(format!("{}{message}{}", &html[..start], &html[end..]))
}

fn service_worker(
    template: &str,
    version: &str,
    files: &[String],
    other_sites: &[String],
) -> Result<String, String> {
    if !template.contains("\"__IPT_BUILD_VERSION__\"")
        || !template.contains("__IPT_PRECACHE__")
        || !template.contains("__IPT_OTHER_SITES__")
    {
        return Err("public/sw.js lost its placeholders".into());
    }
    let list = |items: &[String]| {
        format!(
            "[{}]",
            items
                .iter()
                .map(|item| format!("{item:?}"))
                .collect::<Vec<_>>()
                .join(", ")
        )
    };
    Ok(template
        .replace("__IPT_BUILD_VERSION__", version)
        .replace("__IPT_PRECACHE__", &list(files))
        .replace("__IPT_OTHER_SITES__", &list(other_sites)))
}

/// The folders of the other languages' sites inside this one ("es/"):
/// only the English site, at the root of the others, has any.
fn other_language_sites() -> Vec<String> {
    if ipt_companion::content::LANGUAGE == "en" {
        ipt_companion::routes::OTHER_LANGUAGES
            .iter()
            .map(|language| format!("{language}/"))
            .collect()
    } else {
        Vec::new()
    }
}

/// The default language's home page opens the other language's home page
/// when the person chose it (`storage::language_choice`): one script each.
fn home_redirects(public_url: &str) -> String {
    other_language_sites()
        .iter()
        .map(|site| {
            ipt_companion::storage::language_choice::home_redirect_script(
                &format!("{public_url}{site}"),
                site.trim_end_matches('/'),
            )
        })
        .collect()
}

/// A static host answers every unknown path with the root's `404.html`,
/// the default language's: under another language's folder, it hands the
/// person to that site's own 404 page, in their language (once: if the
/// host has no such page, the root's answers it and stays).
fn not_found_forwards(public_url: &str) -> String {
    other_language_sites()
        .iter()
        .map(|site| {
            let folder = format!("{public_url}{site}");
            format!(
                "(function(){{var s='{folder}',p=location.pathname;\
                 if(p.indexOf(s)===0&&p!==s+'404.html')location.replace(s+'404.html')}})();"
            )
        })
        .collect()
}

/// Trunk's entry with this build's language: `<html lang>`, and the
/// description a page without its own keeps.
fn with_language(html: &str) -> Result<String, String> {
    use ipt_companion::content::{ui_text, LANGUAGE};
    // Minified (`lang=en`) or as written (`lang="en"`, the development
    // build's).
    let quoted = html.contains("<html lang=\"en\">");
    let (from, to) = if quoted {
        ("<html lang=\"en\">", format!("<html lang=\"{LANGUAGE}\">"))
    } else {
        ("<html lang=en>", format!("<html lang={LANGUAGE}>"))
    };
    let html = crate::split::replace_exactly_once(html, from, &to, "the entry's <html lang>")?;
    crate::pages::replace_description(&html, &crate::pages::escape(ui_text::SITE_DESCRIPTION))
}

/// The web app manifest in this build's language: its description and
/// `lang`.
fn manifest(template: &str) -> Result<String, String> {
    use ipt_companion::content::{ui_text, LANGUAGE};
    let start = template
        .find("\"description\": \"")
        .ok_or("public/manifest.webmanifest has no description")?;
    let end = start
        + template[start..]
            .find("\",\n")
            .ok_or("the manifest's description is not one line")?
        + 3;
    Ok(format!(
        "{}\"description\": {:?},\n  \"lang\": \"{LANGUAGE}\",\n{}",
        &template[..start],
        ui_text::MANIFEST_DESCRIPTION,
        &template[end..]
    ))
}

fn read(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|error| format!("{}: {error}", path.display()))
}

/// Writes `text` to `path`, making its folder first if need be.
pub fn write(path: &Path, text: &str) -> Result<(), String> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(|error| format!("{}: {error}", dir.display()))?;
    }
    std::fs::write(path, text).map_err(|error| format!("{}: {error}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    const TRUNK_LIKE: &str = "<!doctype html><html lang=en><meta charset=utf-8><title>x</title>\
        <script type=module>import init from '/a.js';\nawait init();</script>\
        <link href=/a.js rel=modulepreload></head><body></body></html>";

    #[test]
    fn finds_only_inline_scripts() {
        let html =
            "<script src=/x.js></script><script type=module>one</script><script>two</script>";
        assert_eq!(inline_scripts(html), ["one", "two"]);
    }

    #[test]
    fn the_policy_hashes_the_loader_exactly() {
        let html = add_head(TRUNK_LIKE, "/", "v1", "start();").unwrap();
        let loader = "import init from '/a.js';\nawait init();";
        assert!(html.contains(&csp_hash(loader)));
        assert!(html.contains("default-src 'none'"));
        assert!(html.contains("'wasm-unsafe-eval'"));
        // The starter too, before any other script.
        assert!(html.contains(&csp_hash("start();")));
        assert!(
            html.find("<script>start();</script>").unwrap() < html.find("<script type").unwrap()
        );
        // The policy comes before the script it governs.
        assert!(html.find("Content-Security-Policy").unwrap() < html.find("<script").unwrap());
    }

    #[test]
    fn a_known_sha256_matches() {
        // SHA-256 of the empty string, base64.
        assert_eq!(
            csp_hash(""),
            "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='"
        );
    }

    #[test]
    fn the_head_carries_base_and_version() {
        let html = add_head(TRUNK_LIKE, "/ipt/", "b-123", "").unwrap();
        assert!(html.contains("<meta name=\"app-base\" content=\"/ipt/\">"));
        assert!(html.contains("<meta name=\"app-version\" content=\"b-123\">"));
        assert!(html.contains("href=\"/ipt/manifest.webmanifest\""));
    }

    #[test]
    fn the_noscript_message_comes_from_the_content_and_links_to_help_under_the_base() {
        let entry = "<body><noscript><p>Old words with 1 2 3.</p></noscript></body>";
        let html = with_noscript_help(entry, "/ipt/").unwrap();
        assert!(html.contains(ipt_companion::content::ui_text::NOSCRIPT));
        assert!(html.contains("<a href=\"/ipt/help\">"));
        assert!(!html.contains("Old words"));
        let root = with_noscript_help(entry, "/").unwrap();
        assert!(root.contains("<a href=\"/help\">"));
        assert!(with_noscript_help("<body></body>", "/").is_err());
    }

    #[test]
    fn the_public_url_replaces_every_token_in_the_entry() {
        let trunk = format!(
            "<script type=module>import init from '{t}a.js';await init({{ module_or_path: \
             '{t}a_bg.wasm' }});</script><link href={t}a.js rel=modulepreload>",
            t = PUBLIC_URL_TOKEN
        );
        let root = with_public_url(&trunk, "/").unwrap();
        assert!(root.contains("from '/a.js'") && root.contains("'/a_bg.wasm'"));
        assert!(root.contains("<link href=/a.js "));
        let sub = with_public_url(&trunk, "/ipt/x/").unwrap();
        assert!(sub.contains("from '/ipt/x/a.js'") && sub.contains("href=/ipt/x/a.js "));
        assert!(!sub.contains(PUBLIC_URL_TOKEN));
        // Trunk's output without the token: nothing to put the URL in.
        assert!(with_public_url("<link href=/a.js>", "/").is_err());
    }

    #[test]
    fn a_public_url_that_would_need_quoting_is_refused() {
        let trunk = format!("<link href={PUBLIC_URL_TOKEN}a.js>");
        for url in ["/a b/", "/a'b/", "/a>b/", "/a\"b/", "ipt/", "/ipt"] {
            assert!(with_public_url(&trunk, url).is_err(), "{url}");
        }
    }

    #[test]
    fn one_build_is_copied_per_site_and_a_file_naming_the_public_url_is_refused() {
        let scratch = std::env::temp_dir().join(format!("xtask-copy-build-{}", std::process::id()));
        let built = scratch.join("built");
        let dist = scratch.join("dist");
        std::fs::create_dir_all(built.join("sub")).unwrap();
        std::fs::write(
            built.join("index.html"),
            format!("<link href={PUBLIC_URL_TOKEN}a.js>"),
        )
        .unwrap();
        std::fs::write(built.join("sub/a.wasm"), b"\0asm").unwrap();
        // A file left from an earlier site does not survive into this one.
        std::fs::create_dir_all(&dist).unwrap();
        std::fs::write(dist.join("stale.js"), "old").unwrap();

        copy_build(&built, &dist, "/ipt/").unwrap();
        assert_eq!(list_files(&dist).unwrap(), ["index.html", "sub/a.wasm"]);
        assert_eq!(
            std::fs::read_to_string(dist.join("index.html")).unwrap(),
            "<link href=/ipt/a.js>"
        );
        // The build itself is unchanged, ready for the next site.
        assert!(std::fs::read_to_string(built.join("index.html"))
            .unwrap()
            .contains(PUBLIC_URL_TOKEN));

        std::fs::write(
            built.join("sub/a.js"),
            format!("fetch('{PUBLIC_URL_TOKEN}x')"),
        )
        .unwrap();
        let error = copy_build(&built, &dist, "/").unwrap_err();
        assert!(error.contains("sub/a.js"), "{error}");
        std::fs::remove_dir_all(&scratch).unwrap();
    }

    #[test]
    fn the_worker_gets_the_version_and_the_file_list() {
        let template = "const VERSION = \"__IPT_BUILD_VERSION__\";\nconst PRECACHE = \
            __IPT_PRECACHE__;\nconst OTHER_SITES = __IPT_OTHER_SITES__;";
        let worker = service_worker(
            template,
            "v9",
            &["index.html".into(), "a b.js".into()],
            &["es/".into()],
        )
        .unwrap();
        assert_eq!(
            worker,
            "const VERSION = \"v9\";\nconst PRECACHE = [\"index.html\", \"a b.js\"];\n\
             const OTHER_SITES = [\"es/\"];"
        );
        assert!(service_worker("no placeholders", "v", &[], &[]).is_err());
    }

    #[test]
    fn the_entry_and_the_manifest_speak_the_builds_language() {
        use ipt_companion::content::ui_text;
        let entry = "<!doctype html><html lang=en><meta content=\"Old words.\" \
            name=description><title>x</title>";
        let html = with_language(entry).unwrap();
        assert!(html.starts_with("<!doctype html><html lang=en><meta name=\"description\""));
        let as_written =
            with_language("<html lang=\"en\"><meta name=\"description\" content=\"x\">").unwrap();
        assert!(as_written.starts_with("<html lang=\"en\"><meta name=\"description\" content=\""));
        assert!(html.contains(&crate::pages::escape(ui_text::SITE_DESCRIPTION)));
        assert!(!html.contains("Old words."));
        let manifest = manifest(
            &std::fs::read_to_string(crate::root().join("public/manifest.webmanifest")).unwrap(),
        )
        .unwrap();
        assert!(manifest.contains("\"lang\": \"en\""), "{manifest}");
        assert!(
            manifest.contains(ui_text::MANIFEST_DESCRIPTION),
            "{manifest}"
        );
        assert!(manifest.contains("\"scope\": \"./\""), "{manifest}");
    }
}
