package com.cadhire.contracts;

import com.cadhire.common.RateType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.cadhire.common.ConflictException;
import com.cadhire.common.ContractId;
import com.cadhire.common.ForbiddenException;
import com.cadhire.common.Party;
import com.cadhire.common.UserId;
import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A contract between a client and an expert, started by an accepted offer.
 */
@Table("contracts")
public class Contract extends AbstractAggregateRoot<Contract> {

	@Id
	private final UUID id;

	private final UUID offerId;

	private final UUID applicationId;

	private final UUID jobId;

	private final UUID clientId;

	private final UUID expertId;

	private final String title;

	private final RateType rateType;

	private final BigDecimal amount;

	private final String currency;

	private final @Nullable Integer weeklyHourLimit;

	/** The accepted terms as JSON, for display. */
	private final AgreedTerms terms;

	private final int termsVersion;

	private final int offerVersion;

	private Status status;

	private final Instant startedAt;

	private @Nullable Instant endedAt;

	private BuyoutStatus buyoutStatus;

	private @Nullable BigDecimal buyoutFee;

	private @Nullable Instant buyoutRequestedAt;

	private @Nullable Instant buyoutConfirmedAt;

	@Version
	private @Nullable Long version;

	@PersistenceCreator
	Contract(UUID id, UUID offerId, UUID applicationId, UUID jobId, UUID clientId, UUID expertId, String title,
			RateType rateType, BigDecimal amount, String currency, @Nullable Integer weeklyHourLimit, AgreedTerms terms,
			int termsVersion, int offerVersion, Status status, Instant startedAt, @Nullable Instant endedAt,
			BuyoutStatus buyoutStatus, @Nullable BigDecimal buyoutFee, @Nullable Instant buyoutRequestedAt,
			@Nullable Instant buyoutConfirmedAt, @Nullable Long version) {
		this.id = id;
		this.offerId = offerId;
		this.applicationId = applicationId;
		this.jobId = jobId;
		this.clientId = clientId;
		this.expertId = expertId;
		this.title = title;
		this.rateType = rateType;
		this.amount = amount;
		this.currency = currency;
		this.weeklyHourLimit = weeklyHourLimit;
		this.terms = terms;
		this.termsVersion = termsVersion;
		this.offerVersion = offerVersion;
		this.status = status;
		this.startedAt = startedAt;
		this.endedAt = endedAt;
		this.buyoutStatus = buyoutStatus;
		this.buyoutFee = buyoutFee;
		this.buyoutRequestedAt = buyoutRequestedAt;
		this.buyoutConfirmedAt = buyoutConfirmedAt;
		this.version = version;
	}

	static Contract start(UUID id, NewContract c, Instant now) {
		Contract contract = new Contract(id, c.offerId(), c.applicationId(), c.jobId(), c.clientId(), c.expertId(),
				c.title(), c.rateType(), c.amount(), c.currency(), c.weeklyHourLimit(), c.terms(), c.termsVersion(),
				c.offerVersion(), Status.ACTIVE, now, null, BuyoutStatus.NONE, null, null, null, null);
		contract.registerEvent(
				new ContractStarted(ContractId.of(id), UserId.of(c.clientId()), UserId.of(c.expertId()), now));
		return contract;
	}

	/**
	 * The client asks to buy the contract out (Direct Hire).
	 * @param fee the fee, computed by {@link BuyoutFeePolicy}
	 * @param now when
	 * @return this contract
	 */
	Contract requestBuyout(BigDecimal fee, boolean pairHasDirectHire, Instant now) {
		requireAllowed(Action.REQUEST_BUYOUT, pairHasDirectHire);
		this.buyoutStatus = BuyoutStatus.REQUESTED;
		this.buyoutFee = fee;
		this.buyoutRequestedAt = now;
		registerEvent(new BuyoutRequested(ContractId.of(this.id), UserId.of(this.clientId), UserId.of(this.expertId),
				fee, now));
		return this;
	}

	/**
	 * The expert confirms the buyout: from now on the two may share contact information.
	 * @param now when
	 * @return this contract
	 */
	Contract confirmBuyout(Instant now) {
		requireAllowed(Action.CONFIRM_BUYOUT, false);
		this.buyoutStatus = BuyoutStatus.CONFIRMED;
		this.buyoutConfirmedAt = now;
		registerEvent(
				new BuyoutConfirmed(ContractId.of(this.id), UserId.of(this.clientId), UserId.of(this.expertId), now));
		return this;
	}

	/**
	 * Either party ends the contract.
	 * @param endedBy who ends it
	 * @param now when
	 * @return this contract
	 */
	Contract end(UUID endedBy, Instant now) {
		requireAllowed(Action.END, false);
		this.status = Status.ENDED;
		this.endedAt = now;
		registerEvent(new ContractEnded(ContractId.of(this.id), UserId.of(this.clientId), UserId.of(this.expertId),
				UserId.of(endedBy), now));
		return this;
	}

