// `npx tsx bench/profile-summary.ts <file.cpuprofile> [seconds] [skip-end-seconds]`: the functions
// a gateway spent its CPU in, from a `--cpu-prof` profile, over the last `seconds` before
// `skip-end-seconds` from the end (the measured run, not start-up and seeding). See bench/README.md.
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

const [file, windowArg = '5', skipArg = '0.5', topArg = '30'] = process.argv.slice(2);
if (!file) {
  process.stderr.write('usage: npx tsx bench/profile-summary.ts <file.cpuprofile> [seconds=5] [skip-end-seconds=0.5] [top=30]\n');
  process.exit(2);
}
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const parentOf = new Map<number, number>();
for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);

const end = profile.endTime - Number(skipArg) * 1e6;
const start = end - Number(windowArg) * 1e6;
const label = (node: ProfileNode) => {
  const url = node.callFrame.url.replace(/^file:\/\/.*?\/node_modules\//, 'node_modules/').replace(/^file:\/\/.*?\/src\//, 'src/');
  return `${node.callFrame.functionName || '(anonymous)'} ${url}${url ? `:${node.callFrame.lineNumber + 1}` : ''}`;
};

const self = new Map<string, number>();
const inclusive = new Map<string, number>();
let busy = 0;
let idle = 0;
let time = profile.startTime;
for (let i = 0; i < profile.samples.length; i++) {
  time += profile.timeDeltas[i];
  if (time < start || time > end) continue;
  const spent = profile.timeDeltas[i + 1] ?? 0;
  const leaf = byId.get(profile.samples[i]) as ProfileNode;
  if (leaf.callFrame.functionName === '(idle)') {
    idle += spent;
    continue;
  }
  busy += spent;
  self.set(label(leaf), (self.get(label(leaf)) ?? 0) + spent);
  const seen = new Set<string>();
  for (let id: number | undefined = leaf.id; id !== undefined; id = parentOf.get(id)) {
    const name = label(byId.get(id) as ProfileNode);
    if (seen.has(name)) continue;
    seen.add(name);
    inclusive.set(name, (inclusive.get(name) ?? 0) + spent);
  }
}

const top = (times: Map<string, number>) =>
  [...times]
    .sort((a, b) => b[1] - a[1])
    .slice(0, Number(topArg))
    .map(([name, spent]) => `${((100 * spent) / busy).toFixed(1).padStart(6)} %  ${name}`)
    .join('\n');
process.stdout.write(
  `window ${((busy + idle) / 1e6).toFixed(1)} s, busy ${((100 * busy) / (busy + idle)).toFixed(0)} % (shares below are of busy time)\n` +
    `--- self time\n${top(self)}\n--- inclusive time (the function and what it called)\n${top(inclusive)}\n`,
);
