-- Editors' API tokens. Only a SHA-256 hash of each token is kept; its prefix (which is not secret) finds
-- the row without scanning every hash. Deleting an account deletes its tokens.

create sequence api_token_seq start with 1 increment by 50;

create table api_token (
    id           bigint        not null primary key,
    account_id   bigint        not null references account (id) on delete cascade,
    name         varchar(100)  not null,
    prefix       varchar(16)   not null,
    token_hash   varchar(64)   not null,
    created_at   timestamp with time zone not null,
    last_used_at timestamp with time zone,
    expires_at   timestamp with time zone,
    constraint api_token_prefix_unique unique (prefix)
);
create index api_token_account on api_token (account_id);
