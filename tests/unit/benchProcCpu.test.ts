import { describe, expect, it } from 'vitest';
import { otherCpuShare, type CpuSample } from '../../tests/bench/otherCpuShare.ts';
import { parseProcessStat } from '../../tests/bench/parseProcessStat.ts';
import { parseProcStat } from '../../tests/bench/parseProcStat.ts';
import { processTreeTicks } from '../../tests/bench/processTreeTicks.ts';

// /proc/stat of a 2-CPU machine (Linux 6.x): user nice system idle iowait irq softirq steal guest guest_nice.
const PROC_STAT = `cpu  313890 13645 57221 61642 522 0 456 473 120 7
cpu0 157529 6128 27916 31896 82 0 122 238 60 3
cpu1 156360 7516 29304 29746 440 0 334 235 60 4
intr 27417410 0 9 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
ctxt 61418219
btime 1764690000
processes 9031
procs_running 3
procs_blocked 0
`;

describe('parseProcStat', () => {
  it.each([
    [
      'a 2-CPU machine: guest time left out (already in user and nice), steal busy',
      PROC_STAT,
      {
        busy: 313890 + 13645 + 57221 + 0 + 456 + 473,
        total: 313890 + 13645 + 57221 + 61642 + 522 + 456 + 473,
      },
    ],
    ['an old kernel with 7 fields', 'cpu  10 2 5 80 3 0 1\n', { busy: 18, total: 101 }],
    [
      'a fully idle machine',
      'cpu  0 0 0 500 0 0 0 0 0 0\ncpu0 0 0 0 500 0 0 0 0 0 0\n',
      { busy: 0, total: 500 },
    ],
  ])('%s', (_what, text, expected) => {
    expect(parseProcStat(text)).toEqual(expected);
  });

  it.each([
    ['no aggregate line, only per-CPU lines', 'cpu0 1 2 3 4\n', /no aggregate "cpu" line/],
    ['an empty file', '', /no aggregate "cpu" line/],
    ['a field that is not a number', 'cpu  1 x 3 4\n', /cannot read the "cpu" line/],
    ['too few fields', 'cpu  1 2\n', /cannot read the "cpu" line/],
  ])('throws on %s', (_what, text, message) => {
    expect(() => parseProcStat(text)).toThrow(message);
  });
});

/** A /proc/<pid>/stat line with the fields that matter set, the others as Linux prints them. */
const statLine = (
  pid: number,
  comm: string,
  state: string,
  ppid: number,
  u: number,
  s: number,
  cu: number,
  cs: number,
) =>
  `${pid} (${comm}) ${state} ${ppid} ${pid} ${pid} 0 -1 4194560 1203 0 0 0 ${u} ${s} ${cu} ${cs} 20 0 9 0 225443 3133440 382 18446744073709551615 1 1 0 0 0 0 0 0 0 0 0 0 17 1 0 0 0 0 0\n`;

