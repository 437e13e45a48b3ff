package fr.egide.mail;

public enum MailStatus {

	KEPT, SENT, FAILED

}
