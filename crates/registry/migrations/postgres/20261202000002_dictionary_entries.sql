-- Entries admins promoted from a correction into the engine's dictionaries (a word that
-- looks like a name but is not, a name the engine did not know). Every engine adds them
-- at start-up on top of dictionaries/. Keep this file and ../sqlite/ in step.
CREATE TABLE dictionary_entries (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    list          TEXT NOT NULL CHECK (list IN ('allow_words', 'first_names', 'surnames')),
    entry         TEXT NOT NULL,
    correction_id BIGINT REFERENCES corrections (id),
    added_by      TEXT NOT NULL,
    at            TIMESTAMPTZ NOT NULL,
    UNIQUE (list, entry)
);
