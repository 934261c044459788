import { DocumentNode, GraphQLError, Lexer, Location, Source, TokenKind } from 'graphql';

/**
 * Deeper than any operation the depth limit (GRAPHQL_MAX_DEPTH, at most 50) lets through with its
 * arguments, and far shallower than the ~2,000 levels at which graphql-js's recursive parser and
 * validation rules overflow the stack, whatever GRAPHQL_MAX_TOKENS allows.
 */
export const MAX_NESTING = 100;

const OPENING = new Set<string>([TokenKind.BRACE_L, TokenKind.BRACKET_L, TokenKind.PAREN_L]);
const CLOSING = new Set<string>([TokenKind.BRACE_R, TokenKind.BRACKET_R, TokenKind.PAREN_R]);

/**
 * Why a query text is refused before it is parsed, or null. Reads tokens with graphql-js's own lexer
 * (iterative, and it knows strings and comments), stopping at the first limit crossed, so a hostile
 * text costs at most maxTokens tokens to refuse. Text the lexer itself refuses is left to the parser,
 * whose syntax error says where.
 */
export function documentShapeProblem(source: string, maxTokens: number): string | null {
  const lexer = new Lexer(new Source(source));
  let tokens = 0;
  let depth = 0;
  try {
    for (let token = lexer.advance(); token.kind !== TokenKind.EOF; token = lexer.advance()) {
      if (++tokens > maxTokens)
        return `The query is too long: at most ${maxTokens} tokens (names, values and punctuation). Send long values as variables, or split the query.`;
      if (OPENING.has(token.kind) && ++depth > MAX_NESTING)
        return `The query is nested too deeply: at most ${MAX_NESTING} levels of braces, brackets and parentheses.`;
      if (CLOSING.has(token.kind)) depth = Math.max(depth - 1, 0);
    }
  } catch (error) {
    if (error instanceof GraphQLError) return null;
    throw error;
  }
  return null;
}

/**
 * mercurius runs a query text that is not GraphQL as a JSON syntax tree when it can (its fallback
 * after a syntax error). Such a tree skipped the parser and its token limit, so it is refused: only a
 * document the parser built carries a Location.
 */
export function isParsedDocument(document: DocumentNode): boolean {
  return document.loc instanceof Location;
}
