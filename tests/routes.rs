//! The public routes, the one table of them and what must agree with it,
//! and the base path the app is hosted under.
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

/// Every route the app has ever published, as the router matches it. A
/// route may be added here and to the table; none may change or go.
const PUBLISHED: [&str; 11] = [
    "/",
    "/learn",
    "/learn/which-area",
    "/learn/:slug",
    "/map",
    "/journal",
    "/timeline",
    "/data",
    "/help",
    "/help/plan",
    "/data/summary",
];

#[test]
fn the_table_keeps_every_published_route() {
    let mut table: Vec<&str> = ROUTES
        .iter()
        .filter(|route| route.kind != RouteKind::NotFound)
        .map(|route| route.path)
        .collect();
    let mut published = PUBLISHED.to_vec();
    table.sort_unstable();
    published.sort_unstable();
    assert_eq!(table, published);
    assert_eq!(SELF_CHECK, learn_path(SELF_CHECK_SLUG));
    assert_eq!(
        ROUTES
            .iter()
            .filter(|route| route.kind == RouteKind::NotFound)
            .count(),
        1
    );
    // The router tries routes in order, so the self-check's fixed path
    // comes before the module slug it would also match.
    let position = |path| ROUTES.iter().position(|route| route.path == path);
    assert!(position(SELF_CHECK) < position(LEARN_MODULE));
}

#[test]
fn every_public_page_is_known_and_has_its_file_and_heading() {
    let pages = public_pages();
    assert_eq!(
        pages.len(),
        PUBLISHED.len() - 1 + ipt_companion::content::MODULES.len()
    );
    for page in &pages {
        assert!(is_known_path(&page.path), "{}", page.path);
        assert!(!page.heading.is_empty(), "{}", page.path);
        assert!(page
            .route
            .heading
            .is_none_or(|heading| heading == page.heading));
    }
    assert!(pages
        .iter()
        .any(|page| page.path == "/learn/grief" && page.heading == "Grief"));
    assert_eq!(index_file("/"), "index.html");
    assert_eq!(index_file("/help/plan"), "help/plan/index.html");
}

/// The `<Route>`s of `src/app.rs`'s router, in order: each path and, for a
/// lazy one, its `#[lazy_route]` type.
fn router_routes() -> Vec<(String, Option<String>)> {
    let app = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/src/app.rs")).unwrap();
    app.split("<Route path=path!(\"")
        .skip(1)
        .map(|route| {
            let (path, rest) = route.split_once("\")").expect("a closed path!");
            let view = &rest[..rest.find("/>").expect("a closed <Route>")];
            let lazy = view.split_once("Lazy::<").map(|(_, after)| {
                after[..after.find('>').expect("a closed Lazy::<…>")].to_string()
            });
            (path.to_string(), lazy)
        })
        .collect()
}

#[test]
fn the_router_has_the_tables_routes_in_its_order() {
    let table: Vec<(String, Option<String>)> = ROUTES
        .iter()
        .filter(|route| route.kind != RouteKind::NotFound)
        .map(|route| (route.path.to_string(), route.split_as.map(str::to_string)))
        .collect();
    assert_eq!(router_routes(), table);
    let app = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/src/app.rs")).unwrap();
    assert!(app.contains("<Routes fallback=pages::not_found::NotFoundPage>"));
}

#[test]
fn the_split_routes_are_the_lazy_routes() {
    // `src/pages/lazy.rs` defines one `#[lazy_route]` type per line of its
    // `lazy_pages!` list, `Type => page;`; each finds its path in the table.
    let lazy =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/src/pages/lazy.rs")).unwrap();
    let list = lazy
        .split("lazy_pages! {")
        .nth(1)
        .expect("the lazy_pages! list");
    let mut defined: Vec<&str> = list
        .lines()
        .filter_map(|line| line.trim().split_once(" => "))
        .map(|(name, _)| name)
        .collect();
    let mut table: Vec<&str> = ROUTES.iter().filter_map(|route| route.split_as).collect();
    defined.sort_unstable();
    table.sort_unstable();
    assert_eq!(defined, table);
    for name in table {
        assert_eq!(route_split_as(name).unwrap().split_as, Some(name));
    }
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
    let mut pages: Vec<&str> = ROUTES
        .iter()
        .filter(|route| route.kind == RouteKind::Page)
        .map(|route| route.path)
        .collect();
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

#[test]
fn a_pages_twin_in_each_language_keeps_its_path_and_the_hosts_base() {
    use ipt_companion::routes::twin_url;
    // From the English site, at the root and under a sub-path.
    assert_eq!(twin_url("", "en", "es", "/learn/grief"), "/es/learn/grief");
    assert_eq!(twin_url("", "en", "en", "/learn/grief"), "/learn/grief");
    assert_eq!(twin_url("/ipt", "en", "es", "/"), "/ipt/es/");
    // From the Spanish site, whose base ends in its folder.
    assert_eq!(twin_url("/es", "es", "en", "/help"), "/help");
    assert_eq!(twin_url("/es", "es", "en", "/"), "/");
    assert_eq!(twin_url("/ipt/es", "es", "en", "/map"), "/ipt/map");
    assert_eq!(twin_url("/ipt/es", "es", "es", "/map"), "/ipt/es/map");
}

#[test]
fn a_pages_path_inside_the_base_is_what_the_router_matches() {
    use ipt_companion::routes::path_inside;
    assert_eq!(path_inside("", "/learn/grief"), "/learn/grief");
    assert_eq!(path_inside("", "/"), "/");
    assert_eq!(path_inside("/ipt/es", "/ipt/es/help"), "/help");
    // The base with and without its slash is the home page.
    assert_eq!(path_inside("/ipt/es", "/ipt/es/"), "/");
    assert_eq!(path_inside("/ipt/es", "/ipt/es"), "/");
    // A path outside the base is left as it is.
    assert_eq!(path_inside("/ipt", "/other"), "/other");
}
