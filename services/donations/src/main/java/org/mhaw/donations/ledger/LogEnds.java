package org.mhaw.donations.ledger;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;

/**
 * Asks the broker where the ledger's partitions end, sharing one request among every
 * caller that arrives while another is on its way, like a group commit: at most one
 * {@code listOffsets} is in flight, and all callers that came during it are answered by
 * the single next one. Under load this turns one broker round trip per webhook into one
 * per round trip's worth of webhooks.
 * <p>
 * A caller never joins a request that was already sent when it arrived: that request
 * might not reflect a write acknowledged just before the caller asked, which is the write
 * a caller holding a donation's lock must see.
 */
final class LogEnds {

	private final Admin admin;

	private final Map<TopicPartition, OffsetSpec> request;

	private final Object lock = new Object();

	/** The round the next callers join; sent when the one in flight is answered. */
	private CompletableFuture<Map<TopicPartition, Long>> next;

	private boolean inFlight;

	LogEnds(Admin admin, Iterable<TopicPartition> partitions) {
		this.admin = admin;
		Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
		partitions.forEach((partition) -> latest.put(partition, OffsetSpec.latest()));
		this.request = Map.copyOf(latest);
	}

	/**
	 * The end offsets of every partition, as the broker sees them some time after this
	 * call.
	 * @return the end offsets, when the broker answers
	 */
	CompletableFuture<Map<TopicPartition, Long>> fetch() {
		synchronized (this.lock) {
			if (this.next == null) {
				this.next = new CompletableFuture<>();
			}
			CompletableFuture<Map<TopicPartition, Long>> joined = this.next;
			if (!this.inFlight) {
				send();
			}
			return joined;
		}
	}

	/** Sends the waiting round; called holding the lock. */
	private void send() {
		CompletableFuture<Map<TopicPartition, Long>> round = this.next;
		this.next = null;
		this.inFlight = true;
		this.admin.listOffsets(this.request).all().whenComplete((answer, failure) -> {
			if (failure != null) {
				round.completeExceptionally(failure);
			}
			else {
				round.complete(offsets(answer));
			}
			synchronized (this.lock) {
				this.inFlight = false;
				if (this.next != null) {
					send();
				}
			}
		});
	}

	private static Map<TopicPartition, Long> offsets(
			Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> answer) {
		return answer.entrySet()
			.stream()
			.collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, (entry) -> entry.getValue().offset()));
	}

}
