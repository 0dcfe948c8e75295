package org.mhaw.pledges.catalogue;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A pledge staff add to the catalogue.
 *
 * @param key its stable id: lower-case words joined by hyphens
 * @param title what the supporter pledges
 * @param description what it could look like
 */
record NewCatalogueEntry(
		@NotBlank(message = "Give the pledge a key") @Size(max = 60,
				message = "Keep the key to 60 characters") @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*",
						message = "Use lower-case letters, digits and single hyphens, such as plant-a-tree") String key,
		@NotBlank(message = "Give the pledge a title") @Size(max = 80,
				message = "Keep the title to 80 characters") String title,
		@NotBlank(message = "Describe the pledge in a sentence or two") @Size(max = 300,
				message = "Keep the description to 300 characters") String description) {

}
