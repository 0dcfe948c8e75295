package org.mhaw.tips.authoring;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.mhaw.events.tip.TipAudience;

/**
 * What staff write: a new tip, or new words for one.
 *
 * @param title the title
 * @param summary one or two sentences for the list
 * @param body the tip, in Markdown
 * @param audiences who it is for
 * @param topics what it is about (keys of {@link TipTopics})
 */
public record TipDraft(
		@NotBlank(message = "Give the tip a title") @Size(max = 120,
				message = "Keep the title to 120 characters") String title,
		@NotBlank(message = "Write a short summary") @Size(max = 300,
				message = "Keep the summary to 300 characters") String summary,
		@NotBlank(message = "Write the tip") @Size(max = 12000,
				message = "Keep the tip to 12,000 characters") String body,
		@NotEmpty(message = "Choose at least one audience") List<@NotNull(
				message = "Choose an audience from the list") TipAudience> audiences,
		@NotEmpty(message = "Choose at least one topic") @Size(max = 6,
				message = "Choose at most 6 topics") List<@NotBlank(
						message = "Choose a topic from the list") String> topics) {

}
