//! The public routes and the base path the app is hosted under.
#![cfg(not(target_arch = "wasm32"))]

use ipt_companion::routes::*;
use proptest::prelude::*;

#[test]
fn the_public_routes_are_known() {
    for path in [
        "/",
        "/learn",
        "/map",
        "/journal",
        "/data",
        "/help",
        "/learn/grief",
        "/learn/which-area",
    ] {
        assert!(is_known_path(path), "{path}");
    }
    assert!(is_known_path("/learn/disputes#stages"));
    assert!(is_known_path("/help/plan"));
    assert!(is_known_path("/data/summary"));
    assert!(is_known_path("/learn/"));
}

#[test]
fn unknown_paths_are_not_found() {
    for path in [
        "/learn/griefs",
        "/nope",
        "/map/extra",
        "",
        "/learn/grief/more",
    ] {
        assert!(!is_known_path(path), "{path}");
    }
}

#[test]
fn base_path_comes_from_the_public_url() {
    assert_eq!(base_path_from_public_url("/"), "");
    assert_eq!(base_path_from_public_url("/ipt/"), "/ipt");
    assert_eq!(base_path_from_public_url("/a/b/"), "/a/b");
    // Anything that is not a plain absolute path is ignored.
    assert_eq!(base_path_from_public_url("https://host/x/"), "");
    assert_eq!(base_path_from_public_url("//evil.example/"), "");
    assert_eq!(base_path_from_public_url(""), "");
}

#[test]
fn content_links_move_under_the_base_and_other_links_do_not() {
    let html =
        r##"<a href="/map">map</a> <a href="https://findahelpline.com">x</a> <a href="#s">s</a>"##;
    assert_eq!(
        rebase_content_links(html, "/ipt"),
        r##"<a href="/ipt/map">map</a> <a href="https://findahelpline.com">x</a> <a href="#s">s</a>"##
    );
    assert_eq!(rebase_content_links(html, ""), html);
}

/// A router base as `base_path_from_public_url` gives it for a sub-path of
/// up to three segments (the empty base is the site root).
fn any_base() -> impl Strategy<Value = String> {
    proptest::collection::vec("[a-z0-9-]{1,12}", 0..4)
        .prop_map(|segments| segments.iter().map(|s| format!("/{s}")).collect())
}

/// An app path: one of the routes, or any path of plain segments (the home
/// page, `/`, among them), sometimes with a `#fragment`.
fn any_app_path() -> impl Strategy<Value = String> {
    let mut pages = PAGES.to_vec();
    pages.push(ABUSE_LINES);
    let routes = prop::sample::select(pages).prop_map(str::to_string);
    let plain = (
        proptest::collection::vec("[a-z0-9-]{1,12}", 0..4),
        proptest::option::of("[a-z-]{1,12}"),
    )
        .prop_map(|(segments, fragment)| {
            let mut path: String = segments.iter().map(|s| format!("/{s}")).collect();
            if path.is_empty() {
                path.push('/');
            }
            if let Some(fragment) = fragment {
                path.push('#');
                path.push_str(&fragment);
            }
            path
        });
    prop_oneof![routes, plain]
}

proptest! {
    #[test]
    fn any_sub_path_round_trips_through_the_public_url(base in any_base()) {
        prop_assert_eq!(base_path_from_public_url(&format!("{base}/")), base);
    }

    #[test]
    fn the_base_from_any_public_url_is_clean_and_stable(public_url in "[ a-z/:.]{0,16}") {
        let base = base_path_from_public_url(&public_url);
        // Empty, or a path to put an app path after: one leading slash, no
        // trailing one, never `//` (which a browser would read as a host).
        prop_assert!(
            base.is_empty() || (base.starts_with('/') && !base.ends_with('/')),
            "{:?} gave {:?}", public_url, base
        );
        prop_assert!(!base.contains("//"), "{:?} gave {:?}", public_url, base);
        // Normalising again (the base written back as a public URL) changes
        // nothing.
        prop_assert_eq!(base_path_from_public_url(&format!("{base}/")), base);
    }

    #[test]
    fn a_link_under_the_base_gives_back_its_app_path(base in any_base(), path in any_app_path()) {
        let link = with_base(&base, &path);
        prop_assert!(link.starts_with('/'), "{}", link);
        prop_assert!(!link.contains("//"), "{}", link);
        prop_assert_eq!(link.strip_prefix(base.as_str()), Some(path.as_str()));
        if path == HOME {
            // The home page keeps its trailing slash: `/sub/`, not `/sub`.
            prop_assert_eq!(link, format!("{base}/"));
        }
    }

    #[test]
    fn rebased_content_links_move_back_and_only_internal_links_move(
        base in any_base(),
        links in proptest::collection::vec(any_link(), 0..6),
    ) {
        let html: String = links
            .iter()
            .map(|href| format!("<a href=\"{href}\">x</a> "))
            .collect();
        let rebased = rebase_content_links(&html, &base);
        // Each internal link is now under the base, and nothing else moved:
        // taking the base out again gives the original back.
        let internal = links.iter().filter(|href| href.starts_with('/')).count();
        prop_assert_eq!(rebased.matches(&format!("href=\"{base}/")).count(), internal);
        if !base.is_empty() {
            let back = rebased.replace(&format!("href=\"{base}/"), "href=\"/");
            prop_assert_eq!(back, html);
        } else {
            prop_assert_eq!(&rebased, &html);
        }
        for href in links.iter().filter(|href| !href.starts_with('/')) {
            prop_assert!(rebased.contains(&format!("href=\"{href}\"")), "{} moved", href);
        }
    }
}

/// An `href` as the module text has them: app paths, other sites, and
/// fragments of the same page.
fn any_link() -> impl Strategy<Value = String> {
    prop_oneof![
        any_app_path(),
        "[a-z]{1,8}".prop_map(|host| format!("https://{host}.example/x")),
        "[a-z-]{1,8}".prop_map(|id| format!("#{id}")),
    ]
}
