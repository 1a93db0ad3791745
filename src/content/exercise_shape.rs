//! The shape of the self-help exercises, the same in every language: each
//! language's `exercises` file holds only the words (and the ids, which
//! are stored data and never change).

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldKind {
    /// A few lines of free text.
    Text,
    /// One choice from a fixed list.
    Choice(&'static [ChoiceOption]),
}

/// One choice of a [`FieldKind::Choice`]: what is stored is the `id`, so
/// an answer given in one language is chosen in every other.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ChoiceOption {
    pub id: &'static str,
    pub label: &'static str,
}

/// The option a stored answer names: by its id, or, for an answer stored
/// before ids were (the option's words, in the language it was given in),
/// by its label in this build's language. None for anything else, which is
/// then shown as it is stored.
pub fn chosen_option(
    options: &'static [ChoiceOption],
    stored: &str,
) -> Option<&'static ChoiceOption> {
    options
        .iter()
        .find(|option| option.id == stored)
        .or_else(|| options.iter().find(|option| option.label == stored))
}

#[derive(Debug)]
pub struct Field {
    pub id: &'static str,
    pub label: &'static str,
    pub kind: FieldKind,
}

impl Field {
    /// A stored answer to this field as the person reads it: a choice's
    /// label in this build's language, typed text exactly as typed.
    pub fn shown_answer<'a>(&self, stored: &'a str) -> &'a str {
        match self.kind {
            FieldKind::Choice(options) => {
                chosen_option(options, stored).map_or(stored, |o| o.label)
            }
            FieldKind::Text => stored,
        }
    }
}

#[derive(Debug)]
pub struct Exercise {
    pub id: &'static str,
    pub module_slug: &'static str,
    pub title: &'static str,
    pub intro: &'static str,
    pub fields: &'static [Field],
    /// The field that names a person, which can take names from the map.
    pub person_field: Option<&'static str>,
    /// The field whose answer can become this week's step in the journal.
    pub step_field: Option<&'static str>,
}

/// A free-text field.
pub const fn text(id: &'static str, label: &'static str) -> Field {
    Field {
        id,
        label,
        kind: FieldKind::Text,
    }
}
