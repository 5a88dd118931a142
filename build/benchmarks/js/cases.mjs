// The inputs both sides of the benchmark read, from ../cases. introspection.graphql and data.json
// are written by `node cases.mjs --write` (the introspection query is graphql-js's own, so it is
// taken from graphql-js rather than typed by hand); bench.mjs checks they are still what this
// file makes, so the two sides never time different inputs.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { getIntrospectionQuery } from 'graphql';

export const casesDirectory = fileURLToPath(new URL('../cases/', import.meta.url));

export const caseNames = ['three-fields', 'fragments', 'introspection', 'list-1000'];

export const introspectionQuery = () =>
  getIntrospectionQuery({
    descriptions: true,
    specifiedByUrl: true,
    directiveIsRepeatable: true,
    schemaDescription: true,
    inputValueDeprecation: true,
    oneOf: true,
  });

const step = (title, dueOn, done) => ({ title, dueOn, done });
const clinician = (id, name, role) => ({ __typename: 'Clinician', id, name, role });
const patient = {
  __typename: 'Patient',
  id: 'p-1',
  name: 'Ann Example',
  birthDate: '1961-04-12',
  mrn: 'MRN-0001',
  careTeam: [
    clinician('c-1', 'Dr. Anna Smith', 'General practitioner'),
    clinician('c-2', 'Ben Jones', 'Nurse'),
    clinician('c-3', 'Dr. Carla Diaz', 'Cardiologist'),
  ],
  journeys: [
    {
      id: 'j-1',
      status: 'ACTIVE',
      pathway: { code: 'HF-01', title: 'Heart failure' },
      steps: [step('Referral', '2026-01-10', true), step('Echocardiogram', '2026-02-01', true), step('Review', '2026-03-01', false)],
    },
    {
      id: 'j-2',
      status: 'ACTIVE',
      pathway: { code: 'DM-02', title: 'Type 2 diabetes' },
      steps: [step('HbA1c test', '2026-01-20', true), step('Diet advice', null, false), step('Review', '2026-04-15', false)],
    },
  ],
};

export const makeData = () => ({
  a: 'alpha',
  b: 42,
  c: true,
  patient,
  findPatient: patient,
  search: [
    patient,
    patient.careTeam[0],
    { ...patient, id: 'p-2', name: 'Annette Other', birthDate: null },
    patient.careTeam[2],
  ],
  items: Array.from({ length: 1000 }, (_, i) => ({ id: `item-${i}`, name: `Item ${i}`, score: i + 0.25 })),
});

export const readCase = name => readFileSync(new URL(`${name}.graphql`, `file://${casesDirectory}`), 'utf8');
export const readSchema = () => readFileSync(`${casesDirectory}schema.graphqls`, 'utf8');
export const readData = () => JSON.parse(readFileSync(`${casesDirectory}data.json`, 'utf8'));

const expectedFiles = () => ({
  'introspection.graphql': `${introspectionQuery()}\n`,
  'data.json': `${JSON.stringify(makeData(), null, 1)}\n`,
});

/** Throws when a generated input differs from what this file makes now. */
export const checkGeneratedCases = () => {
  for (const [file, text] of Object.entries(expectedFiles())) {
    if (readFileSync(`${casesDirectory}${file}`, 'utf8') !== text) {
      throw new Error(`build/benchmarks/cases/${file} is out of date: run \`node build/benchmarks/js/cases.mjs --write\`.`);
    }
  }
};

if (process.argv[1] === fileURLToPath(import.meta.url) && process.argv.includes('--write')) {
  for (const [file, text] of Object.entries(expectedFiles())) {
    writeFileSync(`${casesDirectory}${file}`, text);
  }
}
