package com.cadhire.hiring;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.cadhire.common.Times;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The append-only history of every application's terms. A version is never changed; the
 * primary key (application, version) makes a second writer of the same version fail.
 */
@Repository
class TermsVersions {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	TermsVersions(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	void add(TermsVersion version) {
		this.jdbc.sql("""
				INSERT INTO terms_versions (application_id, version, author_id, created_at, terms)
				VALUES (?, ?, ?, ?, ?)""")
			.params(version.applicationId(), version.version(), version.authorId(), Times.sql(version.createdAt()),
					write(version.terms()))
			.update();
	}

	Optional<TermsVersion> find(UUID applicationId, int version) {
		return this.jdbc.sql("SELECT * FROM terms_versions WHERE application_id = ? AND version = ?")
			.params(applicationId, version)
			.query((rs, n) -> map(rs))
			.optional();
	}

	List<TermsVersion> history(UUID applicationId) {
		return this.jdbc.sql("SELECT * FROM terms_versions WHERE application_id = ? ORDER BY version")
			.param(applicationId)
			.query((rs, n) -> map(rs))
			.list();
	}

	String write(Terms terms) {
		return this.json.writeValueAsString(terms);
	}

	Terms read(String terms) {
		return this.json.readValue(terms, Terms.class);
	}

	private TermsVersion map(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new TermsVersion(rs.getObject("application_id", UUID.class), rs.getInt("version"),
				rs.getObject("author_id", UUID.class), Times.instant(rs, "created_at"), read(rs.getString("terms")));
	}

}
