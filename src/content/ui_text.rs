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
/// The other language's code and name, in that language, for the switch
/// in the header: the same page in Spanish (`routes::OTHER_LANGUAGES`).
pub const OTHER_LANGUAGE: &str = "es";
pub const OTHER_LANGUAGE_NAME: &str = "Español";
/// Said by screen readers in place of the name alone.
pub const OTHER_LANGUAGE_LABEL: &str = "Esta página en español";

pub const FOOTER_DISCLAIMER: &str = "IPT Companion is education and self-help. It is not therapy, \
    a diagnosis or an emergency service. Everything you enter stays on this device.";

/// The words of the link to `routes::SELF_HELP_LIMITS` (the section of
/// "What is IPT?" that says when self-help alone is the wrong tool), used
/// on `/`, on `/help` and under the self-check's result.
pub const SELF_HELP_LIMITS_LINK: &str = "When self-help is not enough";

/// Shown when JavaScript is off, above the page as built (which reads, but
/// whose buttons need the app); `cargo xtask dist` writes it into every
/// page's `<noscript>`, followed by a link to `/help` (which lists every
/// number without JavaScript too).
pub const NOSCRIPT: &str = "IPT Companion needs JavaScript to run. If you are in crisis, call \
    your local emergency number, or open the help page, which works without JavaScript:";
pub const NOSCRIPT_HELP_LINK: &str = "Get help now: crisis and abuse lines";

/// What a page without a description of its own says of the app to search
/// engines and link previews (`cargo xtask dist` writes it into the page).
pub const SITE_DESCRIPTION: &str = "Free, private, offline self-help for learning \
    Interpersonal Psychotherapy (IPT): how mood and relationships shape each other.";
/// The installed app's description (the web app manifest).
pub const MANIFEST_DESCRIPTION: &str =
    "Learn and practise Interpersonal Psychotherapy (IPT) on your own: private, offline, free.";

/// Where a page drawn around today's date and the stored data will be, in
/// the HTML rendered before the app runs (`pages::lazy`).
pub const OPENING_PAGE: &str = "Opening this page on your device…";

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
        therapist or doctor, and it is not an emergency service.";
    pub const PRIVATE: &str = "Nothing you write leaves this device: there is no account and no \
        server. But anyone who can use this device can open the app, unless you turn on the \
        passphrase lock on the Your data page.";
    pub const SELF_HELP_LIMITS: &str = "Self-help on its own is not right for everyone, or \
        for every time. Please read this first:";
    pub const START: &str = "Start";
    pub const DASHBOARD_TITLE: &str = "Your path";
    pub const DASHBOARD_INTRO: &str = "The steps follow the order IPT itself runs in. Go at your \
        own pace: any week can be filled in later, or simply left as it is.";
    pub const NEXT_STEP: &str = "Your next step:";
    pub const NOT_STARTED: &str = "Not started";
    pub const IN_PROGRESS: &str = "In progress";
    pub const DONE: &str = "Done";
    pub const STEP_LEARN: &str = "Learn the basics";
    pub const STEP_MAP: &str = "Build your relationship map";
    pub const STEP_FOCUS: &str = "Find your focus area";
    pub const STEP_CHECK_INS: &str = "Weekly check-ins";
    pub const STEP_PRACTISE: &str = "Practise skills for your focus area";
    pub const STEP_FINISH: &str = "Finish well";
    pub const ACTION_LEARN: &str = "Read the next module";
    pub const ACTION_LEARN_DONE: &str = "Browse all modules";
    pub const ACTION_MAP: &str = "Open your map";
    pub const ACTION_FOCUS: &str = "Take the self-check";
    pub const ACTION_CHECK_IN: &str = "Open this week's check-in";
    pub const ACTION_PRACTISE: &str = "Open your focus area's module";
    pub const ACTION_PRACTISE_NO_FOCUS: &str = "Choose a focus area first";
    pub const ACTION_FINISH: &str = "Read about ending well";
    pub fn people_so_far(count: usize) -> String {
        format!(
            "{} on your map so far",
            super::counted(count, "person", "people")
        )
    }
    pub const FOCUS_IS: &str = "Your focus area:";
    pub const NO_FOCUS_YET: &str = "No focus area chosen yet.";
    pub const THIS_WEEK_OPEN: &str = "This week's check-in is open.";
    pub const THIS_WEEK_DONE: &str = "This week's check-in is done.";
    pub const WEEKS_SO_FAR: &str = "Week of your plan:";
    pub const PLAN_LENGTH: &str = "Length of your plan";
    pub const WEEKS: &str = "weeks";
    pub const PHASE_INITIAL: &str = "the initial phase (getting started)";
    pub const PHASE_MIDDLE: &str = "the middle phase (working on your focus area)";
    pub const PHASE_FINAL: &str = "the final phase (finishing well)";
    pub const PHASE_BEYOND: &str = "past the end of your plan";
    pub const YOU_ARE_IN: &str = "You are in";
    pub const SUMMARY_LINK: &str = "Make a summary for your therapist or doctor";
}

