//! courtpub-index: placeholder, being written.
