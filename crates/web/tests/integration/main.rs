//! The public router end to end, over a temporary index of synthetic acts.

mod browser;
mod fixture;
mod openapi;
mod privacy;
mod router;
