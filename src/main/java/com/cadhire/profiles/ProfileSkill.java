package com.cadhire.profiles;

import org.springframework.data.relational.core.mapping.Table;

/**
 * A skill on a profile: a catalogue slug or a free tag.
 *
 * @param skill the slug, or the tag as the expert typed it (trimmed, whitespace
 * collapsed)
 * @param skillKey the lower-case form skill filters compare with
 */
@Table("expert_profile_skills")
public record ProfileSkill(String skill, String skillKey) {
}
