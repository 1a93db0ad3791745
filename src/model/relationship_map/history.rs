//! Undo and redo, kept beside the document as SVG editors do: before each
//! edit the caller records the state it is about to change; undo swaps the
//! current state for the last recorded one, and redo swaps it back.
//!
//! For the map the state is the list of people (`UndoHistory<Vec<Person>>`):
//! snapshots are a record of the past, not something to undo, and the id
//! counter only ever goes up so that ids are never reused.

/// The undo and redo stacks, each holding at most `max` states; the oldest
/// undo step is dropped first.
#[derive(Debug, Clone, PartialEq)]
pub struct UndoHistory<T: Clone> {
    undo: Vec<T>,
    redo: Vec<T>,
    max: usize,
}

impl<T: Clone> Default for UndoHistory<T> {
    fn default() -> Self {
        UndoHistory::new(UndoHistory::<T>::DEFAULT_MAX)
    }
}

impl<T: Clone> UndoHistory<T> {
    /// How many steps back `default()` keeps.
    pub const DEFAULT_MAX: usize = 50;

    pub fn new(max: usize) -> Self {
        UndoHistory {
            undo: Vec::new(),
            redo: Vec::new(),
            max,
        }
    }

    /// Records the state before an edit. A new edit starts a new branch, so
    /// whatever could have been redone is forgotten.
    pub fn record(&mut self, before: T) {
        self.redo.clear();
        push_bounded(&mut self.undo, before, self.max);
    }

    /// Steps back: returns the state to show instead of `current`, which is
    /// kept for redo; `None` (and nothing kept) when there is nothing to
    /// undo.
    pub fn undo(&mut self, current: T) -> Option<T> {
        let previous = self.undo.pop()?;
        push_bounded(&mut self.redo, current, self.max);
        Some(previous)
    }

    /// Steps forward again after an undo: returns the state to show instead
    /// of `current`, which is kept for undo; `None` when there is nothing to
    /// redo.
    pub fn redo(&mut self, current: T) -> Option<T> {
        let next = self.redo.pop()?;
        push_bounded(&mut self.undo, current, self.max);
        Some(next)
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// How many steps can be undone.
    pub fn undo_len(&self) -> usize {
        self.undo.len()
    }

    pub fn max(&self) -> usize {
        self.max
    }

    /// Forgets everything, as after importing another document.
    pub fn clear(&mut self) {
        self.undo.clear();
        self.redo.clear();
    }
}

fn push_bounded<T>(stack: &mut Vec<T>, state: T, max: usize) {
    if max == 0 {
        return;
    }
    if stack.len() >= max {
        let excess = stack.len() + 1 - max;
        stack.drain(..excess);
    }
    stack.push(state);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn undo_and_redo_swap_states() {
        let mut history = UndoHistory::new(10);
        let mut state = 1;
        history.record(state);
        state = 2;
        assert!(history.can_undo() && !history.can_redo());
        state = history.undo(state).unwrap();
        assert_eq!(state, 1);
        assert_eq!(history.undo(state), None);
        state = history.redo(state).unwrap();
        assert_eq!(state, 2);
        assert_eq!(history.redo(state), None);
    }

    #[test]
    fn a_new_edit_forgets_the_redo_branch() {
        let mut history = UndoHistory::new(10);
        history.record("a");
        assert_eq!(history.undo("b"), Some("a"));
        history.record("a");
        assert!(!history.can_redo());
    }

    #[test]
    fn only_the_newest_steps_are_kept() {
        let mut history = UndoHistory::new(3);
        for state in 0..10 {
            history.record(state);
        }
        assert_eq!(history.undo_len(), 3);
        let mut current = 10;
        let mut seen = Vec::new();
        while let Some(previous) = history.undo(current) {
            seen.push(previous);
            current = previous;
        }
        assert_eq!(seen, [9, 8, 7]);
    }

    #[test]
    fn a_history_of_size_zero_keeps_nothing() {
        let mut history = UndoHistory::new(0);
        history.record(1);
        assert_eq!(history.undo(2), None);
        assert_eq!(UndoHistory::<u8>::default().max(), 50);
    }
}
