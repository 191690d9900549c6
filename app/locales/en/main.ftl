## Frame
nav-skip-to-content = Skip to content
nav-bodies = Bodies
nav-invite = Invite someone
nav-sign-in = Sign in
nav-sign-out = Sign out
nav-language = Language
footer-tagline = Comity — an open-source portal for standards committees.
loading = Loading…

## Error pages
error-back-home = Back to the home page
error-404-title = Page not found
error-404-body = There is nothing at this address, or you may not see it. Check the link, or start again from the home page.
error-403-title = Not allowed
error-403-body = Your account does not have the role needed for this page. If you think it should, ask your committee manager or a portal administrator.
error-500-title = Something went wrong
error-500-body = The portal could not complete this request. Nothing was changed. Try again in a moment; if it keeps happening, tell a portal administrator.

## Home
home-title = Standards bodies and their committees
home-lead = Comity holds the committees' drafts, ballots, comments and meetings in one place, for secretariats, member bodies and delegates.
home-no-bodies = No bodies have been set up yet.
home-no-committees = This body has no committees yet.
home-committees = Committees
home-secretariat = Secretariat:
home-member-count = { $count ->
    [one] 1 member body
   *[other] { $count } member bodies
}

## Sign-in
login-title = Sign in
login-submit = Sign in
login-no-account = No account yet? Accounts are created by invitation: ask your member body or the committee secretariat.

## Fields
field-email = E-mail address
field-password = Password
field-name = Name
field-current-password = Current password
field-new-password = New password
field-new-password-hint = At least 10 characters. A phrase of several words is easy to remember and hard to guess.
field-confirm-password = Repeat the new password
field-token-name = Token name

## Account
account-title = My account
account-change-password = Change password
account-change-password-submit = Change password
account-tokens = Personal access tokens
account-tokens-help = A token lets a program use the JSON API in your name (Authorization: Bearer …). Revoke it when it is no longer needed.
account-token-once = Copy this token now: it will not be shown again.
account-token-create = Create token
account-no-tokens = You have no tokens.
account-token-created = Created
account-token-last-used = Last used
account-token-status = Status
account-token-revoked = Revoked
account-token-revoke = Revoke

## Invitations
invite-title = Invite someone
invite-help = The person receives a link to set their own password. The link works once and expires after 14 days.
invite-link-once = Send this link to the person. It is shown only now.
invite-submit = Create invitation
accept-title = Welcome to Comity
accept-welcome = { $name }, choose a password to finish setting up your account.
accept-submit = Set password and sign in
accept-invalid-title = This invitation link cannot be used
accept-invalid-body = It has already been used, it has expired, or it was copied incompletely. Ask the person who invited you for a new link.

## Notices after a form
notice-password-changed = Your password was changed. Your other sessions were signed out.
notice-token-created = The token was created.
notice-token-revoked = The token was revoked.
notice-invitation-created = The invitation was created.
notice-welcome = Your password is set and you are signed in.

## Errors
error-sign-in-required = Please sign in to continue.
error-bad-credentials = The e-mail address or the password is wrong. Check both and try again.
error-forbidden = You are not allowed to do this.
error-not-found = This was not found, or you may not see it.
error-invalid = Some fields need your attention: see the messages below each one.
error-rate-limited = Too many failed attempts. Wait { $minutes ->
    [one] 1 minute
   *[other] { $minutes } minutes
} and try again.
error-unavailable = The database cannot be reached right now. Nothing was changed; try again in a moment.
error-internal = Something went wrong on our side. Nothing was changed; try again in a moment.
error-email-required = Enter an e-mail address.
error-email-invalid = Enter an e-mail address like name@example.org.
error-email-taken = An account with this e-mail address already exists.
error-name-required = Enter a name.
error-name-too-long = Use at most { $max } characters.
error-password-required = Enter your password.
error-password-too-short = Use at least { $min } characters.
error-password-too-long = Use at most { $max } characters.
error-password-mismatch = The two passwords differ: type the same new password twice.
error-current-password-wrong = The current password is wrong.
error-token-name-required = Give the token a name, so you can recognise it later.
error-body-invalid = The request body is not valid JSON of the expected shape. Check the field names and types against the API documentation.
error-membership-status-invalid = Choose one of P-member, O-member, or liaison A, B or C.
error-member-body-unknown = There is no member body with the code { $code }. Check the code (for example KEBS or IMANOR).
error-membership-not-in-body = Only member bodies of { $body } can be P- or O-members. Make it a member of { $body } first, or choose a liaison.

## Committees
committee-officers = Officers
committee-secretariat = Secretariat
committee-members = Member bodies
committee-p-members = P-members
committee-o-members = O-members
committee-liaisons = Liaisons
committee-none = None.
committee-delegates = Delegates:
committee-end-membership = End membership
committee-set-membership = Save membership
committee-history = History
committee-no-history = No changes recorded yet.
history-when = When
history-who = Who
history-what = About
history-change = Change
status-p = P-member
status-o = O-member
status-liaison-a = Liaison A
status-liaison-b = Liaison B
status-liaison-c = Liaison C
role-committee-manager = Committee manager
role-chair = Chair
role-convenor = Convenor
role-delegate = Delegate
role-observer = Observer
field-member-body = Member body code
field-member-body-hint = For example KEBS or IMANOR.
field-membership-status = Membership
notice-membership-saved = The membership was saved.
notice-membership-ended = The membership was ended.
history-from-to = { $from } → { $to }

## Bodies and new committees
body-create-committee = Create a committee
body-create-committee-submit = Create committee
field-committee-kind = Kind
field-committee-number = Number
field-committee-parent = Under
field-committee-no-parent = Directly under the body (a TC)
field-committee-title = Title in English
field-committee-title-fr = Title in French (optional)
field-committee-title-ar = Title in Arabic (optional)
field-title-fr = Title in French (optional)
field-title-ar = Title in Arabic (optional)
field-text-fr = Text in French (optional)
field-text-ar = Text in Arabic (optional)
translations-summary = In other languages (optional)
size-bytes = { $size } B
size-kb = { $size } kB
size-mb = { $size } MB
field-secretariat = Secretariat (member body code)
field-secretariat-hint = The national body that runs the committee, for example IMANOR.
notice-committee-created = The committee was created.
error-committee-kind-invalid = Choose TC, SC or WG.
error-committee-number-invalid = Enter a whole number from 1 to 99999.
error-committee-title-required = Enter the committee's title in English.
error-committee-parent-unknown = Choose a committee of this body as the parent.
error-committee-under-wg = Nothing can be created under a working group. Choose a TC or SC as the parent.
error-committee-tc-has-parent = A TC sits directly under the body: leave "Under" empty.
error-committee-sc-needs-tc = A subcommittee sits under a TC: choose its TC.
error-committee-wg-needs-parent = A working group sits under a TC or SC: choose one.
error-committee-reference-taken = { $reference } already exists. Choose another number.
error-secretariat-not-member = { $code } is not a member body of { $body }. Choose one of its member bodies.

