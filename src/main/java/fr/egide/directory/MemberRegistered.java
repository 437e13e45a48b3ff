package fr.egide.directory;

/** An account was created in a pole (and organisation, when it has one). */
public record MemberRegistered(String memberId, String poleId, String organisationId) {
}
