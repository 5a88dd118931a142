// graphql-ws-subscribe: node tasks/graphql-ws-subscribe.mjs <ws-url> <bearer-token> -> { ... }
// Drives a running host with the npm graphql-ws client (the graphql-transport-ws protocol):
// subscribes to patientRegistered, registers a patient with a mutation over the same socket,
// waits for the event about that patient, then completes the subscription; also runs a query
// over the socket and opens a second connection with a forged token. Prints what it saw as JSON.
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const [url, token] = process.argv.slice(2);
if (!url || !token) {
  process.stderr.write('usage: node tasks/graphql-ws-subscribe.mjs ws://127.0.0.1:5080/graphql <token>\n');
  process.exit(2);
}

// A guard against a hang, not a timing check: the host answers in well under a second.
const guard = setTimeout(() => {
  process.stderr.write('graphql-ws-subscribe: no answer within 60 seconds\n');
  process.exit(3);
}, 60_000);

const client = createClient({
  url,
  webSocketImpl: WebSocket,
  connectionParams: { Authorization: `Bearer ${token}` },
  retryAttempts: 0,
});

function once(payload) {
  return new Promise((resolve, reject) => {
    let result;
    client.subscribe(payload, {
      next: (value) => { result = value; },
      error: reject,
      complete: () => resolve(result),
    });
  });
}

// Latin letters only (the registry refuses digits in names); unique per run.
const familyName = `Okafor-${[...String(Date.now())].map((digit) => 'abcdefghij'[digit]).join('')}`;
const events = client.iterate({ query: 'subscription { patientRegistered { id kind identity { familyName nationality } } }' });
// Subscribe goes out first; the mutation follows on the same socket, after the subscription started.
const firstEvent = events.next();
const registered = await once({
  query: `mutation($input: RegisterPatientInput!) { registerPatient(input: $input) { patient { id } errors { message } } }`,
  variables: {
    input: {
      kind: 'MEDICAL_TOURIST',
      source: 'DIRECT',
      identity: { familyName, givenName: 'Ada', dateOfBirth: '1990-01-31', sex: 'FEMALE', nationality: 'NG' },
    },
  },
});
const registeredId = registered.data?.registerPatient?.patient?.id ?? null;
if (!registeredId) {
  process.stderr.write(`registerPatient failed: ${JSON.stringify(registered)}\n`);
  process.exit(4);
}

let event = await firstEvent;
while (!event.done && event.value.data?.patientRegistered?.id !== registeredId) {
  event = await events.next();
}
// Leaving the iteration sends complete; the iterator then reports done.
const afterReturn = await events.return();
const query = await once({ query: '{ __typename }' });
await client.dispose();

const forged = createClient({
  url,
  webSocketImpl: WebSocket,
  connectionParams: { Authorization: 'Bearer not-a-token' },
  retryAttempts: 0,
});
const refusal = await new Promise((resolve) => {
  forged.subscribe({ query: '{ __typename }' }, {
    next: () => {},
    error: (error) => resolve({ code: error?.code ?? null, reason: error?.reason ?? String(error) }),
    complete: () => resolve({ code: null, reason: 'completed' }),
  });
});
await forged.dispose();

clearTimeout(guard);
process.stdout.write(JSON.stringify({
  registeredId,
  mutationErrors: registered.errors ?? (registered.data.registerPatient.errors.length > 0 ? registered.data.registerPatient.errors : null),
  event: event.done ? null : event.value,
  completed: afterReturn.done,
  query,
  refusal,
}));
