-- History: every saved change to a timeline or a milestone (Hibernate Envers), with who made it.
-- Revision numbers come from a sequence, which both databases have; REVTYPE is a smallint, which
-- Hibernate accepts on H2 as on PostgreSQL (which has no tinyint).

create sequence revinfo_seq start with 1 increment by 1;

create table revinfo (
    rev      bigint      not null primary key,
    revtstmp bigint      not null,
    username varchar(80)
);

create table timeline_AUD (
    id            bigint not null,
    REV           bigint not null references revinfo (rev),
    REVTYPE       smallint,
    slug          varchar(80),
    title         varchar(200),
    description   varchar(2000),
    embed_origins varchar(2000),
    state         varchar(12),
    created_at    timestamp with time zone,
    updated_at    timestamp with time zone,
    primary key (REV, id)
);

create table milestone_AUD (
    id               bigint not null,
    REV              bigint not null references revinfo (rev),
    REVTYPE          smallint,
    timeline_id      bigint,
    slug             varchar(80),
    headline         varchar(120),
    summary          varchar(4000),
    date_value       varchar(60),
    date_precision   varchar(12),
    date_approximate boolean,
    start_day        bigint,
    end_day          bigint,
    status           varchar(12),
    kind             varchar(20),
    importance       smallint,
    published        boolean,
    deleted_at       timestamp with time zone,
    primary key (REV, id)
);
create index milestone_aud_id on milestone_AUD (id);

create table milestone_actor_AUD (
    REV          bigint  not null references revinfo (rev),
    REVTYPE      smallint,
    milestone_id bigint  not null,
    position     integer not null,
    actor_id     bigint  not null,
    primary key (position, REV, actor_id, milestone_id)
);

create table milestone_place_AUD (
    REV          bigint  not null references revinfo (rev),
    REVTYPE      smallint,
    milestone_id bigint  not null,
    position     integer not null,
    place_id     bigint  not null,
    primary key (position, REV, milestone_id, place_id)
);

create table milestone_tag_AUD (
    REV          bigint      not null references revinfo (rev),
    REVTYPE      smallint,
    milestone_id bigint      not null,
    position     integer     not null,
    tag          varchar(80) not null,
    primary key (position, REV, milestone_id, tag)
);

create table milestone_source_AUD (
    REV          bigint  not null references revinfo (rev),
    REVTYPE      smallint  not null,
    milestone_id bigint  not null,
    position     integer not null,
    title        varchar(500),
    outlet       varchar(200),
    url          varchar(2000),
    published_on date,
    quote        varchar(4000),
    quote_start  integer,
    quote_end    integer,
    primary key (REVTYPE, position, REV, milestone_id)
);

create table milestone_media_AUD (
    REV          bigint  not null references revinfo (rev),
    REVTYPE      smallint  not null,
    milestone_id bigint  not null,
    position     integer not null,
    url          varchar(2000),
    credit       varchar(500),
    caption      varchar(2000),
    primary key (REVTYPE, position, REV, milestone_id)
);
