//! One module per group of subcommands.

pub mod extract;
pub mod pipeline;