pub mod learn {
    /// The groups of the Learn page, in order: each module's `group` (its
    /// front matter) and the group's heading.
    pub const GROUPS: &[(&str, &str)] = &[
        ("basics", "The basics"),
        ("problem-areas", "The four problem areas"),
        ("skills", "Skills and background"),
        ("finishing", "Finishing well"),
    ];
    pub const TEXT_LOADING: &str = "Loading this part…";
    pub const TEXT_FAILED: &str = "This part could not load. Please reload the page; if you are \
        offline, it will load once you are connected again.";
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

/// Shown when part of the app cannot start (a page's code failed to load,
/// most often because the connection dropped before it was saved for
/// offline use). Plain text and a link: the app may no longer run.
pub mod load_failure {
    pub const HEADING: &str = "This page could not load";
    pub const MESSAGE: &str = "Part of the app did not arrive, perhaps because the connection \
        dropped. Nothing you saved is lost. Please try again.";
    pub const RELOAD: &str = "Reload the page";
    pub const HELP: &str = "Get help now";
}

pub mod help {
    pub const TITLE: &str = "Get help now";
    pub const COUNTRY: &str = "Show first the numbers for";
    pub const ALL_COUNTRIES: &str = "All countries";
    pub const PLAN_LINK: &str = "Your personal safety plan";
    pub const PLAN_LINK_HINT: &str = "A short plan, in your own words, for when things get hard.";
    pub const INTRO: &str = "If you are thinking about ending your life, or you feel you might \
        not be safe, you deserve support right now. You do not have to go through this alone, \
        and these feelings can pass with help.";
    pub const DANGER: &str = "If you or someone else is in danger right now, call your local \
        emergency number.";
    pub const LINES_HEADING: &str = "Talk to someone now";
    pub const CALL: &str = "Call";
    pub const TEXT: &str = "Text";
    pub const VISIT: &str = "Visit";
    /// What was checked, and when, for a list of lines: "We last checked
    /// these numbers against each service's own website on 22 November
    /// 2026." A list checked on several days names each, oldest first.
    pub fn last_checked(contacts: &[crate::content::crisis_contacts::CrisisContact]) -> String {
        let mut days: Vec<&str> = contacts
            .iter()
            .map(|contact| contact.last_checked)
            .collect();
        days.sort_unstable();
        days.dedup();
        let dates: Vec<String> = days
            .into_iter()
            .map(
                |day| match chrono::NaiveDate::parse_from_str(day, "%Y-%m-%d") {
                    Ok(date) => crate::content::journal_text::long_date(date),
                    Err(_) => day.to_string(),
                },
            )
            .collect();
        let when = match dates.as_slice() {
            [] => String::new(),
            [one] => one.clone(),
            [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
        };
        format!("We last checked these numbers against each service's own website on {when}.")
    }
    pub const NOT_EMERGENCY_SERVICE: &str = "IPT Companion is not an emergency service. It sends \
        nothing you write to anyone, so no helpline or doctor sees it unless you show them.";
    pub const YOUTH_HEADING: &str = "For children and young people";
    pub const YOUTH_INTRO: &str = "If you are under 18, these lines are for you. They are free, \
        and you can talk about anything. You can also talk to a parent or another adult you \
        trust, such as a teacher, a school nurse or a doctor.";
    pub const DEVICE_HEADING: &str = "If someone may see this device";
    pub const DEVICE_PRIVATE: &str = "What you write in IPT Companion never leaves this device. \
        But anyone who can use this phone or computer can open the app and read it, unless the \
        passphrase lock is on.";
    pub const DEVICE_EXIT: &str =
        "The \"Exit this page\" button, on every page, leaves the app at \
        once and opens an everyday website. If the lock is on, it locks first.";
    pub const DEVICE_TRACES: &str = "Leaving does not wipe every trace. Your browser's history \
        and open tabs can still show that you used this site. What helps: turn on the lock, \
        close the tab, and delete this site from the history. A private window (private \
        browsing) keeps no history, but then nothing you write is kept once you close it.";
    pub const ABUSE_HEADING: &str = "If someone is hurting or controlling you";
    pub const ABUSE_INTRO: &str = "If a partner, family member or anyone else hurts you, \
        threatens you, or controls what you do, it is not your fault. You deserve to be safe. \
        These services are free and private. They listen, and they can help you plan how to \
        stay safe.";
    pub const ABUSE_LEAVING: &str = "Please do not face the person about it on your own. \
        Leaving, or getting ready to leave, can be a risky time, so it is safest to plan it with \
        one of these services.";
    pub const DEVICE_HINT: &str = "The lock, and how to turn it on, are on this page:";
    pub const DEVICE_SEE_BELOW: &str = "If someone else may look at this device, read this first:";
    pub const DEVICE_LINK: &str = "Your data";
    pub const SELF_HELP_LIMITS: &str = "Self-help is not the right tool for everyone. Some \
        problems need a doctor or therapist first:";
}

pub mod not_found {
    pub const TITLE: &str = "Page not found";
    pub const MESSAGE: &str = "We could not find that page. The link may be old or mistyped.";
    pub const GO_HOME: &str = "Go to the home page";
    pub const GO_LEARN: &str = "Browse the Learn modules";
}

pub mod saving {
    pub const NOT_SAVED: &str = "Not saved: a change is still on screen but not stored on this \
        device. Download a backup to keep it safe.";
    pub const BACKUP_LINK: &str = "Download a backup";
    pub const UNAVAILABLE: &str = "This browser is not letting the app store anything (private \
        mode or a privacy setting can do this).";
    pub const REFUSED: &str = "The browser refused to store more, usually because its storage \
        for this site is full.";
    pub const NOT_READ_BACK: &str = "The browser said it stored the change, but reading it back \
        gave something different.";
    pub const CHANGED_ELSEWHERE: &str = "This was also changed in another tab or window, so \
        the change here was not stored over it. Choose which version to keep.";
    pub const KEEP_THIS_VERSION: &str = "Keep the version on this page";
    pub const USE_OTHER_VERSION: &str = "Use the other tab's version";
    pub const KEPT_UNREADABLE: &str = "The saved data for this part of the app could not be read, \
        so it is being kept exactly as it is rather than overwritten.";
    pub const ENCRYPT_FAILED: &str =
        "The browser would not encrypt your change, so it was not stored.";
    /// How the banner names each data area (by its stored name).
    pub fn area_name(area: &str) -> &'static str {
        match area {
            "learn" => "Your Learn progress and exercises:",
            "map" => "Your relationship map:",
            "journal" => "Your journal:",
            "settings" => "Your settings:",
            "safety-plan" => "Your safety plan:",
            "timeline" => "Your timeline:",
            _ => "Part of your data:",
        }
    }
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

pub mod quick_exit {
    pub const EXIT: &str = "Exit this page";
    /// The name of the bar the button sits in (a landmark of its own).
    pub const LANDMARK: &str = "Quick exit";
    /// Read by screen readers with the button: the keyboard way.
    pub const SHORTCUT_HINT: &str = "Or press the Shift key 3 times.";
    /// Where the quick exit goes: an ordinary, busy website (as GOV.UK's
    /// "Exit this page" does), so the screen shows nothing of the app.
    pub const NEUTRAL_SITE: &str = "https://www.bbc.co.uk/weather";
    /// Offline, the neutral site cannot load: a blank page instead.
    pub const OFFLINE_PAGE: &str = "about:blank";
}

pub mod auto_lock {
    use crate::model::auto_lock::QuietLimit;

