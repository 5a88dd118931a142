// Times parse, validate and execute in graphql-js, and graphql-jit's compiled execute, on the
// same inputs the .NET benchmarks read (../cases). Each measurement warms up first, then runs
// batches of many operations and reports the mean time of one operation. Prints JSON:
// { node, graphql, graphqlJit, results: [{ case, phase, implementation, meanNs, operations }] }.
// Options: --warmup-ms N (default 300), --measure-ms N (default 1000).
import { readFileSync } from 'node:fs';
import { buildSchema, execute, parse, validate, version as graphqlVersion } from 'graphql';
import { compileQuery, isCompiledQuery } from 'graphql-jit';
import { caseNames, checkGeneratedCases, readCase, readData, readSchema } from './cases.mjs';

const option = (name, fallback) => {
  const index = process.argv.indexOf(name);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
};
const warmupMs = option('--warmup-ms', 300);
const measureMs = option('--measure-ms', 1000);

checkGeneratedCases();
const schema = buildSchema(readSchema());
const rootValue = readData();

// Runs `operation` for about `ms` milliseconds in batches sized to take about a tenth of that.
const run = (operation, ms) => {
  let batch = 1;
  let operations = 0;
  let elapsed = 0n;
  const budget = BigInt(ms) * 1_000_000n;
  while (elapsed < budget) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < batch; i++) {
      operation();
    }
    const took = process.hrtime.bigint() - start;
    elapsed += took;
    operations += batch;
    if (took < budget / 10n) {
      batch *= 2;
    }
  }
  return { operations, elapsed };
};

const measure = operation => {
  run(operation, warmupMs);
  const { operations, elapsed } = run(operation, measureMs);
  return { meanNs: Number(elapsed) / operations, operations };
};

const withoutErrors = (name, implementation, result) => {
  if (result instanceof Promise) {
    throw new Error(`${implementation} executed case '${name}' asynchronously; the benchmark expects synchronous resolvers.`);
  }
  if (result.errors?.length) {
    throw new Error(`${implementation} failed case '${name}': ${result.errors.map(error => error.message).join('; ')}`);
  }
  return result;
};

const results = [];
const record = (name, phase, implementation, operation) => {
  results.push({ case: name, phase, implementation, ...measure(operation) });
  process.stderr.write(`  ${name} ${phase} ${implementation}\n`);
};

for (const name of caseNames) {
  const text = readCase(name);
  const document = parse(text);
  const validationErrors = validate(schema, document);
  if (validationErrors.length > 0) {
    throw new Error(`Case '${name}' is not valid: ${validationErrors.map(error => error.message).join('; ')}`);
  }

  const reference = JSON.stringify(withoutErrors(name, 'graphql-js', execute({ schema, document, rootValue })));
  const compiled = compileQuery(schema, document);
  if (!isCompiledQuery(compiled)) {
    throw new Error(`graphql-jit could not compile case '${name}': ${JSON.stringify(compiled.errors)}`);
  }
  const jitResult = JSON.stringify(withoutErrors(name, 'graphql-jit', compiled.query(rootValue, {}, {})));
  if (jitResult !== reference) {
    throw new Error(`graphql-jit and graphql-js give different results for case '${name}'.`);
  }

  record(name, 'parse', 'graphql-js', () => parse(text));
  record(name, 'validate', 'graphql-js', () => validate(schema, document));
  record(name, 'execute', 'graphql-js', () => execute({ schema, document, rootValue }));
  record(name, 'execute-json', 'graphql-js', () => JSON.stringify(execute({ schema, document, rootValue })));
  record(name, 'execute', 'graphql-jit', () => compiled.query(rootValue, {}, {}));
  record(name, 'execute-json', 'graphql-jit', () => compiled.stringify(compiled.query(rootValue, {}, {})));
}

const jitVersion = JSON.parse(readFileSync(new URL('./node_modules/graphql-jit/package.json', import.meta.url), 'utf8')).version;
console.log(JSON.stringify({ node: process.version, graphql: graphqlVersion, graphqlJit: jitVersion, results }, null, 1));
