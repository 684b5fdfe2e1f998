-- A console user's named filters of a list (issue 13): the list page's query string, kept on the server so that they
-- follow the user from one browser to another. A few per user and list (the service keeps to 10); a name is unique
-- within them, and saving under a name again replaces that filter. They go with their user.
create table saved_filter (
    id          uuid primary key,
    user_id     uuid not null references app_user (id) on delete cascade,
    list_name   varchar(20) not null,
    name        varchar(60) not null,
    query       varchar(1000) not null,
    created_at  timestamptz not null,
    constraint saved_filter_name unique (user_id, list_name, name)
);
