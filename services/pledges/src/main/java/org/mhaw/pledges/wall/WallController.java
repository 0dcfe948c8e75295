package org.mhaw.pledges.wall;

import java.util.List;

import org.mhaw.pledges.catalogue.Catalogue;
import org.mhaw.pledges.catalogue.CatalogueEntry;
import org.mhaw.pledges.messages.PledgeMessage;
import org.mhaw.pledges.messages.PledgeMessages;
import org.mhaw.pledges.pledging.PledgeLedger;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The public pledge wall: how many people took each pledge, and approved messages. */
@Controller
class WallController {

	/** Enough to feel like a crowd; few enough to read on a phone. */
	private static final int MESSAGES_SHOWN = 60;

	private final Catalogue catalogue;

	private final PledgeLedger ledger;

	private final PledgeMessages messages;

	WallController(Catalogue catalogue, PledgeLedger ledger, PledgeMessages messages) {
		this.catalogue = catalogue;
		this.ledger = ledger;
		this.messages = messages;
	}

	@GetMapping("/pledges")
	String wall(Model model) {
		model.addAttribute("entries", this.catalogue.active());
		model.addAttribute("counts", this.ledger.counts());
		model.addAttribute("total", this.ledger.counts().values().stream().mapToLong(Long::longValue).sum());
		model.addAttribute("messages", this.messages.approved(MESSAGES_SHOWN).stream().map(this::onTheWall).toList());
		return "wall";
	}

	private WallMessage onTheWall(PledgeMessage message) {
		List<String> titles = message.catalogueKeys()
			.stream()
			.map((key) -> this.catalogue.find(key).map(CatalogueEntry::title).orElse(key))
			.toList();
		return new WallMessage(message, String.join("; ", titles));
	}

	/**
	 * A message as the wall shows it.
	 *
	 * @param message the approved message
	 * @param pledges the titles of the pledges it came with
	 */
	record WallMessage(PledgeMessage message, String pledges) {

	}

}
