-- Notes to readers under "Updates and corrections": what an editor tells readers in words, for instance
-- why a milestone was withdrawn, since a deleted or unpublished milestone leaves the public history.
create sequence correction_note_seq start with 1 increment by 50;

create table correction_note (
    id          bigint primary key,
    timeline_id bigint not null references timeline (id) on delete cascade,
    note        varchar(1000) not null,
    created_at  timestamp with time zone not null,
    created_by  varchar(100)
);
create index correction_note_timeline on correction_note (timeline_id, created_at);
