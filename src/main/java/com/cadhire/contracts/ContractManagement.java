package com.cadhire.contracts;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.cadhire.common.ContractId;
import com.cadhire.common.Cursor;
import com.cadhire.common.FeeSettings;
import com.cadhire.common.Keyset;
import com.cadhire.common.NotFoundException;
import com.cadhire.common.Page;
import com.cadhire.common.Party;
import com.cadhire.common.RateType;
import com.cadhire.common.Times;
import com.cadhire.common.UserId;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts contracts, lists them for their parties, and runs the Direct Hire buyout.
 */
@Service
public class ContractManagement {

	private final Contracts contracts;

	private final JdbcClient jdbc;

	private final BuyoutFeePolicy buyoutFees;

	private final Clock clock;

	private final FeeSettings fees;

	private final JsonMapper json;

	ContractManagement(Contracts contracts, JdbcClient jdbc, FeeSettings fees, Clock clock, JsonMapper json) {
		this.contracts = contracts;
		this.jdbc = jdbc;
		this.buyoutFees = new BuyoutFeePolicy(fees);
		this.clock = clock;
		this.fees = fees;
		this.json = json;
	}

	/**
	 * The full terms the contract was agreed on, read from the accepted terms version.
	 * @param contract the contract
	 * @return its terms
	 */
	public AgreedTerms agreedTerms(Contract contract) {
		return contract.terms();
	}

	/**
	 * @param terms agreed terms
	 * @return what the client pays and what the expert receives, after the service fee
	 */
	public AgreedTerms.Split split(AgreedTerms terms) {
		return terms.split(this.fees);
	}

	/**
	 * The Direct Hire fee a request would commit the client to now, shown before the
	 * request is made.
	 * @param contract the contract
	 * @return the fee
	 */
	public BigDecimal buyoutFeeFor(Contract contract) {
		return (contract.buyoutFee() != null) ? contract.buyoutFee() : this.buyoutFees.feeFor(contract);
	}

	/**
	 * Starts the contract of an accepted offer. Must run in the transaction that accepts
	 * the offer; a unique constraint makes a second contract for the same offer or
	 * application fail.
	 * @param id the contract id, chosen by the caller so the offer can refer to it
	 * @param contract what was accepted
	 * @return the contract
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Contract start(UUID id, NewContract contract) {
		return this.contracts.save(Contract.start(id, contract, this.clock.instant()));
	}

	/**
	 * @param a one account
	 * @param b another account
	 * @return whether the two have a confirmed Direct Hire buyout, so may share contact
	 * details
	 */
	@Transactional(readOnly = true)
	public boolean contactSharingAllowed(UserId a, UserId b) {
		return this.contracts.buyoutConfirmedBetween(a.value(), b.value());
	}

	@Transactional(readOnly = true)
	public Contract get(UserId viewer, ContractId contractId) {
		return this.contracts.findVisible(contractId.value(), viewer.value())
			.orElseThrow(() -> new NotFoundException("contract"));
	}

	/**
	 * The caller's contracts, as client or expert, newest first, each with what the
	 * caller may do with it. One query loads the page and, per contract, whether its pair
	 * has a Direct Hire buyout (which the actions depend on): no query per contract.
	 */
	@Transactional(readOnly = true)
	public Page<Listed> mine(UserId viewer, @Nullable Cursor cursor, int limit) {
		String keyset = Keyset.newestFirst(cursor, "started_at", "id");
		JdbcClient.StatementSpec statement = this.jdbc
			.sql("""
					SELECT c.*,
					       EXISTS (SELECT 1 FROM contracts d
					               WHERE d.buyout_status IN ('REQUESTED', 'CONFIRMED')
					                 AND ((d.client_id = c.client_id AND d.expert_id = c.expert_id)
					                   OR (d.client_id = c.expert_id AND d.expert_id = c.client_id))) AS pair_direct_hire
					FROM (
					  (SELECT id, started_at FROM contracts WHERE client_id = :me%1$s ORDER BY started_at DESC, id DESC LIMIT :limit)
					  UNION ALL
					  (SELECT id, started_at FROM contracts WHERE expert_id = :me%1$s ORDER BY started_at DESC, id DESC LIMIT :limit)
					) mine JOIN contracts c ON c.id = mine.id
					ORDER BY c.started_at DESC, c.id DESC LIMIT :limit """
				.formatted(keyset))
			.param("me", viewer.value())
			.param("limit", limit + 1);
		statement = Keyset.bind(statement, cursor);
		List<Listed> rows = statement.query((rs, n) -> {
			Contract contract = contract(rs, this.json);
			boolean pairHasDirectHire = contract.status() == Contract.Status.ACTIVE
					&& rs.getBoolean("pair_direct_hire");
			return new Listed(contract, contract.actions(party(viewer.value(), contract), pairHasDirectHire));
		}).list();
		return Page.of(rows, limit, (row) -> new Cursor(row.contract().startedAt(), row.contract().id()));
	}

