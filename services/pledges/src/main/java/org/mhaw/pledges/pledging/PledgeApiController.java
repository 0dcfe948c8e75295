package org.mhaw.pledges.pledging;

import java.util.List;

import jakarta.validation.Valid;
import org.mhaw.platform.idempotency.IdempotencyKeys;
import org.mhaw.pledges.catalogue.Catalogue;
import org.mhaw.pledges.pledging.Pledging.WithdrawalReceipt;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Supporters' pledges over JSON. {@code POST} needs an {@code Idempotency-Key} (enforced
 * by the platform's filter); {@code DELETE} needs the pledge's withdrawal token.
 */
@RestController
@RequestMapping("/api/pledges")
class PledgeApiController {

	static final String WITHDRAWAL_TOKEN = "Withdrawal-Token";

	private final Pledging pledging;

	private final Catalogue catalogue;

	private final PledgeLedger ledger;

	PledgeApiController(Pledging pledging, Catalogue catalogue, PledgeLedger ledger) {
		this.pledging = pledging;
		this.catalogue = catalogue;
		this.ledger = ledger;
	}

	/**
	 * 201 when anything new was pledged; 200 when the supporter held every one already.
	 */
	@PostMapping
	ResponseEntity<PledgeReceipt> take(@Valid @RequestBody PledgeRequest request,
			@RequestHeader(IdempotencyKeys.HEADER) String idempotencyKey) {
		PledgeReceipt receipt = this.pledging.take(request, idempotencyKey);
		return ResponseEntity.status(receipt.anyNew() ? HttpStatus.CREATED : HttpStatus.OK).body(receipt);
	}

	@DeleteMapping("/{pledgeId}")
	WithdrawalReceipt withdraw(@PathVariable String pledgeId,
			@RequestHeader(name = WITHDRAWAL_TOKEN, required = false) String token) {
		return this.pledging.withdraw(pledgeId, token);
	}

	/** The pledges supporters can take now, each with its live count. */
	@GetMapping("/counts")
	List<PledgeCount> counts() {
		return this.catalogue.active()
			.stream()
			.map((entry) -> new PledgeCount(entry.key(), entry.title(), this.ledger.count(entry.key())))
			.toList();
	}

	/**
	 * @param catalogueKey the catalogue entry
	 * @param title its title
	 * @param count supporters holding it now
	 */
	record PledgeCount(String catalogueKey, String title, long count) {

	}

}