## Delegates and my committees
nav-my-committees = My committees
my-committees-title = My committees
my-committees-none = You hold no role in a committee yet. Your member body's officer nominates delegates.
committee-your-delegates = Delegates of { $member_body }
committee-nominate = Nominate as delegate
committee-withdraw = Withdraw
field-delegate = Person
notice-delegate-nominated = The delegate was nominated.
notice-delegate-withdrawn = The delegate was withdrawn.
error-role-invalid = Choose committee_manager, chair, convenor, delegate or observer.
error-user-unknown = There is no such person. Invite them first.
error-delegate-without-member-body = This person belongs to no member body, so no member body can nominate them as a delegate.

## Member bodies
member-body-people = People
role-officer = Officer
role-expert = Expert
error-member-body-code-invalid = Use 2 to 12 capital letters or digits, for example IMANOR.
error-member-body-code-taken = A member body with the code { $code } already exists.
error-country-invalid = Enter the country's two-letter ISO 3166 code, for example MA or KE.
error-body-category-invalid = Choose member, affiliate or observer.
error-body-acronym-invalid = Use 2 to 12 capital letters or digits, for example ARSO.
error-body-acronym-taken = A body with the acronym { $acronym } already exists.
error-member-body-role-invalid = Choose officer or expert.

## Managing a committee
committee-manage-link = Manage members and roles
committee-manage-title = Manage
committee-roles = Roles
committee-remove-role = Remove
committee-give-role = Give role
field-role = Role
notice-role-given = The role was given.
notice-role-removed = The role was removed.
field-invite-member-body = Member body (optional code)

## Administration of bodies, member bodies and committees
nav-member-bodies = Member bodies
since-date = since { $date }
category-member = Member
category-affiliate = Affiliate
category-observer = Observer
home-register-body = Register a body
home-register-body-submit = Register the body
field-acronym = Acronym
field-acronym-hint = 2 to 12 capital letters or digits, used in references: ARSO/TC 70.
field-body-name = Name in English
field-body-name-fr = Name in French (optional)
field-body-name-ar = Name in Arabic (optional)
notice-body-created = The body was registered. Make national bodies its members below.
body-set-member = Add or change a member body
body-set-member-submit = Save membership
field-body-category = Category
notice-body-member-saved = The membership was saved.
member-bodies-title = Member bodies
member-bodies-lead = The national standards bodies that take part in the bodies' committees.
member-bodies-all = All member bodies
member-bodies-register = Register a member body
member-bodies-register-submit = Register the member body
field-code = Code
field-country = Country
field-member-body-code-hint = 2 to 12 capital letters or digits, for example IMANOR.
field-country-hint = Two-letter ISO 3166 code, for example MA for Morocco.
notice-member-body-created = The member body was registered.
member-body-give-role = Give a role
member-body-give-role-submit = Give the role
member-body-email-hint = The person's e-mail address on this portal. Invite them first if they have no account.
member-body-remove-person = Remove
error-member-body-own-role = You cannot remove your own role. Ask another officer or a portal administrator.
committee-scope = Scope
committee-no-scope = No scope recorded yet.
committee-status = Status
committee-status-active = Active
committee-status-disbanded = Disbanded
committee-disbanded-note = This committee is disbanded. Its records stay readable; its members and roles can no longer change.
committee-work = Work of the committee
committee-documents = Documents
committee-meetings = Meetings
committee-no-meetings = No meetings scheduled.
committee-details = Details, secretariat and status
committee-details-submit = Save changes
notice-committee-updated = The committee was updated.
error-committee-status-invalid = Choose active or disbanded.
error-committee-has-active-children = { $count ->
    [one] One subcommittee or working group of this committee is still active. Disband it first.
   *[other] { $count } subcommittees or working groups of this committee are still active. Disband them first.
}
error-committee-parent-disbanded = The committee above this one is disbanded. Make it active first.
error-committee-disbanded = This committee is disbanded: its members and roles cannot change. Make it active again first.
history-edited = edited: { $fields }
history-kind-membership = Membership
history-kind-role = Role
history-kind-secretariat = Secretariat
history-kind-status = Status
history-kind-details = Details
history-field-title = English title
history-field-title-fr = French title
history-field-title-ar = Arabic title

## Work programme
error-stage-final = A project at { $from } is finished (abandoned or withdrawn): it cannot move any more.
error-stage-transition = A project cannot move from { $from } to { $to }. From { $from } it can go to: { $allowed }.
error-stage-invalid = “{ $stage }” is not a stage code. Write it like 40.00 (stage, dot, substage).
error-project-stage-start = A new project starts at a development stage (00.00 to 50.99), not at { $stage }.
error-project-title-required = Give the project an English title.
error-project-reference-invalid = A reference is up to 40 letters, digits, spaces and - . / : (for example ARSO 1234).
error-project-reference-taken = The body already has a project { $reference }. Choose another reference, or leave it empty for the next number.
error-date-invalid = Write the date as YYYY-MM-DD (for example 2027-06-30).
error-reason-too-long = Keep the reason under { $max } characters.
error-project-moved-meanwhile = Someone moved this project while you were editing. Look at its new stage and try again.
notice-project-registered = The project is registered.
notice-project-moved = The project has moved to its new stage.
stage-00 = Preliminary
stage-10 = Proposal
stage-20 = Preparatory
stage-30 = Committee
stage-40 = Enquiry
stage-50 = Approval
stage-60 = Publication
stage-90 = Review
stage-95 = Withdrawal
substage-00 = registration
substage-20 = main action started
substage-60 = completed
substage-92 = repeat an earlier phase
substage-93 = repeat the current phase
substage-98 = abandoned
substage-99 = proceed
programme-title = Work programme
programme-lead = The committee's projects, the stage each has reached and when it should be published.
programme-projects = Projects
programme-none = No projects in the work programme yet.
programme-new = Register a project
programme-new-button = Register the project
project-reference = Reference
project-reference-hint = Leave empty for the body's next number.
project-title = Title
project-title-en = Title in English
project-title-fr = Title in French
project-title-ar = Title in Arabic
project-stage = Stage
project-since = since
project-target-date = Target publication date
project-first-stage = Stage it starts at
project-about = About the project
project-timeline = Stage history
project-documents = Documents of the project
project-no-documents = No documents attached to this project yet.
project-no-next = This project is finished: it cannot move any more.
project-move = Move to another stage
project-next-stage = New stage
project-reason = Why (decision, ballot result, meeting)
project-new-target-date = New target publication date (optional)
project-move-button = Move the project

