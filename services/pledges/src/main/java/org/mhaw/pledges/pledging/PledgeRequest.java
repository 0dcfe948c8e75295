package org.mhaw.pledges.pledging;

import java.util.List;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.mhaw.events.Region;

/**
 * A supporter's pledge, from the JSON API or the page's form.
 *
 * @param catalogueKeys the catalogue entries they pledge
 * @param email their email (stays in this service; their opaque id is derived from it)
 * @param firstName a first name to show beside their message, or {@code null}
 * @param anonymous whether to show their message without a name
 * @param region their region
 * @param message a message for the pledge wall, shown once staff approved it
 * @param contactConsent whether they agree to be contacted (off unless they say so)
 */
record PledgeRequest(
		@NotEmpty(message = "Choose at least one pledge") @Size(max = 20,
				message = "Choose at most 20 pledges") List<@NotBlank(message = "Choose a pledge from the list") @Size(
						max = 60, message = "Choose a pledge from the list") String> catalogueKeys,
		@NotBlank(message = "Enter your email address") @Size(max = 254,
				message = "Enter an email address of at most 254 characters") @Email(
						message = "Enter an email address like name@example.com") String email,
		@Size(max = 40, message = "Keep your first name to 40 characters") String firstName, Boolean anonymous,
		@NotNull(message = "Choose your region") Region region,
		@Size(max = 500, message = "Keep your message to 500 characters") String message, Boolean contactConsent) {

	static final int MAX_MESSAGE = 500;

	boolean isAnonymous() {
		return Boolean.TRUE.equals(this.anonymous);
	}

	boolean consents() {
		return Boolean.TRUE.equals(this.contactConsent);
	}

	boolean hasMessage() {
		return this.message != null && !this.message.isBlank();
	}

	/** The name a message would appear under, or {@code null} for anonymous. */
	String displayName() {
		return (isAnonymous() || this.firstName == null || this.firstName.isBlank()) ? null : this.firstName.strip();
	}

}
