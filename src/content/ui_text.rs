//! The interface's own words, in one place so they can be reviewed for tone
//! and translated without touching components. Module text lives in
//! `modules/`, crisis contacts in `crisis_contacts.rs`.

pub const APP_NAME: &str = "IPT Companion";
pub const SKIP_TO_CONTENT: &str = "Skip to main content";
pub const NAV_LABEL: &str = "Main";
pub const NAV_HOME: &str = "Home";
pub const NAV_LEARN: &str = "Learn";
pub const NAV_MAP: &str = "Map";
pub const NAV_JOURNAL: &str = "Journal";
pub const NAV_DATA: &str = "Your data";
pub const GET_HELP_NOW: &str = "Get help now";

pub const FOOTER_DISCLAIMER: &str = "IPT Companion is education and self-help. It is not therapy, \
    a diagnosis or an emergency service. Everything you enter stays on this device.";

/// Builds a document title: "Page · IPT Companion".
pub fn document_title(page: &str) -> String {
    format!("{page} · {APP_NAME}")
}

pub mod home {
    pub const TITLE: &str = "Welcome";
    pub const HEADING: &str = "Mood and relationships, one step at a time";
    pub const INTRO: &str = "IPT Companion helps you learn Interpersonal Psychotherapy (IPT), a \
        short, well-studied talking therapy for depression, and practise its ideas on your own. \
        IPT rests on one idea: how you feel and how things are with the people in your life \
        shape each other.";
    pub const NOT_THERAPY: &str = "This is education and self-help. It does not replace a \
        therapist or doctor, and no one else sees what you write here: it stays in this browser \
        on this device.";
    pub const START_LEARNING: &str = "Start with the basics";
    pub const COMING: &str = "Your personal path (learn, map, weekly check-in, finish well) \
        will appear here as you use the app.";
}

pub mod learn {
    pub const TITLE: &str = "Learn about IPT";
    pub const INTRO: &str = "Twelve short modules, in the order IPT itself runs. Each one has \
        its own link you can share.";
    pub const MINUTES_TO_READ: &str = "min read";
    pub const KEY_TAKEAWAYS: &str = "Key points";
    pub const SOURCES: &str = "Sources";
    pub const PREVIOUS: &str = "Previous";
    pub const NEXT: &str = "Next";
    pub const ALL_MODULES: &str = "All modules";
    pub const ON_THIS_PAGE: &str = "On this page";
    pub const SELF_CHECK_LINK: &str =
        "Not sure which problem area fits you? Take the short self-check";
    pub const SELF_CHECK_RESULT: &str = "What your answers suggest";
}

pub mod placeholder {
    pub const MAP_TITLE: &str = "Your relationship map";
    pub const MAP_COMING: &str = "Soon you will be able to draw the people in your life on a \
        closeness circle here, as IPT's interpersonal inventory does. Until then, the module on \
        the interpersonal inventory explains the idea.";
    pub const JOURNAL_TITLE: &str = "Weekly journal";
    pub const JOURNAL_COMING: &str = "Soon you will be able to check in each week here, linking \
        your mood to what happened with the people in your life.";
    pub const DATA_TITLE: &str = "Your data";
    pub const DATA_COMING: &str = "Everything you enter in IPT Companion stays in this browser \
        on this device; nothing is sent anywhere. Backups, import, deletion and an optional \
        passphrase lock will be offered on this page.";
    pub const READ_ABOUT_INVENTORY: &str = "Read about the interpersonal inventory";
    pub const READ_ABOUT_WEEKLY: &str = "Read how IPT works week by week";
}

pub mod help {
    pub const TITLE: &str = "Get help now";
    pub const INTRO: &str = "If you are thinking about ending your life, or you feel you might \
        not be safe, you deserve support right now. You do not have to go through this alone, \
        and these feelings can pass with help.";
    pub const DANGER: &str = "If you or someone else is in danger right now, call your local \
        emergency number.";
    pub const LINES_HEADING: &str = "Talk to someone now";
    pub const CALL: &str = "Call";
    pub const TEXT: &str = "Text";
    pub const VISIT: &str = "Visit";
    pub const LAST_CHECKED: &str = "Numbers last checked on";
    pub const NOT_EMERGENCY_SERVICE: &str = "IPT Companion is not an emergency service and no one \
        sees what you write in it.";
}

pub mod not_found {
    pub const TITLE: &str = "Page not found";
    pub const MESSAGE: &str = "We could not find that page. The link may be old or mistyped.";
    pub const GO_HOME: &str = "Go to the home page";
    pub const GO_LEARN: &str = "Browse the Learn modules";
}

pub mod saving {
    pub const NOT_SAVED: &str = "Not saved: your last change is still on screen, but it could \
        not be stored on this device.";
    pub const UNAVAILABLE: &str = "This browser is not letting the app store anything (private \
        mode or a privacy setting can do this).";
    pub const REFUSED: &str = "The browser refused to store more, usually because its storage \
        for this site is full.";
    pub const NOT_READ_BACK: &str = "The browser said it stored the change, but reading it back \
        gave something different.";
    pub const CHANGED_ELSEWHERE: &str = "The same data was changed in another tab or window. To \
        avoid overwriting that, this change was not stored. Copy anything you want to keep, then \
        reload this page.";
    pub const KEPT_UNREADABLE: &str = "The saved data for this part of the app could not be read, \
        so it is being kept exactly as it is rather than overwritten.";
    pub const UNREADABLE_NOTICE: &str = "Your saved Learn progress could not be read, so it has \
        been left untouched. You can still read everything, but changes made now will not be \
        stored.";
}

pub mod share {
    pub const SHARE_MODULE: &str = "Share this module";
    pub const SHARE_SECTION: &str = "Share this section";
    pub const COPIED: &str = "Link copied:";
    pub const SHARED: &str = "Link shared:";
    pub const COPY_BY_HAND: &str = "Copy this link:";
    pub const NO_DATA: &str = "The link carries nothing you have written.";
}

pub mod progress {
    pub const MARK_READ: &str = "Mark as read";
    pub const READ: &str = "Read";
    pub const MARKED_READ: &str = "Marked as read";
    pub const EXERCISES: &str = "Exercises";
    pub const EXERCISE_DONE: &str = "I have done this exercise";
    pub const EXERCISES_DONE: &str = "exercises done";
    pub const SAVED_AS_YOU_TYPE: &str = "Saved on this device as you type.";
}

pub mod update {
    pub const READY: &str = "A new version is ready — reload to update.";
    pub const RELOAD: &str = "Reload to update";
    pub const UNSAVED_FIRST: &str = "Your last change is not stored yet, so the app will not \
        reload now. Copy what you typed somewhere safe first.";
}
