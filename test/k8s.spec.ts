import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { SERVICES } from '@pao/platform';
import { repoRoot } from '../scripts/services';
import { operatorSchemas } from './k8s/operator-schemas';

/**
 * infra/k8s (generated from the service registry, docs/adr/0030) as kubectl would apply it:
 * every object the kustomizations reach is validated against the Kubernetes API schemas
 * (kubernetes-models, in a Node ES-module script) or, for the operators' resources, against
 * test/k8s/operator-schemas.ts; then what the issue asks of each service is checked.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- parsed YAML, checked field by field below
type Obj = { apiVersion: string; kind: string; metadata: { name: string; annotations?: Record<string, string> }; spec?: any; [k: string]: any };
type Verdict = { file: string; apiVersion: string; kind: string; name?: string; result: 'valid' | 'invalid' | 'no-schema'; error?: string };

const k8sDir = join(repoRoot, 'infra', 'k8s');
const BASES = ['servers', 'migrate', 'apps'];

/** The files a kustomization reaches (resources: files or folders with their own kustomization). */
function kustomizationFiles(dir: string): string[] {
  const k = parseAllDocuments(readFileSync(join(dir, 'kustomization.yaml'), 'utf8'))[0].toJS() as { resources: string[] };
  return k.resources.flatMap((r) => {
    const path = join(dir, r);
    if (!existsSync(path)) throw new Error(`${relative(repoRoot, dir)}/kustomization.yaml names ${r}, which does not exist`);
    return statSync(path).isDirectory() ? kustomizationFiles(path) : [path];
  });
}

function validate(files: string[]): Verdict[] {
  const out = execFileSync(process.execPath, [join(__dirname, 'k8s', 'validate-k8s.mjs'), ...files], { cwd: repoRoot, encoding: 'utf8', timeout: 60_000 });
  return out.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Verdict);
}

const files = [...new Set(BASES.flatMap((b) => kustomizationFiles(join(k8sDir, b))))];
const objects: Obj[] = files.flatMap((f) => parseAllDocuments(readFileSync(f, 'utf8')).map((d) => d.toJS() as Obj));
const find = (kind: string, name: string) => objects.find((o) => o.kind === kind && o.metadata.name === name);

