//! The one summary line of `cargo xtask test`, added up from every runner's
//! `test result:` lines (cargo test and wasm-bindgen-test-runner print the
//! same shape).

#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Counts {
    pub passed: u64,
    pub failed: u64,
    pub ignored: u64,
}

pub type Totals = Counts;

impl Counts {
    pub fn add(&mut self, other: &Counts) {
        self.passed += other.passed;
        self.failed += other.failed;
        self.ignored += other.ignored;
    }

    /// `summary: 12 passed, 0 failed`, the plain closing line CI reads.
    pub fn line(&self) -> String {
        format!("summary: {} passed, {} failed", self.passed, self.failed)
    }
}

/// Reads `test result: ok. 3 passed; 1 failed; 0 ignored; ...`.
pub fn parse_test_result(line: &str) -> Option<Counts> {
    let rest = line.trim().strip_prefix("test result: ")?;
    let (_, numbers) = rest.split_once(". ")?;
    let mut counts = Counts::default();
    for part in numbers.split(';') {
        let mut words = part.split_whitespace();
        let (Some(number), Some(label)) = (words.next(), words.next()) else {
            continue;
        };
        let Ok(number) = number.parse::<u64>() else {
            continue;
        };
        match label {
            "passed" => counts.passed = number,
            "failed" => counts.failed = number,
            "ignored" => counts.ignored = number,
            _ => {}
        }
    }
    Some(counts)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_a_cargo_test_result_line() {
        let line = "test result: FAILED. 3 passed; 1 failed; 2 ignored; 0 measured; 0 filtered out; finished in 0.01s";
        assert_eq!(
            parse_test_result(line),
            Some(Counts {
                passed: 3,
                failed: 1,
                ignored: 2
            })
        );
    }

    #[test]
    fn ignores_other_lines() {
        assert_eq!(parse_test_result("running 3 tests"), None);
        assert_eq!(parse_test_result("test a::b ... ok"), None);
    }

    #[test]
    fn adds_up_and_prints_the_closing_line() {
        let mut totals = Totals::default();
        totals.add(&Counts {
            passed: 2,
            failed: 0,
            ignored: 0,
        });
        totals.add(&Counts {
            passed: 5,
            failed: 1,
            ignored: 0,
        });
        assert_eq!(totals.line(), "summary: 7 passed, 1 failed");
    }
}