## Documents
doc-kind-working-draft = Working draft
doc-kind-committee-draft = Committee draft
doc-kind-enquiry-draft = Enquiry draft
doc-kind-final-draft = Final draft
doc-kind-agenda = Agenda
doc-kind-minutes = Minutes
doc-kind-resolutions = Resolutions
doc-kind-report = Report
doc-kind-compiled-comments = Compiled comments
doc-kind-other = Other
doc-status-draft = To be notified
doc-status-published = Circulated
doc-public = Public
documents-title = Document register
documents-lead = Every document of the committee in order of registration, with its N-number.
documents-register = Documents
documents-all-kinds = All kinds
documents-kind = Kind
documents-sort = Sort by
documents-sort-number = Number
documents-sort-title = Title
documents-sort-date = Last change
documents-dir = Order
documents-dir-default = Usual order
documents-dir-asc = Ascending
documents-dir-desc = Descending
documents-filter = Show
documents-filter-kind = Kind to show
documents-none = No documents to show.
documents-number = Number
documents-doc-title = Title
documents-status = Status
documents-date = Last change
documents-project = Project
documents-no-project = No project
documents-upload = Register a document
documents-make-public = Public: anyone may read it, even without an account
documents-file = File
documents-file-hint = PDF, DOCX, XLSX, ODT, ODS, ZIP, TXT, PNG or JPEG.
documents-upload-button = Register and upload
document-about = About the document
document-registered = Registered
document-versions = Versions
document-version = Version
document-file = File
document-size = Size
document-uploaded = Uploaded
document-checksum = SHA-256
document-add-version = Upload a new version
document-add-version-button = Upload the version
document-change = Change the document
document-save = Save the changes
notice-document-registered = The document is registered.
notice-version-added = The new version is uploaded.
notice-document-updated = The document is changed.
pager-label = Pages
pager-previous = Previous page
pager-next = Next page
pager-position = Page { $page } of { $pages }
error-document-title-required = Give the document a title.
error-document-title-too-long = Keep the title under { $max } characters.
error-document-kind-invalid = Choose the kind of document from the list.
error-document-status-invalid = Choose “To be notified” or “Circulated”.
error-document-project-unknown = Choose one of this committee's projects, or none.
error-file-required = Choose a file to upload.
error-file-empty = The file is empty. Choose the file with the document in it.
error-file-type = This file is none of the types a committee accepts. Accepted: { $accepted }.
error-file-name-mismatch = The file “{ $name }” is named like a { $claimed } file but its content is { $content }. Check that you chose the right file.
error-file-too-large = The file is larger than { $max } MB, the most the portal accepts. Make it smaller or split it.
error-upload-interrupted = The upload was cut off before the end. Nothing was saved: try again.
error-field-too-long = This field is too long.
error-field-not-text = This field must be text.
error-draft-names-invalid = Give four draft names separated by commas (for example WD,CD,DARS,FDARS).

## Search
nav-search = Search
search-title = Search documents
search-lead = Titles and the text inside uploaded drafts, among the documents you may read.
search-label = Words to search for
search-placeholder = e.g. hemp seed oil
search-button = Search
search-count = { $count ->
    [one] One document found
   *[other] { $count } documents found
}
search-none = No document you may read contains all these words.

