-- Each editor's last bulk decision on an import queue (accept, accept and publish, reject), kept so that it
-- can be undone: which candidates it decided and, for accepted ones, the milestone each became with the
-- version it had then, so that undo removes only milestones nobody has edited since. One per editor: the
-- next decision replaces it, and undoing it removes it.
create table import_review_action (
    editor      varchar(100) not null primary key,
    timeline_id bigint       not null references timeline (id) on delete cascade,
    verdict     varchar(12)  not null,
    made_at     timestamp with time zone not null
);

create table import_review_item (
    editor            varchar(100) not null references import_review_action (editor) on delete cascade,
    candidate_id      bigint       not null,
    milestone_id      bigint,
    milestone_version bigint,
    constraint import_review_item_unique unique (editor, candidate_id)
);

-- The sentences around a candidate's evidence in its article, for the editor to read it in context.
alter table import_candidate add column context varchar(2000);

-- One import time for all candidates of an article, so that the review lists an article's candidates together.
update import_candidate set created_at = (select min(o.created_at) from import_candidate o
    where o.timeline_id = import_candidate.timeline_id and o.article_hash = import_candidate.article_hash);
