/**
 * Authentication and authorisation: form login with CSRF for pages, short-lived JWT bearer
 * tokens for the API, and the signed-in member ({@link fr.egide.security.EgideUser}) that
 * every other module reads its pole and ids from.
 */
package fr.egide.security;