    pub const HEADING: &str = "Lock by itself";
    pub const INTRO: &str = "So that your notes are not left open if you put the phone down or \
        walk away. Before it locks, the app stores every change, encrypted. Anything you do (a \
        key, a tap, scrolling) counts as use, so it never locks while you are typing.";
    pub const AFTER_LEGEND: &str = "Lock by itself after this long without use";
    pub fn limit_words(limit: QuietLimit) -> &'static str {
        match limit {
            QuietLimit::OneMinute => "1 minute",
            QuietLimit::FiveMinutes => "5 minutes",
            QuietLimit::FifteenMinutes => "15 minutes",
            QuietLimit::OneHour => "1 hour",
            QuietLimit::Never => "Never (only when I press \"Lock now\" or close the tab)",
        }
    }
    pub const WHEN_LEFT: &str = "Also lock when I leave the app";
    pub const WHEN_LEFT_HINT: &str = "It locks once the app has been out of sight for a minute: \
        you switched to another tab or app, or the screen turned off.";
    pub const BLOCKED: &str = "The app would have locked itself, but a change could not be \
        stored first, so it stays open to keep it. See the message about saving.";
}

pub mod update {
    pub const READY: &str = "A new version is ready — reload to update.";
    pub const RELOAD: &str = "Reload to update";
    pub const UNSAVED_FIRST: &str = "Your last change is not stored yet, so the app will not \
        reload now. Copy what you typed somewhere safe first.";
}

pub mod theme {
    pub const LABEL: &str = "Colours";
    pub const SYSTEM: &str = "Follow my device";
    pub const LIGHT: &str = "Light";
    pub const DARK: &str = "Dark";
}

pub mod safety_plan {
    use crate::model::settings::SafetyPlanSection;

