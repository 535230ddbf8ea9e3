// The README's main job. Builds every package, shows the pace engine at work on a sample plan,
// and prints where the built extension and dashboard are. (The full walk-through in a real
// browser against the fake CRM comes with the demo story.)
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const env = { ...process.env, TURBO_TELEMETRY_DISABLED: '1' };

console.log('Building every package (turbo run build)…');
const build = spawnSync('pnpm', ['exec', 'turbo', 'run', 'build', '--output-logs=errors-only'], {
  cwd: root,
  stdio: 'inherit',
  env,
});
if (build.status !== 0) process.exit(build.status ?? 1);

const { evaluatePlan, parsePlan, metricName } = await import('../packages/core/dist/index.js');

const plan = parsePlan({
  id: 'demo-plan',
  title: 'November growth plan',
  label: 'Growth plan',
  rep: { id: 'rep-riley', name: 'Riley Chen' },
  timeZone: 'America/New_York',
  start: '2026-11-02',
  end: '2026-11-27',
  holidays: ['2026-11-26'],
  ptoDays: ['2026-11-27'],
  targets: [
    { id: 'pipeline', metric: 'pipeline_created', cadence: 'plan', goal: 100_000 },
    {
      id: 'opps',
      metric: 'opportunities_created',
      cadence: 'weekly',
      goal: 5,
      rule: { kind: 'share-of-periods', atLeast: 0.75 },
    },
    {
      id: 'calls',
      metric: 'calls',
      cadence: 'daily',
      goal: 50,
      rule: { kind: 'share-of-periods', atLeast: 0.9 },
    },
  ],
});

// A plausible month so far: steady calls with one short day, opportunities and pipeline.
const activities = [];
let sequence = 0;
const log = (metric, occurredAt, count = 1, amount) => {
  for (let i = 0; i < count; i++) {
    sequence += 1;
    activities.push({
      source: 'manual',
      id: `demo-${sequence}`,
      metric,
      occurredAt,
      ...(amount === undefined ? {} : { amount }),
    });
  }
};
const days = ['02', '03', '04', '05', '06', '09', '10', '11', '12', '13', '16', '17'];
for (const [index, day] of days.entries())
  log('calls', `2026-11-${day}T11:00:00-05:00`, index === 6 ? 38 : 52);
log('calls', '2026-11-18T12:15:00-05:00', 20);
log('opportunities_created', '2026-11-04T14:00:00-05:00', 5);
log('opportunities_created', '2026-11-11T14:00:00-05:00', 3);
log('opportunities_created', '2026-11-17T14:00:00-05:00', 2);
log('pipeline_created', '2026-11-04T14:00:00-05:00', 1, 25_000);
log('pipeline_created', '2026-11-12T14:00:00-05:00', 1, 35_000);

const asOf = '2026-11-18T18:00:00Z';
const result = evaluatePlan(plan, activities, asOf);
const number = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });
console.log(`\n${plan.title} for ${plan.rep.name}, as of ${asOf} (13:00 in New York)`);
console.log(
  `Business day ${Math.min(result.businessDays.total, Math.floor(result.businessDays.elapsed) + 1)} of ${result.businessDays.total}; plan status: ${result.status}\n`,
);
for (const target of result.targets) {
  const current = target.current;
  const scope =
    current && target.cadence !== 'plan'
      ? `${target.cadence === 'daily' ? 'today' : 'this week'} ${number.format(current.actual)}/${number.format(current.goal)}, `
      : '';
  const perDay = target.requiredPerDay === null ? 'n/a' : number.format(target.requiredPerDay);
  console.log(
    `  ${metricName(target.metric).padEnd(10)} ${scope}plan ${number.format(target.actual)}/${number.format(target.goal)}  ${target.status.padEnd(9)} needs ${perDay}/day`,
  );
}

const extension = join(root, 'packages/extension/.output/chrome-mv3');
const dashboard = join(root, 'packages/web-dashboard/dist');
console.log('\nBuilt:');
console.log(`  extension  ${extension}${existsSync(extension) ? '' : ' (missing!)'}`);
console.log(
  '             load it in Chrome: chrome://extensions → Developer mode → Load unpacked → that folder',
);
console.log(`  dashboard  ${dashboard}${existsSync(dashboard) ? '' : ' (missing!)'}`);
console.log('             serve it: pnpm --filter @onpace/web-dashboard preview  (http://localhost:4173)');
