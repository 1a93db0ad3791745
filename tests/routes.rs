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
fn links_get_the_base_in_front() {
    assert_eq!(with_base("", "/help"), "/help");
    assert_eq!(with_base("/ipt", "/help"), "/ipt/help");
    assert_eq!(with_base("/ipt", "/"), "/ipt/");
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

proptest! {
    #[test]
    fn any_sub_path_round_trips_through_the_public_url(segments in proptest::collection::vec("[a-z0-9-]{1,12}", 0..4)) {
        let path = segments.iter().map(|s| format!("/{s}")).collect::<String>();
        let public_url = format!("{path}/");
        prop_assert_eq!(base_path_from_public_url(&public_url), path.clone());
        prop_assert_eq!(with_base(&path, "/help"), format!("{path}/help"));
    }
}
