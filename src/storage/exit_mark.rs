//! The mark the quick exit leaves in this tab's sessionStorage, so that
//! pressing Back into the app sends the tab straight on to the neutral site
//! again (the check is a small inline script in every page's head, written
//! by `cargo xtask dist` from [`guard_script`], so it runs before anything
//! paints). sessionStorage belongs to the tab and goes when it closes.

/// The sessionStorage key of the mark.
pub const KEY: &str = "ipt.exited";

/// The inline script that leaves at once when the tab was left by the quick
/// exit and the person (or someone else) comes back with Back or Forward,
/// whether the browser loads the page again or restores it from its
/// back-forward cache. It hides the page first, so nothing of it shows.
pub fn guard_script(neutral_site: &str) -> String {
    format!(
        "(function(){{var k='{KEY}',u='{neutral_site}';function away(){{\
         document.documentElement.style.visibility='hidden';location.replace(u)}}\
         try{{var n=performance.getEntriesByType('navigation')[0];\
         if(sessionStorage.getItem(k)&&n&&n.type==='back_forward')away();\
         addEventListener('pageshow',function(e){{if(e.persisted&&sessionStorage.getItem(k))away()}})\
         }}catch(e){{}}}})();"
    )
}

/// Marks this tab as left by the quick exit (best effort: without
/// sessionStorage, Back may show the app's page again).
pub fn mark() {
    if let Some(storage) = crate::browser::window().and_then(|w| w.session_storage().ok().flatten())
    {
        let _ = storage.set_item(KEY, "1");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_guard_names_the_mark_and_the_site_and_nothing_else() {
        let script = guard_script("https://example.org/weather");
        assert!(script.contains("'ipt.exited'"));
        assert!(script.contains("'https://example.org/weather'"));
        assert!(script.contains("location.replace(u)"));
        assert!(!script.contains("</script"));
    }
}
