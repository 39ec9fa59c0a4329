-- Editors' sessions. The session cookie carries a random token and nothing else; its SHA-256 is kept here,
-- so that signing out, a new password or a disabled account ends the session on the server, not only in
-- the browser. A row lives until sign-out or until it has been idle or open too long (EditorSessions).
create table editor_session (
    token_hash   varchar(64) not null primary key,
    account_id   bigint      not null references account (id) on delete cascade,
    created_at   timestamp with time zone not null,
    last_seen_at timestamp with time zone not null
);
create index editor_session_account on editor_session (account_id);