describe('parseProcessStat', () => {
  it.each([
    [
      'node',
      statLine(4242, 'node', 'S', 4200, 1500, 300, 40, 10),
      { pid: 4242, ppid: 4200, comm: 'node', state: 'S', ownTicks: 1800, reapedChildrenTicks: 50 },
    ],
    [
      'a name with spaces and ")"',
      statLine(77, 'Web Content) (x', 'R', 1, 7, 3, 0, 0),
      {
        pid: 77,
        ppid: 1,
        comm: 'Web Content) (x',
        state: 'R',
        ownTicks: 10,
        reapedChildrenTicks: 0,
      },
    ],
    [
      'a zombie keeps its ticks until reaped',
      statLine(9, 'chrome', 'Z', 8, 120, 30, 0, 0),
      { pid: 9, ppid: 8, comm: 'chrome', state: 'Z', ownTicks: 150, reapedChildrenTicks: 0 },
    ],
    [
      "this machine's /proc/self/stat of cat",
      '9000 (cat) R 8993 8993 7331 0 -1 4194304 98 0 0 0 0 0 0 0 20 0 1 0 225443 3133440 382 18446744073709551615 93865226403840 93865226423721 140729379447360 0 0 0 0 0 0 0 0 0 17 1 0 0 0 0 0 93865226439728 93865226441344 93865425752064 140729379449557 140729379449577 140729379449577 140729379450859 0\n',
      { pid: 9000, ppid: 8993, comm: 'cat', state: 'R', ownTicks: 0, reapedChildrenTicks: 0 },
    ],
  ])('%s', (_what, text, expected) => {
    expect(parseProcessStat(text)).toEqual(expected);
  });

  it.each([
    ['no parentheses', '42 node S 1 2 3'],
    ['cut short before the CPU times', '42 (node) S 1 42 42 0 -1 0 0 0 0 0'],
    ['an empty file', ''],
  ])('throws on %s', (_what, text) => {
    expect(() => parseProcessStat(text)).toThrow(/\/proc\/<pid>\/stat/);
  });
});

/** pid, ppid, own ticks, reaped children's ticks. */
const proc = (pid: number, ppid: number, ownTicks: number, reapedChildrenTicks = 0) => ({
  pid,
  ppid,
  ownTicks,
  reapedChildrenTicks,
});

describe('processTreeTicks', () => {
  // 1 init; 100 the bench (node); 101 Chromium; 102-103 its renderers; 104 a renderer's child; 200 someone else's.
  const machine = [
    proc(1, 0, 9999, 5000),
    proc(100, 1, 500, 20),
    proc(101, 100, 300),
    proc(102, 101, 200, 5),
    proc(103, 101, 100),
    proc(104, 102, 10),
    proc(200, 1, 7000),
    proc(201, 200, 800),
  ];
  it.each([
    [
      'the bench and every descendant, with what they reaped',
      machine,
      100,
      520 + 300 + 205 + 100 + 10,
    ],
    ['a subtree', machine, 101, 300 + 205 + 100 + 10],
    ['a leaf', machine, 104, 10],
    ['a pid that is not there', machine, 999, 0],
    ['no processes', [], 100, 0],
    [
      'a torn read with a ppid cycle counts each process once',
      [proc(5, 6, 1), proc(6, 5, 2)],
      5,
      3,
    ],
  ])('%s', (_what, processes, root, expected) => {
    expect(processTreeTicks(processes, root)).toBe(expected);
  });

  it('keeps the ticks of a child that exited and was reaped during the run', () => {
    const before = processTreeTicks([proc(100, 1, 500), proc(150, 100, 40)], 100);
    // 150 ran 60 more ticks, exited; 100 reaped it (cutime += 100) and ran 5 more.
    const after = processTreeTicks([proc(100, 1, 505, 100)], 100);
    expect(after - before).toBe(65);
  });
});

const sample = (busy: number, total: number, ownTreeTicks: number): CpuSample => ({
  machine: { busy, total },
  ownTreeTicks,
});

describe('otherCpuShare', () => {
  it.each([
    // 2 CPUs over 10 s at 100 ticks a second: 2,000 ticks in all.
    ['quiet: the bench used all the busy time', sample(0, 0, 0), sample(900, 2000, 900), 0],
    ['others used a tenth', sample(0, 0, 0), sample(1100, 2000, 900), 0.1],
    ['others used one CPU of two', sample(1000, 5000, 300), sample(2600, 7000, 900), 0.5],
    ['a tick of skew below zero is 0', sample(0, 0, 0), sample(899, 2000, 900), 0],
    ['above 1 is 1', sample(0, 0, 0), sample(2500, 2000, 0), 1],
    ['no time passed: cannot tell', sample(5, 10, 0), sample(5, 10, 0), Number.NaN],
  ])('%s', (_what, before, after, expected) => {
    expect(otherCpuShare(before, after)).toBe(expected);
  });
});
