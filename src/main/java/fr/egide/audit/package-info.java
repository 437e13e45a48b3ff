/**
 * The record of what admins did (who, what, when, to what), kept per pole and shown to that
 * pole's admins; other modules write to it through {@link fr.egide.audit.AuditLog}.
 */
package fr.egide.audit;
