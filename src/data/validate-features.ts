import type { z } from 'zod';

/** A feature that was left out, and why, in plain English. */
export interface DataProblem {
  /** The dataset it came from, e.g. `basemap places`. */
  dataset: string;
  /** The feature's id when it has one, else its position in the file. */
  feature: string;
  reason: string;
}

/** The valid features of a collection and the problems of the others. */
export interface ValidatedFeatures<T> {
  features: T[];
  problems: DataProblem[];
}

function describeFeature(candidate: unknown, index: number): string {
  if (typeof candidate === 'object' && candidate !== null && 'properties' in candidate) {
    const properties = (candidate as { properties: unknown }).properties;
    if (typeof properties === 'object' && properties !== null && 'id' in properties) {
      const id = (properties as { id: unknown }).id;
      if (typeof id === 'string') return id.slice(0, 80);
    }
  }
  return `feature #${index + 1}`;
}

/**
 * Checks every feature of a GeoJSON FeatureCollection against a schema. Invalid features are
 * dropped and reported, never thrown: the app keeps what is valid and says what it left out.
 * Repeated ids are reported too (the first one is kept).
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
    return { features, problems: [{ dataset, feature: '(file)', reason: 'not a GeoJSON FeatureCollection' }] };
  }
  const seen = new Set<string>();
  candidates.forEach((candidate, index) => {
    const result = schema.safeParse(candidate);
    const feature = describeFeature(candidate, index);
    if (!result.success) {
      const issue = result.error.issues[0];
      const where = issue?.path.join('.') ?? '';
      problems.push({ dataset, feature, reason: `${where ? `${where}: ` : ''}${issue?.message ?? 'invalid'}` });
      return;
    }
    const id = result.data.properties.id;
    if (seen.has(id)) {
      problems.push({ dataset, feature, reason: 'repeated id; the first one is kept' });
      return;
    }
    seen.add(id);
    features.push(result.data);
  });
  return { features, problems };
}