## Ballots
error-ballot-kind-invalid = Choose the type of ballot: NP, CD, DIS, FDIS, SR or CIB.
error-ballot-title-required = Give the ballot a title.
error-ballot-question-required = Write the question the member bodies answer.
error-ballot-closes-invalid = Give the closing date and time (in the committee's time zone), or an instant with its zone such as 2027-02-17T12:00:00Z.
error-ballot-closes-past = The closing time has to be in the future.
error-ballot-document-required = A CD, DIS or FDIS ballot is on a document: choose it.
error-ballot-document-other-committee = Choose a document of this committee.
error-ballot-closed = This ballot is closed: votes and changes are no longer accepted.
error-ballot-close-early = { $count ->
    [one] One P-member has not voted yet: the ballot can close early only when every P-member has voted.
   *[other] { $count } P-members have not voted yet: the ballot can close early only when every P-member has voted.
}
error-vote-not-entitled = { $member_body } has no vote in this ballot (an O-member votes only on enquiry and approval drafts).
error-vote-position-invalid = Choose one of the positions this ballot offers.
error-vote-reasons-required = A disapproval of this draft needs technical reasons: write them.
error-vote-reasons-too-long = Keep the reasons under 10,000 characters, or attach them as comments.
error-ballot-opens-invalid = Give the opening date and time (in the committee's time zone), or an instant with its zone such as 2027-01-05T08:00:00Z; leave it empty to open now.
error-ballot-not-open = This ballot is not open yet: votes are accepted from its opening time.
error-ballot-not-scheduled = This ballot is not waiting to open: it is already open, closed or cancelled.
error-ballot-cancel-reason = Say why the ballot is cancelled: the member bodies will read it.

## Ballots: pages
ballots-title = Ballots
ballots-lead = Member bodies vote on drafts and questions; each body's rules decide the outcome.
ballots-list = All ballots
ballots-none = No ballots yet.
committee-ballots = Ballots
ballot-of-kind = { $kind } ballot
ballot-title-field = Title
ballot-kind = Type
ballot-kind-option = { $kind } ({ $weeks ->
    [one] 1 week
   *[other] { $weeks } weeks
})
ballot-status = Status
ballot-status-scheduled = Opens later
ballot-status-open = Open
ballot-status-closed = Closed
ballot-status-cancelled = Cancelled
ballot-closes = Closes
ballot-opens = Opens
ballot-committee = Committee
ballot-question = Question
ballot-document = Document voted on
ballot-no-document = No document (NP, SR or internal ballot)
ballot-votes-cast = Votes
ballot-votes-of = { $cast } of { $voters } member bodies have voted
ballot-your-time = Your time:
ballot-days-left = { $count ->
    [one] 1 day left
   *[other] { $count } days left
}
ballot-hours-left = { $count ->
    [one] 1 hour left
   *[other] { $count } hours left
}
ballot-minutes-left = { $count ->
    [one] 1 minute left
   *[other] { $count } minutes left
}
ballot-time-up = Voting time is over
ballot-create = Open a ballot
ballot-create-button = Open the ballot
ballot-propose-for = Propose the default closing date for:
ballot-opens-hint = Leave empty to open now; in the committee's time zone.
ballot-closes-hint = In the committee's time zone ({ $zone }). Default lengths in weeks: { $lengths }. A shorter ballot is allowed; it is marked as shorter than the default.
ballot-shorter-warning = This ballot is shorter than the body's default length for its type ({ $weeks ->
    [one] 1 week
   *[other] { $weeks } weeks
}).
ballot-cancelled-because = Cancelled:
ballot-about = The ballot
ballot-result = Result
ballot-result-after-closing = The votes and the tally are shown when the ballot closes.
ballot-result-so-far = The ballot is still open: the tally so far (no outcome yet).
ballot-outcome = Outcome:
ballot-criteria = Criteria
ballot-criterion-share = { $name }: { $part } of { $whole } = { $percent } { $sign } { $threshold_percent } ({ $threshold }): { $status }
ballot-criterion-count = { $name }: { $part }, { $needed } needed: { $status }
ballot-criterion-met = met
ballot-criterion-not-met = not met
ballot-votes = Votes
ballot-no-votes = No votes yet.
ballot-not-voted = Have not voted:
ballot-member-body = Member body
ballot-membership = Membership
ballot-position = Vote
ballot-reasons = Reasons and comments
ballot-commits = Commits to participate
ballot-experts = Nominated experts
ballot-cast-by = Cast by
ballot-cast-at = Cast at (UTC)
ballot-export = Download the result:
ballot-export-xlsx = Excel (XLSX)
ballot-export-csv = CSV
ballot-manage = Manage the ballot
ballot-open-now = Open now
ballot-close-now = Close the ballot now
ballot-close-early-rule = The ballot closes by itself at its closing time; it can be closed earlier once every P-member has voted.
ballot-move-closing = New closing time
ballot-move-closing-hint = In the committee's time zone ({ $zone }). The change is recorded and shown to everyone.
ballot-move-closing-button = Move the closing time
ballot-cancel-reason = Reason for cancelling
ballot-cancel-button = Cancel the ballot
ballot-vote-history = Replaced votes
ballot-events = History
yes = yes
outcome-approved = Approved
outcome-not-approved = Not approved
outcome-consensus-recommended = Consensus recommended (the chair confirms)
outcome-chair-determination-required = Chair determination required
position-approve = Approve
position-disapprove = Disapprove
position-abstain = Abstain
position-confirm = Confirm
position-revise = Revise
position-withdraw = Withdraw
criterion-p-approval = Approvals among P-member votes cast
criterion-participation = P-members committing to participate
criterion-negative-votes = Negative votes among all votes cast
criterion-sr-confirm = Confirm among P-member votes
criterion-sr-revise = Revise among P-member votes
criterion-sr-withdraw = Withdraw among P-member votes
criterion-weighted-approval = Weighted approvals among weighted votes cast
vote-title = Vote of { $member_body }
vote-legend = The position of { $member_body }
vote-membership = { $membership }-member of the committee when the ballot opened
vote-current = Current vote:
vote-none-yet = No vote cast yet.
vote-not-entitled = As an O-member, this member body comments but does not vote on a { $kind } ballot.
vote-reasons-hint = Optional.
vote-reasons-hint-required = Required to disapprove: give the technical reasons. A disapproval without them is not counted.
vote-commits = We commit to participate in the project
vote-commits-short = commits to participate
vote-experts = Experts
vote-experts-hint = One name per line.
vote-cast-button = Cast the vote
vote-change-button = Change the vote
notice-vote-recorded = Your vote for { $member_body } was recorded at { $at }; you can change it until { $until }.
notice-ballot-created = The ballot is open (or scheduled). The member bodies can vote from its opening time.
notice-ballot-opened = The ballot is open.
notice-ballot-closed = The ballot is closed and its outcome recorded.
notice-ballot-cancelled = The ballot is cancelled.
notice-ballot-closing-changed = The closing time is moved; the change is recorded.
notice-late-vote-recorded = The late vote is recorded and the outcome recomputed.
late-vote-title = Record a late vote
late-vote-lead = An internal ballot can be re-opened to record a vote that arrived late. The vote counts, the outcome is recomputed, and both are recorded with your explanation.
late-vote-explanation = Why it is recorded late
late-vote-button = Re-open and record the vote
error-late-vote-internal-only = Only internal ballots (CIB) can be re-opened for a late vote.
error-late-vote-not-closed = A late vote can be recorded only on a closed ballot.
error-late-vote-explanation-required = Explain why the vote is recorded late: the explanation is kept in the ballot's history.
error-time-zone-unknown = “{ $zone }” is not a time zone we know: use a name such as Africa/Nairobi or Europe/Paris.
event-ballot-scheduled = Scheduled
event-ballot-opened = Opened
event-vote-cast = Vote cast
event-vote-changed = Vote changed
event-late-vote-refused = Late vote refused
event-closing-changed = Closing time moved
event-ballot-closed = Closed
event-ballot-cancelled = Cancelled
event-ballot-reopened = Re-opened for a late vote
event-other = Event
home-ballots-needing-vote = Ballots needing my vote
home-vote-for = for { $member_body }
participation-title = Participation
participation-lead = P-members' votes in the ballots closed since { $since }.
participation-p-members = P-members
participation-none = No ballot closed in the last 12 months.
participation-membership-now = Membership now
participation-missed = Missed
participation-missed-required = DIS, FDIS, SR missed
participation-missed-internal = Internal ballots missed
participation-flag = Downgrade
participation-flagged = Flagged for downgrade
participation-of = { $part } of { $whole }
participation-rule = A P-member that misses a DIS, FDIS or SR ballot, or more than a fifth of the internal ballots in a year, is flagged for downgrade to O-member; the committee manager decides.
field-time-zone = Time zone
field-time-zone-hint = Ballot closings and meetings are shown and typed in it: a name such as Africa/Nairobi or Europe/Istanbul.

