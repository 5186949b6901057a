#!/usr/bin/env node
// The package bin: `instc route FROM TO [options]` runs scripts/route.ts (TypeScript, through tsx's
// loader registered in this process) with the options of contracts §6.
import { register } from 'tsx/esm/api';

const USAGE_EXIT_CODE = 64;
const [command, ...rest] = process.argv.slice(2);

if (command !== 'route') {
  process.stderr.write('Usage: instc route FROM TO [options]   (instc route --help lists the options)\n');
  process.exitCode = command === '--help' || command === '-h' ? 0 : USAGE_EXIT_CODE;
} else {
  register();
  const { runRouteCliInProcess } = await import(new URL('../scripts/route.ts', import.meta.url).href);
  runRouteCliInProcess(rest);
}
