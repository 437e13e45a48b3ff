/**
 * Speakers' material: uploads of modules, QCM (ours or Moodle GIFT) and images, checked by the
 * catalogue's own validator before anything is stored; author previews; versions; offers to
 * poles that their administrators accept; publication into the catalogue.
 */
package fr.egide.authoring;
