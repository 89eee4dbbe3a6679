package com.cadhire.hiring;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.cadhire.moderation.ContactPolicy;
import com.cadhire.screening.Surface;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Every free text of the negotiation passes the contact-information policy before it is
 * stored: invite messages, cover letters, decline and offer messages, and the text fields
 * of terms (deliverables, notes, milestone titles).
 */
@Component
class HiringTexts {

	private final ContactPolicy policy;

	HiringTexts(ContactPolicy policy) {
		this.policy = policy;
	}

	/**
	 * Starts a check of the texts one request stores.
	 * @param writerId who writes
	 * @param readerId the other party
	 * @param surface where the text goes
	 * @return a builder; call {@link Check#require()} last
	 */
	Check check(UUID writerId, UUID readerId, Surface surface) {
		return new Check(writerId, readerId, surface);
	}

	/**
	 * The texts of one request.
	 */
	final class Check {

		private final UUID writerId;

		private final UUID readerId;

		private final Surface surface;

		private final Map<String, @Nullable String> texts = new LinkedHashMap<>();

		private Check(UUID writerId, UUID readerId, Surface surface) {
			this.writerId = writerId;
			this.readerId = readerId;
			this.surface = surface;
		}

		Check text(String field, @Nullable String text) {
			this.texts.put(field, text);
			return this;
		}

		Check terms(String field, @Nullable Terms terms) {
			if (terms != null) {
				this.texts.put(field + ".deliverables", terms.deliverables());
				this.texts.put(field + ".notes", terms.notes());
				for (int i = 0; i < terms.milestones().size(); i++) {
					Terms.Milestone milestone = terms.milestones().get(i);
					if (milestone != null) {
						this.texts.put(field + ".milestones[" + i + "].title", milestone.title());
					}
				}
			}
			return this;
		}

		void require() {
			HiringTexts.this.policy.require(this.writerId, this.readerId, this.surface, this.texts);
		}

	}

}
