import { Client } from 'pg';
import { connect } from 'amqplib';
import { createTestDatabase, createTestVhost } from '../src';

describe('test harness against the real local servers', () => {
  it('creates a database of its own and drops it again', async () => {
    const db = await createTestDatabase('harness');
    const client = new Client({ connectionString: db.url });
    await client.connect();
    const { rows } = await client.query('select current_database() as name');
    await client.end();
    expect(rows[0].name).toBe(db.name);
    await db.drop();
    const again = new Client({ connectionString: db.url });
    await expect(again.connect()).rejects.toThrow(/does not exist/);
  });

  it('creates a vhost of its own that the project user can use', async () => {
    const vhost = await createTestVhost('harness');
    const conn = await connect(vhost.url);
    const ch = await conn.createChannel();
    const q = await ch.assertQueue('', { exclusive: true });
    expect(q.queue).toMatch(/^amq\.gen/);
    await conn.close();
    await vhost.delete();
    await expect(connect(vhost.url)).rejects.toThrow();
  });
});
