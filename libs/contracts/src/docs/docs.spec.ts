import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { catalogue } from '../catalogue';
import { buildAsyncApi } from './asyncapi';
import { generatedDocs, REGENERATE_COMMAND, repoRoot } from './generate';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- walking an untyped JSON document
type Json = any;

describe('generated event documentation', () => {
  const root = repoRoot();

  it.each(generatedDocs().map((d) => [d.path, d.content]))('%s is current', (path, expected) => {
    const file = join(root, path);
    const hint = `${path} is out of date with libs/contracts. Regenerate it with \`${REGENERATE_COMMAND}\` and commit the result.`;
    if (!existsSync(file)) throw new Error(`${path} is missing. ${hint}`);
    const actual = readFileSync(file, 'utf8');
    if (actual !== expected) throw new Error(hint);
  });

  it('is deterministic', () => {
    expect(generatedDocs()).toEqual(generatedDocs());
  });

  it('AsyncAPI: one channel per type on the topic exchange, every reference resolves', () => {
    const doc = buildAsyncApi(catalogue) as Record<string, Json>;
    expect(doc.asyncapi).toBe('3.0.0');
    expect(Object.keys(doc.channels)).toEqual(catalogue.types());
    for (const [id, channel] of Object.entries<Json>(doc.channels)) {
      expect(channel.address).toBe(id);
      expect(channel.bindings.amqp.exchange).toMatchObject({ name: 'pao.events', type: 'topic', durable: true });
    }
    const resolve = (ref: string) => ref.slice(2).split('/').reduce((node: Json, key) => node?.[key], doc);
    const refs: string[] = [];
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (node && typeof node === 'object') {
        for (const [k, v] of Object.entries(node)) {
          if (k === '$ref') refs.push(v as string);
          else walk(v);
        }
      }
    };
    walk(doc);
    expect(refs.length).toBeGreaterThan(catalogue.types().length * 3);
    for (const ref of refs) expect(resolve(ref)).toBeDefined();
    for (const message of Object.values<Json>(doc.components.messages)) {
      expect(catalogue.validateEnvelope({ ...message.examples[0].headers, data: message.examples[0].payload }).ok).toBe(true);
    }
  });
});
