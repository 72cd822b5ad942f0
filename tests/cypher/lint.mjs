// Lint Cypher statements with Neo4j's own linter (@neo4j-cypher/language-support).
// stdin: JSON {"statements": [{"name": str, "text": str}], "schema": {DbSchema}}
// stdout: JSON [{"name": str, "message": str, "severity": int, "line": int, "character": int}]
// Usage: NODE_PATH is not used; pass the install prefix as argv[2].
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';

const prefix = process.argv[2];
const entry = join(prefix, 'node_modules', '@neo4j-cypher', 'language-support',
  'dist', 'esm', 'project', 'language-support', 'src', 'index.js');
const ls = await import(pathToFileURL(entry).href);
const input = JSON.parse(readFileSync(0, 'utf8'));
const out = [];
for (const st of input.statements) {
  const { diagnostics } = ls.lintCypherQuery(st.text, input.schema ?? {});
  for (const d of diagnostics) {
    out.push({
      name: st.name,
      message: d.message,
      severity: d.severity,
      line: d.range.start.line,
      character: d.range.start.character,
      ignorable: !ls.isNotParamError(d),
    });
  }
}
process.stdout.write(JSON.stringify(out));
