-- Timelines, milestones, actors and places. Written in the SQL that H2 (2.x) and PostgreSQL (15) share.
-- Dates are stored as their TIMEX3-style value plus the first and the day-after-last day they cover as
-- epoch days, so range queries over a timeline are plain indexed comparisons.

create sequence timeline_seq start with 1 increment by 50;
create sequence era_seq start with 1 increment by 50;
create sequence milestone_seq start with 1 increment by 50;
create sequence actor_seq start with 1 increment by 50;
create sequence place_seq start with 1 increment by 50;

create table timeline (
    id          bigint        not null primary key,
    slug        varchar(80)   not null,
    title       varchar(200)  not null,
    description varchar(2000),
    created_at  timestamp with time zone not null,
    updated_at  timestamp with time zone not null,
    version     bigint        not null,
    constraint timeline_slug_unique unique (slug)
);

create table era (
    id          bigint       not null primary key,
    timeline_id bigint       not null references timeline (id) on delete cascade,
    name        varchar(200) not null,
    date_value  varchar(60)  not null,
    start_day   bigint       not null,
    end_day     bigint       not null
);
create index era_timeline on era (timeline_id, start_day);

create table actor (
    id   bigint       not null primary key,
    slug varchar(80)  not null,
    name varchar(200) not null,
    type varchar(20)  not null,
    constraint actor_slug_unique unique (slug)
);

create table actor_alias (
    actor_id bigint       not null references actor (id) on delete cascade,
    position integer      not null,
    alias    varchar(200) not null,
    primary key (actor_id, position)
);

create table place (
    id           bigint       not null primary key,
    slug         varchar(80)  not null,
    name         varchar(200) not null,
    type         varchar(20)  not null,
    country_code char(2),
    constraint place_slug_unique unique (slug)
);

create table place_alias (
    place_id bigint       not null references place (id) on delete cascade,
    position integer      not null,
    alias    varchar(200) not null,
    primary key (place_id, position)
);

create table milestone (
    id               bigint        not null primary key,
    timeline_id      bigint        not null references timeline (id) on delete cascade,
    slug             varchar(80)   not null,
    headline         varchar(120)  not null,
    summary          varchar(4000),
    date_value       varchar(60),
    date_precision   varchar(12),
    date_approximate boolean       not null,
    start_day        bigint,
    end_day          bigint,
    status           varchar(12)   not null,
    kind             varchar(20)   not null,
    importance       smallint      not null,
    version          bigint        not null,
    constraint milestone_slug_unique unique (timeline_id, slug),
    constraint milestone_importance check (importance between 1 and 3)
);
create index milestone_timeline_start on milestone (timeline_id, start_day);
create index milestone_timeline_end on milestone (timeline_id, end_day);

create table milestone_actor (
    milestone_id bigint  not null references milestone (id) on delete cascade,
    position     integer not null,
    actor_id     bigint  not null references actor (id),
    primary key (milestone_id, position)
);
create index milestone_actor_actor on milestone_actor (actor_id);

create table milestone_place (
    milestone_id bigint  not null references milestone (id) on delete cascade,
    position     integer not null,
    place_id     bigint  not null references place (id),
    primary key (milestone_id, position)
);
create index milestone_place_place on milestone_place (place_id);

create table milestone_tag (
    milestone_id bigint      not null references milestone (id) on delete cascade,
    position     integer     not null,
    tag          varchar(80) not null,
    primary key (milestone_id, position)
);
create index milestone_tag_tag on milestone_tag (tag);

create table milestone_source (
    milestone_id bigint        not null references milestone (id) on delete cascade,
    position     integer       not null,
    title        varchar(500),
    outlet       varchar(200),
    url          varchar(2000),
    published_on date,
    quote        varchar(4000),
    quote_start  integer       not null,
    quote_end    integer       not null,
    primary key (milestone_id, position)
);

create table milestone_media (
    milestone_id bigint        not null references milestone (id) on delete cascade,
    position     integer       not null,
    url          varchar(2000) not null,
    credit       varchar(500),
    caption      varchar(2000),
    primary key (milestone_id, position)
);
