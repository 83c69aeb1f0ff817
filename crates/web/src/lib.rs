//! courtpub-web: placeholder, being written.
