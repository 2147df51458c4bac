import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { absoluteUrlSchema, apiResponseSchema, publishedJsonSchema } from './api.ts';

describe('publishedJsonSchema', () => {
  const schema = apiResponseSchema('things', z.object({ id: z.string(), url: absoluteUrlSchema }).strict());
  const json = publishedJsonSchema(schema, 'https://example.org/api/things.schema.json', '东西') as {
    $id: string;
    additionalProperties: boolean;
    required: string[];
    properties: Record<string, { items?: { properties: { url: { pattern: string; format: string } } } }>;
  };

  it('names itself and forbids fields it does not know', () => {
    expect(json.$id).toBe('https://example.org/api/things.schema.json');
    expect(json.additionalProperties).toBe(false);
    expect(json.required).toEqual(expect.arrayContaining(['$schema', 'generated', 'licence', 'things']));
  });

  it('says an address is absolute http(s)', () => {
    const url = json.properties.things!.items!.properties.url;
    expect(url).toMatchObject({ format: 'uri', pattern: '^https?://' });
    expect(absoluteUrlSchema.safeParse('/reports/x/').success).toBe(false);
    expect(absoluteUrlSchema.safeParse('ftp://example.org/').success).toBe(false);
    expect(absoluteUrlSchema.safeParse('https://example.org/reports/x/').success).toBe(true);
  });
});
