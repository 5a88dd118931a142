// Answers questions about GraphQL documents with the reference implementation (graphql-js), so
// the .NET tests can compare our engine's answers with its answers in the same run.
// Input on stdin: { "task": "parse-print", "documents": [{ "name": "...", "text": "..." }] }
// Output on stdout: [{ "name", "ok", "printed" } | { "name", "ok": false, "message", "line", "column" }]
import { parse, print, GraphQLError } from 'graphql';

const tasks = {
  'parse-print': ({ documents }) => documents.map(({ name, text }) => {
    try {
      return { name, ok: true, printed: print(parse(text)) };
    } catch (error) {
      if (!(error instanceof GraphQLError)) throw error;
      const [location] = error.locations ?? [{}];
      return { name, ok: false, message: error.message, line: location.line ?? 0, column: location.column ?? 0 };
    }
  }),
};

let input = '';
process.stdin.setEncoding('utf8');
for await (const chunk of process.stdin) input += chunk;
const request = JSON.parse(input);
const task = tasks[request.task];
if (!task) {
  console.error(`Unknown task '${request.task}'; known: ${Object.keys(tasks).join(', ')}`);
  process.exit(2);
}
process.stdout.write(JSON.stringify(task(request)));
