#!/usr/bin/env node
// npm run schemas: writes the JSON Schema files in schema/ from the zod schemas of the built package
// (after scripts/milestone-ids.mjs and the build, so one command picks up every change of a schema).
// test/json-schema.test.ts runs the same generation on the sources and fails when a file is stale.
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';

// Date checks and cross-field rules are code (refinements); the JSON Schema states the shapes. What
// poortwachter reads is described as input (optional fields may be absent, unknown keys are the zod
// schema's business); the timeline it writes as output (every key it may hold, and no other).
function generate(schema, id, title, io = 'input') {
  return { ...z.toJSONSchema(schema, { io, unrepresentable: 'any' }), $id: id, title };
}

/** The files and their contents, from the given schemas (the built package's, or the sources'). */
export function schemaFiles({ caseInputSchema, ruleSchema, sourcesFileSchema, parametersFileSchema, scenarioSchema, timelineSchema }) {
  const base = 'https://poortwachter.dev/schema/';
  return {
    'schema/case.schema.json': generate(caseInputSchema, `${base}case.schema.json`, 'poortwachter case input'),
    'schema/rule.schema.json': generate(ruleSchema, `${base}rule.schema.json`, 'poortwachter rule file'),
    'schema/sources.schema.json': generate(sourcesFileSchema, `${base}sources.schema.json`, 'poortwachter cited sources (rules/sources.json)'),
    'schema/parameters.schema.json': generate(parametersFileSchema, `${base}parameters.schema.json`, 'poortwachter dated parameters of the law (rules/parameters.json)'),
    'schema/scenario.schema.json': { ...z.toJSONSchema(scenarioSchema, { io: 'input', unrepresentable: 'any' }), title: 'poortwachter scenario' },
    'schema/timeline.schema.json': generate(timelineSchema, `${base}timeline.schema.json`, 'poortwachter timeline (the output of computeTimeline)', 'output'),
  };
}

export function text(json) {
  return `${JSON.stringify(json, null, 2)}\n`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const schemas = await import('../dist/schema.js');
  const { scenarioSchema } = await import('../dist/testing.js');
  for (const [file, json] of Object.entries(schemaFiles({ ...schemas, scenarioSchema }))) {
    writeFileSync(file, text(json));
    console.log(`wrote ${file}`);
  }
}
