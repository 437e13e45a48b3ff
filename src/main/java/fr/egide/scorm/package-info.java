/**
 * SCORM: every course and module exported as SCORM 1.2 and 2004 4th edition packages; import
 * and runtime of third-party packages.
 */
package fr.egide.scorm;
