-- Comments on drafts in the 8-column template, their member body's submission and the
-- secretariat's dispositions.

-- A member body's submission of its consolidated comments on a document (at most one: after
-- it the comments are frozen and visible to the committee).
CREATE TABLE comment_submissions (
    id TEXT PRIMARY KEY,
    document_id TEXT NOT NULL REFERENCES documents (id),
    member_body_id TEXT NOT NULL REFERENCES member_bodies (id),
    ballot_id TEXT REFERENCES ballots (id),
    submitted_by TEXT REFERENCES users (id),
    submitted_at BIGINT NOT NULL,
    UNIQUE (document_id, member_body_id)
);

-- One row of the template. MB/NC is the member body; status draft (its author and officer
-- edit it), dropped (the officer left it out), submitted (frozen). `version` grows with each
-- change, so an edit made on an old version is refused instead of overwriting.
CREATE TABLE comments (
    id TEXT PRIMARY KEY,
    document_id TEXT NOT NULL REFERENCES documents (id),
    member_body_id TEXT NOT NULL REFERENCES member_bodies (id),
    author_id TEXT REFERENCES users (id),
    line_ref TEXT NOT NULL DEFAULT '',
    clause TEXT NOT NULL DEFAULT '',
    clause_key TEXT NOT NULL,              -- domain::comments::clause_sort_key(clause)
    paragraph TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL,                    -- ge / te / ed
    comment TEXT NOT NULL,
    proposed_change TEXT NOT NULL DEFAULT '',
    observations TEXT,                     -- the secretariat's
    disposition TEXT,                      -- accepted / accepted_in_principle / not_accepted / noted
    status TEXT NOT NULL,                  -- draft / dropped / submitted
    version BIGINT NOT NULL DEFAULT 1,
    submission_id TEXT REFERENCES comment_submissions (id),
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX comments_document_member ON comments (document_id, member_body_id, status);
CREATE INDEX comments_document_clause ON comments (document_id, status, clause_key, id);
