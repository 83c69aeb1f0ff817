//! The engine's behaviour as users rely on it, with the committed dictionaries and policy.

mod common;
mod properties;
mod rules;
mod testdata;
