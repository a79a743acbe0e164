// Checks Cypher with Neo4j's own parser and semantic analysis (@neo4j-cypher/language-support).
// Input on stdin: {"schema": DbSchema, "items": [{"name": "...", "text": "...", "parameters": {...}}]}.
// Output on stdout: [{"name": "...", "diagnostics": [{"severity": "error"|"warning", "message", "line", "column"}]}].
// Severity 1 (error) covers syntax and semantic errors; 2 (warning) covers unknown labels, types and properties.
import { lintCypherQuery } from '@neo4j-cypher/language-support';
import { readFileSync } from 'node:fs';

const input = JSON.parse(readFileSync(0, 'utf8'));
const results = input.items.map((item) => {
  const schema = { ...input.schema, parameters: item.parameters ?? {} };
  const { diagnostics } = lintCypherQuery(item.text, schema, { consoleCommandsEnabled: true });
  return {
    name: item.name,
    diagnostics: diagnostics.map((d) => ({
      severity: d.severity === 1 ? 'error' : d.severity === 2 ? 'warning' : 'info',
      message: d.message,
      line: d.range.start.line + 1,
      column: d.range.start.character + 1,
    })),
  };
});
process.stdout.write(JSON.stringify(results));