	/**
	 * What a viewer may do with this contract now: the one rule that the pages, the API's
	 * {@code actions} and the verbs of this class share.
	 * @param party who the viewer is to the contract
	 * @param pairHasDirectHire whether the two parties have a Direct Hire buyout
	 * requested or confirmed already (on this contract or another): one buyout per pair
	 * @return the actions, in a fixed order
	 */
	public List<Action> actions(Party party, boolean pairHasDirectHire) {
		return Arrays.stream(Action.values()).filter((a) -> a.isFor(party) && allows(a, pairHasDirectHire)).toList();
	}

	/**
	 * Refuses an action the caller may not take now: 403 for the wrong party, 409 for a
	 * state that does not allow it.
	 */
	void require(Action action, Party party, boolean pairHasDirectHire) {
		if (!action.isFor(party)) {
			throw new ForbiddenException(
					(action == Action.REQUEST_BUYOUT) ? "Only the client requests a Direct Hire buyout."
							: "Only the expert confirms a Direct Hire buyout.");
		}
		requireAllowed(action, pairHasDirectHire);
	}

	private boolean allows(Action action, boolean pairHasDirectHire) {
		boolean active = this.status == Status.ACTIVE;
		return switch (action) {
			case REQUEST_BUYOUT -> active && this.buyoutStatus == BuyoutStatus.NONE && !pairHasDirectHire;
			case CONFIRM_BUYOUT -> active && this.buyoutStatus == BuyoutStatus.REQUESTED;
			case END -> active;
		};
	}

	private void requireAllowed(Action action, boolean pairHasDirectHire) {
		if (allows(action, pairHasDirectHire)) {
			return;
		}
		String detail;
		if (this.status == Status.ENDED) {
			detail = "This contract has ended.";
		}
		else if (action == Action.CONFIRM_BUYOUT) {
			detail = (this.buyoutStatus == BuyoutStatus.CONFIRMED) ? "The Direct Hire buyout was already confirmed."
					: "The client has not requested a Direct Hire buyout.";
		}
		else if (this.buyoutStatus == BuyoutStatus.REQUESTED) {
			detail = "A Direct Hire buyout was already requested; the expert has not confirmed it yet.";
		}
		else if (this.buyoutStatus == BuyoutStatus.CONFIRMED) {
			detail = "The Direct Hire buyout was already confirmed.";
		}
		else {
			detail = "You two have a Direct Hire buyout already, on another contract.";
		}
		throw new ConflictException("invalid-state", detail, Map.of("status", this.status.name(), "buyoutStatus",
				this.buyoutStatus.name(), "action", action.apiName()));
	}

	public UUID id() {
		return this.id;
	}

	public UUID offerId() {
		return this.offerId;
	}

	public UUID applicationId() {
		return this.applicationId;
	}

	public UUID jobId() {
		return this.jobId;
	}

	public UUID clientId() {
		return this.clientId;
	}

	public UUID expertId() {
		return this.expertId;
	}

	public String title() {
		return this.title;
	}

	public RateType rateType() {
		return this.rateType;
	}

	public BigDecimal amount() {
		return this.amount;
	}

	public String currency() {
		return this.currency;
	}

	public @Nullable Integer weeklyHourLimit() {
		return this.weeklyHourLimit;
	}

	public AgreedTerms terms() {
		return this.terms;
	}

	public int termsVersion() {
		return this.termsVersion;
	}

	public int offerVersion() {
		return this.offerVersion;
	}

	public Status status() {
		return this.status;
	}

	public Instant startedAt() {
		return this.startedAt;
	}

	public @Nullable Instant endedAt() {
		return this.endedAt;
	}

	public BuyoutStatus buyoutStatus() {
		return this.buyoutStatus;
	}

	public @Nullable BigDecimal buyoutFee() {
		return this.buyoutFee;
	}

	public @Nullable Instant buyoutRequestedAt() {
		return this.buyoutRequestedAt;
	}

	public @Nullable Instant buyoutConfirmedAt() {
		return this.buyoutConfirmedAt;
	}

	public boolean involves(UUID accountId) {
		return this.clientId.equals(accountId) || this.expertId.equals(accountId);
	}

	/**
	 * What can be done with a contract, and by whom.
	 */
	public enum Action {

		/** The client asks for a Direct Hire buyout. */
		REQUEST_BUYOUT("request-buyout", Party.CLIENT),

		/** The expert confirms the requested buyout. */
		CONFIRM_BUYOUT("confirm-buyout", Party.EXPERT),

		/** Either party ends the contract. */
		END("end", null);

		private final String apiName;

		private final @Nullable Party party;

		Action(String apiName, @Nullable Party party) {
			this.apiName = apiName;
			this.party = party;
		}

		/**
		 * @return the action's name in the API, e.g. {@code request-buyout}
		 */
		public String apiName() {
			return this.apiName;
		}

		boolean isFor(Party party) {
			return (this.party == null) ? party != Party.OUTSIDER : this.party == party;
		}

	}

	/**
	 * Where a contract is.
	 */
	public enum Status {

		/** Work goes on. */
		ACTIVE,

		/** Work is over. */
		ENDED

	}

	/**
	 * Where a Direct Hire buyout is.
	 */
	public enum BuyoutStatus {

		/** None asked for. */
		NONE,

		/** The client asked; the expert has not confirmed yet. */
		REQUESTED,

		/** Confirmed: the two may share contact information. */
		CONFIRMED

	}

}