rules-title = Ballot rules
rules-family = How ballots are decided
rules-family-iso = ISO style: counted votes against thresholds
rules-family-weighted = Weighted votes (CEN/CENELEC style)
rules-family-chair-consensus = Consensus judged by the chair (IETF style)
rules-np-approval = NP: approvals among P-members voting
rules-cd-consensus = CD: approvals that count as consensus
rules-enquiry-approval = DIS/FDIS: approvals among P-member votes
rules-enquiry-max-negative = DIS/FDIS: most negative votes of all votes
rules-sr-majority = SR: majority of P-members voting
rules-cib-majority = CIB: approvals among P-members voting
rules-cib-missed-flag = Internal ballots missed in a year that flag a downgrade
rules-np-participants-small = NP: P-members committing to participate (small committee)
rules-np-participants-large = NP: P-members committing to participate (large committee)
rules-np-large-committee = NP: a committee is large from this many P-members
rules-weeks = Default lengths in weeks
rules-weights = Weights (weighted votes)
rules-weights-hint = One member body per line: its code and its weight, such as AFNOR 29. Not listed: 1.
rules-weighted-threshold = Weighted approvals needed
rules-ratio-hint = Thresholds as fractions: 2/3 means at least two thirds; >1/2 means more than half.
rules-change = Change the rules
rules-save = Save the rules
notice-rules-changed = The ballot rules are changed. Ballots are decided under them when they close.
error-rules-ratio = Write a fraction no greater than 1, such as 2/3, or >1/2 for "more than half".
error-rules-number = Write a whole number from 1 to { $max }.
error-rules-weight-line = “{ $line }” is not a member body code followed by a weight, such as AFNOR 29.
error-rules-family = Choose how ballots are decided.
event-late-recorded = recorded late by the manager
account-time-zone = Your time zone
field-own-time-zone = Time zone
field-own-time-zone-hint = An IANA name such as Europe/Paris or Africa/Lagos. Ballot closings are then shown in it beside the committee's time. Leave empty for the committee's time only.
account-time-zone-save = Save the time zone
notice-time-zone-saved = Your time zone is saved.

