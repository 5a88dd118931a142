// validate: { sdl, documents: [{ name, text }] } -> [{ name, errors: [{ message, locations: [{ line, column }] }] }]
// The schema is built once with buildSchema; each document is parsed and checked with the specified rules.
import { buildSchema, parse, validate } from 'graphql';

export default ({ sdl, documents }) => {
  const schema = buildSchema(sdl);
  return documents.map(({ name, text }) => ({
    name,
    errors: validate(schema, parse(text)).map(({ message, locations }) => ({
      message,
      locations: (locations ?? []).map(({ line, column }) => ({ line, column })),
    })),
  }));
};
