//! `cargo xtask screenshots` runs this: the built site with the example
//! data (`e2e::example_data`), photographed in headless Chromium at phone
//! (360×740) and laptop (1280×900) size, light and dark. Writes PNGs to
//! `IPT_SCREENSHOTS_DIR`: the README's pictures, and the rest for looking
//! at the pages as a tired person on a phone would. With
//! `IPT_SCREENSHOTS_LANGUAGE=es`, the same pages of the Spanish site
//! (`/es/…`, files named `es-…`).

use std::path::PathBuf;

use base64::Engine;
use e2e::browser::Browser;
use e2e::example_data::browser_with_example;
use e2e::static_server::StaticServer;
use e2e::{dist_dir, LAPTOP, PHONE, THEMES};
use serde_json::json;

/// (route, file name, the h1 it shows)
const PAGES: &[(&str, &str, &str)] = &[
    ("/map", "map", "relationship map"),
    ("/journal", "journal", "Weekly journal"),
    ("/timeline", "timeline", "Your timeline"),
    ("/", "home", ""),
    ("/learn/grief", "learn-grief", "rief"),
    ("/help", "help", "Get help now"),
];

const SIZES: [(&str, (u32, u32)); 2] = [("phone", PHONE), ("laptop", LAPTOP)];

/// Parts photographed on their own, to look at closely: (route, element,
/// file name).
const PARTS: [(&str, &str, &str); 8] = [
    ("/timeline", ".timeline-scroll", "part-timeline-drawing"),
    ("/journal", ".step-review", "part-step-review"),
    ("/journal", ".weekly-step", "part-weekly-step"),
    ("/map", ".closeness-circle", "part-map-drawing"),
    ("/map", ".map-legend", "part-map-legend"),
    ("/journal", ".trend", "part-mood-chart"),
    ("/journal", ".year-glance", "part-year-glance"),
    ("/learn/grief", ".takeaways", "part-module-takeaways"),
];

/// A PNG of the element `css` on the current page.
async fn element_png(browser: &Browser, css: &str) -> Vec<u8> {
    let rect = browser
        .script(&format!(
            "// The full-page capture makes the window as tall as the page, which
             // drops the scroll bar (the page gets wider and its lines reflow)
             // and lays out parts that skip layout until scrolled to
             // (content-visibility): do both first, so the box measured is the
             // box photographed. (Through the CSSOM: the page's policy refuses
             // a new <style>.)
             document.styleSheets[0].insertRule('* {{ content-visibility: visible !important; }}');
             document.styleSheets[0].insertRule(':root {{ scrollbar-width: none; }}');
             const r = document.querySelector('{css}').getBoundingClientRect();
             return [r.left + scrollX, r.top + scrollY, r.width, r.height];"
        ))
        .await;
    let number = |index: usize| rect[index].as_f64().expect("a number");
    let shot = browser
        .cdp(
            "Page.captureScreenshot",
            json!({
                "format": "png",
                "captureBeyondViewport": true,
                "clip": { "x": number(0), "y": number(1), "width": number(2), "height": number(3), "scale": 1 }
            }),
        )
        .await;
    decode_png(&shot)
}

fn decode_png(shot: &serde_json::Value) -> Vec<u8> {
    base64::engine::general_purpose::STANDARD
        .decode(shot["data"].as_str().expect("PNG data"))
        .expect("base64")
}

#[tokio::main]
async fn main() {
    let folder = PathBuf::from(std::env::var("IPT_SCREENSHOTS_DIR").expect("IPT_SCREENSHOTS_DIR"));
    std::fs::create_dir_all(&folder).expect("the screenshots folder");
    let full_page = std::env::var("IPT_SCREENSHOTS_FULL").is_ok();
    // Another language's site: its folder, and its own headings (any h1).
    let language = std::env::var("IPT_SCREENSHOTS_LANGUAGE").ok();
    let at = |route: &str| match &language {
        Some(code) => format!("/{code}{route}"),
        None => route.to_string(),
    };
    let named = |name: &str| match &language {
        Some(code) => format!("{code}-{name}"),
        None => name.to_string(),
    };
    let server = StaticServer::start(dist_dir());
    let browser = browser_with_example(&server).await;
    for (size, window) in SIZES {
        browser.set_size(window).await;
        for theme in THEMES {
            browser.set_color_scheme(theme).await;
            for (route, name, h1) in PAGES {
                browser.goto(&server.url(&at(route))).await;
                browser
                    .wait_for_h1(if language.is_some() { "" } else { h1 })
                    .await;
                // Let fonts and the drawings settle.
                tokio::time::sleep(std::time::Duration::from_millis(400)).await;
                let shot = browser
                    .cdp(
                        "Page.captureScreenshot",
                        json!({ "format": "png", "captureBeyondViewport": full_page }),
                    )
                    .await;
                let png = decode_png(&shot);
                let file = folder.join(format!("{}-{size}-{theme}.png", named(name)));
                std::fs::write(&file, png).expect("write the PNG");
                println!("{}", file.display());
            }
            for (route, css, name) in PARTS {
                browser.goto(&server.url(&at(route))).await;
                browser.h1_text().await;
                tokio::time::sleep(std::time::Duration::from_millis(400)).await;
                let file = folder.join(format!("{}-{size}-{theme}.png", named(name)));
                std::fs::write(&file, element_png(&browser, css).await).expect("write the PNG");
            }
        }
    }
    browser.close().await;
}
