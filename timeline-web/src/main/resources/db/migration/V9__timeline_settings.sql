-- A timeline's default zoom and cover image, an audit trail for its eras, and summaries as cleaned HTML.

-- How far the reader's axis is zoomed when a link names no view: SPAN (the whole timeline), DECADE, YEAR,
-- MONTH or DAY, ending at the latest milestone.
alter table timeline add column default_zoom varchar(8) default 'SPAN' not null;
-- The cover image shown on the timeline's page and in sharing cards; alt text is required with an image.
alter table timeline add column cover_url varchar(2000);
alter table timeline add column cover_alt varchar(500);
alter table timeline add column cover_credit varchar(500);

alter table timeline_AUD add column default_zoom varchar(8);
alter table timeline_AUD add column cover_url varchar(2000);
alter table timeline_AUD add column cover_alt varchar(500);
alter table timeline_AUD add column cover_credit varchar(500);

create table era_AUD (
    id          bigint not null,
    REV         bigint not null references revinfo (rev),
    REVTYPE     smallint,
    timeline_id bigint,
    name        varchar(200),
    date_value  varchar(60),
    start_day   bigint,
    end_day     bigint,
    primary key (REV, id)
);

-- Summaries are now a small HTML subset shown as HTML. Until now they were plain text: escaping the three
-- characters HTML reads makes every stored summary show exactly as before.
update milestone set summary = replace(replace(replace(summary, '&', '&amp;'), '<', '&lt;'), '>', '&gt;')
    where summary is not null;
update milestone_AUD set summary = replace(replace(replace(summary, '&', '&amp;'), '<', '&lt;'), '>', '&gt;')
    where summary is not null;
