//! Every synthetic act in testdata/acts gives the same text from DOCX, PDF and TXT.
