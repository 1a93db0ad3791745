//! What the import says about a backup file before anything is changed:
//! the size limit, each problem that refuses a file, and the counts of what
//! it holds. Pure, so both `storage::backup` (which finds them) and
//! `content::ui_text` (which words them) use them without depending on
//! each other.

/// Larger files are refused before they are read.
pub const MAX_BACKUP_BYTES: usize = 5 * 1024 * 1024;

/// Why a file is not a backup this app can take. Each names the problem;
/// `content::ui_text::data::import_problem` turns them into sentences.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportProblem {
    TooLarge {
        bytes: usize,
    },
    /// `detail` is the JSON reader's own message (in English); `line` and
    /// `column` say where, in any language.
    NotJson {
        detail: String,
        line: usize,
        column: usize,
    },
    NotABackup,
    NewerVersion {
        schema: u64,
    },
    /// `field` is the missing JSON key, as written in the file.
    MissingField {
        detail: String,
        field: String,
    },
    /// `detail` is the reader's own message (in English).
    WrongType {
        detail: String,
    },
    DuplicatePersonId {
        id: u64,
    },
    DuplicateEventId {
        id: u64,
    },
    UnknownPerson {
        id: u64,
    },
    WeekMismatch {
        key: String,
    },
}

/// The name in a reader's "missing field `name`" message: the key as the
/// file would write it, the same in every language.
pub fn missing_field_name(detail: &str) -> String {
    detail.split('`').nth(1).unwrap_or(detail).to_string()
}

/// Refuses a file by its size alone, before anything reads it (a browser
/// gives the size of a chosen file without reading it).
pub fn check_backup_size(bytes: usize) -> Result<(), ImportProblem> {
    if bytes > MAX_BACKUP_BYTES {
        Err(ImportProblem::TooLarge { bytes })
    } else {
        Ok(())
    }
}

/// What a backup holds, to show before anything is changed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub modules_read: usize,
    pub exercises: usize,
    pub people: usize,
    pub snapshots: usize,
    pub weeks: usize,
    pub events: usize,
    pub safety_plan_filled: bool,
    pub life_events: usize,
    pub low_periods: usize,
}
