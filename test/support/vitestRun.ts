import { rm } from 'node:fs/promises';
import type { TestProject } from 'vitest/node';

/** Vitest global setup: removes this run's own user-data folder (vitest.config.ts) when the run ends. */
export function setup(project: TestProject): () => Promise<void> {
  const configHome = project.config.env.XDG_CONFIG_HOME;
  return async () => {
    if (configHome) await rm(configHome, { recursive: true, force: true });
  };
}
