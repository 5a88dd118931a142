// parse-print: { documents: [{ name, text }] } -> [{ name, ok, printed } | { name, ok: false, message, line, column }]
import { parse, print, GraphQLError } from 'graphql';

export default ({ documents }) => documents.map(({ name, text }) => {
  try {
    return { name, ok: true, printed: print(parse(text)) };
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    const [location] = error.locations ?? [{}];
    return { name, ok: false, message: error.message, line: location.line ?? 0, column: location.column ?? 0 };
  }
});
