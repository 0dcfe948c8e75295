package org.mhaw.tips;

import java.util.Map;

import org.mhaw.events.tip.TipAudience;

import org.springframework.stereotype.Component;

/** Audiences as pages show them ({@code ${@audiences.label(audience)}} in a template). */
@Component("audiences")
public class Audiences {

	private static final Map<TipAudience, String> LABELS = Map.of(TipAudience.SCHOOLS, "Schools", TipAudience.PARENTS,
			"Parents and carers", TipAudience.ADULTS, "Adults", TipAudience.YOUNG_PEOPLE, "Young people",
			TipAudience.OTHER, "Everyone");

	public String label(TipAudience audience) {
		return LABELS.getOrDefault(audience, "Everyone");
	}

}
