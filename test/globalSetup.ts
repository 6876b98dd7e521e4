/** Builds dist/ once per test run: integration tests load the bundle Apps Script would run. */
import { buildAll } from '../esbuild.config';

export default async function globalSetup(): Promise<void> {
  await buildAll();
}
