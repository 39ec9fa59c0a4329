-- Articles read from an upload or fetched from the web wait here for an editor to confirm their
-- publication date before milestones are extracted from them (the date resolves "on Wednesday").
create sequence import_source_seq start with 1 increment by 50;

create table import_source (
    id           bigint         not null primary key,
    timeline_id  bigint         not null references timeline (id) on delete cascade,
    file_name    varchar(300)   not null,
    title        varchar(500),
    outlet       varchar(300),
    url          varchar(2000),
    published_on date,
    body         varchar(1000000) not null,
    article_hash varchar(64)    not null,
    created_at   timestamp with time zone not null,
    constraint import_source_unique unique (timeline_id, article_hash)
);

-- Hosts an administrator allows articles to be fetched from although they resolve to a loopback,
-- private or otherwise internal address (an intranet CMS, a test server).
create table import_allowed_host (
    host       varchar(253) not null primary key,
    added_by   varchar(100) not null,
    added_at   timestamp with time zone not null
);

-- Where each candidate's quotes hold the trigger and the time expression the importer read (JSON).
alter table import_candidate add column highlights varchar(4000);
