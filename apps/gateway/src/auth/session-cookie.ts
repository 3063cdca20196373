import { parseCookie, stringifySetCookie } from 'cookie';
import type { Request, Response } from 'express';
import type { GatewayConfig } from '../gateway.config';

export const SESSION_COOKIE = 'pao_sessie';
/**
 * Over HTTPS the cookie is `__Host-pao_sessie`: browsers accept that name only with
 * Secure, Path=/ and no Domain, so no subdomain or plain-http page can set or shadow it.
 */
export const SECURE_SESSION_COOKIE = `__Host-${SESSION_COOKIE}`;
export const CSRF_HEADER = 'x-csrf-token';

export const sessionCookieName = (secure: boolean) => (secure ? SECURE_SESSION_COOKIE : SESSION_COOKIE);

export function sessionToken(req: Request, secure: boolean): string | undefined {
  const header = req.headers.cookie;
  return header ? parseCookie(header)[sessionCookieName(secure)] : undefined;
}

/** HttpOnly, SameSite=Strict, path-wide; Secure and __Host- where https is used. */
export function setSessionCookie(res: Response, token: string, secure: boolean, maxAgeSeconds: number): void {
  res.append('Set-Cookie', stringifySetCookie({ name: sessionCookieName(secure), value: token, httpOnly: true, sameSite: 'strict', secure, path: '/', maxAge: maxAgeSeconds }));
}

export function clearSessionCookie(res: Response, secure: boolean): void {
  res.append('Set-Cookie', stringifySetCookie({ name: sessionCookieName(secure), value: '', httpOnly: true, sameSite: 'strict', secure, path: '/', maxAge: 0 }));
}

/**
 * Secure cookies need https: on unless this is development (npm start on plain http),
 * or as COOKIE_SECURE says.
 */
export const useSecureCookies = (config: GatewayConfig): boolean => config.COOKIE_SECURE ?? config.NODE_ENV !== 'development';
