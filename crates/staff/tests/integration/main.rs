//! One integration test binary for the staff app.

mod browser;
mod fixture;
mod router;
