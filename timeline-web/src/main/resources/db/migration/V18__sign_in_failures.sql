-- Failed sign-ins, counted by the throttle (security.LoginThrottle): one row per failure and per key, the key
-- naming an account ("account:name") or a client address ("address:203.0.113.7"). In the database, not in
-- one instance's memory, so that several instances behind a load balancer count the same failures: an
-- attacker cannot multiply the allowance by the number of instances, and a password that failed on one is
-- refused on all. Rows older than the lockout are deleted as new failures are written.
create sequence sign_in_failure_seq start with 1 increment by 50;
create table sign_in_failure (
    id           bigint       not null primary key,
    throttle_key varchar(320) not null,
    failed_at    timestamp with time zone not null
);
create index sign_in_failure_key on sign_in_failure (throttle_key, failed_at);
create index sign_in_failure_at on sign_in_failure (failed_at);