    pub const TITLE: &str = "My safety plan";
    pub const INTRO: &str = "A safety plan is a short list, in your own words, of what to do \
        when things get very hard. Fill in what you can; it is saved on this device as you type \
        and you can print it or keep it on your phone.";
    /// Each section's heading and hint.
    pub fn section(section: SafetyPlanSection) -> (&'static str, &'static str) {
        match section {
            SafetyPlanSection::WarningSigns => (
                "Warning signs",
                "Thoughts, feelings or situations that tell me a crisis may be starting",
            ),
            SafetyPlanSection::OnMyOwn => (
                "Things I can do on my own",
                "Things that help me feel calmer or take my mind off things",
            ),
            SafetyPlanSection::PeopleAndPlaces => (
                "People and places that help",
                "People and places that give me a break or a change of scene",
            ),
            SafetyPlanSection::PeopleToAsk => {
                ("People I can ask for help", "Names and how to reach them")
            }
            SafetyPlanSection::Professionals => (
                "Professionals and crisis lines",
                "My doctor, therapist or a crisis line, with their numbers",
            ),
            SafetyPlanSection::SaferSurroundings => (
                "Making my surroundings safer",
                "Steps that make it safer around me when I feel this way",
            ),
            SafetyPlanSection::ReasonsForLiving => (
                "My reasons for living",
                "The people, hopes and things that matter to me",
            ),
        }
    }
    pub const PRINT: &str = "Print my plan";
    pub const CRISIS_NOW: &str = "If you are in danger now, call your local emergency number or \
        a crisis line.";
    pub const BACK_TO_HELP: &str = "Crisis lines";
    pub const FROM_THE_MAP: &str = "Add from your map:";
    pub const OPEN_MY_PLAN: &str = "Open my safety plan";
}

pub mod summary {
    pub const TITLE: &str = "Summary for my therapist or doctor";
    pub const INTRO: &str = "Choose what to include, then print it or save it as a PDF from the \
        print window. Nothing is included unless you tick it, and nothing is sent anywhere.";
    pub const RANGE: &str = "Weeks to include";
    pub const RANGES: [(u32, &str); 5] = [
        (4, "The last 4 weeks"),
        (8, "The last 8 weeks"),
        (12, "The last 12 weeks"),
        (26, "The last 26 weeks"),
        (0, "All weeks"),
    ];
    pub const INCLUDE: &str = "Include";
    pub const INCLUDE_MOOD: &str = "My mood and PHQ-9 scores (chart and table)";
    pub const INCLUDE_MAP: &str = "My relationship map";
    pub const INCLUDE_FOCUS: &str = "My focus area";
    pub const INCLUDE_TIMELINE: &str = "My timeline of mood and life events";
    pub const INCLUDE_STEPS: &str = "My recent weekly steps and how they went";
    pub const INCLUDE_EXERCISE: &str = "Exercise:";
    pub const NOTHING_YET: &str = "Tick what you want to include, and it will appear below.";
    pub const OUTPUT_HEADING: &str = "From IPT Companion, a self-help app";
    pub const MADE_ON: &str = "Made on";
    pub const WEEKS_SHOWN: &str = "Weeks shown:";
    pub const MOOD_HEADING: &str = "Mood and PHQ-9 by week";
    pub const MAP_HEADING: &str = "Relationship map";
    pub const FOCUS_HEADING: &str = "Focus area";
    pub const EXERCISES_HEADING: &str = "Exercises";
    pub const SCREENING_NOTE: &str = "Mood is a personal 0 to 10 rating. PHQ-9 scores are \
        screening results, not a diagnosis. Beside each total is the answer to item 9, the \
        question about thoughts of being better off dead or of self-harm.";
    pub const PRINT: &str = "Print or save as PDF";
}

pub mod data {
    pub const TITLE: &str = "Your data";
    pub const DEVICE_HEADING: &str = "If someone else may see this device";
    pub const DEVICE_NOTE: &str = "If you worry that someone checks this phone or computer, a \
        few steps can help. Turn on the passphrase lock below, so nothing you keep here can be \
        read without it. Press \"Lock now\" before you step away. The \"Exit this page\" button \
        leaves the app at once. Your browser's history and open tabs can still show that you \
        opened this site, so you may want to close the tab and delete the site from the history. \
        A private window keeps no history, but nothing you write in it is kept once it closes.";
    pub const DEVICE_HELP: &str = "If someone is hurting or controlling you, specialist services \
        can help you stay safe:";
    pub const DEVICE_HELP_LINK: &str = "If someone is hurting or controlling you";
    pub const WHERE: &str = "Everything you enter in IPT Companion is stored in this browser, on \
        this device, and nowhere else. There is no account and no server, so nothing is sent \
        anywhere, and it cannot be recovered from anywhere if it is deleted here. Anyone who can \
        use this browser can open it too, unless the passphrase lock (below) is on.";
    pub const SIZE: &str = "Stored in this browser now:";
    pub const KB: &str = "KB";
    pub const PERSISTED: &str = "This browser has agreed to keep the app's data even when it \
        runs short of space.";
    pub const NOT_PERSISTED: &str = "This browser has not promised to keep the app's data: it may \
        clear it if it runs short of space. A backup keeps you safe.";
    /// WebKitGTK, and browsers before 2020, have no `navigator.storage`.
    pub const PERSISTENCE_UNKNOWN: &str = "This browser does not say whether it will keep the \
        app's data if it runs short of space. A backup keeps you safe.";
    pub const SAFARI: &str = "On Safari (iPhone, iPad and Mac), data of a site not visited for 7 \
        days can be deleted, unless the app is added to the home screen.";
    pub const BACKUP_DUE: &str =
        "It has been more than 30 days since your last backup, or you have \
        not made one yet.";
    pub const LAST_BACKUP: &str = "Last backup:";
    pub const BACKUP_HEADING: &str = "Download a backup";
    pub const BACKUP_INTRO: &str =
        "A backup is one file with everything: your reading, exercises, \
        map, journal, safety plan and settings. Keep it somewhere safe.";
    pub const BACKUP_PLAIN: &str = "It is not encrypted: anyone with the file can read it. With \
        the passphrase lock on (below), backups are encrypted too.";
    pub const BACKUP_BUTTON: &str = "Download a backup";
    pub const BACKUP_DONE: &str = "Backup made:";
    pub const BACKUP_FAILED: &str = "The browser would not make the file. Please try again.";
    pub const IMPORT_HEADING: &str = "Import a backup";
    pub const IMPORT_INTRO: &str = "Choose a backup file made by IPT Companion. It is checked \
        fully first, and nothing changes until you choose how to bring it in.";
    pub const IMPORT_FILE: &str = "Backup file";
    pub const IMPORT_HOLDS: &str = "This backup holds:";
    pub const MADE_AT: &str = "made at";
    pub const MERGE: &str = "Add it to my data (keeps everything)";
    pub const MERGE_HINT: &str =
        "Nothing is lost: where both have something different, both are kept.";
    pub const REPLACE: &str = "Replace my data with it";
    pub const REPLACE_HINT: &str = "Your current data is downloaded as a backup first, then \
        replaced. To confirm, type REPLACE.";
    pub const REPLACE_WORD: &str = "REPLACE";
    pub const REPLACE_CONFIRM_LABEL: &str = "To confirm, type REPLACE";
    pub const IMPORTED: &str = "The backup is in. Everything is saved on this device.";
    pub const NOTHING_CHANGED: &str = "Nothing was changed.";
    pub const IMPORT_NOT_STORED: &str =
        "The backup could not be stored on this device (it may be full), so it was not brought in.";
    pub const IMPORT_PARTLY_STORED: &str = "The backup could not be stored on this device (it may \
        be full), and part of your earlier data could not be put back. Please download a backup \
        now, then free some space and import again.";
    pub const IMPORT_WORKING: &str = "Working on it…";
    pub const READ_FAILED: &str = "The file could not be read.";
    pub fn holds(counts: &crate::model::import_check::Counts) -> String {
        use super::counted;
        format!(
            "{} read, {}, {} on the map, {}, {} with {}, {} and {} on the timeline{}.",
            counted(counts.modules_read, "module", "modules"),
            counted(counts.exercises, "exercise", "exercises"),
            counted(counts.people, "person", "people"),
            counted(counts.snapshots, "snapshot", "snapshots"),
            counted(counts.weeks, "journal week", "journal weeks"),
            counted(counts.events, "event", "events"),
            counted(counts.life_events, "life event", "life events"),
            counted(counts.low_periods, "low period", "low periods"),
            if counts.safety_plan_filled {
                ", and a safety plan"
            } else {
                ""
            }
        )
    }
    pub fn import_problem(problem: &crate::model::import_check::ImportProblem) -> String {
        use crate::model::import_check::{ImportProblem as P, MAX_BACKUP_BYTES};
        match problem {
            P::TooLarge { bytes } => format!(
                "This file is too large ({} KB); a backup is at most {} KB.",
                bytes / 1024,
                MAX_BACKUP_BYTES / 1024
            ),
            P::NotJson { detail, .. } => format!("This file is not a backup: it is not readable JSON ({detail})."),
            P::NotABackup => "This file is not an IPT Companion backup.".to_string(),
            P::NewerVersion { schema } => format!(
                "This backup was made by a newer version of the app (format {schema}). Reload the app to update it, then try again."
            ),
            P::MissingField { detail, .. } => format!("This backup is incomplete: {detail}."),
            P::WrongType { detail } => format!("This backup has a value of the wrong kind: {detail}."),
            P::DuplicatePersonId { id } => format!("This backup is damaged: two people share the id {id}."),
            P::DuplicateEventId { id } => format!("This backup is damaged: two journal events share the id {id}."),
            P::UnknownPerson { id } => format!("This backup is damaged: the journal names a person (id {id}) the map never had."),
            P::WeekMismatch { key } => format!("This backup is damaged: the journal week {key} does not match its entry."),
        }
    }
    pub const SUMMARY_HEADING: &str = "A summary for your therapist or doctor";
    pub const DELETE_HEADING: &str = "Delete everything";
    pub const DELETE_INTRO: &str = "This removes everything IPT Companion has stored in this \
        browser. It cannot be undone. You may want to download a backup first.";
    pub const DELETE_WORD: &str = "DELETE";
    pub const DELETE_CONFIRM_LABEL: &str = "To confirm, type DELETE";
    pub const DELETE_BUTTON: &str = "Delete everything";
    pub const DELETED: &str = "Everything was deleted from this browser.";
    pub const DELETE_FAILED: &str = "Some data could not be deleted. Please try again.";
}

pub mod recovery {
    pub const HEADING: &str = "Some saved data could not be read";
    pub const KEPT: &str =
        "It has been kept exactly as it is, and nothing will be written over it. \
        You can download it as it is stored, then start this part afresh, or leave it untouched.";
    pub const NEWER: &str = "It was saved by a newer version of the app. Reload the page to get \
        the newer version; until then this part can be read but not changed.";
    pub const DOWNLOAD: &str = "Download the stored text";
    pub const START_AFRESH: &str = "Start this part afresh";
    pub const START_AFRESH_HINT: &str = "Download the stored text first; then this button works.";
    pub const KEEP: &str = "Keep it untouched for now";
    pub fn area_name(area: &str) -> &'static str {
        match area {
            "learn" => "Your reading and exercises",
            "map" => "Your relationship map",
            "journal" => "Your journal",
            "settings" => "Your settings",
            "safety-plan" => "Your safety plan",
            "timeline" => "Your timeline",
            _ => "Part of your saved data",
        }
    }
}

