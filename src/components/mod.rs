//! Shared pieces of the interface.

pub mod auto_lock_settings;
pub mod choice;
pub mod crisis_contacts;
pub mod download;
pub mod exercise_form;
pub mod field;
pub mod focus;
pub mod frame;
pub mod journal;
pub mod load_failure;
pub mod lock_settings;
pub mod map;
pub mod module_text;
pub mod page_top;
pub mod people_picker;
pub mod practice;
pub mod print_button;
pub mod quick_exit;
pub mod recovery;
pub mod save_banner;
pub mod share;
pub mod theme_switch;
pub mod timeline_drawing;
pub mod update_banner;
