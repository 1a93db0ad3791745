//! `/help`: crisis lines, abuse lines, lines for young people, what
//! another person using the device can see and what helps, the safety plan
//! link and when self-help is not enough (also prerendered as static HTML).

use leptos::prelude::*;

use crate::components::page_top::PageTop;

use crate::components::crisis_contacts::{CountryChoice, CrisisContactList};
use crate::content::crisis_contacts::{ABUSE_CONTACTS, CRISIS_CONTACTS, YOUTH_CONTACTS};
use crate::content::ui_text::{self, help as text};
use crate::hosting::href;
use crate::routes;

/// `/help`: the crisis lines, then the abuse lines, the safety plan, and
/// when self-help alone is not enough. xtask/src/prerender.rs writes the
/// same page as static HTML, so it reads with JavaScript off.
#[component]
pub fn HelpPage() -> impl IntoView {
    view! {
        <PageTop title=text::TITLE lead=text::INTRO />
        <p class="danger">
            <strong>{text::DANGER}</strong>
        </p>
        <h2 id="talk-to-someone">{text::LINES_HEADING}</h2>
        <CountryChoice />
        <CrisisContactList />
        <p class="small">{text::last_checked(CRISIS_CONTACTS)}" "{text::NOT_EMERGENCY_SERVICE}</p>
        <section class="abuse-lines" aria-labelledby="someone-hurting-you">
            <h2 id="someone-hurting-you">{text::ABUSE_HEADING}</h2>
            <p>{text::ABUSE_INTRO}</p>
            <CrisisContactList contacts=ABUSE_CONTACTS />
            <p>{text::ABUSE_LEAVING}</p>
            <p>{text::DEVICE_SEE_BELOW}" "<a href="#private-device">{text::DEVICE_HEADING}</a></p>
            <p class="small">{text::last_checked(ABUSE_CONTACTS)}</p>
        </section>
        <section class="youth-lines" aria-labelledby="young-people">
            <h2 id="young-people">{text::YOUTH_HEADING}</h2>
            <p>{text::YOUTH_INTRO}</p>
            <CrisisContactList contacts=YOUTH_CONTACTS />
            <p class="small">{text::last_checked(YOUTH_CONTACTS)}</p>
        </section>
        <section class="device-privacy" aria-labelledby="private-device">
            <h2 id="private-device">{text::DEVICE_HEADING}</h2>
            <p>{text::DEVICE_PRIVATE}</p>
            <p>{text::DEVICE_EXIT}</p>
            <p>{text::DEVICE_TRACES}</p>
            <p>{text::DEVICE_HINT}" "<a href=href(routes::DEVICE_SAFETY)>{text::DEVICE_LINK}</a></p>
        </section>
        <h2 id="safety-plan">{text::PLAN_LINK}</h2>
        <p>{text::PLAN_LINK_HINT}" "<a href=href(routes::SAFETY_PLAN)>{text::PLAN_LINK}</a></p>
        <p class="self-help-limits">
            {text::SELF_HELP_LIMITS}" " <a href=href(routes::SELF_HELP_LIMITS)>{ui_text::SELF_HELP_LIMITS_LINK}</a>
        </p>
    }
}
