// Prints one table from BenchmarkDotNet's full JSON report and bench.mjs's output:
// case x phase, with our mean and allocation, graphql-js's and graphql-jit's means, and how many
// times slower each is than ours (above 1: we are faster).
// Usage: node table.mjs <BenchmarkDotNet *-report-full.json> <bench.mjs output>
import { readFileSync } from 'node:fs';
import { caseNames } from './cases.mjs';

const [dotnetReport, jsReport] = process.argv.slice(2);
if (!dotnetReport || !jsReport) {
  throw new Error('Usage: node table.mjs <BenchmarkDotNet *-report-full.json> <bench.mjs output>');
}

const phases = { Parse: 'parse', Validate: 'validate', Execute: 'execute', ExecuteJson: 'execute-json' };
const ours = new Map();
for (const benchmark of JSON.parse(readFileSync(dotnetReport, 'utf8')).Benchmarks) {
  const name = /Case=([\w-]+)/.exec(benchmark.Parameters)?.[1];
  ours.set(`${name}/${phases[benchmark.Method]}`, {
    meanNs: benchmark.Statistics?.Mean,
    bytes: benchmark.Memory?.BytesAllocatedPerOperation,
  });
}

const js = JSON.parse(readFileSync(jsReport, 'utf8'));
const theirs = new Map(js.results.map(result => [`${result.case}/${result.phase}/${result.implementation}`, result.meanNs]));

const time = ns => {
  if (ns === undefined) return '—';
  if (ns >= 1e6) return `${(ns / 1e6).toFixed(2)} ms`;
  if (ns >= 1e3) return `${(ns / 1e3).toFixed(2)} µs`;
  return `${ns.toFixed(0)} ns`;
};
const size = bytes => {
  if (bytes === undefined) return '—';
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(2)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(2)} KB`;
  return `${bytes} B`;
};
const ratio = (their, our) => (their === undefined || !our ? '—' : `${(their / our).toFixed(2)}x`);

const header = ['case', 'phase', 'ours mean', 'ours alloc', 'graphql-js', 'graphql-jit', 'js/ours', 'jit/ours'];
const rows = [];
for (const name of caseNames) {
  for (const phase of Object.values(phases)) {
    const our = ours.get(`${name}/${phase}`) ?? {};
    const graphqlJs = theirs.get(`${name}/${phase}/graphql-js`);
    const graphqlJit = theirs.get(`${name}/${phase}/graphql-jit`);
    rows.push([name, phase, time(our.meanNs), size(our.bytes), time(graphqlJs), time(graphqlJit), ratio(graphqlJs, our.meanNs), ratio(graphqlJit, our.meanNs)]);
  }
}

const widths = header.map((title, column) => Math.max(title.length, ...rows.map(row => row[column].length)));
const line = cells => `| ${cells.map((cell, column) => (column < 2 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join(' | ')} |`;
console.log(line(header));
console.log(`|${widths.map((width, column) => (column < 2 ? `:${'-'.repeat(width + 1)}` : `${'-'.repeat(width + 1)}:`)).join('|')}|`);
rows.forEach(row => console.log(line(row)));
console.log(`\nNode ${js.node}, graphql ${js.graphql}, graphql-jit ${js.graphqlJit}. graphql-jit parses and validates with graphql-js, so it has no parse/validate rows.`);
console.log('execute: the in-memory result; execute-json: the result serialized (ours to a Utf8JsonWriter, graphql-js with JSON.stringify, graphql-jit with its compiled stringify).');
console.log('Ratios above 1x: we are faster.');
