//! What one data area's saving has come to, as a plain state machine: the
//! decisions that keep "nothing typed is ever lost" true, apart from the
//! timers, the encryption and localStorage that `area_store` drives them
//! with. No Leptos, no web-sys: `cargo test` covers every transition.
//!
//! The rule it keeps: a change made on this page that is not stored is
//! always reported as not stored ([`SaveState::is_unsaved`]), and a write
//! it allows is always based on the stored text this tab last saw, so what
//! another tab stored is never overwritten by an older revision.

use super::SaveError;

/// One area's save state, as the banner and the leave checks read it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum SaveState {
    /// Nothing has changed on this page since the area was read.
    #[default]
    Nothing,
    /// A change waits for the save delay (a burst of typing is one save).
    Waiting,
    /// A change is being encrypted and stored (with the lock on).
    Saving,
    /// Every change made on this page is stored.
    Saved,
    /// A change on this page is not stored, and why.
    NotSaved(SaveError),
}

impl SaveState {
    /// Whether a change on this page is not stored (yet).
    pub fn is_unsaved(&self) -> bool {
        matches!(
            self,
            SaveState::Waiting | SaveState::Saving | SaveState::NotSaved(_)
        )
    }
}

/// The state of one area's saving. See the module's documentation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SaveMachine {
    /// The revision of `known`.
    revision: u64,
    /// The stored text as this tab last read or wrote it. If the stored
    /// value is anything else, another tab has saved since.
    known: Option<String>,
    /// Changes made on this page so far.
    edits: u64,
    /// How many of those changes are in what is stored (or were replaced,
    /// at the person's word, by a delete, a restore or another tab's data).
    stored_edits: u64,
    /// Counts save starts, deletes, restores and changes taken in, so a
    /// slower encrypted save never writes after any of them.
    generation: u64,
    /// Encrypted saves started and not finished.
    in_flight: u32,
    /// A change waits for the save delay.
    waiting: bool,
    /// Why the latest save failed, until a save works or the change is
    /// replaced.
    error: Option<SaveError>,
    /// A save has worked since the area was read.
    saved_once: bool,
}

/// A save under way: what it was based on and which changes it carries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SaveTicket {
    generation: u64,
    edits: u64,
    base: Option<String>,
    /// The revision the saved document carries.
    pub revision: u64,
}

/// Whether a save whose document is ready (encrypted or plain) may write.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WriteCheck {
    Write,
    /// A newer save, a delete or a restore came after it: that one carries
    /// this change, or replaced it.
    Superseded,
    Refused(SaveError),
}

/// How a save ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveEnd {
    /// Written and read back: the stored text.
    Stored(String),
    Superseded,
    Failed(SaveError),
}

/// What to do about a value another tab stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OtherTab {
    /// It is what this tab knows already.
    Unchanged,
    /// Nothing here is unsaved: take it in.
    TakeIn,
    /// A change here is not stored: keep it on screen. Its save will be
    /// refused as "changed elsewhere" and the person chooses which to keep.
    KeepLocal,
}

/// Another tab's value being opened (decrypted) before it is taken in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TakeInTicket {
    generation: u64,
    edits: u64,
    /// The stored text being opened.
    pub text: Option<String>,
}

impl SaveMachine {
    /// The area as read: its stored text and that text's revision.
    pub fn new(known: Option<String>, revision: u64) -> SaveMachine {
        SaveMachine {
            revision,
            known,
            edits: 0,
            stored_edits: 0,
            generation: 0,
            in_flight: 0,
            waiting: false,
            error: None,
            saved_once: false,
        }
    }

    pub fn state(&self) -> SaveState {
        if self.waiting {
            SaveState::Waiting
        } else if self.in_flight > 0 {
            SaveState::Saving
        } else if let Some(error) = &self.error {
            SaveState::NotSaved(error.clone())
        } else if self.edits != self.stored_edits {
            // Every path that leaves a change unstored either waits, is
            // under way or failed; this is a guard, never reached.
            SaveState::NotSaved(SaveError::NotReadBack)
        } else if self.saved_once {
            SaveState::Saved
        } else {
            SaveState::Nothing
        }
    }

