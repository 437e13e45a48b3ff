/**
 * What every page and request shares: the data store (embedded by default), the clock,
 * the lock that keeps a scheduled job to one instance,
 * locale handling and the error answers given to people and to API clients.
 */
package fr.egide.system;
