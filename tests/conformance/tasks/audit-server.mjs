// audit-server: node tasks/audit-server.mjs <url> -> [{ id, name, status, reason }]
// Runs graphql-http's GraphQL-over-HTTP server audit (auditServer) against a running server and
// prints every audit's outcome; status is "ok", "warn" or "error".
import { auditServer } from 'graphql-http';

const url = process.argv[2];
if (!url) {
  process.stderr.write('usage: node tasks/audit-server.mjs http://127.0.0.1:5080/graphql\n');
  process.exit(2);
}

const results = await auditServer({ url });
process.stdout.write(JSON.stringify(results.map(({ id, name, status, reason }) => ({ id, name, status, reason: reason ?? null }))));
