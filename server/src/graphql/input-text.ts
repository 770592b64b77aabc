import {
  getNamedType,
  GraphQLError,
  GraphQLID,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  Kind,
  TypeInfo,
  typeFromAST,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { Extensions } from 'type-graphql';

/**
 * Text from outside is refused at the edge, before any resolver or database sees it: control
 * characters (tab, line feed and carriage return aside), lone surrogates, and values longer than
 * any field of the product needs. SQLite, for one, ends a statement's text at a NUL.
 */
export const MAX_ID_LENGTH = 64;
export const MAX_STRING_LENGTH = 10_000;
/**
 * Arguments that carry whole files are declared at their field, `@FileArguments('csv')`; only the
 * request body limit bounds them.
 */
export const FILE_ARGUMENTS_EXTENSION = 'fileArguments';

/** Declares which arguments of a query or mutation carry whole files (CSV imports). */
export const FileArguments = (...names: string[]): MethodDecorator => Extensions({ [FILE_ARGUMENTS_EXTENSION]: names });

/** The file arguments a field declares. */
export function fileArgumentsOf(field: { extensions?: Record<string, unknown> | null } | null | undefined): readonly string[] {
  const names = field?.extensions?.[FILE_ARGUMENTS_EXTENSION];
  return Array.isArray(names) ? (names as string[]) : [];
}

// C0 and C1 controls (tab, line feed and carriage return aside) and the bidirectional overrides
// and isolates, which can make a name read backwards on a screen or in a file.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function problem(value: string, isId: boolean, long: boolean): string | null {
  if (CONTROL.test(value) || (isId && /[\t\n\r]/.test(value))) return 'contains control characters';
  if (LONE_SURROGATE.test(value)) return 'is not well-formed text (a lone surrogate)';
  const max = isId ? MAX_ID_LENGTH : long ? Infinity : MAX_STRING_LENGTH;
  if (value.length > max) return `is longer than ${max} characters`;
  return null;
}

function refuse(where: string, why: string) {
  return new GraphQLError(`${where} ${why}`, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
}

/** Walks a variable's value along its declared input type. */
function checkValue(value: unknown, type: GraphQLInputType, long: boolean, where: string, out: GraphQLError[]) {
  if (value === null || value === undefined || out.length) return;
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) {
    if (Array.isArray(value)) value.forEach((v, i) => checkValue(v, inner.ofType, long, `${where}[${i}]`, out));
    else checkValue(value, inner.ofType, long, where, out);
    return;
  }
  if (isInputObjectType(inner)) {
    if (typeof value !== 'object') return;
    const fields = inner.getFields();
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      if (fields[k]) checkValue(v, fields[k].type, long, `${where}.${k}`, out);
    }
    return;
  }
  if (isScalarType(inner) && typeof value === 'string') {
    const why = problem(value, inner === GraphQLID, long);
    if (why) out.push(refuse(where, why));
  }
}

/** What a document itself says: errors in its literals, and which variables may carry whole files. */
const literals = new WeakMap<DocumentNode, { errors: GraphQLError[]; longVariables: Set<string> }>();

/** The errors to answer instead of executing; empty when every text is acceptable. */
export function checkInputText(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown> | null | undefined): GraphQLError[] {
  let known = literals.get(document);
  if (!known) literals.set(document, (known = checkLiterals(schema, document)));
  if (known.errors.length) return known.errors;
  const out: GraphQLError[] = [];
  if (!variables) return out;
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    for (const v of definition.variableDefinitions ?? []) {
      const type = typeFromAST(schema, v.type) as GraphQLInputType | undefined;
      const name = v.variable.name.value;
      if (type) checkValue(variables[name], type, known.longVariables.has(name), `Variable $${name}`, out);
    }
  }
  return out;
}

function checkLiterals(schema: GraphQLSchema, document: DocumentNode): { errors: GraphQLError[]; longVariables: Set<string> } {
  const out: GraphQLError[] = [];
  const longVariables = new Set<string>();
  const typeInfo = new TypeInfo(schema);
  let longArgument = false;
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Argument: {
        enter(node) {
          longArgument = fileArgumentsOf(typeInfo.getFieldDef()).includes(node.name.value);
          if (longArgument && node.value.kind === Kind.VARIABLE) longVariables.add(node.value.name.value);
        },
        leave() {
          longArgument = false;
        },
      },
      StringValue(node) {
        if (out.length) return;
        const type = typeInfo.getInputType();
        const why = problem(node.value, !!type && getNamedType(type) === GraphQLID, longArgument);
        if (why) out.push(refuse('A value in the query', why));
      },
    }),
  );
  return { errors: out, longVariables };
}