	private static Contract contract(ResultSet rs, JsonMapper json) throws SQLException {
		int weeklyHours = rs.getInt("weekly_hour_limit");
		Integer weeklyHourLimit = rs.wasNull() ? null : weeklyHours;
		return new Contract(rs.getObject("id", UUID.class), rs.getObject("offer_id", UUID.class),
				rs.getObject("application_id", UUID.class), rs.getObject("job_id", UUID.class),
				rs.getObject("client_id", UUID.class), rs.getObject("expert_id", UUID.class), rs.getString("title"),
				RateType.valueOf(rs.getString("rate_type")), rs.getBigDecimal("amount"), rs.getString("currency"),
				weeklyHourLimit, json.readValue(rs.getString("terms"), AgreedTerms.class), rs.getInt("terms_version"),
				rs.getInt("offer_version"), Contract.Status.valueOf(rs.getString("status")),
				Times.instant(rs, "started_at"), Times.instant(rs, "ended_at"),
				Contract.BuyoutStatus.valueOf(rs.getString("buyout_status")), rs.getBigDecimal("buyout_fee"),
				Times.instant(rs, "buyout_requested_at"), Times.instant(rs, "buyout_confirmed_at"),
				rs.getLong("version"));
	}

	/**
	 * A contract in the viewer's list, with what the viewer may do with it now.
	 *
	 * @param contract the contract
	 * @param actions its actions for the viewer
	 */
	public record Listed(Contract contract, List<Contract.Action> actions) {
	}

	/**
	 * The client requests a Direct Hire buyout.
	 * @return the contract with its fee recorded
	 */
	@Transactional
	public Contract requestBuyout(UserId clientId, ContractId contractId) {
		Contract contract = get(clientId, contractId);
		boolean pairHasDirectHire = pairHasDirectHire(contract);
		contract.require(Contract.Action.REQUEST_BUYOUT, party(clientId.value(), contract), pairHasDirectHire);
		BigDecimal fee = this.buyoutFees.feeFor(contract);
		return this.contracts.save(contract.requestBuyout(fee, pairHasDirectHire, this.clock.instant()));
	}

	/**
	 * The expert confirms the buyout; contact sharing between the two is allowed from now
	 * on.
	 */
	@Transactional
	public Contract confirmBuyout(UserId expertId, ContractId contractId) {
		Contract contract = get(expertId, contractId);
		contract.require(Contract.Action.CONFIRM_BUYOUT, party(expertId.value(), contract), false);
		return this.contracts.save(contract.confirmBuyout(this.clock.instant()));
	}

	/**
	 * Either party ends the contract.
	 */
	@Transactional
	public Contract end(UserId viewer, ContractId contractId) {
		Contract contract = get(viewer, contractId);
		contract.require(Contract.Action.END, party(viewer.value(), contract), false);
		Instant now = this.clock.instant();
		return this.contracts.save(contract.end(viewer.value(), now));
	}

	/**
	 * What the viewer may do with the contract now.
	 */
	@Transactional(readOnly = true)
	public List<Contract.Action> actions(UserId viewer, Contract contract) {
		return contract.actions(party(viewer.value(), contract),
				contract.status() == Contract.Status.ACTIVE && pairHasDirectHire(contract));
	}

	private boolean pairHasDirectHire(Contract contract) {
		return this.contracts.directHireBetween(contract.clientId(), contract.expertId());
	}

	private static Party party(UUID viewer, Contract contract) {
		return Party.of(viewer, contract.clientId(), contract.expertId());
	}

}
