//! One file per route.

pub mod data;
pub mod help;
pub mod home;
pub mod journal;
pub mod lazy;
pub mod learn_index;
pub mod learn_module;
pub mod map;
pub mod not_found;
pub mod safety_plan;
pub mod self_check;
pub mod summary;
pub mod timeline;
pub mod unlock;
