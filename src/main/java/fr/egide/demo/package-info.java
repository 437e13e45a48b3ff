/**
 * The {@code demo} profile: a "Pôle Démo" with organisations, an admin, a speaker, twenty
 * members and some finished work, created through the same APIs the product uses.
 */
package fr.egide.demo;
