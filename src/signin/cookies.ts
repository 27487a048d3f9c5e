// The two cookies of the sign-in service.
//  - sso_binding: ties a pending sign-in to the browser that started it. SameSite=None so
//    it survives the IdP's cross-site POST to the SAML ACS (SameSite=None needs Secure;
//    browsers accept Secure cookies from http://127.0.0.1 and http://localhost too).
//  - sso_session: the signed-in session; Lax, and Secure unless served over loopback http.
import { getCookie, setCookie, deleteCookie } from 'hono/cookie';
import type { Context } from 'hono';
import { SIGN_IN_TTL_MS } from './requests.ts';

const BINDING_COOKIE = 'sso_binding';
const SESSION_COOKIE = 'sso_session';

export function setBindingCookie(c: Context, value: string) {
  setCookie(c, BINDING_COOKIE, value, { httpOnly: true, secure: true, sameSite: 'None', path: '/sso', maxAge: SIGN_IN_TTL_MS / 1000 });
}
export const readBindingCookie = (c: Context) => getCookie(c, BINDING_COOKIE);
export const clearBindingCookie = (c: Context) => deleteCookie(c, BINDING_COOKIE, { path: '/sso', secure: true, sameSite: 'None' });

export function setSessionCookie(c: Context, value: string, maxAgeSeconds: number, secure: boolean) {
  setCookie(c, SESSION_COOKIE, value, { httpOnly: true, secure, sameSite: 'Lax', path: '/', maxAge: maxAgeSeconds });
}
export const readSessionCookie = (c: Context) => getCookie(c, SESSION_COOKIE);
export const clearSessionCookie = (c: Context) => deleteCookie(c, SESSION_COOKIE, { path: '/' });
