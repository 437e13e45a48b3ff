/**
 * Who is who: poles, their adherent organisations and members, roles and credentials.
 * Every member belongs to one pole; platform admins to none.
 */
package fr.egide.directory;
