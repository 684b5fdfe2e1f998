-- A replayed POST answers exactly like the first one: keep the ETag and the media type beside status and body.
alter table idempotency_record
    add column etag         varchar(100),
    add column content_type varchar(100);
