/**
 * Volume data for measuring dashboards and exports: {@code seed} writes a pole of N members with
 * progress, attempts and assignments in bulk, as raw documents in exactly the shapes the
 * directory, learning and quiz modules store (checked by {@code SeedCommandTests}).
 */
package fr.egide.seeding;