## Comments on drafts
error-comment-kind-required = Choose the type of comment: ge (general), te (technical) or ed (editorial).
error-comment-kind-unknown = “{ $kind }” is not a type of comment: use ge (general), te (technical) or ed (editorial).
error-comment-text-required = Write the comment.
error-comment-too-long = Keep this cell under 20,000 characters.
error-comment-reference-too-long = Keep this reference under 200 characters.
error-comment-member-body = Comment for a member body you belong to that is a P- or O-member of this committee.
error-comments-submitted = This member body has already submitted its comments on this document: they can no longer change.
error-comment-changed = Someone changed this comment since you opened it: reload to see their version, then make your change again.
error-comments-changed-before-submit = { $count ->
    [one] One comment changed or was added since you opened the list: nothing was submitted. Reload, check it and submit again.
   *[other] { $count } comments changed or were added since you opened the list: nothing was submitted. Reload, check them and submit again.
}
error-disposition-invalid = Choose a decision: accepted, accepted in principle, not accepted or noted.
error-comment-not-submitted = A decision is recorded only on a comment its member body has submitted.
comments-sheet = Comments
comment-col-mb = MB/NC
comment-col-line = Line number
comment-col-clause = Clause/Subclause
comment-col-paragraph = Paragraph/Figure/Table
comment-col-type = Type of comment
comment-col-comment = Comments
comment-col-proposed = Proposed change
comment-col-observations = Observations of the secretariat
comment-col-disposition = Decision
disposition-accepted = Accepted
disposition-accepted-in-principle = Accepted in principle
disposition-not-accepted = Not accepted
disposition-noted = Noted
comment-kind-te = technical
comment-kind-ed = editorial
comment-kind-ge = general
comment-clause-hint = 5.2, A.1, or empty / General for the whole document.
comment-status-draft = draft
comment-status-dropped = left out of the national position
comment-status-submitted = submitted
comments-title = Comments
comments-of = Comments of { $member_body }
comments-drafting-note = Drafts: their author and the member body's officer can change them until the officer submits the national position.
comments-submitted-note = Submitted: these comments are frozen and visible to the committee.
comments-none-yet = No comments yet.
comments-author-status = Author and status
comments-edit = Change
comments-leave-out = Leave out
comments-take-back = Take back
comments-add = Add a comment
comments-change = Change the comment
comments-add-button = Add the comment
comments-save = Save the comment
comments-submit = Submit the national position of { $member_body }
comments-submit-hint = { $count ->
    [one] One draft comment will be submitted, exactly as shown above; comments left out stay out.
   *[other] { $count } draft comments will be submitted, exactly as shown above; comments left out stay out.
}
comments-compiled = Compiled comments
comments-progress = { $resolved } of { $total } comments resolved
comments-all-member-bodies = All member bodies
comments-all-types = All types
comments-none-submitted = No member body has submitted comments yet.
comments-record = Record
comments-export = Download the compiled comments:
notice-comment-added = The comment is added.
notice-comment-saved = The comment is saved.
notice-comment-left-out = The comment is left out of the national position.
notice-comment-taken-back = The comment is back in the national position.
notice-comments-submitted = The national position is submitted: the comments are frozen and visible to the committee.
notice-disposition-recorded = The decision is recorded.
comments-export-docx = Word (DOCX)
# Importing filled templates, the comments' history
comment-col-id = Comment ID
error-import-rejected = { $count ->
    [one] One row of the file has a problem: nothing was imported. Correct it and upload the file again, or import only the valid rows.
   *[other] { $count } rows of the file have problems: nothing was imported. Correct them and upload the file again, or import only the valid rows.
}
error-import-file-required = Choose the filled template to upload (.xlsx or .docx).
error-import-no-headings = No row of the file has the template's headings: keep the heading row with at least “Type of comment” and “Comments” (or, for decisions, “Comment ID” and “Decision”).
error-import-no-rows = The file has the template's headings but no rows under them.
error-import-too-many-rows = The file has { $count } rows: import at most { $max } at a time, in several files.
error-import-merged = Cells { $cells } are merged: unmerge them so that each column of the row has its own value.
error-import-formula = Cell { $cell } holds a formula ({ $formula }) instead of a value: copy it and paste it as a value.
error-import-member-body = MB/NC says { $given }, but these comments are imported for { $expected }: leave the column empty or write { $expected }.
error-import-id-required = The Comment ID is empty: keep the Comment ID column of the exported file.
error-import-unknown-id = No submitted comment on this document has the ID { $id }: import the file exported from this document.
error-import-decision-unknown = “{ $decision }” is not a decision: write Accepted, Accepted in principle, Not accepted or Noted.
error-import-decision-required = An observation needs a decision: write Accepted, Accepted in principle, Not accepted or Noted.
error-import-old-format = This is an Excel 97–2003 file (.xls): save it as an Excel workbook (.xlsx) and upload that.
error-import-not-a-package = This file is not an Excel workbook (.xlsx) or a Word document (.docx): save the filled template in one of these formats.
error-import-zip-not-template = This file is a ZIP archive (it holds { $entries }), not an Excel workbook or a Word document: upload the .xlsx or .docx template itself.
error-import-damaged = The file is damaged (its part { $part } cannot be read): open it in Excel or LibreOffice, save it again and upload it.
notice-comments-imported = { $imported ->
    [one] One comment imported as a draft.
   *[other] { $imported } comments imported as drafts.
}{ $skipped ->
    [0] {""}
    [one] {" "}One row with problems was left out.
   *[other] {" "}{ $skipped } rows with problems were left out.
}
notice-dispositions-imported = { $imported ->
    [one] One decision recorded from the file.
   *[other] { $imported } decisions recorded from the file.
}{ $skipped ->
    [0] {""}
    [one] {" "}One row with problems was left out.
   *[other] {" "}{ $skipped } rows with problems were left out.
}
comments-import-title = Import the comments of { $member_body } from a filled template
comments-import-hint = Upload the 8-column template filled in Excel, LibreOffice or Word (.xlsx or .docx, up to 10,000 rows). Every row is checked first: if one is wrong, nothing is imported and each problem is listed with its row.
comments-import-decisions-title = Import decisions from a filled compilation
comments-import-decisions-hint = Download the compiled comments as Excel, fill in the Decision and Observations columns, and upload the file: the rows are matched by their Comment ID.
comments-import-file = Filled template (.xlsx or .docx)
comments-import-valid-only = Import the valid rows and leave out the rows with problems
comments-import-button = Check and import
comments-importing = Importing…
comments-import-problems = Rows to correct
comments-import-row-column = Row { $row }, { $column }:
comments-import-row = Row { $row }:
comments-under-ballot = This draft is under { $kind } ballot: submitting the national position sends these comments with the vote of { $member_body }.
comments-open-ballot = Open the ballot
comments-submitted-with-vote = Submitted with the vote of { $member_body }.
comments-history = History of the comments
comment-event-created = { $member_body }: comment drafted on clause { $clause }
comment-event-edited = { $member_body }: comment on clause { $clause } changed
comment-event-dropped = { $member_body }: comment on clause { $clause } left out
comment-event-restored = { $member_body }: comment on clause { $clause } taken back
comment-event-imported = { $count ->
    [one] { $member_body }: one comment imported from a file
   *[other] { $member_body }: { $count } comments imported from a file
}
comment-event-submitted = { $count ->
    [one] { $member_body }: national position submitted (one comment)
   *[other] { $member_body }: national position submitted ({ $count } comments)
}
comment-event-disposition = Decision on clause { $clause }: { $decision }
comment-event-dispositions-imported = { $count ->
    [one] One decision imported from a file
   *[other] { $count } decisions imported from a file
}
comments-search = Words
vote-comments-submitted = { $count ->
    [one] One comment of { $member_body } on the draft was submitted with the national position.
   *[other] { $count } comments of { $member_body } on the draft were submitted with the national position.
}
vote-comments-drafts = { $count ->
    [one] { $member_body } has one draft comment on the draft: submit the national position to send it with the vote.
   *[other] { $member_body } has { $count } draft comments on the draft: submit the national position to send them with the vote.
}
vote-comments-none = Comments of { $member_body } go with its vote: write them in the 8-column template.
vote-comments-see = See the comments
vote-comments-submit = Review and submit the comments
vote-comments-write = Comment on the draft
# Meetings
meeting-late-plenary = Late agenda: the draft agenda of a committee meeting in person or hybrid is due { $weeks } weeks before it; this one is published { $days } days before.
meeting-late-plenary-virtual = Late agenda: the draft agenda of a virtual committee meeting is due { $weeks } weeks before it; this one is published { $days } days before.
meeting-late-wg = Late agenda: the draft agenda of a working group meeting in person or hybrid is due { $weeks } weeks before it; this one is published { $days } days before.
meeting-late-wg-virtual = Late agenda: the draft agenda of a virtual working group meeting is due { $weeks } weeks before it; this one is published { $days } days before.
error-meeting-title = Give the meeting a title, e.g. “12th plenary meeting”.
error-meeting-title-long = Keep the title under 300 characters.
error-meeting-kind = Choose the kind of meeting: committee plenary or working group.
error-meeting-mode = Choose how people take part: in person, virtual or hybrid.
error-meeting-start = Give the start as a date and time, e.g. 2027-03-16 09:00.
error-meeting-end = Give the end as a date and time, e.g. 2027-03-18 17:00.
error-meeting-end-before-start = The end must come after the start.
error-meeting-venue = Give the venue: a meeting in person or hybrid takes place somewhere.
error-meeting-link = Give the join link: a virtual or hybrid meeting needs one.
error-meeting-link-web = The join link must be a web address starting with https://.
error-meeting-deadline-after-start = The registration deadline must be before the meeting starts.
error-meeting-zone = “{ $zone }” is not a time zone: choose one such as Africa/Casablanca or Europe/Istanbul.
error-meeting-deadline = Give the registration deadline as a date and time, e.g. 2027-02-15 17:00, or leave it empty.
error-meeting-host = No member body has the code “{ $code }”: give the host's code, e.g. IMANOR.
error-agenda-title = Give this agenda item a title.
error-agenda-outcome = Choose what the item is for: information, discussion or decision.
error-agenda-level = A sub-item follows an item: the first item cannot be a sub-item, and sub-items go one level deep.
error-agenda-document = This is not a document of the committee's register: link documents registered in this committee.
error-agenda-empty = The agenda has no items yet: add them before publishing.
error-agenda-published-meanwhile = Someone published the agenda meanwhile: reload the page to see the new version.
error-registration-closed = Registration closed at the deadline: ask the committee manager to reopen it.
error-registration-virtual = The meeting is virtual: register the delegate as remote.
error-registration-participation = Choose how the delegate takes part: in person or remote.
error-registration-not-delegate = This person is not a delegate of { $member_body } to the committee: nominate them first.
error-registration-twice = This delegate is already registered to the meeting.
error-attendance-before = Attendance is marked once the meeting has begun.
meetings-title = Meetings
meetings-upcoming = Upcoming meetings
meetings-past = Past meetings
meetings-none = No meetings.
meeting-title-field = Title
meeting-title-hint = Title and number, e.g. “12th plenary meeting”.
meeting-when = When
meeting-where = Where
meeting-kind = Kind of meeting
meeting-kind-plenary = Committee plenary
meeting-kind-wg = Working group meeting
meeting-mode = Mode
meeting-mode-in-person = In person
meeting-mode-virtual = Virtual
meeting-mode-hybrid = Hybrid
meeting-time-zone = Host's time zone
meeting-time-zone-hint = The start and end are read in this zone, e.g. Africa/Casablanca.
meeting-starts = Starts
meeting-ends = Ends
meeting-venue = Venue
meeting-join-url = Join link
meeting-host = Host member body
meeting-host-hint = Its code, e.g. IMANOR.
meeting-deadline = Registration deadline
meeting-schedule = Schedule a meeting
meeting-schedule-button = Schedule the meeting
meeting-registration = Registration
meeting-registration-open = Open
meeting-registration-closed = Closed
meeting-calendar = Calendar of the committee (iCalendar)
notice-meeting-scheduled = The meeting is scheduled.
agenda-title = Agenda
agenda-none = The agenda is not published yet.
agenda-version = Agenda v{ $version }
agenda-published = Published { $when } by { $by }.
agenda-history = Versions
agenda-version-changes = { $count ->
    [one] Agenda v{ $version }, one item changed
   *[other] Agenda v{ $version }, { $count } items changed
}
agenda-document-late = registered late for a decision
agenda-remove = Remove
agenda-draft = Draft agenda
agenda-draft-note = Only you see the draft; publishing freezes a new version for the committee.
agenda-draft-empty = No items yet.
agenda-add = Add an item
agenda-item-title = Item title
agenda-item-description = Short description
agenda-item-outcome = Expected outcome
agenda-item-document = Document of the register
agenda-no-document = No document
agenda-item-sub = Sub-item of the item before
agenda-add-button = Add the item
agenda-outcome-information = For information
agenda-outcome-discussion = For discussion
agenda-outcome-decision = For decision
agenda-confirm-late = Publish it anyway: the meeting page will show the rule it breaks
agenda-publish = Publish the agenda
notice-agenda-item-added = The item is added to the draft.
notice-agenda-item-removed = The item is removed from the draft.
notice-agenda-published = The agenda is published.
registrations-title = Registrations
registrations-none = No delegate registered yet.
registration-delegate = Delegate
registration-participation = Takes part
registration-in-person = In person
registration-remote = Remote
registration-attended = Attendance
registration-present = Present
registration-absent = Absent
registration-mark-present = Present
registration-mark-absent = Absent
registration-head = Head of delegation
registration-add = Register a delegate
registration-button = Register
registration-reopen = Reopen registration
notice-delegate-registered = The delegate is registered.
notice-attendance-marked = Attendance is marked.
notice-registration-reopened = Registration is open again.
error-record-empty = Write the text first.
error-record-too-long = Keep the text under 200,000 characters.
error-record-locked = These records are approved or locked and no longer change: start a correction instead.
error-record-status = Choose the next step: circulated, approved or locked.
error-record-step = A record moves one step at a time: draft, circulated, approved, locked (this one is { $status }).
error-record-changed = Someone moved this record on meanwhile: reload the page.
error-record-not-locked = Only a locked record is corrected by a new one; change this one directly.
error-resolution-title = Give the resolution a title.
error-resolution-item = Choose an item of the published agenda.
error-resolution-ballot = Choose a ballot of this committee.
record-draft = Draft
record-circulated = Circulated
record-approved = Approved
record-locked = Locked
record-circulate = Circulate for review
record-approve = Record the approval
record-lock = Lock
record-correct = Start a correction
record-on-time = on time
record-late = late
record-agenda-item = Agenda item:
record-correction = Correction of a locked record.
record-no-item = No item
minutes-title = Minutes
minutes-due = Minutes with the attendance list are due by { $when }.
minutes-none = No minutes yet.
minutes-text = Text of the minutes
minutes-hint = “# ” and “## ” start headings, “- ” and “1. ” list items; a blank line separates paragraphs.
minutes-save = Save the minutes
resolutions-title = Resolutions
resolutions-due = Resolutions are due by { $when } (48 hours after the meeting).
resolutions-none = No resolutions yet.
resolution-add = Add a resolution
resolution-title = Title of the resolution
resolution-text = Text of the resolution
resolution-add-button = Add the resolution
notice-minutes-saved = The minutes are saved.
notice-resolution-added = { $reference } is added.
notice-record-moved = The record moved on.
notice-correction-started = A correction is started as a new draft.
invitation-title = Invitation letter
invitation-date = Date: { $date }
invitation-to = To whom it may concern,
invitation-body = This is to confirm that { $name }, delegate of { $member_body }, is registered to attend the { $meeting } of { $committee }, to be held at { $venue } from { $starts } to { $ends }.
invitation-host = The meeting is hosted by { $host }.
invitation-closing = We would be grateful for any assistance you can give the delegate in obtaining a visa for this meeting.
invitation-signature = The secretariat of { $committee }
registration-invitation = Invitation letter (DOCX)
agenda-printable = Printable agenda
error-meeting-cancelled = This meeting is cancelled and no longer changes.
meeting-cancelled = This meeting is cancelled.
meeting-cancel = Cancel the meeting
notice-meeting-cancelled = The meeting is cancelled; calendars show it cancelled.