/// The passphrase lock: the unlock screen and its part of `/data`.
pub mod lock {
    pub const UNLOCK_TITLE: &str = "Locked with a passphrase";
    pub const UNLOCK_INTRO: &str = "You chose to protect what you keep here with a passphrase. \
        Type it to open your map, journal and notes on this device.";
    pub const PASSPHRASE: &str = "Passphrase";
    pub const UNLOCK: &str = "Unlock";
    pub const WORKING: &str = "Opening… this takes a moment on purpose, to slow down guessing.";
    pub const UNLOCK_FAILED: &str = "That passphrase did not open your data, or the stored data \
        is damaged. Nothing has been changed. Check the spelling and the keyboard language, \
        then try again.";
    pub const FORGOTTEN_HEADING: &str = "If you have forgotten it";
    pub const FORGOTTEN: &str = "Nobody can open this data without the passphrase: not this \
        app, not the people who made it, not anyone. You can download it as it is stored (still \
        locked) and keep the file in case the passphrase comes back to you.";
    pub const DOWNLOAD_LOCKED: &str = "Download the locked data";
    pub const HELP_HEADING: &str = "Need to talk to someone now?";
    pub const HELP_INTRO: &str = "You do not need to unlock anything for this. These services \
        are free and confidential:";

    pub const HEADING: &str = "Passphrase lock";
    pub const OFF_INTRO: &str = "You can protect everything stored here with a passphrase. The \
        data is then stored encrypted, and the app asks for the passphrase each time it opens. \
        Someone using this browser without the passphrase sees nothing of it. Only the language \
        you chose for the app is kept unencrypted, so that it opens in that language.";
    pub const WARNING: &str = "Please read this first: a forgotten passphrase cannot be \
        recovered. There is no reset and no copy anywhere. If you forget it, everything stored \
        here is lost for good. Write it down somewhere safe.";
    pub const NEW_PASSPHRASE: &str = "New passphrase (at least 8 characters)";
    pub const REPEAT: &str = "Type the new passphrase again";
    pub const UNDERSTOOD: &str =
        "I understand that if I forget this passphrase, my data cannot be recovered.";
    pub const TURN_ON: &str = "Turn the lock on";
    pub const TURNED_ON: &str =
        "The lock is on. From now on the app asks for your passphrase when it opens.";
    pub const ON_STATUS: &str = "The lock is on: what you keep here is stored encrypted.";
    pub const LOCK_NOW: &str = "Lock now";
    pub const LOCK_NOW_UNSAVED: &str = "Your last change is not stored yet (see the message at \
        the top of the page). Locking now would lose it, so the app stays open.";
    pub const TURNED_ON_PARTLY: &str = "The lock is on, but part of your data could not be \
        stored encrypted yet (see the message at the top of the page). It stays as it was until \
        it can be.";
    pub const CHANGE_HINT: &str = "The new passphrase opens everything from now on. Backups \
        made before still open with the passphrase they were made with.";
    pub const LOCK_NOW_HINT: &str = "Closes your data until the passphrase is typed again.";
    pub const CHANGE_HEADING: &str = "Change the passphrase";
    pub const CURRENT: &str = "Current passphrase";
    pub const CHANGE: &str = "Change the passphrase";
    pub const CHANGED: &str = "The passphrase is changed. Use the new one from now on.";
    pub const OFF_HEADING: &str = "Turn the lock off";
    pub const OFF_HINT: &str = "Your data will be stored in this browser without encryption again.";
    pub const TURN_OFF: &str = "Turn the lock off";
    pub const TURNED_OFF: &str = "The lock is off.";
    pub const WRONG_PASSPHRASE: &str =
        "That is not the current passphrase. Nothing has been changed.";
    pub const FAILED: &str = "The browser could not do this. Nothing has been changed.";
    pub const UNREADABLE_FIRST: &str = "Part of your data could not be read (see the message at \
        the top of the page). Please deal with that first; the lock was not turned on.";
    pub const BACKUPS_LOCKED: &str = "While the lock is on, backups are encrypted with your \
        passphrase too: you will need it to bring a backup back.";
    pub const BACKUP_PASSPHRASE: &str = "This backup is locked. Passphrase it was made with";
    pub const OPEN_BACKUP: &str = "Open the backup";
    pub const BACKUP_NOT_OPENED: &str = "That passphrase did not open this backup, or the file is \
        damaged. Nothing was changed.";

    pub fn passphrase_problem(
        problem: crate::model::passphrase::PassphraseProblem,
    ) -> &'static str {
        use crate::model::passphrase::PassphraseProblem as P;
        match problem {
            P::TooShort => {
                "Please choose a passphrase of at least 8 characters. A few unrelated \
                words are easy to remember and hard to guess."
            }
            P::DoesNotMatch => "The two passphrases are not the same. Please type them again.",
            P::NotUnderstood => {
                "Please tick the box to say you understand a forgotten passphrase \
                cannot be recovered."
            }
        }
    }
}

/// A count with its noun: "1 person", "0 people", "5 people": English has one form for one and another for every other count.
pub fn counted(count: usize, one: &str, other: &str) -> String {
    if count == 1 {
        format!("1 {one}")
    } else {
        format!("{count} {other}")
    }
}
