//! The words of the weekly journal (`/journal`) and of the home page's
//! check-in banner. Plain, kind words for readers of 12 to 14 and up. The
//! PHQ-9's own words are in `phq9.rs` and are never changed.
//!
//! The safety panel follows safe-messaging practice: calm, hopeful, with
//! people to talk to, and no details of any method.

use chrono::{Datelike, NaiveDate, Weekday};

use crate::model::journal::{Feeling, IsoWeek, MoodError, Phase, ProgressConcern, ScoreAdvice};
use crate::model::problem_area::ProblemArea;

pub const TITLE: &str = "Weekly journal";
pub const INTRO: &str = "Once a week, take a few minutes to note how your mood was and what \
    happened with the people in your life. Over time, you may start to see how the two go \
    together.";
pub const SAVED_AS_YOU_TYPE: &str = "Everything here saves on this device as you type.";
pub const UNREADABLE_NOTICE: &str = "Your saved journal could not be read, so it has been left \
    untouched. You can still look around, but changes made now will not be stored.";

// The week picker.
pub const WEEK_PICKER_LABEL: &str = "Choose a week";
pub const PREVIOUS_WEEK: &str = "Previous week";
pub const NEXT_WEEK: &str = "Next week";
pub const BACK_TO_THIS_WEEK: &str = "Back to this week";
pub const WEEK_SELECT_LABEL: &str = "Go to a week you wrote about";
pub const THIS_WEEK: &str = "This week";
pub const FUTURE_WEEK_NOTICE: &str = "That week has not started yet, so there is nothing to \
    fill in. Here is this week instead.";
pub const BAD_WEEK_NOTICE: &str = "We could not read the week in that link. Here is this week \
    instead.";
pub const PAST_WEEK_NOTE: &str = "You are looking at an earlier week. You can still fill it in \
    or change it.";

// The mood.
pub const MOOD_HEADING: &str = "Your mood";
pub const MOOD_LABEL: &str = "Mood this week, from 0 to 10";
pub const MOOD_LOW_END: &str = "0 = very low";
pub const MOOD_HIGH_END: &str = "10 = very good";
pub const MOOD_HINT: &str = "Type a whole number. There is no right answer: go with your gut.";
pub const MOOD_NOT_A_NUMBER: &str = "Please type a whole number from 0 to 10, like 6. What you \
    typed has not been saved as your mood.";
pub const MOOD_OUT_OF_RANGE: &str = "The scale goes from 0 to 10. Please type a number in that \
    range. What you typed has not been saved as your mood.";
pub const MOOD_WEEK_NOT_STARTED: &str = "This week has not started yet, so nothing was saved.";

/// The message shown next to the mood field when what was typed is refused.
pub fn mood_error(error: MoodError) -> &'static str {
    match error {
        MoodError::NotANumber => MOOD_NOT_A_NUMBER,
        MoodError::OutOfRange => MOOD_OUT_OF_RANGE,
        MoodError::Week(_) => MOOD_WEEK_NOT_STARTED,
    }
}

// The safety panel.
pub const SAFETY_HEADING: &str = "You do not have to carry this alone";
pub const SAFETY_INTRO: &str = "What you noted suggests things feel very hard right now. That \
    is a lot to hold, and it makes sense to reach out. Hard feelings like these can ease with \
    support, and many people who have felt this way have found things got better.";
pub const SAFETY_TALK: &str = "If you are having thoughts of ending your life or of hurting \
    yourself, please talk to someone today. These lines are free, and the people there want to \
    listen:";
pub const SAFETY_DANGER: &str = "If you might not be safe right now, call your local emergency \
    number.";
pub const SAFETY_HELP_LINK: &str = "See all the ways to get help now";
/// Added to the panel when item 9 is answered "More than half the days"
/// or "Nearly every day".
pub const SAFETY_CONTACT_TODAY: &str = "You said these thoughts have come on more than half the \
    days, or nearly every day. Please contact a doctor or a crisis line today. You do not have \
    to wait until you are sure you are in danger.";
/// The invitation to make a safety plan, when there is none yet.
pub const SAFETY_MAKE_PLAN: &str = "A safety plan can help on hard days. It is a short list, in \
    your own words, of what helps you and who you can call. You could start one now, or when \
    you feel ready.";