## Notifications
nav-notifications-count = { $count ->
    [0] Notifications, none unread
    [one] Notifications, one unread
   *[other] Notifications, { $count } unread
}
notifications-title = Notifications
notifications-unread = { $count ->
    [0] Nothing unread.
    [one] One unread notification.
   *[other] { $count } unread notifications.
}
notifications-none = Nothing has happened in your committees yet.
notifications-mark-all = Mark all as read
notifications-new = New:
notice-notifications-read = All notifications are marked as read.
notification-unknown = A notification this version of Comity cannot show.
notification-agenda-published = { $committee }: the agenda of “{ $meeting }” is published.
notification-agenda-changed = { $committee }: agenda v{ $version } of “{ $meeting }” is published, { $count ->
    [one] one item changed.
   *[other] { $count } items changed.
}
notification-meeting-changed = { $committee }: “{ $meeting }” has a new date, place or link.
notification-meeting-cancelled = { $committee }: “{ $meeting }” is cancelled.
notification-ballot-opened = { $committee }: the ballot “{ $ballot }” is open until { $closes }.
notification-document-registered = { $committee }: { $number } “{ $title }” is circulated.

## Meetings: rescheduling, editing the draft agenda, resolutions' ballots
meeting-reschedule = Change the date, place or link
meeting-reschedule-note = Calendars that follow the committee's or a person's feed update the same event; the committee's people are notified.
meeting-reschedule-button = Save the new schedule
notice-meeting-rescheduled = The meeting is rescheduled; calendars update the same event and the committee's people are notified.
agenda-move-up = Move up
agenda-move-down = Move down
agenda-move-up-label = Move item { $item } up
agenda-move-down-label = Move item { $item } down
agenda-edit-label = Change item { $item }
agenda-edit-button = Save the item
notice-agenda-item-moved = The item is moved.
notice-agenda-item-changed = The item is changed.
error-agenda-cannot-move = This item cannot move further that way: it is already the first or the last of its level.
resolution-ballot = Ballot (optional)
resolution-no-ballot = No ballot
resolution-ballot-link = The ballot of this resolution

