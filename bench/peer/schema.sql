-- The peer's view of the gateway's own tables (bench/README.md, "The peer"): PostGraphile v5
-- serves this schema. The same rows, the same columns as the gateway's list row reads, and a SQL
-- function doing what updateIntegration does: the etag-guarded update and its revision in one
-- statement, answering the new etag, or the current one when the guard failed.
drop schema if exists bench_peer cascade;
create schema bench_peer;

create view bench_peer.integrations as
  select id, tenant_id, title, connector, etag, version, status_state, status_message, status_checked_at, config, created_at
  from public.integrations where deleted_at is null;
comment on view bench_peer.integrations is E'@primaryKey id\n@behavior -insert -update -delete';

create view bench_peer.revisions as
  select integration_id, version, action, etag, created_at, changed_paths from public.integration_revisions;
comment on view bench_peer.revisions is
  E'@primaryKey integration_id,version\n@foreignKey (integration_id) references bench_peer.integrations (id)|@foreignFieldName revisions\n@behavior -insert -update -delete';

create type bench_peer.update_result as (updated boolean, etag text, version integer);

create function bench_peer.update_integration(id uuid, etag text, title text) returns bench_peer.update_result
language sql volatile as $$
  with updated as (
    update public.integrations i
    set title = $3, etag = substr(md5(random()::text || clock_timestamp()::text), 1, 22), version = i.version + 1, updated_at = now()
    where i.id = $1 and i.etag = $2 and i.deleted_at is null
    returning i.id, i.version, i.tenant_id, i.etag, i.updated_at, i.title
  ), revision as (
    insert into public.integration_revisions (integration_id, version, tenant_id, action, etag, created_at, actor, changed_paths, snapshot)
    select u.id, u.version, u.tenant_id, 'update', u.etag, u.updated_at, 'peer', '["title"]'::jsonb, jsonb_build_object('title', u.title)
    from updated u
  )
  select true, u.etag, u.version from updated u
  union all
  select false, i.etag, i.version from public.integrations i where i.id = $1 and not exists (select 1 from updated)
$$;
