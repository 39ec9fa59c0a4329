-- The site's first administrator, made on the setup page (security.FirstRun). One row, id 1, there from the
-- start: a setup locks it before it looks for accounts and creates the first, so two setups at the same
-- moment, on one instance or two, wait for each other and exactly one administrator results. The row then
-- says who was made and when.
create table first_run (
    id            integer     not null primary key,
    administrator varchar(80),
    created_at    timestamp with time zone,
    constraint first_run_one_row check (id = 1)
);
insert into first_run (id) values (1);
