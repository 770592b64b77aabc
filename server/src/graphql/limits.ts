import type { ApolloServerPlugin } from '@apollo/server';
import depthLimit from 'graphql-depth-limit';
import { GraphQLError, visit, type DocumentNode, type GraphQLSchema, type ValidationRule } from 'graphql';
import { getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { checkInputText } from './input-text';

/** Limits against abusive queries; the same for HTTP and WebSocket operations. */
export const MAX_DEPTH = 10;
export const MAX_COST = 100_000;
/** Request bodies: anyone may send a query; only staff send files (register imports). */
export const MAX_BODY_ANONYMOUS_BYTES = 64 * 1024;
export const MAX_BODY_STAFF_BYTES = 16 * 1024 * 1024;
/** A WebSocket message carries one operation, never a file. */
export const MAX_WS_MESSAGE_BYTES = 64 * 1024;
/** How many items a list without a `first` argument is assumed to hold. */
const LIST_GUESS = 10;

export const depthRule: ValidationRule = depthLimit(MAX_DEPTH);

/**
 * Cost: each field costs 1, and a list field multiplies its children by its `first` argument
 * (LIST_GUESS when it has none), so a page of matters with their timelines is priced like it will run.
 */
export function operationCost(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown> = {}, operationName?: string) {
  return getComplexity({
    schema,
    query: document,
    variables,
    operationName,
    estimators: [
      ({ args, childComplexity, field }) => {
        const typeName = String(field.type);
        if (!typeName.startsWith('[') && !typeName.includes('Connection')) return undefined;
        const first = typeof args.first === 'number' ? args.first : LIST_GUESS;
        return 1 + childComplexity * Math.max(1, first);
      },
      simpleEstimator({ defaultComplexity: 1 }),
    ],
  });
}

export function costError(cost: number) {
  return new GraphQLError(`Query is too expensive: cost ${cost} exceeds the limit of ${MAX_COST}; ask for fewer fields or smaller pages`, {
    extensions: { code: 'QUERY_TOO_COMPLEX', cost, maxCost: MAX_COST, http: { status: 400 } },
  });
}

/**
 * What every operation must pass before it runs, over HTTP and WebSocket alike: acceptable text
 * in every argument and variable, and a cost within the limit. Returns the errors to answer.
 */
export function edgeErrors(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | null | undefined,
  operationName?: string | null,
): GraphQLError[] {
  const text = checkInputText(schema, document, variables);
  if (text.length) return text;
  const cost = costOf(schema, document, variables ?? {}, operationName);
  return cost !== null && cost > MAX_COST ? [costError(cost)] : [];
}

/**
 * Apollo hands the same parsed document for the same query text, so each document's cost is kept
 * by the values of the variables that price it: those given to a `first` argument (the estimator
 * multiplies by it) and to a directive (`@include`, `@skip`). The rest (ids, codes, text) never
 * change the cost, so they stay out of the key: a kiosk's report costs the same whatever it reports.
 */
const priced = new WeakMap<DocumentNode, { variables: string[]; costs: Map<string, number> }>();

function pricingOf(document: DocumentNode): { variables: string[]; costs: Map<string, number> } {
  let known = priced.get(document);
  if (known) return known;
  const found = new Set<string>();
  const collect = (node: Parameters<typeof visit>[0]) => visit(node, { Variable: (v) => void found.add(v.name.value) });
  visit(document, {
    Directive: (node) => void collect(node),
    Argument: (node) => void (node.name.value === 'first' && collect(node.value)),
  });
  known = { variables: [...found].sort(), costs: new Map() };
  priced.set(document, known);
  return known;
}

function costOf(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown>, operationName?: string | null): number | null {
  const pricing = pricingOf(document);
  const key = JSON.stringify([operationName ?? null, ...pricing.variables.map((n) => variables[n] ?? null)]);
  const hit = pricing.costs.get(key);
  if (hit !== undefined) return hit;
  let cost: number;
  try {
    cost = operationCost(schema, document, variables, operationName ?? undefined);
  } catch {
    // Variables that do not fit the operation: execution refuses them with BAD_USER_INPUT. Not
    // kept, so that such a request never stands for a valid one.
    return null;
  }
  if (key.length <= 500 && pricing.costs.size < 100) pricing.costs.set(key, cost);
  return cost;
}

export function edgePlugin(schema: GraphQLSchema): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const [first] = edgeErrors(schema, document, request.variables, request.operationName);
          if (first) throw first;
        },
      };
    },
  };
}
