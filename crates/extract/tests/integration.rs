//! One integration test binary for courtpub-extract (see the modules).

mod support;

mod acts;
mod docx;
mod docx_rs_failures;
mod errors;
mod no_panic;
mod pdf;
mod txt;
