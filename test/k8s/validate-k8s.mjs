// Validates Kubernetes objects against the API schemas of the `kubernetes-models` packages
// (ES modules only, hence a script of its own; test/k8s.spec.ts runs it). Reads YAML files
// given as arguments; prints one JSON line per object: {file, apiVersion, kind, name, result, error?}.
// result: "valid", "invalid", or "no-schema" (an operator's resource these packages do not model).
import { readFileSync } from 'node:fs';
import { parseAllDocuments } from 'yaml';

const packages = [
  { match: (g) => g === 'monitoring.coreos.com', module: (g, v, k) => `@kubernetes-models/prometheus-operator/${g}/${v}/${k}` },
  { match: (g) => g === '' || !g.includes('.') || g.endsWith('.k8s.io'), module: (g, v, k) => `kubernetes-models/${g ? `${g}/` : ''}${v}/${k}` },
];

for (const file of process.argv.slice(2)) {
  for (const doc of parseAllDocuments(readFileSync(file, 'utf8'))) {
    const obj = doc.toJS();
    if (!obj) continue;
    const [group, version] = obj.apiVersion.includes('/') ? obj.apiVersion.split('/') : ['', obj.apiVersion];
    const line = { file, apiVersion: obj.apiVersion, kind: obj.kind, name: obj.metadata?.name };
    const pkg = packages.find((p) => p.match(group));
    let Model;
    try {
      Model = pkg && (await import(pkg.module(group, version, obj.kind)))[obj.kind];
    } catch {
      Model = undefined;
    }
    if (!Model) {
      console.log(JSON.stringify({ ...line, result: 'no-schema' }));
      continue;
    }
    try {
      new Model(obj).validate();
      console.log(JSON.stringify({ ...line, result: 'valid' }));
    } catch (e) {
      console.log(JSON.stringify({ ...line, result: 'invalid', error: String(e?.message ?? e) }));
    }
  }
}
