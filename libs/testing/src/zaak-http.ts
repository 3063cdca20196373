import type { INestApplication } from '@nestjs/common';
import request from 'supertest';

/**
 * The requests every zaak API answers alike: a command (`POST <pad>/:id/acties/:commando`)
 * and the zaak itself (`GET <pad>/:id`), sent as one of the test's actors; `door` left out
 * is the given usual actor. The apps' test support adds what is their own (creating one).
 */
export function zaakHttp<N extends string>(app: Pick<INestApplication, 'getHttpServer'>, pad: string, als: (naam: N) => Record<string, string>, standaard: NoInfer<N>) {
  const agent = () => request(app.getHttpServer());
  const actie = (id: string, commando: string, body: object = {}, door: N = standaard) => agent().post(`${pad}/${id}/acties/${commando}`).set(als(door)).send(body);
  return {
    agent,
    actie,
    /** The command's answer body; anything but 200 throws with the status and text. */
    async ok(id: string, commando: string, body: object = {}, door: N = standaard) {
      const res = await actie(id, commando, body, door);
      if (res.status !== 200) throw new Error(`${commando}: ${res.status} ${res.text}`);
      return res.body;
    },
    lees(id: string, door: N = standaard) {
      return agent().get(`${pad}/${id}`).set(als(door));
    },
  };
}
