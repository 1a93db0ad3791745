//! The language the person chose with the language switch, remembered on
//! this device, so that the home page (`/`, the one address that names no
//! language of its own) opens in it. Every other address opens in the
//! language of its URL: a shared link is never turned into another
//! language.
//!
//! It is kept outside the data areas, in plain text and outside the
//! passphrase lock: the choice has to be read before anything is unlocked
//! (and by a small inline script in the home page's head, written by
//! `cargo xtask dist` from [`home_redirect_script`], so the page does not
//! paint in one language and then jump to the other). "Delete everything"
//! removes it with the rest.

use super::{local, SaveError};

/// The localStorage key of the choice: a language code ("en", "es").
pub const KEY: &str = "ipt.language";

/// Remembers `language` as the person's choice.
pub fn remember(language: &str) -> Result<(), SaveError> {
    local::write_verified(KEY, language)
}

/// Forgets the choice (for "delete everything").
pub fn forget() -> Result<(), SaveError> {
    local::remove(KEY)
}

/// The inline script of the default language's home page that opens
/// `twin` (the home page of the site in `twin_language`, a path like
/// `/es/`) instead, when the person chose that language, or when nothing
/// is chosen and the browser's first language is it.
///
/// Offline, it goes only when the twin site's own service worker is in
/// place (it has that site's pages); otherwise the page stays as it is,
/// in the default language, and works.
pub fn home_redirect_script(twin: &str, twin_language: &str) -> String {
    format!(
        "(function(){{try{{var n=navigator,u='{twin}',c=localStorage.getItem('{KEY}');\
         if(c?c!=='{twin_language}':(n.language||'').slice(0,2)!=='{twin_language}')return;\
         if(n.onLine)return location.replace(u);\
         n.serviceWorker&&n.serviceWorker.getRegistration(u).then(function(r){{\
         if(r&&r.active&&r.scope.endsWith(u))location.replace(u)}})\
         }}catch(e){{}}}})();"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_home_script_names_the_key_the_twin_and_its_language_only() {
        let script = home_redirect_script("/sub/es/", "es");
        assert!(script.contains("localStorage.getItem('ipt.language')"));
        assert!(script.contains("u='/sub/es/'"));
        assert!(script.contains("c!=='es'"));
        assert!(script.contains(".slice(0,2)!=='es'"));
        assert!(script.contains("location.replace(u)"));
        // Offline, only into a site whose own worker is there.
        assert!(script.contains("getRegistration(u)"));
        assert!(!script.contains("</script"));
    }
}
