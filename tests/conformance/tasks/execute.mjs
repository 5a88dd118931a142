// execute: { schema, data, operations: [{ name, query, variables?, operationName? }] }
//   -> [{ name, validationErrors, hasData, data, errors: [{ message, locations, path }] }]
// The schema is built from SDL with no resolvers: every field reads the property of its parent
// named like it, starting from `data` as the root value; abstract types are resolved by the
// `__typename` property of each object in the data. Documents are executed without validation
// (the .NET side executes them unvalidated too); validationErrors lets the corpus prove it is valid.
import { buildSchema, execute, parse, validate } from 'graphql';

export default async ({ schema: sdl, data, operations }) => {
  const schema = buildSchema(sdl);
  const answers = [];
  for (const { name, query, variables, operationName } of operations) {
    const document = parse(query);
    const result = await execute({
      schema,
      document,
      rootValue: data,
      variableValues: variables ?? undefined,
      operationName: operationName ?? undefined,
    });
    answers.push({
      name,
      validationErrors: validate(schema, document).map(error => error.message),
      hasData: 'data' in result,
      data: result.data ?? null,
      errors: (result.errors ?? []).map(error => ({
        message: error.message,
        locations: error.locations ?? [],
        path: error.path ?? null,
      })),
    });
  }
  return answers;
};
