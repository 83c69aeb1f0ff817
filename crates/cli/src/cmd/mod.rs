//! One module per group of subcommands.

pub mod extract;
pub mod mask;
pub mod pipeline;
pub mod staff;
pub mod web;
