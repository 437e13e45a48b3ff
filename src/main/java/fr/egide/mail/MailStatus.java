package fr.egide.mail;

/** What became of a mail, so callers can tell a person whether it left the platform. */
public enum MailStatus {

	/** No SMTP server configured: the mail stays in the outbox, text included. */
	KEPT,

	/** Handed to the SMTP server; only the recipient and subject are kept. */
	SENT,

	/** The SMTP server refused or could not be reached. */
	FAILED

}
