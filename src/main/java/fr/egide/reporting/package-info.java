/**
 * What pole admins see and send: completion per module and per member, and reminders to
 * members late on or not started with an assigned course, by hand or on a schedule. Counts
 * come from counters kept up to date by learning events, never from a scan of every member's
 * progress.
 */
package fr.egide.reporting;