pub const SAFETY_MAKE_PLAN_LINK: &str = "Make my safety plan";
pub const SAFETY_SAVED: &str = "Your entry is saved, and you can keep writing whenever you are \
    ready.";
pub const SAFETY_SEE_ABOVE: &str = "Support is listed above, under “You do not have to carry \
    this alone”.";

// Events.
pub const EVENTS_HEADING: &str = "What happened with people";
pub const EVENTS_INTRO: &str = "Note the moments with other people that stood out this week, \
    good or hard.";
pub const NO_EVENTS: &str = "Nothing noted for this week yet.";
pub const ADD_EVENT_HEADING: &str = "Add something that happened";
pub const EDIT_EVENT_HEADING: &str = "Change this event";
pub const DESCRIPTION_LABEL: &str = "What happened? (a few words)";
pub const DESCRIPTION_MISSING: &str = "Please write a few words about what happened first. \
    Nothing was added yet, and the rest of what you chose is still here.";
pub const PEOPLE_LEGEND: &str = "Who was part of it?";
pub const NO_PEOPLE_ON_MAP: &str = "Nobody is on your relationship map yet. You can type a name \
    below.";
pub const LIST_TICKED_PEOPLE: &str = "List only the people ticked";

pub fn list_everyone(count: usize) -> String {
    format!("List all {count} people to choose from")
}

pub const NEW_PERSON_LABEL: &str = "Someone who is not on your map yet";
pub const ADD_TO_MAP: &str = "Add to my map";
pub const NAME_MISSING: &str = "Please type a name first.";
pub const NAME_TOO_LONG: &str = "That name is too long. Please keep it to 60 characters or fewer.";
pub const FEELING_LEGEND: &str = "How did it feel?";
pub const AREA_LABEL: &str = "Does it link to a problem area? (optional)";
pub const AREA_NONE: &str = "No, or not sure";
pub const ADD_EVENT: &str = "Add this event";
pub const SAVE_EVENT: &str = "Save changes";
pub const CANCEL: &str = "Cancel";
pub const EDIT: &str = "Change";
pub const REMOVE: &str = "Remove";
pub const UNDO: &str = "Undo";
pub const EVENT_ADDED: &str = "Added to this week.";
pub const EVENT_SAVED: &str = "Changes saved.";
pub const EVENT_REMOVED: &str = "Removed from this week.";
pub const EVENT_RESTORED: &str = "Put back.";
pub const EVENT_GONE: &str = "This event was removed in the meantime.";
pub const WITH: &str = "With:";
pub const FELT: &str = "Felt:";
pub const AREA: &str = "Problem area:";

/// How someone no longer on the map is named wherever they appear.
pub const REMOVED_PERSON: &str = "someone removed from the map";

pub fn added_to_map(name: &str) -> String {
    format!("Added {name} to your map and ticked their name. You can say more about them on the map page.")
}

pub fn already_on_map(name: &str) -> String {
    format!("{name} is already on your map, so their name is now ticked.")
}

pub fn edit_event_label(description: &str) -> String {
    format!("Change “{description}”")
}

pub fn remove_event_label(description: &str) -> String {
    format!("Remove “{description}”")
}

pub fn feeling_label(feeling: Feeling) -> &'static str {
    match feeling {
        Feeling::VeryHard => "Very hard",
        Feeling::Hard => "Hard",
        Feeling::Mixed => "Mixed",
        Feeling::Good => "Good",
        Feeling::VeryGood => "Very good",
    }
}

/// The problem areas by the names the Learn modules and the map use, with
/// a plain gloss.
pub fn area_label(area: ProblemArea) -> &'static str {
    match area {
        ProblemArea::Grief => "Grief (after a death)",
        ProblemArea::Disputes => "Disputes (disagreements)",
        ProblemArea::RoleTransitions => "Role transitions (big life changes)",
        ProblemArea::Isolation => "Isolation (feeling alone or cut off)",
    }
}

// Notes about people.
pub const PEOPLE_NOTES_HEADING: &str = "How it went with people";
pub const PEOPLE_NOTES_INTRO: &str = "For anyone you saw this week, you can jot down how it \
    went. This is optional.";
pub const PEOPLE_NOTES_EMPTY: &str = "When you add an event with someone, or pick a name below, \
    a space for a note about them shows here.";
