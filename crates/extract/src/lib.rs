//! courtpub-extract: placeholder, being written.
