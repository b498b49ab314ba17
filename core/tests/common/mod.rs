//! Helpers shared by integration tests.

pub mod big_form;
