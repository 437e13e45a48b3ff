/**
 * What pole admins see: completion per module and per member. Counts come from counters
 * kept up to date by learning events, never from a scan of every member's progress.
 */
package fr.egide.reporting;
