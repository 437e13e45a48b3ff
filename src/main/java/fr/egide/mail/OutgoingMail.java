package fr.egide.mail;

/**
 * A plain-text mail another module wants sent, with its {@code kind} ({@code "invitation"},
 * {@code "password-reset"}…) and the pole it concerns, if any.
 */
public record OutgoingMail(String to, String subject, String text, String poleId, String kind) {
}
