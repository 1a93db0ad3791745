//! Plain types and the logic on them. Never imports leptos or web-sys, so
//! every line is tested natively with `cargo test`.

pub mod auto_lock;
pub mod import_check;
pub mod journal;
pub mod learn_progress;
pub mod passphrase;
pub mod path;
pub mod problem_area;
pub mod relationship_map;
pub mod self_check;
pub mod settings;
pub mod timeline;
