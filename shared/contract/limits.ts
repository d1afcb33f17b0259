// Zod-free so the renderer can check sizes before sending without bundling schemas.

/** Files over this are refused before they are read. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
