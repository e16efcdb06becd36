// Change events (issue 21): an outbox written by triggers in the transaction of every change, so
// no code path can forget one and a rolled-back change leaves none; webhook endpoints, and the
// deliveries the outbox fans out to them in that same transaction, with every attempt recorded.
//
// Order: an event is read only once every transaction that could still insert an earlier one has
// ended. `txid` is the writing transaction's id; readers take events with txid below the oldest
// transaction still running (pg_snapshot_xmin), ordered by (txid, id): a cursor past an event then
// never has an older one appear behind it.
import { type Kysely, sql } from 'kysely';

// biome-ignore lint: migrations are untyped by design
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table events (
      id bigint generated always as identity primary key,
      txid xid8 not null default pg_current_xact_id(),
      tenant_id uuid not null references tenants(id) on delete cascade,
      type text not null,
      occurred_at timestamptz not null default now(),
      integration_id uuid,
      connector_config_id uuid,
      transfer_id uuid,
      connector text,
      labels jsonb not null default '[]'::jsonb,
      -- Who may see it: an integration's environment; a config's environments, team and sharing.
      environment_id uuid,
      environment_ids jsonb,
      owner_team_id uuid,
      sharing text,
      version integer,
      etag text,
      changed_paths jsonb not null default '[]'::jsonb,
      api_key_id uuid,
      actor text,
      -- Type-specific, never a secret: status state and message, transfer status, revision action.
      data jsonb not null default '{}'::jsonb,
      -- WEBHOOK_TEST only: the one endpoint it is for.
      webhook_endpoint_id uuid
    )`.execute(db);
  await sql`create index events_tenant_order_idx on events (tenant_id, txid, id)`.execute(db);
  await sql`create index events_occurred_idx on events (occurred_at)`.execute(db);
  // How far the retention sweep has deleted: a cursor at or below it cannot resume without a gap.
  await sql`create table event_retention (pruned_through bigint not null)`.execute(db);
  await sql`insert into event_retention values (0)`.execute(db);
  // The gateways that hold subscribers now, each seen again every few seconds (event-hub.ts).
  await sql`create table event_listeners (gateway_id text primary key, seen_at timestamptz not null default now())`.execute(db);

  // The one visibility rule of events, for subscriptions and webhook fan-out alike: what a key of
  // that environment and team could read. An integration's event: its environment (a key of every
  // environment sees all); a config's: one of its environments, and of another team only if shared.
  await sql`
    create function igw_event_visible(ev events, viewer_environment uuid, viewer_team uuid) returns boolean
    language sql stable as $$
      select (viewer_environment is null
              or (case when ev.environment_ids is not null then ev.environment_ids @> jsonb_build_array(viewer_environment)
                       else ev.environment_id = viewer_environment end))
         and (viewer_team is null or ev.sharing is null or ev.sharing <> 'DENY' or ev.owner_team_id = viewer_team)
    $$`.execute(db);

  await sql`
    create table webhook_endpoints (
      id uuid primary key,
      tenant_id uuid not null references tenants(id) on delete cascade,
      -- The creating key's environment and team: the endpoint receives what that key could read.
      environment_id uuid,
      team_id uuid,
      url text not null,
      description text,
      event_types jsonb not null default '[]'::jsonb,
      integration_id uuid,
      connectors jsonb not null default '[]'::jsonb,
      labels jsonb not null default '[]'::jsonb,
      secret jsonb not null,
      enabled boolean not null default true,
      disabled_reason text,
      disabled_at timestamptz,
      consecutive_failures integer not null default 0,
      etag text not null,
      version integer not null,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      api_key_id uuid
    )`.execute(db);
  await sql`create index webhook_endpoints_tenant_idx on webhook_endpoints (tenant_id, created_at, id)`.execute(db);

  await sql`
    create table webhook_deliveries (
      id uuid primary key default gen_random_uuid(),
      tenant_id uuid not null,
      endpoint_id uuid not null references webhook_endpoints(id) on delete cascade,
      event_id bigint not null references events(id) on delete cascade,
      status text not null default 'PENDING' check (status in ('PENDING', 'SUCCEEDED', 'FAILED')),
      attempts integer not null default 0,
      next_attempt_at timestamptz not null default now(),
      -- A claim: the replica delivering it, until when; a lapsed lease is taken over.
      claimed_by text,
      lease_until timestamptz,
      last_status_code integer,
      created_at timestamptz not null default now(),
      completed_at timestamptz,
      unique (endpoint_id, event_id)
    )`.execute(db);
  await sql`create index webhook_deliveries_due_idx on webhook_deliveries (next_attempt_at) where status = 'PENDING'`.execute(db);
  await sql`create index webhook_deliveries_endpoint_idx on webhook_deliveries (endpoint_id, created_at)`.execute(db);

  await sql`
    create table webhook_attempts (
      id bigint generated always as identity primary key,
      delivery_id uuid not null references webhook_deliveries(id) on delete cascade,
      tenant_id uuid not null,
      endpoint_id uuid not null,
      attempt integer not null,
      started_at timestamptz not null,
      duration_ms integer not null,
      status_code integer,
      error text,
      succeeded boolean not null
    )`.execute(db);
  await sql`create index webhook_attempts_delivery_idx on webhook_attempts (delivery_id, attempt)`.execute(db);
  await sql`create index webhook_attempts_endpoint_idx on webhook_attempts (endpoint_id, id)`.execute(db);

  // Every event: fanned out to the tenant's enabled endpoints that want it and may see it, and a
  // wake-up for the subscribers of every gateway (the payload is only the tenant); the webhook
  // workers get their own wake-up when something was queued.
  await sql`
    create function igw_event_inserted() returns trigger language plpgsql as $$
    begin
      if new.type = 'WEBHOOK_TEST' then
        insert into webhook_deliveries (tenant_id, endpoint_id, event_id)
        select new.tenant_id, e.id, new.id from webhook_endpoints e
        where e.id = new.webhook_endpoint_id and e.tenant_id = new.tenant_id;
      else
        insert into webhook_deliveries (tenant_id, endpoint_id, event_id)
        select new.tenant_id, e.id, new.id from webhook_endpoints e
        where e.tenant_id = new.tenant_id and e.enabled
          and (jsonb_array_length(e.event_types) = 0 or e.event_types ? new.type)
          and (e.integration_id is null or e.integration_id = new.integration_id)
          and (jsonb_array_length(e.connectors) = 0 or e.connectors ? new.connector)
          and (jsonb_array_length(e.labels) = 0 or new.labels ?| array(select jsonb_array_elements_text(e.labels)))
          and igw_event_visible(new, e.environment_id, e.team_id);
      end if;
      -- The webhook workers are woken only when a delivery was queued: a tenant without endpoints
      -- costs them nothing per change.
      if found then
        perform pg_notify('igw_deliveries', '');
      end if;
      -- Subscribers' wake-up, only while some gateway has subscribers: a NOTIFY takes a lock at
      -- commit that every notifying transaction queues for (half the update throughput at 32
      -- connections, bench/README.md), a cost paid only when someone listens.
      if exists (select 1 from event_listeners where seen_at > now() - interval '30 seconds') then
        perform pg_notify('igw_events', new.tenant_id::text);
      end if;
      return null;
    end $$`.execute(db);
  await sql`create trigger events_inserted after insert on events for each row execute function igw_event_inserted()`.execute(db);

  // A revision is a change: create, update, delete, restore, approve, reject.
  await sql`
    create function igw_integration_revision_event() returns trigger language plpgsql as $$
    declare i record;
    begin
      select connector, labels, environment_id into i from integrations where id = new.integration_id;
      insert into events (tenant_id, type, occurred_at, integration_id, connector, labels, environment_id,
                          version, etag, changed_paths, api_key_id, actor, data)
      values (new.tenant_id, 'INTEGRATION_' || upper(case new.action when 'approve' then 'approved' when 'reject' then 'rejected'
                                                          when 'create' then 'created' when 'update' then 'updated'
                                                          when 'delete' then 'deleted' when 'restore' then 'restored' else new.action end),
              new.created_at, new.integration_id, i.connector, coalesce(i.labels, '[]'::jsonb), i.environment_id,
              new.version, new.etag, new.changed_paths, new.api_key_id, new.actor,
              jsonb_strip_nulls(jsonb_build_object('restoredFrom', new.restored_from)));
      return null;
    end $$`.execute(db);
  await sql`create trigger integration_revision_event after insert on integration_revisions for each row execute function igw_integration_revision_event()`.execute(
    db,
  );

  // A status observation (a check, a transfer report). The reset to UNKNOWN that a config change
  // writes in the same statement (a new etag) is part of that change's own event.
  await sql`
    create function igw_integration_status_event() returns trigger language plpgsql as $$
    begin
      insert into events (tenant_id, type, occurred_at, integration_id, connector, labels, environment_id, version, etag, data)
      values (new.tenant_id, 'INTEGRATION_STATUS_CHANGED', coalesce(new.status_checked_at, now()), new.id, new.connector, new.labels,
              new.environment_id, new.version, new.etag,
              jsonb_build_object('state', new.status_state, 'previousState', old.status_state, 'message', new.status_message,
                                 'checkedAt', new.status_checked_at));
      return null;
    end $$`.execute(db);
  await sql`
    create trigger integration_status_event after update of status_state, status_message, status_checked_at on integrations
    for each row when (old.etag = new.etag and (old.status_state, old.status_message, old.status_checked_at)
                       is distinct from (new.status_state, new.status_message, new.status_checked_at))
    execute function igw_integration_status_event()`.execute(db);

  await sql`
    create function igw_transfer_event() returns trigger language plpgsql as $$
    declare i record;
    begin
      select connector, labels, environment_id, version, etag into i from integrations where id = new.integration_id;
      insert into events (tenant_id, type, occurred_at, integration_id, transfer_id, connector, labels, environment_id, version, etag, api_key_id, data)
      values (new.tenant_id, 'TRANSFER_REPORTED', new.created_at, new.integration_id, new.id, i.connector, coalesce(i.labels, '[]'::jsonb),
              i.environment_id, i.version, i.etag, new.api_key_id,
              jsonb_build_object('status', new.status, 'endedAt', new.ended_at, 'isFullRefresh', new.is_full_refresh));
      return null;
    end $$`.execute(db);
  await sql`create trigger transfer_event after insert on transfers for each row execute function igw_transfer_event()`.execute(db);

  await sql`
    create function igw_connector_config_event() returns trigger language plpgsql as $$
    declare c record;
    begin
      select connector, environment_ids, owner_team_id, sharing into c from connector_configs where id = new.config_id;
      insert into events (tenant_id, type, occurred_at, connector_config_id, connector, environment_ids, owner_team_id, sharing,
                          version, etag, changed_paths, api_key_id, actor)
      values (new.tenant_id, 'CONNECTOR_CONFIG_' || upper(new.action) || 'D', new.created_at, new.config_id, c.connector,
              coalesce(c.environment_ids, '[]'::jsonb), c.owner_team_id, coalesce(c.sharing, 'DENY'),
              new.version, new.etag, new.changed_paths, new.api_key_id, new.actor);
      return null;
    end $$`.execute(db);
  await sql`create trigger connector_config_event after insert on connector_config_revisions for each row execute function igw_connector_config_event()`.execute(
    db,
  );
}

// biome-ignore lint: migrations are untyped by design
export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop trigger connector_config_event on connector_config_revisions`.execute(db);
  await sql`drop trigger transfer_event on transfers`.execute(db);
  await sql`drop trigger integration_status_event on integrations`.execute(db);
  await sql`drop trigger integration_revision_event on integration_revisions`.execute(db);
  await sql`drop table webhook_attempts`.execute(db);
  await sql`drop table webhook_deliveries`.execute(db);
  await sql`drop table webhook_endpoints`.execute(db);
  await sql`drop function igw_event_visible(events, uuid, uuid)`.execute(db);
  await sql`drop table event_listeners`.execute(db);
  await sql`drop table event_retention`.execute(db);
  await sql`drop table events`.execute(db);
  await sql`drop function igw_connector_config_event()`.execute(db);
  await sql`drop function igw_transfer_event()`.execute(db);
  await sql`drop function igw_integration_status_event()`.execute(db);
  await sql`drop function igw_integration_revision_event()`.execute(db);
  await sql`drop function igw_event_inserted()`.execute(db);
}
