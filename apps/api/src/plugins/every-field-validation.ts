// @pothos/plugin-validation stops at the first invalid field of an input object, so a form showed its errors one at
// a time: fix the name, submit, learn the phone is wrong too. This plugin runs before it and checks every field's own
// rules (the `validate` option, read from the field's extensions) so one answer names every invalid field. When every
// field passes it changes nothing: the validation plugin then runs as before (transforms, type-level rules).
import SchemaBuilder, {
  BasePlugin,
  type InputFieldMapping,
  mapInputFields,
  type PothosOutputFieldConfig,
  type SchemaTypes,
} from "@pothos/core";
import type { StandardSchemaV1 } from "@pothos/plugin-validation";

import { readerLanguage } from "../modules/common/text.ts";
import { inputValidationError } from "../modules/common/validation.ts";

type Schemas = StandardSchemaV1[];
type Mappings = Map<string, InputFieldMapping<SchemaTypes, Schemas | null>>;

/** Validates `value` (one input object) against every mapped field; appends what fails to `issues`. */
function collectIssues(value: Record<string, unknown>, mappings: Mappings, path: PropertyKey[], issues: unknown[]) {
  for (const [name, mapping] of mappings) {
    const fieldValue = value[name];
    if (fieldValue === null || fieldValue === undefined) continue;
    const fieldPath = [...path, name];
    // A list's own rules (e.g. at most 30 motions) see the whole list; nested input objects are checked item by item.
    if (mapping.kind === "InputObject" && mapping.fields.map) {
      for (const [item, itemPath] of listItems(fieldValue, mapping.isList ? (mapping.listDepth ?? 1) : 0, fieldPath)) {
        collectIssues(item as Record<string, unknown>, mapping.fields.map as Mappings, itemPath, issues);
      }
    }
    for (const schema of mapping.value ?? []) {
      const result = schema["~standard"].validate(fieldValue);
      // Our rules are synchronous; an async one is left to the validation plugin.
      if (result instanceof Promise || !result.issues) continue;
      issues.push(...result.issues.map((issue) => ({ ...issue, path: [...fieldPath, ...(issue.path ?? [])] })));
      break;
    }
  }
}

/** The non-null values of a (possibly nested) list with their paths; a plain value is a list of one. */
function listItems(value: unknown, depth: number, path: PropertyKey[]): [unknown, PropertyKey[]][] {
  if (value === null || value === undefined) return [];
  if (depth === 0 || !Array.isArray(value)) return [[value, path]];
  return value.flatMap((item, index) => listItems(item, depth - 1, [...path, index]));
}

export class EveryFieldValidationPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override onOutputFieldConfig(fieldConfig: PothosOutputFieldConfig<Types>): PothosOutputFieldConfig<Types> {
    const mappings = mapInputFields(fieldConfig.args, this.buildCache, (field) => {
      const schemas = field.extensions?.["@pothos/plugin-validation"] as { schemas?: Schemas } | undefined;
      return schemas?.schemas?.length ? schemas.schemas : null;
    }) as Mappings | null;
    if (!mappings) return fieldConfig;
    return {
      ...fieldConfig,
      argMappers: [
        ...fieldConfig.argMappers,
        (args, context) => {
          const issues: StandardSchemaV1.Issue[] = [];
          collectIssues(args, mappings, [], issues);
          if (issues.length === 0) return args;
          throw inputValidationError(issues, readerLanguage((context as { request: Request }).request));
        },
      ],
    };
  }
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- Pothos plugins register by merging into its namespace
  export namespace PothosSchemaTypes {
    export interface Plugins<Types extends SchemaTypes> {
      everyFieldValidation: EveryFieldValidationPlugin<Types>;
    }
  }
}

SchemaBuilder.registerPlugin("everyFieldValidation", EveryFieldValidationPlugin);

export default "everyFieldValidation" as const;
