/**
 * Outgoing e-mail and its outbox: every mail the platform sends is recorded, and kept in full
 * for a platform admin to read when no SMTP server is configured.
 */
package fr.egide.mail;