pub const ADD_PERSON_NOTE_LABEL: &str = "Add a note about someone else";
pub const ADD_PERSON_NOTE_CHOOSE: &str = "Choose a person";

pub fn person_note_label(name: &str) -> String {
    format!("How did it go with {name}?")
}

// The free note.
pub const NOTE_HEADING: &str = "Anything else";
pub const NOTE_LABEL: &str = "Anything else about this week you want to remember?";

// The PHQ-9.
pub const PHQ9_HEADING: &str = "Mood questionnaire (PHQ-9, optional)";
pub const PHQ9_INTRO: &str = "The PHQ-9 is a short, widely used set of nine questions about \
    low mood. Filling it in now and then can help you see change over time. You can skip it.";
pub const PHQ9_DUE: &str = "It has been a few weeks since you last filled in the questionnaire. \
    If you feel up to it, this week could be a good time. It is always up to you.";
pub const PHQ9_FIRST: &str = "If you feel up to it, you could fill in the questionnaire this \
    week, and then about once a month. It is always up to you.";
pub const PHQ9_SHOW: &str = "Show the questionnaire";
pub const PHQ9_PARTIAL: &str = "Answer all nine questions to see a score.";
pub const PHQ9_NOT_DIAGNOSIS: &str = "This is a screening score, not a diagnosis.";
pub const PHQ9_TALK_IT_OVER: &str = "A score of 10 or more is worth talking over with a doctor \
    or therapist, if you can.";
pub const PHQ9_MAKE_AN_APPOINTMENT: &str = "A score of 15 to 19 is high. Please make an \
    appointment with a doctor or therapist to talk about how you have been feeling. Help can \
    make a real difference.";
pub const PHQ9_CONTACT_DOCTOR_SOON: &str = "A score of 20 or more is in the highest range. \
    Please contact a doctor soon, and tell them how you have been feeling. You do not have to \
    wait until things get worse, and help can make a real difference.";
pub const PHQ9_SEVERE_HELP_LINK: &str = "Get help now: people you can call or text today";

/// The line under a complete score, if any: none below 10, a gentle
/// suggestion for 10 to 14, a firmer one for 15 to 19, and the firmest from
/// 20 (which the form follows with the link to /help).
pub fn phq9_advice(advice: ScoreAdvice) -> Option<&'static str> {
    match advice {
        ScoreAdvice::NothingMore => None,
        ScoreAdvice::TalkItOver => Some(PHQ9_TALK_IT_OVER),
        ScoreAdvice::MakeAnAppointment => Some(PHQ9_MAKE_AN_APPOINTMENT),
        ScoreAdvice::ContactDoctorSoon => Some(PHQ9_CONTACT_DOCTOR_SOON),
    }
}
/// The progress check (`model::journal::progress`), on the journal and the
/// home page: kind, never a verdict, and always a next step.
pub fn progress_concern(concern: ProgressConcern) -> &'static str {
    match concern {
        ProgressConcern::NotFallenByMidPlan => {
            "Your questionnaire scores have not gone down by the middle of your plan. This is \
            not a failure, and it is not your fault. Depression often needs more than one kind \
            of help. It is a good reason to talk to a doctor or therapist about what else could \
            help."
        }
        ProgressConcern::RisingOverThreeCheckIns => {
            "Your last three questionnaire scores have gone up each time. This is not a \
            failure, and it is not your fault. It is a good reason to talk to a doctor or \
            therapist soon, so they can help you find what works for you."
        }
    }
}
pub const PROGRESS_SCREENING: &str = "These are screening scores, not a diagnosis.";
pub const PROGRESS_HELP_LINK: &str = "If things feel very hard, get help now";

pub const PHQ9_CLEAR: &str = "Clear my answers for this week";

pub fn phq9_answered(count: usize) -> String {
    format!("{count} of 9 answered.")
}

pub fn phq9_score(score: u8, band: &str) -> String {
    format!("Score: {score} out of 27 ({band}).")
}

// Insights.
pub const INSIGHTS_HEADING: &str = "Your weeks so far";
/// For the moment between the week's form being shown and the insights
/// under it being drawn (a long journal's take a moment).
pub const INSIGHTS_DRAWING: &str = "Drawing your weeks…";
pub const INSIGHTS_EMPTY: &str = "Once you have checked in, your weeks will show here.";
pub const PATTERNS_NOT_CAUSES: &str = "These are patterns, not causes. A hard week with someone \
    does not mean they caused it, and one number never tells the whole story.";
