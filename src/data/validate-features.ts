import type { z } from 'zod';
import type { DataProblem } from './data-problem';
import { formulaTextWarnings } from './formula-text';
import { reservedNamePaths } from './reserved-names';

/** The valid features of a collection and the problems of the others. */
export interface ValidatedFeatures<T> {
  features: T[];
  problems: DataProblem[];
}

function describeFeature(candidate: unknown, index: number): string {
  if (typeof candidate === 'object' && candidate !== null && 'properties' in candidate) {
    const properties = (candidate as { properties: unknown }).properties;
    if (typeof properties === 'object' && properties !== null && Object.hasOwn(properties, 'id')) {
      const id = (properties as { id: unknown }).id;
      if (typeof id === 'string') return id.slice(0, 80);
    }
  }
  return `feature #${index + 1}`;
}

/** The first issue of a failed zod parse, as `path: message`. */
export function firstIssueMessage(error: z.ZodError): string {
  const issue = error.issues[0];
  const where = issue?.path.join('.') ?? '';
  return `${where ? `${where}: ` : ''}${issue?.message ?? 'invalid'}`;
}

/** The rule a custom issue names (`params.rule`, e.g. `until-after-since`), else `schema`. */
export function ruleOfFirstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  return issue?.code === 'custom' && typeof issue.params?.rule === 'string' ? issue.params.rule : 'schema';
}

/**
 * Checks every feature of a GeoJSON FeatureCollection against a schema. Invalid features are
 * dropped and reported (severity `error`), never thrown: the app keeps what is valid and says what
 * it left out. Repeated ids and properties named like `Object.prototype` members are errors too
 * (the first of a repeated id is kept), and texts that a spreadsheet would run as formulas are
 * warned about (the feature is kept).
 */
export function validateFeatures<Schema extends z.ZodType<{ properties: { id: string } }>>(
  dataset: string,
  collection: unknown,
  schema: Schema,
): ValidatedFeatures<z.infer<Schema>> {
  const problems: DataProblem[] = [];
  const features: z.infer<Schema>[] = [];
  const candidates =
    typeof collection === 'object' && collection !== null && 'features' in collection
      ? (collection as { features: unknown }).features
      : undefined;
  if (!Array.isArray(candidates)) {
    return {
      features,
      problems: [
        {
          dataset,
          feature: '(file)',
          severity: 'error',
          rule: 'collection',
          message: 'not a GeoJSON FeatureCollection',
        },
      ],
    };
  }
  const seen = new Set<string>();
  candidates.forEach((candidate, index) => {
    const feature = describeFeature(candidate, index);
    const reserved = reservedNamePaths(candidate);
    if (reserved.length > 0) {
      const message = `${reserved.slice(0, 3).join(', ')}: named like an Object.prototype member; the feature is left out`;
      problems.push({ dataset, feature, severity: 'error', rule: 'reserved-name', message });
      return;
    }
    const result = schema.safeParse(candidate);
    if (!result.success) {
      problems.push({
        dataset,
        feature,
        severity: 'error',
        rule: ruleOfFirstIssue(result.error),
        message: firstIssueMessage(result.error),
      });
      return;
    }
    const id = result.data.properties.id;
    if (seen.has(id)) {
      problems.push({
        dataset,
        feature,
        severity: 'error',
        rule: 'unique-id',
        message: 'repeated id; the first one is kept',
      });
      return;
    }
    seen.add(id);
    features.push(result.data);
    problems.push(...formulaTextWarnings(dataset, id, result.data.properties));
  });
  return { features, problems };
}
