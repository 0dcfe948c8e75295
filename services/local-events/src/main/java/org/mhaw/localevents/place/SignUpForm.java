package org.mhaw.localevents.place;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What a supporter gives to sign up: enough for the organiser to welcome them, and no
 * more.
 *
 * @param name their name
 * @param email where the organiser's news would go; also what makes them one supporter
 * @param accessNeeds anything the organiser should prepare for, optional
 * @param shareWithOrganiser whether the organiser may see their name and access needs
 */
public record SignUpForm(@NotBlank @Size(max = 100) String name, @NotBlank @Email @Size(max = 254) String email,
		@Size(max = 500) String accessNeeds, boolean shareWithOrganiser) {

}
