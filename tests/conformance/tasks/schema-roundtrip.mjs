// schema-roundtrip, in two steps:
//   { step: "query" } -> [ getIntrospectionQuery with every option on ]
//   { schemas: [{ name, sdl, introspection }] } -> [{ name, fromIntrospection, fromSdl, sdlReprinted, sdlErrors }]
// `introspection` is the `data` our engine answered to that query. graphql-js rebuilds the schema
// twice, from that result (buildClientSchema) and from our printed SDL (buildSchema), and prints
// both; sdlReprinted is printSchema of the schema rebuilt from its own printout (a fixed point);
// sdlErrors is what graphql-js's validateSchema finds wrong with the schema built from our SDL.
import { buildClientSchema, buildSchema, getIntrospectionQuery, printSchema, validateSchema } from 'graphql';

const everything = {
  descriptions: true,
  specifiedByUrl: true,
  directiveIsRepeatable: true,
  schemaDescription: true,
  inputValueDeprecation: true,
  oneOf: true,
};

export default ({ step, schemas }) => {
  if (step === 'query') return [getIntrospectionQuery(everything)];
  return schemas.map(({ name, sdl, introspection }) => {
    const fromSdl = buildSchema(sdl);
    const printedFromSdl = printSchema(fromSdl);
    return {
      name,
      fromIntrospection: printSchema(buildClientSchema(introspection)),
      fromSdl: printedFromSdl,
      sdlReprinted: printSchema(buildSchema(printedFromSdl)),
      sdlErrors: validateSchema(fromSdl).map(error => error.message),
    };
  });
};
