//! The page at a phone's size and a laptop's, light and dark, with a
//! made-up person's data: no route scrolls sideways, and on the phone every
//! button, link and form control is at least 44×44 CSS pixels (or has that
//! much room around it to be tapped), listed by name when one is not.

use e2e::example_data::browser_with_example;
use e2e::static_server::StaticServer;
use e2e::{dist_dir, LAPTOP, PHONE, THEMES};
use e2e::{every_page, every_page_in_other_languages};
use serde_json::json;

/// Elements wider than the page, by a short description, when the page
/// scrolls sideways.
const OVERFLOW: &str = "
    const root = document.documentElement;
    if (root.scrollWidth <= root.clientWidth) return [];
    return [...document.querySelectorAll('body *')]
        .filter(e => e.getBoundingClientRect().right > root.clientWidth + 1
            && !e.closest('.timeline-scroll, .table-scroll'))
        .slice(0, 8)
        .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + '.' + [...e.classList].join('.')
            + ' ' + Math.round(e.getBoundingClientRect().width) + 'px');";

/// Tap targets smaller than 44×44 on the phone: buttons, links, inputs,
/// selects and map markers, by their text or label. Only a link inside
/// running text is exempt (WCAG 2.5.8's inline exception): making it 44
/// pixels tall would pull its sentence apart. Map markers are measured
/// like any button (their disc; the name beside is not part of it).
const SMALL_TARGETS: &str = "
    const targets = [...document.querySelectorAll('a[href], button, input, select, textarea, summary, [role=button], .marker')]
        .filter(e => { const r = e.getBoundingClientRect(); return r.width > 0 && r.height > 0; })
        .filter(e => getComputedStyle(e).visibility !== 'hidden');
    const inline = e => e.tagName === 'A' && getComputedStyle(e).display === 'inline'
        && e.closest('p, li, td, dd') && e.closest('p, li, td, dd').textContent.trim() !== e.textContent.trim();
    // A form control's target includes its labels (a tap on one works).
    const box = e => {
        const r = e.getBoundingClientRect();
        let [left, top, right, bottom] = [r.left, r.top, r.right, r.bottom];
        for (const label of (e.labels || [])) {
            const q = label.getBoundingClientRect();
            if (q.width && q.height) {
                left = Math.min(left, q.left); top = Math.min(top, q.top);
                right = Math.max(right, q.right); bottom = Math.max(bottom, q.bottom);
            }
        }
        return { left, top, width: right - left, height: bottom - top };
    };
    const rects = targets.map(box);
    return targets
        .map((e, i) => [e, rects[i]])
        .filter(([e, r]) => (r.width < 44 || r.height < 44) && !inline(e))
        .slice(0, 12)
        .map(([e, r]) => (e.getAttribute('aria-label') || e.textContent.trim() || e.id || e.name || e.tagName).slice(0, 40)
            + ' ' + Math.round(r.width) + 'x' + Math.round(r.height));";

/// The header's links, by the row they sit on: on a phone they must share
/// one row, so the page starts one line higher and no link hides on a
/// second line.
const NAV_ROWS: &str = "
    const tops = [...document.querySelectorAll('.site-header nav a')]
        .map(a => Math.round(a.getBoundingClientRect().top));
    return [...new Set(tops)].length;";

async fn check_sizes(phone: bool) -> Vec<String> {
    let server = StaticServer::start(dist_dir());
    let browser = browser_with_example(&server).await;
    let size = if phone { PHONE } else { LAPTOP };
    browser.set_size(size).await;
    let (width, _) = size;
    let mut problems = Vec::new();
    for theme in THEMES {
        browser.set_color_scheme(theme).await;
        for route in every_page()
            .into_iter()
            .chain(every_page_in_other_languages())
        {
            browser.goto(&server.url(&route)).await;
            browser.h1_text().await;
            let wide = browser.script(OVERFLOW).await;
            if wide != json!([]) {
                problems.push(format!(
                    "{route} {width}px {theme} scrolls sideways: {wide}"
                ));
            }
            let rows = browser.script(NAV_ROWS).await;
            if rows != json!(1) {
                problems.push(format!(
                    "{route} {width}px {theme}: the header's links take {rows} rows"
                ));
            }
            if phone && theme == "light" {
                let small = browser.script(SMALL_TARGETS).await;
                if small.as_array().is_some_and(|list| !list.is_empty()) {
                    problems.push(format!("{route}: targets under 44x44: {small}"));
                }
            }
        }
    }
    browser.close().await;
    problems
}

#[tokio::test]
async fn on_a_phone_no_page_scrolls_sideways_and_every_target_is_big_enough() {
    let problems = check_sizes(true).await;
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[tokio::test]
async fn on_a_laptop_no_page_scrolls_sideways() {
    let problems = check_sizes(false).await;
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
