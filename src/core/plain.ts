// A JSON object as the service handles it (config, metadata, snapshots): keys to any JSON value.
export type Plain = Record<string, unknown>;
