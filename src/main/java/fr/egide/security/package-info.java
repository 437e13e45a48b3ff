/**
 * Authentication and authorisation: form login with CSRF for pages, short-lived JWT bearer
 * tokens for the API, and the signed-in member ({@link fr.egide.security.EgideUser}) that
 * every other module reads its pole and ids from. Sign-in attempts are throttled, and the
 * member is read again on every request so deactivation and role changes apply at once.
 */
package fr.egide.security;
