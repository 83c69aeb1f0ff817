//! courtpub-pipeline: placeholder, being written.
