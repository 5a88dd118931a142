// Answers questions with the reference implementation (graphql-js), so the .NET tests can compare
// our engine's answers with its answers in the same run. Each task is a module in ./tasks whose
// default export maps the request to a JSON-serialisable answer.
// Input on stdin: { "task": "<file name in ./tasks without .mjs>", ...task input }
import { readdir } from 'node:fs/promises';

const folder = new URL('./tasks/', import.meta.url);
const known = (await readdir(folder)).filter(f => f.endsWith('.mjs')).map(f => f.slice(0, -4));

let input = '';
process.stdin.setEncoding('utf8');
for await (const chunk of process.stdin) input += chunk;
const request = JSON.parse(input);
if (!known.includes(request.task)) {
  console.error(`Unknown task '${request.task}'; known: ${known.join(', ')}`);
  process.exit(2);
}
const { default: task } = await import(new URL(`${request.task}.mjs`, folder));
process.stdout.write(JSON.stringify(await task(request)));
