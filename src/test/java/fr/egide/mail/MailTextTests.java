package fr.egide.mail;

import org.junit.jupiter.api.Test;

import fr.egide.mail.MailText.Segment;

import static org.assertj.core.api.Assertions.assertThat;

class MailTextTests {

	@Test
	void onlyHttpAndHttpsUrlsBecomeLinksWithoutTrailingPunctuation() {
		assertThat(MailText.segments("Lien : https://a.test/x?y=1. Et (http://b.test/z), javascript:alert(1) https://"))
			.containsExactly(new Segment("Lien : ", null), new Segment("https://a.test/x?y=1", "https://a.test/x?y=1"),
					new Segment(". Et (", null), new Segment("http://b.test/z", "http://b.test/z"),
					new Segment("), javascript:alert(1) https://", null));
	}

	@Test
	void textWithoutUrlIsOneSegmentAndNoTextIsNone() {
		assertThat(MailText.segments("<b>Bonjour</b>")).containsExactly(new Segment("<b>Bonjour</b>", null));
		assertThat(MailText.segments(null)).isEmpty();
	}

}
