//! courtpub-registry: placeholder, being written.
