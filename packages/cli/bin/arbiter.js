#!/usr/bin/env node
// The committed `arbiter` bin. npm links a workspace's bin at install time, before any build, and
// skips a bin whose file is missing; this file always exists, and loads the build when it runs.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const built = new URL('../dist/bin.js', import.meta.url);
if (existsSync(fileURLToPath(built))) {
  await import(built.href);
} else {
  const pkg = fileURLToPath(new URL('..', import.meta.url));
  process.stderr.write(
    `arbiter: the command is not built yet (${fileURLToPath(built)} is missing).\n` +
      `Build it once from the repository root with \`npm run build\` (\`npm start\` builds too), then run \`npx arbiter\` again.\n` +
      `(package: ${pkg})\n`,
  );
  process.exitCode = 2;
}
