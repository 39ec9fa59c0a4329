-- Which view a reader gets at a timeline's address when the link asks for none (ReaderView): LIST, the list
-- of milestones with its axis, as every timeline so far; or STORY, story mode's first slide.
alter table timeline add column default_view varchar(8) default 'LIST' not null;
alter table timeline_AUD add column default_view varchar(8);