## Body rules: meetings' notice periods
rules-notice = Meetings: notice periods (weeks)
rules-notice-weeks = { $count ->
    [one] one week
   *[other] { $count } weeks
}
rules-notice-plenary-agenda = Draft agenda before a committee meeting in person or hybrid
rules-notice-plenary-agenda-virtual = Draft agenda before a virtual committee meeting
rules-notice-wg-agenda = Draft agenda before a WG meeting in person or hybrid
rules-notice-wg-agenda-virtual = Draft agenda before a virtual WG meeting
rules-notice-plenary-documents = Documents for decision before a committee meeting
rules-notice-wg-documents = Documents for decision before a WG meeting
rules-notice-minutes = Minutes after the meeting
agenda-remove-label = Remove item { $item }
minutes-attendance = Attendance list
text-in-english = (in English)

# The audit trail
nav-audit = Audit trail
audit-title = Audit trail
audit-lead = Every change that matters, in order: votes, ballots, memberships and roles, documents, agendas, locked minutes and resolutions. Each event includes the fingerprint of the one before, so a change made behind the portal's back shows.
audit-lead-committee = The changes that matter in this committee, newest first.
audit-events = Events
audit-none = No events yet.
audit-older = Older events
audit-intact = { $count ->
    [one] The chain is intact: its one event holds.
   *[other] The chain is intact: all { $count } events hold.
}
audit-broken = The chain is broken at event { $seq }: { $reason } The { $count } events before it hold.
audit-reason-altered = its content no longer matches its fingerprint (changed by hand).
audit-reason-unlinked = it does not follow the event before.
audit-reason-missing = it is missing (removed).
audit-col-when = When
audit-col-who = Who
audit-col-what = What
audit-col-change = Change
audit-actor-portal = The portal
audit-kind-vote-cast = Vote cast
audit-kind-vote-changed = Vote changed
audit-kind-late-vote-refused = Late vote refused
audit-kind-ballot-scheduled = Ballot scheduled
audit-kind-ballot-opened = Ballot opened
audit-kind-ballot-closed = Ballot closed
audit-kind-ballot-reopened = Ballot re-opened
audit-kind-ballot-cancelled = Ballot cancelled
audit-kind-ballot-closing-changed = Closing date changed
audit-kind-membership-changed = Membership changed
audit-kind-role-changed = Role changed
audit-kind-secretariat-changed = Secretariat changed
audit-kind-committee-created = Committee created
audit-kind-committee-changed = Committee details changed
audit-kind-document-registered = Document registered
audit-kind-document-version = Document version registered
audit-kind-agenda-published = Agenda published
audit-kind-minutes-locked = Minutes locked
audit-kind-resolution-locked = Resolution locked

# The dashboard
nav-dashboard = Needs me
dashboard-title = What needs me
dashboard-lead = By your roles, the most urgent first. Each item leads to where it is done.
dashboard-nothing = Nothing needs you right now.
dashboard-consolidate = Comments to consolidate and submit
dashboard-decide = Comments awaiting the secretariat's decision
dashboard-agendas = Agendas to publish
dashboard-minutes = Minutes to circulate
dashboard-registrations = Registrations closing
dashboard-comments = { $count ->
    [one] one comment
   *[other] { $count } comments
}
dashboard-due = Due
dashboard-overdue = Overdue since

## Notifications by e-mail (issue 9)
notification-ballot-closed = { $committee }: the ballot “{ $ballot }” is closed: { $outcome ->
    [approved] approved.
    [not_approved] not approved.
    [consensus_recommended] the numbers show consensus; the chair confirms.
   *[other] the chair determines the outcome.
}
notification-ballot-closing-week = { $committee }: the ballot “{ $ballot }” closes in 7 days ({ $closes }) and your member body has not voted.
notification-ballot-closing-days = { $committee }: the ballot “{ $ballot }” closes in 48 hours ({ $closes }) and your member body has not voted.
notification-disposition-recorded = { $document }: the secretariat recorded its decision on your comment: { $disposition ->
    [accepted] accepted.
    [accepted_in_principle] accepted in principle.
    [not_accepted] not accepted.
   *[other] noted.
}
notification-registration-in-person = { $committee }: you are registered for “{ $meeting }” on { $starts }, in person.
notification-registration-remote = { $committee }: you are registered for “{ $meeting }” on { $starts }, remotely.
notification-kind-ballot-opened = A ballot opens
notification-kind-ballot-closing = A ballot closes soon and my member body has not voted
notification-kind-ballot-closed = A ballot closes, with its outcome
notification-kind-document-registered = A document is circulated
notification-kind-disposition-recorded = A decision is recorded on my comment
notification-kind-agenda-published = A meeting’s agenda is published
notification-kind-agenda-changed = A published agenda changes
notification-kind-meeting-changed = A meeting’s date, place or link changes
notification-kind-meeting-cancelled = A meeting is cancelled
notification-kind-registration-confirmed = My registration for a meeting is confirmed
notification-kind-other = Other notifications
notification-mode-immediate = E-mail at once
notification-mode-digest = Daily summary
notification-mode-off = No e-mail
notification-settings-title = E-mail about notifications
notification-settings-intro = For each kind of notification, choose how e-mail tells you. The portal’s notifications list always shows everything. The daily summary comes after 07:00 in your time zone.
notification-settings-kind = Notification
notification-settings-save = Save e-mail settings
notification-settings-saved = Your e-mail settings are saved.
error-notification-kind = This is not a kind of notification; reload the page and choose again.
error-notification-mode = Choose “E-mail at once”, “Daily summary” or “No e-mail”.
mail-greeting = Dear { $name },
mail-open = Open:
mail-why = You receive this e-mail because you take part in committees on Comity.
mail-unsubscribe = No more e-mail about “{ $kind }”:
mail-settings = Choose which e-mail you receive:
mail-digest-subject = Comity: your summary of { $day } ({ $count ->
    [one] 1 notification
   *[other] { $count } notifications
})
mail-digest-intro = Here is what happened in your committees since your last summary:
mail-digest-more = … and { $count } more in your notifications on Comity.
unsubscribe-title = Stop e-mail
unsubscribe-question = Stop e-mail about “{ $kind }”? You will still see these notifications in the portal.
unsubscribe-confirm = Stop this e-mail
unsubscribe-done = You will get no more e-mail about “{ $kind }”. You can change this in your account at any time.
unsubscribe-unknown = This link is not valid (any more). Sign in and choose your e-mail settings in your account.
unsubscribe-settings = All e-mail settings
error-cross-site = This request came from another site and was refused. Open the page in Comity itself and try again.
error-503-title = Comity is unavailable for a moment
