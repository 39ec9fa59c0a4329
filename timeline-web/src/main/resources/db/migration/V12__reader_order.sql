-- The reader's order, whole in SQL: dates that start on the same day are ordered as the application orders
-- them (precision, time, approximate, the end of a range), by a key of digits the application writes
-- (DomainMapping.dateOrder) and V13 fills in for the milestones already stored. One index serves the
-- reader's page, its per-year summary and the count of milestones before one (the page a link opens).

alter table milestone add column date_order varchar(26);
alter table milestone_AUD add column date_order varchar(26);

create index milestone_reader_order on milestone (timeline_id, start_day, date_order, importance, headline, slug);
