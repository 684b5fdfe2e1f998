-- What a console user is told about (notification/Notifications): one row per event and person, written in the
-- transaction of the event (a hand-over, an assignment, the breach scan) or by the warning scan. The text is not
-- stored: kind, subject and args render it in the reader's language.
create table notification (
    -- Increasing, for the newest-first lists; the live stream does not rely on commit order (see tx).
    id           bigint generated always as identity primary key,
    recipient_id uuid        not null references app_user (id),
    kind         varchar(30) not null,
    subject_type varchar(20) not null,
    subject_id   uuid        not null,
    -- What makes the event unique for its subject: the clock that ran out, the hand-over's history entry, ...
    event_key    varchar(64) not null,
    args         jsonb       not null default '{}',
    created_at   timestamptz not null,
    read_at      timestamptz,
    -- The writing transaction, so that the live stream's poller finds rows committed after rows with higher ids.
    tx           xid8        not null default pg_current_xact_id()
);

-- One notification per event and person: a second scan or a replayed event inserts nothing.
create unique index notification_once on notification (recipient_id, kind, subject_id, event_key);
-- The bell and the page: a user's unread newest first, and all of them newest first.
create index notification_unread on notification (recipient_id, id desc) where read_at is null;
create index notification_recipient on notification (recipient_id, id desc);
-- The live stream's poll: rows written by transactions not yet finished at the previous poll.
create index notification_tx on notification (tx);
-- The warning scan skips complaints already warned about.
create index notification_subject on notification (subject_id, kind);
-- The warning scan walks the running clocks of open complaints.
create index complaint_open_next_due on complaint (next_due_at) where status <> 'CLOSED';
