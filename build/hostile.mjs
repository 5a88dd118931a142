// hostile.mjs <url of /graphql>: sends each hostile request once and prints how long the answer
// took, its status and error code, then whether a plain query still works. Used by build/hostile.sh.
const url = process.argv[2];
const encode = text => new TextEncoder().encode(text);
const json = body => encode(JSON.stringify(body));
const fragmentFanOut = 'query FanOut { ...F0 } ' + Array.from({ length: 30 }, (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} a${i}: __typename }`).join(' ') + ' fragment F30 on Query { __typename }';
const nestedFanOut = '{ patients(first: 1) { ...N0 } } ' + Array.from({ length: 20 }, (_, i) => `fragment N${i} on PatientPage { items { id } ...N${i + 1} ...N${i + 1} }`).join(' ') + ' fragment N20 on PatientPage { nextCursor }';
const eightMb = json({ query: '{ __typename }', variables: { padding: 'x'.repeat(8 * 1024 * 1024) } });

const cases = [
  ['invalid UTF-8 in the body', () => Uint8Array.from([...encode('{"query":"{ __typename }","operationName":"'), 0xc3, 0x28, 0xff, ...encode('X"}')])],
  ['100,000-deep nesting', () => json({ query: '{ a '.repeat(100_000) + '}'.repeat(100_000) })],
  ['50,000 aliases', () => json({ query: '{ ' + Array.from({ length: 50_000 }, (_, i) => `a${i}: __typename`).join(' ') + ' }' })],
  ['fragment fan-out (2^30 spreads)', () => json({ query: fragmentFanOut })],
  ['nested fragment fan-out (2^20)', () => json({ query: nestedFanOut })],
  ['8 MB body (Content-Length)', () => eightMb],
  ['8 MB body (chunked)', () => eightMb, true],
  ['100,000-deep JSON variables', () => encode('{"query":"query($v: [String]) { __typename }","variables":{"v":' + '['.repeat(100_000) + ']'.repeat(100_000) + '}}')],
  ['50,000-deep list literal', () => json({ query: '{ patients(first: 1, name: ' + '['.repeat(50_000) + ']'.repeat(50_000) + ') { nextCursor } }' })],
];

async function send(body, chunked = false) {
  const started = performance.now();
  const init = { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' }, signal: AbortSignal.timeout(60_000) };
  if (chunked) {
    init.body = new ReadableStream({ start(controller) { for (let i = 0; i < body.length; i += 65536) controller.enqueue(body.subarray(i, i + 65536)); controller.close(); } });
    init.duplex = 'half';
  } else {
    init.body = body;
  }
  try {
    const response = await fetch(url, init);
    const text = await response.text();
    let code = '';
    try { code = JSON.parse(text).errors?.[0]?.extensions?.code ?? 'data'; } catch { code = text.slice(0, 40); }
    return { ms: performance.now() - started, status: response.status, code };
  } catch (error) {
    return { ms: performance.now() - started, status: 'no answer', code: String(error.cause?.code ?? error.name) };
  }
}

const rows = [];
for (const [name, make, chunked] of cases) {
  const answer = await send(make(), chunked);
  const after = await send(json({ query: '{ __typename }' }));
  rows.push({ case: name, ms: answer.ms.toFixed(1), status: answer.status, code: answer.code, 'serving after': after.status === 200 ? 'yes' : `no (${after.status})` });
}
console.table(rows);