pub const PLAN_HEADING: &str = "Where you are in the plan";
pub const PLAN_LABEL: &str = "Length of your plan";
pub const PLAN_HINT: &str = "IPT usually runs for 12 to 16 weekly sessions.";
pub const CHART_HEADING: &str = "Mood by week";
pub const CHART_DESCRIPTION: &str = "A line chart of your mood each week (left scale, 0 to 10) \
    and your questionnaire score when you filled it in (right scale, 0 to 27). Triangles mark \
    weeks with a hard event. The table below shows the same numbers.";
pub const CHART_PHASES_DESCRIPTION: &str = "Shaded bands behind the line mark the phases of \
    your plan, each named at its top and in the key below:";
pub const CHART_MOOD_AXIS: &str = "Mood (0 to 10)";
pub const CHART_PHQ9_AXIS: &str = "PHQ-9 (0 to 27)";
pub const LEGEND_MOOD: &str = "Mood (left scale)";
pub const LEGEND_PHQ9: &str = "PHQ-9 score (right scale; a screening result, not a diagnosis)";
pub const LEGEND_HARD: &str = "A week with a hard event";
pub const LEGEND_EVENTS: &str = "A week with other events";
pub const TABLE_CAPTION: &str =
    "Your weeks in numbers (PHQ-9 scores are screening results, not a diagnosis)";

// The switch above the chart: the last 12 weeks or all of them.
pub const CHART_SPAN_LABEL: &str = "Weeks shown";
pub const CHART_SPAN_RECENT: &str = "Last 12 weeks";

pub fn chart_span_all(count: usize) -> String {
    format!("All {count} weeks")
}

/// The table's caption beside the chart, saying which weeks it lists: the
/// same as the chart.
pub fn table_caption(recent: bool) -> &'static str {
    if recent {
        "Your last 12 weeks in numbers, as in the chart (PHQ-9 scores are screening results, \
        not a diagnosis)"
    } else {
        "All your weeks in numbers, as in the chart (PHQ-9 scores are screening results, not \
        a diagnosis)"
    }
}

/// A phase's name at the top of its band in the chart.
pub fn phase_short_name(phase: Phase) -> &'static str {
    match phase {
        Phase::Initial => "Beginning",
        Phase::Middle => "Middle",
        Phase::Final => "Ending",
        Phase::Beyond => "After",
    }
}

/// A phase in the chart's key and its description: "Beginning phase
/// (weeks 1 to 3 of your plan)".
pub fn phase_key(phase: Phase, first: i64, last: i64) -> String {
    if first == last {
        format!("{} (week {first} of your plan)", phase_name(phase))
    } else {
        format!(
            "{} (weeks {first} to {last} of your plan)",
            phase_name(phase)
        )
    }
}

// The year at a glance.
pub const YEAR_HEADING: &str = "Your year at a glance";
pub const YEAR_INTRO: &str = "One square for each of the last 52 weeks, coloured by your mood. \
    Each row is about three months, read from left to right; this week is the last square.";
pub const YEAR_NO_MOOD_KEY: &str = "No entry, or no mood noted";
pub const YEAR_HARD_KEY: &str = "A week with a hard event (corner mark)";

/// A band of moods in the key: "Mood 4 to 6".
pub fn mood_band_key(low: u8, high: u8) -> String {
    format!("Mood {low} to {high}")
}

/// A square's name: "Week of 23 November 2026: mood 6, a hard event, this
/// week".
pub fn year_square_label(
    week: IsoWeek,
    entry: bool,
    mood: Option<u8>,
    hard: bool,
    current: bool,
) -> String {
    let mut label = format!("{}: ", week_of(week));
    label.push_str(&match (entry, mood) {
        (_, Some(mood)) => format!("mood {mood} of 10"),
        (true, None) => "no mood noted".to_string(),
        (false, None) => "no entry".to_string(),
    });
    if hard {
        label.push_str(", a hard event");
    }
    if current {
        label.push_str(", this week");
    }
    label
}

