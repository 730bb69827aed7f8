/**
 * Request parameters: each one a zod schema (used both to validate the request and to generate OpenAPI) plus
 * what it accepts in words, which invalid-parameter problems quote back to the client.
 */
import { z } from "zod";

export interface Parameter<S extends z.ZodType = z.ZodType> {
  schema: S;
  /** What the parameter accepts, in words ("one of ko, en", "an integer from 1 to 200"). */
  accepted: string;
  /** The exact accepted values, for enumerations. */
  allowed?: readonly string[];
}

/** Query strings arrive as text; only plain decimal integers are read as numbers (no `0x10`, `1e3`, ` 5`). */
function toInteger(value: unknown): unknown {
  return typeof value === "string" && /^-?\d{1,15}$/.test(value) ? Number(value) : value;
}

/** `a,b,c` → `["a", "b", "c"]`, duplicates removed, order kept. */
function toList(value: unknown): unknown {
  return typeof value === "string" ? [...new Set(value.split(","))] : value;
}

interface Described {
  description: string;
  example?: string;
}

type EnumOf<T extends readonly [string, ...string[]]> = z.ZodEnum<{ [K in T[number]]: K }>;

/** One value from a fixed set; with a default, or optional. */
export function enumParameter<const T extends readonly [string, ...string[]]>(
  values: T,
  options: Described & { default: T[number] },
): Parameter<z.ZodDefault<EnumOf<T>>>;
export function enumParameter<const T extends readonly [string, ...string[]]>(
  values: T,
  options: Described,
): Parameter<z.ZodOptional<EnumOf<T>>>;
export function enumParameter<const T extends readonly [string, ...string[]]>(
  values: T,
  options: Described & { default?: T[number] },
): Parameter {
  const base = z.enum(values, { error: "not one of the accepted values" }) as EnumOf<T>;
  const schema = options.default === undefined ? base.optional() : base.default(options.default as never);
  return {
    schema: schema.meta({ description: `${options.description} One of: ${values.join(", ")}.` }),
    accepted: `one of ${values.join(", ")}`,
    allowed: values,
  };
}

export function integerParameter(options: Described & { min: number; max: number; default: number }) {
  const accepted = `an integer from ${options.min} to ${options.max}`;
  const inner = z
    .int({ error: "not an integer" })
    .min(options.min, `less than ${options.min}`)
    .max(options.max, `more than ${options.max}`);
  const schema = z
    .preprocess(toInteger, inner)
    .default(options.default)
    .meta({
      description: `${options.description} ${accepted[0]?.toUpperCase()}${accepted.slice(1)} (default ${options.default}).`,
      // zod does not carry a default through a preprocess step into JSON Schema; state it here.
      override: { default: options.default },
    });
  return { schema, accepted } satisfies Parameter;
}

export function textParameter(options: Described & { maxLength: number }) {
  const accepted = `text of 1 to ${options.maxLength} characters`;
  const schema = z
    .string({ error: (issue) => (issue.input === undefined ? "missing" : "not text") })
    .min(1, "empty")
    .max(options.maxLength, `longer than ${options.maxLength} characters`)
    .meta({ description: options.description, ...(options.example ? { example: options.example } : {}) });
  return { schema, accepted } satisfies Parameter;
}

/** A comma-separated list of values from a fixed set (`relation=uses,runs-on`), optional. */
export function listParameter<const T extends readonly [string, ...string[]]>(values: T, options: Described) {
  const accepted = `comma-separated values from: ${values.join(", ")}`;
  const schema = z
    .preprocess(
      toList,
      z
        .array(z.enum(values, { error: "contains a value that is not accepted" }), { error: "not a list" })
        .min(1, "empty")
        .max(values.length, "too many values"),
    )
    .optional()
    .meta({
      description: `${options.description} Comma-separated, from: ${values.join(", ")}.`,
      param: { style: "form", explode: false },
      ...(options.example ? { example: options.example } : {}),
    });
  return { schema, accepted, allowed: values } satisfies Parameter;
}
