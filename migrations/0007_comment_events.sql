-- The audit trail of comments on drafts: who drafted, changed, left out, imported, submitted
-- a member body's comments, and who recorded or imported the secretariat's decisions.
CREATE TABLE comment_events (
    id TEXT PRIMARY KEY,
    document_id TEXT NOT NULL REFERENCES documents (id),
    comment_id TEXT REFERENCES comments (id),
    member_body_id TEXT REFERENCES member_bodies (id),  -- whose comments (none: the secretariat's)
    actor_id TEXT REFERENCES users (id),
    action TEXT NOT NULL,   -- created / edited / dropped / restored / imported / submitted / disposition / dispositions_imported
    detail TEXT NOT NULL DEFAULT '',
    at BIGINT NOT NULL
);
CREATE INDEX comment_events_document ON comment_events (document_id, at);
CREATE INDEX ballots_document ON ballots (document_id, status);