/// The start of a row of the year: "Dec 2025".
pub fn month_year(date: NaiveDate) -> String {
    format!("{} {}", &month_name(date.month())[..3], date.year())
}
pub const TABLE_WEEK: &str = "Week";
pub const TABLE_MOOD: &str = "Mood";
pub const TABLE_PHQ9: &str = "PHQ-9";
pub const TABLE_EVENTS: &str = "Events";
/// The summary's column with the answer to PHQ-9 item 9.
pub const TABLE_ITEM9: &str = "PHQ-9 item 9 (thoughts of death or self-harm)";
pub const NOT_NOTED: &str = "–";
pub const PEOPLE_HEADING: &str = "People and your weeks";

pub fn plan_weeks_option(weeks: u8) -> String {
    format!("{weeks} weeks")
}

pub fn journal_week_number(week: i64, plan: u8) -> String {
    format!("This is week {week} of your {plan}-week plan.")
}

pub fn started_on(monday: NaiveDate) -> String {
    format!(
        "You started your journal in the week of {}.",
        long_date(monday)
    )
}

/// What the phase is about, after its name.
pub fn phase_text(phase: Phase) -> &'static str {
    match phase {
        Phase::Initial => {
            "Getting to know your mood and the people around you, and choosing one area to \
            work on."
        }
        Phase::Middle => "Working on your chosen area, one week at a time.",
        Phase::Final => "Looking back at what has changed, and planning for what comes next.",
        Phase::Beyond => {
            "You have gone past the weeks you planned. You can keep checking in for as long \
            as it helps."
        }
    }
}

pub fn phase_name(phase: Phase) -> &'static str {
    match phase {
        Phase::Initial => "Beginning phase",
        Phase::Middle => "Middle phase",
        Phase::Final => "Ending phase",
        Phase::Beyond => "After the plan",
    }
}

pub fn events_cell(total: usize, hard: usize) -> String {
    match (total, hard) {
        (0, _) => "none".to_string(),
        (total, 0) => format!("{total}"),
        (total, hard) => format!("{total} ({hard} hard)"),
    }
}

/// A week of the chart, for the tooltip of its marks.
pub fn chart_week_summary(
    week: IsoWeek,
    mood: Option<u8>,
    phq9: Option<u8>,
    events: usize,
    hard: usize,
) -> String {
    let mood = match mood {
        Some(mood) => format!("mood {mood}"),
        None => "no mood noted".to_string(),
    };
    let phq9 = phq9
        .map(|score| format!(", PHQ-9 {score}"))
        .unwrap_or_default();
    let events = match (events, hard) {
        (0, _) => String::new(),
        (1, 0) => ", 1 event".to_string(),
        (total, 0) => format!(", {total} events"),
        (1, _) => ", 1 hard event".to_string(),
        (total, hard) => format!(", {total} events ({hard} hard)"),
    };
    format!("{}: {mood}{phq9}{events}", week_of(week))
}

pub fn weeks(count: usize) -> String {
    crate::content::ui_text::counted(count, "week", "weeks")
}

/// "the other week" or "the other 5 weeks".
fn other_weeks(count: usize) -> String {
    if count == 1 {
        "the other week".to_string()
    } else {
        format!("the other {count} weeks")
    }
}

