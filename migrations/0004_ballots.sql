-- Ballots of committees, the member bodies entitled to vote in each, their votes (with every
-- replaced vote kept) and the ballot's own history.

-- A body's ballot rules (thresholds, lengths, family) as JSON; NULL means ISO's rules.
ALTER TABLE bodies ADD COLUMN rule_profile TEXT;

-- A ballot: NP, CD, DIS, FDIS, SR or CIB on a committee, open from opens_at to closes_at.
CREATE TABLE ballots (
    id TEXT PRIMARY KEY,
    committee_id TEXT NOT NULL REFERENCES committees (id),
    kind TEXT NOT NULL,
    title TEXT NOT NULL,
    question TEXT NOT NULL,
    document_id TEXT REFERENCES documents (id),
    opens_at BIGINT NOT NULL,
    closes_at BIGINT NOT NULL,
    status TEXT NOT NULL,                  -- open / closed / cancelled
    cancel_reason TEXT,
    p_members BIGINT NOT NULL,             -- P-members when it opened (NP participation rule)
    outcome TEXT,                          -- set when closed
    created_by TEXT REFERENCES users (id),
    created_at BIGINT NOT NULL,
    closed_at BIGINT
);
CREATE INDEX ballots_committee ON ballots (committee_id, opens_at);
CREATE INDEX ballots_open_closing ON ballots (status, closes_at);

-- Who may vote: the committee's P- and O-members when the ballot opened (later changes of
-- membership do not change an open ballot's electorate).
CREATE TABLE ballot_voters (
    ballot_id TEXT NOT NULL REFERENCES ballots (id) ON DELETE CASCADE,
    member_body_id TEXT NOT NULL REFERENCES member_bodies (id),
    membership TEXT NOT NULL,              -- P / O
    PRIMARY KEY (ballot_id, member_body_id)
);
CREATE INDEX ballot_voters_member_body ON ballot_voters (member_body_id);

-- Votes: one current vote per member body (the partial unique index), the replaced ones kept
-- with current = 0 so the history shows every change.
CREATE TABLE ballot_votes (
    id TEXT PRIMARY KEY,
    ballot_id TEXT NOT NULL REFERENCES ballots (id) ON DELETE CASCADE,
    member_body_id TEXT NOT NULL REFERENCES member_bodies (id),
    position TEXT NOT NULL,
    reasons TEXT,
    commits BIGINT NOT NULL DEFAULT 0,
    experts TEXT,                          -- NP: nominated experts, one per line
    cast_by TEXT REFERENCES users (id),
    cast_at BIGINT NOT NULL,
    is_current BIGINT NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX ballot_votes_current ON ballot_votes (ballot_id, member_body_id) WHERE is_current = 1;
CREATE INDEX ballot_votes_ballot ON ballot_votes (ballot_id, cast_at);

-- What happened to a ballot: opened, vote cast, vote changed, late vote refused, closing time
-- changed, closed, cancelled, re-opened. Who, when, and the detail.
CREATE TABLE ballot_events (
    id TEXT PRIMARY KEY,
    ballot_id TEXT NOT NULL REFERENCES ballots (id) ON DELETE CASCADE,
    at BIGINT NOT NULL,
    actor_id TEXT REFERENCES users (id),
    kind TEXT NOT NULL,
    detail TEXT
);
CREATE INDEX ballot_events_ballot ON ballot_events (ballot_id, at);
