//! The rules for a new passphrase, pure so they are tested natively and
//! named by `content::ui_text::lock` without reaching into storage.

/// Shorter passphrases are refused when set.
pub const MIN_PASSPHRASE_CHARS: usize = 8;

/// Why a new passphrase is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PassphraseProblem {
    TooShort,
    DoesNotMatch,
    NotUnderstood,
}

/// Checks a new passphrase: long enough, typed the same twice, and the
/// person has said they understand it cannot be recovered.
pub fn check_new_passphrase(
    passphrase: &str,
    repeated: &str,
    understood: bool,
) -> Result<(), PassphraseProblem> {
    if passphrase.chars().count() < MIN_PASSPHRASE_CHARS {
        return Err(PassphraseProblem::TooShort);
    }
    if passphrase != repeated {
        return Err(PassphraseProblem::DoesNotMatch);
    }
    if !understood {
        return Err(PassphraseProblem::NotUnderstood);
    }
    Ok(())
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn new_passphrases_are_checked() {
        assert_eq!(
            check_new_passphrase("short", "short", true),
            Err(PassphraseProblem::TooShort)
        );
        assert_eq!(
            check_new_passphrase("long enough", "long enougH", true),
            Err(PassphraseProblem::DoesNotMatch)
        );
        assert_eq!(
            check_new_passphrase("long enough", "long enough", false),
            Err(PassphraseProblem::NotUnderstood)
        );
        assert_eq!(
            check_new_passphrase("long enough", "long enough", true),
            Ok(())
        );
    }
}