    pub fn is_unsaved(&self) -> bool {
        self.state().is_unsaved()
    }

    /// A change waits for the save delay.
    pub fn is_waiting(&self) -> bool {
        self.waiting
    }

    /// The stored text this tab knows, and its revision.
    pub fn known(&self) -> (Option<String>, u64) {
        (self.known.clone(), self.revision)
    }

    /// Whether `stored` is the text this tab knows.
    pub fn knows(&self, stored: Option<&str>) -> bool {
        self.known.as_deref() == stored
    }

    /// The model took a change on screen: a save is due after the delay.
    /// (A change the model refused is not one: call nothing.)
    pub fn edited(&mut self) {
        self.edits += 1;
        self.waiting = true;
    }

    /// Starts a save of the data on screen: allowed when the stored value
    /// is readable and still the one this tab knows.
    pub fn begin_save(
        &mut self,
        stored_now: Result<Option<String>, SaveError>,
        kept_unreadable: bool,
    ) -> Result<SaveTicket, SaveError> {
        self.waiting = false;
        self.generation += 1;
        let allowed = if kept_unreadable {
            Err(SaveError::KeptUnreadable)
        } else {
            stored_now.and_then(|stored| self.check_known(stored.as_deref()))
        };
        match allowed {
            Ok(()) => {
                self.in_flight += 1;
                Ok(SaveTicket {
                    generation: self.generation,
                    edits: self.edits,
                    base: self.known.clone(),
                    revision: self.revision + 1,
                })
            }
            Err(error) => {
                self.error = Some(error.clone());
                Err(error)
            }
        }
    }

    fn check_known(&self, stored: Option<&str>) -> Result<(), SaveError> {
        if self.knows(stored) {
            Ok(())
        } else {
            Err(SaveError::ChangedElsewhere)
        }
    }

    /// Whether a save whose document is ready may write now, given what is
    /// stored now.
    pub fn check_write(
        &self,
        ticket: &SaveTicket,
        stored_now: Result<Option<String>, SaveError>,
    ) -> WriteCheck {
        match self.check_ticket(ticket) {
            WriteCheck::Write => {}
            other => return other,
        }
        match stored_now.and_then(|stored| self.check_known(stored.as_deref())) {
            Ok(()) => WriteCheck::Write,
            Err(error) => WriteCheck::Refused(error),
        }
    }

    /// [`SaveMachine::check_write`] without looking at storage again: for
    /// a save that writes in the same turn as [`SaveMachine::begin_save`]
    /// checked the stored text (nothing can have run in between).
    pub fn check_ticket(&self, ticket: &SaveTicket) -> WriteCheck {
        if ticket.generation != self.generation {
            return WriteCheck::Superseded;
        }
        // Another tab's change taken in meanwhile: this save was based on
        // what was stored before it.
        if self.known != ticket.base {
            return WriteCheck::Refused(SaveError::ChangedElsewhere);
        }
        WriteCheck::Write
    }

    /// Records how a save ended.
    pub fn finish(&mut self, ticket: SaveTicket, end: SaveEnd) {
        self.in_flight = self.in_flight.saturating_sub(1);
        let latest = ticket.generation == self.generation;
        match end {
            SaveEnd::Stored(text) => {
                self.known = Some(text);
                self.revision = ticket.revision;
                self.stored_edits = self.stored_edits.max(ticket.edits);
                self.saved_once = true;
                if latest {
                    self.error = None;
                }
            }
            SaveEnd::Superseded => {}
            SaveEnd::Failed(error) => {
                if latest {
                    self.error = Some(error);
                }
            }
        }
    }

    /// What to do about what another tab stored (`stored_now`).
    pub fn other_tab_stored(&self, stored_now: Option<&str>) -> OtherTab {
        if self.knows(stored_now) {
            OtherTab::Unchanged
        } else if self.is_unsaved() {
            OtherTab::KeepLocal
        } else {
            OtherTab::TakeIn
        }
    }

