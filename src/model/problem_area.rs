//! IPT's four problem areas. One is chosen as the focus of the work; the
//! self-check, the map, the journal and the home page all speak of them.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ProblemArea {
    Grief,
    Disputes,
    RoleTransitions,
    Isolation,
}

impl ProblemArea {
    pub const ALL: [ProblemArea; 4] = [
        ProblemArea::Grief,
        ProblemArea::Disputes,
        ProblemArea::RoleTransitions,
        ProblemArea::Isolation,
    ];

    /// The slug of the Learn module about this area (a public link).
    pub fn module_slug(self) -> &'static str {
        match self {
            ProblemArea::Grief => "grief",
            ProblemArea::Disputes => "disputes",
            ProblemArea::RoleTransitions => "role-transitions",
            ProblemArea::Isolation => "isolation",
        }
    }

    pub fn from_module_slug(slug: &str) -> Option<ProblemArea> {
        ProblemArea::ALL
            .into_iter()
            .find(|area| area.module_slug() == slug)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_area_round_trips_through_its_module_slug() {
        for area in ProblemArea::ALL {
            assert_eq!(
                ProblemArea::from_module_slug(area.module_slug()),
                Some(area)
            );
        }
        assert_eq!(ProblemArea::from_module_slug("techniques"), None);
    }
}