describe('infra/k8s', () => {
  let verdicts: Verdict[];
  beforeAll(() => {
    verdicts = validate(files);
  });

  it('every object reached from the kustomizations is valid by the Kubernetes API schemas', () => {
    expect(verdicts).toHaveLength(objects.length);
    const invalid = verdicts.filter((v) => v.result === 'invalid');
    expect(invalid).toEqual([]);
    // Everything without an API schema is an operator's resource with a schema of ours.
    const unchecked = verdicts.filter((v) => v.result === 'no-schema').map((v) => `${v.apiVersion} ${v.kind}`);
    expect(unchecked.filter((k) => !operatorSchemas[k])).toEqual([]);
    expect(verdicts.filter((v) => v.result === 'valid').length).toBeGreaterThanOrEqual(SERVICES.length * 4);
  });

  it('the validator rejects what the API server would (it is not a rubber stamp)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'k8s-'));
    try {
      const deployment = parseAllDocuments(readFileSync(join(k8sDir, 'apps', 'gateway.yaml'), 'utf8'))[0].toJS() as Obj;
      deployment.spec.replicas = 'two';
      deployment.spec.template.spec.containers[0].ports[0].containerPort = 'http';
      writeFileSync(join(dir, 'bad.yaml'), JSON.stringify(deployment));
      const [verdict] = validate([join(dir, 'bad.yaml')]);
      expect(verdict.result).toBe('invalid');
      expect(verdict.error).toMatch(/replicas|containerPort/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.each(Object.keys(operatorSchemas))('the operator resource %s matches its schema', (key) => {
    const [apiVersion, kind] = key.split(' ');
    const found = objects.filter((o) => o.apiVersion === apiVersion && o.kind === kind);
    expect(found.length).toBeGreaterThan(0);
    for (const o of found) {
      const result = operatorSchemas[key].safeParse(o);
      if (!result.success) throw new Error(`${kind} ${o.metadata.name}: ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    }
  });

  it('the operator schemas are strict: a misspelt field fails', () => {
    const rabbit = structuredClone(objects.find((o) => o.kind === 'RabbitmqCluster')!);
    rabbit.spec.replica = 3;
    expect(operatorSchemas['rabbitmq.com/v1beta1 RabbitmqCluster'].safeParse(rabbit).success).toBe(false);
  });

  describe.each(SERVICES.map((s) => [s.name, s] as const))('service %s', (name, entry) => {
    const deployment = () => find('Deployment', name)!;
    const container = () => deployment().spec.template.spec.containers[0];

    it('has a Deployment of two or more instances with readiness on /health, liveness and resource requests', () => {
      expect(deployment()).toBeDefined();
      expect(deployment().spec.replicas).toBeGreaterThanOrEqual(2);
      expect(container().readinessProbe.httpGet.path).toBe('/health');
      expect(container().livenessProbe).toBeDefined();
      expect(container().resources.requests).toEqual(expect.objectContaining({ cpu: expect.any(String), memory: expect.any(String) }));
      expect(container().command).toEqual(['node', `dist/apps/${name}/src/main.js`]);
    });

    it('takes its secrets from Kubernetes Secrets, never from a literal', () => {
      const env = container().env as Array<{ name: string; value?: string; valueFrom?: unknown }>;
      for (const secret of ['DATABASE_URL', 'RABBITMQ_PASSWORD']) expect(env.find((e) => e.name === secret)?.valueFrom).toBeDefined();
      expect(container().envFrom).toEqual([{ secretRef: { name: 'pao-secrets' } }]);
      const literals = env.filter((e) => e.value !== undefined).map((e) => e.name);
      expect(literals.filter((n) => /SECRET|KEYS|PASSWORD/.test(n))).toEqual([]);
    });

    it('has a Service, a PodDisruptionBudget and an autoscaler on CPU (and on queue depth when it consumes events)', () => {
      expect(find('Service', name)).toBeDefined();
      expect(find('PodDisruptionBudget', name)?.spec.minAvailable).toBe(1);
      const hpa = find('HorizontalPodAutoscaler', name)!;
      expect(hpa.spec.scaleTargetRef).toEqual({ apiVersion: 'apps/v1', kind: 'Deployment', name });
      const metrics = hpa.spec.metrics as Array<{ type: string; resource?: { name: string }; external?: { metric: { selector: { matchLabels: { queue: string } } } } }>;
      expect(metrics.find((m) => m.type === 'Resource')?.resource?.name).toBe('cpu');
      const queue = metrics.find((m) => m.type === 'External')?.external?.metric.selector.matchLabels.queue;
      expect(queue).toBe(entry.messaging ? `${name}.events` : undefined);
    });
  });

  it('puts the gateway behind an Ingress with TLS and tells it where every forwarded service is', () => {
    const ingress = find('Ingress', 'gateway')!;
    expect(ingress.spec.tls[0].secretName).toBeTruthy();
    expect(ingress.spec.tls[0].hosts).toEqual([ingress.spec.rules[0].host]);
    const env = find('Deployment', 'gateway')!.spec.template.spec.containers[0].env as Array<{ name: string; value?: string }>;
    for (const s of SERVICES.filter((x) => 'gatewayPrefix' in x)) expect(env.find((e) => e.name === `${s.name.toUpperCase()}_URL`)?.value).toBe(`http://${s.name}`);
  });

  it('runs the migrations as a Job of their own base, applied before the apps', () => {
    const job = find('Job', 'migrate')!;
    expect(job.spec.template.spec.containers[0].command).toEqual(['node', 'dist/scripts/migrate.js']);
    expect(job.metadata.annotations?.['argocd.argoproj.io/hook']).toBe('PreSync');
    expect(kustomizationFiles(join(k8sDir, 'migrate')).map((f) => relative(k8sDir, f))).toEqual(['migrate/job.yaml']);
    expect(kustomizationFiles(join(k8sDir, 'apps')).some((f) => f.endsWith('job.yaml'))).toBe(false);
  });

  it('runs the servers through their operators: RabbitMQ 3 nodes, PostgreSQL with replicas and WAL archiving, Redis with Sentinel and noeviction', () => {
    expect(objects.some((o) => o.kind === 'StatefulSet')).toBe(false);
    expect(find('RabbitmqCluster', 'pao-rabbitmq')!.spec.replicas).toBe(3);
    const pg = find('Cluster', 'pao-postgres')!;
    expect(pg.spec.instances).toBeGreaterThanOrEqual(3);
    expect(pg.spec.backup.barmanObjectStore.wal).toBeDefined();
    const redis = find('RedisFailover', 'pao-redis')!;
    expect(redis.spec.sentinel.replicas).toBe(3);
    expect(redis.spec.redis.customConfig).toEqual(expect.arrayContaining(['maxmemory-policy noeviction', 'appendonly yes']));
  });

  it('applies every manifest file through a kustomization (nothing is left out of a rollout)', () => {
    const onDisk = readdirSync(k8sDir, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.yaml') && !f.endsWith('kustomization.yaml'))
      .map((f) => join(k8sDir, f));
    expect(onDisk.filter((f) => !files.includes(f))).toEqual([]);
    for (const s of SERVICES) expect(files).toContain(join(k8sDir, 'apps', `${s.name}.yaml`));
  });
});
