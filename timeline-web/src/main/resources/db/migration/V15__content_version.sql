-- What readers see of a timeline, marked each time it changes (reader.ReaderCache): content_version counts
-- every write that changes one of its pages (a milestone, an era, a note, the timeline's own settings), in
-- the same transaction, so an ETag built from it changes with the page; content_changed is the second of
-- the last such write, since the epoch, and moves on by at least one second per write, so that
-- If-Modified-Since never confuses two writes made within one second. Both are read with the slug, by the
-- unique index on it, once per request.
alter table timeline add column content_version bigint default 0 not null;
alter table timeline add column content_changed bigint default 0 not null;
