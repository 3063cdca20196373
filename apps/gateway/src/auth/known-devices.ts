import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, RedisConnection } from '@pao/platform';
import { parseCookie, stringifySetCookie } from 'cookie';
import type { Request, Response } from 'express';
import type { GatewayConfig } from '../gateway.config';
import { useSecureCookies } from './session-cookie';

const DAYS = 90;
const PATH = '/api/sessie';

/**
 * Devices an account signed in from before (OWASP "device cookies"): after a correct
 * password the browser gets a random token bound to that account (Redis keeps its hash).
 * A sign-in from such a device is throttled on its own, so a stranger's failures never
 * slow the owner down on their own browser.
 */
@Injectable()
export class KnownDevices {
  private readonly secure: boolean;
  private readonly cookie: string;

  constructor(private readonly redis: RedisConnection, @Inject(APP_CONFIG) private readonly config: GatewayConfig) {
    this.secure = useSecureCookies(config);
    // __Secure-, not __Host-: the cookie is only sent to the sign-in path.
    this.cookie = this.secure ? '__Secure-pao_apparaat' : 'pao_apparaat';
  }

  private key(gebruikersnaam: string, token: string): string {
    const id = createHash('sha256').update(`${gebruikersnaam.toLowerCase()}\n${token}`).digest('base64url');
    return `${this.config.REDIS_PREFIX}:login:known-device:${id}`;
  }

  /** The device id (a hash, never the token) when this browser signed in to this account before. */
  async known(req: Request, gebruikersnaam: string): Promise<string | undefined> {
    const token = req.headers.cookie ? parseCookie(req.headers.cookie)[this.cookie] : undefined;
    if (!token || !/^[\w-]{20,100}$/.test(token)) return undefined;
    const key = this.key(gebruikersnaam, token);
    return (await this.redis.client.exists(key)) ? key.slice(key.lastIndexOf(':') + 1) : undefined;
  }

  /** After a correct password: (re)issue the device token for this account. */
  async remember(res: Response, gebruikersnaam: string): Promise<void> {
    const token = randomBytes(24).toString('base64url');
    await this.redis.client.set(this.key(gebruikersnaam, token), '1', 'EX', DAYS * 86_400);
    res.append('Set-Cookie', stringifySetCookie({ name: this.cookie, value: token, httpOnly: true, sameSite: 'strict', secure: this.secure, path: PATH, maxAge: DAYS * 86_400 }));
  }
}
