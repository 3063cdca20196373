import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, ProblemError, RedisConnection } from '@pao/platform';
import * as oidc from 'openid-client';
import type { GatewayConfig } from '../../gateway.config';

interface PendingLogin {
  codeVerifier: string;
  nonce: string;
}

const PENDING_TTL_SECONDS = 600;

/**
 * Authorization code flow with PKCE, state and nonce against an external OpenID
 * Connect provider. The pending login lives in Redis (any gateway instance can finish
 * it), bound to the browser by a cookie holding the state.
 */
@Injectable()
export class OidcService {
  private configuration?: Promise<oidc.Configuration>;

  constructor(@Inject(APP_CONFIG) private readonly config: GatewayConfig, private readonly redis: RedisConnection) {}

  private provider(): Promise<oidc.Configuration> {
    const { OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET } = this.config;
    // Plain http only for a provider on this machine (tests, development).
    const insecure = new URL(OIDC_ISSUER!).hostname === '127.0.0.1' ? { execute: [oidc.allowInsecureRequests] } : undefined;
    this.configuration ??= oidc.discovery(new URL(OIDC_ISSUER!), OIDC_CLIENT_ID!, OIDC_CLIENT_SECRET!, undefined, insecure).catch((e) => {
      this.configuration = undefined; // try discovery again next time
      throw e;
    });
    return this.configuration;
  }

  private key(state: string): string {
    return `${this.config.REDIS_PREFIX}:oidc:${state}`;
  }

  /** Where to send the browser, and the state to bind to it. */
  async begin(): Promise<{ url: string; state: string }> {
    const provider = await this.provider();
    const state = randomBytes(24).toString('base64url');
    const pending: PendingLogin = { codeVerifier: oidc.randomPKCECodeVerifier(), nonce: oidc.randomNonce() };
    await this.redis.client.set(this.key(state), JSON.stringify(pending), 'EX', PENDING_TTL_SECONDS);
    const url = oidc.buildAuthorizationUrl(provider, {
      redirect_uri: this.config.OIDC_REDIRECT_URI!,
      scope: 'openid profile',
      state,
      nonce: pending.nonce,
      code_challenge: await oidc.calculatePKCECodeChallenge(pending.codeVerifier),
      code_challenge_method: 'S256',
    });
    return { url: url.href, state };
  }

  /** The provider's verified subject (`iss#sub`) for the callback URL. */
  async finish(callbackQuery: string, state: string | undefined): Promise<string> {
    if (!state) throw new ProblemError('unauthenticated', 'Inlogpoging onbekend of verlopen');
    const raw = await this.redis.client.getdel(this.key(state));
    if (!raw) throw new ProblemError('unauthenticated', 'Inlogpoging onbekend of verlopen');
    const pending = JSON.parse(raw) as PendingLogin;
    const callbackUrl = new URL(this.config.OIDC_REDIRECT_URI!);
    callbackUrl.search = callbackQuery;
    try {
      const tokens = await oidc.authorizationCodeGrant(await this.provider(), callbackUrl, {
        pkceCodeVerifier: pending.codeVerifier,
        expectedState: state,
        expectedNonce: pending.nonce,
        idTokenExpected: true,
      });
      const claims = tokens.claims()!;
      return `${claims.iss}#${claims.sub}`;
    } catch {
      throw new ProblemError('unauthenticated', 'Inloggen bij de identiteitsprovider is mislukt');
    }
  }
}