    /// Starts taking in `text` (opening it may take a while).
    pub fn begin_take_in(&self, text: Option<String>) -> TakeInTicket {
        TakeInTicket {
            generation: self.generation,
            edits: self.edits,
            text,
        }
    }

    /// Whether the opened value may still be taken in: nothing changed
    /// here meanwhile and it is still what is stored.
    pub fn may_take_in(&self, ticket: &TakeInTicket, stored_now: Option<&str>) -> bool {
        !self.is_unsaved()
            && self.edits == ticket.edits
            && self.generation == ticket.generation
            && ticket.text.as_deref() == stored_now
    }

    /// The screen now shows `stored` (another tab's value), whose revision
    /// is `revision`. Also for "use the other tab's version": any change
    /// here is replaced at the person's word.
    pub fn took_in(&mut self, stored: Option<String>, revision: u64) {
        self.generation += 1;
        self.known = stored;
        self.revision = revision;
        self.replaced_on_screen();
    }

    /// "Keep what is on this page": the next save is based on what another
    /// tab stored (`stored`, at `stored_revision`) and replaces it with a
    /// newer revision. Due at once.
    pub fn keep_local_over(&mut self, stored: Option<String>, stored_revision: u64) {
        self.known = stored;
        self.revision = self.revision.max(stored_revision);
        self.error = None;
        self.waiting = true;
    }

    /// The area was deleted on this device and starts afresh on screen.
    pub fn deleted(&mut self) {
        self.generation += 1;
        self.known = None;
        self.revision = 0;
        self.replaced_on_screen();
    }

    /// The area as it was at `before` is stored and on screen again (a
    /// failed import put it back), superseding any save under way. A change
    /// that was not stored then is not stored now either: it is due again.
    pub fn restored(&mut self, before: &SaveMachine) {
        self.generation += 1;
        self.known = before.known.clone();
        self.revision = before.revision;
        self.replaced_on_screen();
        if before.is_unsaved() {
            self.edits += 1;
            self.waiting = true;
        }
    }

