/**
 * The demo gemeente jeugdhulp receiver of `npm start` (main.ts here) and its demo
 * subscription (../seed.ts). Demo only, documented in the README: the signing secret is
 * public, so no real system may ever accept it.
 */
export const DEMO_WEBHOOK_GEHEIM = 'whsec_cGFvLWRlbW8tamV1Z2RodWxwLWFsbWVyZS0zMmJ5dGU=';
export const DEMO_GEMEENTE_POORT = 4106;
export const DEMO_CALLBACK_URL = `http://127.0.0.1:${DEMO_GEMEENTE_POORT}/notificaties`;
