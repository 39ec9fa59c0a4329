-- Editors' accounts, and the states editors give timelines and milestones.

create sequence account_seq start with 1 increment by 50;

create table account (
    id            bigint        not null primary key,
    username      varchar(80)   not null,
    display_name  varchar(200)  not null,
    password_hash varchar(200)  not null,
    role          varchar(12)   not null,
    enabled       boolean       not null,
    created_at    timestamp with time zone not null,
    version       bigint        not null,
    constraint account_username_unique unique (username)
);

-- DRAFT timelines are for editors only; ARCHIVED ones stay readable but leave the index.
alter table timeline add column state varchar(12) default 'PUBLISHED' not null;

-- A draft milestone is not shown to readers; a deleted one is kept (restorable) until purged.
alter table milestone add column published boolean default true not null;
alter table milestone add column deleted_at timestamp with time zone;
