package fr.egide.onboarding;

/** The sanity check every e-mail address typed by an admin goes through. */
final class EmailAddresses {

	private EmailAddresses() {
	}

	static boolean plausible(String address) {
		return address != null && address.length() <= 254
				&& address.matches("[^@\\s\"<>(),;:\\\\]+@[^@\\s\"<>(),;:\\\\]+\\.[^@\\s\"<>(),;:\\\\.]{2,}");
	}

}
