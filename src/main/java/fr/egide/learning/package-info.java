/**
 * A member's learning path: sections read, time spent, resume point, attempts and best
 * score per module, completion and attestations. Fed by the member's reading and by quiz
 * events.
 */
package fr.egide.learning;
