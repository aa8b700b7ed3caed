// One Forge build (`electron-forge make`, zip and deb) for every shell test.
import type { TestProject } from 'vitest/node';
import { buildWithForge } from './harness/forge-build';

export default async function setup(project: TestProject): Promise<void> {
  const started = Date.now();
  const output = await buildWithForge();
  console.log(
    `Forge build for the shell tests: ${output.mirrorRequests.length ? `made in ${Math.round((Date.now() - started) / 1000)} s` : 'reused (inputs unchanged)'} — ${output.projectDirectory}`,
  );
  project.provide('forgeOutput', output);
}

declare module 'vitest' {
  export interface ProvidedContext {
    forgeOutput: import('./harness/forge-build').ForgeOutput;
  }
}
