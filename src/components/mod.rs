//! Shared pieces of the interface.

pub mod frame;
