//! What `cargo xtask dist` writes: integrity on every script, wasm and CSS
//! reference, and a CSP whose hash matches the inline loader in the file.

use base64::Engine as _;
use e2e::dist_dir;
use sha2::{Digest, Sha256};

fn tags<'a>(html: &'a str, name: &str) -> Vec<&'a str> {
    let open = format!("<{name}");
    html.match_indices(&open)
        .map(|(start, _)| {
            let end = html[start..].find('>').expect("tag ends") + start;
            &html[start..=end]
        })
        .collect()
}

fn csp_hash(text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    format!(
        "'sha256-{}'",
        base64::engine::general_purpose::STANDARD.encode(digest)
    )
}

fn inline_scripts(html: &str) -> Vec<&str> {
    html.match_indices("<script")
        .filter_map(|(start, _)| {
            let tag_end = html[start..].find('>')? + start;
            if html[start..tag_end].contains("src=") {
                return None;
            }
            let close = html[tag_end..].find("</script>")? + tag_end;
            Some(&html[tag_end + 1..close])
        })
        .collect()
}

#[test]
fn every_script_wasm_and_css_reference_carries_integrity() {
    // Every page carries its CSS inline (hashed in the CSP, below), so
    // each references only the JS and the wasm.
    for (page, references) in [
        ("index.html", 2),
        ("404.html", 2),
        ("learn/grief/index.html", 2),
        ("journal/index.html", 2),
    ] {
        let html = std::fs::read_to_string(dist_dir().join(page)).unwrap();
        let mut checked = 0;
        for tag in tags(&html, "link").into_iter().chain(tags(&html, "script")) {
            let reference = ["stylesheet", "modulepreload", "application/wasm", " src="]
                .iter()
                .any(|marker| tag.contains(marker));
            if reference {
                assert!(
                    tag.contains("integrity=sha384-") || tag.contains("integrity=\"sha384-"),
                    "{page}: {tag}"
                );
                checked += 1;
            }
        }
        assert!(
            checked >= references,
            "{page}: expected {references} references, found {checked}"
        );
    }
}

#[test]
fn the_policy_hashes_every_inline_script() {
    // Every page has the script that starts fetching its wasm, the quick
    // exit's guard and Trunk's loader; index.html ("/") has the
    // returning-visitor script beside them. Each has its styles inline.
    for (page, expected_scripts) in [
        ("index.html", 4),
        ("404.html", 3),
        ("learn/grief/index.html", 3),
        ("journal/index.html", 3),
    ] {
        let html = std::fs::read_to_string(dist_dir().join(page)).unwrap();
        let scripts = inline_scripts(&html);
        assert_eq!(scripts.len(), expected_scripts, "{page}: inline scripts");
        let policy_start = html
            .find("http-equiv=\"Content-Security-Policy\"")
            .expect("a CSP meta tag");
        let policy = &html[policy_start..policy_start + html[policy_start..].find('>').unwrap()];
        for script in scripts {
            let hash = csp_hash(script);
            assert!(policy.contains(&hash), "{page}: {policy} lacks {hash}");
        }
        // A page's one inline <style> is allowed by its hash.
        let styles: Vec<&str> = html
            .match_indices("<style>")
            .map(|(start, _)| {
                let body = start + "<style>".len();
                &html[body..body + html[body..].find("</style>").expect("closed")]
            })
            .collect();
        assert_eq!(styles.len(), 1, "{page}: inline styles");
        for style in styles {
            let hash = csp_hash(style);
            assert!(
                policy.contains(&format!("style-src 'self' {hash}")),
                "{page}: {policy} lacks {hash}"
            );
        }
        for directive in [
            "default-src 'none'",
            "script-src 'self' 'wasm-unsafe-eval'",
            "style-src 'self'",
            "connect-src 'self'",
            "worker-src 'self'",
            "manifest-src 'self'",
            "base-uri 'none'",
            "form-action 'none'",
        ] {
            assert!(policy.contains(directive), "{page}: missing {directive}");
        }
        assert!(
            policy_start < html.find("<script").unwrap(),
            "{page}: the policy must come before the loader"
        );
    }
}

#[test]
fn the_service_worker_lists_every_file_of_the_build() {
    let dist = dist_dir();
    let worker = std::fs::read_to_string(dist.join("sw.js")).unwrap();
    assert!(!worker.contains("__IPT_"), "placeholders left in sw.js");
    for entry in std::fs::read_dir(&dist).unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().into_owned();
        if name != "sw.js" && !std::path::Path::new(&dist.join(&name)).is_dir() {
            assert!(
                worker.contains(&format!("\"{name}\"")),
                "sw.js does not cache {name}"
            );
        }
    }
    let manifest = std::fs::read_to_string(dist.join("manifest.webmanifest")).unwrap();
    let manifest: serde_json::Value = serde_json::from_str(&manifest).unwrap();
    for icon in manifest["icons"].as_array().unwrap() {
        let src = icon["src"].as_str().unwrap();
        assert!(dist.join(src).is_file(), "manifest icon {src} is missing");
    }
}

#[test]
fn every_page_read_without_javascript_has_the_exit_link_and_the_exit_guard() {
    use ipt_companion::content::ui_text::quick_exit;
    let guard = ipt_companion::storage::exit_mark::guard_script(quick_exit::NEUTRAL_SITE);
    let dist = dist_dir();
    // Every page of the route table has its file, and 404.html: each is
    // the app's own markup (xtask/src/pages.rs), exit link included, so
    // it leaves before the app runs, and each carries the guard.
    let mut files = vec!["404.html".to_string()];
    files.extend(
        ipt_companion::routes::public_pages()
            .iter()
            .map(|page| ipt_companion::routes::index_file(&page.path)),
    );
    for file in files {
        let html = std::fs::read_to_string(dist.join(&file))
            .unwrap_or_else(|error| panic!("{file}: {error}"));
        assert!(
            html.contains("</noscript><div id=\"prerendered\">"),
            "{file} is not written from the app's components"
        );
        let exit_link = html
            .split("<a ")
            .skip(1)
            .map(|rest| &rest[..rest.find('>').unwrap()])
            .find(|attributes| attributes.contains("class=\"quick-exit\""))
            .unwrap_or_else(|| panic!("{file} has no exit link"));
        assert!(
            exit_link.contains(&format!("href=\"{}\"", quick_exit::NEUTRAL_SITE))
                && exit_link.contains("rel=\"noreferrer\""),
            "{file}: {exit_link}"
        );
        assert!(
            inline_scripts(&html).contains(&guard.as_str()),
            "{file} lacks the guard that keeps Back from showing the app"
        );
    }
}
