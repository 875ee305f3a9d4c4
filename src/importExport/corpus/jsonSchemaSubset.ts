/**
 * Test helper: a validator for the subset of JSON Schema (2020-12) that public/chronoledger-events.schema.json
 * uses, so that tests can check the shipped schema against real files without a schema library. A keyword
 * outside the subset throws, so the schema cannot quietly grow past what is checked.
 */
type Schema = Readonly<Record<string, unknown>>;

const ANNOTATIONS = new Set(['$schema', '$id', '$defs', 'title', 'description']);

export function validates(root: Schema, value: unknown, schema: Schema = root): boolean {
  return Object.entries(schema).every(([keyword, argument]) => {
    if (ANNOTATIONS.has(keyword) || keyword === 'then') return true;
    const check = KEYWORDS[keyword];
    if (check === undefined) throw new Error(`The schema uses "${keyword}", which the test validator lacks.`);
    return check(argument, value, root, schema);
  });
}

type Check = (argument: unknown, value: unknown, root: Schema, schema: Schema) => boolean;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function resolve(root: Schema, ref: unknown): Schema {
  if (typeof ref !== 'string' || !ref.startsWith('#/$defs/'))
    throw new Error(`Unsupported $ref ${String(ref)}`);
  const target = (root['$defs'] as Record<string, Schema>)[ref.slice('#/$defs/'.length)];
  if (target === undefined) throw new Error(`Dangling $ref ${ref}`);
  return target;
}

const TYPES: Record<string, (value: unknown) => boolean> = {
  object: isObject,
  array: Array.isArray,
  string: (value) => typeof value === 'string',
  number: (value) => typeof value === 'number',
  integer: (value) => Number.isInteger(value),
  boolean: (value) => typeof value === 'boolean',
  null: (value) => value === null,
};

const numeric = (value: unknown, test: (number: number) => boolean) =>
  typeof value !== 'number' || test(value);
const text = (value: unknown, test: (string: string) => boolean) => typeof value !== 'string' || test(value);

const KEYWORDS: Record<string, Check> = {
  $ref: (ref, value, root) => validates(root, value, resolve(root, ref)),
  type: (type, value) => TYPES[type as string]?.(value) === true,
  const: (constant, value) => Object.is(constant, value),
  enum: (options, value) => (options as unknown[]).some((option) => Object.is(option, value)),
  required: (keys, value) => !isObject(value) || (keys as string[]).every((key) => Object.hasOwn(value, key)),
  properties: (properties, value, root) =>
    !isObject(value) ||
    Object.entries(properties as Record<string, Schema>).every(
      ([key, schema]) => !Object.hasOwn(value, key) || validates(root, value[key], schema),
    ),
  additionalProperties: (allowed, value, _root, schema) =>
    allowed !== false ||
    !isObject(value) ||
    Object.keys(value).every((key) => Object.hasOwn((schema['properties'] as object | undefined) ?? {}, key)),
  maxProperties: (max, value) => !isObject(value) || Object.keys(value).length <= (max as number),
  minLength: (min, value) => text(value, (string) => string.length >= (min as number)),
  maxLength: (max, value) => text(value, (string) => string.length <= (max as number)),
  pattern: (pattern, value) => text(value, (string) => new RegExp(pattern as string, 'u').test(string)),
  minimum: (min, value) => numeric(value, (number) => number >= (min as number)),
  maximum: (max, value) => numeric(value, (number) => number <= (max as number)),
  exclusiveMinimum: (min, value) => numeric(value, (number) => number > (min as number)),
  allOf: (schemas, value, root) => (schemas as Schema[]).every((schema) => validates(root, value, schema)),
  oneOf: (schemas, value, root) =>
    (schemas as Schema[]).filter((schema) => validates(root, value, schema)).length === 1,
  if: (condition, value, root, schema) =>
    !validates(root, value, condition as Schema) || validates(root, value, (schema['then'] as Schema) ?? {}),
};
