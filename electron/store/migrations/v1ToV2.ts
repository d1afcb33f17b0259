/**
 * v2 keeps the sources out of notebook.json, in `sources/<key>.json` shards. The step itself is
 * pure and keeps the list in the document: `sourcesIn` stays unset ('file'), which tells the store
 * the list in the document is the truth, so it writes every shard and then notebook.json (see
 * SourceShards). A crash in between leaves this v1 file in place, and the next open does it again.
 */
export function v1ToV2(input: unknown): unknown {
  const doc = input !== null && typeof input === 'object' ? (input as Record<string, unknown>) : {};
  const { sourcesIn: _ignored, ...rest } = doc;
  return { ...rest, schemaVersion: 2 };
}
