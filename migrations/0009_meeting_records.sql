-- Minutes and resolutions of meetings: draft → circulated → approved → locked; a locked record
-- never changes, a correction is a new record pointing at the one it corrects.

CREATE TABLE meeting_minutes (
    id TEXT PRIMARY KEY,
    meeting_id TEXT NOT NULL REFERENCES meetings (id),
    body TEXT NOT NULL,                    -- the portal's plain markup (domain::meetings::blocks)
    status TEXT NOT NULL,                  -- draft / circulated / approved / locked
    corrects_id TEXT REFERENCES meeting_minutes (id),
    circulated_at BIGINT,
    approved_at BIGINT,
    locked_at BIGINT,
    created_by TEXT REFERENCES users (id),
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX meeting_minutes_meeting ON meeting_minutes (meeting_id, created_at);

-- Resolutions, numbered per committee per year (`Resolution 12/2026`) from the counters.
CREATE TABLE resolutions (
    id TEXT PRIMARY KEY,
    committee_id TEXT NOT NULL REFERENCES committees (id),
    meeting_id TEXT NOT NULL REFERENCES meetings (id),
    year INTEGER NOT NULL,
    number BIGINT NOT NULL,
    agenda_item_id TEXT,                   -- the stable id of an item of the published agenda
    ballot_id TEXT REFERENCES ballots (id),
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    status TEXT NOT NULL,
    corrects_id TEXT REFERENCES resolutions (id),
    circulated_at BIGINT,
    approved_at BIGINT,
    locked_at BIGINT,
    created_by TEXT REFERENCES users (id),
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    UNIQUE (committee_id, year, number)
);
CREATE INDEX resolutions_meeting ON resolutions (meeting_id, number);