/// `name` with a capital first letter, to start a sentence ("Someone
/// removed from the map came up…"). Names typed by the person are kept.
fn sentence_start(name: &str) -> String {
    let mut chars = name.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// One person's line in "People and your weeks".
pub fn person_pattern(
    name: &str,
    weeks_with: usize,
    hard: usize,
    mean_with: Option<f64>,
    weeks_without: usize,
    mean_without: Option<f64>,
) -> String {
    let mut text = format!(
        "{} came up in {}: {} with a hard event, {} without.",
        sentence_start(name),
        weeks(weeks_with),
        hard,
        weeks_with - hard.min(weeks_with)
    );
    if let (Some(with), Some(without)) = (mean_with, mean_without) {
        text.push_str(&format!(
            " Your mood averaged {with:.1} in weeks with {name}, and {without:.1} in {}.",
            other_weeks(weeks_without)
        ));
    } else if let Some(with) = mean_with {
        text.push_str(&format!(" Your mood averaged {with:.1} in those weeks."));
    }
    text
}

// Export.
pub const EXPORT_HEADING: &str = "Save a copy";
pub const EXPORT_INTRO: &str = "Download your journal as two files that open in a spreadsheet. \
    They hold what you wrote, so keep them somewhere private.";
pub const DOWNLOAD_WEEKS: &str = "Download weeks (weeks.csv)";
pub const DOWNLOAD_EVENTS: &str = "Download events (events.csv)";
pub const WEEKS_FILE: &str = "weeks.csv";
pub const EVENTS_FILE: &str = "events.csv";
/// The files' column names and values: in English, the saved document's
/// own words.
pub const CSV_WORDS: crate::model::journal::csv::CsvWords =
    crate::model::journal::csv::MACHINE_WORDS;
pub const DOWNLOAD_FAILED: &str = "Your browser would not make the file. Please try again, or \
    try another browser.";

// The reminder.
pub const REMINDER_HEADING: &str = "A weekly reminder";
pub const REMINDER_INTRO: &str = "This app never sends anything anywhere, so it cannot remind \
    you by itself. Instead, you can add a weekly reminder to your own calendar app.";
pub const REMINDER_DAY: &str = "Day";
pub const REMINDER_TIME: &str = "Time";
pub const REMINDER_TIME_INVALID: &str = "Please choose a time, like 19:00.";
pub const REMINDER_DOWNLOAD: &str = "Download the reminder (.ics)";
pub const REMINDER_FILE: &str = "ipt-companion-weekly-check-in.ics";
pub const REMINDER_HOW: &str = "Open the file to add it to your calendar. It repeats every \
    week and links back to this page.";

pub fn weekday_name(day: Weekday) -> &'static str {
    match day {
        Weekday::Mon => "Monday",
        Weekday::Tue => "Tuesday",
        Weekday::Wed => "Wednesday",
        Weekday::Thu => "Thursday",
        Weekday::Fri => "Friday",
        Weekday::Sat => "Saturday",
        Weekday::Sun => "Sunday",
    }
}

// The home page banner.
pub const CHECK_IN_OPEN: &str = "This week's check-in is open.";
pub const CHECK_IN_LINK: &str = "Note how your week is going";

// Dates.

fn month_name(month: u32) -> &'static str {
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    MONTHS[(month.clamp(1, 12) - 1) as usize]
}

/// "23 November 2026".
pub fn long_date(date: NaiveDate) -> String {
    format!(
        "{} {} {}",
        date.day(),
        month_name(date.month()),
        date.year()
    )
}

/// "23 Nov", for the chart's axis.
pub fn short_date(date: NaiveDate) -> String {
    let month = month_name(date.month());
    format!("{} {}", date.day(), &month[..3])
}

/// The days of a week: "23 to 29 November 2026", "30 November to
/// 6 December 2026" or "28 December 2026 to 3 January 2027".
pub fn week_days(week: IsoWeek) -> String {
    let (monday, sunday) = (week.monday(), week.sunday());
    if monday.year() != sunday.year() {
        format!("{} to {}", long_date(monday), long_date(sunday))
    } else if monday.month() != sunday.month() {
        format!(
            "{} {} to {}",
            monday.day(),
            month_name(monday.month()),
            long_date(sunday)
        )
    } else {
        format!("{} to {}", monday.day(), long_date(sunday))
    }
}

/// The heading of the week being written: "This week: 23 to 29 November
/// 2026" or "Week of 16 to 22 November 2026".
pub fn week_heading(week: IsoWeek, is_current: bool) -> String {
    if is_current {
        format!("{THIS_WEEK}: {}", week_days(week))
    } else {
        format!("Week of {}", week_days(week))
    }
}

/// The week's name in the table and the week list: "Week of 23 November
/// 2026".
pub fn week_of(week: IsoWeek) -> String {
    format!("Week of {}", long_date(week.monday()))
}

/// The week picker's choice for another year written in (it opens the
/// year's latest week with an entry).
pub fn year_of_weeks(year: i32, weeks: usize) -> String {
    match weeks {
        1 => format!("{year}: 1 week written"),
        _ => format!("{year}: {weeks} weeks written"),
    }
}

pub const SHOW_FEWER_WEEKS: &str = "Show only the latest weeks";

pub fn show_all_weeks(count: usize) -> String {
    format!("Show all {count} weeks")
}
