//! One integration test binary for the staff app.

mod fixture;
mod router;
