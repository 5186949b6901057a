// `npx tsx scripts/measure-link-storm.ts [PORT]`: a report, not a test. Serves the built app (`dist`,
// build it first with `npx vite build`) on PORT (default 4195), opens a hostile link (`%&` fifty
// thousand times, issue 11) and a plain one in Debian's Chromium, and prints for each the long tasks
// (over 50 ms) from navigation until the map is ready, the notices listed, and where the main thread
// spent its time (a CPU profile, self time by function). The machine is shared: compare the storm
// with the plain link of the same run.
import { type ChildProcess, spawn } from 'node:child_process';
import { chromium } from '@playwright/test';

const PORT = Number(process.argv[2] ?? 4195);
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const STORM = `#${'%&'.repeat(50_000)}`;

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

function serve(directory: string, port: number): ChildProcess {
  return spawn(process.execPath, ['scripts/static-server.mjs', directory, String(port)], { stdio: 'ignore' });
}

async function waitForServer(port: number): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    try {
      await fetch(`http://127.0.0.1:${port}/`);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(`no server on port ${port}`);
}

/** Self time (ms) by function, the heaviest first. */
function selfTimes(profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }): [string, number][] {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const totals = new Map<string, number>();
  profile.samples.forEach((id, index) => {
    const node = byId.get(id);
    if (!node) return;
    const { functionName, url, lineNumber, columnNumber } = node.callFrame;
    const file = url.split('/').pop() ?? '';
    const name = `${functionName || '(anonymous)'} ${file}:${lineNumber + 1}:${columnNumber + 1}`;
    totals.set(name, (totals.get(name) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000);
  });
  return [...totals].sort((a, b) => b[1] - a[1]);
}

async function measure(browser: Awaited<ReturnType<typeof chromium.launch>>, hash: string) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.addInitScript(() => {
    const recorded: { start: number; duration: number }[] = [];
    (window as unknown as { longTasks: typeof recorded }).longTasks = recorded;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) recorded.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const started = Date.now();
  await page.goto(`http://127.0.0.1:${PORT}/${hash}`);
  await page.waitForFunction(() => document.documentElement.dataset.mapReady !== undefined, null, {
    timeout: 180_000,
  });
  const readyAfter = Date.now() - started;
  // Let a second or two pass after readiness, so later tasks (notices, routes) are seen too.
  await page.waitForTimeout(2000);
  const { profile } = await cdp.send('Profiler.stop');
  const longTasks = await page.evaluate(
    () => (window as unknown as { longTasks: { start: number; duration: number }[] }).longTasks,
  );
  const notices = await page.locator('[data-testid="notices"] li').count();
  const noticeText = ((await page.locator('[data-testid="notices"]').textContent()) ?? '').slice(0, 400);
  const ready = await page.evaluate(() => document.documentElement.dataset.mapReady);
  const hashLength = await page.evaluate(() => location.hash.length);
  await context.close();
  return { longTasks, notices, noticeText, ready, readyAfter, hashLength, profile };
}

async function main(): Promise<void> {
  const server = serve('dist', PORT);
  try {
    await waitForServer(PORT);
    const browser = await chromium.launch({
      executablePath: chromiumPath,
      args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    });
    for (const [name, hash] of [
      ['plain link (#)', '#'],
      ['storm (%& x 50,000)', STORM],
    ] as const) {
      const result = await measure(browser, hash);
      const durations = result.longTasks.map((task) => task.duration);
      console.log(`\n== ${name}`);
      console.log(
        `map ready: ${result.ready} after ${result.readyAfter} ms; hash now ${result.hashLength} characters; ` +
          `${result.notices} notices listed`,
      );
      console.log(
        `long tasks: ${durations.length}, longest ${Math.round(Math.max(0, ...durations))} ms, total ` +
          `${Math.round(durations.reduce((a, b) => a + b, 0))} ms`,
      );
      console.log(
        `  ${result.longTasks.map((task) => `${Math.round(task.duration)}@${Math.round(task.start)}`).join(' ')}`,
      );
      if (result.noticeText) console.log(`notices: ${result.noticeText.replace(/\n/g, ' | ')}`);
      console.log('heaviest functions (self ms):');
      for (const [fn, ms] of selfTimes(result.profile as never).slice(0, 15)) {
        console.log(`  ${ms.toFixed(0).padStart(6)}  ${fn}`);
      }
    }
    await browser.close();
  } finally {
    server.kill();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
