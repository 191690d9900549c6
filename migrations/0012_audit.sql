-- The audit trail: every state change that matters, hash-chained. Each event's hash covers its
-- fields and the hash of the event before (seq - 1), so editing, removing or inserting a row
-- breaks the chain from there on (`comity audit verify`). Events are numbered from the
-- counters table ('audit') inside the writing transaction, which makes concurrent writers take
-- turns, so the chain has no forks and no gaps.
CREATE TABLE audit_events (
    seq BIGINT PRIMARY KEY,
    at BIGINT NOT NULL,
    actor_id TEXT,                         -- the person who acted (NULL: the portal itself)
    committee_id TEXT,                     -- the committee it concerns, if one
    kind TEXT NOT NULL,                    -- vote_cast, ballot_opened, role_granted, …
    subject TEXT NOT NULL,                 -- what it is about (a ballot, a document, a person…)
    before_value TEXT,
    after_value TEXT,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE INDEX audit_events_committee ON audit_events (committee_id, seq);
