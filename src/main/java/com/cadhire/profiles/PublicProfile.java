package com.cadhire.profiles;

/**
 * An expert as others see them.
 *
 * @param displayName the expert's name
 * @param profile the profile (empty if the expert never saved one)
 * @param responsiveness how fast they answer
 */
public record PublicProfile(String displayName, ExpertProfile profile, Responsiveness responsiveness) {
}
