// breaking-changes <released.graphql> <current.graphql> <announced.json>: graphql-js's
// findBreakingChanges and findDangerousChanges between the previous release's schema and the
// current one. A breaking change is accepted only when the announcements file lists it (same type
// and description) with a reason. Prints one JSON object:
//   { breaking: [{ type, description, announced, reason }], dangerous: [{ type, description }],
//     staleAnnouncements: [{ type, description }] }
// staleAnnouncements are listed changes that no longer happen (remove them).
import { readFileSync } from 'node:fs';
import { buildSchema, findBreakingChanges, findDangerousChanges } from 'graphql';

const [releasedPath, currentPath, announcedPath] = process.argv.slice(2);
const released = buildSchema(readFileSync(releasedPath, 'utf8'));
const current = buildSchema(readFileSync(currentPath, 'utf8'));
const { announced = [] } = JSON.parse(readFileSync(announcedPath, 'utf8'));
const key = change => `${change.type}\u0000${change.description}`;
const accepted = new Map(announced.filter(a => typeof a.reason === 'string' && a.reason.trim()).map(a => [key(a), a.reason]));

const breaking = findBreakingChanges(released, current).map(({ type, description }) => ({
  type, description, announced: accepted.has(key({ type, description })), reason: accepted.get(key({ type, description })) ?? null,
}));
const happening = new Set(breaking.map(key));
console.log(JSON.stringify({
  breaking,
  dangerous: findDangerousChanges(released, current).map(({ type, description }) => ({ type, description })),
  staleAnnouncements: announced.filter(a => !happening.has(key(a))).map(({ type, description }) => ({ type, description })),
}));
