package fr.egide.mail;

public record OutgoingMail(String to, String subject, String text, String poleId, String kind) {
}
