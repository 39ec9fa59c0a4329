-- Candidates the importer proposed, waiting for an editor to accept or reject them. A candidate is the
-- importer's milestone as JSON; the article's SHA-256 makes importing the same article twice a no-op.

create sequence import_candidate_seq start with 1 increment by 50;

create table import_candidate (
    id           bigint        not null primary key,
    timeline_id  bigint        not null references timeline (id) on delete cascade,
    article_hash varchar(64)   not null,
    position     integer       not null,
    headline     varchar(120)  not null,
    milestone    varchar(20000) not null,
    confidence   double precision not null,
    flags        varchar(2000),
    state        varchar(12)   not null,
    created_at   timestamp with time zone not null,
    constraint import_candidate_unique unique (timeline_id, article_hash, position)
);
create index import_candidate_pending on import_candidate (timeline_id, state);
