package com.cadhire.ops;

import com.cadhire.chat.MessagePosted;
import com.cadhire.contracts.ContractStarted;
import com.cadhire.hiring.Offer;
import com.cadhire.hiring.OfferAnswered;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The product's counters, fed by the domain events of chat, hiring and contracts and by
 * Spring Security's authentication events. A domain event is counted once its transaction
 * commits (a rolled-back send is not a message sent); the listeners are plain synchronous
 * ones that only register a commit callback, so that nothing is stored for them in the
 * event publication log and the send path stays as it was.
 * <p>
 * Names follow Micrometer's conventions (dot-separated, lower case; Prometheus shows
 * {@code cadhire_chat_messages_sent_total}). Every counter is registered at startup, so a
 * scrape shows it at zero before the first event.
 */
@Component
class ProductMetrics {

	private final Counter messagesSent;

	private final Counter offersAccepted;

	private final Counter contractsStarted;

	private final Counter signInBadCredentials;

	private final Counter signInOtherFailures;

	private final Counter signInLocked;

	ProductMetrics(MeterRegistry registry) {
		this.messagesSent = Counter.builder("cadhire.chat.messages.sent")
			.description("Chat messages posted (committed), every kind of conversation")
			.register(registry);
		this.offersAccepted = Counter.builder("cadhire.hiring.offers.accepted")
			.description("Offers accepted by the expert")
			.register(registry);
		this.contractsStarted = Counter.builder("cadhire.contracts.started")
			.description("Contracts started from an accepted offer")
			.register(registry);
		this.signInBadCredentials = signInFailures(registry, "bad-credentials");
		this.signInOtherFailures = signInFailures(registry, "other");
		this.signInLocked = Counter.builder("cadhire.signin.locked")
			.description("Password sign-ins refused because the address is locked after repeated failures")
			.register(registry);
	}

	private static Counter signInFailures(MeterRegistry registry, String reason) {
		return Counter.builder("cadhire.signin.failures")
			.description("Failed password sign-ins (form and HTTP Basic), by reason")
			.tag("reason", reason)
			.register(registry);
	}

	@EventListener
	void on(MessagePosted event) {
		afterCommit(this.messagesSent);
	}

	@EventListener
	void on(OfferAnswered event) {
		if (event.status() == Offer.Status.ACCEPTED) {
			afterCommit(this.offersAccepted);
		}
	}

	@EventListener
	void on(ContractStarted event) {
		afterCommit(this.contractsStarted);
	}

	@EventListener
	void on(AbstractAuthenticationFailureEvent event) {
		if (event instanceof AuthenticationFailureLockedEvent) {
			this.signInLocked.increment();
		}
		else if (event instanceof AuthenticationFailureBadCredentialsEvent) {
			this.signInBadCredentials.increment();
		}
		else {
			this.signInOtherFailures.increment();
		}
	}

	private static void afterCommit(Counter counter) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			counter.increment();
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

			@Override
			public void afterCommit() {
				counter.increment();
			}

		});
	}

}