    fn replaced_on_screen(&mut self) {
        self.stored_edits = self.edits;
        self.waiting = false;
        self.error = None;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stored(text: &str) -> Result<Option<String>, SaveError> {
        Ok(Some(text.to_string()))
    }

    fn saved_once(text: &str) -> SaveMachine {
        let mut machine = SaveMachine::new(Some("r1".into()), 1);
        machine.edited();
        let ticket = machine.begin_save(stored("r1"), false).unwrap();
        assert_eq!(
            machine.check_write(&ticket, stored("r1")),
            WriteCheck::Write
        );
        machine.finish(ticket, SaveEnd::Stored(text.into()));
        machine
    }

    #[test]
    fn a_fresh_area_has_nothing_to_save() {
        let machine = SaveMachine::new(None, 0);
        assert_eq!(machine.state(), SaveState::Nothing);
        assert!(!machine.is_unsaved());
    }

    #[test]
    fn a_change_waits_then_is_saved() {
        let mut machine = SaveMachine::new(Some("r1".into()), 1);
        machine.edited();
        assert_eq!(machine.state(), SaveState::Waiting);
        let ticket = machine.begin_save(stored("r1"), false).unwrap();
        assert_eq!(ticket.revision, 2);
        assert_eq!(machine.state(), SaveState::Saving);
        machine.finish(ticket, SaveEnd::Stored("r2".into()));
        assert_eq!(machine.state(), SaveState::Saved);
        assert_eq!(machine.known(), (Some("r2".into()), 2));
    }

    #[test]
    fn a_refused_save_stays_not_saved_until_a_save_works() {
        let mut machine = SaveMachine::new(None, 0);
        machine.edited();
        let full = SaveError::Refused("QuotaExceededError".into());
        let ticket = machine.begin_save(Ok(None), false).unwrap();
        machine.finish(ticket, SaveEnd::Failed(full.clone()));
        assert_eq!(machine.state(), SaveState::NotSaved(full));
        // Nothing else happening does not clear it.
        assert!(machine.is_unsaved());
        let ticket = machine.begin_save(Ok(None), false).unwrap();
        machine.finish(ticket, SaveEnd::Stored("r1".into()));
        assert_eq!(machine.state(), SaveState::Saved);
    }

    #[test]
    fn unreadable_stored_data_is_never_written_over() {
        let mut machine = SaveMachine::new(None, 0);
        machine.edited();
        assert_eq!(
            machine.begin_save(stored("garbage"), true),
            Err(SaveError::KeptUnreadable)
        );
        assert_eq!(
            machine.state(),
            SaveState::NotSaved(SaveError::KeptUnreadable)
        );
    }

    #[test]
    fn a_storage_that_cannot_be_read_refuses_the_save() {
        let mut machine = SaveMachine::new(None, 0);
        machine.edited();
        let gone = SaveError::Unavailable("SecurityError".into());
        assert_eq!(machine.begin_save(Err(gone.clone()), false), Err(gone));
        assert!(machine.is_unsaved());
    }

    #[test]
    fn another_tabs_change_while_waiting_is_kept_out_and_the_save_refused() {
        let mut machine = saved_once("r2");
        machine.edited();
        assert_eq!(
            machine.other_tab_stored(Some("r3 other")),
            OtherTab::KeepLocal
        );
        assert_eq!(
            machine.begin_save(stored("r3 other"), false),
            Err(SaveError::ChangedElsewhere)
        );
        assert_eq!(
            machine.state(),
            SaveState::NotSaved(SaveError::ChangedElsewhere)
        );
    }

    #[test]
    fn another_tabs_change_while_encrypting_refuses_the_write() {
        let mut machine = saved_once("r2");
        machine.edited();
        let ticket = machine.begin_save(stored("r2"), false).unwrap();
        assert_eq!(
            machine.other_tab_stored(Some("r3 other")),
            OtherTab::KeepLocal
        );
        let check = machine.check_write(&ticket, stored("r3 other"));
        assert_eq!(check, WriteCheck::Refused(SaveError::ChangedElsewhere));
        machine.finish(ticket, SaveEnd::Failed(SaveError::ChangedElsewhere));
        assert!(machine.is_unsaved());
    }

    #[test]
    fn another_tabs_change_after_a_failure_is_kept_out() {
        let mut machine = saved_once("r2");
        machine.edited();
        let ticket = machine.begin_save(stored("r2"), false).unwrap();
        machine.finish(ticket, SaveEnd::Failed(SaveError::EncryptFailed));
        assert_eq!(
            machine.other_tab_stored(Some("r3 other")),
            OtherTab::KeepLocal
        );
    }

    #[test]
    fn another_tabs_change_is_taken_in_when_nothing_here_is_unsaved() {
        let mut machine = saved_once("r2");
        assert_eq!(machine.other_tab_stored(Some("r2")), OtherTab::Unchanged);
        assert_eq!(machine.other_tab_stored(Some("r3 other")), OtherTab::TakeIn);
        let ticket = machine.begin_take_in(Some("r3 other".into()));
        assert!(machine.may_take_in(&ticket, Some("r3 other")));
        machine.took_in(Some("r3 other".into()), 3);
        assert_eq!(machine.known(), (Some("r3 other".into()), 3));
        assert!(!machine.is_unsaved());
    }

    #[test]
    fn a_change_made_while_another_tabs_value_opens_wins() {
        let mut machine = saved_once("r2");
        let ticket = machine.begin_take_in(Some("r3 other".into()));
        machine.edited();
        assert!(!machine.may_take_in(&ticket, Some("r3 other")));
    }

    #[test]
    fn a_newer_value_stored_while_opening_is_not_taken_in() {
        let machine = saved_once("r2");
        let ticket = machine.begin_take_in(Some("r3 other".into()));
        assert!(!machine.may_take_in(&ticket, Some("r4 other")));
    }

    #[test]
    fn keeping_this_pages_change_saves_over_the_other_with_a_newer_revision() {
        let mut machine = saved_once("r2");
        machine.edited();
        machine.begin_save(stored("r7 other"), false).unwrap_err();
        machine.keep_local_over(Some("r7 other".into()), 7);
        assert_eq!(machine.state(), SaveState::Waiting);
        let ticket = machine.begin_save(stored("r7 other"), false).unwrap();
        assert_eq!(ticket.revision, 8);
    }

    #[test]
    fn using_the_other_tabs_version_replaces_this_pages_change() {
        let mut machine = saved_once("r2");
        machine.edited();
        machine.begin_save(stored("r7 other"), false).unwrap_err();
        machine.took_in(Some("r7 other".into()), 7);
        assert_eq!(machine.state(), SaveState::Saved);
    }

    #[test]
    fn a_newer_save_supersedes_an_older_one_still_encrypting() {
        let mut machine = saved_once("r2");
        machine.edited();
        let older = machine.begin_save(stored("r2"), false).unwrap();
        machine.edited();
        let newer = machine.begin_save(stored("r2"), false).unwrap();
        assert_eq!(
            machine.check_write(&older, stored("r2")),
            WriteCheck::Superseded
        );
        machine.finish(older, SaveEnd::Superseded);
        assert_eq!(machine.state(), SaveState::Saving);
        machine.finish(newer, SaveEnd::Stored("r3".into()));
        assert_eq!(machine.state(), SaveState::Saved);
    }

    #[test]
    fn an_older_failure_does_not_report_over_a_newer_save() {
        let mut machine = saved_once("r2");
        machine.edited();
        let older = machine.begin_save(stored("r2"), false).unwrap();
        machine.edited();
        let newer = machine.begin_save(stored("r2"), false).unwrap();
        machine.finish(newer, SaveEnd::Stored("r3".into()));
        machine.finish(older, SaveEnd::Failed(SaveError::EncryptFailed));
        assert_eq!(machine.state(), SaveState::Saved);
    }

    #[test]
    fn a_delete_during_a_save_keeps_the_save_from_bringing_the_data_back() {
        let mut machine = saved_once("r2");
        machine.edited();
        let ticket = machine.begin_save(stored("r2"), false).unwrap();
        machine.deleted();
        assert_eq!(
            machine.check_write(&ticket, Ok(None)),
            WriteCheck::Superseded
        );
        machine.finish(ticket, SaveEnd::Superseded);
        assert!(!machine.is_unsaved());
        assert_eq!(machine.known(), (None, 0));
    }

    #[test]
    fn a_delete_cancels_a_waiting_save() {
        let mut machine = saved_once("r2");
        machine.edited();
        machine.deleted();
        assert!(!machine.is_waiting());
        assert!(!machine.is_unsaved());
    }

    #[test]
    fn a_restore_after_a_failed_import_clears_the_failure() {
        let mut machine = saved_once("r2");
        let before = machine.clone();
        let ticket = machine.begin_save(stored("r2"), false).unwrap();
        machine.finish(ticket, SaveEnd::Stored("r3 imported".into()));
        machine.restored(&before);
        assert_eq!(machine.known(), (Some("r2".into()), 2));
        assert!(!machine.is_unsaved());
    }

    #[test]
    fn a_restore_keeps_a_change_that_was_not_stored_before_the_import() {
        let mut machine = saved_once("r2");
        machine.edited();
        let before = machine.clone();
        let ticket = machine.begin_save(stored("r2"), false).unwrap();
        machine.finish(ticket, SaveEnd::Stored("r3 imported".into()));
        machine.restored(&before);
        assert_eq!(machine.state(), SaveState::Waiting);
    }

    #[test]
    fn each_areas_machine_is_its_own() {
        // The bug this replaced: one shared status, so the settings' good
        // save reported the map's failed one as saved.
        let mut map = SaveMachine::new(None, 0);
        let mut settings = SaveMachine::new(None, 0);
        map.edited();
        let ticket = map.begin_save(Ok(None), false).unwrap();
        map.finish(ticket, SaveEnd::Failed(SaveError::Refused("full".into())));
        settings.edited();
        let ticket = settings.begin_save(Ok(None), false).unwrap();
        settings.finish(ticket, SaveEnd::Stored("r1".into()));
        assert!(map.is_unsaved());
        assert_eq!(map.other_tab_stored(Some("r1 other")), OtherTab::KeepLocal);
    }
}
