import { parseCookie, stringifySetCookie } from 'cookie';
import type { Request, Response } from 'express';
import type { GatewayConfig } from '../gateway.config';

export const SESSION_COOKIE = 'pao_sessie';
export const CSRF_HEADER = 'x-csrf-token';

export function sessionToken(req: Request): string | undefined {
  const header = req.headers.cookie;
  return header ? parseCookie(header)[SESSION_COOKIE] : undefined;
}

/** HttpOnly, SameSite=Strict, path-wide; Secure where https is used. */
export function setSessionCookie(res: Response, token: string, secure: boolean, maxAgeSeconds: number): void {
  res.append('Set-Cookie', stringifySetCookie({ name: SESSION_COOKIE, value: token, httpOnly: true, sameSite: 'strict', secure, path: '/', maxAge: maxAgeSeconds }));
}

export function clearSessionCookie(res: Response, secure: boolean): void {
  res.append('Set-Cookie', stringifySetCookie({ name: SESSION_COOKIE, value: '', httpOnly: true, sameSite: 'strict', secure, path: '/', maxAge: 0 }));
}

/** Secure cookies need https: on by default in production, or as configured. */
export const useSecureCookies = (config: GatewayConfig): boolean => config.COOKIE_SECURE ?? config.NODE_ENV === 'production';
