/**
 * Bringing new adherents in: admission of an organisation, invitations (one by one or from a
 * CSV file), the pole's confidentiality charter and the onboarding status of each newcomer.
 */
package fr.egide.onboarding;
