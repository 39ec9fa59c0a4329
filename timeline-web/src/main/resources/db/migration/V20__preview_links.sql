-- Preview links (preview.PreviewLinks) are signed, not stored: each carries its timeline, its expiry and the
-- timeline's link generation when it was made. Withdrawing a timeline's links adds one to its generation here,
-- which every link made before no longer matches. A row of its own rather than a column of timeline, so that
-- withdrawing links is no edit of the timeline: its version, content marker and history stay as they are.
create table preview_generation (
    timeline_id bigint  not null primary key references timeline (id) on delete cascade,
    generation  integer not null
);
